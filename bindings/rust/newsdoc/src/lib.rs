//! Safe Rust interface to libnewsdoc, which turns news pages into
//! structured documents: title, authors with role and affiliation, dates,
//! typed body blocks, quotes with their speakers, related items, comment
//! count, images and provenance.
//!
//! ```no_run
//! use newsdoc::{ParseOptions, Registry};
//!
//! let reg = Registry::new()?; // built-ins + plugins found through manifests
//! let html = std::fs::read("article.html").unwrap();
//! let doc = newsdoc::parse(&reg, &html, Some("https://example.org/a"), &ParseOptions::new())?;
//! println!("{}", doc.title().unwrap_or("(no title)"));
//! for a in doc.authors() {
//!     println!("{} ({})", a.name(), a.role().unwrap_or("-"));
//! }
//! for q in doc.quotes() {
//!     println!("{:?}: {}", q.speaker(), q.text());
//! }
//! let json = doc.export_string(&reg, "json")?;
//! # let _ = json;
//! # Ok::<(), newsdoc::Error>(())
//! ```
//!
//! Strings and items borrow from their [`Document`] and cannot outlive it.
//! A [`Registry`] is `Send + Sync`; a `Document` is `Send` but not `Sync`
//! (one thread at a time, as the C library requires). Errors carry the
//! library's status code and its thread-local message, taken right after the
//! failing call.
//!
//! Borrowed strings cannot outlive their document:
//!
//! ```compile_fail
//! # use newsdoc::{ParseOptions, Registry};
//! # let reg = Registry::new().unwrap();
//! let title = {
//!     let doc = reg.parse(b"<title>T</title><p>x</p>", None, &ParseOptions::new()).unwrap();
//!     doc.title()
//! }; // error: `doc` does not live long enough
//! # let _ = title;
//! ```
//!
//! and a document cannot be shared between threads (it can be moved):
//!
//! ```compile_fail
//! fn shared<T: Sync>() {}
//! shared::<newsdoc::Document>();
//! ```

pub use newsdoc_sys as sys;

mod document;
mod error;
mod items;
mod kinds;
mod registry;

pub use document::Document;
pub use error::{Error, ErrorCode, Result};
pub use items::{Author, Block, DocumentItem, Image, Iter, Quote, Related, Row};
pub use kinds::{AuthorKind, BlockKind, ExportOptions, Field, InputKind, ParseOptions};
pub use registry::{ExporterInfo, Items, ParserInfo, PluginInfo, Registry, RegistryBuilder, RegistryItem};

use std::ffi::{c_char, CStr, CString};

/// Parses `data` (a page, or what `opts.input` says) into a document.
///
/// `url` helps choose a site parser (by host and path) and makes links
/// absolute. Plugins of `reg` are used; `opts` picks the input kind, a
/// parser id, a charset hint and limits.
///
/// ```
/// use newsdoc::{InputKind, ParseOptions, Registry};
///
/// let reg = Registry::builder().no_environment(true).no_default_paths(true).build()?;
/// let html = b"<html><head><title>Ferry returns</title></head><body><article>\
///     <h1>Ferry returns</h1><p>The harbour ferry returned to service on Monday after a month \
///     of repairs to its engines and hull.</p></article></body></html>";
/// let doc = newsdoc::parse(&reg, html, Some("https://example.org/news/ferry"), &ParseOptions::new())?;
/// assert_eq!(doc.title(), Some("Ferry returns"));
/// assert_eq!(doc.parser(), Some("generic"));
///
/// // Plain text, as a page rendered to text reads.
/// let text = ParseOptions::new().input(InputKind::Text);
/// let doc = newsdoc::parse(&reg, b"Ferry returns\n\nThe ferry is back.\n", None, &text)?;
/// assert!(doc.text().contains("The ferry is back."));
/// # Ok::<(), newsdoc::Error>(())
/// ```
pub fn parse(reg: &Registry, data: &[u8], url: Option<&str>, opts: &ParseOptions) -> Result<Document> {
    Document::parse(reg, data, url, opts)
}

/// The version of the library actually loaded (which may be newer than
/// the one this crate was built against): `("1.0.0", major, minor, patch)`.
///
/// The order is the C function's (`newsdoc_version` returns the string and
/// fills major, minor, patch) and the Go binding's `newsdoc.Version()`.
///
/// ```
/// let (version, major, minor, patch) = newsdoc::version();
/// assert_eq!(version, format!("{major}.{minor}.{patch}"));
/// assert!(major >= 1);
/// ```
pub fn version() -> (&'static str, i32, i32, i32) {
    let (mut major, mut minor, mut patch) = (0, 0, 0);
    // SAFETY: the out pointers are valid; the string is a constant.
    let s = unsafe { static_str(sys::newsdoc_version(&mut major, &mut minor, &mut patch)) };
    (s.unwrap_or(""), major, minor, patch)
}

/// Bytes to &str; the library promises UTF-8, so a failure is a library
/// bug: keep the valid prefix rather than panic.
fn utf8(bytes: &[u8]) -> &str {
    match std::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            debug_assert!(false, "libnewsdoc returned invalid UTF-8: {e}");
            // SAFETY: valid_up_to() bytes were just checked.
            unsafe { std::str::from_utf8_unchecked(&bytes[..e.valid_up_to()]) }
        }
    }
}

/// # Safety
/// `p` is NULL or a NUL-terminated string valid for `'a`.
unsafe fn opt_str<'a>(p: *const c_char) -> Option<&'a str> {
    if p.is_null() {
        None
    } else {
        Some(utf8(CStr::from_ptr(p).to_bytes()))
    }
}

/// # Safety
/// As [`opt_str`].
unsafe fn str_or_empty<'a>(p: *const c_char) -> &'a str {
    opt_str(p).unwrap_or("")
}

/// # Safety
/// `p` is NULL or points to `len` bytes valid for `'a`.
unsafe fn str_with_len<'a>(p: *const c_char, len: usize) -> &'a str {
    if p.is_null() {
        ""
    } else {
        utf8(std::slice::from_raw_parts(p.cast::<u8>(), len))
    }
}

/// # Safety
/// `p` is NULL or a constant string of the library.
unsafe fn static_str(p: *const c_char) -> Option<&'static str> {
    opt_str(p)
}

fn cstring(s: &str, what: &str) -> Result<CString> {
    CString::new(s).map_err(|_| Error::new(ErrorCode::InvalidArgument, format!("{what} contains a NUL byte")))
}
