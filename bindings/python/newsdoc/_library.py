"""Finding and loading libnewsdoc, and the C declarations the binding uses.

The library is looked for, in order:

1. ``NEWSDOC_LIBRARY``: a path to ``libnewsdoc.so.1`` (only that one is
   tried when the variable is set, so a wrong path is an error, not a
   silent fall-back to another copy);
2. the copy inside this package (``newsdoc/lib/libnewsdoc.so.1``), present
   in the self-contained wheel;
3. the system: ``ctypes.util.find_library("newsdoc")``, then
   ``libnewsdoc.so.1`` through the dynamic loader's own search
   (``LD_LIBRARY_PATH``, the ld.so cache).

The first copy whose major version is 1 is used. It is loaded on first use,
not at import, so ``import newsdoc`` and ``pydoc newsdoc`` work on a
machine without the library.

Every foreign function is called through :class:`ctypes.CDLL`, which
releases the GIL for the duration of each call: threads parse in parallel.
Structs are declared here field by field from ``include/newsdoc/*.h``;
``tests/test_layout.py`` compiles a C program that prints their layout and
compares it with this module's, so a header change cannot slip by.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import threading
from ctypes import POINTER, Structure, c_char_p, c_int, c_long, c_size_t, c_uint, c_void_p
from typing import Any, Dict, List, Optional, Sequence, Tuple

from ._errors import ErrorCode, LibraryError, NewsdocError

#: The library major version (its SONAME) this binding is written for.
SUPPORTED_MAJOR = 1
SONAME = "libnewsdoc.so.1"

PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
#: Where the self-contained wheel keeps its copy: a prefix laid out like an
#: install (lib/ and share/), so the library finds its plugins in
#: share/newsdoc/1/plugins.d relative to itself (libnewsdoc's discovery
#: looks at the prefix it was loaded from).
BUNDLED_LIBRARY = os.path.join(PACKAGE_DIR, "lib", SONAME)

# ---- constants from the headers (checked by tests/test_layout.py) ----

PARSE_OPTIONS_VERSION = 2  # parse.h: version 2 added max_work
REGISTRY_OPTIONS_VERSION = 1
EXPORT_OPTIONS_VERSION = 1

INPUT_HTML, INPUT_TEXT, INPUT_JSON = 0, 1, 2
PARSE_QUOTES_BY_SENTENCE = 0x1
EXPORT_COMPACT = 0x1
REGISTRY_NO_ENVIRONMENT = 1 << 0
REGISTRY_NO_DEFAULT_PATHS = 1 << 1

BLOCK_PARAGRAPH, BLOCK_HEADING, BLOCK_LIST, BLOCK_BLOCKQUOTE = 0, 1, 2, 3
BLOCK_PREFORMATTED, BLOCK_TABLE, BLOCK_FIGURE = 4, 5, 6


class ErrorStruct(Structure):
    """newsdoc_error: the calling thread's last error."""

    _fields_ = [("message", c_char_p), ("code", c_int)]


class BufStruct(Structure):
    """newsdoc_buf: an output buffer the library fills."""

    _fields_ = [("ptr", c_void_p), ("size", c_size_t), ("reserved", c_size_t)]


class RegistryOptions(Structure):
    """newsdoc_registry_options, version 1."""

    _fields_ = [
        ("version", c_uint),
        ("plugin_paths", POINTER(c_char_p)),
        ("plugin_path_count", c_size_t),
        ("flags", c_uint),
    ]


class ParseOptions(Structure):
    """newsdoc_parse_options, version 2 (max_work is the version 2 field)."""

    _fields_ = [
        ("version", c_uint),
        ("input", c_int),
        ("parser", c_char_p),
        ("charset", c_char_p),
        ("flags", c_uint),
        ("max_input_size", c_size_t),
        ("max_depth", c_size_t),
        ("max_nodes", c_size_t),
        ("max_jsonld_size", c_size_t),
        ("max_quotes", c_size_t),
        ("max_related", c_size_t),
        ("max_work", c_size_t),
    ]


class ExportOptions(Structure):
    """newsdoc_export_options, version 1."""

    _fields_ = [("version", c_uint), ("flags", c_uint)]


_doc = c_void_p  # every handle is an opaque pointer, passed as an int
_str = c_char_p

