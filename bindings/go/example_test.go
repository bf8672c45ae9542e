package newsdoc_test

import (
	"errors"
	"fmt"
	"log"

	"libnewsdoc.org/newsdoc"
)

const page = `<html><head><title>Ferry returns | Coast Times</title>
<meta property="og:title" content="Ferry returns">
<meta name="author" content="Mara Lind"></head>
<body><article><h1>Ferry returns</h1>
<p>The harbour ferry sailed again on Monday after three months in the dry dock at the northern yard.</p>
<p>"We are glad to have her back on the water," said Jonas Berg, the harbour master, from the pier.</p>
</article></body></html>`

// The README's ten lines: parse a page, read the model, export it.
func Example() {
	reg, err := newsdoc.NewRegistry() // plugins found through manifests
	if err != nil {
		log.Fatal(err)
	}
	defer reg.Close()
	doc, err := reg.Parse([]byte(page), "https://coast.example/news/ferry")
	if err != nil {
		log.Fatal(err) // a *newsdoc.Error: Code and the library's Message
	}
	defer doc.Close()
	fmt.Println(doc.Title())
	for _, q := range doc.Quotes() {
		fmt.Printf("%s: %q\n", q.Speaker, q.Text)
	}
	out, _ := doc.Export(reg, "json")
	fmt.Println(len(out) > 0)
	// Output:
	// Ferry returns
	// Jonas Berg: "We are glad to have her back on the water,"
	// true
}

// Errors carry the library's status code and message.
func ExampleError() {
	_, err := newsdoc.Parse([]byte(page), "", newsdoc.WithParser("no-such-parser"))
	var e *newsdoc.Error
	if errors.As(err, &e) {
		fmt.Println(e.Code == newsdoc.CodeNotFound, errors.Is(err, newsdoc.ErrNotFound))
		fmt.Println(e.Message)
	}
	// Output:
	// true true
	// newsdoc_parse: no parser with id 'no-such-parser'
}

// A folder of your own plugins, searched before the environment and the
// installed folder.
func ExampleWithPluginPaths() {
	reg, err := newsdoc.NewRegistry(newsdoc.WithPluginPaths("/opt/mysite/plugins.d"))
	if err != nil {
		log.Fatal(err)
	}
	defer reg.Close()
	for _, p := range reg.Plugins() {
		if p.Skipped() {
			log.Printf("plugin %s not used: %s", p.Name, p.SkipReason)
		}
	}
}
