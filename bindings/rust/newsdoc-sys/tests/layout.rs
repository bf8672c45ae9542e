//! Checks every `#[repr(C)]` struct and every constant of newsdoc-sys against
//! the C headers the crate was built with: a small C program, compiled here
//! with the system C compiler (`$CC`, default `cc`), prints `sizeof`,
//! `_Alignof` and `offsetof` of each struct and field and the value of each
//! constant, and the test compares them with Rust's view. A last test checks
//! that every function the headers declare is declared in `src/lib.rs`.

use newsdoc_sys::*;
use std::collections::HashMap;
use std::mem::{align_of, offset_of, size_of};
use std::path::{Path, PathBuf};
use std::process::Command;

const C_PROGRAM: &str = r#"
#include <stdio.h>
#include <stddef.h>
#include <newsdoc.h>

#define SIZE(T) printf("size|%s|%lu\nalign|%s|%lu\n", #T, (unsigned long)sizeof(T), #T, (unsigned long)_Alignof(T))
#define OFF(T, f) printf("offset|%s.%s|%lu\nfsize|%s.%s|%lu\n", #T, #f, (unsigned long)offsetof(T, f), \
	#T, #f, (unsigned long)sizeof(((T *)0)->f))
#define CONST(c) printf("const|%s|%ld\n", #c, (long)(c))

