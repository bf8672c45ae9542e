package newsdoc

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func TestVersion(t *testing.T) {
	v, major, minor, patch := Version()
	if major != 1 || v == "" || !strings.HasPrefix(v, "1.") {
		t.Fatalf("Version() = %q %d.%d.%d", v, major, minor, patch)
	}
	if minor < 0 || patch < 0 {
		t.Fatalf("negative version parts %d.%d", minor, patch)
	}
}

// The ferry page (testdata/ferry.html) has every kind of block and every
// document field, read through the built-in generic parser.
func TestDocumentModel(t *testing.T) {
	doc := mustParse(t, nil, readTestdata(t, "ferry.html"), ferryURL)
	defer doc.Close()

	strs := []struct {
		name, got, want string
	}{
		{"URL", doc.URL(), ferryURL},
		{"CanonicalURL", doc.CanonicalURL(), ferryURL},
		{"SiteName", doc.SiteName(), "Coast Times"},
		{"Language", doc.Language(), "en"},
		{"Title", doc.Title(), "Harbour ferry returns after repairs"},
		{"Subtitle", doc.Subtitle(), ""},
		{"Description", doc.Description(), "The harbour ferry sailed again on Monday."},
		{"Section", doc.Section(), "Local"},
		{"Published", doc.Published(), "2026-03-02T09:15:00+01:00"},
		{"Modified", doc.Modified(), "2026-03-02T11:00:00+01:00"},
		{"Parser", doc.Parser(), "generic"},
	}
	for _, s := range strs {
		if s.got != s.want {
			t.Errorf("%s() = %q, want %q", s.name, s.got, s.want)
		}
	}

	if v, ok := doc.Lookup(FieldTitle); !ok || v != doc.Title() {
		t.Errorf("Lookup(FieldTitle) = %q, %v", v, ok)
	}
	if v, ok := doc.Lookup(FieldSubtitle); ok || v != "" {
		t.Errorf("Lookup(FieldSubtitle) = %q, %v; want unknown", v, ok)
	}
	if _, ok := doc.Lookup(Field(99)); ok {
		t.Errorf("Lookup(Field(99)) found a value")
	}

	prov := map[Field]string{
		FieldTitle: "json-ld", FieldSiteName: "opengraph", FieldDescription: "meta",
		FieldAuthors: "json-ld", FieldBody: "html", FieldComments: "json-ld", FieldURL: "api",
		FieldSubtitle: "",
	}
	for f, want := range prov {
		if got := doc.Provenance(f); got != want {
			t.Errorf("Provenance(%v) = %q, want %q", f, got, want)
		}
	}

	if got := doc.Tags(); !equalStrings(got, []string{"ferries", "harbour"}) {
		t.Errorf("Tags() = %q", got)
	}
	if n, ok := doc.CommentCount(); !ok || n != 0 {
		t.Errorf("CommentCount() = %d, %v; want 0, true (0 is a value)", n, ok)
	}

	wantAuthors := []Author{{Name: "Mara Lind", Role: "Transport Reporter", Affiliation: "Coast Times",
		URL: "https://coast.example/staff/mara", Kind: AuthorPerson}}
	if got := doc.Authors(); !reflect.DeepEqual(got, wantAuthors) {
		t.Errorf("Authors() = %+v", got)
	}

	blocks := doc.Blocks()
	types := make([]string, len(blocks))
	for i, b := range blocks {
		types[i] = b.Type.String()
	}
	wantTypes := []string{"paragraph", "paragraph", "heading", "list", "figure", "table", "blockquote", "preformatted", "paragraph"}
	if !equalStrings(types, wantTypes) {
		t.Fatalf("block types = %q, want %q", types, wantTypes)
	}
	if b := blocks[2]; b.Type != BlockHeading || b.Level != 2 || b.Text != "What was repaired" {
		t.Errorf("heading = %+v", b)
	}
	if b := blocks[3]; b.Type != BlockList || !b.Ordered || !equalStrings(b.Items, []string{"The starboard engine", "The passenger ramp"}) ||
		b.Text != "The starboard engine\nThe passenger ramp" {
		t.Errorf("list = %+v", b)
	}
	if b := blocks[4]; b.Type != BlockFigure || b.ImageURL != "https://coast.example/img/ferry.jpg" ||
		b.ImageAlt != "The ferry at the pier" || b.Caption != "The ferry at the pier on Monday." || b.Credit != "Photo: Ana Ruiz" {
		t.Errorf("figure = %+v", b)
	}
	if b := blocks[5]; b.Type != BlockTable || !reflect.DeepEqual(b.Rows, [][]string{{"Day", "Crossings"}, {"Monday", "12"}}) ||
		b.Text != "Day\tCrossings\nMonday\t12" {
		t.Errorf("table = %+v", b)
	}
	if b := blocks[6]; b.Type != BlockBlockquote || b.Text != "The bay is our road, and the ferry is our bus." {
		t.Errorf("blockquote = %+v", b)
	}
	if b := blocks[7]; b.Type != BlockPreformatted || b.Text != "timetable: 07:00 08:00 09:00" {
		t.Errorf("preformatted = %+v", b)
	}
	if b := blocks[0]; b.Level != 0 || b.Ordered || b.Items != nil || b.Rows != nil || b.ImageURL != "" {
		t.Errorf("paragraph has list/table/figure fields: %+v", b)
	}
	texts := make([]string, len(blocks))
	for i, b := range blocks {
		texts[i] = b.Text
	}
	if got := doc.Text(); got != strings.Join(texts, "\n\n") {
		t.Errorf("Text() is not the blocks joined by blank lines:\n%q", got)
	}

	quotes := doc.Quotes()
	if len(quotes) != 1 {
		t.Fatalf("Quotes() = %+v", quotes)
	}
	q := quotes[0]
	if q.Text != "We are glad to have her back on the water," || q.Speaker != "Jonas Berg" ||
		q.SpeakerResolved != "Jonas Berg" || q.Cue != "said" || q.Block != 1 {
		t.Errorf("quote = %+v", q)
	}
	// Offsets are code points: the block starts "Après la réparation, “".
	runes := []rune(blocks[q.Block].Text)
	if q.Start != 22 || q.End > len(runes) || string(runes[q.Start:q.End]) != q.Text {
		t.Errorf("quote offsets %d..%d do not select %q in %q", q.Start, q.End, q.Text, blocks[q.Block].Text)
	}

	wantRelated := []Related{{Title: "Bridge closes for a week", URL: "https://coast.example/news/bridge"}}
	if got := doc.Related(); !reflect.DeepEqual(got, wantRelated) {
		t.Errorf("Related() = %+v", got)
	}
	wantImages := []Image{{URL: "https://coast.example/img/ferry.jpg", Caption: "The ferry at the pier on Monday.", Lead: true}}
	if got := doc.Images(); !reflect.DeepEqual(got, wantImages) {
		t.Errorf("Images() = %+v", got)
	}
}

