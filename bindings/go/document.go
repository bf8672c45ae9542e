package newsdoc

// #include "shim.h"
import "C"

import (
	"runtime"
	"strconv"
	"unsafe"
)

// Input says what the bytes given to Parse are.
type Input int

// Inputs (the C library's newsdoc_input values).
const (
	InputHTML Input = C.NEWSDOC_INPUT_HTML // an HTML page (the default)
	InputText Input = C.NEWSDOC_INPUT_TEXT // a page rendered as plain text
	InputJSON Input = C.NEWSDOC_INPUT_JSON // a document exported as JSON (round trip)
)

// Limits bound the work done on one input; a zero field means the
// library's default (64 MiB input, depth 256, 2,000,000 nodes, 4 MiB of
// JSON-LD, 1,000 quotes, 100 related items, and 20,000,000 steps of work
// plus 10 a byte of input, far above any real page: see max_work in
// newsdoc/parse.h).
type Limits struct {
	MaxInputSize  int
	MaxDepth      int
	MaxNodes      int
	MaxJSONLDSize int
	MaxQuotes     int
	MaxRelated    int
	MaxWork       int
}

// ParseOption configures Parse.
type ParseOption func(*parseConfig)

type parseConfig struct {
	input   Input
	parser  string
	charset string
	flags   C.uint
	limits  *Limits
}

// WithInput says what the bytes are (InputHTML when not given).
func WithInput(in Input) ParseOption { return func(c *parseConfig) { c.input = in } }

// WithParser names the parser to use ("generic", or a plugin parser's id)
// instead of choosing one by URL and probes. An unknown id is ErrNotFound.
func WithParser(id string) ParseOption { return func(c *parseConfig) { c.parser = id } }

// WithCharset gives a charset hint, such as the HTTP Content-Type's, for
// bytes that are not UTF-8. Without it the charset is detected.
func WithCharset(charset string) ParseOption { return func(c *parseConfig) { c.charset = charset } }

// WithLimits sets the parse limits.
func WithLimits(l Limits) ParseOption { return func(c *parseConfig) { lc := l; c.limits = &lc } }

// WithQuotesBySentence makes a quotation that its cue splits across
// sentences (“A,” said X. “B.”) two quotes, one per sentence, both with X
// as speaker, as news corpora such as PolNeAR annotate it; without it
// that is one joined quote. Within one sentence (“A,” he said, “b.”) it is
// one quote either way (NEWSDOC_PARSE_QUOTES_BY_SENTENCE).
func WithQuotesBySentence() ParseOption {
	return func(c *parseConfig) { c.flags |= C.NEWSDOC_PARSE_QUOTES_BY_SENTENCE }
}

// Parse parses a page with the built-in parser only (no plugins); it is
// (*Registry)(nil).Parse.
func Parse(data []byte, url string, opts ...ParseOption) (*Document, error) {
	return (*Registry)(nil).Parse(data, url, opts...)
}

// Parse turns the bytes of a page into a Document. url (may be "") helps
// choosing a site parser and making links absolute. The bytes are only
// read during the call; the document owns copies of everything.
func (r *Registry) Parse(data []byte, url string, opts ...ParseOption) (*Document, error) {
	var cfg parseConfig
	for _, o := range opts {
		o(&cfg)
	}
	var curl, cparser, ccharset *C.char
	if url != "" {
		curl = C.CString(url)
		defer C.free(unsafe.Pointer(curl))
	}
	if cfg.parser != "" {
		cparser = C.CString(cfg.parser)
		defer C.free(unsafe.Pointer(cparser))
	}
	if cfg.charset != "" {
		ccharset = C.CString(cfg.charset)
		defer C.free(unsafe.Pointer(ccharset))
	}
	var limits *C.size_t
	var larr [7]C.size_t
	if l := cfg.limits; l != nil {
		for i, v := range []int{l.MaxInputSize, l.MaxDepth, l.MaxNodes, l.MaxJSONLDSize, l.MaxQuotes, l.MaxRelated,
			l.MaxWork} {
			if v < 0 {
				return nil, misuse("WithLimits: a limit is negative")
			}
			larr[i] = C.size_t(v)
		}
		limits = &larr[0]
	}
	// The bytes are lent for this call only (cgo rules: C keeps no Go
	// pointer); an empty input still needs a non-NULL pointer so that the
	// library reports it as empty rather than as a NULL argument.
	cdata := &C.newsdoc_go_empty[0]
	if len(data) > 0 {
		cdata = (*C.char)(unsafe.Pointer(&data[0]))
	}

	creg, ok := r.acquire()
	if !ok {
		return nil, errRegistryClosed
	}
	defer r.release()
	var doc *C.newsdoc_document
	var msg *C.char
	rc := C.newsdoc_go_parse(&doc, creg, cdata, C.size_t(len(data)), curl, C.int(cfg.input),
		cparser, ccharset, cfg.flags, limits, &msg)
	runtime.KeepAlive(data)
	if rc != 0 {
		return nil, newError(rc, msg)
	}
	return newDocument(doc), nil
}

