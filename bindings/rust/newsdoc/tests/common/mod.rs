//! Shared test helpers: where the seed page, the build tree's plugins and the
//! installed plugins are, and a document built field by field through the
//! C builder API.
#![allow(dead_code)]

use newsdoc::sys;
use newsdoc::{Document, Registry};
use std::ffi::CString;
use std::path::{Path, PathBuf};
use std::ptr::{self, NonNull};

pub const SEED_URL: &str =
    "https://dcnewsline.com/stories/670134567-un-addresses-human-rights-abuses-in-north-korea-at-high-level-meeting";

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..")
}

/// True when the tests must not skip (CI sets NEWSDOC_TEST_STRICT=1).
pub fn strict() -> bool {
    std::env::var("NEWSDOC_TEST_STRICT").map(|v| v == "1").unwrap_or(false)
}

fn skip(what: &str) -> Option<PathBuf> {
    assert!(!strict(), "NEWSDOC_TEST_STRICT=1 but {what}");
    eprintln!("skipped: {what}");
    None
}

/// The seed page: $NEWSDOC_SEED, else ../shared/seed/article.html beside
/// the repository. None (test skipped) when absent.
pub fn seed_page() -> Option<PathBuf> {
    let path = std::env::var_os("NEWSDOC_SEED")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("../shared/seed/article.html"));
    if path.is_file() {
        Some(path)
    } else {
        skip(&format!("the seed page {} is absent", path.display()))
    }
}

