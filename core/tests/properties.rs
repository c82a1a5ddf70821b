//! Property tests of the core on hostile text: whatever a capture holds, ingestion,
//! analysis and comparison never panic, every range they give lies on character
//! boundaries inside its paragraph, comparing is symmetric and deterministic.
//!
//! The generators mix arbitrary Unicode with the fragments real captures are made of
//! and that break naive text code: right-to-left words, combining marks, emoji with
//! zero-width joiners, zero-width characters and byte-order marks, CRLF and lone CR,
//! NUL, tabs, very long lines, markdown links, curly quotes and possessives, names with
//! titles, capitalised words, numbers, hyphens and blank lines.
//!
//! Each property runs `OVERLAP_PROPTEST_CASES` cases (default 2,000, so 10,000 over
//! the five properties: 35 to 45 s in a debug build on two cores). For a longer run:
//!
//! ```text
//! OVERLAP_PROPTEST_CASES=100000 cargo test --release -p overlap-core --test properties
//! ```
//!
//! Failures are not persisted to a regressions file: a failing case found here belongs
//! in this file as a plain `#[test]` with its minimal input.

use overlap_core::compare::Highlight;
use overlap_core::{Article, Corpus, IngestError, compare, ingest, ingest_bytes};
use proptest::prelude::*;
use proptest::test_runner::Config;
use std::ops::Range;

/// Cases per property unless `OVERLAP_PROPTEST_CASES` says otherwise.
const DEFAULT_CASES: u32 = 2_000;

fn config() -> Config {
    let cases = std::env::var("OVERLAP_PROPTEST_CASES")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(DEFAULT_CASES);
    Config {
        failure_persistence: None,
        ..Config::with_cases(cases)
    }
}

/// Pieces of hostile text, each kept whole by the generator.
const FRAGMENTS: &[&str] = &[
    // Separators and white space.
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\n\n\n",
    "\r\n",
    "\r\n\r\n",
    "\r",
    "\t",
    "  ",
    "\u{a0}",
    "\u{2028}",
    "\u{c}",
    // Punctuation.
    ". ",
    ".",
    ", ",
    "; ",
    ": ",
    "? ",
    "! ",
    "…",
    " — ",
    "-",
    "–",
    "(",
    ")",
    "/",
    "**",
    "*",
    "#",
    "> ",
    "• ",
    "- ",
    // Quotes and possessives.
    "“",
    "”",
    "‘",
    "’",
    "'",
    "\"",
    "'s",
    "’s",
    "s'",
    // Markdown links.
    "[x](#)",
    "[Read more](https://example.com/a)",
    "[",
    "](",
    "![](image.png)",
    // Right-to-left text.
    "שלום",
    "עולם",
    "הסכם",
    "مرحبا",
    "العالم",
    "روسيا",
    "\u{200f}",
    "\u{202e}",
    // Combining marks, emoji, zero-width characters.
    "e\u{301}",
    "Zoe\u{308}",
    "\u{301}",
    "\u{301}\u{301}",
    "Ame\u{301}lie",
    "👨\u{200d}👩\u{200d}👧\u{200d}👦",
    "🏳\u{fe0f}\u{200d}🌈",
    "👍🏽",
    "🇺🇦",
    "\u{200b}",
    "\u{200d}",
    "\u{200c}",
    "\u{feff}",
    "\u{2060}",
    "ﬁ",
    "İ",
    "ß",
    "Σ",
    "\u{0}",
    "\u{1}",
    "\u{7f}",
    "\u{85}",
    // Names, titles, places, organisations.
    "President Vladimir Putin",
    "Vladimir Putin",
    "Putin",
    "Putin's",
    "Putin’s",
    "President Donald Trump",
    "Trump",
    "Donald Trump Jr.",
    "Mr. Trump",
    "Dr. Jane Doe",
    "Jane Doe",
    "Bashar al-Assad",
    "al-Assad",
    "Assad",
    "U.S.",
    "U.S.-led",
    "the United States",
    "Kyiv’s",
    "Kyiv",
    "Ukraine",
    "Ukrainian",
    "Russia",
    "Russian",
    "Russia's",
    "Moscow",
    "the Kremlin",
    "Kremlin",
    "NATO",
    "the European Union",
    "Russia's Foreign Ministry",
    "the Foreign Ministry",
    "Foreign Minister Sergei Lavrov",
    "the White House",
    "New York",
    "Olena Zelenska",
    "Zelenska",
    "Ursula von der Leyen",
    "von der Leyen",
    "Recep Tayyip Erdoğan",
    "Erdoğan",
    "ERDOĞAN",
    "Jean-Luc Mélenchon",
    "Mélenchon",
    "Mme Mélenchon’s",
    "Xi Jinping",
    "Xi",
    "Kim Jong Un",
    "İstanbul",
    "İSTANBUL’S",
    "PUTIN'S",
    "Putin\u{301}",
    "U.S.\u{200d}",
    "Ꮳherokee",
    "ǅemal",
    "Ǆ",
    "محمد بن سلمان",
    "By Jane Doe",
    "By ",
    "Reuters",
    "(AP) —",
    "WASHINGTON (AP) — ",
    " / REUTERS",
    "Published ",
    "March 3, 2024",
    "05-04-2025",
    "2025-01-14T10:00+01:00",
    "https://example.com/news/2025/01/story",
    // Page chrome.
    "Subscribe now",
    "Download the app",
    "Related Articles",
    "Share",
    "Comments",
    "Advertisement",
    // Ordinary words, so that there is a body to analyse.
    "sanctions",
    "sanction",
    "the",
    "a",
    "of",
    "and",
    "said",
    "talks",
    "ceasefire",
    "foreign policy",
    "the new sanctions would fail",
    "officials said on Tuesday",
    "The talks went on all night and ended in a deal.",
    "He said the sanctions on Moscow would fail.",
    "Nothing was agreed, the ministry said.",
    // Numbers and hyphens.
    "2024",
    "3.5%",
    "$1.2bn",
    "1,000",
    "10-year-old",
    "well-known",
    "-",
    "--",
    "co-operate",
];

