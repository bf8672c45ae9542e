use crate::error::{check, Error, ErrorCode, Result};
use crate::{cstring, opt_str, str_with_len, sys, Registry};
use std::cell::Cell;
use std::ffi::{c_char, c_int};
use std::fmt;
use std::marker::PhantomData;
use std::ptr::{self, NonNull};

use crate::items::{Author, Block, DocumentItem, Image, Iter, Quote, Related};
use crate::kinds::{ExportOptions, Field, ParseOptions};
// ---------------------------------------------------------------- document

/// A parsed document. It owns the C document and frees it when dropped;
/// every string and item read from it borrows from it.
///
/// `Send` (it can move to another thread) but not `Sync`: the C library
/// lets one thread at a time use a document.
pub struct Document {
    raw: NonNull<sys::newsdoc_document>,
    _not_sync: PhantomData<Cell<()>>,
}

// SAFETY: a newsdoc_document has no affinity to the thread that made it;
// the library only requires that one thread at a time uses it, which
// `!Sync` (and `&mut`/ownership rules) ensures.
unsafe impl Send for Document {}

fn take_document(status: c_int, raw: *mut sys::newsdoc_document) -> Result<Document> {
    check(status)?;
    NonNull::new(raw)
        .map(|raw| Document {
            raw,
            _not_sync: PhantomData,
        })
        .ok_or_else(|| Error::new(ErrorCode::Generic, "libnewsdoc returned no document"))
}

