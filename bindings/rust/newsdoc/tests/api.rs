//! Every method of the safe API, on a document built field by field, on a
//! parsed page, and through every error path.

mod common;

use common::*;
use newsdoc::{
    AuthorKind, BlockKind, Document, Error, ErrorCode, ExportOptions, Field, InputKind, ParseOptions, Registry,
};
use std::sync::Arc;

#[test]
fn document_getters() {
    let doc = rich_document();
    assert_eq!(doc.url(), Some("https://example.org/news/ferry"));
    assert_eq!(doc.canonical_url(), Some("https://example.org/news/ferry-returns"));
    assert_eq!(doc.site_name(), Some("Harbour Times"));
    assert_eq!(doc.language(), Some("en-GB"));
    assert_eq!(doc.title(), Some("Ferry returns"));
    assert_eq!(doc.subtitle(), Some("After three months"));
    assert_eq!(doc.description(), Some("The ferry is back."));
    assert_eq!(doc.section(), Some("Local"));
    assert_eq!(doc.published(), Some("2025-03-02T09:30:00+01:00"));
    assert_eq!(doc.modified(), Some("2025-03-03T10:00:00+01:00"));
    assert_eq!(doc.parser(), Some("test"));
    assert_eq!(doc.page_type(), Some("forum"));
    assert_eq!(doc.get(Field::PageType), Some("forum"));
    assert_eq!(doc.get(Field::Title), doc.title());
    assert_eq!(doc.get(Field::CanonicalUrl), doc.canonical_url());
    assert_eq!(doc.get(Field::Authors), None, "not a string field");
    assert_eq!(doc.provenance(Field::Title), Some("json-ld"));
    assert_eq!(doc.provenance(Field::Authors), Some("byline"));
    assert_eq!(doc.provenance(Field::Section), None);
    assert_eq!(doc.tags().collect::<Vec<_>>(), ["ferries", "harbour"]);
    assert_eq!(doc.comment_count(), Some(0), "0 is a stated count");
    assert!(
        doc.text().starts_with("“We are back,” said Jane Doe.\n\nTimetable\n\n"),
        "{:?}",
        doc.text()
    );
    assert!(format!("{doc:?}").contains("Ferry returns"));
}

#[test]
fn authors() {
    let doc = rich_document();
    let authors: Vec<_> = doc.authors().collect();
    assert_eq!(authors.len(), 2);
    assert_eq!(doc.authors().len(), 2);
    let a = &authors[0];
    assert_eq!(a.index(), 0);
    assert_eq!(a.name(), "Jane Doe");
    assert_eq!(a.role(), Some("Transport Correspondent"));
    assert_eq!(a.affiliation(), Some("Harbour Times"));
    assert_eq!(a.url(), Some("https://example.org/people/jane"));
    let b = doc.author(1).unwrap();
    assert_eq!(
        (b.name(), b.role(), b.affiliation(), b.url()),
        ("Tom Roe", None, None, None)
    );
    assert!(doc.author(2).is_none());
    assert_eq!((a.kind(), b.kind()), (AuthorKind::Person, AuthorKind::Unknown));
    assert_eq!(a.kind().name(), Some("person"));
    assert_eq!(AuthorKind::Organization.name(), Some("organization"));
    assert_eq!(AuthorKind::Unknown.name(), None);
    assert_eq!(AuthorKind::from_raw(2), AuthorKind::Organization);
    assert_eq!(AuthorKind::from_raw(9), AuthorKind::Other(9));
    assert_eq!(AuthorKind::Other(9).raw(), 9);
    assert!(format!("{a:?}").contains("Transport Correspondent"));
    assert!(format!("{a:?}").contains("Person"));
    assert!(!a.as_ptr().is_null());
    // Iterators run both ways and know their length.
    assert_eq!(
        doc.authors().rev().map(|a| a.name()).collect::<Vec<_>>(),
        ["Tom Roe", "Jane Doe"]
    );
    assert_eq!(doc.authors().nth(1).map(|a| a.name()), Some("Tom Roe"));
    assert!(doc.authors().nth(5).is_none());
}

