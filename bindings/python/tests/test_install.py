"""Where the library and its plugins come from, as installed
(NEWSDOC_PY_EXPECT=bundled: the self-contained wheel; =system: a pure
package over an installed libnewsdoc). Without the variable only what
holds either way is checked."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import need

import newsdoc
from newsdoc import _library

EXPECT = os.environ.get("NEWSDOC_PY_EXPECT", "")
PACKAGE = os.path.dirname(os.path.abspath(newsdoc.__file__))
PLUGINS_D = os.path.join(PACKAGE, "share", "newsdoc", "1", "plugins.d")


def test_expectation_known() -> None:
    assert EXPECT in ("", "bundled", "system"), EXPECT


@pytest.mark.skipif(EXPECT != "bundled", reason="NEWSDOC_PY_EXPECT=bundled (the wheel test) checks this")
def test_bundled_library_and_plugins() -> None:
    # Nothing from outside the package may be in play.
    for variable in ("NEWSDOC_LIBRARY", "NEWSDOC_PLUGIN_PATH", "NEWSDOC_ADD_PLUGIN_PATH", "LD_LIBRARY_PATH"):
        assert not os.environ.get(variable), f"{variable} is set: the wheel test must run without it"
    assert newsdoc.library_path() == os.path.join(PACKAGE, "lib", "libnewsdoc.so.1")
    assert newsdoc.library_version() == newsdoc.__version__
    reg = newsdoc.default_registry()
    from_package = [p for p in reg.plugins if p.manifest and p.manifest.startswith(PLUGINS_D + os.sep)]
    shipped = sorted(name for name in os.listdir(PLUGINS_D) if name.endswith(".json"))
    assert len(from_package) == len(shipped) >= 10, (reg.plugins, shipped)
    assert all(p.usable for p in from_package), [(p.name, p.skip_reason) for p in from_package]
    for plugin in from_package:
        if plugin.kind == "library":
            assert plugin.library and plugin.library.startswith(os.path.join(PACKAGE, "lib", "newsdoc", "1", "plugins"))
    assert {"json", "markdown", "text", "xml"} <= set(reg.formats)
    assert not reg.warnings, reg.warnings
    # The library found its plugins by itself (relative to where it was
    # loaded), not because the binding named the folder.
    with newsdoc.Registry(use_environment=False) as own:
        assert len([p for p in own.plugins if p.manifest and p.manifest.startswith(PLUGINS_D)]) == len(shipped)


@pytest.mark.skipif(EXPECT != "bundled", reason="NEWSDOC_PY_EXPECT=bundled (the wheel test) checks this")
def test_no_system_library_needed() -> None:
    """The loader cannot find another libnewsdoc.so.1 here, so the package
    really runs on its own copy."""
    code = "import ctypes\ntry:\n    ctypes.CDLL('libnewsdoc.so.1')\n    print('found')\nexcept OSError:\n    print('none')\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    need(done.stdout.strip() == "none", "a system libnewsdoc.so.1 is reachable; the wheel test cannot prove independence")


@pytest.mark.skipif(EXPECT != "system", reason="NEWSDOC_PY_EXPECT=system (the pure install) checks this")
def test_installed_library_used() -> None:
    assert not os.path.exists(_library.BUNDLED_LIBRARY), "a pure install carries no library"
    assert not newsdoc.library_path().startswith(PACKAGE)
    assert os.path.basename(newsdoc.library_path()).startswith("libnewsdoc.so")


def test_package_files() -> None:
    assert os.path.isfile(os.path.join(PACKAGE, "py.typed"))
    assert os.path.isfile(os.path.join(PACKAGE, "__main__.py"))
    if EXPECT:
        site = os.path.dirname(PACKAGE)
        assert os.path.basename(site) == "site-packages", f"testing {PACKAGE}, not an installed copy"