macro_rules! string_getters {
    ($($(#[$m:meta])* $name:ident => $f:ident;)*) => {$(
        $(#[$m])*
        pub fn $name(&self) -> Option<&str> {
            // SAFETY: the string lives as long as the document.
            unsafe { opt_str(sys::$f(self.as_ptr())) }
        }
    )*};
}

impl Document {
    /// Parses `data`; see [`crate::parse`].
    pub fn parse(reg: &Registry, data: &[u8], url: Option<&str>, opts: &ParseOptions) -> Result<Document> {
        let url = url.map(|u| cstring(u, "url")).transpose()?;
        let parser = opts.parser.as_deref().map(|p| cstring(p, "parser id")).transpose()?;
        let charset = opts.charset.as_deref().map(|c| cstring(c, "charset")).transpose()?;
        let mut raw_opts = sys::NEWSDOC_PARSE_OPTIONS_INIT;
        raw_opts.input = opts.input.raw();
        raw_opts.parser = parser.as_ref().map_or(ptr::null(), |c| c.as_ptr());
        raw_opts.charset = charset.as_ref().map_or(ptr::null(), |c| c.as_ptr());
        if opts.quotes_by_sentence {
            raw_opts.flags |= sys::NEWSDOC_PARSE_QUOTES_BY_SENTENCE;
        }
        raw_opts.max_input_size = opts.max_input_size;
        raw_opts.max_depth = opts.max_depth;
        raw_opts.max_nodes = opts.max_nodes;
        raw_opts.max_jsonld_size = opts.max_jsonld_size;
        raw_opts.max_quotes = opts.max_quotes;
        raw_opts.max_related = opts.max_related;
        raw_opts.max_work = opts.max_work;
        let mut out = ptr::null_mut();
        // SAFETY: every pointer is valid for the call; the library copies
        // what it keeps. An empty slice's pointer is dangling but never read
        // (len 0).
        let status = unsafe {
            sys::newsdoc_parse(
                &mut out,
                reg.as_ptr(),
                data.as_ptr().cast::<c_char>(),
                data.len(),
                url.as_ref().map_or(ptr::null(), |c| c.as_ptr()),
                &raw_opts,
            )
        };
        take_document(status, out)
    }

    /// Reads a document from the JSON the "json" exporter writes.
    pub fn from_json(data: &[u8]) -> Result<Document> {
        let mut out = ptr::null_mut();
        // SAFETY: data is valid for len bytes.
        let status = unsafe { sys::newsdoc_document_from_json(&mut out, data.as_ptr().cast(), data.len()) };
        take_document(status, out)
    }

    /// Takes ownership of a document made through newsdoc-sys (e.g. with
    /// the builder functions).
    ///
    /// # Safety
    /// `raw` must be a valid document that nothing else frees or uses
    /// from another thread.
    pub unsafe fn from_raw(raw: NonNull<sys::newsdoc_document>) -> Document {
        Document {
            raw,
            _not_sync: PhantomData,
        }
    }

    /// Gives up ownership; free the result with `newsdoc_document_free`.
    pub fn into_raw(self) -> NonNull<sys::newsdoc_document> {
        let raw = self.raw;
        std::mem::forget(self);
        raw
    }

    /// The C handle, still owned by `self`.
    pub fn as_ptr(&self) -> *const sys::newsdoc_document {
        self.raw.as_ptr()
    }

    string_getters! {
        /// The address the page was fetched from.
        url => newsdoc_document_url;
        /// The canonical address.
        canonical_url => newsdoc_document_canonical_url;
        /// The publication's name.
        site_name => newsdoc_document_site_name;
        /// BCP 47 language tag.
        language => newsdoc_document_language;
        /// The headline.
        title => newsdoc_document_title;
        /// The subtitle or dek.
        subtitle => newsdoc_document_subtitle;
        /// The page's own summary.
        description => newsdoc_document_description;
        /// The section the article is filed under.
        section => newsdoc_document_section;
        /// First publication, ISO 8601 (with the page's offset when given).
        published => newsdoc_document_published;
        /// Last change, ISO 8601.
        modified => newsdoc_document_modified;
        /// Id of the parser that produced the document.
        parser => newsdoc_document_parser;
    }

    /// A string field by [`Field`]; `None` when unknown or not a string field.
    pub fn get(&self, field: Field) -> Option<&str> {
        if !field.is_string() {
            return None;
        }
        // SAFETY: borrowed from the document.
        unsafe { opt_str(sys::newsdoc_document_get(self.as_ptr(), field.raw())) }
    }

    /// Where a field's value came from ("json-ld", "opengraph", "meta",
    /// "byline", "site-rule", ...); `None` when unset.
    pub fn provenance(&self, field: Field) -> Option<&str> {
        // SAFETY: borrowed from the document.
        unsafe { opt_str(sys::newsdoc_document_provenance(self.as_ptr(), field.raw())) }
    }

    /// The body as plain text (block texts joined by blank lines); "" when
    /// the body is empty.
    pub fn text(&self) -> &str {
        // SAFETY: text is valid for text_len bytes while the document lives.
        unsafe {
            str_with_len(
                sys::newsdoc_document_text(self.as_ptr()),
                sys::newsdoc_document_text_len(self.as_ptr()),
            )
        }
    }

    /// The comment count the page states (`Some(0)` is a stated zero);
    /// `None` when the page does not say.
    pub fn comment_count(&self) -> Option<u64> {
        // SAFETY: valid handle.
        let n = unsafe { sys::newsdoc_document_comment_count(self.as_ptr()) };
        u64::try_from(n).ok()
    }

    /// Tags and keywords, in page order.
    pub fn tags(&self) -> Iter<'_, &str> {
        // SAFETY: valid handle.
        Iter::new(self, unsafe { sys::newsdoc_document_tag_count(self.as_ptr()) })
    }

    /// The authors, in byline order.
    pub fn authors(&self) -> Iter<'_, Author<'_>> {
        // SAFETY: valid handle.
        Iter::new(self, unsafe { sys::newsdoc_document_author_count(self.as_ptr()) })
    }

    /// The body blocks, in document order.
    pub fn blocks(&self) -> Iter<'_, Block<'_>> {
        // SAFETY: valid handle.
        Iter::new(self, unsafe { sys::newsdoc_document_block_count(self.as_ptr()) })
    }

    /// The direct quotes found in the body.
    pub fn quotes(&self) -> Iter<'_, Quote<'_>> {
        // SAFETY: valid handle.
        Iter::new(self, unsafe { sys::newsdoc_document_quote_count(self.as_ptr()) })
    }

    /// The items of the page's related-articles box.
    pub fn related(&self) -> Iter<'_, Related<'_>> {
        // SAFETY: valid handle.
        Iter::new(self, unsafe { sys::newsdoc_document_related_count(self.as_ptr()) })
    }

    /// The article's images.
    pub fn images(&self) -> Iter<'_, Image<'_>> {
        // SAFETY: valid handle.
        Iter::new(self, unsafe { sys::newsdoc_document_image_count(self.as_ptr()) })
    }

    /// Author `i`, if there is one.
    pub fn author(&self, i: usize) -> Option<Author<'_>> {
        Author::at(self, i)
    }
    /// Block `i`, if there is one.
    pub fn block(&self, i: usize) -> Option<Block<'_>> {
        Block::at(self, i)
    }
    /// Quote `i`, if there is one.
    pub fn quote(&self, i: usize) -> Option<Quote<'_>> {
        Quote::at(self, i)
    }
    /// Related item `i`, if there is one.
    pub fn related_item(&self, i: usize) -> Option<Related<'_>> {
        Related::at(self, i)
    }
    /// Image `i`, if there is one.
    pub fn image(&self, i: usize) -> Option<Image<'_>> {
        Image::at(self, i)
    }

    /// Writes the document in `format` ("json", "xml", "markdown", "text",
    /// or any exporter plugin's format of `reg`).
    ///
    /// The registry is given, not remembered from parsing, as in the Go
    /// binding (`doc.Export(reg, format)`): a document outlives the
    /// registry that made it and may be exported with another one. An
    /// unknown format is [`ErrorCode::NotFound`].
    ///
    /// ```
    /// use newsdoc::{ErrorCode, ParseOptions, Registry};
    ///
    /// let doc = {
    ///     let parsing = Registry::builder().no_environment(true).no_default_paths(true).build()?;
    ///     parsing.parse(b"<title>Ferry returns</title><p>The ferry is back.</p>", None, &ParseOptions::new())?
    /// }; // the registry that parsed it is gone; the document is not
    /// let reg = Registry::builder().no_environment(true).no_default_paths(true).build()?;
    /// let json = doc.export(&reg, "json")?;
    /// assert!(String::from_utf8(json).unwrap().contains("Ferry returns"));
    /// assert_eq!(doc.export(&reg, "no-such-format").unwrap_err().code(), ErrorCode::NotFound);
    /// # Ok::<(), newsdoc::Error>(())
    /// ```
    pub fn export(&self, reg: &Registry, format: &str) -> Result<Vec<u8>> {
        self.export_with(reg, format, &ExportOptions::new())
    }

    /// [`Document::export`], as a `String`.
    pub fn export_string(&self, reg: &Registry, format: &str) -> Result<String> {
        let bytes = self.export(reg, format)?;
        String::from_utf8(bytes).map_err(|_| {
            Error::new(
                ErrorCode::Generic,
                format!("the \"{format}\" exporter wrote bytes that are not UTF-8"),
            )
        })
    }

    /// [`Document::export`] with options.
    pub fn export_with(&self, reg: &Registry, format: &str, opts: &ExportOptions) -> Result<Vec<u8>> {
        let format_c = cstring(format, "format")?;
        let mut raw_opts = sys::NEWSDOC_EXPORT_OPTIONS_INIT;
        if opts.compact {
            raw_opts.flags |= sys::NEWSDOC_EXPORT_COMPACT;
        }
        struct Buf(sys::newsdoc_buf);
        impl Drop for Buf {
            fn drop(&mut self) {
                // SAFETY: a buffer filled by the library (or still empty).
                unsafe { sys::newsdoc_buf_dispose(&mut self.0) }
            }
        }
        let mut buf = Buf(sys::NEWSDOC_BUF_INIT);
        // SAFETY: all pointers valid for the call.
        let status =
            unsafe { sys::newsdoc_export(&mut buf.0, reg.as_ptr(), self.as_ptr(), format_c.as_ptr(), &raw_opts) };
        check(status)?;
        if buf.0.ptr.is_null() {
            return Ok(Vec::new());
        }
        // SAFETY: ptr holds size bytes until disposed (by Buf's drop).
        Ok(unsafe { std::slice::from_raw_parts(buf.0.ptr.cast::<u8>(), buf.0.size) }.to_vec())
    }
}

impl Drop for Document {
    fn drop(&mut self) {
        // SAFETY: we own the document; borrows of it have ended.
        unsafe { sys::newsdoc_document_free(self.raw.as_ptr()) }
    }
}

impl fmt::Debug for Document {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Document")
            .field("url", &self.url())
            .field("title", &self.title())
            .field("parser", &self.parser())
            .field("authors", &self.authors().len())
            .field("blocks", &self.blocks().len())
            .field("quotes", &self.quotes().len())
            .field("related", &self.related().len())
            .field("images", &self.images().len())
            .finish()
    }
}
