//! The seed page (../shared/seed/article.html) through the in-tree site
//! plugin site-dcnewsline. Skipped when the page is absent.

mod common;

use common::*;
use newsdoc::{Field, ParseOptions};

#[test]
fn seed_article() {
    let Some(seed) = seed_page() else { return };
    let html = std::fs::read(seed).unwrap();
    let reg = plugin_registry();
    let doc = newsdoc::parse(&reg, &html, Some(SEED_URL), &ParseOptions::new()).unwrap();

    assert_eq!(
        doc.title(),
        Some("UN addresses human rights abuses in North Korea at high-level meeting")
    );
    assert_eq!(doc.parser(), Some("dcnewsline"), "chosen by URL");
    assert_eq!(doc.url(), Some(SEED_URL));
    assert_eq!(doc.site_name(), Some("DC News Line"));
    assert_eq!(doc.provenance(Field::Title), Some("site-rule"));

    let authors: Vec<_> = doc.authors().collect();
    assert_eq!(authors.len(), 1, "{authors:?}");
    assert_eq!(authors[0].name(), "Federico Borello");
    assert_eq!(authors[0].role(), Some("Interim Executive Director"));
    assert_eq!(authors[0].affiliation(), Some("Human Rights Watch"));

    let quotes: Vec<_> = doc.quotes().map(|q| (q.text(), q.speaker())).collect();
    assert_eq!(
        quotes,
        [
            (
                "We urge China and every Member State to end the forcible repatriation of North Koreans,",
                Some("the representative")
            ),
            (
                "Each time I hear people speak up for us, I know we are not forgotten and that change is possible.",
                Some("Ji Seong-ho")
            ),
            (
                "If we fail to act, we tell every tyrant that crimes against humanity carry no cost.",
                Some("The representatives")
            ),
        ]
    );
    for q in doc.quotes() {
        let block = doc.block(q.block().unwrap()).unwrap().text();
        let span: String = block
            .chars()
            .skip(q.start().unwrap())
            .take(q.end().unwrap() - q.start().unwrap())
            .collect();
        assert_eq!(span, q.text());
    }
    assert_eq!(doc.quote(1).unwrap().speaker_resolved(), Some("Ji Seong-ho"));

    let related: Vec<_> = doc.related().map(|r| r.title().unwrap()).collect();
    assert_eq!(
        related,
        [
            "Heritage Foundation praises US-brokered ceasefire between Azerbaijan and Armenia",
            "Supreme Court rules against Mexico’s lawsuit targeting U.S. gun manufacturers",
            "Supreme Court rules in favor of Catholic Charities Bureau in tax exemption case",
        ]
    );
    assert!(doc
        .related()
        .all(|r| r.url().unwrap().starts_with("https://dcnewsline.com/stories/")));
    assert_eq!(doc.comment_count(), Some(0));
    assert!(doc.images().any(|i| i.is_lead()));
    assert!(doc.text().contains("Ji Seong-ho"));
}
