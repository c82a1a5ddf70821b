//! HTML that is broken, huge, empty, all chrome or in another character set: a clear
//! message or an article, never a panic, and nothing of the page's text lost.

use overlap_core::{IngestError, ingest_html_bytes};
use proptest::prelude::*;

const ARTICLE: &str = "<p>The harbour board voted on Monday to build a new ferry pier, after two years of talks with the town council about its cost and its place.</p>\
<p>Work will start in the spring and take about eighteen months, the board's chair said, and the old pier will stay open until then.</p>";

#[test]
fn bad_pages_are_read_or_refused_with_a_reason() {
    let truncated = format!("<html><body><article><h1>Pier vote</h1>{ARTICLE}<p>And then the");
    let huge = format!(
        "<html><body><nav>{}</nav><article>{}</article></body></html>",
        "<a href=/x>Section</a> ".repeat(60_000),
        ARTICLE.repeat(4_000)
    );
    let cases: Vec<(&str, Vec<u8>, Result<&str, &str>)> = vec![
        ("truncated", truncated.into_bytes(), Ok("The harbour board voted")),
        ("unclosed tags", format!("<div><p>{ARTICLE}<div><span>").into_bytes(), Ok("The harbour board voted")),
        ("no body", b"<html><head><title>A page</title></head></html>".to_vec(), Err("the page has no text in its body")),
        ("empty", b"   ".to_vec(), Err("the file is empty")),
        (
            "all chrome",
            b"<nav><a href=/a>News</a> <a href=/b>Sport</a></nav><footer><a href=/c>Contact us</a></footer>".to_vec(),
            Err("nothing is left after removing page chrome"),
        ),
        (
            "windows-1251",
            {
                let mut page = b"<meta charset=\"windows-1251\"><body><p>".to_vec();
                // "Москва" in windows-1251, then an English sentence to make a paragraph.
                page.extend([0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0]);
                page.extend(b" said on Monday that the talks would go on for as long as they needed to.</p></body>");
                page
            },
            Ok("Москва said on Monday"),
        ),
        (
            "an unknown character set",
            b"<meta charset=\"klingon\"><p>x</p>".to_vec(),
            Err("the page declares the character set \"klingon\", which is unknown"),
        ),
        ("5 MB", huge.into_bytes(), Ok("The harbour board voted")),
    ];
    let mut failures = Vec::new();
    for (name, bytes, expected) in cases {
        let got = ingest_html_bytes(name, &bytes);
        let ok = match (&got, expected) {
            (Ok(a), Ok(start)) => a.body.first().is_some_and(|p| p.starts_with(start)),
            (Err(e), Err(message)) => e.to_string().starts_with(message),
            _ => false,
        };
        if !ok {
            failures.push(format!(
                "- {name}: expected {expected:?}, got {:?}",
                got.map(|a| a.body.first().cloned())
                    .map_err(|e| e.to_string())
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn an_all_chrome_page_says_how_much_it_removed() {
    let page = b"<nav><a href=/a>News</a></nav><footer><a href=/c>Contact us</a></footer>";
    assert!(matches!(
        ingest_html_bytes("p", page),
        Err(IngestError::NothingLeft { removed: 2 })
    ));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    /// Any bytes, and any mix of tags and text: no panic.
    #[test]
    fn arbitrary_pages_never_panic(
        pieces in prop::collection::vec(prop::sample::select(vec![
            "<p>", "</p>", "<div class=\"share\">", "</div>", "<nav>", "<article>", "<h1>", "<br>",
            "<script>x()</script>", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":",
            "\"A\"}", "</script>", "<meta property=\"og:site_name\" content=\"Daily\">", "<a href=x>",
            "</a>", "The council voted on Tuesday to close the bridge. ", "WASHINGTON (AP) — ",
            "<li>", "<figure><figcaption>", "&amp;", "<!--", "-->", "\u{0}", "é", "<table><td>",
        ]), 0..60),
        bytes in prop::collection::vec(any::<u8>(), 0..300),
    ) {
        let page: String = pieces.concat();
        let _ = ingest_html_bytes("p", page.as_bytes());
        let _ = ingest_html_bytes("b", &bytes);
    }
}