// FromJSON reads a document back from the JSON that Export("json") writes.
func FromJSON(data []byte) (*Document, error) {
	cdata := &C.newsdoc_go_empty[0]
	if len(data) > 0 {
		cdata = (*C.char)(unsafe.Pointer(&data[0]))
	}
	var doc *C.newsdoc_document
	var msg *C.char
	rc := C.newsdoc_go_from_json(&doc, cdata, C.size_t(len(data)), &msg)
	runtime.KeepAlive(data)
	if rc != 0 {
		return nil, newError(rc, msg)
	}
	return newDocument(doc), nil
}

// ExportOption configures Export.
type ExportOption func(*exportConfig)

type exportConfig struct{ flags C.uint }

// Compact writes the output on one line without indentation (JSON).
func Compact() ExportOption {
	return func(c *exportConfig) { c.flags |= C.NEWSDOC_EXPORT_COMPACT }
}

// Export writes the document in a format with the exporters of reg:
// "json" (built in), or any format reg.Exporters lists ("xml", "markdown",
// "text" from the in-tree plugins). A nil reg means the built-in json only.
// The registry is given, not remembered from Parse, as in the Rust binding
// (doc.export(&reg, format)): a document outlives the registry that made
// it, and may be exported with another one. An unknown format is
// ErrNotFound; a closed registry ErrInvalid.
func (d *Document) Export(reg *Registry, format string, opts ...ExportOption) ([]byte, error) {
	if d == nil {
		return nil, errDocumentClosed
	}
	return reg.Export(d, format, opts...)
}

// Export writes doc in format with this registry's exporters (a nil
// registry: the built-in ones); the same as doc.Export(r, format).
func (r *Registry) Export(doc *Document, format string, opts ...ExportOption) ([]byte, error) {
	if doc == nil || doc.c == nil {
		return nil, errDocumentClosed
	}
	defer runtime.KeepAlive(doc)
	var cfg exportConfig
	for _, o := range opts {
		o(&cfg)
	}
	cformat := C.CString(format)
	defer C.free(unsafe.Pointer(cformat))
	creg, ok := r.acquire()
	if !ok {
		return nil, errRegistryClosed
	}
	defer r.release()
	// One copy, from the library's buffer straight into Go memory.
	var buf C.newsdoc_buf
	var msg *C.char
	rc := C.newsdoc_go_export(&buf, creg, doc.c, cformat, cfg.flags, &msg)
	defer C.newsdoc_buf_dispose(&buf)
	if rc != 0 {
		return nil, newError(rc, msg)
	}
	out := make([]byte, int(buf.size))
	copy(out, unsafe.Slice((*byte)(unsafe.Pointer(buf.ptr)), len(out)))
	return out, nil
}

// Document is a parsed page. Its getters copy values into Go memory. A
// Document is used by one goroutine at a time; call Close when done.
type Document struct {
	c *C.newsdoc_document
}

var errDocumentClosed = misuse("the document is closed")

func newDocument(c *C.newsdoc_document) *Document {
	d := &Document{c: c}
	runtime.SetFinalizer(d, (*Document).Close)
	return d
}

// Close frees the document. It may be called more than once; the getters
// of a closed document return zero values and Export an error.
func (d *Document) Close() error {
	if d != nil && d.c != nil {
		C.newsdoc_document_free(d.c)
		d.c = nil
		runtime.SetFinalizer(d, nil)
	}
	return nil
}

// Field names a document field, for Lookup and Provenance.
type Field int

