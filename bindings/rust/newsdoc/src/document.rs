use crate::error::{check, Error, ErrorCode, Result};
use crate::{cstring, opt_str, static_str, str_or_empty, str_with_len, sys, Registry};
use std::cell::Cell;
use std::ffi::{c_char, c_int};
use std::fmt;
use std::marker::PhantomData;
use std::ptr::{self, NonNull};

// ---------------------------------------------------------------- enums

/// A document field (`newsdoc_field`), for [`Document::get`] and
/// [`Document::provenance`]. The string fields come first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Url,
    CanonicalUrl,
    SiteName,
    Language,
    Title,
    Subtitle,
    Description,
    Section,
    Published,
    Modified,
    Parser,
    Tags,
    Authors,
    Body,
    Quotes,
    Related,
    Comments,
    Images,
}

impl Field {
    /// Every field, in ABI order.
    pub const ALL: [Field; 18] = [
        Field::Url,
        Field::CanonicalUrl,
        Field::SiteName,
        Field::Language,
        Field::Title,
        Field::Subtitle,
        Field::Description,
        Field::Section,
        Field::Published,
        Field::Modified,
        Field::Parser,
        Field::Tags,
        Field::Authors,
        Field::Body,
        Field::Quotes,
        Field::Related,
        Field::Comments,
        Field::Images,
    ];

    /// The `NEWSDOC_FIELD_*` value.
    pub fn raw(self) -> c_int {
        self as c_int
    }

    /// The field for a `NEWSDOC_FIELD_*` value.
    pub fn from_raw(raw: c_int) -> Option<Field> {
        usize::try_from(raw).ok().and_then(|i| Field::ALL.get(i).copied())
    }

    /// Whether [`Document::get`] can read it (`Url` ..= `Parser`).
    pub fn is_string(self) -> bool {
        self.raw() <= sys::NEWSDOC_FIELD_LAST_STRING
    }