int main(void)
{
	newsdoc_buf buf = NEWSDOC_BUF_INIT;
	newsdoc_registry_options ro = NEWSDOC_REGISTRY_OPTIONS_INIT;
	newsdoc_parse_options po = NEWSDOC_PARSE_OPTIONS_INIT;
	newsdoc_export_options eo = NEWSDOC_EXPORT_OPTIONS_INIT;

	SIZE(newsdoc_error); OFF(newsdoc_error, message); OFF(newsdoc_error, code);
	SIZE(newsdoc_buf); OFF(newsdoc_buf, ptr); OFF(newsdoc_buf, size); OFF(newsdoc_buf, reserved);
	SIZE(newsdoc_registry_options); OFF(newsdoc_registry_options, version);
	OFF(newsdoc_registry_options, plugin_paths); OFF(newsdoc_registry_options, plugin_path_count);
	OFF(newsdoc_registry_options, flags);
	SIZE(newsdoc_parse_options); OFF(newsdoc_parse_options, version); OFF(newsdoc_parse_options, input);
	OFF(newsdoc_parse_options, parser); OFF(newsdoc_parse_options, charset); OFF(newsdoc_parse_options, flags);
	OFF(newsdoc_parse_options, max_input_size); OFF(newsdoc_parse_options, max_depth);
	OFF(newsdoc_parse_options, max_nodes); OFF(newsdoc_parse_options, max_jsonld_size);
	OFF(newsdoc_parse_options, max_quotes); OFF(newsdoc_parse_options, max_related);
	OFF(newsdoc_parse_options, max_work);
	SIZE(newsdoc_export_options); OFF(newsdoc_export_options, version); OFF(newsdoc_export_options, flags);
	SIZE(newsdoc_status); SIZE(newsdoc_field); SIZE(newsdoc_block_kind); SIZE(newsdoc_input);
	SIZE(size_t); SIZE(long); SIZE(int); SIZE(unsigned int);

	/* the _INIT macros */
	CONST(buf.size); CONST(buf.reserved); CONST(buf.ptr == NULL);
	CONST(ro.version); CONST(ro.plugin_path_count); CONST(ro.flags); CONST(ro.plugin_paths == NULL);
	CONST(po.version); CONST(po.input); CONST(po.flags); CONST(po.parser == NULL); CONST(po.charset == NULL);
	CONST(po.max_input_size); CONST(po.max_depth); CONST(po.max_nodes); CONST(po.max_jsonld_size);
	CONST(po.max_quotes); CONST(po.max_related); CONST(po.max_work);
	CONST(eo.version); CONST(eo.flags);

	CONST(NEWSDOC_VERSION_MAJOR); CONST(NEWSDOC_VERSION_MINOR); CONST(NEWSDOC_VERSION_PATCH);
	CONST(NEWSDOC_OK); CONST(NEWSDOC_ERROR); CONST(NEWSDOC_EINVAL); CONST(NEWSDOC_ENOMEM);
	CONST(NEWSDOC_ENOTFOUND); CONST(NEWSDOC_EPARSE); CONST(NEWSDOC_EIO); CONST(NEWSDOC_EPLUGIN);
	CONST(NEWSDOC_ELIMIT); CONST(NEWSDOC_EVERSION); CONST(NEWSDOC_EEMPTY);
	CONST(NEWSDOC_FIELD_URL); CONST(NEWSDOC_FIELD_CANONICAL_URL); CONST(NEWSDOC_FIELD_SITE_NAME);
	CONST(NEWSDOC_FIELD_LANGUAGE); CONST(NEWSDOC_FIELD_TITLE); CONST(NEWSDOC_FIELD_SUBTITLE);
	CONST(NEWSDOC_FIELD_DESCRIPTION); CONST(NEWSDOC_FIELD_SECTION); CONST(NEWSDOC_FIELD_PUBLISHED);
	CONST(NEWSDOC_FIELD_MODIFIED); CONST(NEWSDOC_FIELD_PARSER); CONST(NEWSDOC_FIELD_TAGS);
	CONST(NEWSDOC_FIELD_AUTHORS); CONST(NEWSDOC_FIELD_BODY); CONST(NEWSDOC_FIELD_QUOTES);
	CONST(NEWSDOC_FIELD_RELATED); CONST(NEWSDOC_FIELD_COMMENTS); CONST(NEWSDOC_FIELD_IMAGES);
	CONST(NEWSDOC_FIELD_PAGE_TYPE);
	CONST(NEWSDOC_FIELD_LAST_STRING); CONST(NEWSDOC_FIELD_COUNT);
	CONST(NEWSDOC_BLOCK_PARAGRAPH); CONST(NEWSDOC_BLOCK_HEADING); CONST(NEWSDOC_BLOCK_LIST);
	CONST(NEWSDOC_BLOCK_BLOCKQUOTE); CONST(NEWSDOC_BLOCK_PREFORMATTED); CONST(NEWSDOC_BLOCK_TABLE);
	CONST(NEWSDOC_BLOCK_FIGURE);
	CONST(NEWSDOC_AUTHOR_UNKNOWN); CONST(NEWSDOC_AUTHOR_PERSON); CONST(NEWSDOC_AUTHOR_ORGANIZATION);
	CONST(NEWSDOC_AUTHOR_KIND_COUNT);
	CONST(NEWSDOC_REGISTRY_NO_ENVIRONMENT); CONST(NEWSDOC_REGISTRY_NO_DEFAULT_PATHS);
	CONST(NEWSDOC_REGISTRY_ALLOW_OUTSIDE); CONST(NEWSDOC_REGISTRY_OPTIONS_VERSION);
	CONST(NEWSDOC_INPUT_HTML); CONST(NEWSDOC_INPUT_TEXT); CONST(NEWSDOC_INPUT_JSON);
	CONST(NEWSDOC_PARSE_OPTIONS_VERSION); CONST(NEWSDOC_PARSE_QUOTES_BY_SENTENCE);
	CONST(NEWSDOC_EXPORT_COMPACT); CONST(NEWSDOC_EXPORT_OPTIONS_VERSION);
	printf("string|NEWSDOC_VERSION_STRING|%s\n", NEWSDOC_VERSION_STRING);
	return 0;
}
"#;

fn include_dir() -> PathBuf {
    PathBuf::from(build_info::INCLUDE_DIR)
}