// Fields (the C library's newsdoc_field values). URL to Parser and
// PageType are string fields; the others exist so that their provenance
// can be asked.
const (
	FieldURL          Field = C.NEWSDOC_FIELD_URL
	FieldCanonicalURL Field = C.NEWSDOC_FIELD_CANONICAL_URL
	FieldSiteName     Field = C.NEWSDOC_FIELD_SITE_NAME
	FieldLanguage     Field = C.NEWSDOC_FIELD_LANGUAGE
	FieldTitle        Field = C.NEWSDOC_FIELD_TITLE
	FieldSubtitle     Field = C.NEWSDOC_FIELD_SUBTITLE
	FieldDescription  Field = C.NEWSDOC_FIELD_DESCRIPTION
	FieldSection      Field = C.NEWSDOC_FIELD_SECTION
	FieldPublished    Field = C.NEWSDOC_FIELD_PUBLISHED
	FieldModified     Field = C.NEWSDOC_FIELD_MODIFIED
	FieldParser       Field = C.NEWSDOC_FIELD_PARSER
	FieldTags         Field = C.NEWSDOC_FIELD_TAGS
	FieldAuthors      Field = C.NEWSDOC_FIELD_AUTHORS
	FieldBody         Field = C.NEWSDOC_FIELD_BODY
	FieldQuotes       Field = C.NEWSDOC_FIELD_QUOTES
	FieldRelated      Field = C.NEWSDOC_FIELD_RELATED
	FieldComments     Field = C.NEWSDOC_FIELD_COMMENTS
	FieldImages       Field = C.NEWSDOC_FIELD_IMAGES
	FieldPageType     Field = C.NEWSDOC_FIELD_PAGE_TYPE
)

// String is the field's JSON key ("canonical_url").
func (f Field) String() string {
	if s := C.newsdoc_field_name(C.int(f)); s != nil {
		return C.GoString(s)
	}
	return "Field(" + strconv.Itoa(int(f)) + ")"
}

// Lookup returns a string field (FieldURL to FieldParser, FieldPageType)
// and whether the page gave it: unknown is ("", false), never an invented
// value.
func (d *Document) Lookup(f Field) (string, bool) {
	if d == nil || d.c == nil {
		return "", false
	}
	defer runtime.KeepAlive(d)
	s := C.newsdoc_document_get(d.c, C.int(f))
	if s == nil {
		return "", false
	}
	return C.GoString(s), true
}

func (d *Document) get(f Field) string {
	s, _ := d.Lookup(f)
	return s
}

// URL is the page's URL as given to Parse ("" when unknown, as for every
// string getter; Lookup tells unknown from empty).
func (d *Document) URL() string { return d.get(FieldURL) }

// CanonicalURL is the page's canonical URL.
func (d *Document) CanonicalURL() string { return d.get(FieldCanonicalURL) }

// SiteName is the publication's name.
func (d *Document) SiteName() string { return d.get(FieldSiteName) }

// Language is the page's language (BCP 47).
func (d *Document) Language() string { return d.get(FieldLanguage) }

// Title is the headline.
func (d *Document) Title() string { return d.get(FieldTitle) }

// Subtitle is the dek or standfirst.
func (d *Document) Subtitle() string { return d.get(FieldSubtitle) }

// Description is the page's summary.
func (d *Document) Description() string { return d.get(FieldDescription) }

// Section is the page's section ("World").
func (d *Document) Section() string { return d.get(FieldSection) }

// Published is the publication date, ISO 8601 with the page's UTC offset
// when it gave one.
func (d *Document) Published() string { return d.get(FieldPublished) }

// Modified is the last modification date, ISO 8601.
func (d *Document) Modified() string { return d.get(FieldModified) }

// Parser is the id of the parser that made the document ("generic", a
// plugin parser's id).
func (d *Document) Parser() string { return d.get(FieldParser) }

// PageType is the kind of page the document came from: "article",
// "forum", "product", "collection", "listing", "documentation" or
// "service"; "" when unknown. Provenance(FieldPageType) says how it was
// found ("json-ld", "opengraph", "microdata", "classifier", "site-rule").
func (d *Document) PageType() string { return d.get(FieldPageType) }

// Provenance says where a field's value came from: "json-ld",
// "opengraph", "meta", "microdata", "time", "rel-author", "byline",
// "html", "text", "classifier", "site-rule", "plugin", "import", "api"; ""
// when unset.
func (d *Document) Provenance(f Field) string {
	if d == nil || d.c == nil {
		return ""
	}
	defer runtime.KeepAlive(d)
	return goString(C.newsdoc_document_provenance(d.c, C.int(f)))
}

// Text is the body as plain text: block texts joined by blank lines.
func (d *Document) Text() string {
	if d == nil || d.c == nil {
		return ""
	}
	defer runtime.KeepAlive(d)
	return C.GoStringN(C.newsdoc_document_text(d.c), C.int(C.newsdoc_document_text_len(d.c)))
}

// Tags are the page's keywords.
func (d *Document) Tags() []string {
	if d == nil || d.c == nil {
		return nil
	}
	defer runtime.KeepAlive(d)
	return goStrings(C.newsdoc_document_tag_count(d.c),
		func(i C.size_t) *C.char { return C.newsdoc_document_tag_at(d.c, i) })
}

