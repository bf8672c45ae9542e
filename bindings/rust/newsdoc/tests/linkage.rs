//! The binding links libnewsdoc the way its features say: libnewsdoc.so
//! (dynamic, the default) or libnewsdoc.a (the `static` feature). Either
//! way the plugins load, since they never link against libnewsdoc.

mod common;

use common::*;
use newsdoc::ParseOptions;

fn mapped_libnewsdoc_so() -> bool {
    let maps = std::fs::read_to_string("/proc/self/maps").unwrap();
    maps.lines().any(|l| l.contains("/libnewsdoc.so"))
}

#[test]
fn linkage_matches_feature() {
    // Make sure the library is in use before looking at the mappings.
    let _ = newsdoc::version();
    if cfg!(feature = "static") {
        assert_eq!(newsdoc::sys::build_info::LINKAGE, "static");
        assert!(!mapped_libnewsdoc_so(), "static build but libnewsdoc.so is mapped");
    } else {
        assert_eq!(newsdoc::sys::build_info::LINKAGE, "dynamic");
        assert!(mapped_libnewsdoc_so(), "dynamic build but libnewsdoc.so is not mapped");
    }
}

#[test]
fn library_plugins_load_in_this_linkage() {
    let reg = plugin_registry();
    let Some(xml) = reg.plugins().find(|p| p.name() == "export-xml") else {
        assert!(!strict(), "NEWSDOC_TEST_STRICT=1 but export-xml was not found");
        eprintln!("skipped: no export-xml plugin found");
        return;
    };
    reg.load_plugin(xml.index()).unwrap();
    let doc = reg
        .parse(include_bytes!("data/ferry.html"), None, &ParseOptions::new())
        .unwrap();
    let out = doc.export_string(&reg, "xml").unwrap();
    assert!(out.contains("Harbour ferry returns after repairs"));
    let md = doc.export_string(&reg, "markdown").unwrap();
    assert!(md.contains("Harbour ferry returns after repairs"));
}