/// Compiles and runs the C program once per test binary; returns key -> value.
fn c_facts() -> &'static HashMap<String, String> {
    use std::sync::OnceLock;
    static FACTS: OnceLock<HashMap<String, String>> = OnceLock::new();
    FACTS.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("newsdoc-layout");
        std::fs::create_dir_all(&dir).unwrap();
        let src = dir.join("layout.c");
        let exe = dir.join("layout");
        std::fs::write(&src, C_PROGRAM).unwrap();
        let cc = std::env::var("CC").unwrap_or_else(|_| "cc".to_string());
        let status = Command::new(&cc)
            .arg("-std=c11")
            .arg("-Wall")
            .arg("-Werror")
            .arg("-I")
            .arg(include_dir())
            .arg(&src)
            .arg("-o")
            .arg(&exe)
            .status()
            .unwrap_or_else(|e| panic!("cannot run the C compiler `{cc}`: {e}"));
        assert!(status.success(), "compiling {} failed", src.display());
        let out = Command::new(&exe).output().expect("run layout program");
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        let mut facts = HashMap::new();
        for line in text.lines() {
            let mut parts = line.splitn(3, '|');
            let (kind, key, value) = (parts.next().unwrap(), parts.next().unwrap(), parts.next().unwrap());
            facts.insert(format!("{kind} {key}"), value.to_string());
        }
        facts
    })
}

fn c_num(key: &str) -> i64 {
    let v = c_facts()
        .get(key)
        .unwrap_or_else(|| panic!("the C program printed no `{key}`"));
    v.parse().unwrap()
}

macro_rules! check_struct {
    ($t:ident { $($f:ident),* $(,)? }) => {{
        assert_eq!(size_of::<$t>() as i64, c_num(concat!("size ", stringify!($t))), "sizeof {}", stringify!($t));
        assert_eq!(align_of::<$t>() as i64, c_num(concat!("align ", stringify!($t))), "alignof {}", stringify!($t));
        $(
            assert_eq!(
                offset_of!($t, $f) as i64,
                c_num(concat!("offset ", stringify!($t), ".", stringify!($f))),
                "offsetof({}, {})", stringify!($t), stringify!($f)
            );
            {
                let v: $t = unsafe { std::mem::zeroed() };
                fn field_size<T>(_: &T) -> usize { size_of::<T>() }
                assert_eq!(
                    field_size(&v.$f) as i64,
                    c_num(concat!("fsize ", stringify!($t), ".", stringify!($f))),
                    "sizeof {}.{}", stringify!($t), stringify!($f)
                );
            }
        )*
    }};
}

#[test]
fn struct_layouts_match_c() {
    check_struct!(newsdoc_error { message, code });
    check_struct!(newsdoc_buf { ptr, size, reserved });
    check_struct!(newsdoc_registry_options {
        version,
        plugin_paths,
        plugin_path_count,
        flags
    });
    check_struct!(newsdoc_parse_options {
        version,
        input,
        parser,
        charset,
        flags,
        max_input_size,
        max_depth,
        max_nodes,
        max_jsonld_size,
        max_quotes,
        max_related,
        max_work,
    });
    check_struct!(newsdoc_export_options { version, flags });
}

#[test]
fn scalar_types_match_c() {
    use std::ffi::{c_int, c_long, c_uint};
    assert_eq!(size_of::<newsdoc_status>() as i64, c_num("size newsdoc_status"));
    assert_eq!(size_of::<newsdoc_field>() as i64, c_num("size newsdoc_field"));
    assert_eq!(size_of::<newsdoc_block_kind>() as i64, c_num("size newsdoc_block_kind"));
    assert_eq!(size_of::<newsdoc_input>() as i64, c_num("size newsdoc_input"));
    assert_eq!(size_of::<size_t>() as i64, c_num("size size_t"));
    assert_eq!(size_of::<c_long>() as i64, c_num("size long"));
    assert_eq!(size_of::<c_int>() as i64, c_num("size int"));
    assert_eq!(size_of::<c_uint>() as i64, c_num("size unsigned int"));
}

