//! Raw FFI declarations for libnewsdoc, written by hand from
//! `include/newsdoc.h` and `include/newsdoc/*.h` (no bindgen).
//!
//! Everything here is `unsafe` and mirrors the C API one to one; the
//! `newsdoc` crate is the safe interface. The layout of every `#[repr(C)]`
//! struct and the value of every constant are checked against the C headers
//! by `tests/layout.rs`, which compiles a small C program.
//!
//! Linking: `build.rs` finds the library with `pkg-config` (`libnewsdoc`);
//! the `static` feature links `libnewsdoc.a` with the dependencies
//! `pkg-config --static` lists.
#![allow(non_camel_case_types)]
#![no_std]

use core::ffi::{c_char, c_int, c_long, c_uint};

pub type size_t = usize;

/// How this crate was built: the values build.rs found (from pkg-config or
/// `NEWSDOC_LIB_DIR`). Empty strings when unknown.
pub mod build_info {
    /// The folder holding `newsdoc.h`.
    pub const INCLUDE_DIR: &str = env!("NEWSDOC_SYS_INCLUDE_DIR");
    /// The folder holding `libnewsdoc.so` / `libnewsdoc.a`.
    pub const LIB_DIR: &str = env!("NEWSDOC_SYS_LIB_DIR");
    /// The installed manifest folder (`$prefix/share/newsdoc/1/plugins.d`),
    /// from the `manifestdir` pkg-config variable.
    pub const MANIFEST_DIR: &str = env!("NEWSDOC_SYS_MANIFEST_DIR");
    /// The version pkg-config reported.
    pub const VERSION: &str = env!("NEWSDOC_SYS_VERSION");
    /// `"static"` or `"dynamic"`.
    pub const LINKAGE: &str = env!("NEWSDOC_SYS_LINKAGE");
}

// ---- common.h ----

pub const NEWSDOC_VERSION_MAJOR: c_int = 1;
pub const NEWSDOC_VERSION_MINOR: c_int = 0;
pub const NEWSDOC_VERSION_PATCH: c_int = 0;
pub const NEWSDOC_VERSION_STRING: &str = "1.0.0";

pub type newsdoc_status = c_int;
pub const NEWSDOC_OK: newsdoc_status = 0;
pub const NEWSDOC_ERROR: newsdoc_status = -1;
pub const NEWSDOC_EINVAL: newsdoc_status = -2;
pub const NEWSDOC_ENOMEM: newsdoc_status = -3;
pub const NEWSDOC_ENOTFOUND: newsdoc_status = -4;
pub const NEWSDOC_EPARSE: newsdoc_status = -5;
pub const NEWSDOC_EIO: newsdoc_status = -6;
pub const NEWSDOC_EPLUGIN: newsdoc_status = -7;
pub const NEWSDOC_ELIMIT: newsdoc_status = -8;
pub const NEWSDOC_EVERSION: newsdoc_status = -9;
pub const NEWSDOC_EEMPTY: newsdoc_status = -10;

/// The calling thread's last error (`newsdoc_error_last`).
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct newsdoc_error {
    /// Never NULL; "no error" when there is none.
    pub message: *const c_char,
    /// A `newsdoc_status` value.
    pub code: c_int,
}

/// An output buffer filled by the library; release with `newsdoc_buf_dispose`.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct newsdoc_buf {
    pub ptr: *mut c_char,
    pub size: size_t,
    pub reserved: size_t,
}

/// `NEWSDOC_BUF_INIT`.
pub const NEWSDOC_BUF_INIT: newsdoc_buf = newsdoc_buf {
    ptr: core::ptr::null_mut(),
    size: 0,
    reserved: 0,
};

impl Default for newsdoc_buf {
    fn default() -> Self {
        NEWSDOC_BUF_INIT
    }
}

// ---- opaque handles ----