# name: (restype, argtypes). Only NEWSDOC_1.0 symbols: any 1.x library has them.
_PROTOTYPES: Dict[str, Tuple[Any, Sequence[Any]]] = {
    "newsdoc_version": (_str, [POINTER(c_int), POINTER(c_int), POINTER(c_int)]),
    "newsdoc_error_last": (POINTER(ErrorStruct), []),
    "newsdoc_error_clear": (None, []),
    "newsdoc_status_string": (_str, [c_int]),
    "newsdoc_buf_dispose": (None, [POINTER(BufStruct)]),
    # registry
    "newsdoc_registry_options_init": (c_int, [POINTER(RegistryOptions), c_uint]),
    "newsdoc_registry_new": (c_int, [POINTER(c_void_p), POINTER(RegistryOptions)]),
    "newsdoc_registry_free": (None, [c_void_p]),
    "newsdoc_registry_plugin_count": (c_size_t, [c_void_p]),
    "newsdoc_registry_plugin_at": (c_void_p, [c_void_p, c_size_t]),
    "newsdoc_plugin_info_name": (_str, [c_void_p]),
    "newsdoc_plugin_info_version": (_str, [c_void_p]),
    "newsdoc_plugin_info_manifest": (_str, [c_void_p]),
    "newsdoc_plugin_info_kind": (_str, [c_void_p]),
    "newsdoc_plugin_info_skip_reason": (_str, [c_void_p]),
    "newsdoc_plugin_info_library": (_str, [c_void_p]),
    "newsdoc_registry_parser_count": (c_size_t, [c_void_p]),
    "newsdoc_registry_parser_at": (c_void_p, [c_void_p, c_size_t]),
    "newsdoc_parser_info_id": (_str, [c_void_p]),
    "newsdoc_parser_info_plugin": (_str, [c_void_p]),
    "newsdoc_parser_info_priority": (c_int, [c_void_p]),
    "newsdoc_parser_info_host_count": (c_size_t, [c_void_p]),
    "newsdoc_parser_info_host_at": (_str, [c_void_p, c_size_t]),
    "newsdoc_parser_info_path_count": (c_size_t, [c_void_p]),
    "newsdoc_parser_info_path_at": (_str, [c_void_p, c_size_t]),
    "newsdoc_parser_info_declarative": (c_int, [c_void_p]),
    "newsdoc_registry_exporter_count": (c_size_t, [c_void_p]),
    "newsdoc_registry_exporter_at": (c_void_p, [c_void_p, c_size_t]),
    "newsdoc_exporter_info_id": (_str, [c_void_p]),
    "newsdoc_exporter_info_format": (_str, [c_void_p]),
    "newsdoc_exporter_info_mime_type": (_str, [c_void_p]),
    "newsdoc_exporter_info_extension": (_str, [c_void_p]),
    "newsdoc_exporter_info_plugin": (_str, [c_void_p]),
    "newsdoc_registry_warning_count": (c_size_t, [c_void_p]),
    "newsdoc_registry_warning_at": (_str, [c_void_p, c_size_t]),
    # parse and export
    "newsdoc_parse_options_init": (c_int, [POINTER(ParseOptions), c_uint]),
    "newsdoc_parse": (c_int, [POINTER(c_void_p), c_void_p, c_char_p, c_size_t, c_char_p, POINTER(ParseOptions)]),
    "newsdoc_document_from_json": (c_int, [POINTER(c_void_p), c_char_p, c_size_t]),
    "newsdoc_export_options_init": (c_int, [POINTER(ExportOptions), c_uint]),
    "newsdoc_export": (c_int, [POINTER(BufStruct), c_void_p, _doc, c_char_p, POINTER(ExportOptions)]),
    # document
    "newsdoc_field_name": (_str, [c_int]),
    "newsdoc_document_free": (None, [_doc]),
    "newsdoc_document_get": (_str, [_doc, c_int]),
    "newsdoc_document_provenance": (_str, [_doc, c_int]),
    "newsdoc_document_text": (_str, [_doc]),
    "newsdoc_document_tag_count": (c_size_t, [_doc]),
    "newsdoc_document_tag_at": (_str, [_doc, c_size_t]),
    "newsdoc_document_comment_count": (c_long, [_doc]),
    "newsdoc_document_author_count": (c_size_t, [_doc]),
    "newsdoc_document_author_at": (c_void_p, [_doc, c_size_t]),
    "newsdoc_document_block_count": (c_size_t, [_doc]),
    "newsdoc_document_block_at": (c_void_p, [_doc, c_size_t]),
    "newsdoc_document_quote_count": (c_size_t, [_doc]),
    "newsdoc_document_quote_at": (c_void_p, [_doc, c_size_t]),
    "newsdoc_document_related_count": (c_size_t, [_doc]),
    "newsdoc_document_related_at": (c_void_p, [_doc, c_size_t]),
    "newsdoc_document_image_count": (c_size_t, [_doc]),
    "newsdoc_document_image_at": (c_void_p, [_doc, c_size_t]),
    "newsdoc_author_name": (_str, [c_void_p]),
    "newsdoc_author_role": (_str, [c_void_p]),
    "newsdoc_author_affiliation": (_str, [c_void_p]),
    "newsdoc_author_url": (_str, [c_void_p]),
    "newsdoc_author_kind": (c_int, [c_void_p]),
    "newsdoc_author_kind_name": (_str, [c_int]),
    "newsdoc_block_type_name": (_str, [c_int]),
    "newsdoc_block_type": (c_int, [c_void_p]),
    "newsdoc_block_text": (_str, [c_void_p]),
    "newsdoc_block_level": (c_int, [c_void_p]),
    "newsdoc_block_ordered": (c_int, [c_void_p]),
    "newsdoc_block_item_count": (c_size_t, [c_void_p]),
    "newsdoc_block_item_at": (_str, [c_void_p, c_size_t]),
    "newsdoc_block_row_count": (c_size_t, [c_void_p]),
    "newsdoc_block_cell_count": (c_size_t, [c_void_p, c_size_t]),
    "newsdoc_block_cell_at": (_str, [c_void_p, c_size_t, c_size_t]),
    "newsdoc_block_image_url": (_str, [c_void_p]),
    "newsdoc_block_image_alt": (_str, [c_void_p]),
    "newsdoc_block_caption": (_str, [c_void_p]),
    "newsdoc_block_credit": (_str, [c_void_p]),
    "newsdoc_quote_text": (_str, [c_void_p]),
    "newsdoc_quote_speaker": (_str, [c_void_p]),
    "newsdoc_quote_speaker_resolved": (_str, [c_void_p]),
    "newsdoc_quote_cue": (_str, [c_void_p]),
    "newsdoc_quote_block": (c_long, [c_void_p]),
    "newsdoc_quote_start": (c_long, [c_void_p]),
    "newsdoc_quote_end": (c_long, [c_void_p]),
    "newsdoc_related_title": (_str, [c_void_p]),
    "newsdoc_related_url": (_str, [c_void_p]),
    "newsdoc_related_author": (_str, [c_void_p]),
    "newsdoc_related_summary": (_str, [c_void_p]),
    "newsdoc_related_image": (_str, [c_void_p]),
    "newsdoc_image_url": (_str, [c_void_p]),
    "newsdoc_image_alt": (_str, [c_void_p]),
    "newsdoc_image_caption": (_str, [c_void_p]),
    "newsdoc_image_credit": (_str, [c_void_p]),
    "newsdoc_image_is_lead": (c_int, [c_void_p]),
}