#[test]
fn init_macros_match_c() {
    let b = NEWSDOC_BUF_INIT;
    assert_eq!(b.size as i64, c_num("const buf.size"));
    assert_eq!(b.reserved as i64, c_num("const buf.reserved"));
    assert_eq!(b.ptr.is_null() as i64, c_num("const buf.ptr == NULL"));
    let r = NEWSDOC_REGISTRY_OPTIONS_INIT;
    assert_eq!(r.version as i64, c_num("const ro.version"));
    assert_eq!(r.plugin_path_count as i64, c_num("const ro.plugin_path_count"));
    assert_eq!(r.flags as i64, c_num("const ro.flags"));
    assert_eq!(r.plugin_paths.is_null() as i64, c_num("const ro.plugin_paths == NULL"));
    let p = NEWSDOC_PARSE_OPTIONS_INIT;
    assert_eq!(p.version as i64, c_num("const po.version"));
    assert_eq!(p.input as i64, c_num("const po.input"));
    assert_eq!(p.flags as i64, c_num("const po.flags"));
    assert_eq!(p.parser.is_null() as i64, c_num("const po.parser == NULL"));
    assert_eq!(p.charset.is_null() as i64, c_num("const po.charset == NULL"));
    assert_eq!(p.max_input_size as i64, c_num("const po.max_input_size"));
    assert_eq!(p.max_depth as i64, c_num("const po.max_depth"));
    assert_eq!(p.max_nodes as i64, c_num("const po.max_nodes"));
    assert_eq!(p.max_jsonld_size as i64, c_num("const po.max_jsonld_size"));
    assert_eq!(p.max_quotes as i64, c_num("const po.max_quotes"));
    assert_eq!(p.max_related as i64, c_num("const po.max_related"));
    assert_eq!(p.max_work as i64, c_num("const po.max_work"));
    let e = NEWSDOC_EXPORT_OPTIONS_INIT;
    assert_eq!(e.version as i64, c_num("const eo.version"));
    assert_eq!(e.flags as i64, c_num("const eo.flags"));
}

#[test]
fn init_functions_agree_with_init_constants() {
    unsafe {
        let mut r: newsdoc_registry_options = std::mem::zeroed();
        assert_eq!(
            newsdoc_registry_options_init(&mut r, NEWSDOC_REGISTRY_OPTIONS_VERSION),
            NEWSDOC_OK
        );
        assert_eq!(r.version, NEWSDOC_REGISTRY_OPTIONS_INIT.version);
        assert_eq!(r.flags, 0);
        assert!(r.plugin_paths.is_null());
        assert_eq!(newsdoc_registry_options_init(&mut r, 999), NEWSDOC_EVERSION);

        let mut p: newsdoc_parse_options = std::mem::zeroed();
        assert_eq!(
            newsdoc_parse_options_init(&mut p, NEWSDOC_PARSE_OPTIONS_VERSION),
            NEWSDOC_OK
        );
        assert_eq!(p.version, NEWSDOC_PARSE_OPTIONS_VERSION);
        assert_eq!(p.input, NEWSDOC_INPUT_HTML);
        assert!(p.parser.is_null() && p.charset.is_null());
        assert_eq!(newsdoc_parse_options_init(&mut p, 999), NEWSDOC_EVERSION);
        // Version 1 is the struct without max_work: init writes no further.
        p.max_work = 7;
        assert_eq!(newsdoc_parse_options_init(&mut p, 1), NEWSDOC_OK);
        assert_eq!(p.version, 1);
        assert_eq!(p.max_work, 7);

        let mut e: newsdoc_export_options = std::mem::zeroed();
        assert_eq!(
            newsdoc_export_options_init(&mut e, NEWSDOC_EXPORT_OPTIONS_VERSION),
            NEWSDOC_OK
        );
        assert_eq!(e.version, NEWSDOC_EXPORT_OPTIONS_VERSION);
        assert_eq!(newsdoc_export_options_init(&mut e, 999), NEWSDOC_EVERSION);
    }
}