macro_rules! opaque {
    ($($(#[$m:meta])* $name:ident;)*) => {$(
        $(#[$m])*
        #[repr(C)]
        pub struct $name {
            _data: [u8; 0],
            // Not Send, not Sync, not Unpin: only ever used behind pointers.
            _marker: core::marker::PhantomData<(*mut u8, core::marker::PhantomPinned)>,
        }
    )*};
}

opaque! {
    /// A registry of parsers and exporters (immutable once made).
    newsdoc_registry;
    newsdoc_plugin_info;
    newsdoc_parser_info;
    newsdoc_exporter_info;
    /// A parsed document.
    newsdoc_document;
    newsdoc_author;
    newsdoc_block;
    newsdoc_quote;
    newsdoc_related;
    newsdoc_image;
}

// ---- document.h ----

pub type newsdoc_field = c_int;
pub const NEWSDOC_FIELD_URL: newsdoc_field = 0;
pub const NEWSDOC_FIELD_CANONICAL_URL: newsdoc_field = 1;
pub const NEWSDOC_FIELD_SITE_NAME: newsdoc_field = 2;
pub const NEWSDOC_FIELD_LANGUAGE: newsdoc_field = 3;
pub const NEWSDOC_FIELD_TITLE: newsdoc_field = 4;
pub const NEWSDOC_FIELD_SUBTITLE: newsdoc_field = 5;
pub const NEWSDOC_FIELD_DESCRIPTION: newsdoc_field = 6;
pub const NEWSDOC_FIELD_SECTION: newsdoc_field = 7;
pub const NEWSDOC_FIELD_PUBLISHED: newsdoc_field = 8;
pub const NEWSDOC_FIELD_MODIFIED: newsdoc_field = 9;
pub const NEWSDOC_FIELD_PARSER: newsdoc_field = 10;
pub const NEWSDOC_FIELD_TAGS: newsdoc_field = 11;
pub const NEWSDOC_FIELD_AUTHORS: newsdoc_field = 12;
pub const NEWSDOC_FIELD_BODY: newsdoc_field = 13;
pub const NEWSDOC_FIELD_QUOTES: newsdoc_field = 14;
pub const NEWSDOC_FIELD_RELATED: newsdoc_field = 15;
pub const NEWSDOC_FIELD_COMMENTS: newsdoc_field = 16;
pub const NEWSDOC_FIELD_IMAGES: newsdoc_field = 17;
/// A string field after the list fields (since 1.1).
pub const NEWSDOC_FIELD_PAGE_TYPE: newsdoc_field = 18;
pub const NEWSDOC_FIELD_LAST_STRING: newsdoc_field = NEWSDOC_FIELD_PARSER;
pub const NEWSDOC_FIELD_COUNT: c_int = 19;

pub type newsdoc_block_kind = c_int;
pub const NEWSDOC_BLOCK_PARAGRAPH: newsdoc_block_kind = 0;
pub const NEWSDOC_BLOCK_HEADING: newsdoc_block_kind = 1;
pub const NEWSDOC_BLOCK_LIST: newsdoc_block_kind = 2;
pub const NEWSDOC_BLOCK_BLOCKQUOTE: newsdoc_block_kind = 3;
pub const NEWSDOC_BLOCK_PREFORMATTED: newsdoc_block_kind = 4;
pub const NEWSDOC_BLOCK_TABLE: newsdoc_block_kind = 5;
pub const NEWSDOC_BLOCK_FIGURE: newsdoc_block_kind = 6;

/// What an author is (since 1.2).
pub type newsdoc_author_kind_value = c_int;
pub const NEWSDOC_AUTHOR_UNKNOWN: newsdoc_author_kind_value = 0;
pub const NEWSDOC_AUTHOR_PERSON: newsdoc_author_kind_value = 1;
pub const NEWSDOC_AUTHOR_ORGANIZATION: newsdoc_author_kind_value = 2;
pub const NEWSDOC_AUTHOR_KIND_COUNT: c_int = 3;

// ---- registry.h ----

pub const NEWSDOC_REGISTRY_NO_ENVIRONMENT: c_uint = 1 << 0;
pub const NEWSDOC_REGISTRY_NO_DEFAULT_PATHS: c_uint = 1 << 1;
pub const NEWSDOC_REGISTRY_ALLOW_OUTSIDE: c_uint = 1 << 2;
pub const NEWSDOC_REGISTRY_OPTIONS_VERSION: c_uint = 1;

#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct newsdoc_registry_options {
    pub version: c_uint,
    pub plugin_paths: *const *const c_char,
    pub plugin_path_count: size_t,
    pub flags: c_uint,
}

/// `NEWSDOC_REGISTRY_OPTIONS_INIT`.
pub const NEWSDOC_REGISTRY_OPTIONS_INIT: newsdoc_registry_options = newsdoc_registry_options {
    version: NEWSDOC_REGISTRY_OPTIONS_VERSION,
    plugin_paths: core::ptr::null(),
    plugin_path_count: 0,
    flags: 0,
};

// ---- parse.h ----

pub type newsdoc_input = c_int;
pub const NEWSDOC_INPUT_HTML: newsdoc_input = 0;
pub const NEWSDOC_INPUT_TEXT: newsdoc_input = 1;
pub const NEWSDOC_INPUT_JSON: newsdoc_input = 2;
/// Version 2 added `max_work`.
pub const NEWSDOC_PARSE_OPTIONS_VERSION: c_uint = 2;
/// `newsdoc_parse_options.flags`: a quotation split by its cue across
/// sentences gives one quote per sentence.
pub const NEWSDOC_PARSE_QUOTES_BY_SENTENCE: c_uint = 0x1;

#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct newsdoc_parse_options {
    pub version: c_uint,
    pub input: c_int,
    pub parser: *const c_char,
    pub charset: *const c_char,
    pub flags: c_uint,
    pub max_input_size: size_t,
    pub max_depth: size_t,
    pub max_nodes: size_t,
    pub max_jsonld_size: size_t,
    pub max_quotes: size_t,
    pub max_related: size_t,
    /// Version 2.
    pub max_work: size_t,
}

