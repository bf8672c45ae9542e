"""The Spark job's output schema, and the conversions between a newsdoc
document (the JSON of docs/newsdoc.schema.json) and a row of it.

The schema is described here in a small type language that needs no
pyspark, so the description can be checked against the JSON Schema (and
mypy can check this module) where pyspark is not installed;
:func:`spark_type` turns it into pyspark's types, importing pyspark only
then. bindings/python/tests/test_spark_schema.py derives the same
description from docs/newsdoc.schema.json and compares the two, field by
field: a change to the document's format that is not made here fails it.

Mapping: a string (or a string enum) is ``string``; an integer ``long``
(64 bits: counts and offsets exact); a number ``double``; a boolean
``boolean``; an array ``array``; an object with properties a ``struct``
with the properties in the schema's order; an object whose keys are
free (provenance) a ``map<string,string>``. A field is nullable unless
the schema requires it and its type excludes null. Body blocks are one
struct holding every block kind's keys; :data:`BLOCK_KEYS` says which
belong to which ``type``, so a row turns back into exactly the JSON the
exporter wrote.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Tuple, Union

SCALAR_KINDS = ("string", "long", "double", "boolean")


@dataclass(frozen=True)
class Scalar:
    kind: str  # one of SCALAR_KINDS


@dataclass(frozen=True)
class Array:
    element: "Type"


@dataclass(frozen=True)
class Map:
    """Keys are strings."""

    value: "Type"


@dataclass(frozen=True)
class Field:
    name: str
    type: "Type"
    nullable: bool


@dataclass(frozen=True)
class Struct:
    fields: Tuple[Field, ...]
    # For a union of object kinds told apart by a "type" key: each kind's
    # keys. None for a plain struct (every field always present).
    variants: Optional[Tuple[Tuple[str, Tuple[str, ...]], ...]] = None

    def names(self) -> List[str]:
        return [field.name for field in self.fields]


Type = Union[Scalar, Array, Map, Struct]

STRING, LONG, BOOLEAN = Scalar("string"), Scalar("long"), Scalar("boolean")


def _optional(name: str, type_: Type = STRING) -> Field:
    return Field(name, type_, True)


def _required(name: str, type_: Type = STRING) -> Field:
    return Field(name, type_, False)


AUTHOR = Struct((_required("name"), _optional("role"), _optional("affiliation"), _optional("url"), _optional("kind")))

# The keys each kind of body block has (the oneOf of "block").
BLOCK_KEYS: Tuple[Tuple[str, Tuple[str, ...]], ...] = (
    ("paragraph", ("type", "text")),
    ("blockquote", ("type", "text")),
    ("preformatted", ("type", "text")),
    ("heading", ("type", "text", "level")),
    ("list", ("type", "text", "ordered", "items")),
    ("table", ("type", "text", "rows")),
    ("figure", ("type", "text", "image", "alt", "caption", "credit")),
)

BLOCK = Struct((
    _required("type"),
    _required("text"),
    _optional("level", LONG),
    _optional("ordered", BOOLEAN),
    _optional("items", Array(STRING)),
    _optional("rows", Array(Array(STRING))),
    _optional("image"),
    _optional("alt"),
    _optional("caption"),
    _optional("credit"),
), variants=BLOCK_KEYS)

QUOTE = Struct((
    _required("text"),
    _optional("speaker"),
    _optional("speaker_resolved"),
    _optional("cue"),
    _optional("block", LONG),
    _optional("start", LONG),
    _optional("end", LONG),
))

RELATED = Struct(tuple(_optional(name) for name in ("title", "url", "author", "summary", "image")))

IMAGE = Struct((_required("url"), _optional("alt"), _optional("caption"), _optional("credit"),
                _required("is_lead", BOOLEAN)))

# The document: every key the library writes, in the exporter's order.
# "source" is left out: only the newsdoc command's jsonl output has it
# (the row's warc_filename says where a document came from).
DOCUMENT = Struct((
    _optional("url"),
    _optional("canonical_url"),
    _optional("site_name"),
    _optional("language"),
    _optional("title"),
    _optional("subtitle"),
    _optional("description"),
    _optional("section"),
    _optional("page_type"),
    _required("tags", Array(STRING)),
    _required("authors", Array(AUTHOR)),
    _optional("published"),
    _optional("modified"),
    _required("body", Array(BLOCK)),
    _required("text"),
    _required("quotes", Array(QUOTE)),
    _required("related", Array(RELATED)),
    _required("comments", Struct((_optional("count", LONG),))),
    _required("images", Array(IMAGE)),
    _optional("parser"),
    _required("provenance", Map(STRING)),
))

# One output row: where the record is in which WARC, what HTTP said, and
# the document or why there is none.
ROW_FIELDS: Tuple[Field, ...] = (
    _required("warc_filename"),
    _optional("warc_record_offset", LONG),
    _optional("warc_record_length", LONG),
    _optional("warc_record_id"),
    _optional("warc_date"),
    _optional("url"),
    _optional("http_status", LONG),
    _optional("content_charset"),
    _optional("html_length", LONG),
    _optional("error_code"),
    _optional("error"),
    _optional("doc", DOCUMENT),
)
DOC_JSON = _optional("doc_json")


def row_struct(with_doc_json: bool = False) -> Struct:
    """The output row's description; with the doc_json column (the
    exporter's JSON of the document) when asked."""
    return Struct(ROW_FIELDS + ((DOC_JSON,) if with_doc_json else ()))


