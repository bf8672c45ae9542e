package newsdoc

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
)

func isCode(err error, code Code) bool {
	var e *Error
	return errors.As(err, &e) && e.Code == code
}

// wantError checks the code, errors.Is and that the message says what.
func wantError(t *testing.T, what string, err error, code Code, sentinel error, msgPart string) {
	t.Helper()
	if err == nil {
		t.Fatalf("%s: no error", what)
	}
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("%s: %T is not *Error: %v", what, err, err)
	}
	if e.Code != code {
		t.Errorf("%s: code %d (%v), want %d (%v): %v", what, e.Code, e.Code, code, code, err)
	}
	if !errors.Is(err, sentinel) {
		t.Errorf("%s: errors.Is(err, %v) is false", what, sentinel)
	}
	if !strings.Contains(e.Message, msgPart) || !strings.Contains(err.Error(), msgPart) {
		t.Errorf("%s: message %q does not contain %q", what, e.Message, msgPart)
	}
	if !strings.HasPrefix(err.Error(), "newsdoc: ") {
		t.Errorf("%s: Error() = %q", what, err.Error())
	}
}

func TestErrors(t *testing.T) {
	page := readTestdata(t, "ferry.html")

	_, err := Parse(nil, ferryURL)
	wantError(t, "nil input", err, CodeEmpty, ErrEmpty, "empty")
	_, err = Parse([]byte{}, ferryURL)
	wantError(t, "empty input", err, CodeEmpty, ErrEmpty, "empty")

	_, err = Parse(page, ferryURL, WithParser("no-such-parser"))
	wantError(t, "unknown parser", err, CodeNotFound, ErrNotFound, "'no-such-parser'")

	_, err = Parse([]byte("{\"title\": "), "", WithInput(InputJSON))
	if err == nil {
		t.Fatalf("truncated JSON parsed")
	}
	_, err = FromJSON([]byte("not json at all"))
	if err == nil || errors.Is(err, ErrNotFound) {
		t.Errorf("FromJSON(garbage) = %v", err)
	}
	_, err = FromJSON(nil)
	if err == nil {
		t.Errorf("FromJSON(nil) succeeded")
	}

	_, err = Parse([]byte("\x00\x01\x02\x03binary\x00\xff\xfe"), "")
	wantError(t, "binary input", err, CodeParse, ErrParse, "binary")

	_, err = Parse(page, ferryURL, WithLimits(Limits{MaxInputSize: 100}))
	wantError(t, "input over the limit", err, CodeLimit, ErrLimit, "max_input_size")
	_, err = Parse(page, ferryURL, WithLimits(Limits{MaxDepth: -1}))
	wantError(t, "negative limit", err, CodeInvalid, ErrInvalid, "negative")
	_, err = Parse(page, ferryURL, WithLimits(Limits{MaxWork: 10}))
	wantError(t, "work over the budget", err, CodeLimit, ErrLimit,
		"the page needed more than 10 steps of work (max_work)")
	_, err = Parse(page, ferryURL, WithLimits(Limits{MaxWork: -1}))
	wantError(t, "negative work budget", err, CodeInvalid, ErrInvalid, "negative")

	_, err = Parse(page, "https://coast.example/\xff")
	wantError(t, "URL not UTF-8", err, CodeInvalid, ErrInvalid, "UTF-8")

	doc := mustParse(t, nil, page, ferryURL)
	defer doc.Close()
	_, err = doc.Export(nil, "no-such-format")
	wantError(t, "unknown format", err, CodeNotFound, ErrNotFound, "no-such-format")
	_, err = doc.Export(nil, "")
	if err == nil {
		t.Errorf("Export(\"\") succeeded")
	}

	// Codes, their names and errors.Is against a specific message.
	if CodeNotFound.String() == "" || CodeOK.String() == "" || CodeEmpty.String() == CodeNotFound.String() {
		t.Errorf("Code.String: %q %q %q", CodeOK, CodeNotFound, CodeEmpty)
	}
	e := &Error{Code: CodeNotFound, Message: "x"}
	if !errors.Is(e, &Error{Code: CodeNotFound, Message: "x"}) || errors.Is(e, &Error{Code: CodeNotFound, Message: "y"}) ||
		errors.Is(e, ErrEmpty) || errors.Is(e, errors.New("x")) {
		t.Errorf("Error.Is")
	}
	if got := (&Error{Code: CodeIO}).Error(); got != "newsdoc: "+CodeIO.String() {
		t.Errorf("Error() without message = %q", got)
	}
	wrapped := fmt.Errorf("reading page: %w", err)
	if !errors.Is(wrapped, ErrNotFound) && !errors.Is(wrapped, ErrInvalid) {
		t.Errorf("wrapped error lost its code: %v", wrapped)
	}
	for _, s := range []error{ErrGeneric, ErrInvalid, ErrNoMemory, ErrNotFound, ErrParse, ErrIO, ErrPlugin, ErrLimit, ErrVersion, ErrEmpty} {
		if s.Error() == "newsdoc: " {
			t.Errorf("sentinel %#v has no text", s)
		}
	}
}