func TestFieldAndBlockTypeNames(t *testing.T) {
	names := map[Field]string{
		FieldURL: "url", FieldCanonicalURL: "canonical_url", FieldSiteName: "site_name", FieldLanguage: "language",
		FieldTitle: "title", FieldSubtitle: "subtitle", FieldDescription: "description", FieldSection: "section",
		FieldPublished: "published", FieldModified: "modified", FieldParser: "parser", FieldTags: "tags",
		FieldAuthors: "authors", FieldBody: "body", FieldQuotes: "quotes", FieldRelated: "related",
		FieldComments: "comments", FieldImages: "images", FieldPageType: "page_type",
	}
	for f, want := range names {
		if got := f.String(); got != want {
			t.Errorf("Field(%d).String() = %q, want %q", int(f), got, want)
		}
	}
	if got := Field(42).String(); got != "Field(42)" {
		t.Errorf("Field(42).String() = %q", got)
	}
	kinds := map[BlockType]string{
		BlockParagraph: "paragraph", BlockHeading: "heading", BlockList: "list", BlockBlockquote: "blockquote",
		BlockPreformatted: "preformatted", BlockTable: "table", BlockFigure: "figure",
	}
	for k, want := range kinds {
		if got := k.String(); got != want {
			t.Errorf("BlockType(%d).String() = %q, want %q", int(k), got, want)
		}
	}
	if got := BlockType(-3).String(); got != "BlockType(-3)" {
		t.Errorf("BlockType(-3).String() = %q", got)
	}
	authorKinds := map[AuthorKind]string{
		AuthorUnknown: "unknown", AuthorPerson: "person", AuthorOrganization: "organization", AuthorKind(7): "AuthorKind(7)",
	}
	for k, want := range authorKinds {
		if got := k.String(); got != want {
			t.Errorf("AuthorKind(%d).String() = %q, want %q", int(k), got, want)
		}
	}
}

