"""The ctypes declarations against the C headers: a small C program,
compiled here with the system compiler, prints the size and field offsets
of every struct the binding declares and the value of every constant it
mirrors; they must match. And every function the binding declares exists
in the library with the same name."""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Dict, List, Type

import pytest
from conftest import need, source_path

import newsdoc
from newsdoc import _document, _library

STRUCTS: Dict[str, Type[ctypes.Structure]] = {
    "newsdoc_error": _library.ErrorStruct,
    "newsdoc_buf": _library.BufStruct,
    "newsdoc_registry_options": _library.RegistryOptions,
    "newsdoc_parse_options": _library.ParseOptions,
    "newsdoc_export_options": _library.ExportOptions,
}

CONSTANTS: Dict[str, int] = {
    "NEWSDOC_VERSION_MAJOR": _library.SUPPORTED_MAJOR,
    "NEWSDOC_PARSE_OPTIONS_VERSION": _library.PARSE_OPTIONS_VERSION,
    "NEWSDOC_REGISTRY_OPTIONS_VERSION": _library.REGISTRY_OPTIONS_VERSION,
    "NEWSDOC_EXPORT_OPTIONS_VERSION": _library.EXPORT_OPTIONS_VERSION,
    "NEWSDOC_INPUT_HTML": _library.INPUT_HTML,
    "NEWSDOC_INPUT_TEXT": _library.INPUT_TEXT,
    "NEWSDOC_INPUT_JSON": _library.INPUT_JSON,
    "NEWSDOC_PARSE_QUOTES_BY_SENTENCE": _library.PARSE_QUOTES_BY_SENTENCE,
    "NEWSDOC_EXPORT_COMPACT": _library.EXPORT_COMPACT,
    "NEWSDOC_REGISTRY_NO_ENVIRONMENT": _library.REGISTRY_NO_ENVIRONMENT,
    "NEWSDOC_REGISTRY_NO_DEFAULT_PATHS": _library.REGISTRY_NO_DEFAULT_PATHS,
    "NEWSDOC_BLOCK_PARAGRAPH": _library.BLOCK_PARAGRAPH,
    "NEWSDOC_BLOCK_HEADING": _library.BLOCK_HEADING,
    "NEWSDOC_BLOCK_LIST": _library.BLOCK_LIST,
    "NEWSDOC_BLOCK_BLOCKQUOTE": _library.BLOCK_BLOCKQUOTE,
    "NEWSDOC_BLOCK_PREFORMATTED": _library.BLOCK_PREFORMATTED,
    "NEWSDOC_BLOCK_TABLE": _library.BLOCK_TABLE,
    "NEWSDOC_BLOCK_FIGURE": _library.BLOCK_FIGURE,
    "NEWSDOC_FIELD_URL": _document.FIELD_URL,
    "NEWSDOC_FIELD_CANONICAL_URL": _document.FIELD_CANONICAL_URL,
    "NEWSDOC_FIELD_SITE_NAME": _document.FIELD_SITE_NAME,
    "NEWSDOC_FIELD_LANGUAGE": _document.FIELD_LANGUAGE,
    "NEWSDOC_FIELD_TITLE": _document.FIELD_TITLE,
    "NEWSDOC_FIELD_SUBTITLE": _document.FIELD_SUBTITLE,
    "NEWSDOC_FIELD_DESCRIPTION": _document.FIELD_DESCRIPTION,
    "NEWSDOC_FIELD_SECTION": _document.FIELD_SECTION,
    "NEWSDOC_FIELD_PUBLISHED": _document.FIELD_PUBLISHED,
    "NEWSDOC_FIELD_MODIFIED": _document.FIELD_MODIFIED,
    "NEWSDOC_FIELD_PARSER": _document.FIELD_PARSER,
}
CONSTANTS.update({f"NEWSDOC_{code.name}": code.value for code in newsdoc.ErrorCode if code.name != "OK"})
CONSTANTS["NEWSDOC_OK"] = newsdoc.ErrorCode.OK.value


