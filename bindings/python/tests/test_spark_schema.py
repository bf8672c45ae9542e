"""newsdoc.spark's output schema against docs/newsdoc.schema.json, and the
conversions between a document and its row (no pyspark needed: the
schema is described in newsdoc.spark.schema's own terms; spark-test.sh
checks pyspark's types and a real job)."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Tuple

import pytest

from newsdoc.spark import schema as S

from conftest import PAGES, Page, parse_page, source_path


def _json_schema() -> Dict[str, Any]:
    with open(source_path("docs", "newsdoc.schema.json"), encoding="utf-8") as f:
        result: Dict[str, Any] = json.load(f)
    return result


class Derive:
    """The schema's description derived from the JSON Schema, by the rules
    newsdoc.spark.schema's docstring states."""

    def __init__(self, root: Dict[str, Any]) -> None:
        self.root = root

    def resolve(self, node: Dict[str, Any]) -> Dict[str, Any]:
        while "$ref" in node:
            ref = node["$ref"]
            assert ref.startswith("#/$defs/"), ref
            merged = dict(self.root["$defs"][ref[len("#/$defs/"):]])
            merged.update({k: v for k, v in node.items() if k not in ("$ref", "description")})
            node = merged
        return node

    def admits_null(self, node: Dict[str, Any]) -> bool:
        node = self.resolve(node)
        types = node.get("type")
        if types == "null" or (isinstance(types, list) and "null" in types):
            return True
        if "enum" in node and None in node["enum"]:
            return True
        return any(self.admits_null(choice) for choice in node.get("oneOf", []) + node.get("anyOf", []))

    def type_of(self, node: Dict[str, Any]) -> S.Type:
        node = self.resolve(node)
        if "oneOf" in node and "properties" not in node:  # optional_count: integer or null
            kinds = [self.type_of(choice) for choice in node["oneOf"] if self.resolve(choice).get("type") != "null"]
            assert len(kinds) == 1, node
            return kinds[0]
        types = node.get("type")
        if isinstance(types, list):
            types = [t for t in types if t != "null"]
            assert len(types) == 1, node
            types = types[0]
        if types is None and ("enum" in node or "const" in node):
            values = [v for v in node.get("enum", [node.get("const")]) if v is not None]
            assert all(isinstance(v, str) for v in values), node
            return S.STRING
        scalars = {"string": "string", "integer": "long", "number": "double", "boolean": "boolean"}
        if types in scalars:
            return S.Scalar(scalars[types])
        if types == "array":
            return S.Array(self.type_of(node["items"]))
        assert types == "object", node
        if "properties" not in node or node.get("propertyNames"):
            return S.Map(self.type_of(node["additionalProperties"]))
        return self.struct(node)

    def struct(self, node: Dict[str, Any], leave_out: Tuple[str, ...] = ()) -> S.Struct:
        properties = dict(node["properties"])
        required = set(node.get("required", []))
        variants: List[Tuple[str, Tuple[str, ...]]] = []
        for choice in node.get("oneOf", []):  # a block's kinds: their keys join the struct
            choice = self.resolve(choice)
            for name, sub in choice["properties"].items():
                if name not in properties:
                    properties[name] = sub
            kind = choice["properties"]["type"]
            for value in kind.get("enum", [kind.get("const")]):
                variants.append((value, tuple(choice["properties"])))
        fields = []
        for name, sub in properties.items():
            if name in leave_out:
                continue
            nullable = name not in required or self.admits_null(sub)
            fields.append(S.Field(name, self.type_of(sub), nullable))
        return S.Struct(tuple(fields), tuple(variants) if variants else None)


