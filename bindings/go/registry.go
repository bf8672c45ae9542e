package newsdoc

// #include "shim.h"
import "C"

import (
	"runtime"
	"sync"
	"unsafe"
)

// Registry holds the parsers and exporters in use: the built-in ones and
// those of every plugin found through manifests. It is immutable once made
// and safe for concurrent use; plugin libraries are opened when first
// needed and stay loaded until Close.
//
// A nil *Registry is valid for Parse and Export and means the built-in
// parser and exporters only (no plugins).
type Registry struct {
	mu sync.RWMutex // read-held by every call, write-held by Close
	c  *C.newsdoc_registry
}

// RegistryOption configures NewRegistry.
type RegistryOption func(*registryConfig)

type registryConfig struct {
	paths []string
	flags C.uint
}

// WithPluginPaths adds folders of manifests, or manifest files, searched
// before NEWSDOC_ADD_PLUGIN_PATH, NEWSDOC_PLUGIN_PATH, the XDG folders and
// the installed folder. It may be given several times.
func WithPluginPaths(paths ...string) RegistryOption {
	return func(c *registryConfig) { c.paths = append(c.paths, paths...) }
}

// WithoutEnvironment ignores the NEWSDOC_* environment variables.
func WithoutEnvironment() RegistryOption {
	return func(c *registryConfig) { c.flags |= C.NEWSDOC_REGISTRY_NO_ENVIRONMENT }
}

// WithoutDefaultPaths skips the XDG folders and the installed folder, so
// that only WithPluginPaths and the variables are searched.
func WithoutDefaultPaths() RegistryOption {
	return func(c *registryConfig) { c.flags |= C.NEWSDOC_REGISTRY_NO_DEFAULT_PATHS }
}

// WithAllowOutside lets a manifest's library_path leave the manifest's
// folder (and the installed plugin folder).
func WithAllowOutside() RegistryOption {
	return func(c *registryConfig) { c.flags |= C.NEWSDOC_REGISTRY_ALLOW_OUTSIDE }
}

// NewRegistry makes a registry. A plugin that cannot be used does not make
// it fail: it is listed by Plugins with its SkipReason.
func NewRegistry(opts ...RegistryOption) (*Registry, error) {
	var cfg registryConfig
	for _, o := range opts {
		o(&cfg)
	}
	var paths **C.char
	n := len(cfg.paths)
	if n > 0 {
		paths = (**C.char)(C.calloc(C.size_t(n), C.size_t(unsafe.Sizeof((*C.char)(nil)))))
		arr := unsafe.Slice(paths, n)
		for i, p := range cfg.paths {
			arr[i] = C.CString(p)
		}
		defer func() {
			for _, p := range arr {
				C.free(unsafe.Pointer(p))
			}
			C.free(unsafe.Pointer(paths))
		}()
	}
	var reg *C.newsdoc_registry
	var msg *C.char
	if rc := C.newsdoc_go_registry_new(&reg, paths, C.size_t(n), cfg.flags, &msg); rc != 0 {
		return nil, newError(rc, msg)
	}
	r := &Registry{c: reg}
	runtime.SetFinalizer(r, (*Registry).Close)
	return r, nil
}

