//! Plugins found through manifests: the build tree's plugins.d, the
//! installed prefix, NEWSDOC_PLUGIN_PATH, and broken manifests.

mod common;

use common::*;
use newsdoc::{ErrorCode, ParseOptions, Registry};
use std::path::Path;

/// The in-tree plugins are all there, in use, with their parsers and
/// exporters; the site parser works on the seed page.
fn check_in_tree_plugins(reg: &Registry, dir: &Path) {
    let plugins: Vec<_> = reg.plugins().collect();
    let dcn = plugins
        .iter()
        .find(|p| p.name() == "site-dcnewsline")
        .expect("site-dcnewsline found");
    assert!(dcn.is_used(), "{dcn:?}");
    assert_eq!(dcn.kind(), "declarative");
    assert_eq!(dcn.library(), None);
    assert!(dcn.version().is_some());
    assert!(
        Path::new(dcn.manifest().unwrap()).starts_with(dir),
        "{:?} in {}",
        dcn.manifest(),
        dir.display()
    );
    assert_eq!(dcn.skip_reason(), None);
    let builtin = plugins.iter().find(|p| p.kind() == "builtin").expect("a builtin entry");
    assert_eq!(builtin.manifest(), None);

    let xml = plugins
        .iter()
        .find(|p| p.name() == "export-xml")
        .expect("export-xml found");
    assert_eq!(xml.kind(), "library");
    assert!(xml.library().unwrap().ends_with(".so"));
    reg.load_plugin(xml.index()).expect("export-xml loads");

    let parser = reg
        .parsers()
        .find(|p| p.id() == "dcnewsline")
        .expect("dcnewsline parser");
    assert_eq!(parser.plugin(), Some("site-dcnewsline"));
    assert!(parser.is_declarative());
    assert_eq!(parser.priority(), 100);
    assert!(parser.hosts().any(|h| h == "dcnewsline.com"));
    assert_eq!(parser.paths().collect::<Vec<_>>(), ["/stories/*"]);
    assert!(reg.parsers().any(|p| p.id() == "generic" && !p.is_declarative()));
    assert!(format!("{parser:?}").contains("dcnewsline"));

    let formats: Vec<_> = reg.exporters().map(|e| e.format()).collect();
    for f in ["json", "xml", "markdown", "text"] {
        assert!(formats.contains(&f), "{f} in {formats:?}");
    }
    // One entry per format: export-json replaces the built-in json and is
    // listed instead of it, not beside it.
    let mut sorted = formats.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), formats.len(), "a format listed twice: {formats:?}");
    let json = reg.exporters().find(|e| e.format() == "json").unwrap();
    assert_eq!(json.plugin(), Some("export-json"));
    let md = reg.exporters().find(|e| e.format() == "markdown").unwrap();
    assert!(md.mime_type().is_some() && md.extension().is_some() && !md.id().is_empty());
    assert_eq!(md.plugin(), Some("export-markdown"));
    let _ = reg.warnings().count();
    assert!(format!("{reg:?}").contains("dcnewsline"));

    if let Some(seed) = seed_page() {
        let html = std::fs::read(seed).unwrap();
        let doc = reg.parse(&html, Some(SEED_URL), &ParseOptions::new()).unwrap();
        assert_eq!(doc.parser(), Some("dcnewsline"));
        assert_eq!(doc.authors().next().unwrap().role(), Some("Interim Executive Director"));
        let xml = doc.export_string(reg, "xml").unwrap();
        assert!(xml.contains("Federico Borello"));
        // Named explicitly instead of by URL.
        let doc = reg
            .parse(&html, None, &ParseOptions::new().parser("dcnewsline"))
            .unwrap();
        assert_eq!(doc.parser(), Some("dcnewsline"));
    }
}

#[test]
fn build_tree_plugins_d() {
    let Some(dir) = build_tree_plugins() else { return };
    check_in_tree_plugins(&registry_with_only(&dir), &dir);
}

#[test]
fn installed_prefix_plugins() {
    let Some(dir) = installed_plugins() else { return };
    check_in_tree_plugins(&registry_with_only(&dir), &dir);
    // with_plugin_paths: the same folder searched first.
    let reg = Registry::with_plugin_paths([&dir]).unwrap();
    assert!(reg.parsers().any(|p| p.id() == "dcnewsline"));
}

