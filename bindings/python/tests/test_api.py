"""The public API as issue 17 names it, the docstrings' examples, pydoc,
and the version."""

from __future__ import annotations

import dataclasses
import doctest
import inspect
import os
import pydoc
import re

import pytest
from conftest import SOURCE_DIR, need

import newsdoc
from newsdoc import _cli, _document, _errors, _items, _parse, _registry


def test_names() -> None:
    for name in ("parse", "extract", "Document", "Author", "Block", "Quote", "Related", "Image", "Registry",
                 "NewsdocError", "ErrorCode", "LibraryError", "Limits", "library_version", "__version__"):
        assert hasattr(newsdoc, name), name
    assert sorted(newsdoc.__all__) == sorted(set(newsdoc.__all__))
    for name in newsdoc.__all__:
        assert hasattr(newsdoc, name), name


def test_parse_signature() -> None:
    params = inspect.signature(newsdoc.parse).parameters
    assert list(params)[:2] == ["data", "url"]
    assert params["url"].default is None and params["data"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    for name, default in (("input", "html"), ("parser", None), ("quotes_by_sentence", False), ("registry", None)):
        assert params[name].kind is inspect.Parameter.KEYWORD_ONLY and params[name].default == default, name


def test_extract_signature() -> None:
    params = inspect.signature(newsdoc.extract).parameters
    assert list(params)[:3] == ["data", "url", "output_format"]
    assert params["url"].default is None and params["output_format"].default == "text"


def test_registry_signature() -> None:
    params = inspect.signature(newsdoc.Registry).parameters
    assert list(params)[0] == "plugin_path" and params["plugin_path"].default is None
    for attribute in ("parsers", "exporters", "plugins", "close", "__enter__", "__exit__"):
        assert hasattr(newsdoc.Registry, attribute)


def test_document_attributes() -> None:
    for name in ("title", "subtitle", "description", "site_name", "language", "canonical_url", "section", "tags",
                 "published", "modified", "authors", "body", "quotes", "related", "images", "comment_count", "text",
                 "parser", "provenance", "url", "export", "to_dict"):
        assert hasattr(newsdoc.Document, name), name


@pytest.mark.parametrize("cls, fields", [
    (newsdoc.Author, ["name", "role", "affiliation", "url", "kind"]),
    (newsdoc.Block, ["type", "text", "level", "ordered", "items", "rows", "image", "alt", "caption", "credit"]),
    (newsdoc.Quote, ["text", "speaker", "speaker_resolved", "cue", "block", "start", "end"]),
    (newsdoc.Related, ["title", "url", "author", "summary", "image"]),
    (newsdoc.Image, ["url", "alt", "caption", "credit", "is_lead"]),
])
def test_items_are_frozen_dataclasses(cls: type, fields: list) -> None:
    assert dataclasses.is_dataclass(cls)
    assert [f.name for f in dataclasses.fields(cls)] == fields
    assert cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
    assert cls.__module__ == "newsdoc"
    item = cls(*["x"] * 1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(item, fields[0], "y")
    assert repr(item).startswith(cls.__name__ + "(")


def test_version() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", newsdoc.__version__)
    assert re.fullmatch(r"1\.\d+\.\d+", newsdoc.library_version())
    assert os.path.isfile(newsdoc.library_path())
    need(SOURCE_DIR, "no repository to compare the version with")
    assert SOURCE_DIR is not None
    with open(os.path.join(SOURCE_DIR, "CMakeLists.txt")) as f:
        project = re.search(r"project\(libnewsdoc VERSION (\d+\.\d+\.\d+)", f.read())
    assert project and newsdoc.__version__ == project.group(1), "bump newsdoc/_version.py with the library"


@pytest.mark.parametrize("module", [newsdoc, _document, _errors, _items, _parse, _registry, _cli],
                         ids=lambda m: m.__name__)
def test_docstring_examples(module: object) -> None:
    """The examples in the docstrings run and print what they say."""
    sample = newsdoc.parse(b'''<html lang="en"><head><title>Ferry returns</title>
<meta name="author" content="Ann Lee"></head><body><article>
<h1>Ferry returns</h1><p>The harbour ferry is back after repairs, the council said.</p>
</article></body></html>''', "https://example.org/news/ferry")
    finder = doctest.DocTestFinder()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    tests = finder.find(module, globs={"newsdoc": newsdoc, "doc": sample})
    for test in tests:
        runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0


def test_every_public_name_documented() -> None:
    for name in newsdoc.__all__:
        obj = getattr(newsdoc, name)
        if name == "__version__":
            continue
        assert inspect.getdoc(obj), name
    for name, member in inspect.getmembers(newsdoc.Document):
        if not name.startswith("_"):
            assert inspect.getdoc(member), f"Document.{name}"


def test_pydoc_renders() -> None:
    text = pydoc.render_doc(newsdoc, renderer=pydoc.plaintext)
    for expected in ("parse(data: Union[bytes, bytearray, memoryview, str], url: Optional[str] = None, *, "
                     "input: str = 'html'", "class Document", "class Block", "class Registry", "NewsdocError",
                     "output_format: str = 'text'", "library_version()", "direct quotation", "speaker_resolved"):
        assert expected in text, expected
    assert "newsdoc._" not in text.split("CLASSES")[0]  # the summary speaks of newsdoc, not its private modules