// An agency credited as the author is an organisation; the reporter beside
// it a person; a kind read from JSON comes back as it was written.
func TestAuthorKinds(t *testing.T) {
	page := []byte(`<html><head><script type="application/ld+json">{"@type":"NewsArticle",` +
		`"headline":"Tide tables change","author":[{"@type":"Person","name":"Ola Berg"},` +
		`{"@type":"Organization","name":"Harbour Wire Collective"}]}</script></head>` +
		`<body><article><h1>Tide tables change</h1><p>The harbour office printed new tide tables for ` +
		`the spring, with two extra columns for the evening ferries.</p></article></body></html>`)
	doc := mustParse(t, nil, page, "https://tides.example/news/1")
	defer doc.Close()
	want := []AuthorKind{AuthorPerson, AuthorOrganization}
	authors := doc.Authors()
	if len(authors) != len(want) {
		t.Fatalf("Authors() = %+v", authors)
	}
	for i, a := range authors {
		if a.Kind != want[i] {
			t.Errorf("author %q: Kind %v, want %v", a.Name, a.Kind, want[i])
		}
	}
	back, err := FromJSON([]byte(`{"authors":[{"name":"Newsroom","kind":"organization"},{"name":"Ola Berg"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	defer back.Close()
	if got := back.Authors(); len(got) != 2 || got[0].Kind != AuthorOrganization || got[1].Kind != AuthorUnknown {
		t.Errorf("FromJSON authors = %+v", got)
	}
}

func TestExportAndJSONRoundTrip(t *testing.T) {
	doc := mustParse(t, nil, readTestdata(t, "ferry.html"), ferryURL)
	defer doc.Close()

	out, err := doc.Export(nil, "json")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]interface{}
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatalf("Export(json) is not JSON: %v", err)
	}
	if m["title"] != doc.Title() {
		t.Errorf("exported title %v", m["title"])
	}
	compact, err := doc.Export(nil, "json", Compact())
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Count(compact, []byte("\n")) > 1 || len(compact) >= len(out) {
		t.Errorf("Compact() output is not one line:\n%s", compact)
	}

	// The two ways of reading JSON back give the same document.
	back, err := FromJSON(out)
	if err != nil {
		t.Fatal(err)
	}
	defer back.Close()
	viaParse := mustParse(t, nil, compact, "", WithInput(InputJSON))
	defer viaParse.Close()
	for _, d := range []*Document{back, viaParse} {
		if d.Title() != doc.Title() || !reflect.DeepEqual(d.Authors(), doc.Authors()) ||
			!reflect.DeepEqual(d.Quotes(), doc.Quotes()) || !reflect.DeepEqual(d.Blocks(), doc.Blocks()) ||
			!reflect.DeepEqual(d.Related(), doc.Related()) || !reflect.DeepEqual(d.Images(), doc.Images()) {
			t.Errorf("JSON round trip changed the document")
		}
	}
	again, err := back.Export(nil, "json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, out) {
		t.Errorf("JSON round trip is not exact")
	}
}

func TestTextInput(t *testing.T) {
	page := []byte("Ferry returns after repairs\n\nBy Mara Lind\n\n" +
		"The harbour ferry sailed again on Monday after three months in the dry dock at the northern yard.\n\n" +
		"\"We are glad to have her back,\" said Jonas Berg, the harbour master.\n")
	doc := mustParse(t, nil, page, "", WithInput(InputText))
	defer doc.Close()
	if doc.Title() != "Ferry returns after repairs" {
		t.Errorf("Title() = %q", doc.Title())
	}
	if a := doc.Authors(); len(a) != 1 || a[0].Name != "Mara Lind" {
		t.Errorf("Authors() = %+v", a)
	}
	if q := doc.Quotes(); len(q) != 1 || q[0].Speaker != "Jonas Berg" {
		t.Errorf("Quotes() = %+v", q)
	}
	if doc.Provenance(FieldTitle) != "text" {
		t.Errorf("Provenance(title) = %q", doc.Provenance(FieldTitle))
	}
	if _, ok := doc.CommentCount(); ok {
		t.Errorf("CommentCount() known for a page that does not state it")
	}
}

func TestQuotesBySentence(t *testing.T) {
	page := []byte("Title\n\n“The bridge will open in May,” said Anna Berg. “We are ready.”\n")
	quotes := func(opts ...ParseOption) []Quote {
		t.Helper()
		doc := mustParse(t, nil, page, "", append([]ParseOption{WithInput(InputText)}, opts...)...)
		defer doc.Close()
		return doc.Quotes()
	}
	check := func(name string, got []Quote, want ...string) {
		t.Helper()
		if len(got) != len(want) {
			t.Fatalf("%s: %d quotes, want %d: %+v", name, len(got), len(want), got)
		}
		for i, q := range got {
			if q.Text != want[i] || q.Speaker != "Anna Berg" || q.Cue != "said" {
				t.Errorf("%s: quote %d = %+v, want %q by Anna Berg (said)", name, i, q, want[i])
			}
		}
	}
	// By default the quotation the cue splits is one joined quote.
	check("default", quotes(), "The bridge will open in May, We are ready.")
	// With the option, one quote per sentence, the same speaker for both.
	check("by sentence", quotes(WithQuotesBySentence()), "The bridge will open in May,", "We are ready.")
	// Given with other options, in either order, and twice: the same.
	check("with limits", quotes(WithLimits(Limits{MaxQuotes: 10}), WithQuotesBySentence(), WithQuotesBySentence()),
		"The bridge will open in May,", "We are ready.")
	// Within one sentence it is one quote either way.
	one := []byte("Title\n\n“The bridge,” said Anna Berg, “will open in May.”\n")
	doc := mustParse(t, nil, one, "", WithInput(InputText), WithQuotesBySentence())
	defer doc.Close()
	check("one sentence", doc.Quotes(), "The bridge, will open in May.")
}

func TestCharset(t *testing.T) {
	page := []byte("<html><head><title>Caf\xe9 reopens</title></head><body><article>" +
		"<p>The caf\xe9 by the harbour reopened on Monday after a winter of repairs to its roof and kitchen.</p>" +
		"</article></body></html>")
	doc := mustParse(t, nil, page, "", WithCharset("ISO-8859-1"))
	defer doc.Close()
	if doc.Title() != "Café reopens" {
		t.Errorf("Title() = %q, want %q", doc.Title(), "Café reopens")
	}
}

func TestClosedDocument(t *testing.T) {
	doc := mustParse(t, nil, readTestdata(t, "ferry.html"), ferryURL)
	if err := doc.Close(); err != nil {
		t.Fatal(err)
	}
	if err := doc.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if doc.Title() != "" || doc.Text() != "" || doc.Provenance(FieldTitle) != "" || doc.Authors() != nil ||
		doc.Blocks() != nil || doc.Quotes() != nil || doc.Related() != nil || doc.Images() != nil || doc.Tags() != nil {
		t.Errorf("a closed document still returns values")
	}
	if _, ok := doc.CommentCount(); ok {
		t.Errorf("CommentCount on a closed document")
	}
	if _, err := doc.Export(nil, "json"); !isCode(err, CodeInvalid) {
		t.Errorf("Export on a closed document: %v", err)
	}
	var nilDoc *Document
	if nilDoc.Title() != "" || nilDoc.Close() != nil {
		t.Errorf("nil document")
	}
	if _, err := nilDoc.Export(nil, "json"); !isCode(err, CodeInvalid) {
		t.Errorf("Export on a nil document: %v", err)
	}
}
