// Command extract prints what libnewsdoc finds in a news page: the title,
// the authors with their role and affiliation, the quotes with their
// speakers and the related articles.
//
//	go run ./examples/extract [-url URL] [-parser ID] [-plugin-path DIR]... [-format FMT] PAGE.html
//
// Plugins (site parsers, exporters) are found through their manifests:
// -plugin-path, NEWSDOC_ADD_PLUGIN_PATH, NEWSDOC_PLUGIN_PATH, the XDG
// folders and the installed folder. -format prints the document in an
// export format (json, xml, markdown, text) instead of the summary.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"libnewsdoc.org/newsdoc"
)

type pathList []string

func (p *pathList) String() string     { return strings.Join(*p, ":") }
func (p *pathList) Set(v string) error { *p = append(*p, v); return nil }

func main() {
	var paths pathList
	url := flag.String("url", "", "the page's URL (chooses the site parser, makes links absolute)")
	parser := flag.String("parser", "", "use this parser instead of choosing by URL")
	format := flag.String("format", "", "print the document in this export format instead")
	flag.Var(&paths, "plugin-path", "a folder of plugin manifests (repeatable)")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: %s [flags] PAGE\n", os.Args[0])
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *url, *parser, *format, paths); err != nil {
		fmt.Fprintf(os.Stderr, "extract: %s: %v\n", flag.Arg(0), err)
		os.Exit(1)
	}
}

func run(file, url, parser, format string, paths []string) error {
	page, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	reg, err := newsdoc.NewRegistry(newsdoc.WithPluginPaths(paths...))
	if err != nil {
		return err
	}
	defer reg.Close()

	var opts []newsdoc.ParseOption
	if parser != "" {
		opts = append(opts, newsdoc.WithParser(parser))
	}
	doc, err := reg.Parse(page, url, opts...)
	if err != nil {
		return err
	}
	defer doc.Close()

	if format != "" {
		out, err := doc.Export(reg, format)
		if err != nil {
			return err
		}
		_, err = os.Stdout.Write(out)
		return err
	}

	fmt.Printf("Title: %s\n", doc.Title())
	for _, a := range doc.Authors() {
		line := a.Name
		if a.Role != "" {
			line += ", " + a.Role
		}
		if a.Affiliation != "" {
			line += ", " + a.Affiliation
		}
		fmt.Printf("Author: %s\n", line)
	}
	if p := doc.Published(); p != "" {
		fmt.Printf("Published: %s\n", p)
	}
	fmt.Printf("Parser: %s\n", doc.Parser())
	quotes := doc.Quotes()
	fmt.Printf("Quotes: %d\n", len(quotes))
	for _, q := range quotes {
		speaker := q.Speaker
		if speaker == "" {
			speaker = "(unknown)"
		} else if q.SpeakerResolved != "" && q.SpeakerResolved != q.Speaker {
			speaker += " (" + q.SpeakerResolved + ")"
		}
		fmt.Printf("  %s: “%s”\n", speaker, q.Text)
	}
	related := doc.Related()
	fmt.Printf("Related: %d\n", len(related))
	for _, r := range related {
		fmt.Printf("  %s\n", r.Title)
	}
	return nil
}