/// A word made up on the spot: capitalised, lower case, or upper case.
fn made_up_word() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Z][a-z]{1,10}",
        "[a-z]{1,12}",
        "[A-Z]{2,5}",
        "[0-9]{1,6}",
        "[A-Z][a-z]{1,8}-[A-Z]?[a-z]{1,8}",
        "\\p{Lu}\\p{Ll}{1,8}",
        "\\p{Lu}{2,4}",
        "(President|Mr\\.|Dr\\.|Foreign Minister|Gen\\.) [A-Z][a-z]{1,6} [A-Z][a-z]{1,6}",
        "[A-Z][a-z]{1,6}(’s|'s|’|')",
    ]
}

/// One piece of text: a known fragment, a made-up word, or arbitrary characters.
/// Without `nul`, never a NUL (which makes the whole capture binary).
fn fragment(nul: bool) -> impl Strategy<Value = String> {
    prop_oneof![
        12 => prop::sample::select(FRAGMENTS)
            .prop_filter("no NUL", move |f| nul || !f.contains('\0'))
            .prop_map(str::to_string),
        6 => made_up_word(),
        1 => any::<char>()
            .prop_filter("no NUL", move |c| nul || *c != '\0')
            .prop_map(String::from),
        1 => "\\PC{1,6}",
    ]
}

/// A line of a few thousand characters: one fragment or word, repeated.
fn long_line() -> impl Strategy<Value = String> {
    (
        prop_oneof![
            prop::sample::select(FRAGMENTS)
                .prop_filter("no NUL", |f| !f.contains('\0'))
                .prop_map(str::to_string),
            made_up_word().prop_map(|w| w + " "),
        ],
        1_500usize..4_000,
    )
        .prop_map(|(piece, chars)| {
            let n = piece.chars().count().max(1);
            piece.repeat(chars / n + 1)
        })
}

/// A line of fragments, mostly with spaces between them.
fn line(nul: bool) -> impl Strategy<Value = String> {
    let joiner = prop::sample::select(&[" ", " ", " ", " ", "", ", ", ". "][..]);
    prop::collection::vec((fragment(nul), joiner), 0..16).prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(fragment, joiner)| [fragment, joiner.to_string()])
            .collect()
    })
}

