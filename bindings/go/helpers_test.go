package newsdoc

import (
	"os"
	"path/filepath"
	"testing"
)

// The seed page: a dcnewsline.com article in ../shared/seed beside the
// repository (NEWSDOC_SEED overrides the file).
const (
	seedURL   = "https://dcnewsline.com/stories/670134567-un-addresses-human-rights-abuses-in-north-korea-at-high-level-meeting"
	seedTitle = "UN addresses human rights abuses in North Korea at high-level meeting"
	ferryURL  = "https://coast.example/news/ferry"
)

var seedRelated = []string{
	"Heritage Foundation praises US-brokered ceasefire between Azerbaijan and Armenia",
	"Supreme Court rules against Mexico’s lawsuit targeting U.S. gun manufacturers",
	"Supreme Court rules in favor of Catholic Charities Bureau in tax exemption case",
}

// required: with NEWSDOC_GO_REQUIRE=1 (bindings/go/test.sh sets it) a
// missing build tree or installed prefix fails the test instead of
// skipping it, so that CI cannot pass with those tests silently skipped.
func required() bool { return os.Getenv("NEWSDOC_GO_REQUIRE") == "1" }

func skipOrFail(t *testing.T, format string, args ...interface{}) {
	t.Helper()
	if required() {
		t.Fatalf(format, args...)
	}
	t.Skipf(format, args...)
}

// seedPage reads the seed page, skipping the test when ../shared is absent
// (the C seed test does the same).
func seedPage(t testing.TB) []byte {
	t.Helper()
	path := os.Getenv("NEWSDOC_SEED")
	if path == "" {
		path = filepath.Join("..", "..", "..", "shared", "seed", "article.html")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("seed page not available (%v); set NEWSDOC_SEED or put ../shared beside the repository", err)
	}
	return data
}

// buildPluginsDir is the build tree's plugins.d, $NEWSDOC_GO_BUILD_DIR/plugins.d
// (default ../../build/plugins.d, skipped when absent unless the variable
// is set and NEWSDOC_GO_REQUIRE=1).
func buildPluginsDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("NEWSDOC_GO_BUILD_DIR")
	explicit := dir != ""
	if !explicit {
		dir = filepath.Join("..", "..", "build")
	}
	pd, err := filepath.Abs(filepath.Join(dir, "plugins.d"))
	if err == nil {
		_, err = os.Stat(pd)
	}
	if err != nil {
		if explicit {
			skipOrFail(t, "no build tree plugins.d: %v", err)
		}
		t.Skipf("no build tree plugins.d (%v); set NEWSDOC_GO_BUILD_DIR", err)
	}
	return pd
}

// installedPluginsDir is $NEWSDOC_GO_PREFIX/share/newsdoc/1/plugins.d.
func installedPluginsDir(t *testing.T) string {
	t.Helper()
	prefix := os.Getenv("NEWSDOC_GO_PREFIX")
	if prefix == "" {
		skipOrFail(t, "NEWSDOC_GO_PREFIX (an installed prefix) is not set")
	}
	pd := filepath.Join(prefix, "share", "newsdoc", "1", "plugins.d")
	if _, err := os.Stat(pd); err != nil {
		skipOrFail(t, "no installed plugins.d: %v", err)
	}
	return pd
}

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// isolated makes a registry that sees only the given plugin folders.
func isolated(t *testing.T, paths ...string) *Registry {
	t.Helper()
	reg, err := NewRegistry(WithPluginPaths(paths...), WithoutEnvironment(), WithoutDefaultPaths())
	if err != nil {
		t.Fatalf("NewRegistry: %v", err)
	}
	t.Cleanup(func() { reg.Close() })
	return reg
}

func mustParse(t testing.TB, reg *Registry, data []byte, url string, opts ...ParseOption) *Document {
	t.Helper()
	doc, err := reg.Parse(data, url, opts...)
	if err != nil {
		t.Fatalf("Parse(%s): %v", url, err)
	}
	return doc
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
