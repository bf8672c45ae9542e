use crate::error::{check, Error, ErrorCode, Result};
use crate::items::item_strings;
use crate::{opt_str, str_or_empty, sys, Document, ParseOptions};
use std::ffi::CString;
use std::marker::PhantomData;
use std::path::{Path, PathBuf};
use std::ptr::{self, NonNull};

/// The parsers and exporters available: the built-ins plus every plugin
/// found through manifests (see docs/PLUGINS.md for the search order).
///
/// A registry is immutable once made, so it is `Send` and `Sync` and may be
/// shared by threads (e.g. in an `Arc`). Plugins are opened lazily, under
/// the library's lock, and stay resident until the registry is dropped.
/// Documents do not borrow from their registry.
pub struct Registry {
    raw: NonNull<sys::newsdoc_registry>,
}

// SAFETY: the C registry is immutable after newsdoc_registry_new and the
// library documents it as shareable by threads (lazy plugin loading is
// guarded by a lock inside the library).
unsafe impl Send for Registry {}
unsafe impl Sync for Registry {}

impl Registry {
    /// A registry with the default search: `NEWSDOC_ADD_PLUGIN_PATH`,
    /// `NEWSDOC_PLUGIN_PATH` (which replaces the rest), the XDG folders and
    /// the installed plugin folder.
    ///
    /// ```
    /// let reg = newsdoc::Registry::new()?;
    /// // The built-ins are always there, plugins or not.
    /// assert!(reg.parsers().any(|p| p.id() == "generic"));
    /// assert!(reg.exporters().any(|e| e.format() == "json"));
    /// for p in reg.plugins().filter(|p| !p.is_used()) {
    ///     eprintln!("skipped {}: {}", p.name(), p.skip_reason().unwrap_or(""));
    /// }
    /// # Ok::<(), newsdoc::Error>(())
    /// ```
    pub fn new() -> Result<Registry> {
        RegistryBuilder::new().build()
    }

    /// A registry that searches `paths` (folders of manifests, or manifest
    /// files) first, then the default places.
    ///
    /// ```
    /// // A folder that does not exist is only skipped.
    /// let reg = newsdoc::Registry::with_plugin_paths(["/opt/mysite/plugins.d"])?;
    /// assert!(reg.parsers().any(|p| p.id() == "generic"));
    /// # Ok::<(), newsdoc::Error>(())
    /// ```
    pub fn with_plugin_paths<I, P>(paths: I) -> Result<Registry>
    where
        I: IntoIterator<Item = P>,
        P: AsRef<Path>,
    {
        let mut builder = RegistryBuilder::new();
        for p in paths {
            builder = builder.plugin_path(p);
        }
        builder.build()
    }

    /// A builder for the registry options (paths and flags).
    ///
    /// ```
    /// // Only the given folder and the built-ins: no environment variable,
    /// // no XDG or installed folder.
    /// let reg = newsdoc::Registry::builder()
    ///     .plugin_path("/opt/mysite/plugins.d")
    ///     .no_environment(true)
    ///     .no_default_paths(true)
    ///     .build()?;
    /// assert_eq!(reg.parsers().count(), 1);
    /// # Ok::<(), newsdoc::Error>(())
    /// ```
    pub fn builder() -> RegistryBuilder {
        RegistryBuilder::new()
    }

    /// The C handle, for calling newsdoc-sys directly. It stays owned by
    /// `self`.
    pub fn as_ptr(&self) -> *const sys::newsdoc_registry {
        self.raw.as_ptr()
    }

    /// Parses a page with this registry; see [`crate::parse`].
    pub fn parse(&self, data: &[u8], url: Option<&str>, opts: &ParseOptions) -> Result<Document> {
        crate::parse(self, data, url, opts)
    }

    /// Plugins found, used and skipped, in the order they were found.
    pub fn plugins(&self) -> Items<'_, PluginInfo<'_>> {
        // SAFETY: valid registry handle.
        let n = unsafe { sys::newsdoc_registry_plugin_count(self.as_ptr()) };
        Items::new(self, n)
    }

    /// Opens plugin `index` now (dlopen, negotiation, init) instead of when
    /// it is first used. The registry stays usable whatever the outcome.
    pub fn load_plugin(&self, index: usize) -> Result<()> {
        // SAFETY: valid registry handle; out-of-range indexes are reported.
        check(unsafe { sys::newsdoc_registry_plugin_load(self.as_ptr(), index) })
    }

