package newsdoc

// #include "shim.h"
import "C"

import "unsafe"

// Code is a libnewsdoc status code. The numbers are the C library's
// (newsdoc_status) and are never renumbered.
type Code int

// Status codes.
const (
	CodeOK       Code = 0   // success
	CodeError    Code = -1  // generic failure; the message says more
	CodeInvalid  Code = -2  // a bad argument (closed handle, bad value)
	CodeNoMemory Code = -3  // an allocation failed
	CodeNotFound Code = -4  // no such parser, format, field or item
	CodeParse    Code = -5  // input could not be read as what it claims
	CodeIO       Code = -6  // a file could not be read
	CodePlugin   Code = -7  // a plugin failed to load or misbehaved
	CodeLimit    Code = -8  // input exceeded a configured limit
	CodeVersion  Code = -9  // unknown options/struct version
	CodeEmpty    Code = -10 // input is empty or has no content
)

// String is the library's short description of the code ("invalid argument").
func (c Code) String() string {
	return C.GoString(C.newsdoc_status_string(C.int(c)))
}

// Error is a failure reported by libnewsdoc (or by the binding, for misuse
// such as a closed handle): the status code and the message.
type Error struct {
	Code    Code
	Message string
}

func (e *Error) Error() string {
	if e.Message == "" {
		return "newsdoc: " + e.Code.String()
	}
	return "newsdoc: " + e.Message
}

// Is makes errors.Is(err, ErrNotFound) and the like compare status codes.
// A target with a message matches only the same code and message.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	if !ok {
		return false
	}
	return t.Code == e.Code && (t.Message == "" || t.Message == e.Message)
}

// Values for errors.Is: each matches any *Error with its code.
var (
	ErrGeneric  = &Error{Code: CodeError}
	ErrInvalid  = &Error{Code: CodeInvalid}
	ErrNoMemory = &Error{Code: CodeNoMemory}
	ErrNotFound = &Error{Code: CodeNotFound}
	ErrParse    = &Error{Code: CodeParse}
	ErrIO       = &Error{Code: CodeIO}
	ErrPlugin   = &Error{Code: CodePlugin}
	ErrLimit    = &Error{Code: CodeLimit}
	ErrVersion  = &Error{Code: CodeVersion}
	ErrEmpty    = &Error{Code: CodeEmpty}
)

// newError turns a failed call's status and its copied message (malloc'd
// by the shim, freed here) into an *Error.
//
// newsdoc_error_last() is thread-local, and a goroutine may move to another
// OS thread between two cgo calls. Rather than pinning the goroutine with
// runtime.LockOSThread around two calls, the shim (shim.c) reads and copies
// the error inside the same C call as the failing function: a cgo call
// never changes thread while it runs, so the message is always the failing
// call's own, with one cgo crossing instead of two.
func newError(rc C.int, msg *C.char) error {
	e := &Error{Code: Code(rc)}
	if msg != nil {
		e.Message = C.GoString(msg)
		C.free(unsafe.Pointer(msg))
	}
	if e.Message == "" {
		e.Message = e.Code.String()
	}
	return e
}

func misuse(format string) error {
	return &Error{Code: CodeInvalid, Message: format}
}

// Version is the version of the libnewsdoc actually in use ("1.0.0") and
// its parts. The order is the C function's (newsdoc_version returns the
// string and fills major, minor, patch) and the Rust binding's
// newsdoc::version(), which returns ("1.0.0", 1, 0, 0).
func Version() (version string, major, minor, patch int) {
	var ma, mi, pa C.int
	v := C.GoString(C.newsdoc_version(&ma, &mi, &pa))
	return v, int(ma), int(mi), int(pa)
}