// Each failing call's error is its own, even with many goroutines failing
// at once on few OS threads: the message names the parser id that call
// asked for, and successful calls in between do not disturb it.
func TestErrorMessageIsPerCall(t *testing.T) {
	page := readTestdata(t, "ferry.html")
	reg := isolated(t)
	prev := runtime.GOMAXPROCS(4)
	defer runtime.GOMAXPROCS(prev)
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 40; i++ {
				id := fmt.Sprintf("missing-%d-%d", g, i)
				_, err := reg.Parse(page, ferryURL, WithParser(id))
				var e *Error
				if !errors.As(err, &e) || e.Code != CodeNotFound || !strings.Contains(e.Message, "'"+id+"'") {
					errs <- fmt.Sprintf("call for %s got %v", id, err)
					return
				}
				if i%4 == 0 {
					doc, err := reg.Parse(page, ferryURL)
					if err != nil {
						errs <- err.Error()
						return
					}
					doc.Close()
				}
				if i%7 == 0 {
					runtime.Gosched()
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// One registry shared by goroutines that parse and export concurrently,
// then closed while others may still be using it.
func TestRegistryConcurrent(t *testing.T) {
	page := readTestdata(t, "ferry.html")
	reg := isolated(t)
	var wg sync.WaitGroup
	fails := make(chan error, 32)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				doc, err := reg.Parse(page, ferryURL)
				if err != nil {
					fails <- err
					return
				}
				if doc.Title() != "Harbour ferry returns after repairs" {
					fails <- fmt.Errorf("title %q", doc.Title())
				}
				if _, err := doc.Export(reg, "json", Compact()); err != nil {
					fails <- err
				}
				doc.Close()
			}
		}()
	}
	wg.Wait()

	// Close racing with parses: each parse either succeeds or reports the
	// closed registry; nothing crashes.
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				doc, err := reg.Parse(page, ferryURL)
				if err != nil {
					if !isCode(err, CodeInvalid) {
						fails <- err
					}
					return
				}
				doc.Close()
			}
		}()
	}
	reg.Close()
	wg.Wait()
	close(fails)
	for err := range fails {
		t.Error(err)
	}
	if _, err := reg.Parse(page, ferryURL); !isCode(err, CodeInvalid) || !strings.Contains(err.Error(), "closed") {
		t.Errorf("Parse on a closed registry: %v", err)
	}
	if reg.Plugins() != nil || reg.Parsers() != nil || reg.Exporters() != nil || reg.Warnings() != nil {
		t.Errorf("a closed registry still lists things")
	}
	if err := reg.LoadPlugin("export-json"); !isCode(err, CodeNotFound) && !isCode(err, CodeInvalid) {
		t.Errorf("LoadPlugin on a closed registry: %v", err)
	}
	if err := reg.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}

	// A document outlives its registry: Export takes the registry to
	// use, an open one works, the closed one is refused.
	reg2 := isolated(t)
	doc := mustParse(t, reg2, page, ferryURL)
	defer doc.Close()
	reg2.Close()
	if doc.Title() != "Harbour ferry returns after repairs" {
		t.Errorf("document after its registry closed: %q", doc.Title())
	}
	if _, err := doc.Export(reg2, "json"); !isCode(err, CodeInvalid) {
		t.Errorf("Export with a closed registry: %v", err)
	}
	if out, err := doc.Export(nil, "json"); err != nil || !strings.Contains(string(out), "Jonas Berg") {
		t.Errorf("Export with the built-ins after the registry closed: %v", err)
	}
	reg3 := isolated(t)
	if out, err := doc.Export(reg3, "json"); err != nil || !strings.Contains(string(out), "Jonas Berg") {
		t.Errorf("Export with another registry after the first closed: %v", err)
	}
	if out, err := (*Registry)(nil).Export(doc, "json"); err != nil || !strings.Contains(string(out), "Jonas Berg") {
		t.Errorf("built-in Export: %v", err)
	}
	if _, err := reg.Export(nil, "json"); !isCode(err, CodeInvalid) {
		t.Errorf("Export(nil doc): %v", err)
	}

	// A nil registry: built-ins only.
	var none *Registry
	if none.Plugins() != nil || none.Parsers() != nil || none.Close() != nil {
		t.Errorf("nil registry")
	}
	if err := none.LoadPlugin("x"); !isCode(err, CodeInvalid) {
		t.Errorf("LoadPlugin on a nil registry: %v", err)
	}
}

// Documents and registries dropped without Close are freed by their
// finalizers; closing first and finalizing later is harmless too.
func TestFinalizers(t *testing.T) {
	page := readTestdata(t, "ferry.html")
	for i := 0; i < 50; i++ {
		reg, err := NewRegistry(WithoutEnvironment(), WithoutDefaultPaths())
		if err != nil {
			t.Fatal(err)
		}
		doc, err := reg.Parse(page, ferryURL)
		if err != nil {
			t.Fatal(err)
		}
		_ = doc.Title()
		if i%2 == 0 {
			doc.Close()
			reg.Close()
		}
	}
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
}