    /// The parsers in use, the built-in "generic" included.
    pub fn parsers(&self) -> Items<'_, ParserInfo<'_>> {
        // SAFETY: valid registry handle.
        let n = unsafe { sys::newsdoc_registry_parser_count(self.as_ptr()) };
        Items::new(self, n)
    }

    /// The exporters in use, the built-ins included: one per format, the
    /// one [`Document::export`] uses for it (a plugin that replaces the
    /// built-in json is listed instead of it), so a loop over them exports
    /// each format once.
    ///
    /// ```
    /// use newsdoc::Registry;
    ///
    /// let reg = Registry::builder().no_environment(true).no_default_paths(true).build()?;
    /// let formats: Vec<&str> = reg.exporters().map(|e| e.format()).collect();
    /// assert_eq!(formats, ["json"]);
    /// let json = reg.exporters().next().unwrap();
    /// assert_eq!((json.mime_type(), json.plugin()), (Some("application/json"), None));
    /// # Ok::<(), newsdoc::Error>(())
    /// ```
    pub fn exporters(&self) -> Items<'_, ExporterInfo<'_>> {
        // SAFETY: valid registry handle.
        let n = unsafe { sys::newsdoc_registry_exporter_count(self.as_ptr()) };
        Items::new(self, n)
    }

    /// Things that did not stop a plugin from loading (e.g. two parsers
    /// claiming the same host at the same priority).
    pub fn warnings(&self) -> Items<'_, &str> {
        // SAFETY: valid registry handle.
        let n = unsafe { sys::newsdoc_registry_warning_count(self.as_ptr()) };
        Items::new(self, n)
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        // SAFETY: we own the handle; nothing borrowed from it outlives self.
        unsafe { sys::newsdoc_registry_free(self.raw.as_ptr()) }
    }
}

impl std::fmt::Debug for Registry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Registry")
            .field("plugins", &self.plugins().count())
            .field("parsers", &self.parsers().map(|p| p.id()).collect::<Vec<_>>())
            .field("formats", &self.exporters().map(|e| e.format()).collect::<Vec<_>>())
            .finish()
    }
}

/// Options for a [`Registry`]: extra plugin paths and the
/// `NEWSDOC_REGISTRY_*` flags.
#[derive(Debug, Clone, Default)]
pub struct RegistryBuilder {
    paths: Vec<PathBuf>,
    flags: u32,
}

impl RegistryBuilder {
    /// Defaults: no extra path, environment and default folders searched.
    pub fn new() -> RegistryBuilder {
        RegistryBuilder::default()
    }

    /// Searches `path` (a folder of manifests or one manifest file) before
    /// the other places; may be called several times.
    pub fn plugin_path(mut self, path: impl AsRef<Path>) -> RegistryBuilder {
        self.paths.push(path.as_ref().to_path_buf());
        self
    }

    /// Ignores the `NEWSDOC_*` environment variables (`NEWSDOC_REGISTRY_NO_ENVIRONMENT`).
    pub fn no_environment(self, yes: bool) -> RegistryBuilder {
        self.flag(sys::NEWSDOC_REGISTRY_NO_ENVIRONMENT, yes)
    }

    /// Skips the XDG and installed folders (`NEWSDOC_REGISTRY_NO_DEFAULT_PATHS`).
    pub fn no_default_paths(self, yes: bool) -> RegistryBuilder {
        self.flag(sys::NEWSDOC_REGISTRY_NO_DEFAULT_PATHS, yes)
    }

    /// Lets a manifest's `library_path` leave its folder
    /// (`NEWSDOC_REGISTRY_ALLOW_OUTSIDE`).
    pub fn allow_outside(self, yes: bool) -> RegistryBuilder {
        self.flag(sys::NEWSDOC_REGISTRY_ALLOW_OUTSIDE, yes)
    }

    fn flag(mut self, bit: u32, yes: bool) -> RegistryBuilder {
        if yes {
            self.flags |= bit;
        } else {
            self.flags &= !bit;
        }
        self
    }