#[test]
fn constants_match_c() {
    let consts: &[(&str, i64)] = &[
        ("NEWSDOC_VERSION_MAJOR", NEWSDOC_VERSION_MAJOR as i64),
        ("NEWSDOC_VERSION_MINOR", NEWSDOC_VERSION_MINOR as i64),
        ("NEWSDOC_VERSION_PATCH", NEWSDOC_VERSION_PATCH as i64),
        ("NEWSDOC_OK", NEWSDOC_OK as i64),
        ("NEWSDOC_ERROR", NEWSDOC_ERROR as i64),
        ("NEWSDOC_EINVAL", NEWSDOC_EINVAL as i64),
        ("NEWSDOC_ENOMEM", NEWSDOC_ENOMEM as i64),
        ("NEWSDOC_ENOTFOUND", NEWSDOC_ENOTFOUND as i64),
        ("NEWSDOC_EPARSE", NEWSDOC_EPARSE as i64),
        ("NEWSDOC_EIO", NEWSDOC_EIO as i64),
        ("NEWSDOC_EPLUGIN", NEWSDOC_EPLUGIN as i64),
        ("NEWSDOC_ELIMIT", NEWSDOC_ELIMIT as i64),
        ("NEWSDOC_EVERSION", NEWSDOC_EVERSION as i64),
        ("NEWSDOC_EEMPTY", NEWSDOC_EEMPTY as i64),
        ("NEWSDOC_FIELD_URL", NEWSDOC_FIELD_URL as i64),
        ("NEWSDOC_FIELD_CANONICAL_URL", NEWSDOC_FIELD_CANONICAL_URL as i64),
        ("NEWSDOC_FIELD_SITE_NAME", NEWSDOC_FIELD_SITE_NAME as i64),
        ("NEWSDOC_FIELD_LANGUAGE", NEWSDOC_FIELD_LANGUAGE as i64),
        ("NEWSDOC_FIELD_TITLE", NEWSDOC_FIELD_TITLE as i64),
        ("NEWSDOC_FIELD_SUBTITLE", NEWSDOC_FIELD_SUBTITLE as i64),
        ("NEWSDOC_FIELD_DESCRIPTION", NEWSDOC_FIELD_DESCRIPTION as i64),
        ("NEWSDOC_FIELD_SECTION", NEWSDOC_FIELD_SECTION as i64),
        ("NEWSDOC_FIELD_PUBLISHED", NEWSDOC_FIELD_PUBLISHED as i64),
        ("NEWSDOC_FIELD_MODIFIED", NEWSDOC_FIELD_MODIFIED as i64),
        ("NEWSDOC_FIELD_PARSER", NEWSDOC_FIELD_PARSER as i64),
        ("NEWSDOC_FIELD_TAGS", NEWSDOC_FIELD_TAGS as i64),
        ("NEWSDOC_FIELD_AUTHORS", NEWSDOC_FIELD_AUTHORS as i64),
        ("NEWSDOC_FIELD_BODY", NEWSDOC_FIELD_BODY as i64),
        ("NEWSDOC_FIELD_QUOTES", NEWSDOC_FIELD_QUOTES as i64),
        ("NEWSDOC_FIELD_RELATED", NEWSDOC_FIELD_RELATED as i64),
        ("NEWSDOC_FIELD_COMMENTS", NEWSDOC_FIELD_COMMENTS as i64),
        ("NEWSDOC_FIELD_IMAGES", NEWSDOC_FIELD_IMAGES as i64),
        ("NEWSDOC_FIELD_PAGE_TYPE", NEWSDOC_FIELD_PAGE_TYPE as i64),
        ("NEWSDOC_FIELD_LAST_STRING", NEWSDOC_FIELD_LAST_STRING as i64),
        ("NEWSDOC_FIELD_COUNT", NEWSDOC_FIELD_COUNT as i64),
        ("NEWSDOC_BLOCK_PARAGRAPH", NEWSDOC_BLOCK_PARAGRAPH as i64),
        ("NEWSDOC_BLOCK_HEADING", NEWSDOC_BLOCK_HEADING as i64),
        ("NEWSDOC_BLOCK_LIST", NEWSDOC_BLOCK_LIST as i64),
        ("NEWSDOC_BLOCK_BLOCKQUOTE", NEWSDOC_BLOCK_BLOCKQUOTE as i64),
        ("NEWSDOC_BLOCK_PREFORMATTED", NEWSDOC_BLOCK_PREFORMATTED as i64),
        ("NEWSDOC_BLOCK_TABLE", NEWSDOC_BLOCK_TABLE as i64),
        ("NEWSDOC_BLOCK_FIGURE", NEWSDOC_BLOCK_FIGURE as i64),
        ("NEWSDOC_AUTHOR_UNKNOWN", NEWSDOC_AUTHOR_UNKNOWN as i64),
        ("NEWSDOC_AUTHOR_PERSON", NEWSDOC_AUTHOR_PERSON as i64),
        ("NEWSDOC_AUTHOR_ORGANIZATION", NEWSDOC_AUTHOR_ORGANIZATION as i64),
        ("NEWSDOC_AUTHOR_KIND_COUNT", NEWSDOC_AUTHOR_KIND_COUNT as i64),
        (
            "NEWSDOC_REGISTRY_NO_ENVIRONMENT",
            NEWSDOC_REGISTRY_NO_ENVIRONMENT as i64,
        ),
        (
            "NEWSDOC_REGISTRY_NO_DEFAULT_PATHS",
            NEWSDOC_REGISTRY_NO_DEFAULT_PATHS as i64,
        ),
        ("NEWSDOC_REGISTRY_ALLOW_OUTSIDE", NEWSDOC_REGISTRY_ALLOW_OUTSIDE as i64),
        (
            "NEWSDOC_REGISTRY_OPTIONS_VERSION",
            NEWSDOC_REGISTRY_OPTIONS_VERSION as i64,
        ),
        ("NEWSDOC_INPUT_HTML", NEWSDOC_INPUT_HTML as i64),
        ("NEWSDOC_INPUT_TEXT", NEWSDOC_INPUT_TEXT as i64),
        ("NEWSDOC_INPUT_JSON", NEWSDOC_INPUT_JSON as i64),
        ("NEWSDOC_PARSE_OPTIONS_VERSION", NEWSDOC_PARSE_OPTIONS_VERSION as i64),
        (
            "NEWSDOC_PARSE_QUOTES_BY_SENTENCE",
            NEWSDOC_PARSE_QUOTES_BY_SENTENCE as i64,
        ),
        ("NEWSDOC_EXPORT_COMPACT", NEWSDOC_EXPORT_COMPACT as i64),
        ("NEWSDOC_EXPORT_OPTIONS_VERSION", NEWSDOC_EXPORT_OPTIONS_VERSION as i64),
    ];
    for (name, value) in consts {
        assert_eq!(*value, c_num(&format!("const {name}")), "{name}");
    }
    assert_eq!(
        c_facts().get("string NEWSDOC_VERSION_STRING").map(String::as_str),
        Some(NEWSDOC_VERSION_STRING)
    );
}

