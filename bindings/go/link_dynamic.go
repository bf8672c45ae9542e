//go:build !newsdoc_static

package newsdoc

// Dynamic linking (the default): libnewsdoc.so found through pkg-config.
// At run time the loader must find libnewsdoc.so.1 (installed in a system
// folder, or LD_LIBRARY_PATH / an rpath for a private prefix).

// #cgo pkg-config: libnewsdoc
import "C"

// StaticallyLinked reports whether libnewsdoc was linked into the program
// (build tag newsdoc_static) rather than loaded as libnewsdoc.so.1.
const StaticallyLinked = false
