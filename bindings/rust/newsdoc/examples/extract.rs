//! Prints the title, the authors with their role, the quotes with their
//! speakers and the related titles of a page.
//!
//!     cargo run --example extract -- PAGE.html [--url URL] [--plugin-path DIR]...
//!
//! Plugins are found through NEWSDOC_PLUGIN_PATH and the default folders,
//! after any --plugin-path given.

use newsdoc::{ParseOptions, Registry};
use std::process::ExitCode;

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (mut file, mut url, mut builder) = (None, None, Registry::builder());
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--url" => url = Some(args.next().ok_or("--url needs a value")?),
            "--plugin-path" => builder = builder.plugin_path(args.next().ok_or("--plugin-path needs a value")?),
            _ if file.is_none() => file = Some(arg),
            _ => return Err(format!("unexpected argument {arg:?}").into()),
        }
    }
    let file = file.ok_or("usage: extract PAGE.html [--url URL] [--plugin-path DIR]...")?;
    let html = std::fs::read(&file).map_err(|e| format!("{file}: {e}"))?;

    let reg = builder.build()?;
    let doc = newsdoc::parse(&reg, &html, url.as_deref(), &ParseOptions::new()).map_err(|e| format!("{file}: {e}"))?;

    println!("title: {}", doc.title().unwrap_or("(none)"));
    for a in doc.authors() {
        match (a.role(), a.affiliation()) {
            (Some(role), Some(org)) => println!("author: {} ({role}, {org})", a.name()),
            (Some(role), None) => println!("author: {} ({role})", a.name()),
            (None, Some(org)) => println!("author: {} ({org})", a.name()),
            (None, None) => println!("author: {}", a.name()),
        }
    }
    for q in doc.quotes() {
        println!(
            "quote: \u{201c}{}\u{201d} -- {}",
            q.text(),
            q.speaker().unwrap_or("(unknown speaker)")
        );
    }
    for r in doc.related() {
        println!("related: {}", r.title().or(r.url()).unwrap_or("(untitled)"));
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("extract: {e}");
            ExitCode::FAILURE
        }
    }
}
