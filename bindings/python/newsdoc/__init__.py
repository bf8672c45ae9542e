"""newsdoc: news pages into structured documents, with libnewsdoc.

Title, subtitle, authors with their roles, dates, section, tags, the body
as typed blocks, direct quotes with their speakers, related articles,
comment count and images, from one call to a C library::

    >>> import newsdoc
    >>> doc = newsdoc.parse('''<html lang="en"><head><title>Ferry returns | Gazette</title>
    ... <meta property="og:title" content="Ferry returns">
    ... <meta property="article:published_time" content="2025-05-21T09:00:00Z"></head>
    ... <body><article><h1>Ferry returns</h1>
    ... <p>“We missed it,” said Ann Lee, who runs the kiosk.</p></article></body></html>''',
    ...                     url="https://example.org/news/ferry")
    >>> doc.title, doc.published
    ('Ferry returns', '2025-05-21T09:00:00+00:00')
    >>> q = doc.quotes[0]
    >>> q.text, q.speaker, q.cue
    ('We missed it,', 'Ann Lee', 'said')
    >>> doc.body[0].text
    '“We missed it,” said Ann Lee, who runs the kiosk.'
    >>> doc.to_dict()["quotes"][0]["speaker"]
    'Ann Lee'

The API:

- :func:`parse` -> :class:`Document` (its attributes: ``title``,
  ``subtitle``, ``description``, ``site_name``, ``language``,
  ``canonical_url``, ``url``, ``section``, ``tags``, ``published``,
  ``modified``, ``authors``, ``body``, ``quotes``, ``related``,
  ``images``, ``comment_count``, ``text``, ``parser``, ``provenance``;
  ``export(format)``, ``to_dict()``);
- :class:`Author`, :class:`Block`, :class:`Quote`, :class:`Related`,
  :class:`Image`: frozen dataclasses;
- :func:`extract`: one trafilatura-style call, page -> text (or any format);
- :class:`Registry`: parsers, exporters and plugins (a context manager);
  :func:`default_registry` is the one used when none is given;
- :class:`Limits`: the parse limits;
- :class:`NewsdocError` with ``code`` (an :class:`ErrorCode`) and
  ``message``; :class:`LibraryError` when libnewsdoc cannot be loaded;
- :func:`library_version`, :func:`library_path`, ``__version__``.

``python -m newsdoc FILE...`` is the command line (``newsdoc extract``'s
options). The library is loaded on first use: ``NEWSDOC_LIBRARY``, else
the copy inside the package (the self-contained wheel), else the system's
``libnewsdoc.so.1``.
"""

from __future__ import annotations

from . import _library
from ._document import Document
from ._errors import ErrorCode, LibraryError, NewsdocError
from ._items import Author, Block, Image, Quote, Related
from ._parse import Limits, extract, parse
from ._registry import ExporterInfo, ParserInfo, PluginInfo, Registry, default_registry
from ._version import __version__

__all__ = [
    "Author",
    "Block",
    "Document",
    "ErrorCode",
    "ExporterInfo",
    "Image",
    "LibraryError",
    "Limits",
    "NewsdocError",
    "ParserInfo",
    "PluginInfo",
    "Quote",
    "Registry",
    "Related",
    "__version__",
    "default_registry",
    "extract",
    "library_path",
    "library_version",
    "parse",
]


def library_version() -> str:
    """The version of the libnewsdoc loaded ("1.0.0"); loads it if needed
    and raises :class:`LibraryError` when it cannot be loaded."""
    return _library.load().version


def library_path() -> str:
    """The file libnewsdoc was loaded from (inside the package for the
    self-contained wheel)."""
    return _library.load().path


# The public classes say they are newsdoc's (reprs, tracebacks, pydoc,
# pickles), not of the private module that defines them.
for _public in (Author, Block, Document, ErrorCode, ExporterInfo, Image, LibraryError, Limits, NewsdocError,
                ParserInfo, PluginInfo, Quote, Registry, Related):
    _public.__module__ = __name__
del _public