# ---- values -----------------------------------------------------------------------


def _scalar(value: Any, kind: str, where: str) -> Any:
    # bool is an int in Python: told apart first, so True never becomes 1.
    if kind == "string" and isinstance(value, str):
        return value
    if kind == "boolean" and isinstance(value, bool):
        return value
    if kind == "long" and isinstance(value, int) and not isinstance(value, bool):
        if not -(1 << 63) <= value < (1 << 63):
            raise ValueError(f"{where}: {value} does not fit a 64-bit long")
        return value
    if kind == "double" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    raise TypeError(f"{where}: expected a {kind}, got {type(value).__name__} {value!r}")


def to_spark_value(value: Any, type_: Type, where: str = "doc") -> Any:
    """JSON-shaped Python data (dicts, lists, str, int, float, bool, None)
    as the value of a column of `type_`: a struct becomes a tuple in field
    order (a key missing from the data is null), a map a dict. Raises
    TypeError or ValueError, naming the path, for data that does not fit
    (a string where a count belongs, a null in a required field)."""
    if value is None:
        return None
    if isinstance(type_, Scalar):
        return _scalar(value, type_.kind, where)
    if isinstance(type_, Array):
        if not isinstance(value, list):
            raise TypeError(f"{where}: expected an array, got {type(value).__name__}")
        return [to_spark_value(item, type_.element, f"{where}[{i}]") for i, item in enumerate(value)]
    if isinstance(type_, Map):
        if not isinstance(value, dict):
            raise TypeError(f"{where}: expected an object, got {type(value).__name__}")
        return {str(key): to_spark_value(item, type_.value, f"{where}.{key}") for key, item in value.items()}
    if not isinstance(value, dict):
        raise TypeError(f"{where}: expected an object, got {type(value).__name__}")
    items = []
    for field in type_.fields:
        item = to_spark_value(value.get(field.name), field.type, f"{where}.{field.name}")
        if item is None and not field.nullable:
            raise ValueError(f"{where}.{field.name}: required, but missing or null")
        items.append(item)
    return tuple(items)


def _variant_keys(type_: Struct, value: Mapping[str, Any]) -> Optional[Tuple[str, ...]]:
    if type_.variants is None:
        return None
    kind = value.get("type")
    for name, keys in type_.variants:
        if name == kind:
            return keys
    return None  # a kind this version does not know: every key kept


def from_spark_value(value: Any, type_: Type) -> Any:
    """A column's value (a Row or tuple for a struct, a list, a dict) back
    as JSON-shaped data: the inverse of :func:`to_spark_value`. A body
    block keeps only its kind's keys, so the result is the exporter's JSON
    (and what ``newsdoc extract --input json`` reads)."""
    if value is None:
        return None
    if isinstance(type_, Scalar):
        return value
    if isinstance(type_, Array):
        return [from_spark_value(item, type_.element) for item in value]
    if isinstance(type_, Map):
        return {key: from_spark_value(item, type_.value) for key, item in dict(value).items()}
    result: Dict[str, Any] = {}
    for field, item in zip(type_.fields, tuple(value)):
        result[field.name] = from_spark_value(item, field.type)
    keys = _variant_keys(type_, result)
    if keys is not None:
        result = {key: result[key] for key in keys}
    return result


def doc_to_row(doc: Mapping[str, Any]) -> Tuple[Any, ...]:
    """A document's dict (``Document.to_dict()``) as the doc column's value."""
    value = to_spark_value(dict(doc), DOCUMENT)
    assert isinstance(value, tuple)
    return value


def doc_from_row(row: Any) -> Dict[str, Any]:
    """The doc column's value (a pyspark Row) back as the document's dict:
    ``json.dumps`` of it is the document ``newsdoc extract --input json``
    reads."""
    result = from_spark_value(row, DOCUMENT)
    assert isinstance(result, dict)
    return result


# ---- pyspark ---------------------------------------------------------------------


def spark_type(type_: Type) -> Any:
    """`type_` as a pyspark.sql.types DataType (imports pyspark)."""
    from pyspark.sql import types as T  # type: ignore[import-not-found, unused-ignore]

    if isinstance(type_, Scalar):
        scalars = {"string": T.StringType, "long": T.LongType, "double": T.DoubleType, "boolean": T.BooleanType}
        return scalars[type_.kind]()
    if isinstance(type_, Array):
        # Elements are never null in newsdoc's JSON.
        return T.ArrayType(spark_type(type_.element), containsNull=False)
    if isinstance(type_, Map):
        return T.MapType(T.StringType(), spark_type(type_.value), valueContainsNull=False)
    return T.StructType([T.StructField(field.name, spark_type(field.type), field.nullable) for field in type_.fields])


def output_schema(with_doc_json: bool = False) -> Any:
    """The output rows' pyspark StructType."""
    return spark_type(row_struct(with_doc_json))