// CommentCount is the number of comments the page states, and false when
// it does not say (0 with true is a real count of zero).
func (d *Document) CommentCount() (int, bool) {
	if d == nil || d.c == nil {
		return 0, false
	}
	defer runtime.KeepAlive(d)
	n := C.newsdoc_document_comment_count(d.c)
	if n < 0 {
		return 0, false
	}
	return int(n), true
}

// AuthorKind says what an author is: a person, or an organisation
// credited as the author (the publisher, a news agency, a desk).
type AuthorKind int

// Author kinds (the C library's NEWSDOC_AUTHOR_* values, since 1.2). The
// extractor gives every author it finds a kind, AuthorPerson unless the
// page shows an organisation; AuthorUnknown is a kind nobody set.
const (
	AuthorUnknown      AuthorKind = C.NEWSDOC_AUTHOR_UNKNOWN
	AuthorPerson       AuthorKind = C.NEWSDOC_AUTHOR_PERSON
	AuthorOrganization AuthorKind = C.NEWSDOC_AUTHOR_ORGANIZATION
)

// String is the kind's JSON name ("person", "organization"), "unknown"
// for AuthorUnknown.
func (k AuthorKind) String() string {
	switch name := C.newsdoc_author_kind_name(C.int(k)); {
	case name != nil:
		return C.GoString(name)
	case k == AuthorUnknown:
		return "unknown"
	}
	return "AuthorKind(" + strconv.Itoa(int(k)) + ")"
}

// Author is one author of the page.
type Author struct {
	Name        string
	Role        string // job title as written ("Interim Executive Director")
	Affiliation string // organisation ("Human Rights Watch")
	URL         string
	Kind        AuthorKind // a person, or an organisation credited as the author
}

// Authors lists the authors in byline order.
func (d *Document) Authors() []Author {
	if d == nil || d.c == nil {
		return nil
	}
	defer runtime.KeepAlive(d)
	return collect(C.newsdoc_document_author_count(d.c),
		func(i C.size_t) *C.newsdoc_author { return C.newsdoc_document_author_at(d.c, i) },
		func(a *C.newsdoc_author) Author {
			return Author{
				Name:        goString(C.newsdoc_author_name(a)),
				Role:        goString(C.newsdoc_author_role(a)),
				Affiliation: goString(C.newsdoc_author_affiliation(a)),
				URL:         goString(C.newsdoc_author_url(a)),
				Kind:        AuthorKind(C.newsdoc_author_kind(a)),
			}
		})
}

// BlockType is the kind of a body block.
type BlockType int

// Block types (the C library's newsdoc_block_kind values).
const (
	BlockParagraph    BlockType = C.NEWSDOC_BLOCK_PARAGRAPH
	BlockHeading      BlockType = C.NEWSDOC_BLOCK_HEADING
	BlockList         BlockType = C.NEWSDOC_BLOCK_LIST
	BlockBlockquote   BlockType = C.NEWSDOC_BLOCK_BLOCKQUOTE
	BlockPreformatted BlockType = C.NEWSDOC_BLOCK_PREFORMATTED
	BlockTable        BlockType = C.NEWSDOC_BLOCK_TABLE
	BlockFigure       BlockType = C.NEWSDOC_BLOCK_FIGURE
)

// String is the type's name ("paragraph", "heading", ...).
func (t BlockType) String() string {
	if s := C.newsdoc_block_type_name(C.int(t)); s != nil {
		return C.GoString(s)
	}
	return "BlockType(" + strconv.Itoa(int(t)) + ")"
}

// Block is one body block. Which fields are set depends on Type.
type Block struct {
	Type BlockType
	// Text: paragraphs, headings, blockquotes, preformatted: their text;
	// lists: the items one per line; tables: rows one per line, cells
	// separated by tabs; figures: the caption.
	Text     string
	Level    int        // headings: 1..6
	Ordered  bool       // lists: numbered (<ol>)
	Items    []string   // lists
	Rows     [][]string // tables: rows of cells
	ImageURL string     // figures
	ImageAlt string     // figures
	Caption  string     // figures
	Credit   string     // figures
}

// Blocks lists the body in document order.
func (d *Document) Blocks() []Block {
	if d == nil || d.c == nil {
		return nil
	}
	defer runtime.KeepAlive(d)
	return collect(C.newsdoc_document_block_count(d.c),
		func(i C.size_t) *C.newsdoc_block { return C.newsdoc_document_block_at(d.c, i) },
		goBlock)
}

