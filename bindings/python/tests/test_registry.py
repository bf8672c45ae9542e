"""Registries: what they list, plugin folders, closing, and documents that
outlive their registry."""

from __future__ import annotations

import json
import pickle
import shutil
import threading
from pathlib import Path
from typing import List

import pytest
from conftest import Page, need, parse_page, source_path

import newsdoc
from newsdoc import ErrorCode, NewsdocError


def bare_registry(*paths: object) -> newsdoc.Registry:
    """Only the built-ins and `paths`: nothing from the environment or the usual folders."""
    return newsdoc.Registry(plugin_path=[str(p) for p in paths], use_environment=False, default_paths=False)


def dcnewsline_folder(tmp_path: Path) -> Path:
    """A plugin folder holding the project's declarative dcnewsline plugin."""
    folder = tmp_path / "plugins.d"
    folder.mkdir()
    shutil.copy(source_path("plugins", "site-dcnewsline", "manifest.json"), folder / "site-dcnewsline.json")
    return folder


def test_built_ins_only() -> None:
    with bare_registry() as reg:
        assert [p.id for p in reg.parsers] == ["generic"]
        assert reg.formats == ["json"]
        assert [(p.name, p.kind, p.manifest, p.usable) for p in reg.plugins] == [("builtin", "builtin", None, True)]
        generic = reg.parsers[0]
        assert generic.plugin == "builtin" and generic.declarative is False and generic.hosts == ()
        exporter = reg.exporters[0]
        assert (exporter.id, exporter.format, exporter.mime_type, exporter.extension) == (
            "json", "json", "application/json", "json")
        assert "1 of 1 plugins usable" in repr(reg)


def test_default_registry_has_the_installed_plugins() -> None:
    reg = newsdoc.default_registry()
    assert reg is newsdoc.default_registry()
    formats = reg.formats
    assert "json" in formats
    need({"markdown", "text", "xml"} <= set(formats), f"the default registry lacks the project's exporters: {formats}")
    ids = [p.id for p in reg.parsers]
    assert "generic" in ids and "dcnewsline" in ids
    assert all(p.usable for p in reg.plugins), [p.skip_reason for p in reg.plugins]


def test_plugin_path(tmp_path: Path, seed: Page) -> None:
    folder = dcnewsline_folder(tmp_path)
    for given in (str(folder), folder, [folder], (str(folder / "site-dcnewsline.json"),)):
        with newsdoc.Registry(plugin_path=given, use_environment=False, default_paths=False) as reg:  # type: ignore[arg-type]
            parser = next(p for p in reg.parsers if p.id == "dcnewsline")
            assert parser.declarative and "dcnewsline.com" in parser.hosts
            plugin = next(p for p in reg.plugins if p.name == parser.plugin)
            assert plugin.kind == "declarative" and plugin.usable and plugin.manifest and plugin.manifest.endswith(
                "site-dcnewsline.json")
            doc = newsdoc.parse(seed.read(), seed.url, registry=reg)
            assert doc.parser == "dcnewsline"
            assert reg.parse(seed.read(), seed.url).parser == "dcnewsline"


def test_bad_plugin_is_listed_not_fatal(tmp_path: Path) -> None:
    folder = tmp_path / "plugins.d"
    folder.mkdir()
    (folder / "broken.json").write_text('{"name": "broken", "kind": ')
    (folder / "missing-lib.json").write_text(json.dumps({
        "file_format_version": "1.0.0", "plugin": {"name": "missing-lib", "version": "1.0.0"},
        "library_path": "libnope.so", "interface_version": {"min": 1, "max": 1},
        "parsers": [{"id": "nope", "hosts": ["example.org"]}]}))
    with bare_registry(folder) as reg:
        skipped = {p.manifest.rsplit("/", 1)[-1]: p.skip_reason or "" for p in reg.plugins if not p.usable and p.manifest}
        assert set(skipped) == {"broken.json", "missing-lib.json"}, reg.plugins
        assert "library not found" in skipped["missing-lib.json"], skipped
        assert skipped["broken.json"]
        assert newsdoc.parse(b"<p>Still works.</p>", registry=reg).text == "Still works."


def test_closed_registry(seed: Page) -> None:
    reg = newsdoc.Registry()
    with reg:
        doc = parse_page(seed, registry=reg)
        assert not reg.closed
    assert reg.closed and "closed" in repr(reg)
    reg.close()  # twice is harmless
    with pytest.raises(NewsdocError) as caught:
        parse_page(seed, registry=reg)
    assert caught.value.code == ErrorCode.EINVAL and "closed" in caught.value.message
    # What it listed stays readable.
    assert "generic" in [p.id for p in reg.parsers]
    # The document owns its data: every getter and the exports still work.
    assert doc.title == "UN addresses human rights abuses in North Korea at high-level meeting"
    assert doc.quotes[1].speaker == "Ji Seong-ho" and len(doc.related) == 3
    assert json.loads(doc.export("json"))["title"] == doc.title
    if "markdown" in newsdoc.default_registry().formats:
        assert doc.export("markdown").startswith("# UN addresses")  # through the default registry
    with pytest.raises(NewsdocError):
        doc.export("json", registry=reg)


def test_registry_not_picklable() -> None:
    with bare_registry() as reg, pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(reg)


def test_close_while_other_threads_parse(seed: Page) -> None:
    """close() from one thread while others parse: calls in flight finish,
    later ones get EINVAL, nothing crashes."""
    page = seed.read()
    reg = newsdoc.Registry()
    outcomes: List[str] = []
    started = threading.Barrier(5)

    def work() -> None:
        started.wait()
        for _ in range(200):
            try:
                outcomes.append(newsdoc.parse(page, seed.url, registry=reg).parser or "")
            except NewsdocError as err:
                assert err.code == ErrorCode.EINVAL
                outcomes.append("closed")
                return

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    started.wait()
    reg.close()
    for t in threads:
        t.join()
    assert "closed" in outcomes and set(outcomes) <= {"dcnewsline", "closed"}
