"""``python -m newsdoc.spark INPUT_LISTING OUTPUT``: see newsdoc.spark.job."""

import sys

from .job import main

if __name__ == "__main__":
    sys.exit(main())
