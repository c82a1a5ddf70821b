//! A comparison as a Markdown report, and a set's coverage as Markdown or CSV, for the
//! reader to keep or share.
//!
//! Like the reading view, these are consumers of a [`Comparison`] and a [`Coverage`].
//! Article text is untrusted: every piece of it is escaped, so that no Markdown
//! renderer turns it into links, HTML or table cells, and no spreadsheet into a formula.

use crate::compare::Comparison;
use crate::coverage::{Coverage, covered};
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

/// How a set's article is named in a report: its outlet and date, else its title.
fn column(coverage: &Coverage, i: usize) -> String {
    let Some(a) = coverage.articles.get(i) else {
        return format!("{}", i + 1);
    };
    // The day of a date with a time ("2016-11-25T15:55-05:00") is enough here.
    let day = a.date.as_deref().map(|d| d.split('T').next().unwrap_or(d));
    let parts: Vec<&str> = [a.outlet.as_deref(), day].into_iter().flatten().collect();
    if parts.is_empty() {
        a.title.clone().unwrap_or_else(|| a.id.clone())
    } else {
        parts.join(", ")
    }
}

/// The articles of a list as their numbers in the set ("1, 3, 4").
fn numbers(articles: &[usize]) -> String {
    articles
        .iter()
        .map(|a| (a + 1).to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The coverage of a set of articles as Markdown: the articles, the matrix, what each
/// alone has or leaves out, the shared passages and quotations.
pub fn coverage_markdown(coverage: &Coverage) -> String {
    let mut out = String::new();
    let n = coverage.articles.len();
    let _ = writeln!(
        out,
        "# Overlap: coverage of {n} articles
"
    );
    let _ = writeln!(out, "| # | Article | Outlet | Date |\n|---:|---|---|---|");
    for (i, a) in coverage.articles.iter().enumerate() {
        let cell = |v: &Option<String>| v.as_deref().map_or(String::new(), escape);
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            i + 1,
            escape(a.title.as_deref().unwrap_or(&a.id)),
            cell(&a.outlet),
            cell(&a.date)
        );
    }
    let _ = writeln!(out, "\n## Entities and themes\n");
    let header: String = (1..=n).map(|i| format!(" {i} |")).collect();
    let rule: String = (0..n).map(|_| "---:|").collect();
    let _ = writeln!(
        out,
        "| Item | Kind | Articles |{header}\n|---|---|---:|{rule}"
    );
    let rows = coverage
        .themes
        .iter()
        .map(|t| (&t.label, "theme", &t.counts))
        .chain(
            coverage
                .entities
                .iter()
                .map(|e| (&e.name, e.kind.label(), &e.counts)),
        )
        .filter(|(_, _, counts)| covered(counts) >= 2);
    for (name, kind, counts) in rows {
        let cells: String = counts
            .iter()
            .map(|&c| {
                if c == 0 {
                    " – |".to_string()
                } else {
                    format!(" {c} |")
                }
            })
            .collect();
        let _ = writeln!(
            out,
            "| {} | {kind} | {} |{cells}",
            escape(name),
            covered(counts)
        );
    }
    let _ = writeln!(out, "\n## Only in one article\n");
    for (i, a) in coverage.articles.iter().enumerate() {
        let items: Vec<String> = a.only.iter().map(|d| escape(&d.term)).collect();
        let items = if items.is_empty() {
            "nothing of note".to_string()
        } else {
            items.join(", ")
        };
        let _ = writeln!(
            out,
            "- **{} ({})**: {items}",
            i + 1,
            escape(&column(coverage, i))
        );
    }
    if n >= 3 {
        let _ = writeln!(out, "\n## Left out by one article\n");
        let mut any = false;
        for (i, a) in coverage
            .articles
            .iter()
            .enumerate()
            .filter(|(_, a)| !a.left_out.is_empty())
        {
            any = true;
            let items: Vec<String> = a.left_out.iter().map(|s| escape(s)).collect();
            let _ = writeln!(
                out,
                "- **{} ({})** leaves out: {}",
                i + 1,
                escape(&column(coverage, i)),
                items.join(", ")
            );
        }
        if !any {
            let _ = writeln!(out, "None.");
        }
    }
    let _ = writeln!(out, "\n## Shared passages\n");
    if coverage.passages.is_empty() {
        let _ = writeln!(out, "None of six or more identical words.");
    }
    for p in &coverage.passages {
        let tag = if p.quotation {
            "quotation"
        } else {
            "copied text"
        };
        let first = p
            .first
            .map_or(String::new(), |f| format!("; first in {}", f + 1));
        let _ = writeln!(
            out,
            "> {}\n\n({tag}, {} words, in articles {}{first})\n",
            escape(&p.text),
            p.words,
            numbers(&p.articles)
        );
    }
    let _ = writeln!(out, "\n## Quotations\n");
    if coverage.quotes.is_empty() {
        let _ = writeln!(out, "No quotation appears in two articles.");
    }
    for q in &coverage.quotes {
        let speaker = q
            .speaker
            .as_deref()
            .map_or("speaker not named".to_string(), escape);
        let _ = writeln!(
            out,
            "- “{}” ({speaker}; in articles {})",
            escape(&q.text),
            numbers(&q.articles)
        );
        for w in &q.wordings {
            let _ = writeln!(
                out,
                "  - in {}: “{}”",
                numbers(&w.articles),
                escape(&w.text)
            );
        }
    }
    out
}

/// The coverage as CSV (RFC 4180): one row per entity, theme, shared passage and
/// shared quotation, with the kind, the item, how many articles have it, and one
/// column per article (mentions; 1 where it carries the passage or quotation).
pub fn coverage_csv(coverage: &Coverage) -> String {
    let n = coverage.articles.len();
    let mut lines: Vec<Vec<String>> = Vec::new();
    let mut header = vec![
        "kind".to_string(),
        "item".to_string(),
        "articles".to_string(),
    ];
    header.extend((0..n).map(|i| column(coverage, i)));
    lines.push(header);
    let row = |kind: &str, item: &str, counts: Vec<usize>| {
        let mut line = vec![
            kind.to_string(),
            item.to_string(),
            covered(&counts).to_string(),
        ];
        line.extend(counts.iter().map(usize::to_string));
        line
    };
    let carried = |articles: &[usize]| (0..n).map(|i| usize::from(articles.contains(&i))).collect();
    for t in &coverage.themes {
        lines.push(row("theme", &t.label, t.counts.clone()));
    }
    for e in &coverage.entities {
        lines.push(row(e.kind.label(), &e.name, e.counts.clone()));
    }
    for p in &coverage.passages {
        let kind = if p.quotation {
            "quoted passage"
        } else {
            "copied passage"
        };
        lines.push(row(kind, &p.text, carried(&p.articles)));
    }
    for q in &coverage.quotes {
        let item = match &q.speaker {
            Some(s) => format!("{s}: {}", q.text),
            None => q.text.clone(),
        };
        lines.push(row("quotation", &item, carried(&q.articles)));
    }
    let mut out = String::new();
    for line in lines {
        let cells: Vec<String> = line.iter().map(|c| csv_field(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// One CSV field: quoted where it holds a comma, quote or line break, and with a
/// leading apostrophe where a spreadsheet would read it as a formula.
pub fn csv_field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
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
    fn csv_fields_by_behaviour() {
        let cases = [
            ("plain", "Port Calloway", "Port Calloway"),
            ("a comma is quoted", "a, b", "\"a, b\""),
            ("quotes are doubled", "say \"no\"", "\"say \"\"no\"\"\""),
            ("a line break is quoted", "a\nb", "\"a\nb\""),
            (
                "a formula is inert",
                "=HYPERLINK(\"x\")",
                "\"'=HYPERLINK(\"\"x\"\")\"",
            ),
            ("a minus sign too", "-2+3", "'-2+3"),
        ];
        for (name, text, expected) in cases {
            assert_eq!(csv_field(text), expected, "case: {name}");
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