/// Lines joined by line breaks of every kind, blank lines included; a few cases have
/// a line of a few thousand characters.
fn lines(nul: bool, max_lines: usize) -> impl Strategy<Value = String> {
    let line_break = prop::sample::select(
        &[
            "\n", "\n", "\n\n", "\n\n", "\n\n\n", "\r\n", "\r\n\r\n", "\r", "\n \n", "\n\t\n",
        ][..],
    );
    let line = prop_oneof![60 => line(nul), 1 => long_line()];
    prop::collection::vec((line, line_break), 0..max_lines).prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(line, line_break)| [line, line_break.to_string()])
            .collect()
    })
}

/// Hostile text: lines of fragments, or arbitrary Unicode.
fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => lines(true, 10),
        1 => prop::collection::vec(fragment(true), 0..40).prop_map(|v| v.concat()),
        1 => any::<String>(),
    ]
}

/// Two texts that share a middle part, so that comparing them finds shared items
/// and passages: `x + shared` and `shared + z`, with a paragraph break between. No
/// NUL, so that most pairs are articles.
fn text_pair() -> impl Strategy<Value = (String, String)> {
    (
        lines(false, 6),
        lines(false, 6),
        lines(false, 6),
        any::<bool>(),
    )
        .prop_map(|(x, shared, z, crlf)| {
            let sep = if crlf { "\r\n\r\n" } else { "\n\n" };
            (format!("{x}{sep}{shared}"), format!("{shared}{sep}{z}"))
        })
}

/// The article of a text, if it is one.
fn article(id: &str, text: &str) -> Option<Article> {
    ingest(id, text).ok()
}

/// Checks that `range` is a non-empty stretch of paragraph `paragraph` of `body`, on
/// character boundaries.
fn check_range(
    what: &str,
    body: &[String],
    paragraph: usize,
    range: &Range<usize>,
) -> Result<(), TestCaseError> {
    let text = body.get(paragraph).ok_or_else(|| {
        TestCaseError::fail(format!(
            "{what}: paragraph {paragraph} of {} paragraphs",
            body.len()
        ))
    })?;
    let inside = text.get(range.clone()).is_some_and(|s| !s.is_empty());
    prop_assert!(
        inside,
        "{what}: range {range:?} of paragraph {paragraph} is empty, outside it or not on \
         character boundaries; paragraph: {text:?}"
    );
    Ok(())
}

fn check_highlights(
    side: &str,
    body: &[String],
    highlights: &[Highlight],
) -> Result<(), TestCaseError> {
    for h in highlights {
        check_range(
            &format!("{side} highlight {:?} ({})", h.key, h.label),
            body,
            h.paragraph,
            &h.range,
        )?;
    }
    Ok(())
}

/// Every range the corpus gives for its two articles, and in their comparison both
/// ways round.
fn check_corpus_ranges(corpus: &Corpus) -> Result<(), TestCaseError> {
    for (article, analysis) in corpus.articles().iter().zip(corpus.analyses()) {
        for entity in &analysis.entities {
            for o in &entity.occurrences {
                check_range(
                    &format!("{}: entity {:?}", article.id, entity.name),
                    &article.body,
                    o.paragraph,
                    &o.range,
                )?;
            }
        }
        for term in &analysis.terms {
            for o in &term.occurrences {
                check_range(
                    &format!("{}: term {:?}", article.id, term.term),
                    &article.body,
                    o.paragraph,
                    &o.range,
                )?;
            }
        }
    }
    let (a, b) = (&corpus.articles()[0], &corpus.articles()[1]);
    for (left, right, comparison) in [(a, b, corpus.compare(0, 1)), (b, a, corpus.compare(1, 0))] {
        let comparison =
            comparison.ok_or_else(|| TestCaseError::fail("compare of two articles is None"))?;
        check_highlights("left", &left.body, &comparison.left_highlights)?;
        check_highlights("right", &right.body, &comparison.right_highlights)?;
        for p in &comparison.passages {
            check_range("left passage", &left.body, p.left_paragraph, &p.left_range)?;
            check_range(
                "right passage",
                &right.body,
                p.right_paragraph,
                &p.right_range,
            )?;
        }
    }
    Ok(())
}