def include_dir() -> str:
    given = os.environ.get("NEWSDOC_INCLUDE_DIR")
    return given if given else source_path("include")


@pytest.fixture(scope="module")
def c_layout(tmp_path_factory: pytest.TempPathFactory) -> Dict[str, int]:
    cc = os.environ.get("CC", "cc")
    need(shutil.which(cc), f"no C compiler ({cc})")
    headers = include_dir()
    need(os.path.isfile(os.path.join(headers, "newsdoc.h")), f"no newsdoc.h in {headers}")
    lines: List[str] = []
    for c_name, struct in STRUCTS.items():
        lines.append(f'printf("size {c_name} %lu\\n", (unsigned long)sizeof({c_name}));')
        for field, _ in struct._fields_:
            lines.append(f'printf("offset {c_name}.{field} %lu\\n", (unsigned long)offsetof({c_name}, {field}));')
            lines.append(f'printf("fsize {c_name}.{field} %lu\\n", (unsigned long)sizeof((({c_name} *)0)->{field}));')
    for name in CONSTANTS:
        lines.append(f'printf("const {name} %ld\\n", (long)({name}));')
    program = ("#include <stdio.h>\n#include <stddef.h>\n#include <newsdoc.h>\nint main(void)\n{\n"
               + "\n".join("\t" + line for line in lines) + "\n\treturn 0;\n}\n")
    folder = tmp_path_factory.mktemp("layout")
    source, exe = folder / "layout.c", folder / "layout"
    source.write_text(program)
    subprocess.run([cc, "-std=c89", "-Wall", "-Werror", "-I", headers, "-o", str(exe), str(source)], check=True)
    out = subprocess.run([str(exe)], check=True, capture_output=True, text=True).stdout
    return {key: int(value) for key, value in (line.rsplit(" ", 1) for line in out.splitlines())}


@pytest.mark.parametrize("c_name", sorted(STRUCTS))
def test_struct_layout(c_layout: Dict[str, int], c_name: str) -> None:
    struct = STRUCTS[c_name]
    assert ctypes.sizeof(struct) == c_layout[f"size {c_name}"]
    for field, kind in struct._fields_:
        assert getattr(struct, field).offset == c_layout[f"offset {c_name}.{field}"], field
        assert ctypes.sizeof(kind) == c_layout[f"fsize {c_name}.{field}"], field


def test_constants(c_layout: Dict[str, int]) -> None:
    for name, value in CONSTANTS.items():
        assert c_layout[f"const {name}"] == value, name


def test_parse_options_defaults_from_the_library() -> None:
    """The binding takes the options' defaults from newsdoc_parse_options_init
    rather than writing them itself."""
    lib = _library.load()
    assert lib.parse_options_version == _library.PARSE_OPTIONS_VERSION
    options = _library.ParseOptions.from_buffer_copy(lib.parse_options_template)
    assert options.version == _library.PARSE_OPTIONS_VERSION and options.input == _library.INPUT_HTML
    assert options.parser is None and options.charset is None and options.flags == 0


def test_declared_functions_exist_in_headers() -> None:
    """Each function the binding declares is declared by the headers (a
    typo or a removed function shows here, not at first call)."""
    text = "".join(Path(root, name).read_text() for root, _, names in os.walk(include_dir())
                   for name in names if name.endswith(".h"))
    declared = set(re.findall(r"NEWSDOC_EXTERN\([^)]*\)\s*(newsdoc_\w+)\s*\(", text))
    missing = set(_library._PROTOTYPES) - declared
    assert not missing, missing


def test_field_names_from_the_library() -> None:
    lib = _library.load()
    assert lib.field_names[:_document.FIELD_PARSER + 1] == (
        "url", "canonical_url", "site_name", "language", "title", "subtitle", "description", "section",
        "published", "modified", "parser")
    assert lib.block_type_names == ("paragraph", "heading", "list", "blockquote", "preformatted", "table", "figure")
