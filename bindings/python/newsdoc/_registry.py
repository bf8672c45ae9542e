"""Registries: the parsers and exporters libnewsdoc has, built in and from
plugins, and the process-wide default one that ``newsdoc.parse`` uses when
given no registry."""

from __future__ import annotations

import ctypes
import os
import threading
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, Iterable, List, NoReturn, Optional, Tuple, Type, Union

from . import _library
from ._errors import ErrorCode, NewsdocError
from ._library import decode

if TYPE_CHECKING:
    from ._document import Document

PathLike = Union[str, "os.PathLike[str]"]


@dataclass(frozen=True)
class PluginInfo:
    """A plugin the registry found: ``kind`` is "builtin", "library",
    "declarative" (or "unknown" for a manifest that could not be read that
    far); ``skip_reason`` says why an unused plugin was skipped and is None
    for one in use; ``manifest`` and ``library`` are file paths (None for
    the built-ins; ``library`` only for kind "library")."""

    name: str
    version: Optional[str]
    kind: str
    manifest: Optional[str]
    library: Optional[str]
    skip_reason: Optional[str]

    @property
    def usable(self) -> bool:
        """True unless the plugin was skipped."""
        return self.skip_reason is None


@dataclass(frozen=True)
class ParserInfo:
    """A parser in use: its ``id`` (what ``parse(parser=...)`` takes), the
    plugin it comes from, the hosts and URL path globs it claims and its
    priority among parsers claiming the same host."""

    id: str
    plugin: Optional[str]
    priority: int
    hosts: Tuple[str, ...]
    paths: Tuple[str, ...]
    declarative: bool


@dataclass(frozen=True)
class ExporterInfo:
    """An exporter in use: ``format`` is the name ``Document.export`` takes."""

    id: str
    format: str
    mime_type: Optional[str]
    extension: Optional[str]
    plugin: Optional[str]


def _path_list(plugin_path: Union[None, PathLike, Iterable[PathLike]]) -> List[bytes]:
    if plugin_path is None:
        return []
    if isinstance(plugin_path, (str, bytes, os.PathLike)):
        plugin_path = [plugin_path]  # one path, not its characters
    return [os.fsencode(path) for path in plugin_path]