/// Every `NEWSDOC_EXTERN(type) name(` of the installed headers has an
/// `fn name(` in src/lib.rs.
#[test]
fn every_header_function_is_declared() {
    let lib_rs = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs")).unwrap();
    let mut headers = vec![include_dir().join("newsdoc.h")];
    for entry in std::fs::read_dir(include_dir().join("newsdoc")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "h") {
            headers.push(path);
        }
    }
    let mut names = Vec::new();
    for header in &headers {
        let text = std::fs::read_to_string(header).unwrap();
        for line in text.lines() {
            let Some(rest) = line.strip_prefix("NEWSDOC_EXTERN(") else {
                continue;
            };
            // skip "type) " then take the identifier before '('
            let close = rest.find(')').unwrap();
            let after = rest[close + 1..].trim_start();
            let name: String = after.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            names.push(name);
        }
    }
    assert!(
        names.len() > 100,
        "found only {} functions in {:?}",
        names.len(),
        headers
    );
    let missing: Vec<_> = names.iter().filter(|n| !lib_rs.contains(&format!("fn {n}("))).collect();
    assert!(
        missing.is_empty(),
        "functions of the headers missing from newsdoc-sys: {missing:?}"
    );
}

#[test]
fn linked_library_answers() {
    let (mut major, mut minor, mut patch) = (0, 0, 0);
    let v = unsafe { std::ffi::CStr::from_ptr(newsdoc_version(&mut major, &mut minor, &mut patch)) };
    assert_eq!(major, NEWSDOC_VERSION_MAJOR);
    assert_eq!(v.to_str().unwrap(), format!("{major}.{minor}.{patch}"));
    let e = unsafe { &*newsdoc_error_last() };
    assert!(!e.message.is_null());
}