#[test]
fn blocks() {
    let doc = rich_document();
    let kinds: Vec<_> = doc.blocks().map(|b| b.kind()).collect();
    assert_eq!(
        kinds,
        [
            BlockKind::Paragraph,
            BlockKind::Heading,
            BlockKind::List,
            BlockKind::Table,
            BlockKind::Figure,
            BlockKind::Blockquote,
            BlockKind::Preformatted
        ]
    );
    let names: Vec<_> = kinds.iter().map(|k| k.name().unwrap()).collect();
    assert_eq!(
        names,
        [
            "paragraph",
            "heading",
            "list",
            "table",
            "figure",
            "blockquote",
            "preformatted"
        ]
    );
    assert_eq!(BlockKind::Other(99).name(), None);
    assert_eq!(BlockKind::from_raw(6), BlockKind::Figure);
    assert_eq!(BlockKind::Table.raw(), 5);

    let p = doc.block(0).unwrap();
    assert_eq!(p.text(), "“We are back,” said Jane Doe.");
    assert_eq!(p.level(), None);
    assert!(!p.ordered());
    assert_eq!(p.items().len(), 0);
    assert_eq!(p.rows().len(), 0);
    assert_eq!(p.image_url(), None);

    let h = doc.block(1).unwrap();
    assert_eq!((h.text(), h.level()), ("Timetable", Some(2)));

    let list = doc.block(2).unwrap();
    assert!(list.ordered());
    assert_eq!(list.items().collect::<Vec<_>>(), ["Monday", "Tuesday"]);
    assert_eq!(list.text(), "Monday\nTuesday");

    let table = doc.block(3).unwrap();
    let rows: Vec<Vec<&str>> = table.rows().map(|r| r.cells().collect()).collect();
    assert_eq!(rows, [vec!["Day", "Trips"], vec!["Monday", "12"]]);
    assert_eq!(table.rows().nth(1).unwrap().index(), 1);
    assert_eq!(table.text(), "Day\tTrips\nMonday\t12");
    assert_eq!(format!("{:?}", table.rows().next().unwrap()), r#"["Day", "Trips"]"#);

    let fig = doc.block(4).unwrap();
    assert_eq!(fig.image_url(), Some("https://example.org/ferry.jpg"));
    assert_eq!(fig.image_alt(), Some("A ferry"));
    assert_eq!(fig.caption(), Some("The ferry at the pier"));
    assert_eq!(fig.credit(), Some("Ann Lee"));
    assert_eq!(fig.text(), "The ferry at the pier");
    assert!(doc.block(7).is_none());
    assert_eq!(doc.block(6).unwrap().index(), 6);
}

#[test]
fn quotes() {
    let doc = rich_document();
    assert_eq!(doc.quotes().len(), 2);
    let q = doc.quote(0).unwrap();
    assert_eq!(q.text(), "We are back,");
    assert_eq!(q.speaker(), Some("Jane Doe"));
    assert_eq!(q.speaker_resolved(), Some("Jane Doe"));
    assert_eq!(q.cue(), Some("said"));
    assert_eq!((q.block(), q.start(), q.end()), (Some(0), Some(1), Some(13)));
    // The offsets are code points into the block's text.
    let block_text = doc.block(q.block().unwrap()).unwrap().text();
    let slice: String = block_text
        .chars()
        .skip(q.start().unwrap())
        .take(q.end().unwrap() - q.start().unwrap())
        .collect();
    assert_eq!(slice, q.text());
    let u = doc.quote(1).unwrap();
    assert_eq!(
        (u.text(), u.speaker(), u.cue(), u.block(), u.start(), u.end()),
        ("Unattributed.", None, None, None, None, None)
    );
    assert!(format!("{q:?}").contains("Jane Doe"));
}

#[test]
fn related_and_images() {
    let doc = rich_document();
    let r: Vec<_> = doc.related().collect();
    assert_eq!(r.len(), 2);
    assert_eq!(r[0].title(), Some("Bridge closes"));
    assert_eq!(r[0].url(), Some("https://example.org/bridge"));
    assert_eq!(r[0].author(), Some("Tom Roe"));
    assert_eq!(r[0].summary(), Some("The bridge is shut."));
    assert_eq!(r[0].image(), Some("https://example.org/bridge.jpg"));
    assert_eq!((r[1].title(), r[1].url()), (None, Some("https://example.org/other")));
    assert_eq!(doc.related_item(1).unwrap().index(), 1);
    assert!(doc.related_item(2).is_none());

    let img = doc.image(0).unwrap();
    assert_eq!(img.url(), "https://example.org/lead.jpg");
    assert_eq!(img.alt(), Some("The lead"));
    assert_eq!(img.caption(), Some("Lead caption"));
    assert_eq!(img.credit(), Some("Ann Lee"));
    assert!(img.is_lead());
    let second = doc.images().next_back().unwrap();
    assert_eq!(
        (second.url(), second.is_lead(), second.alt()),
        ("https://example.org/second.jpg", false, None)
    );
    assert!(doc.image(2).is_none());
    assert!(format!("{img:?}").contains("lead.jpg"));
}

#[test]
fn empty_document_is_all_unknown() {
    let doc = Document::from_json(br#"{"title": null}"#).unwrap();
    for f in Field::ALL {
        if f.is_string() {
            assert_eq!(doc.get(f), None, "{f}");
        }
        assert_eq!(doc.provenance(f), None, "{f}");
    }
    assert_eq!(doc.text(), "");
    assert_eq!(doc.comment_count(), None, "unknown is not 0");
    assert_eq!(doc.tags().count(), 0);
    assert_eq!(doc.authors().count() + doc.blocks().count() + doc.quotes().count(), 0);
    assert_eq!(doc.related().count() + doc.images().count(), 0);
}

#[test]
fn fields() {
    assert_eq!(Field::ALL.len(), newsdoc::sys::NEWSDOC_FIELD_COUNT as usize);
    for (i, f) in Field::ALL.iter().enumerate() {
        assert_eq!(f.raw() as usize, i);
        assert_eq!(Field::from_raw(i as i32), Some(*f));
        assert!(!f.name().is_empty());
    }
    assert_eq!(Field::from_raw(18), Some(Field::PageType));
    assert_eq!(Field::from_raw(19), None);
    assert_eq!(Field::PageType.name(), "page_type");
    assert!(Field::PageType.is_string());
    assert_eq!(Field::from_raw(-1), None);
    assert_eq!(Field::CanonicalUrl.name(), "canonical_url");
    assert_eq!(Field::Parser.to_string(), "parser");
    assert!(Field::Parser.is_string() && !Field::Tags.is_string());
}

#[test]
fn version() {
    let (s, major, minor, patch) = newsdoc::version();
    assert_eq!(major, 1);
    assert_eq!(s, format!("{major}.{minor}.{patch}"));
}

#[test]
fn parse_html_with_generic_parser() {
    let reg = builtin_registry();
    let html = include_bytes!("data/ferry.html");
    let doc = newsdoc::parse(&reg, html, Some("https://example.org/news/ferry"), &ParseOptions::new()).unwrap();
    assert_eq!(doc.title(), Some("Harbour ferry returns after repairs"));
    assert_eq!(doc.parser(), Some("generic"));
    assert_eq!(doc.site_name(), Some("Harbour Times"));
    assert_eq!(doc.section(), Some("Local"));
    assert_eq!(doc.published(), Some("2025-03-02T09:30:00+01:00"));
    assert_eq!(doc.provenance(Field::SiteName), Some("opengraph"));
    assert_eq!(doc.tags().collect::<Vec<_>>(), ["ferries", "harbour"]);
    let kinds: Vec<_> = doc.blocks().map(|b| b.kind()).collect();
    for k in [
        BlockKind::Paragraph,
        BlockKind::Heading,
        BlockKind::List,
        BlockKind::Table,
        BlockKind::Figure,
        BlockKind::Blockquote,
        BlockKind::Preformatted,
    ] {
        assert!(kinds.contains(&k), "{k:?} missing from {kinds:?}");
    }
    let ol = doc
        .blocks()
        .find(|b| b.kind() == BlockKind::List && b.ordered())
        .unwrap();
    assert_eq!(ol.items().collect::<Vec<_>>(), ["First step", "Second step"]);
    let fig = doc.blocks().find(|b| b.kind() == BlockKind::Figure).unwrap();
    assert_eq!(fig.image_url(), Some("https://example.org/img/ferry.jpg"));
    let q = doc.quotes().next().unwrap();
    assert_eq!(
        (q.text(), q.speaker(), q.cue()),
        (
            "We replaced both engines and the steering gear,",
            Some("Tom Baker"),
            Some("said")
        )
    );
    assert_eq!(doc.images().next().unwrap().url(), "https://example.org/img/ferry.jpg");
    // Same through the Registry and Document entry points.
    let again = reg
        .parse(html, None, &ParseOptions::new().parser("generic").charset("utf-8"))
        .unwrap();
    assert_eq!(again.title(), doc.title());
    assert_eq!(again.url(), None);
    let third = Document::parse(&reg, html, None, &ParseOptions::new().max_quotes(0).max_related(5)).unwrap();
    assert_eq!(third.title(), doc.title());
}

#[test]
fn parse_text_input() {
    let reg = builtin_registry();
    let text = "Ferry returns\n\nThe harbour ferry sailed again on Monday after three months of repairs.\n\n\
                \"We are back,\" said Jane Doe. The ferry runs every day from now on.\n";
    let doc = reg
        .parse(text.as_bytes(), None, &ParseOptions::new().input(InputKind::Text))
        .unwrap();
    assert!(doc.text().contains("sailed again on Monday"), "{:?}", doc.text());
}

#[test]
fn parse_quotes_by_sentence() {
    let reg = builtin_registry();
    let quotes = |text: &str, opts: ParseOptions| -> Vec<(String, Option<String>, Option<String>)> {
        let doc = reg.parse(text.as_bytes(), None, &opts.input(InputKind::Text)).unwrap();
        doc.quotes()
            .map(|q| {
                (
                    q.text().to_owned(),
                    q.speaker().map(str::to_owned),
                    q.cue().map(str::to_owned),
                )
            })
            .collect()
    };
    let by_anna = |texts: &[&str]| -> Vec<(String, Option<String>, Option<String>)> {
        texts
            .iter()
            .map(|t| (t.to_string(), Some("Anna Berg".to_owned()), Some("said".to_owned())))
            .collect()
    };
    let split = "Title\n\n“The bridge will open in May,” said Anna Berg. “We are ready.”\n";
    // By default the quotation the cue splits is one joined quote; false is the default.
    let joined = by_anna(&["The bridge will open in May, We are ready."]);
    assert_eq!(quotes(split, ParseOptions::new()), joined);
    assert_eq!(quotes(split, ParseOptions::new().quotes_by_sentence(false)), joined);
    // With the option, one quote per sentence, both by the same speaker.
    let two = by_anna(&["The bridge will open in May,", "We are ready."]);
    assert_eq!(quotes(split, ParseOptions::new().quotes_by_sentence(true)), two);
    assert_eq!(
        quotes(split, ParseOptions::new().quotes_by_sentence(true).max_quotes(10)),
        two
    );
    // The last call wins.
    assert_eq!(
        quotes(
            split,
            ParseOptions::new().quotes_by_sentence(true).quotes_by_sentence(false)
        ),
        joined
    );
    // Within one sentence it is one quote either way.
    let one = "Title\n\n“The bridge,” said Anna Berg, “will open in May.”\n";
    assert_eq!(
        quotes(one, ParseOptions::new().quotes_by_sentence(true)),
        by_anna(&["The bridge, will open in May."])
    );
}

#[test]
fn export_and_round_trip() {
    let reg = plugin_registry();
    let doc = rich_document();
    let json = doc.export_string(&reg, "json").unwrap();
    assert!(
        json.contains("\"title\": \"Ferry returns\"") || json.contains("\"title\":\"Ferry returns\""),
        "{json}"
    );
    let compact = doc
        .export_with(&reg, "json", &ExportOptions::new().compact(true))
        .unwrap();
    assert!(!compact.contains(&b'\n') || compact.iter().filter(|&&c| c == b'\n').count() <= 1);
    let back = Document::from_json(json.as_bytes()).unwrap();
    assert_eq!(back.export_string(&reg, "json").unwrap(), json, "exact round trip");
    let via_parse = reg
        .parse(json.as_bytes(), None, &ParseOptions::new().input(InputKind::Json))
        .unwrap();
    assert_eq!(via_parse.title(), Some("Ferry returns"));
    for format in ["xml", "markdown", "text"] {
        let out = doc.export(&reg, format).unwrap();
        assert!(!out.is_empty(), "{format}");
        assert!(String::from_utf8_lossy(&out).contains("Ferry returns"), "{format}");
    }
    // The built-in json exporter works without plugins.
    assert!(doc
        .export_string(&builtin_registry(), "json")
        .unwrap()
        .contains("Ferry returns"));
}

#[test]
fn error_empty_input() {
    let reg = builtin_registry();
    let err = newsdoc::parse(&reg, b"", None, &ParseOptions::new()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Empty, "{err}");
    assert!(!err.message().is_empty());
    assert_eq!(err.to_string(), err.message());
}

#[test]
fn error_bad_format() {
    let reg = builtin_registry();
    let doc = rich_document();
    let err = doc.export(&reg, "no-such-format").unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
    assert!(
        err.message().contains("no-such-format"),
        "message names the format: {err}"
    );
    let err = doc.export(&reg, "js\0on").unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidArgument);
}

#[test]
fn error_unknown_parser() {
    let reg = builtin_registry();
    let opts = ParseOptions::new().parser("no-such-parser");
    let err = reg
        .parse(b"<p>Hello there, this is a page.</p>", None, &opts)
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
    assert!(
        err.message().contains("no-such-parser"),
        "message names the parser: {err}"
    );
}

#[test]
fn error_bad_json_and_limits_and_nul() {
    let err = Document::from_json(b"{not json").unwrap_err();
    assert_eq!(err.code(), ErrorCode::Parse, "{err}");
    let reg = builtin_registry();
    let page = include_bytes!("data/ferry.html");
    let err = reg
        .parse(page, None, &ParseOptions::new().max_input_size(16))
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Limit, "{err}");
    // A page needing more work than max_work: the limit, named.
    let err = reg.parse(page, None, &ParseOptions::new().max_work(10)).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Limit, "{err}");
    assert_eq!(
        err.message(),
        "newsdoc_parse: the page needed more than 10 steps of work (max_work)"
    );
    assert!(reg.parse(page, None, &ParseOptions::new().max_work(0)).is_ok());
    let err = reg
        .parse(page, Some("https://exa\0mple.org/"), &ParseOptions::new())
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidArgument);
    assert!(err.message().contains("url"));
}