fn check_similarity(what: &str, similarity: f64) -> Result<(), TestCaseError> {
    prop_assert!(
        (0.0..=1.0).contains(&similarity),
        "{what}: similarity {similarity} is not in 0..=1"
    );
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    /// 1. Ingestion never panics, on text or on bytes; an invalid UTF-8 error gives
    /// the offset of the first invalid byte.
    #[test]
    fn ingest_never_panics(
        text in hostile_text(),
        bytes in prop::collection::vec(any::<u8>(), 0..400),
        cut in any::<prop::sample::Index>(),
    ) {
        let _ = ingest("fuzz", &text);
        let _ = ingest_bytes("fuzz", &bytes);
        // Text cut anywhere, even inside a character.
        let cut_bytes = &text.as_bytes()[..cut.index(text.len() + 1)];
        for input in [&bytes[..], cut_bytes] {
            if let Err(IngestError::InvalidUtf8 { offset }) = ingest_bytes("fuzz", input)
                && !input.starts_with(&[0xff, 0xfe])
                && !input.starts_with(&[0xfe, 0xff])
            {
                let expected = std::str::from_utf8(input).err().map(|e| e.valid_up_to());
                prop_assert_eq!(Some(offset), expected, "input: {:?}", input);
            }
        }
    }

    /// 5. Every body paragraph has text; CRLF and lone CR never make ingestion panic.
    #[test]
    fn ingest_paragraphs_are_not_blank(text in hostile_text()) {
        let crlf = text.replace("\r\n", "\n").replace('\n', "\r\n");
        let cr = text.replace("\r\n", "\n").replace('\n', "\r");
        for input in [&text, &crlf, &cr] {
            if let Ok(article) = ingest("fuzz", input) {
                prop_assert!(!article.body.is_empty(), "no body for {:?}", input);
                for (i, paragraph) in article.body.iter().enumerate() {
                    prop_assert!(
                        !paragraph.trim().is_empty(),
                        "paragraph {} is blank: {:?}; input: {:?}", i, paragraph, input
                    );
                }
            }
        }
    }

    /// 2. A corpus of two articles never panics, and every entity, term, highlight and
    /// passage range is a non-empty stretch of its paragraph on character boundaries.
    #[test]
    fn ranges_lie_inside_their_paragraphs((left, right) in text_pair()) {
        let (Some(a), Some(b)) = (article("a", &left), article("b", &right)) else {
            return Ok(());
        };
        let corpus = Corpus::new(vec![a, b]);
        check_corpus_ranges(&corpus)?;
    }

    /// 3. Comparing is symmetric, in a corpus and on its own, and the similarity is a
    /// number in 0..=1.
    #[test]
    fn comparison_is_symmetric((left, right) in text_pair()) {
        let (Some(a), Some(b)) = (article("a", &left), article("b", &right)) else {
            return Ok(());
        };
        let corpus = Corpus::new(vec![a.clone(), b.clone()]);
        let forward = corpus.compare(0, 1);
        let backward = corpus.compare(1, 0).map(|c| c.swapped());
        prop_assert_eq!(&forward, &backward);
        let forward = forward.ok_or_else(|| TestCaseError::fail("compare(0, 1) is None"))?;
        check_similarity("corpus", forward.similarity)?;
        // The overview's cheap similarity is the comparison's, to the bit, both ways.
        prop_assert_eq!(corpus.similarity(0, 1), Some(forward.similarity));
        prop_assert_eq!(corpus.similarity(1, 0), Some(forward.similarity));

        let alone = compare(&a, &b);
        let alone_backward = compare(&b, &a).swapped();
        check_similarity("compare", alone.similarity)?;
        check_highlights("compare: left", &a.body, &alone.left_highlights)?;
        check_highlights("compare: right", &b.body, &alone.right_highlights)?;
        prop_assert_eq!(alone, alone_backward);
    }

    /// 4. Building the corpus twice gives the same comparisons.
    #[test]
    fn comparison_is_deterministic((left, right) in text_pair()) {
        let (Some(a), Some(b)) = (article("a", &left), article("b", &right)) else {
            return Ok(());
        };
        let first = Corpus::new(vec![a.clone(), b.clone()]);
        let second = Corpus::new(vec![a, b]);
        prop_assert_eq!(first.compare(0, 1), second.compare(0, 1));
        prop_assert_eq!(first.compare(1, 0), second.compare(1, 0));
    }
}
