// Package newsdoc is the Go binding of libnewsdoc, which turns a news page
// (HTML, or a plain-text rendering of one) into a structured document:
// title, authors with role and affiliation, dates, a typed body, the direct
// quotes with their speakers, related-article items, the comment count,
// images and where each field came from.
//
// A Registry holds the parsers and exporters, the built-in ones and those
// of the plugins found through JSON manifests (see WithPluginPaths and the
// NEWSDOC_PLUGIN_PATH / NEWSDOC_ADD_PLUGIN_PATH variables). Registry.Parse
// makes a Document; its getters copy the values into Go strings and slices,
// so nothing returned refers to C memory.
//
//	reg, err := newsdoc.NewRegistry()
//	if err != nil { ... }
//	defer reg.Close()
//	doc, err := reg.Parse(page, "https://example.org/news/1")
//	if err != nil { ... }
//	defer doc.Close()
//	fmt.Println(doc.Title())
//	for _, a := range doc.Authors() { fmt.Println(a.Name, a.Role, a.Affiliation) }
//	for _, q := range doc.Quotes() { fmt.Printf("%s: %q\n", q.Speaker, q.Text) }
//
// # Concurrency
//
// A Registry is safe for concurrent use by any number of goroutines,
// including Close, which waits for calls in progress. A Document is used by
// one goroutine at a time (the library's contract); different documents may
// be used in parallel. The package-level functions are safe concurrently.
//
// # Errors
//
// Failures are *Error values carrying the library's status Code and its
// message, which says what was wrong with which input. The message is read
// from libnewsdoc's thread-local error inside the same C call as the
// failing function, so it is always the failing call's own message.
// errors.Is(err, newsdoc.ErrNotFound) (and the other Err* values) test the
// code.
//
// # Memory
//
// Registry and Document hold C objects: call Close when done. A finalizer
// frees them if Close was forgotten, but only when the garbage collector
// runs, which does not see the C memory. C never keeps a Go pointer: the
// input bytes are lent to the library for the duration of the parse call
// only, and strings are copied both ways.
//
// # Linking
//
// By default the package links libnewsdoc.so through pkg-config
// (`#cgo pkg-config: libnewsdoc`): set PKG_CONFIG_PATH to
// $prefix/lib/pkgconfig for a private prefix, and LD_LIBRARY_PATH (or an
// rpath) so that the program finds libnewsdoc.so.1. With the build tag
// newsdoc_static (go build -tags newsdoc_static) libnewsdoc.a is linked
// into the program instead. Plugins load the same way in both cases, from
// the installed prefix too: the shared library finds the prefix it lies
// in, and libnewsdoc.a the prefix `cmake --install --prefix` installed it
// to (recorded in the archive then).
package newsdoc