def test_document_struct_is_the_json_schema() -> None:
    root = _json_schema()
    derived = Derive(root).struct(root, leave_out=("source",))
    # Field by field first, so a failure names the field.
    assert S.DOCUMENT.names() == derived.names()
    for ours, theirs in zip(S.DOCUMENT.fields, derived.fields):
        assert ours == theirs, ours.name
    assert S.DOCUMENT == derived
    # Every property but "source" (written only by the newsdoc command's
    # jsonl), in the exporter's order, which is the required list's.
    assert S.DOCUMENT.names() == [name for name in root["properties"] if name != "source"]
    assert S.DOCUMENT.names() == root["required"]


def test_block_kinds_are_the_json_schema_enum() -> None:
    kinds = _json_schema()["$defs"]["block"]["properties"]["type"]["enum"]
    assert sorted(kind for kind, _ in S.BLOCK_KEYS) == sorted(kinds)


def test_row_fields() -> None:
    names = ["warc_filename", "warc_record_offset", "warc_record_length", "warc_record_id", "warc_date", "url",
             "http_status", "content_charset", "html_length", "error_code", "error", "doc"]
    assert S.row_struct().names() == names
    assert S.row_struct(with_doc_json=True).names() == names + ["doc_json"]


def test_document_round_trip(page: Page) -> None:
    """doc -> row -> doc gives back the exporter's JSON, key order too."""
    exported = parse_page(page).export("json")
    doc = json.loads(exported)
    row = S.doc_to_row(doc)
    back = S.doc_from_row(row)
    assert back == doc
    assert json.dumps(back, ensure_ascii=False) == json.dumps(doc, ensure_ascii=False)


def _a_document() -> Dict[str, Any]:
    page = next(p for p in PAGES if p.name.endswith("article.html"))
    result: Dict[str, Any] = json.loads(parse_page(page).export("json"))
    return result


def test_conversion_is_exact() -> None:
    doc = _a_document()
    doc["comments"]["count"] = 7
    doc["body"] = [
        {"type": "heading", "text": "H", "level": 2},
        {"type": "list", "text": "a\nb", "ordered": False, "items": ["a", "b"]},
        {"type": "table", "text": "x\ty", "rows": [["x", "y"], []]},
        {"type": "figure", "text": "", "image": "https://example.org/i.png", "alt": None, "caption": None,
         "credit": "UN"},
        {"type": "paragraph", "text": "P"},
    ]
    row = S.doc_to_row(doc)
    names = S.DOCUMENT.names()
    comments = row[names.index("comments")]
    assert comments == (7,) and type(comments[0]) is int
    blocks = row[names.index("body")]
    assert blocks[0][2] == 2 and blocks[1][3] is False and blocks[2][5] == [["x", "y"], []]
    assert blocks[4][2:] == (None,) * 8
    assert S.doc_from_row(row)["body"] == doc["body"]


@pytest.mark.parametrize("path, value, message", [
    (("comments", "count"), "7", "doc.comments.count: expected a long"),
    (("comments", "count"), True, "doc.comments.count: expected a long"),
    (("comments", "count"), 1 << 64, "does not fit a 64-bit long"),
    (("text",), None, "doc.text: required"),
    (("tags",), "a", "doc.tags: expected an array"),
])
def test_conversion_refuses_what_does_not_fit(path: Tuple[str, ...], value: Any, message: str) -> None:
    doc = _a_document()
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises((TypeError, ValueError), match=message):
        S.doc_to_row(doc)


def test_images_booleans_and_provenance_map() -> None:
    doc = _a_document()
    doc["images"] = [{"url": "https://example.org/a.jpg", "alt": None, "caption": "c", "credit": None,
                      "is_lead": True}]
    row = S.doc_to_row(doc)
    names = S.DOCUMENT.names()
    assert row[names.index("images")] == [("https://example.org/a.jpg", None, "c", None, True)]
    assert row[names.index("provenance")] == doc["provenance"]
    with pytest.raises(TypeError, match=r"doc.images\[0\].is_lead: expected a boolean"):
        doc["images"][0]["is_lead"] = 1
        S.doc_to_row(doc)