// goBlock copies one block.
func goBlock(b *C.newsdoc_block) Block {
	blk := Block{
		Type:     BlockType(C.newsdoc_block_type(b)),
		Text:     C.GoStringN(C.newsdoc_block_text(b), C.int(C.newsdoc_block_text_len(b))),
		Level:    int(C.newsdoc_block_level(b)),
		Ordered:  C.newsdoc_block_ordered(b) != 0,
		ImageURL: goString(C.newsdoc_block_image_url(b)),
		ImageAlt: goString(C.newsdoc_block_image_alt(b)),
		Caption:  goString(C.newsdoc_block_caption(b)),
		Credit:   goString(C.newsdoc_block_credit(b)),
	}
	blk.Items = goStrings(C.newsdoc_block_item_count(b),
		func(j C.size_t) *C.char { return C.newsdoc_block_item_at(b, j) })
	if rows := int(C.newsdoc_block_row_count(b)); rows > 0 {
		blk.Rows = make([][]string, rows)
		for r := range blk.Rows {
			cells := make([]string, int(C.newsdoc_block_cell_count(b, C.size_t(r))))
			for c := range cells {
				cells[c] = goString(C.newsdoc_block_cell_at(b, C.size_t(r), C.size_t(c)))
			}
			blk.Rows[r] = cells
		}
	}
	return blk
}

// Quote is a direct quote in the body.
type Quote struct {
	Text            string // the quoted words, without the quotation marks
	Speaker         string // as written ("Ji Seong-ho", "the representative")
	SpeakerResolved string // the full name the speaker mention refers to, when known
	Cue             string // "said", "stated", ":"
	// Block is the index in Blocks of the block the quote starts in; Start
	// and End (exclusive) are offsets in that block's Text counted in
	// Unicode code points (runes, not bytes): []rune(text)[Start:End].
	// Each is -1 when unknown.
	Block, Start, End int
}

// Quotes lists the direct quotes in document order.
func (d *Document) Quotes() []Quote {
	if d == nil || d.c == nil {
		return nil
	}
	defer runtime.KeepAlive(d)
	return collect(C.newsdoc_document_quote_count(d.c),
		func(i C.size_t) *C.newsdoc_quote { return C.newsdoc_document_quote_at(d.c, i) },
		func(q *C.newsdoc_quote) Quote {
			return Quote{
				Text:            goString(C.newsdoc_quote_text(q)),
				Speaker:         goString(C.newsdoc_quote_speaker(q)),
				SpeakerResolved: goString(C.newsdoc_quote_speaker_resolved(q)),
				Cue:             goString(C.newsdoc_quote_cue(q)),
				Block:           int(C.newsdoc_quote_block(q)),
				Start:           int(C.newsdoc_quote_start(q)),
				End:             int(C.newsdoc_quote_end(q)),
			}
		})
}

// Related is an item of the page's related-articles box.
type Related struct {
	Title   string
	URL     string
	Author  string
	Summary string
	Image   string
}

// Related lists the related-article items.
func (d *Document) Related() []Related {
	if d == nil || d.c == nil {
		return nil
	}
	defer runtime.KeepAlive(d)
	return collect(C.newsdoc_document_related_count(d.c),
		func(i C.size_t) *C.newsdoc_related { return C.newsdoc_document_related_at(d.c, i) },
		func(r *C.newsdoc_related) Related {
			return Related{
				Title:   goString(C.newsdoc_related_title(r)),
				URL:     goString(C.newsdoc_related_url(r)),
				Author:  goString(C.newsdoc_related_author(r)),
				Summary: goString(C.newsdoc_related_summary(r)),
				Image:   goString(C.newsdoc_related_image(r)),
			}
		})
}

// Image is an image of the article.
type Image struct {
	URL     string
	Alt     string
	Caption string
	Credit  string
	Lead    bool // the article's lead image
}

// Images lists the article's images.
func (d *Document) Images() []Image {
	if d == nil || d.c == nil {
		return nil
	}
	defer runtime.KeepAlive(d)
	return collect(C.newsdoc_document_image_count(d.c),
		func(i C.size_t) *C.newsdoc_image { return C.newsdoc_document_image_at(d.c, i) },
		func(im *C.newsdoc_image) Image {
			return Image{
				URL:     goString(C.newsdoc_image_url(im)),
				Alt:     goString(C.newsdoc_image_alt(im)),
				Caption: goString(C.newsdoc_image_caption(im)),
				Credit:  goString(C.newsdoc_image_credit(im)),
				Lead:    C.newsdoc_image_is_lead(im) != 0,
			}
		})
}
