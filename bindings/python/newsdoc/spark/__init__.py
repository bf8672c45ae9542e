"""newsdoc over WARC files with PySpark (the "spark" extra).

``python -m newsdoc.spark INPUT_LISTING OUTPUT`` runs the job
(:mod:`newsdoc.spark.job`, cc-pyspark's command line); :mod:`newsdoc.spark.schema`
holds its output schema, checked against docs/newsdoc.schema.json, and the
conversions between a document and its row. docs/SCALE.md says how to run
it on a cluster. Importing this package does not import pyspark.
"""

from .schema import doc_from_row, doc_to_row, output_schema

__all__ = ["doc_from_row", "doc_to_row", "output_schema"]