/// NEWSDOC_PLUGIN_PATH (set by bindings/rust/test.sh) is honoured by the
/// default registry.
#[test]
fn environment_plugin_path() {
    let Some(path) = std::env::var_os("NEWSDOC_PLUGIN_PATH") else {
        assert!(!strict(), "NEWSDOC_TEST_STRICT=1 but NEWSDOC_PLUGIN_PATH is not set");
        eprintln!("skipped: NEWSDOC_PLUGIN_PATH is not set");
        return;
    };
    let reg = Registry::new().unwrap();
    let dcn = reg
        .plugins()
        .find(|p| p.name() == "site-dcnewsline")
        .expect("found through NEWSDOC_PLUGIN_PATH");
    let first = std::env::split_paths(&path).next().unwrap();
    assert!(Path::new(dcn.manifest().unwrap()).starts_with(first));
    // ... and ignored when asked to.
    let reg = Registry::builder()
        .no_environment(true)
        .no_default_paths(true)
        .build()
        .unwrap();
    assert!(reg.plugins().all(|p| p.name() != "site-dcnewsline"));
}

/// A broken manifest never fails the registry: it is listed with its reason.
#[test]
fn skipped_plugins_have_reasons() {
    let dir = std::env::temp_dir().join(format!("newsdoc-rust-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a-broken.json"), b"{ this is not json").unwrap();
    std::fs::write(
        dir.join("b-future.json"),
        br#"{"file_format_version": "2.0.0", "plugin": {"name": "future", "version": "1"}}"#,
    )
    .unwrap();
    std::fs::write(
        dir.join("c-missing-lib.json"),
        br#"{"file_format_version": "1.0.0", "plugin": {"name": "missing-lib", "version": "1"},
            "library_path": "libnope.so", "interface_version": {"min": 1, "max": 1},
            "exporters": [{"id": "nope", "format": "nope", "mime_type": "text/plain", "extension": "txt"}]}"#,
    )
    .unwrap();
    // A shared object that is not a plugin (no newsdoc_plugin_entry).
    let not_a_plugin = Path::new(newsdoc::sys::build_info::LIB_DIR).join("libnewsdoc.so.1");
    let have_so = std::fs::copy(&not_a_plugin, dir.join("libnot-a-plugin.so")).is_ok();
    if have_so {
        std::fs::write(
            dir.join("d-no-entry.json"),
            br#"{"file_format_version": "1.0.0", "plugin": {"name": "no-entry", "version": "1"},
                "library_path": "libnot-a-plugin.so", "interface_version": {"min": 1, "max": 1},
                "exporters": [{"id": "noentry", "format": "noentry", "mime_type": "text/plain", "extension": "txt"}]}"#,
        )
        .unwrap();
    }
    let reg = registry_with_only(&dir);
    let reason = |name: &str| {
        reg.plugins()
            .find(|p| p.manifest().is_some_and(|m| m.ends_with(name)))
            .unwrap_or_else(|| panic!("{name} listed"))
            .skip_reason()
            .map(str::to_owned)
    };
    assert!(reason("a-broken.json").unwrap().contains("not valid JSON"));
    assert!(reason("b-future.json").unwrap().contains("major version 2"));
    assert!(reason("c-missing-lib.json").unwrap().contains("libnope.so"));
    // The registry still works.
    assert!(reg.parsers().any(|p| p.id() == "generic"));
    assert!(rich_document().export(&reg, "json").is_ok());
    // A library that cannot be used fails the call that needs it, with
    // NEWSDOC_EPLUGIN and a message naming the plugin.
    if have_so {
        let p = reg.plugins().find(|p| p.name() == "no-entry").unwrap();
        assert!(p.is_used(), "{p:?}");
        let err = reg.load_plugin(p.index()).unwrap_err();
        assert_eq!(err.code(), ErrorCode::Plugin, "{err}");
        assert!(err.message().contains("no-entry"), "{err}");
        let err = rich_document().export(&reg, "noentry").unwrap_err();
        assert_eq!(err.code(), ErrorCode::Plugin, "{err}");
    } else {
        assert!(!strict(), "cannot copy {}", not_a_plugin.display());
    }
    assert!(reg.load_plugin(10_000).is_err());
    std::fs::remove_dir_all(&dir).unwrap();
}