#[test]
fn error_type() {
    let e = Error::new(ErrorCode::Io, "cannot read x");
    assert_eq!(e.code(), ErrorCode::Io);
    assert_eq!(e.to_string(), "cannot read x");
    let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(e.clone());
    assert_eq!(boxed.to_string(), "cannot read x");
    for raw in -10..=-1 {
        let code = ErrorCode::from_raw(raw);
        assert!(!matches!(code, ErrorCode::Other(_)), "{raw}");
        assert_eq!(code.raw(), raw);
        assert!(!code.description().is_empty());
        assert_eq!(code.to_string(), code.description());
    }
    assert_eq!(ErrorCode::from_raw(-99), ErrorCode::Other(-99));
    assert_eq!(ErrorCode::InvalidArgument.description(), unsafe {
        std::ffi::CStr::from_ptr(newsdoc::sys::newsdoc_status_string(-2))
            .to_str()
            .unwrap()
    });
}

#[test]
fn errors_are_per_thread() {
    let reg = Arc::new(builtin_registry());
    let handles: Vec<_> = (0..4)
        .map(|i| {
            let reg = Arc::clone(&reg);
            std::thread::spawn(move || {
                for _ in 0..50 {
                    if i % 2 == 0 {
                        let e = reg.parse(b"", None, &ParseOptions::new()).unwrap_err();
                        assert_eq!(e.code(), ErrorCode::Empty);
                    } else {
                        let e = reg
                            .parse(b"<p>x</p>", None, &ParseOptions::new().parser("nope"))
                            .unwrap_err();
                        assert_eq!(e.code(), ErrorCode::NotFound);
                        assert!(e.message().contains("nope"));
                    }
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
}

fn assert_send<T: Send>() {}
fn assert_sync<T: Sync>() {}

#[test]
fn thread_contract() {
    assert_send::<Registry>();
    assert_sync::<Registry>();
    assert_send::<Document>();
    assert_send::<Error>();
    assert_sync::<Error>();
    // A registry shared by threads, each parsing its own document; a
    // document moved to another thread.
    let reg = Arc::new(plugin_registry());
    let page = include_bytes!("data/ferry.html");
    let docs: Vec<Document> = (0..4)
        .map(|_| {
            let reg = Arc::clone(&reg);
            std::thread::spawn(move || reg.parse(page, None, &ParseOptions::new()).unwrap())
        })
        .map(|h| h.join().unwrap())
        .collect();
    for d in &docs {
        assert_eq!(d.title(), Some("Harbour ferry returns after repairs"));
    }
    let doc = docs.into_iter().next().unwrap();
    let title = std::thread::spawn(move || doc.title().map(str::to_owned))
        .join()
        .unwrap();
    assert_eq!(title.as_deref(), Some("Harbour ferry returns after repairs"));
}

#[test]
fn raw_round_trip() {
    let doc = rich_document();
    let raw = doc.into_raw();
    let doc = unsafe { Document::from_raw(raw) };
    assert_eq!(doc.title(), Some("Ferry returns"));
}

#[test]
fn builtins_have_no_plugin() {
    let reg = builtin_registry();
    let generic = reg.parsers().next().unwrap();
    assert_eq!((generic.id(), generic.plugin()), ("generic", None));
    let json = reg.exporters().next().unwrap();
    assert_eq!((json.format(), json.plugin()), ("json", None));
    assert_eq!(reg.exporters().count(), 1);
}
