//! Parses the seed page 10,000 times (exporting it as JSON every tenth
//! time, failing on empty input every hundredth) and reports VmRSS at 1,000
//! and 10,000 iterations. Ignored by default (bindings/rust/test.sh runs it with
//! `cargo test --release --test memory -- --ignored --nocapture`).

mod common;

use common::*;
use newsdoc::ParseOptions;

#[test]
#[ignore]
fn parse_seed_10000_times() {
    let Some(seed) = seed_page() else { return };
    let html = std::fs::read(seed).unwrap();
    let reg = plugin_registry();
    let opts = ParseOptions::new();
    let mut at_1000 = 0;
    for i in 1..=10_000u32 {
        let doc = reg.parse(&html, Some(SEED_URL), &opts).unwrap();
        assert_eq!(doc.quotes().len(), 3);
        // Touch the borrowed data so nothing is optimised away.
        let n: usize = doc.authors().map(|a| a.name().len()).sum::<usize>() + doc.related().count();
        assert!(n > 0);
        // And the export path (newsdoc_buf) every tenth time.
        if i % 10 == 0 {
            assert!(!doc.export(&reg, "json").unwrap().is_empty());
        }
        // And an error path (thread-local message copied into Error).
        if i % 100 == 0 {
            assert!(reg.parse(b"", None, &opts).is_err());
        }
        if i == 1_000 {
            at_1000 = rss_kib();
            println!("rust memory check: VmRSS after 1,000 parses: {at_1000} kB");
        }
    }
    let at_10000 = rss_kib();
    println!("rust memory check: VmRSS after 10,000 parses: {at_10000} kB");
    println!(
        "rust memory check: growth 1,000 -> 10,000: {} kB",
        at_10000 as i64 - at_1000 as i64
    );
    // A leak of even 100 bytes per parse would add ~900 kB.
    assert!(at_10000 <= at_1000 + 512, "RSS grew from {at_1000} kB to {at_10000} kB");
}