    /// Makes the registry. Unusable plugins never fail it: they are listed
    /// by [`Registry::plugins`] with their skip reason.
    pub fn build(&self) -> Result<Registry> {
        use std::os::unix::ffi::OsStrExt;
        let paths: Vec<CString> = self
            .paths
            .iter()
            .map(|p| {
                CString::new(p.as_os_str().as_bytes()).map_err(|_| {
                    Error::new(
                        ErrorCode::InvalidArgument,
                        format!("plugin path {} contains a NUL byte", p.display()),
                    )
                })
            })
            .collect::<Result<_>>()?;
        let ptrs: Vec<*const std::ffi::c_char> = paths.iter().map(|c| c.as_ptr()).collect();
        let mut opts = sys::NEWSDOC_REGISTRY_OPTIONS_INIT;
        opts.plugin_paths = if ptrs.is_empty() { ptr::null() } else { ptrs.as_ptr() };
        opts.plugin_path_count = ptrs.len();
        opts.flags = self.flags;
        let mut raw = ptr::null_mut();
        // SAFETY: opts and the strings it points to outlive the call; the
        // library copies what it keeps.
        check(unsafe { sys::newsdoc_registry_new(&mut raw, &opts) })?;
        NonNull::new(raw)
            .map(|raw| Registry { raw })
            .ok_or_else(|| Error::new(ErrorCode::Generic, "newsdoc_registry_new returned no registry"))
    }
}

/// Something read from a registry by index.
pub trait RegistryItem<'r>: Sized {
    #[doc(hidden)]
    fn at(reg: &'r Registry, i: usize) -> Option<Self>;
}

/// An iterator over the plugins, parsers, exporters or warnings of a registry.
pub struct Items<'r, T> {
    reg: &'r Registry,
    next: usize,
    end: usize,
    _item: PhantomData<T>,
}

impl<'r, T> Items<'r, T> {
    fn new(reg: &'r Registry, end: usize) -> Self {
        Items {
            reg,
            next: 0,
            end,
            _item: PhantomData,
        }
    }
}

impl<'r, T: RegistryItem<'r>> Iterator for Items<'r, T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        while self.next < self.end {
            let i = self.next;
            self.next += 1;
            if let Some(item) = T::at(self.reg, i) {
                return Some(item);
            }
        }
        None
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.end - self.next))
    }
}

impl<'r> RegistryItem<'r> for &'r str {
    fn at(reg: &'r Registry, i: usize) -> Option<Self> {
        // SAFETY: the string lives as long as the registry.
        unsafe { opt_str(sys::newsdoc_registry_warning_at(reg.as_ptr(), i)) }
    }
}

macro_rules! registry_item {
    ($(#[$m:meta])* $name:ident, $raw:ident, $at:ident) => {
        $(#[$m])*
        #[derive(Clone, Copy)]
        pub struct $name<'r> {
            raw: NonNull<sys::$raw>,
            index: usize,
            _reg: PhantomData<&'r Registry>,
        }

        impl<'r> RegistryItem<'r> for $name<'r> {
            fn at(reg: &'r Registry, i: usize) -> Option<Self> {
                // SAFETY: valid handle; NULL when out of range.
                let raw = unsafe { sys::$at(reg.as_ptr(), i) };
                NonNull::new(raw as *mut sys::$raw).map(|raw| $name { raw, index: i, _reg: PhantomData })
            }
        }

        impl<'r> $name<'r> {
            /// The position in the registry's list.
            pub fn index(&self) -> usize {
                self.index
            }
            fn as_ptr(&self) -> *const sys::$raw {
                self.raw.as_ptr()
            }
        }
    };
}

registry_item!(
    /// A plugin the registry found, in use or skipped.
    PluginInfo, newsdoc_plugin_info, newsdoc_registry_plugin_at
);
registry_item!(
    /// A parser in use.
    ParserInfo, newsdoc_parser_info, newsdoc_registry_parser_at
);
registry_item!(
    /// An exporter in use.
    ExporterInfo, newsdoc_exporter_info, newsdoc_registry_exporter_at
);

// SAFETY (all getters below): the info handles and their strings live as
// long as the registry, which 'r borrows.
impl<'r> PluginInfo<'r> {
    /// The plugin's name (`plugin.name`).
    pub fn name(&self) -> &'r str {
        unsafe { str_or_empty(sys::newsdoc_plugin_info_name(self.as_ptr())) }
    }
    /// "builtin", "library", "declarative" or "unknown".
    pub fn kind(&self) -> &'r str {
        unsafe { str_or_empty(sys::newsdoc_plugin_info_kind(self.as_ptr())) }
    }
    /// Whether the plugin is in use.
    pub fn is_used(&self) -> bool {
        self.skip_reason().is_none()
    }
}
item_strings!(PluginInfo {
    /// The plugin's version (`plugin.version`).
    version => newsdoc_plugin_info_version;
    /// The manifest's path; `None` for built-ins.
    manifest => newsdoc_plugin_info_manifest;
    /// Why the plugin was skipped; `None` when it is in use.
    skip_reason => newsdoc_plugin_info_skip_reason;
    /// The shared object's absolute path (library plugins only).
    library => newsdoc_plugin_info_library;
});