class Registry:
    """The parsers and exporters of libnewsdoc: the built-ins plus every
    plugin found through manifests.

    ``plugin_path`` lists folders (or manifest files) searched first, before
    ``NEWSDOC_ADD_PLUGIN_PATH``, ``NEWSDOC_PLUGIN_PATH`` or the usual places
    (``$XDG_DATA_HOME``, ``$XDG_DATA_DIRS`` and the library's own
    ``share/newsdoc/1/plugins.d``). ``use_environment=False`` ignores the
    ``NEWSDOC_*`` variables; ``default_paths=False`` skips the usual places.
    A plugin that cannot be used is listed in ``plugins`` with its
    ``skip_reason``; it never fails the registry.

    A registry is immutable and may be shared by threads. Close it (or use
    it as a context manager) to unload its plugins; documents parsed with it
    stay usable::

        >>> with newsdoc.Registry(plugin_path=[]) as reg:
        ...     doc = newsdoc.parse(b"<title>Hello</title><p>World.</p>", registry=reg)
        ...     "json" in [e.format for e in reg.exporters]
        True
        >>> doc.title
        'Hello'
    """

    def __init__(
        self,
        plugin_path: Union[None, PathLike, Iterable[PathLike]] = None,
        *,
        use_environment: bool = True,
        default_paths: bool = True,
    ) -> None:
        self._handle: Optional[int] = None
        self._users = 0
        self._closing = False
        self._lock = threading.Lock()
        lib = _library.load()
        self._lib = lib
        paths = _path_list(plugin_path)
        options = _library.RegistryOptions()
        status = lib.newsdoc_registry_options_init(ctypes.byref(options), _library.REGISTRY_OPTIONS_VERSION)
        if status:
            raise lib.last_error(status, "newsdoc.Registry")
        array = (ctypes.c_char_p * max(len(paths), 1))(*paths)
        options.plugin_paths = ctypes.cast(array, ctypes.POINTER(ctypes.c_char_p)) if paths else None
        options.plugin_path_count = len(paths)
        options.flags = (0 if use_environment else _library.REGISTRY_NO_ENVIRONMENT) | (
            0 if default_paths else _library.REGISTRY_NO_DEFAULT_PATHS
        )
        handle = ctypes.c_void_p()
        status = lib.newsdoc_registry_new(ctypes.byref(handle), ctypes.byref(options))
        if status or not handle.value:
            raise lib.last_error(status, "newsdoc.Registry")
        self._handle = handle.value
        # The registry never changes once made: read what it has now, so
        # these stay readable after close().
        self._plugins = tuple(self._read_plugins())
        self._parsers = tuple(self._read_parsers())
        self._exporters = tuple(self._read_exporters())
        self._warnings = tuple(
            decode(lib.newsdoc_registry_warning_at(handle, i)) or ""
            for i in range(lib.newsdoc_registry_warning_count(handle))
        )

    # ---- what it has ----

    def _read_plugins(self) -> Iterable[PluginInfo]:
        lib, handle = self._lib, self._handle
        for i in range(lib.newsdoc_registry_plugin_count(handle)):
            info = lib.newsdoc_registry_plugin_at(handle, i)
            yield PluginInfo(
                name=decode(lib.newsdoc_plugin_info_name(info)) or "",
                version=decode(lib.newsdoc_plugin_info_version(info)),
                kind=decode(lib.newsdoc_plugin_info_kind(info)) or "unknown",
                manifest=decode(lib.newsdoc_plugin_info_manifest(info)),
                library=decode(lib.newsdoc_plugin_info_library(info)),
                skip_reason=decode(lib.newsdoc_plugin_info_skip_reason(info)),
            )

    def _read_parsers(self) -> Iterable[ParserInfo]:
        lib, handle = self._lib, self._handle
        for i in range(lib.newsdoc_registry_parser_count(handle)):
            info = lib.newsdoc_registry_parser_at(handle, i)
            yield ParserInfo(
                id=decode(lib.newsdoc_parser_info_id(info)) or "",
                plugin=decode(lib.newsdoc_parser_info_plugin(info)),
                priority=lib.newsdoc_parser_info_priority(info),
                hosts=tuple(decode(lib.newsdoc_parser_info_host_at(info, j)) or ""
                            for j in range(lib.newsdoc_parser_info_host_count(info))),
                paths=tuple(decode(lib.newsdoc_parser_info_path_at(info, j)) or ""
                            for j in range(lib.newsdoc_parser_info_path_count(info))),
                declarative=bool(lib.newsdoc_parser_info_declarative(info)),
            )

    def _read_exporters(self) -> Iterable[ExporterInfo]:
        lib, handle = self._lib, self._handle
        for i in range(lib.newsdoc_registry_exporter_count(handle)):
            info = lib.newsdoc_registry_exporter_at(handle, i)
            yield ExporterInfo(
                id=decode(lib.newsdoc_exporter_info_id(info)) or "",
                format=decode(lib.newsdoc_exporter_info_format(info)) or "",
                mime_type=decode(lib.newsdoc_exporter_info_mime_type(info)),
                extension=decode(lib.newsdoc_exporter_info_extension(info)),
                plugin=decode(lib.newsdoc_exporter_info_plugin(info)),
            )

    @property
    def plugins(self) -> List[PluginInfo]:
        """Every plugin found, used or skipped, in the order found."""
        return list(self._plugins)

    @property
    def parsers(self) -> List[ParserInfo]:
        """The parsers in use, the built-in "generic" included."""
        return list(self._parsers)

    @property
    def exporters(self) -> List[ExporterInfo]:
        """The exporters in use, the built-in "json" included."""
        return list(self._exporters)

    @property
    def formats(self) -> List[str]:
        """The format names ``Document.export`` accepts with this registry."""
        return list(dict.fromkeys(exporter.format for exporter in self._exporters))

    @property
    def warnings(self) -> List[str]:
        """What did not stop a plugin from loading but is worth knowing (two
        parsers claiming one host at the same priority, loose file modes)."""
        return list(self._warnings)

    # ---- use and lifetime ----

    def parse(self, data: Union[bytes, bytearray, memoryview, str], url: Optional[str] = None, **options: Any) -> Document:
        """``newsdoc.parse(data, url, registry=self, **options)``."""
        from ._parse import parse

        return parse(data, url, registry=self, **options)

    def _acquire(self) -> int:
        """The C handle, counted as in use until _release(): close() from
        another thread then waits for the call to end before freeing it."""
        with self._lock:
            if self._handle is None or self._closing:
                raise NewsdocError(ErrorCode.EINVAL, "the registry is closed")
            self._users += 1
            return self._handle

    def _release(self) -> None:
        with self._lock:
            self._users -= 1
            if self._users == 0 and self._closing:
                self._free_locked()

    def _free_locked(self) -> None:
        handle, self._handle = self._handle, None
        if handle is not None:
            self._lib.newsdoc_registry_free(handle)

    def close(self) -> None:
        """Free the registry and unload its plugins. Calls in progress in
        other threads finish first; later parses with it raise
        :class:`NewsdocError` (EINVAL). Documents it made stay usable.
        Closing twice is harmless."""
        with self._lock:
            self._closing = True
            if self._users == 0:
                self._free_locked()

    @property
    def closed(self) -> bool:
        return self._closing

    def __enter__(self) -> Registry:
        return self

    def __exit__(
        self, kind: Optional[Type[BaseException]], value: Optional[BaseException], trace: Optional[TracebackType]
    ) -> None:
        self.close()

    def __del__(self) -> None:
        handle = getattr(self, "_handle", None)
        if handle is not None:
            try:
                self._lib.newsdoc_registry_free(handle)
            except Exception:  # interpreter shutdown
                pass

    def __reduce__(self) -> NoReturn:
        raise TypeError("a newsdoc.Registry cannot be pickled: make one in each process (or partition)")

    def __repr__(self) -> str:
        state = "closed" if self._closing else "open"
        used = sum(1 for plugin in self._plugins if plugin.usable)
        return (f"<newsdoc.Registry {state}: {len(self._parsers)} parsers, {len(self._exporters)} exporters, "
                f"{used} of {len(self._plugins)} plugins usable>")


_default_lock = threading.Lock()
_default: Optional[Registry] = None
# Registries inherited from a parent process, kept so they are never freed.
_inherited: List[Registry] = []


def default_registry() -> Registry:
    """The process-wide registry ``newsdoc.parse`` uses when given none:
    the built-ins plus the plugins found the usual way (the same ones the
    ``newsdoc`` command finds). Made on first use; made anew if closed."""
    global _default
    registry = _default
    if registry is not None and not registry._closing:
        return registry
    with _default_lock:
        if _default is None or _default._closing:
            _default = Registry()
        return _default


def _forget_default_in_child() -> None:
    # A forked child must not use the parent's registry: a lock another
    # thread held at fork time would stay held forever. It makes its own,
    # and never frees the inherited copy (freeing would take that lock).
    global _default, _default_lock
    if _default is not None:
        _inherited.append(_default)
    _default = None
    _default_lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_default_in_child)
