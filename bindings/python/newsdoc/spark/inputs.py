"""Where a line of the input listing points, and a local file to read it
from: local paths and ``file:`` URIs are read in place; ``http(s):`` and
``s3:`` inputs (the cluster case) are downloaded by the executor into a
temporary file under ``--local_temp_dir`` and removed after reading.

As in cc-pyspark, a line without a scheme is a path, or is appended to
``--input_base_url`` when one is given (Common Crawl's listings hold
paths relative to https://data.commoncrawl.org/ or s3://commoncrawl/).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import urllib.parse
import urllib.request
from contextlib import contextmanager
from typing import Any, Iterator, Optional

# <scheme>:<rest>, with a scheme of two letters or more so that a path is
# never taken for one.
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):")

DOWNLOAD_TIMEOUT_S = 300


def resolve(line: str, base_url: Optional[str] = None) -> str:
    """The input a listing line names: the line, or `base_url` + the line
    for a line without a scheme when a base is given."""
    if base_url and not _SCHEME.match(line):
        return base_url + line
    return line


def _download_http(uri: str, into: Any) -> None:
    with urllib.request.urlopen(uri, timeout=DOWNLOAD_TIMEOUT_S) as response:
        shutil.copyfileobj(response, into, 1 << 20)


def _download_s3(uri: str, into: Any) -> None:
    try:
        import boto3  # type: ignore[import-not-found, import-untyped, unused-ignore]
    except ImportError as err:
        raise OSError(f"reading {uri} needs boto3 (pip install boto3) on the executors") from err
    parts = urllib.parse.urlsplit(uri)
    if not parts.netloc or not parts.path.strip("/"):
        raise OSError(f"{uri}: an s3 URI needs a bucket and a key")
    boto3.client("s3").download_fileobj(parts.netloc, parts.path.lstrip("/"), into)


@contextmanager
def local_copy(uri: str, temp_dir: Optional[str] = None) -> Iterator[str]:
    """A local path holding the input `uri`, for the time of the block.
    Raises OSError when it cannot be had (no such file, a failed
    download, a scheme not read here)."""
    found = _SCHEME.match(uri)
    scheme = found.group(1).lower() if found else None
    if scheme is None:
        yield uri
        return
    if scheme == "file":
        parts = urllib.parse.urlsplit(uri)
        if parts.netloc not in ("", "localhost"):
            raise OSError(f"{uri}: a file URI on another host ({parts.netloc})")
        yield urllib.parse.unquote(parts.path)
        return
    if scheme in ("http", "https"):
        fetch = _download_http
    elif scheme in ("s3", "s3a", "s3n"):
        fetch = _download_s3
    else:
        raise OSError(f"{uri}: the scheme {scheme}: is not read by newsdoc.spark "
                      "(local paths, file:, http:, https:, s3:)")
    suffix = ".warc.gz" if uri.endswith(".gz") else ".warc"
    handle, path = tempfile.mkstemp(prefix="newsdoc-spark-", suffix=suffix, dir=temp_dir)
    try:
        with os.fdopen(handle, "wb") as into:
            try:
                fetch(uri, into)
            except OSError:
                raise
            except Exception as err:  # botocore's and urllib's own errors
                raise OSError(f"cannot download {uri}: {err}") from err
        yield path
    finally:
        os.unlink(path)