impl<'r> ParserInfo<'r> {
    /// The parser id (give it to [`ParseOptions::parser`]).
    pub fn id(&self) -> &'r str {
        unsafe { str_or_empty(sys::newsdoc_parser_info_id(self.as_ptr())) }
    }
    /// Its priority (the highest matching one wins).
    pub fn priority(&self) -> i32 {
        unsafe { sys::newsdoc_parser_info_priority(self.as_ptr()) }
    }
    /// The hosts it claims.
    pub fn hosts(&self) -> impl ExactSizeIterator<Item = &'r str> + 'r {
        let p = self.raw;
        let n = unsafe { sys::newsdoc_parser_info_host_count(p.as_ptr()) };
        (0..n).map(move |i| unsafe { str_or_empty(sys::newsdoc_parser_info_host_at(p.as_ptr(), i)) })
    }
    /// The URL path globs it claims (none: every path of its hosts).
    pub fn paths(&self) -> impl ExactSizeIterator<Item = &'r str> + 'r {
        let p = self.raw;
        let n = unsafe { sys::newsdoc_parser_info_path_count(p.as_ptr()) };
        (0..n).map(move |i| unsafe { str_or_empty(sys::newsdoc_parser_info_path_at(p.as_ptr(), i)) })
    }
    /// Whether the parser is manifest rules run by the core.
    pub fn is_declarative(&self) -> bool {
        unsafe { sys::newsdoc_parser_info_declarative(self.as_ptr()) != 0 }
    }
}
impl<'r> ParserInfo<'r> {
    /// The name of the plugin that provides it; `None` for the built-in
    /// "generic" (the C library names the built-ins' plugin "builtin").
    pub fn plugin(&self) -> Option<&'r str> {
        // SAFETY: the info and its strings live as long as the registry.
        unsafe { plugin_name(sys::newsdoc_parser_info_plugin(self.as_ptr())) }
    }
}

/// A plugin name from the library, `None` for the built-ins' "builtin"
/// (a name no manifest may take), as Go gives "".
///
/// # Safety
/// `s` is NULL or a NUL-terminated string that lives for `'r`.
unsafe fn plugin_name<'r>(s: *const std::ffi::c_char) -> Option<&'r str> {
    crate::opt_str(s).filter(|name| *name != "builtin")
}

impl<'r> ExporterInfo<'r> {
    /// The exporter id.
    pub fn id(&self) -> &'r str {
        unsafe { str_or_empty(sys::newsdoc_exporter_info_id(self.as_ptr())) }
    }
    /// The format name given to [`Document::export`] ("json").
    pub fn format(&self) -> &'r str {
        unsafe { str_or_empty(sys::newsdoc_exporter_info_format(self.as_ptr())) }
    }
}
item_strings!(ExporterInfo {
    /// The MIME type of its output.
    mime_type => newsdoc_exporter_info_mime_type;
    /// The usual file extension of its output.
    extension => newsdoc_exporter_info_extension;
});

impl<'r> ExporterInfo<'r> {
    /// The name of the plugin that provides it; `None` for the built-in
    /// json.
    pub fn plugin(&self) -> Option<&'r str> {
        // SAFETY: the info and its strings live as long as the registry.
        unsafe { plugin_name(sys::newsdoc_exporter_info_plugin(self.as_ptr())) }
    }
}

macro_rules! debug_info {
    ($name:ident { $($f:ident),* }) => {
        impl std::fmt::Debug for $name<'_> {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct(stringify!($name))$(.field(stringify!($f), &self.$f()))*.finish()
            }
        }
    };
}
debug_info!(PluginInfo {
    name,
    version,
    kind,
    manifest,
    library,
    skip_reason
});
debug_info!(ParserInfo {
    id,
    plugin,
    priority,
    is_declarative
});
debug_info!(ExporterInfo {
    id,
    format,
    mime_type,
    extension,
    plugin
});
