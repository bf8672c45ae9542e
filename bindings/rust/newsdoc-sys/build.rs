//! Finds libnewsdoc with pkg-config (run through std::process::Command, so the
//! crate has no build dependencies) and tells cargo how to link it.
//!
//! Environment:
//! - `PKG_CONFIG` (default `pkg-config`), `PKG_CONFIG_PATH`, `PKG_CONFIG_LIBDIR`:
//!   the usual pkg-config variables; point `PKG_CONFIG_PATH` at
//!   `$PREFIX/lib/pkgconfig` for a library installed in a custom prefix.
//! - `NEWSDOC_LIB_DIR` (and optionally `NEWSDOC_INCLUDE_DIR`): skip pkg-config
//!   and link the library in that folder.
//! - `NEWSDOC_STATIC=1`: the same as the `static` feature.
//!
//! Besides the link lines, it exports (for dependents' build scripts, as
//! `DEP_NEWSDOC_*`) `include`, `libdir`, `manifestdir`, `version` and
//! `static`, and compiles the same values into the crate (`build_info`).

use std::env;
use std::path::Path;
use std::process::Command;

struct Found {
    lib_dirs: Vec<String>,
    /// library names, in link order
    libs: Vec<String>,
    include_dir: String,
    lib_dir: String,
    manifest_dir: String,
    version: String,
}

fn pkg_config(args: &[&str]) -> Result<String, String> {
    let program = env::var("PKG_CONFIG").unwrap_or_else(|_| "pkg-config".to_string());
    let out = Command::new(&program)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run `{program}`: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "`{program} {}` failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn from_pkg_config(want_static: bool) -> Result<Found, String> {
    let mut args = vec!["--libs"];
    if want_static {
        args.push("--static");
    }
    args.push("libnewsdoc");
    let libs_line = pkg_config(&args)?;
    let mut found = Found {
        lib_dirs: Vec::new(),
        libs: Vec::new(),
        include_dir: pkg_config(&["--variable=includedir", "libnewsdoc"])?,
        lib_dir: pkg_config(&["--variable=libdir", "libnewsdoc"])?,
        manifest_dir: pkg_config(&["--variable=manifestdir", "libnewsdoc"]).unwrap_or_default(),
        version: pkg_config(&["--modversion", "libnewsdoc"])?,
    };
    for token in libs_line.split_whitespace() {
        if let Some(dir) = token.strip_prefix("-L") {
            found.lib_dirs.push(dir.to_string());
        } else if let Some(name) = token.strip_prefix("-l") {
            if !found.libs.iter().any(|l| l == name) {
                found.libs.push(name.to_string());
            }
        } else if token == "-pthread" {
            found.libs.push("pthread".to_string());
        } else {
            println!("cargo:warning=newsdoc-sys: ignoring linker flag `{token}` from pkg-config");
        }
    }
    if !found.lib_dirs.iter().any(|d| d == &found.lib_dir) {
        found.lib_dirs.push(found.lib_dir.clone());
    }
    Ok(found)
}

fn from_env_dir(lib_dir: String, want_static: bool) -> Found {
    let include_dir = env::var("NEWSDOC_INCLUDE_DIR").unwrap_or_else(|_| {
        Path::new(&lib_dir)
            .parent()
            .map(|p| p.join("include").to_string_lossy().into_owned())
            .unwrap_or_default()
    });
    let mut libs = vec!["newsdoc".to_string()];
    if want_static {
        for l in ["xml2", "jansson", "dl", "pthread", "m"] {
            libs.push(l.to_string());
        }
    }
    Found {
        lib_dirs: vec![lib_dir.clone()],
        libs,
        include_dir,
        manifest_dir: String::new(),
        version: String::new(),
        lib_dir,
    }
}

fn main() {
    for var in [
        "PKG_CONFIG",
        "PKG_CONFIG_PATH",
        "PKG_CONFIG_LIBDIR",
        "PKG_CONFIG_SYSROOT_DIR",
        "NEWSDOC_LIB_DIR",
        "NEWSDOC_INCLUDE_DIR",
        "NEWSDOC_STATIC",
    ] {
        println!("cargo:rerun-if-env-changed={var}");
    }
    println!("cargo:rerun-if-changed=build.rs");

    let want_static =
        env::var_os("CARGO_FEATURE_STATIC").is_some() || env::var("NEWSDOC_STATIC").map(|v| v == "1").unwrap_or(false);

    let found = match env::var("NEWSDOC_LIB_DIR") {
        Ok(dir) if !dir.is_empty() => from_env_dir(dir, want_static),
        _ => match from_pkg_config(want_static) {
            Ok(found) => found,
            Err(e) => panic!(
                "\nnewsdoc-sys: libnewsdoc was not found: {e}\n\
                 Install libnewsdoc (cmake --install build --prefix PREFIX) and set\n\
                 PKG_CONFIG_PATH=PREFIX/lib/pkgconfig, or set NEWSDOC_LIB_DIR.\n"
            ),
        },
    };

    for dir in &found.lib_dirs {
        println!("cargo:rustc-link-search=native={dir}");
    }
    for lib in &found.libs {
        if lib == "newsdoc" && want_static {
            let archive = Path::new(&found.lib_dir).join("libnewsdoc.a");
            if !archive.exists() {
                panic!(
                    "newsdoc-sys: the `static` feature needs {}, which does not exist",
                    archive.display()
                );
            }
            println!("cargo:rustc-link-lib=static=newsdoc");
        } else {
            println!("cargo:rustc-link-lib={lib}");
        }
    }

    let linkage = if want_static { "static" } else { "dynamic" };
    // For the crate itself (build_info) ...
    println!("cargo:rustc-env=NEWSDOC_SYS_INCLUDE_DIR={}", found.include_dir);
    println!("cargo:rustc-env=NEWSDOC_SYS_LIB_DIR={}", found.lib_dir);
    println!("cargo:rustc-env=NEWSDOC_SYS_MANIFEST_DIR={}", found.manifest_dir);
    println!("cargo:rustc-env=NEWSDOC_SYS_VERSION={}", found.version);
    println!("cargo:rustc-env=NEWSDOC_SYS_LINKAGE={linkage}");
    // ... and for dependents' build scripts (DEP_NEWSDOC_*).
    println!("cargo:include={}", found.include_dir);
    println!("cargo:libdir={}", found.lib_dir);
    println!("cargo:manifestdir={}", found.manifest_dir);
    println!("cargo:version={}", found.version);
    println!("cargo:static={}", if want_static { 1 } else { 0 });
}
