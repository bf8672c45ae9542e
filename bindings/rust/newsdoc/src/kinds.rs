//! Field and block kinds, input kinds, and the parse and export options.

use crate::{static_str, sys};
use std::ffi::c_int;
use std::fmt;

// ---------------------------------------------------------------- enums

/// A document field (`newsdoc_field`), for [`Document::get`](crate::Document::get) and
/// [`Document::provenance`](crate::Document::provenance). The string fields come first;
/// `PageType` (since 1.1) is a string field appended after the list fields.
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
    PageType,
}

impl Field {
    /// Every field, in ABI order.
    pub const ALL: [Field; 19] = [
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
        Field::PageType,
    ];

    /// The `NEWSDOC_FIELD_*` value.
    pub fn raw(self) -> c_int {
        self as c_int
    }

    /// The field for a `NEWSDOC_FIELD_*` value.
    pub fn from_raw(raw: c_int) -> Option<Field> {
        usize::try_from(raw).ok().and_then(|i| Field::ALL.get(i).copied())
    }

    /// Whether [`Document::get`](crate::Document::get) can read it (`Url` ..= `Parser`, `PageType`).
    pub fn is_string(self) -> bool {
        self.raw() <= sys::NEWSDOC_FIELD_LAST_STRING || self == Field::PageType
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

/// What an author is (`newsdoc_author_kind`, since 1.2): a person, or an
/// organisation credited as the author (the publisher, a news agency, a
/// desk). The extractor gives every author it finds a kind, `Person`
/// unless the page shows an organisation; `Unknown` is a kind nobody set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthorKind {
    Unknown,
    Person,
    Organization,
    /// A kind this version of the binding does not know.
    Other(i32),
}

impl AuthorKind {
    /// The kind for a `NEWSDOC_AUTHOR_*` value.
    pub fn from_raw(raw: c_int) -> AuthorKind {
        match raw {
            sys::NEWSDOC_AUTHOR_UNKNOWN => AuthorKind::Unknown,
            sys::NEWSDOC_AUTHOR_PERSON => AuthorKind::Person,
            sys::NEWSDOC_AUTHOR_ORGANIZATION => AuthorKind::Organization,
            other => AuthorKind::Other(other),
        }
    }

    /// The `NEWSDOC_AUTHOR_*` value.
    pub fn raw(self) -> c_int {
        match self {
            AuthorKind::Unknown => sys::NEWSDOC_AUTHOR_UNKNOWN,
            AuthorKind::Person => sys::NEWSDOC_AUTHOR_PERSON,
            AuthorKind::Organization => sys::NEWSDOC_AUTHOR_ORGANIZATION,
            AuthorKind::Other(n) => n,
        }
    }

    /// "person" or "organization" (the JSON values); `None` for `Unknown`.
    pub fn name(self) -> Option<&'static str> {
        // SAFETY: constant string or NULL.
        unsafe { static_str(sys::newsdoc_author_kind_name(self.raw())) }
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
    pub(crate) fn raw(self) -> c_int {
        match self {
            InputKind::Html => sys::NEWSDOC_INPUT_HTML,
            InputKind::Text => sys::NEWSDOC_INPUT_TEXT,
            InputKind::Json => sys::NEWSDOC_INPUT_JSON,
        }
    }
}

// ---------------------------------------------------------------- options

/// Options for [`crate::parse`]: input kind, parser id, charset hint, how
/// quotes are split, and limits (0 or unset: the library's defaults).
#[derive(Debug, Clone, Default)]
pub struct ParseOptions {
    pub(crate) input: InputKind,
    pub(crate) parser: Option<String>,
    pub(crate) charset: Option<String>,
    pub(crate) quotes_by_sentence: bool,
    pub(crate) max_input_size: usize,
    pub(crate) max_depth: usize,
    pub(crate) max_nodes: usize,
    pub(crate) max_jsonld_size: usize,
    pub(crate) max_quotes: usize,
    pub(crate) max_related: usize,
    pub(crate) max_work: usize,
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
    /// A quotation split by its cue across sentences (“A,” said X. “B.”)
    /// gives one quote per sentence, both with X as speaker, as news
    /// corpora such as PolNeAR annotate it; by default (`false`) it is one
    /// joined quote. Within one sentence it is one quote either way
    /// (`NEWSDOC_PARSE_QUOTES_BY_SENTENCE`).
    pub fn quotes_by_sentence(mut self, yes: bool) -> Self {
        self.quotes_by_sentence = yes;
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
    /// Most steps of work a page may take before the parse ends with a
    /// limit error (default 20,000,000 plus 10 a byte of input, far above
    /// any real page; see `max_work` in the C header).
    pub fn max_work(mut self, n: usize) -> Self {
        self.max_work = n;
        self
    }
}

/// Options for [`Document::export_with`](crate::Document::export_with).
#[derive(Debug, Clone, Copy, Default)]
pub struct ExportOptions {
    pub(crate) compact: bool,
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
