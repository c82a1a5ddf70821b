//! A comparison as a Markdown report, for the reader to keep or share.
//!
//! Like the reading view, this is one consumer of a [`Comparison`]. Article text is
//! untrusted: every piece of it is escaped, so that no Markdown renderer turns it into
//! links, HTML or table cells.

use crate::compare::Comparison;
use crate::entities::EntityKind;
use crate::ingest::Article;
use std::fmt::Write;

/// A fraction between 0 and 1 as a whole percentage, for display. Integer formatting
/// keeps float-printing code (about 10 KB) out of the browser build.
pub fn percent(fraction: f64) -> u32 {
    // Saturating cast: NaN gives 0, anything out of range is clamped.
    (fraction.clamp(0.0, 1.0) * 100.0).round() as u32
}

/// The comparison of `left` and `right` as Markdown.
pub fn markdown(comparison: &Comparison, left: &Article, right: &Article) -> String {
    let mut out = String::new();
    let title = |a: &Article| escape(a.title.as_deref().unwrap_or(&a.id));
    let _ = writeln!(out, "# Overlap: {} / {}\n", title(left), title(right));
    for (side, article) in [("Left", left), ("Right", right)] {
        let details: Vec<String> = [&article.outlet, &article.author, &article.date]
            .into_iter()
            .flatten()
            .map(|s| escape(s))
            .collect();
        let details = if details.is_empty() {
            String::new()
        } else {
            format!(" ({})", details.join(", "))
        };
        let _ = writeln!(out, "- **{side}:** {}{details}", title(article));
    }
    let _ = writeln!(
        out,
        "\n**Similarity: {}%.** The shared items that make it up:\n",
        percent(comparison.similarity)
    );
    for c in &comparison.explanation {
        let _ = writeln!(out, "- {} ({}%)", escape(&c.label), percent(c.share));
    }

    let _ = writeln!(out, "\n## Shared entities\n");
    if comparison.shared_entities.is_empty() {
        let _ = writeln!(out, "None.");
    } else {
        let _ = writeln!(out, "| Entity | Kind | Left | Right |\n|---|---|---:|---:|");
        for e in &comparison.shared_entities {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                escape(&e.name),
                kind(e.kind),
                e.left_count,
                e.right_count
            );
        }
    }

    let _ = writeln!(out, "\n## Themes\n");
    if comparison.themes.is_empty() {
        let _ = writeln!(out, "None.");
    }
    for t in &comparison.themes {
        let members: Vec<String> = t.members.iter().map(|m| escape(m)).collect();
        let _ = writeln!(out, "- **{}**: {}", escape(&t.label), members.join(", "));
    }

    let _ = writeln!(out, "\n## Shared terms\n");
    if comparison.shared_terms.is_empty() {
        let _ = writeln!(out, "None.");
    } else {
        let _ = writeln!(out, "| Term | Left | Right |\n|---|---:|---:|");
        for t in &comparison.shared_terms {
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                escape(&t.term),
                t.left_count,
                t.right_count
            );
        }
    }

    let _ = writeln!(out, "\n## Shared passages\n");
    if comparison.passages.is_empty() {
        let _ = writeln!(out, "None of six or more identical words.");
    }
    for p in &comparison.passages {
        let tag = if p.quote { "quotation" } else { "passage" };
        let _ = writeln!(out, "> {}\n\n({tag}, {} words)\n", escape(&p.text), p.words);
    }

    for (heading, items) in [
        ("Only on the left", &comparison.distinctive.left),
        ("Only on the right", &comparison.distinctive.right),
    ] {
        let _ = writeln!(out, "\n## {heading}\n");
        for d in items {
            let _ = writeln!(out, "- {} ({}, ×{})", escape(&d.term), d.kind, d.count);
        }
    }
    out
}

fn kind(kind: EntityKind) -> &'static str {
    kind.label()
}

/// Backslash-escapes every character that Markdown (CommonMark, GFM tables) could read as
/// syntax, and turns line breaks into spaces.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '#' | '+' | '-' | '.'
            | '!' | '|' | '<' | '>' | '~' | '&' | '"' | '\'' => {
                out.push('\\');
                out.push(c);
            }
            '\r' | '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;
    use crate::ingest::ingest;

    #[test]
    fn escaping_by_behaviour() {
        let cases = [
            ("plain words stay", "Vladimir Putin", "Vladimir Putin"),
            (
                "a link is inert",
                "[click](javascript:alert(1))",
                "\\[click\\]\\(javascript:alert\\(1\\)\\)",
            ),
            ("html is inert", "<img onerror=x>", "\\<img onerror=x\\>"),
            ("a table cell cannot be split", "a | b", "a \\| b"),
            ("line breaks become spaces", "one\ntwo", "one two"),
        ];
        for (name, text, expected) in cases {
            assert_eq!(escape(text), expected, "case: {name}");
        }
    }

    #[test]
    fn the_report_names_what_is_shared() {
        let a = ingest(
            "a",
            "Talks <b>resume</b>\n\nPresident Vladimir Putin met envoys in Moscow over sanctions.",
        )
        .ok();
        let b = ingest(
            "b",
            "Kremlin view\n\nPutin said the sanctions on Moscow would fail.",
        )
        .ok();
        let corpus = Corpus::new(a.into_iter().chain(b).collect());
        let (Some(c), Some(left), Some(right)) =
            (corpus.compare(0, 1), corpus.article(0), corpus.article(1))
        else {
            panic!("two articles");
        };
        let report = markdown(&c, left, right);
        assert!(
            report.starts_with("# Overlap: Talks \\<b\\>resume\\</b\\> / Kremlin view"),
            "{report}"
        );
        assert!(
            report.contains("| Vladimir Putin | person | 1 | 1 |"),
            "{report}"
        );
        assert!(report.contains("| Moscow | place | 1 | 1 |"), "{report}");
        assert!(report.contains("sanctions"), "{report}");
        assert!(report.contains("**Similarity: "), "{report}");
    }
}
