//go:build newsdoc_static

package newsdoc

// Static linking (go build -tags newsdoc_static): libnewsdoc.a goes into
// the program; its own dependencies (libxml2, jansson, ICU, zlib, ...) come
// from `pkg-config --static` and stay shared libraries. -l:libnewsdoc.a
// comes first, so the archive defines every newsdoc_* symbol, and
// --as-needed then drops the -lnewsdoc that pkg-config adds after it, so
// the program does not need libnewsdoc.so.1 at run time. Plugins never link
// against libnewsdoc (they get the host table), so they load either way.

// #cgo pkg-config: --static libnewsdoc
// #cgo LDFLAGS: -Wl,--as-needed -l:libnewsdoc.a
import "C"

// StaticallyLinked reports whether libnewsdoc was linked into the program
// (build tag newsdoc_static) rather than loaded as libnewsdoc.so.1.
const StaticallyLinked = true
