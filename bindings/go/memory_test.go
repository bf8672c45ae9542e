package newsdoc

import (
	"bufio"
	"bytes"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// TestMemory parses the seed page 10,000 times and reports the process's
// resident size after 1,000 and after 10,000 parses; the growth between
// the two must stay under NEWSDOC_GO_MEMTEST_MAX_KB (default 4096 kB; a
// leak of 500 bytes a parse would exceed it). Without leaks the figure
// still moves by a megabyte or so: cgo calls run on whichever OS thread
// the goroutine is on, and glibc gives threads their own malloc arenas.
// It takes some seconds, so it runs only with NEWSDOC_GO_MEMTEST=1:
//
//	NEWSDOC_GO_MEMTEST=1 go test -run TestMemory -v
//
// "close" closes each document; "finalizer" drops them and leaves them to
// the finalizers: the garbage collector runs on its own schedule and does
// not see the C memory, so more documents wait to be freed at any time and
// the bound is four times larger (it levels off, at about 25 MB, when run
// for longer).
func TestMemory(t *testing.T) {
	if os.Getenv("NEWSDOC_GO_MEMTEST") != "1" {
		t.Skip("set NEWSDOC_GO_MEMTEST=1 to run the 10,000-parse memory test")
	}
	page := seedPage(t)
	maxKB := 4096
	if v := os.Getenv("NEWSDOC_GO_MEMTEST_MAX_KB"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			t.Fatalf("NEWSDOC_GO_MEMTEST_MAX_KB: %v", err)
		}
		maxKB = n
	}
	reg := memtestRegistry(t)
	defer reg.Close()

	for _, mode := range []string{"close", "finalizer"} {
		t.Run(mode, func(t *testing.T) {
			var at1k, at10k int
			for i := 1; i <= 10000; i++ {
				doc, err := reg.Parse(page, seedURL)
				if err != nil {
					t.Fatal(err)
				}
				// Read the whole model and export it, so that every path of
				// the binding is in the loop, not only the parse.
				if doc.Title() != seedTitle || len(doc.Authors()) != 1 || len(doc.Quotes()) != 3 ||
					len(doc.Related()) != 3 || len(doc.Blocks()) == 0 || doc.Text() == "" {
					t.Fatalf("iteration %d: unexpected document", i)
				}
				_ = doc.Images()
				_ = doc.Tags()
				_ = doc.Provenance(FieldAuthors)
				if _, err := doc.Export(reg, "json", Compact()); err != nil {
					t.Fatal(err)
				}
				if mode == "close" {
					doc.Close()
				}
				if i == 1000 || i == 10000 {
					runtime.GC()
					rss := vmRSS(t)
					if i == 1000 {
						at1k = rss
					} else {
						at10k = rss
					}
				}
			}
			growth := at10k - at1k
			t.Logf("%s: VmRSS %d kB after 1,000 parses, %d kB after 10,000 (growth %+d kB, %.2f kB per 1,000)",
				mode, at1k, at10k, growth, float64(growth)/9)
			limit := maxKB
			if mode == "finalizer" {
				limit *= 4
			}
			if growth > limit {
				t.Errorf("%s: RSS grew by %d kB between 1,000 and 10,000 parses (limit %d kB)", mode, growth, limit)
			}
		})
	}
}

// memtestRegistry uses the site plugin when it can be found (installed
// prefix, build tree, environment), so that the loop is the real one.
func memtestRegistry(t *testing.T) *Registry {
	var opts []RegistryOption
	if p := os.Getenv("NEWSDOC_GO_PREFIX"); p != "" {
		opts = append(opts, WithPluginPaths(p+"/share/newsdoc/1/plugins.d"))
	} else if b := os.Getenv("NEWSDOC_GO_BUILD_DIR"); b != "" {
		opts = append(opts, WithPluginPaths(b+"/plugins.d"))
	}
	reg, err := NewRegistry(opts...)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := findParser(reg, "dcnewsline"); !ok {
		reg.Close()
		t.Skip("the site-dcnewsline plugin was not found; set NEWSDOC_GO_PREFIX, NEWSDOC_GO_BUILD_DIR or NEWSDOC_PLUGIN_PATH")
	}
	return reg
}

// vmRSS is the VmRSS line of /proc/self/status, in kB.
func vmRSS(t *testing.T) int {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "VmRSS:") {
			f := strings.Fields(line)
			if len(f) >= 2 {
				n, err := strconv.Atoi(f[1])
				if err == nil {
					return n
				}
			}
		}
	}
	t.Fatal("no VmRSS in /proc/self/status")
	return 0
}
