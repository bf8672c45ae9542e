"""The exceptions the binding raises, and the library's status codes."""

from __future__ import annotations

import enum
from typing import Any, Tuple, Union


class ErrorCode(enum.IntEnum):
    """libnewsdoc's status codes (``newsdoc_status`` in common.h).

    The values are the C ones and compare equal to plain ints::

        >>> newsdoc.ErrorCode.EEMPTY == -10
        True
    """

    OK = 0
    ERROR = -1  #: generic failure; the message says more
    EINVAL = -2  #: a bad argument
    ENOMEM = -3  #: an allocation failed
    ENOTFOUND = -4  #: no such parser, format, field or item
    EPARSE = -5  #: the input could not be read as what it claims to be
    EIO = -6  #: a file could not be read
    EPLUGIN = -7  #: a plugin failed to load or misbehaved
    ELIMIT = -8  #: the input exceeded a limit (size, nodes, work)
    EVERSION = -9  #: unknown options version, or a library of another major version
    EEMPTY = -10  #: the input is empty or has no content


def _as_code(code: int) -> Union[ErrorCode, int]:
    try:
        return ErrorCode(code)
    except ValueError:  # a code a later library added
        return code


class NewsdocError(Exception):
    """An error reported by libnewsdoc.

    ``code`` is the ``NEWSDOC_E*`` status (an :class:`ErrorCode` when the
    binding knows the value, else the int) and ``message`` the library's
    own message; ``str()`` gives both::

        >>> try:
        ...     newsdoc.parse(b"")
        ... except newsdoc.NewsdocError as err:
        ...     print(err.code.name, "-", err.message)
        EEMPTY - newsdoc_parse: the input is empty (0 bytes)
    """

    code: Union[ErrorCode, int]
    message: str

    def __init__(self, code: int, message: str) -> None:
        self.code = _as_code(code)
        self.message = message
        name = self.code.name if isinstance(self.code, ErrorCode) else str(self.code)
        super().__init__(f"{message} [{name}]")

    # Pickled as (code, message), so errors cross process boundaries
    # (multiprocessing, Spark) intact.
    def __reduce__(self) -> Tuple[Any, Tuple[int, str]]:
        return (type(self), (int(self.code), self.message))


class LibraryError(NewsdocError):
    """libnewsdoc could not be loaded: not found, not a libnewsdoc, or of
    another major version (``code`` is then :attr:`ErrorCode.EVERSION`).
    The message names every place tried and why each failed."""