# More fields than any library will have: the walk over newsdoc_field_name
# stops at the first unknown number well before this.
_MAX_FIELDS = 256


class Library:
    """A loaded libnewsdoc: its functions as attributes, and what the binding
    learned from it once (version, field names, parse option defaults)."""

    # The foreign functions are set as attributes by name in __init__.
    def __getattr__(self, name: str) -> Any:  # pragma: no cover - only for type checkers
        raise AttributeError(name)

    def __init__(self, cdll: ctypes.CDLL, path: str) -> None:
        self.cdll = cdll
        self.path = path
        for name, (restype, argtypes) in _PROTOTYPES.items():
            try:
                function = getattr(cdll, name)
            except AttributeError:
                raise LibraryError(
                    ErrorCode.EVERSION, f"{path} lacks {name}: it is not a libnewsdoc {SUPPORTED_MAJOR}.x library"
                ) from None
            function.restype = restype
            function.argtypes = list(argtypes)
            self.__dict__[name] = function
        major, minor, patch = c_int(), c_int(), c_int()
        text = self.newsdoc_version(ctypes.byref(major), ctypes.byref(minor), ctypes.byref(patch))
        self.version: str = text.decode("ascii", "replace") if text else f"{major.value}.{minor.value}.{patch.value}"
        self.version_info: Tuple[int, int, int] = (major.value, minor.value, patch.value)
        # Field numbers -> JSON keys, as many as this library knows (a
        # later minor version appends fields; see newsdoc_field).
        names: List[str] = []
        for number in range(_MAX_FIELDS):
            raw = self.newsdoc_field_name(number)
            if raw is None:
                break
            names.append(raw.decode("ascii"))
        self.field_names: Tuple[str, ...] = tuple(names)
        self.field_numbers: Dict[str, int] = {name: number for number, name in enumerate(names)}
        self.block_type_names: Tuple[str, ...] = tuple(
            (self.newsdoc_block_type_name(t) or b"unknown").decode("ascii") for t in range(BLOCK_FIGURE + 1)
        )
        self.parse_options_version, self.parse_options_template = self._parse_options_defaults()

    def _parse_options_defaults(self) -> Tuple[int, bytes]:
        """The library's own defaults for the newest options version both
        sides know: 2, or 1 for a library that predates max_work."""
        for version in (PARSE_OPTIONS_VERSION, 1):
            options = ParseOptions()
            if self.newsdoc_parse_options_init(ctypes.byref(options), version) == 0:
                return version, bytes(options)
        raise LibraryError(ErrorCode.EVERSION, f"{self.path} accepts no parse options version this binding knows")

    def last_error(self, status: int, context: str = "") -> NewsdocError:
        """The calling thread's last error as an exception (``status`` is
        what the failing call returned)."""
        error = self.newsdoc_error_last().contents
        code = error.code or status or ErrorCode.ERROR
        message = error.message.decode("utf-8", "replace") if error.message else "unknown error"
        if context:
            message = f"{context}: {message}"
        return NewsdocError(code, message)