/// The build tree's plugins.d: $NEWSDOC_BUILD_DIR/plugins.d, else
/// build/plugins.d of the repository.
pub fn build_tree_plugins() -> Option<PathBuf> {
    let build = std::env::var_os("NEWSDOC_BUILD_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("build"));
    let dir = build.join("plugins.d");
    if dir.join("site-dcnewsline.json").is_file() {
        Some(dir)
    } else {
        skip(&format!("no build tree plugins in {}", dir.display()))
    }
}

/// The installed manifest folder of the library the crate linked against
/// (pkg-config's manifestdir).
pub fn installed_plugins() -> Option<PathBuf> {
    let dir = PathBuf::from(sys::build_info::MANIFEST_DIR);
    if !sys::build_info::MANIFEST_DIR.is_empty() && dir.join("site-dcnewsline.json").is_file() {
        Some(dir)
    } else {
        skip(&format!("no installed plugins in {:?}", sys::build_info::MANIFEST_DIR))
    }
}

/// A registry that sees only the plugins of `dir`.
pub fn registry_with_only(dir: &Path) -> Registry {
    Registry::builder()
        .plugin_path(dir)
        .no_environment(true)
        .no_default_paths(true)
        .build()
        .expect("registry")
}

/// A registry with the in-tree plugins: the installed ones when known, else
/// the build tree's, else the default search (environment).
pub fn plugin_registry() -> Registry {
    let installed = PathBuf::from(sys::build_info::MANIFEST_DIR);
    if installed.join("site-dcnewsline.json").is_file() {
        return registry_with_only(&installed);
    }
    let build = repo_root().join("build/plugins.d");
    if build.join("site-dcnewsline.json").is_file() {
        return registry_with_only(&build);
    }
    Registry::new().expect("registry")
}

/// A registry with no plugins at all: only the built-ins.
pub fn builtin_registry() -> Registry {
    Registry::builder()
        .no_environment(true)
        .no_default_paths(true)
        .build()
        .expect("registry")
}

fn c(s: &str) -> CString {
    CString::new(s).unwrap()
}

/// A document with every field set, built through newsdoc-sys's builder.
pub fn rich_document() -> Document {
    unsafe {
        let mut doc = ptr::null_mut();
        assert_eq!(sys::newsdoc_document_new(&mut doc), 0);
        let set = |field, value: &str| assert_eq!(sys::newsdoc_document_set(doc, field, c(value).as_ptr()), 0);
        set(sys::NEWSDOC_FIELD_URL, "https://example.org/news/ferry");
        set(
            sys::NEWSDOC_FIELD_CANONICAL_URL,
            "https://example.org/news/ferry-returns",
        );
        set(sys::NEWSDOC_FIELD_SITE_NAME, "Harbour Times");
        set(sys::NEWSDOC_FIELD_LANGUAGE, "en-GB");
        set(sys::NEWSDOC_FIELD_TITLE, "Ferry returns");
        set(sys::NEWSDOC_FIELD_SUBTITLE, "After three months");
        set(sys::NEWSDOC_FIELD_DESCRIPTION, "The ferry is back.");
        set(sys::NEWSDOC_FIELD_SECTION, "Local");
        set(sys::NEWSDOC_FIELD_PUBLISHED, "2025-03-02T09:30:00+01:00");
        set(sys::NEWSDOC_FIELD_MODIFIED, "2025-03-03T10:00:00+01:00");
        set(sys::NEWSDOC_FIELD_PARSER, "test");
        set(sys::NEWSDOC_FIELD_PAGE_TYPE, "forum");
        assert_eq!(
            sys::newsdoc_document_set_provenance(doc, sys::NEWSDOC_FIELD_TITLE, c("json-ld").as_ptr()),
            0
        );
        assert_eq!(
            sys::newsdoc_document_set_provenance(doc, sys::NEWSDOC_FIELD_AUTHORS, c("byline").as_ptr()),
            0
        );
        assert_eq!(sys::newsdoc_document_add_tag(doc, c("ferries").as_ptr()), 0);
        assert_eq!(sys::newsdoc_document_add_tag(doc, c("harbour").as_ptr()), 0);
        assert_eq!(sys::newsdoc_document_set_comment_count(doc, 0), 0);

        let mut a = ptr::null_mut();
        assert_eq!(sys::newsdoc_document_add_author(&mut a, doc, c("Jane Doe").as_ptr()), 0);
        assert_eq!(
            sys::newsdoc_author_set_role(a, c("Transport Correspondent").as_ptr()),
            0
        );
        assert_eq!(sys::newsdoc_author_set_affiliation(a, c("Harbour Times").as_ptr()), 0);
        assert_eq!(
            sys::newsdoc_author_set_url(a, c("https://example.org/people/jane").as_ptr()),
            0
        );
        assert_eq!(sys::newsdoc_author_set_kind(a, sys::NEWSDOC_AUTHOR_PERSON), 0);
        assert_eq!(sys::newsdoc_document_add_author(&mut a, doc, c("Tom Roe").as_ptr()), 0);

        let mut b = ptr::null_mut();
        let text = "“We are back,” said Jane Doe.";
        assert_eq!(
            sys::newsdoc_document_add_block(
                &mut b,
                doc,
                sys::NEWSDOC_BLOCK_PARAGRAPH,
                text.as_ptr().cast(),
                text.len()
            ),
            0
        );
        let text = "Timetable";
        assert_eq!(
            sys::newsdoc_document_add_block(
                &mut b,
                doc,
                sys::NEWSDOC_BLOCK_HEADING,
                text.as_ptr().cast(),
                text.len()
            ),
            0
        );
        assert_eq!(sys::newsdoc_block_set_level(b, 2), 0);
        assert_eq!(
            sys::newsdoc_document_add_block(&mut b, doc, sys::NEWSDOC_BLOCK_LIST, ptr::null(), 0),
            0
        );
        assert_eq!(sys::newsdoc_block_set_ordered(b, 1), 0);
        for item in ["Monday", "Tuesday"] {
            assert_eq!(sys::newsdoc_block_add_item(b, item.as_ptr().cast(), item.len()), 0);
        }
        assert_eq!(
            sys::newsdoc_document_add_block(&mut b, doc, sys::NEWSDOC_BLOCK_TABLE, ptr::null(), 0),
            0
        );
        for row in [["Day", "Trips"], ["Monday", "12"]] {
            assert_eq!(sys::newsdoc_block_add_row(b), 0);
            for cell in row {
                assert_eq!(sys::newsdoc_block_add_cell(b, cell.as_ptr().cast(), cell.len()), 0);
            }
        }
        let text = "The ferry at the pier";
        assert_eq!(
            sys::newsdoc_document_add_block(&mut b, doc, sys::NEWSDOC_BLOCK_FIGURE, text.as_ptr().cast(), text.len()),
            0
        );
        assert_eq!(
            sys::newsdoc_block_set_image(b, c("https://example.org/ferry.jpg").as_ptr(), c("A ferry").as_ptr()),
            0
        );
        assert_eq!(sys::newsdoc_block_set_credit(b, c("Ann Lee").as_ptr()), 0);
        let text = "Calm sea.";
        assert_eq!(
            sys::newsdoc_document_add_block(
                &mut b,
                doc,
                sys::NEWSDOC_BLOCK_BLOCKQUOTE,
                text.as_ptr().cast(),
                text.len()
            ),
            0
        );
        let text = "x = 1";
        assert_eq!(
            sys::newsdoc_document_add_block(
                &mut b,
                doc,
                sys::NEWSDOC_BLOCK_PREFORMATTED,
                text.as_ptr().cast(),
                text.len()
            ),
            0
        );

        let mut q = ptr::null_mut();
        assert_eq!(
            sys::newsdoc_document_add_quote(&mut q, doc, c("We are back,").as_ptr()),
            0
        );
        assert_eq!(sys::newsdoc_quote_set_speaker(q, c("Jane Doe").as_ptr()), 0);
        assert_eq!(sys::newsdoc_quote_set_speaker_resolved(q, c("Jane Doe").as_ptr()), 0);
        assert_eq!(sys::newsdoc_quote_set_cue(q, c("said").as_ptr()), 0);
        assert_eq!(sys::newsdoc_quote_set_span(q, 0, 1, 13), 0);
        assert_eq!(
            sys::newsdoc_document_add_quote(&mut q, doc, c("Unattributed.").as_ptr()),
            0
        );

        let mut r = ptr::null_mut();
        assert_eq!(
            sys::newsdoc_document_add_related(
                &mut r,
                doc,
                c("Bridge closes").as_ptr(),
                c("https://example.org/bridge").as_ptr()
            ),
            0
        );
        assert_eq!(sys::newsdoc_related_set_author(r, c("Tom Roe").as_ptr()), 0);
        assert_eq!(
            sys::newsdoc_related_set_summary(r, c("The bridge is shut.").as_ptr()),
            0
        );
        assert_eq!(
            sys::newsdoc_related_set_image(r, c("https://example.org/bridge.jpg").as_ptr()),
            0
        );
        assert_eq!(
            sys::newsdoc_document_add_related(&mut r, doc, ptr::null(), c("https://example.org/other").as_ptr()),
            0
        );

        let mut i = ptr::null_mut();
        assert_eq!(
            sys::newsdoc_document_add_image(&mut i, doc, c("https://example.org/lead.jpg").as_ptr()),
            0
        );
        assert_eq!(sys::newsdoc_image_set_alt(i, c("The lead").as_ptr()), 0);
        assert_eq!(sys::newsdoc_image_set_caption(i, c("Lead caption").as_ptr()), 0);
        assert_eq!(sys::newsdoc_image_set_credit(i, c("Ann Lee").as_ptr()), 0);
        assert_eq!(sys::newsdoc_image_set_lead(i, 1), 0);
        assert_eq!(
            sys::newsdoc_document_add_image(&mut i, doc, c("https://example.org/second.jpg").as_ptr()),
            0
        );

        Document::from_raw(NonNull::new(doc).unwrap())
    }
}

/// The kB value of VmRSS in /proc/self/status.
pub fn rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .expect("VmRSS in /proc/self/status")
}
