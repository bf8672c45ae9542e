"""Errors: the library's codes and messages, the binding's own argument
checks, and loading failures (missing library, wrong major version)."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import need

import newsdoc
from newsdoc import ErrorCode, NewsdocError

PAGE = b"<html><head><title>Port vote</title></head><body><p>The council voted on Monday.</p></body></html>"


def test_empty_input() -> None:
    for empty in (b"", "", bytearray()):
        with pytest.raises(NewsdocError) as caught:
            newsdoc.parse(empty)
        assert caught.value.code == ErrorCode.EEMPTY == -10
        assert caught.value.message == "newsdoc_parse: the input is empty (0 bytes)"
        assert str(caught.value) == "newsdoc_parse: the input is empty (0 bytes) [EEMPTY]"


def test_oversized_input() -> None:
    # The default limit, 64 MiB: one byte more is refused before parsing.
    big = b" " * (64 * 1024 * 1024 + 1)
    with pytest.raises(NewsdocError) as caught:
        newsdoc.parse(big)
    assert caught.value.code == ErrorCode.ELIMIT
    assert "over the limit of 67108864 (max_input_size)" in caught.value.message
    del big
    with pytest.raises(NewsdocError) as caught:
        newsdoc.parse(PAGE, limits=newsdoc.Limits(max_input_size=50))
    assert caught.value.code == ErrorCode.ELIMIT and "max_input_size" in caught.value.message


def test_node_and_work_limits() -> None:
    many = b"<html><body>" + b"<p>x</p>" * 5000 + b"</body></html>"
    with pytest.raises(NewsdocError) as caught:
        newsdoc.parse(many, limits=newsdoc.Limits(max_nodes=1000))
    assert caught.value.code == ErrorCode.ELIMIT and "max_nodes" in caught.value.message
    with pytest.raises(NewsdocError) as caught:
        newsdoc.parse(many, limits=newsdoc.Limits(max_work=100))
    assert caught.value.code == ErrorCode.ELIMIT and "max_work" in caught.value.message
    assert newsdoc.parse(many, limits=newsdoc.Limits(max_nodes=100000, max_work=None)).text


def test_library_errors() -> None:
    with pytest.raises(NewsdocError) as caught:
        newsdoc.parse(PAGE, parser="no-such-parser")
    assert caught.value.code == ErrorCode.ENOTFOUND and "no-such-parser" in caught.value.message
    with pytest.raises(NewsdocError) as caught:
        newsdoc.parse(b"{not json", input="json")
    assert caught.value.code == ErrorCode.EPARSE
    with pytest.raises(NewsdocError) as caught:
        newsdoc.Document.from_json("[1, 2]")
    assert caught.value.code in (ErrorCode.EPARSE, ErrorCode.EINVAL)


def test_argument_errors() -> None:
    with pytest.raises(TypeError):
        newsdoc.parse(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        newsdoc.parse(PAGE, url=b"https://example.org/")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        newsdoc.parse(PAGE, input="pdf")
    with pytest.raises(ValueError):
        newsdoc.Limits(max_nodes=-1)
    with pytest.raises(ValueError):
        newsdoc.Limits(max_work=1.5)  # type: ignore[arg-type]


def test_error_values() -> None:
    err = NewsdocError(-8, "too big")
    assert err.code is ErrorCode.ELIMIT and err.code.name == "ELIMIT" and err.message == "too big"
    assert isinstance(err, Exception) and str(err) == "too big [ELIMIT]"
    later = NewsdocError(-99, "a code from a later library")
    assert later.code == -99 and str(later) == "a code from a later library [-99]"
    for original in (err, later, newsdoc.LibraryError(ErrorCode.EVERSION, "old")):
        again = pickle.loads(pickle.dumps(original))
        assert type(again) is type(original)
        assert (again.code, again.message, str(again)) == (original.code, original.message, str(original))
    assert issubclass(newsdoc.LibraryError, NewsdocError)


def test_extract_answers_none_for_page_failures() -> None:
    assert newsdoc.extract(b"") is None
    assert newsdoc.extract(b"<html><body></body></html>") is None
    assert newsdoc.extract(PAGE) == "The council voted on Monday."
    assert newsdoc.extract(PAGE, output_format="txt") == "The council voted on Monday."
    assert '"title": "Port vote"' in (newsdoc.extract(PAGE, output_format="json") or "")
    with pytest.raises(NewsdocError) as caught:
        newsdoc.extract(PAGE, output_format="pdf")
    assert caught.value.code == ErrorCode.ENOTFOUND


# ---- loading the library ----

def _python_with(env_update: dict, code: str) -> "subprocess.CompletedProcess[str]":
    env = dict(os.environ)
    env.update(env_update)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd="/")


PROBE = textwrap.dedent("""
    import newsdoc
    try:
        newsdoc.library_version()
    except newsdoc.LibraryError as err:
        print(err.code.name)
        print(err.message)
    else:
        print("loaded")
""")


def test_missing_library_is_a_clear_error(tmp_path: Path) -> None:
    missing = str(tmp_path / "libnewsdoc.so.1")
    done = _python_with({"NEWSDOC_LIBRARY": missing}, "import newsdoc; print(newsdoc.__version__)\n" + PROBE)
    lines = done.stdout.splitlines()
    # import works without the library (pydoc, a Spark driver); use fails clearly.
    assert lines[0] == newsdoc.__version__
    assert lines[1] == "ERROR", done.stdout + done.stderr
    assert missing in lines[2] and "NEWSDOC_LIBRARY" in lines[2] and "cannot load libnewsdoc 1.x" in lines[2]


def test_not_libnewsdoc(tmp_path: Path) -> None:
    libc = "libc.so.6"
    done = _python_with({"NEWSDOC_LIBRARY": libc}, PROBE)
    assert done.stdout.splitlines()[0] == "EVERSION", done.stdout + done.stderr
    assert "is not libnewsdoc" in done.stdout


def test_wrong_major_version(tmp_path: Path) -> None:
    """A libnewsdoc.so.2 (made here: a library whose newsdoc_version says
    2.0.0) is refused with a message that says what was found and needed."""
    cc = os.environ.get("CC", "cc")
    need(shutil.which(cc), f"no C compiler ({cc}) to build a fake libnewsdoc 2")
    source = tmp_path / "fake.c"
    source.write_text(textwrap.dedent("""
        const char *newsdoc_version(int *major, int *minor, int *patch)
        {
            if (major) *major = 2;
            if (minor) *minor = 0;
            if (patch) *patch = 0;
            return "2.0.0";
        }
    """))
    library = tmp_path / "libnewsdoc.so.2"
    subprocess.run([cc, "-shared", "-fPIC", "-o", str(library), str(source)], check=True)
    done = _python_with({"NEWSDOC_LIBRARY": str(library)}, PROBE)
    lines = done.stdout.splitlines()
    assert lines[0] == "EVERSION", done.stdout + done.stderr
    assert f"{library} is libnewsdoc 2.0.0; this binding needs major version 1 (libnewsdoc.so.1)" in lines[1]