/// `NEWSDOC_PARSE_OPTIONS_INIT`.
pub const NEWSDOC_PARSE_OPTIONS_INIT: newsdoc_parse_options = newsdoc_parse_options {
    version: NEWSDOC_PARSE_OPTIONS_VERSION,
    input: NEWSDOC_INPUT_HTML,
    parser: core::ptr::null(),
    charset: core::ptr::null(),
    flags: 0,
    max_input_size: 0,
    max_depth: 0,
    max_nodes: 0,
    max_jsonld_size: 0,
    max_quotes: 0,
    max_related: 0,
    max_work: 0,
};

// ---- export.h ----

pub const NEWSDOC_EXPORT_COMPACT: c_uint = 1 << 0;
pub const NEWSDOC_EXPORT_OPTIONS_VERSION: c_uint = 1;

#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct newsdoc_export_options {
    pub version: c_uint,
    pub flags: c_uint,
}

/// `NEWSDOC_EXPORT_OPTIONS_INIT`.
pub const NEWSDOC_EXPORT_OPTIONS_INIT: newsdoc_export_options = newsdoc_export_options {
    version: NEWSDOC_EXPORT_OPTIONS_VERSION,
    flags: 0,
};

extern "C" {
    // ---- common.h ----
    pub fn newsdoc_error_last() -> *const newsdoc_error;
    pub fn newsdoc_error_clear();
    pub fn newsdoc_status_string(status: c_int) -> *const c_char;
    pub fn newsdoc_version(major: *mut c_int, minor: *mut c_int, patch: *mut c_int) -> *const c_char;
    pub fn newsdoc_buf_dispose(buf: *mut newsdoc_buf);

    // ---- document.h ----
    pub fn newsdoc_field_name(field: c_int) -> *const c_char;
    pub fn newsdoc_document_free(doc: *mut newsdoc_document);
    pub fn newsdoc_document_get(doc: *const newsdoc_document, field: c_int) -> *const c_char;
    pub fn newsdoc_document_url(doc: *const newsdoc_document) -> *const c_char;
    pub fn newsdoc_document_canonical_url(doc: *const newsdoc_document) -> *const c_char;
    pub fn newsdoc_document_site_name(doc: *const newsdoc_document) -> *const c_char;
    pub fn newsdoc_document_language(doc: *const newsdoc_document) -> *const c_char;
    pub fn newsdoc_document_title(doc: *const newsdoc_document) -> *const c_char;
    pub fn newsdoc_document_subtitle(doc: *const newsdoc_document) -> *const c_char;
    pub fn newsdoc_document_description(doc: *const newsdoc_document) -> *const c_char;
    pub fn newsdoc_document_section(doc: *const newsdoc_document) -> *const c_char;
    pub fn newsdoc_document_published(doc: *const newsdoc_document) -> *const c_char;
    pub fn newsdoc_document_modified(doc: *const newsdoc_document) -> *const c_char;
    pub fn newsdoc_document_parser(doc: *const newsdoc_document) -> *const c_char;
    /// Since 1.1 (symbol version NEWSDOC_1.1).
    pub fn newsdoc_document_page_type(doc: *const newsdoc_document) -> *const c_char;
    pub fn newsdoc_document_provenance(doc: *const newsdoc_document, field: c_int) -> *const c_char;
    pub fn newsdoc_document_text(doc: *const newsdoc_document) -> *const c_char;
    pub fn newsdoc_document_text_len(doc: *const newsdoc_document) -> size_t;
    pub fn newsdoc_document_tag_count(doc: *const newsdoc_document) -> size_t;
    pub fn newsdoc_document_tag_at(doc: *const newsdoc_document, i: size_t) -> *const c_char;
    pub fn newsdoc_document_comment_count(doc: *const newsdoc_document) -> c_long;
    pub fn newsdoc_document_author_count(doc: *const newsdoc_document) -> size_t;
    pub fn newsdoc_document_author_at(doc: *const newsdoc_document, i: size_t) -> *const newsdoc_author;
    pub fn newsdoc_document_block_count(doc: *const newsdoc_document) -> size_t;
    pub fn newsdoc_document_block_at(doc: *const newsdoc_document, i: size_t) -> *const newsdoc_block;
    pub fn newsdoc_document_quote_count(doc: *const newsdoc_document) -> size_t;
    pub fn newsdoc_document_quote_at(doc: *const newsdoc_document, i: size_t) -> *const newsdoc_quote;
    pub fn newsdoc_document_related_count(doc: *const newsdoc_document) -> size_t;
    pub fn newsdoc_document_related_at(doc: *const newsdoc_document, i: size_t) -> *const newsdoc_related;
    pub fn newsdoc_document_image_count(doc: *const newsdoc_document) -> size_t;
    pub fn newsdoc_document_image_at(doc: *const newsdoc_document, i: size_t) -> *const newsdoc_image;

    pub fn newsdoc_author_name(author: *const newsdoc_author) -> *const c_char;
    pub fn newsdoc_author_role(author: *const newsdoc_author) -> *const c_char;
    pub fn newsdoc_author_affiliation(author: *const newsdoc_author) -> *const c_char;
    pub fn newsdoc_author_url(author: *const newsdoc_author) -> *const c_char;
    /// Since 1.2.
    pub fn newsdoc_author_kind(author: *const newsdoc_author) -> c_int;
    /// Since 1.2.
    pub fn newsdoc_author_kind_name(kind: c_int) -> *const c_char;

    pub fn newsdoc_block_type_name(kind: c_int) -> *const c_char;
    pub fn newsdoc_block_type(block: *const newsdoc_block) -> c_int;
    pub fn newsdoc_block_text(block: *const newsdoc_block) -> *const c_char;
    pub fn newsdoc_block_text_len(block: *const newsdoc_block) -> size_t;
    pub fn newsdoc_block_level(block: *const newsdoc_block) -> c_int;
    pub fn newsdoc_block_ordered(block: *const newsdoc_block) -> c_int;
    pub fn newsdoc_block_item_count(block: *const newsdoc_block) -> size_t;
    pub fn newsdoc_block_item_at(block: *const newsdoc_block, i: size_t) -> *const c_char;
    pub fn newsdoc_block_row_count(block: *const newsdoc_block) -> size_t;
    pub fn newsdoc_block_cell_count(block: *const newsdoc_block, row: size_t) -> size_t;
    pub fn newsdoc_block_cell_at(block: *const newsdoc_block, row: size_t, col: size_t) -> *const c_char;
    pub fn newsdoc_block_image_url(block: *const newsdoc_block) -> *const c_char;
    pub fn newsdoc_block_image_alt(block: *const newsdoc_block) -> *const c_char;
    pub fn newsdoc_block_caption(block: *const newsdoc_block) -> *const c_char;
    pub fn newsdoc_block_credit(block: *const newsdoc_block) -> *const c_char;

    pub fn newsdoc_quote_text(quote: *const newsdoc_quote) -> *const c_char;
    pub fn newsdoc_quote_speaker(quote: *const newsdoc_quote) -> *const c_char;
    pub fn newsdoc_quote_speaker_resolved(quote: *const newsdoc_quote) -> *const c_char;
    pub fn newsdoc_quote_cue(quote: *const newsdoc_quote) -> *const c_char;
    pub fn newsdoc_quote_block(quote: *const newsdoc_quote) -> c_long;
    pub fn newsdoc_quote_start(quote: *const newsdoc_quote) -> c_long;
    pub fn newsdoc_quote_end(quote: *const newsdoc_quote) -> c_long;

    pub fn newsdoc_related_title(item: *const newsdoc_related) -> *const c_char;
    pub fn newsdoc_related_url(item: *const newsdoc_related) -> *const c_char;
    pub fn newsdoc_related_author(item: *const newsdoc_related) -> *const c_char;
    pub fn newsdoc_related_summary(item: *const newsdoc_related) -> *const c_char;
    pub fn newsdoc_related_image(item: *const newsdoc_related) -> *const c_char;

    pub fn newsdoc_image_url(image: *const newsdoc_image) -> *const c_char;
    pub fn newsdoc_image_alt(image: *const newsdoc_image) -> *const c_char;
    pub fn newsdoc_image_caption(image: *const newsdoc_image) -> *const c_char;
    pub fn newsdoc_image_credit(image: *const newsdoc_image) -> *const c_char;
    pub fn newsdoc_image_is_lead(image: *const newsdoc_image) -> c_int;

    // ---- builder.h ----
    pub fn newsdoc_document_new(out: *mut *mut newsdoc_document) -> c_int;
    pub fn newsdoc_document_set(doc: *mut newsdoc_document, field: c_int, value: *const c_char) -> c_int;
    pub fn newsdoc_document_set_provenance(doc: *mut newsdoc_document, field: c_int, source: *const c_char) -> c_int;
    pub fn newsdoc_document_add_tag(doc: *mut newsdoc_document, tag: *const c_char) -> c_int;
    pub fn newsdoc_document_set_comment_count(doc: *mut newsdoc_document, count: c_long) -> c_int;

    pub fn newsdoc_document_add_author(
        out: *mut *mut newsdoc_author,
        doc: *mut newsdoc_document,
        name: *const c_char,
    ) -> c_int;
    pub fn newsdoc_author_set_name(author: *mut newsdoc_author, name: *const c_char) -> c_int;
    pub fn newsdoc_author_set_role(author: *mut newsdoc_author, role: *const c_char) -> c_int;
    pub fn newsdoc_author_set_affiliation(author: *mut newsdoc_author, affiliation: *const c_char) -> c_int;
    pub fn newsdoc_author_set_url(author: *mut newsdoc_author, url: *const c_char) -> c_int;
    /// Since 1.2.
    pub fn newsdoc_author_set_kind(author: *mut newsdoc_author, kind: c_int) -> c_int;

    pub fn newsdoc_document_add_block(
        out: *mut *mut newsdoc_block,
        doc: *mut newsdoc_document,
        kind: c_int,
        text: *const c_char,
        len: size_t,
    ) -> c_int;
    pub fn newsdoc_block_set_level(block: *mut newsdoc_block, level: c_int) -> c_int;
    pub fn newsdoc_block_set_ordered(block: *mut newsdoc_block, ordered: c_int) -> c_int;
    pub fn newsdoc_block_add_item(block: *mut newsdoc_block, text: *const c_char, len: size_t) -> c_int;
    pub fn newsdoc_block_add_row(block: *mut newsdoc_block) -> c_int;
    pub fn newsdoc_block_add_cell(block: *mut newsdoc_block, text: *const c_char, len: size_t) -> c_int;
    pub fn newsdoc_block_set_image(block: *mut newsdoc_block, url: *const c_char, alt: *const c_char) -> c_int;
    pub fn newsdoc_block_set_caption(block: *mut newsdoc_block, caption: *const c_char) -> c_int;
    pub fn newsdoc_block_set_credit(block: *mut newsdoc_block, credit: *const c_char) -> c_int;

    pub fn newsdoc_document_add_quote(
        out: *mut *mut newsdoc_quote,
        doc: *mut newsdoc_document,
        text: *const c_char,
    ) -> c_int;
    pub fn newsdoc_quote_set_speaker(quote: *mut newsdoc_quote, speaker: *const c_char) -> c_int;
    pub fn newsdoc_quote_set_speaker_resolved(quote: *mut newsdoc_quote, name: *const c_char) -> c_int;
    pub fn newsdoc_quote_set_cue(quote: *mut newsdoc_quote, cue: *const c_char) -> c_int;
    pub fn newsdoc_quote_set_span(quote: *mut newsdoc_quote, block: c_long, start: c_long, end: c_long) -> c_int;

    pub fn newsdoc_document_add_related(
        out: *mut *mut newsdoc_related,
        doc: *mut newsdoc_document,
        title: *const c_char,
        url: *const c_char,
    ) -> c_int;
    pub fn newsdoc_related_set_title(item: *mut newsdoc_related, title: *const c_char) -> c_int;
    pub fn newsdoc_related_set_url(item: *mut newsdoc_related, url: *const c_char) -> c_int;
    pub fn newsdoc_related_set_author(item: *mut newsdoc_related, author: *const c_char) -> c_int;
    pub fn newsdoc_related_set_summary(item: *mut newsdoc_related, summary: *const c_char) -> c_int;
    pub fn newsdoc_related_set_image(item: *mut newsdoc_related, image_url: *const c_char) -> c_int;

    pub fn newsdoc_document_add_image(
        out: *mut *mut newsdoc_image,
        doc: *mut newsdoc_document,
        url: *const c_char,
    ) -> c_int;
    pub fn newsdoc_image_set_alt(image: *mut newsdoc_image, alt: *const c_char) -> c_int;
    pub fn newsdoc_image_set_caption(image: *mut newsdoc_image, caption: *const c_char) -> c_int;
    pub fn newsdoc_image_set_credit(image: *mut newsdoc_image, credit: *const c_char) -> c_int;
    pub fn newsdoc_image_set_lead(image: *mut newsdoc_image, is_lead: c_int) -> c_int;

    // ---- registry.h ----
    pub fn newsdoc_registry_options_init(opts: *mut newsdoc_registry_options, version: c_uint) -> c_int;
    pub fn newsdoc_registry_new(out: *mut *mut newsdoc_registry, opts: *const newsdoc_registry_options) -> c_int;
    pub fn newsdoc_registry_free(reg: *mut newsdoc_registry);

    pub fn newsdoc_registry_plugin_count(reg: *const newsdoc_registry) -> size_t;
    pub fn newsdoc_registry_plugin_at(reg: *const newsdoc_registry, i: size_t) -> *const newsdoc_plugin_info;
    pub fn newsdoc_plugin_info_name(info: *const newsdoc_plugin_info) -> *const c_char;
    pub fn newsdoc_plugin_info_version(info: *const newsdoc_plugin_info) -> *const c_char;
    pub fn newsdoc_plugin_info_manifest(info: *const newsdoc_plugin_info) -> *const c_char;
    pub fn newsdoc_plugin_info_kind(info: *const newsdoc_plugin_info) -> *const c_char;
    pub fn newsdoc_plugin_info_skip_reason(info: *const newsdoc_plugin_info) -> *const c_char;
    pub fn newsdoc_plugin_info_library(info: *const newsdoc_plugin_info) -> *const c_char;
    pub fn newsdoc_registry_plugin_load(reg: *const newsdoc_registry, i: size_t) -> c_int;

    pub fn newsdoc_registry_parser_count(reg: *const newsdoc_registry) -> size_t;
    pub fn newsdoc_registry_parser_at(reg: *const newsdoc_registry, i: size_t) -> *const newsdoc_parser_info;
    pub fn newsdoc_parser_info_id(info: *const newsdoc_parser_info) -> *const c_char;
    pub fn newsdoc_parser_info_plugin(info: *const newsdoc_parser_info) -> *const c_char;
    pub fn newsdoc_parser_info_priority(info: *const newsdoc_parser_info) -> c_int;
    pub fn newsdoc_parser_info_host_count(info: *const newsdoc_parser_info) -> size_t;
    pub fn newsdoc_parser_info_host_at(info: *const newsdoc_parser_info, i: size_t) -> *const c_char;
    pub fn newsdoc_parser_info_path_count(info: *const newsdoc_parser_info) -> size_t;
    pub fn newsdoc_parser_info_path_at(info: *const newsdoc_parser_info, i: size_t) -> *const c_char;
    pub fn newsdoc_parser_info_declarative(info: *const newsdoc_parser_info) -> c_int;

    pub fn newsdoc_registry_exporter_count(reg: *const newsdoc_registry) -> size_t;
    pub fn newsdoc_registry_exporter_at(reg: *const newsdoc_registry, i: size_t) -> *const newsdoc_exporter_info;
    pub fn newsdoc_exporter_info_id(info: *const newsdoc_exporter_info) -> *const c_char;
    pub fn newsdoc_exporter_info_format(info: *const newsdoc_exporter_info) -> *const c_char;
    pub fn newsdoc_exporter_info_mime_type(info: *const newsdoc_exporter_info) -> *const c_char;
    pub fn newsdoc_exporter_info_extension(info: *const newsdoc_exporter_info) -> *const c_char;
    pub fn newsdoc_exporter_info_plugin(info: *const newsdoc_exporter_info) -> *const c_char;

    pub fn newsdoc_registry_warning_count(reg: *const newsdoc_registry) -> size_t;
    pub fn newsdoc_registry_warning_at(reg: *const newsdoc_registry, i: size_t) -> *const c_char;

    // ---- parse.h ----
    /// Since 1.1 (symbol version NEWSDOC_1.1): what binary data `data`
    /// looks like ("a gzip-compressed ...", "binary data"), or NULL for a page.
    pub fn newsdoc_binary_format(data: *const c_char, len: size_t) -> *const c_char;
    pub fn newsdoc_parse_options_init(opts: *mut newsdoc_parse_options, version: c_uint) -> c_int;
    pub fn newsdoc_parse(
        out: *mut *mut newsdoc_document,
        reg: *const newsdoc_registry,
        data: *const c_char,
        len: size_t,
        url: *const c_char,
        opts: *const newsdoc_parse_options,
    ) -> c_int;
    pub fn newsdoc_document_from_json(out: *mut *mut newsdoc_document, data: *const c_char, len: size_t) -> c_int;

    // ---- export.h ----
    pub fn newsdoc_export_options_init(opts: *mut newsdoc_export_options, version: c_uint) -> c_int;
    pub fn newsdoc_export(
        out: *mut newsdoc_buf,
        reg: *const newsdoc_registry,
        doc: *const newsdoc_document,
        format: *const c_char,
        opts: *const newsdoc_export_options,
    ) -> c_int;
}