    /// Its JSON key ("canonical_url").
    pub fn name(self) -> &'static str {
        // SAFETY: newsdoc_field_name returns a constant string.
        unsafe { static_str(sys::newsdoc_field_name(self.raw())) }.unwrap_or("")
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The type of a body block (`newsdoc_block_kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BlockKind {
    Paragraph,
    Heading,
    List,
    Blockquote,
    Preformatted,
    Table,
    Figure,
    /// A type this version of the binding does not know.
    Other(i32),
}

impl BlockKind {
    /// The kind for a `NEWSDOC_BLOCK_*` value.
    pub fn from_raw(raw: c_int) -> BlockKind {
        match raw {
            sys::NEWSDOC_BLOCK_PARAGRAPH => BlockKind::Paragraph,
            sys::NEWSDOC_BLOCK_HEADING => BlockKind::Heading,
            sys::NEWSDOC_BLOCK_LIST => BlockKind::List,
            sys::NEWSDOC_BLOCK_BLOCKQUOTE => BlockKind::Blockquote,
            sys::NEWSDOC_BLOCK_PREFORMATTED => BlockKind::Preformatted,
            sys::NEWSDOC_BLOCK_TABLE => BlockKind::Table,
            sys::NEWSDOC_BLOCK_FIGURE => BlockKind::Figure,
            other => BlockKind::Other(other),
        }
    }

    /// The `NEWSDOC_BLOCK_*` value.
    pub fn raw(self) -> c_int {
        match self {
            BlockKind::Paragraph => sys::NEWSDOC_BLOCK_PARAGRAPH,
            BlockKind::Heading => sys::NEWSDOC_BLOCK_HEADING,
            BlockKind::List => sys::NEWSDOC_BLOCK_LIST,
            BlockKind::Blockquote => sys::NEWSDOC_BLOCK_BLOCKQUOTE,
            BlockKind::Preformatted => sys::NEWSDOC_BLOCK_PREFORMATTED,
            BlockKind::Table => sys::NEWSDOC_BLOCK_TABLE,
            BlockKind::Figure => sys::NEWSDOC_BLOCK_FIGURE,
            BlockKind::Other(n) => n,
        }
    }

    /// "paragraph", "heading", ...; `None` for an unknown type.
    pub fn name(self) -> Option<&'static str> {
        // SAFETY: constant string or NULL.
        unsafe { static_str(sys::newsdoc_block_type_name(self.raw())) }
    }
}

/// What the input bytes are (`newsdoc_input`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum InputKind {
    /// An HTML page.
    #[default]
    Html,
    /// A page rendered as plain text.
    Text,
    /// A document exported as JSON (round trip).
    Json,
}

impl InputKind {
    fn raw(self) -> c_int {
        match self {
            InputKind::Html => sys::NEWSDOC_INPUT_HTML,
            InputKind::Text => sys::NEWSDOC_INPUT_TEXT,
            InputKind::Json => sys::NEWSDOC_INPUT_JSON,
        }
    }
}

// ---------------------------------------------------------------- options

/// Options for [`crate::parse`]: input kind, parser id, charset hint and
/// limits (0 or unset: the library's defaults).
#[derive(Debug, Clone, Default)]
pub struct ParseOptions {
    input: InputKind,
    parser: Option<String>,
    charset: Option<String>,
    max_input_size: usize,
    max_depth: usize,
    max_nodes: usize,
    max_jsonld_size: usize,
    max_quotes: usize,
    max_related: usize,
}

impl ParseOptions {
    /// HTML input, parser chosen by URL (else "generic"), charset detected.
    pub fn new() -> ParseOptions {
        ParseOptions::default()
    }
    /// What the bytes are.
    pub fn input(mut self, input: InputKind) -> Self {
        self.input = input;
        self
    }
    /// Use this parser id instead of choosing by URL; an unknown id is an error.
    pub fn parser(mut self, id: impl Into<String>) -> Self {
        self.parser = Some(id.into());
        self
    }
    /// A charset hint (e.g. from the HTTP header).
    pub fn charset(mut self, charset: impl Into<String>) -> Self {
        self.charset = Some(charset.into());
        self
    }
    /// Largest input accepted, in bytes (default 64 MiB).
    pub fn max_input_size(mut self, n: usize) -> Self {
        self.max_input_size = n;
        self
    }
    /// Deepest element nesting kept (default 256).
    pub fn max_depth(mut self, n: usize) -> Self {
        self.max_depth = n;
        self
    }
    /// Most nodes accepted (default 2,000,000).
    pub fn max_nodes(mut self, n: usize) -> Self {
        self.max_nodes = n;
        self
    }
    /// Largest JSON-LD block read (default 4 MiB).
    pub fn max_jsonld_size(mut self, n: usize) -> Self {
        self.max_jsonld_size = n;
        self
    }
    /// Most quotes kept (default 1,000).
    pub fn max_quotes(mut self, n: usize) -> Self {
        self.max_quotes = n;
        self
    }
    /// Most related items kept (default 100).
    pub fn max_related(mut self, n: usize) -> Self {
        self.max_related = n;
        self
    }
}

/// Options for [`Document::export_with`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ExportOptions {
    compact: bool,
}

impl ExportOptions {
    /// The exporter's default layout.
    pub fn new() -> ExportOptions {
        ExportOptions::default()
    }
    /// One line, no indentation (`NEWSDOC_EXPORT_COMPACT`).
    pub fn compact(mut self, yes: bool) -> Self {
        self.compact = yes;
        self
    }
}

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
        raw_opts.max_input_size = opts.max_input_size;
        raw_opts.max_depth = opts.max_depth;
        raw_opts.max_nodes = opts.max_nodes;
        raw_opts.max_jsonld_size = opts.max_jsonld_size;
        raw_opts.max_quotes = opts.max_quotes;
        raw_opts.max_related = opts.max_related;
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

// ---------------------------------------------------------------- iteration

/// Something read from a document by index.
pub trait DocumentItem<'a>: Sized {
    #[doc(hidden)]
    fn at(doc: &'a Document, i: usize) -> Option<Self>;
}

/// An iterator over the tags, authors, blocks, quotes, related items or
/// images of a document.
pub struct Iter<'a, T> {
    doc: &'a Document,
    front: usize,
    back: usize,
    _item: PhantomData<T>,
}

impl<'a, T> Iter<'a, T> {
    fn new(doc: &'a Document, count: usize) -> Self {
        Iter {
            doc,
            front: 0,
            back: count,
            _item: PhantomData,
        }
    }
}

impl<T> Clone for Iter<'_, T> {
    fn clone(&self) -> Self {
        Iter {
            doc: self.doc,
            front: self.front,
            back: self.back,
            _item: PhantomData,
        }
    }
}

impl<'a, T: DocumentItem<'a>> Iterator for Iter<'a, T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        if self.front >= self.back {
            return None;
        }
        let i = self.front;
        self.front += 1;
        let item = T::at(self.doc, i);
        if item.is_none() {
            // Only if the library broke its contract; stay fused.
            self.front = self.back;
        }
        item
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.back - self.front;
        (n, Some(n))
    }
    fn nth(&mut self, n: usize) -> Option<T> {
        self.front = self.front.saturating_add(n).min(self.back);
        self.next()
    }
}

impl<'a, T: DocumentItem<'a>> DoubleEndedIterator for Iter<'a, T> {
    fn next_back(&mut self) -> Option<T> {
        if self.front >= self.back {
            return None;
        }
        self.back -= 1;
        let item = T::at(self.doc, self.back);
        if item.is_none() {
            self.back = self.front;
        }
        item
    }
}

// The library returns a non-NULL item for every index below the count.
impl<'a, T: DocumentItem<'a>> ExactSizeIterator for Iter<'a, T> {}
impl<'a, T: DocumentItem<'a>> std::iter::FusedIterator for Iter<'a, T> {}

impl<'a> DocumentItem<'a> for &'a str {
    fn at(doc: &'a Document, i: usize) -> Option<Self> {
        // SAFETY: borrowed from the document.
        unsafe { opt_str(sys::newsdoc_document_tag_at(doc.as_ptr(), i)) }
    }
}

macro_rules! doc_item {
    ($(#[$m:meta])* $name:ident, $raw:ident, $at:ident) => {
        $(#[$m])*
        #[derive(Clone, Copy)]
        pub struct $name<'a> {
            raw: NonNull<sys::$raw>,
            index: usize,
            _doc: PhantomData<&'a Document>,
        }

        impl<'a> DocumentItem<'a> for $name<'a> {
            fn at(doc: &'a Document, i: usize) -> Option<Self> {
                // SAFETY: valid handle; NULL when out of range.
                let raw = unsafe { sys::$at(doc.as_ptr(), i) };
                NonNull::new(raw as *mut sys::$raw).map(|raw| $name { raw, index: i, _doc: PhantomData })
            }
        }

        impl<'a> $name<'a> {
            /// The position in the document's list.
            pub fn index(&self) -> usize {
                self.index
            }
            /// The C handle, borrowed from the document.
            pub fn as_ptr(&self) -> *const sys::$raw {
                self.raw.as_ptr()
            }
        }
    };
}

macro_rules! item_strings {
    ($name:ident { $($(#[$m:meta])* $getter:ident => $f:ident;)* }) => {
        impl<'a> $name<'a> {$(
            $(#[$m])*
            pub fn $getter(&self) -> Option<&'a str> {
                // SAFETY: the item and its strings live as long as the document ('a).
                unsafe { opt_str(sys::$f(self.as_ptr())) }
            }
        )*}
    };
}

doc_item!(
    /// An author: name, role ("Interim Executive Director"), affiliation
    /// ("Human Rights Watch"), URL.
    Author, newsdoc_author, newsdoc_document_author_at
);
doc_item!(
    /// A body block: paragraph, heading, list, blockquote, preformatted,
    /// table or figure.
    Block, newsdoc_block, newsdoc_document_block_at
);
doc_item!(
    /// A direct quote: the words, the speaker as written, the cue and where
    /// it sits in the body.
    Quote, newsdoc_quote, newsdoc_document_quote_at
);
doc_item!(
    /// An item of the related-articles box.
    Related, newsdoc_related, newsdoc_document_related_at
);
doc_item!(
    /// An image of the article.
    Image, newsdoc_image, newsdoc_document_image_at
);

impl<'a> Author<'a> {
    /// The person's name.
    pub fn name(&self) -> &'a str {
        // SAFETY: as item_strings.
        unsafe { str_or_empty(sys::newsdoc_author_name(self.as_ptr())) }
    }
}
item_strings!(Author {
    /// Job title as written ("Interim Executive Director").
    role => newsdoc_author_role;
    /// The organisation ("Human Rights Watch").
    affiliation => newsdoc_author_affiliation;
    /// The author's page.
    url => newsdoc_author_url;
});

impl<'a> Block<'a> {
    /// The block's type.
    pub fn kind(&self) -> BlockKind {
        // SAFETY: valid item.
        BlockKind::from_raw(unsafe { sys::newsdoc_block_type(self.as_ptr()) })
    }
    /// The text: a paragraph's text, a list's items one per line, a table's
    /// rows one per line (cells separated by a tab), a figure's caption.
    pub fn text(&self) -> &'a str {
        // SAFETY: text is valid for text_len bytes while the document lives.
        unsafe {
            str_with_len(
                sys::newsdoc_block_text(self.as_ptr()),
                sys::newsdoc_block_text_len(self.as_ptr()),
            )
        }
    }
    /// A heading's level (1..=6); `None` for other blocks.
    pub fn level(&self) -> Option<u8> {
        // SAFETY: valid item.
        let level = unsafe { sys::newsdoc_block_level(self.as_ptr()) };
        u8::try_from(level).ok().filter(|l| *l > 0)
    }
    /// Whether a list is numbered.
    pub fn ordered(&self) -> bool {
        // SAFETY: valid item.
        unsafe { sys::newsdoc_block_ordered(self.as_ptr()) != 0 }
    }
    /// A list's items (empty for other blocks).
    pub fn items(&self) -> impl ExactSizeIterator<Item = &'a str> + DoubleEndedIterator + Clone + 'a {
        let p = self.raw;
        // SAFETY: valid item; strings live as long as the document.
        let n = unsafe { sys::newsdoc_block_item_count(p.as_ptr()) };
        (0..n).map(move |i| unsafe { str_or_empty(sys::newsdoc_block_item_at(p.as_ptr(), i)) })
    }
    /// A table's rows (empty for other blocks).
    pub fn rows(&self) -> impl ExactSizeIterator<Item = Row<'a>> + DoubleEndedIterator + Clone + 'a {
        let block = *self;
        // SAFETY: valid item.
        let n = unsafe { sys::newsdoc_block_row_count(self.as_ptr()) };
        (0..n).map(move |row| Row { block, row })
    }
    /// A figure's image URL.
    pub fn image_url(&self) -> Option<&'a str> {
        // SAFETY: as item_strings.
        unsafe { opt_str(sys::newsdoc_block_image_url(self.as_ptr())) }
    }
    /// A figure's alternative text.
    pub fn image_alt(&self) -> Option<&'a str> {
        // SAFETY: as item_strings.
        unsafe { opt_str(sys::newsdoc_block_image_alt(self.as_ptr())) }
    }
    /// A figure's caption.
    pub fn caption(&self) -> Option<&'a str> {
        // SAFETY: as item_strings.
        unsafe { opt_str(sys::newsdoc_block_caption(self.as_ptr())) }
    }
    /// A figure's credit.
    pub fn credit(&self) -> Option<&'a str> {
        // SAFETY: as item_strings.
        unsafe { opt_str(sys::newsdoc_block_credit(self.as_ptr())) }
    }
}

/// A row of a table block.
#[derive(Clone, Copy)]
pub struct Row<'a> {
    block: Block<'a>,
    row: usize,
}

impl<'a> Row<'a> {
    /// The row's position in the table.
    pub fn index(&self) -> usize {
        self.row
    }
    /// The row's cells.
    pub fn cells(&self) -> impl ExactSizeIterator<Item = &'a str> + DoubleEndedIterator + Clone + 'a {
        let (p, row) = (self.block.raw, self.row);
        // SAFETY: valid item and row; strings live as long as the document.
        let n = unsafe { sys::newsdoc_block_cell_count(p.as_ptr(), row) };
        (0..n).map(move |col| unsafe { str_or_empty(sys::newsdoc_block_cell_at(p.as_ptr(), row, col)) })
    }
}

impl fmt::Debug for Row<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.cells()).finish()
    }
}

fn offset(v: std::ffi::c_long) -> Option<usize> {
    usize::try_from(v).ok()
}

impl<'a> Quote<'a> {
    /// The quoted words, without the quotation marks.
    pub fn text(&self) -> &'a str {
        // SAFETY: as item_strings.
        unsafe { str_or_empty(sys::newsdoc_quote_text(self.as_ptr())) }
    }
    /// Index of the body block the quote starts in.
    pub fn block(&self) -> Option<usize> {
        // SAFETY: valid item.
        offset(unsafe { sys::newsdoc_quote_block(self.as_ptr()) })
    }
    /// Start of the quoted text in that block's text, in Unicode code points.
    pub fn start(&self) -> Option<usize> {
        // SAFETY: valid item.
        offset(unsafe { sys::newsdoc_quote_start(self.as_ptr()) })
    }
    /// End (exclusive) of the quoted text, in Unicode code points.
    pub fn end(&self) -> Option<usize> {
        // SAFETY: valid item.
        offset(unsafe { sys::newsdoc_quote_end(self.as_ptr()) })
    }
}
item_strings!(Quote {
    /// The speaker as written ("Ji Seong-ho", "the representative").
    speaker => newsdoc_quote_speaker;
    /// The full name the speaker mention refers to, when the article gives it.
    speaker_resolved => newsdoc_quote_speaker_resolved;
    /// The cue as written ("said", "stated", ":").
    cue => newsdoc_quote_cue;
});

item_strings!(Related {
    /// The item's headline.
    title => newsdoc_related_title;
    /// Its address.
    url => newsdoc_related_url;
    /// Its author.
    author => newsdoc_related_author;
    /// Its summary.
    summary => newsdoc_related_summary;
    /// Its image URL.
    image => newsdoc_related_image;
});

impl<'a> Image<'a> {
    /// The image's address.
    pub fn url(&self) -> &'a str {
        // SAFETY: as item_strings.
        unsafe { str_or_empty(sys::newsdoc_image_url(self.as_ptr())) }
    }
    /// Whether it is the article's lead image.
    pub fn is_lead(&self) -> bool {
        // SAFETY: valid item.
        unsafe { sys::newsdoc_image_is_lead(self.as_ptr()) != 0 }
    }
}
item_strings!(Image {
    /// Alternative text.
    alt => newsdoc_image_alt;
    /// Caption.
    caption => newsdoc_image_caption;
    /// Credit.
    credit => newsdoc_image_credit;
});

macro_rules! debug_item {
    ($name:ident { $($f:ident),* }) => {
        impl fmt::Debug for $name<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_struct(stringify!($name))$(.field(stringify!($f), &self.$f()))*.finish()
            }
        }
    };
}
debug_item!(Author {
    name,
    role,
    affiliation,
    url
});
debug_item!(Block { kind, text, level });
debug_item!(Quote {
    text,
    speaker,
    speaker_resolved,
    cue,
    block,
    start,
    end
});
debug_item!(Related {
    title,
    url,
    author,
    summary,
    image
});
debug_item!(Image {
    url,
    alt,
    caption,
    credit,
    is_lead
});