// Close frees the registry and closes its plugin libraries. Documents made
// with it stay valid: nothing in a document borrows from a registry, and
// Export takes the registry to export with (any open one, or nil for the
// built-in json), as Rust's export does. A closed registry's Parse and
// Export return ErrInvalid. Close waits for calls in progress on other
// goroutines, and may be called more than once.
func (r *Registry) Close() error {
	if r == nil {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.c != nil {
		C.newsdoc_registry_free(r.c)
		r.c = nil
		runtime.SetFinalizer(r, nil)
	}
	return nil
}

// acquire read-locks an open registry and returns its handle; NULL for a
// nil *Registry (built-ins only). ok is false when the registry is closed.
func (r *Registry) acquire() (c *C.newsdoc_registry, ok bool) {
	if r == nil {
		return nil, true
	}
	r.mu.RLock()
	if r.c == nil {
		r.mu.RUnlock()
		return nil, false
	}
	return r.c, true
}

func (r *Registry) release() {
	if r != nil {
		r.mu.RUnlock()
	}
}

var errRegistryClosed = misuse("the registry is closed")

// PluginInfo describes a plugin found through a manifest (or a built-in).
type PluginInfo struct {
	Index      int    // position in Plugins, for LoadPlugin
	Name       string // plugin.name
	Version    string // plugin.version
	Manifest   string // path of the manifest; "" for built-ins
	Kind       string // "builtin", "library", "declarative" or "unknown"
	SkipReason string // why the plugin is not used; "" when it is in use
	Library    string // absolute path of the shared object (library plugins)
}

// Skipped reports whether the plugin was found but is not used.
func (p PluginInfo) Skipped() bool { return p.SkipReason != "" }

// ParserInfo describes a parser in use.
type ParserInfo struct {
	ID          string
	Plugin      string // the plugin offering it ("" for built-ins)
	Priority    int
	Hosts       []string
	Paths       []string // URL path globs; none means every path of its hosts
	Declarative bool     // manifest rules run by the core
}

// ExporterInfo describes an output format in use.
type ExporterInfo struct {
	ID        string
	Format    string // the name given to Export ("json", "xml", ...)
	MIMEType  string
	Extension string
	Plugin    string // the plugin offering it ("" for built-ins)
}

// Plugins lists the plugins found, used and skipped, in search order.
// The list methods return nil for a nil or closed registry.
func (r *Registry) Plugins() []PluginInfo {
	c, ok := r.acquire()
	if !ok {
		return nil
	}
	defer r.release()
	n := int(C.newsdoc_registry_plugin_count(c))
	if n == 0 {
		return nil
	}
	out := make([]PluginInfo, 0, n)
	for i := 0; i < n; i++ {
		p := C.newsdoc_registry_plugin_at(c, C.size_t(i))
		if p == nil {
			continue
		}
		out = append(out, PluginInfo{
			Index:      i,
			Name:       goString(C.newsdoc_plugin_info_name(p)),
			Version:    goString(C.newsdoc_plugin_info_version(p)),
			Manifest:   goString(C.newsdoc_plugin_info_manifest(p)),
			Kind:       goString(C.newsdoc_plugin_info_kind(p)),
			SkipReason: goString(C.newsdoc_plugin_info_skip_reason(p)),
			Library:    goString(C.newsdoc_plugin_info_library(p)),
		})
	}
	return out
}

// LoadPlugin opens the named plugin now instead of when first used
// (dlopen, negotiation, init), so that a broken plugin shows at start-up.
// It returns nil for a usable plugin (declarative ones always are),
// ErrNotFound when no plugin has that name, ErrInvalid when the registry
// is closed, and otherwise the library's reason. The registry stays usable
// either way.
func (r *Registry) LoadPlugin(name string) error {
	if r == nil {
		return misuse("LoadPlugin: no registry")
	}
	c, ok := r.acquire()
	if !ok {
		return errRegistryClosed
	}
	defer r.release()
	// Look the name up under the same lock as the load, reading names only.
	for i, n := C.size_t(0), C.newsdoc_registry_plugin_count(c); i < n; i++ {
		p := C.newsdoc_registry_plugin_at(c, i)
		if p == nil || goString(C.newsdoc_plugin_info_name(p)) != name {
			continue
		}
		var msg *C.char
		if rc := C.newsdoc_go_plugin_load(c, i, &msg); rc != 0 {
			return newError(rc, msg)
		}
		return nil
	}
	return &Error{Code: CodeNotFound, Message: "LoadPlugin: no plugin named '" + name + "'"}
}

// Parsers lists the parsers in use, the built-in "generic" included.
func (r *Registry) Parsers() []ParserInfo {
	c, ok := r.acquire()
	if !ok {
		return nil
	}
	defer r.release()
	return collect(C.newsdoc_registry_parser_count(c),
		func(i C.size_t) *C.newsdoc_parser_info { return C.newsdoc_registry_parser_at(c, i) },
		func(p *C.newsdoc_parser_info) ParserInfo {
			return ParserInfo{
				ID:       goString(C.newsdoc_parser_info_id(p)),
				Plugin:   pluginName(C.newsdoc_parser_info_plugin(p)),
				Priority: int(C.newsdoc_parser_info_priority(p)),
				Hosts: goStrings(C.newsdoc_parser_info_host_count(p),
					func(j C.size_t) *C.char { return C.newsdoc_parser_info_host_at(p, j) }),
				Paths: goStrings(C.newsdoc_parser_info_path_count(p),
					func(j C.size_t) *C.char { return C.newsdoc_parser_info_path_at(p, j) }),
				Declarative: C.newsdoc_parser_info_declarative(p) != 0,
			}
		})
}

// Exporters lists the output formats in use, built-ins included: one per
// format, the exporter Export uses for it (a plugin that replaces the
// built-in json is listed instead of it), so a loop over the list exports
// each format once.
func (r *Registry) Exporters() []ExporterInfo {
	c, ok := r.acquire()
	if !ok {
		return nil
	}
	defer r.release()
	return collect(C.newsdoc_registry_exporter_count(c),
		func(i C.size_t) *C.newsdoc_exporter_info { return C.newsdoc_registry_exporter_at(c, i) },
		func(e *C.newsdoc_exporter_info) ExporterInfo {
			return ExporterInfo{
				ID:        goString(C.newsdoc_exporter_info_id(e)),
				Format:    goString(C.newsdoc_exporter_info_format(e)),
				MIMEType:  goString(C.newsdoc_exporter_info_mime_type(e)),
				Extension: goString(C.newsdoc_exporter_info_extension(e)),
				Plugin:    pluginName(C.newsdoc_exporter_info_plugin(e)),
			}
		})
}

// Warnings lists things worth knowing that did not stop a plugin from
// loading, such as two parsers claiming the same host at one priority.
func (r *Registry) Warnings() []string {
	c, ok := r.acquire()
	if !ok {
		return nil
	}
	defer r.release()
	return goStrings(C.newsdoc_registry_warning_count(c),
		func(i C.size_t) *C.char { return C.newsdoc_registry_warning_at(c, i) })
}

// collect copies the n items of a list of the library into a slice: at(i)
// is item i (a NULL one is skipped; the library gives none below its
// count) and conv copies it into Go memory. nil when there are none, as
// every list getter returns.
//
// P is the C handle's pointer type (cgo's incomplete struct types cannot
// be type arguments themselves); its zero value is NULL.
func collect[P comparable, T any](n C.size_t, at func(C.size_t) P, conv func(P) T) []T {
	if n == 0 {
		return nil
	}
	var null P
	out := make([]T, 0, int(n))
	for i := C.size_t(0); i < n; i++ {
		if p := at(i); p != null {
			out = append(out, conv(p))
		}
	}
	return out
}

// goStrings copies the n strings of a list of the library (NULL gives "");
// nil when there are none.
func goStrings(n C.size_t, at func(C.size_t) *C.char) []string {
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = goString(at(C.size_t(i)))
	}
	return out
}

// pluginName is the plugin of a parser or exporter: the C library names
// the built-ins' plugin "builtin" (a name no manifest may take), which
// ParserInfo and ExporterInfo give as "".
func pluginName(s *C.char) string {
	if name := goString(s); name != "builtin" {
		return name
	}
	return ""
}

// goString copies a C string; NULL gives "".
func goString(s *C.char) string {
	if s == nil {
		return ""
	}
	return C.GoString(s)
}