def _loaded_path(cdll: ctypes.CDLL, fallback: str) -> str:
    """The file the dynamic loader really opened for ``cdll``, found with
    dladdr on one of its functions; ``fallback`` when that is not possible."""

    class DlInfo(Structure):
        _fields_ = [("dli_fname", c_char_p), ("dli_fbase", c_void_p), ("dli_sname", c_char_p), ("dli_saddr", c_void_p)]

    try:
        libc = ctypes.CDLL(None)
        dladdr = libc.dladdr
    except (OSError, AttributeError):
        return fallback
    dladdr.argtypes = [c_void_p, POINTER(DlInfo)]
    dladdr.restype = c_int
    info = DlInfo()
    address = ctypes.cast(cdll.newsdoc_version, c_void_p).value
    if dladdr(address, ctypes.byref(info)) and info.dli_fname:
        return os.fsdecode(info.dli_fname)
    return fallback


def _candidates() -> List[str]:
    override = os.environ.get("NEWSDOC_LIBRARY")
    if override:
        return [override]
    found: List[str] = []
    if os.path.exists(BUNDLED_LIBRARY):
        found.append(BUNDLED_LIBRARY)
    system = ctypes.util.find_library("newsdoc")
    if system:
        found.append(system)
    if SONAME not in found:
        found.append(SONAME)
    return found


def _open(candidate: str) -> Library:
    try:
        cdll = ctypes.CDLL(candidate)
    except OSError as exc:
        raise LibraryError(ErrorCode.ERROR, f"{candidate}: {exc}") from None
    if not hasattr(cdll, "newsdoc_version"):
        raise LibraryError(ErrorCode.EVERSION, f"{candidate} is not libnewsdoc (no newsdoc_version)")
    path = _loaded_path(cdll, candidate)
    version = cdll.newsdoc_version
    version.restype = c_char_p
    version.argtypes = [POINTER(c_int), POINTER(c_int), POINTER(c_int)]
    major = c_int()
    text = version(ctypes.byref(major), None, None) or b"?"
    if major.value != SUPPORTED_MAJOR:
        raise LibraryError(
            ErrorCode.EVERSION,
            f"{path} is libnewsdoc {text.decode('ascii', 'replace')}; this binding needs major version "
            f"{SUPPORTED_MAJOR} ({SONAME})",
        )
    return Library(cdll, path)


_lock = threading.Lock()
_library: Optional[Library] = None


def load() -> Library:
    """The loaded library, loading it on first use. Raises
    :class:`newsdoc.LibraryError` naming every place tried and why each
    failed."""
    global _library
    library = _library
    if library is not None:
        return library
    with _lock:
        if _library is None:
            failures: List[str] = []
            wrong_version = False
            for candidate in _candidates():
                try:
                    _library = _open(candidate)
                    break
                except LibraryError as exc:
                    failures.append(exc.message)
                    wrong_version = wrong_version or exc.code == ErrorCode.EVERSION
            else:
                where = "NEWSDOC_LIBRARY" if os.environ.get("NEWSDOC_LIBRARY") else "tried"
                raise LibraryError(
                    ErrorCode.EVERSION if wrong_version else ErrorCode.ERROR,
                    f"cannot load libnewsdoc {SUPPORTED_MAJOR}.x ({where}: " + "; ".join(failures) + "). "
                    "Install libnewsdoc, point NEWSDOC_LIBRARY at libnewsdoc.so.1, "
                    "or install the self-contained newsdoc wheel.",
                )
        return _library


def decode(value: Optional[bytes]) -> Optional[str]:
    """A C string as str (None stays None). The library's strings are UTF-8;
    a plugin's broken bytes become U+FFFD rather than an exception on read."""
    return None if value is None else value.decode("utf-8", "replace")

