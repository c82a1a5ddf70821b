//! Sidecars: corrections to an article's metadata, from `NAME.meta.toml` beside
//! `NAME.txt`.
//!
//! A sidecar is for what the capture gets wrong or leaves out:
//!
//! ```toml
//! title = "What Putin's two-faced strategy says about his approach to Trump"
//! author = "Keir Simmons"
//! date = 2025-04-05          # or "2025-04-05", or "2025-04-05T10:00+01:00"
//! subtitle = ""              # an empty string removes a wrongly detected field
//! ```
//!
//! The keys are `title`, `subtitle`, `outlet`, `author`, `date` and `url`; each value
//! is a string (a date may also be a TOML date). A sidecar value wins over what the
//! capture says, and its key is recorded in `Article::sidecar_fields`. A date from a
//! sidecar is taken as certain: `date_ambiguous` is cleared. The outlet is not derived
//! again from a sidecar URL; give `outlet` too if it should change. Any other key, a
//! value of another type, or a date or URL that cannot be read is an error that names
//! the line, and then nothing of the sidecar is applied.

use super::date::parse_iso;
use super::lines::looks_like_url;
use super::{Article, IngestError};
use toml::de::{DeTable, DeValue};

/// The keys a sidecar may set, in the order they are recorded.
const KEYS: [&str; 6] = ["title", "subtitle", "outlet", "author", "date", "url"];

/// One field a sidecar sets: its key and its value (`None` removes the field).
pub type Correction = (&'static str, Option<String>);

/// Applies a sidecar (the text of a `.meta.toml` file) to an article. On error the
/// article is left as it was.
pub fn apply_sidecar(article: &mut Article, toml_text: &str) -> Result<(), IngestError> {
    for (field, value) in read_sidecar(toml_text)? {
        correct(article, field, value);
    }
    Ok(())
}

/// Reads a sidecar into the corrections it makes, in the order it gives them, checked
/// but not yet applied.
pub fn read_sidecar(toml_text: &str) -> Result<Vec<Correction>, IngestError> {
    let line_of = |offset: usize| {
        toml_text
            .get(..offset)
            .map_or(1, |before| before.matches('\n').count() + 1)
    };
    let bad = |offset: usize, reason: String| IngestError::BadSidecar {
        reason: format!("line {}: {reason}", line_of(offset)),
    };
    let table = DeTable::parse(toml_text).map_err(|e| {
        let offset = e.span().map_or(0, |s| s.start);
        bad(offset, e.message().trim().to_string())
    })?;
    let mut entries: Vec<_> = table.get_ref().iter().collect();
    entries.sort_by_key(|(key, _)| key.span().start);
    let mut values: Vec<(&'static str, Option<String>)> = Vec::new();
    for (key, value) in entries {
        let name = key.get_ref().as_ref();
        let at = key.span().start;
        let Some(known) = KEYS.iter().copied().find(|k| *k == name) else {
            return Err(bad(
                at,
                format!(
                    "unknown key `{name}` (a sidecar may set {})",
                    KEYS.join(", ")
                ),
            ));
        };
        let text = match value.get_ref() {
            DeValue::String(s) => s.trim().to_string(),
            DeValue::Datetime(d) if known == "date" => d.to_string(),
            other => {
                let expected = if known == "date" {
                    "a date such as 2025-04-05"
                } else {
                    "a string in quotes"
                };
                return Err(bad(
                    at,
                    format!("`{known}` must be {expected}, not {}", other.type_str()),
                ));
            }
        };
        let text = if text.is_empty() {
            None
        } else if known == "date" {
            Some(parse_iso(&text).ok_or_else(|| {
                bad(
                    at,
                    format!("`date` must be written as YYYY-MM-DD (optionally with a time such as T10:00+01:00), not \"{text}\""),
                )
            })?)
        } else if known == "url" && !looks_like_url(&text) {
            return Err(bad(
                at,
                format!(
                    "`url` must be a web address starting with http:// or https://, not \"{text}\""
                ),
            ));
        } else {
            Some(text)
        };
        values.push((known, text));
    }
    Ok(values)
}

/// Sets one metadata field as a sidecar would, and records it in
/// `Article::sidecar_fields`. The value must already be checked (see
/// [`read_sidecar`]): this is also how the app re-applies the corrections that the
/// build checked. A key that is not a sidecar key changes nothing.
pub fn correct(article: &mut Article, field: &str, value: Option<String>) {
    let Some(key) = KEYS.iter().copied().find(|k| *k == field) else {
        return;
    };
    match key {
        "title" => article.title = value,
        "subtitle" => article.subtitle = value,
        "outlet" => article.outlet = value,
        "author" => article.author = value,
        "date" => {
            article.date = value;
            article.date_ambiguous = false;
            article.date_alternative = None;
        }
        _ => article.url = value,
    }
    if !article.sidecar_fields.iter().any(|f| f == key) {
        article.sidecar_fields.push(key.to_string());
    }
}

/// The corrections that a sidecar made to `article`, read back from it: applying them
/// with [`correct`] to the uncorrected article gives `article` again.
pub fn corrections_of(article: &Article) -> Vec<(String, Option<String>)> {
    article
        .sidecar_fields
        .iter()
        .map(|field| {
            let value = match field.as_str() {
                "title" => &article.title,
                "subtitle" => &article.subtitle,
                "outlet" => &article.outlet,
                "author" => &article.author,
                "date" => &article.date,
                _ => &article.url,
            };
            (field.clone(), value.clone())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::ingest;
    use crate::ingest::test_support::check_table;

    fn article() -> Article {
        let text = "A Headline\n\nA wrong subtitle\n\nNBC News05-04-2025\nThe body of it is here.";
        ingest("a", text).unwrap_or_else(|e| panic!("{e}"))
    }

    /// (title, subtitle, author, date, date_ambiguous, sidecar_fields) or the error.
    type Outcome = Result<
        (
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            bool,
            Vec<String>,
        ),
        String,
    >;

    fn apply(toml_text: &str) -> Outcome {
        let mut a = article();
        apply_sidecar(&mut a, toml_text).map_err(|e| e.to_string())?;
        Ok((
            a.title,
            a.subtitle,
            a.author,
            a.date,
            a.date_ambiguous,
            a.sidecar_fields,
        ))
    }

    #[test]
    fn applies_sidecars() {
        let s = |v: &str| Some(v.to_string());
        let fields = |f: &[&str]| f.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let cases: Vec<(&str, &str, Outcome)> = vec![
            (
                "nothing",
                "",
                Ok((s("A Headline"), s("A wrong subtitle"), None, s("2025-05-04"), true, vec![])),
            ),
            (
                "overrides and clears",
                "author = \"Keir Simmons\"\nsubtitle = \"\"\ndate = \"2025-04-05\"",
                Ok((s("A Headline"), None, s("Keir Simmons"), s("2025-04-05"), false, fields(&["author", "subtitle", "date"]))),
            ),
            (
                "toml date",
                "date = 2025-04-05",
                Ok((s("A Headline"), s("A wrong subtitle"), None, s("2025-04-05"), false, fields(&["date"]))),
            ),
            (
                "unknown key",
                "title = \"T\"\ntitel = \"T\"",
                Err("bad sidecar: line 2: unknown key `titel` (a sidecar may set title, subtitle, outlet, author, date, url)".into()),
            ),
            (
                "wrong type",
                "author = 3",
                Err("bad sidecar: line 1: `author` must be a string in quotes, not integer".into()),
            ),
            (
                "unreadable date",
                "\ndate = \"5 April\"",
                Err("bad sidecar: line 2: `date` must be written as YYYY-MM-DD (optionally with a time such as T10:00+01:00), not \"5 April\"".into()),
            ),
            (
                "bad url",
                "url = \"example\"",
                Err("bad sidecar: line 1: `url` must be a web address starting with http:// or https://, not \"example\"".into()),
            ),
        ];
        check_table(&cases, |t| apply(t));
    }

    /// The app re-applies the build's corrections from the corrected article: that
    /// must give the same article as applying the sidecar.
    #[test]
    fn corrections_read_back_from_an_article_reproduce_it() {
        let sidecars = [
            "",
            "author = \"Keir Simmons\"\nsubtitle = \"\"\ndate = \"2025-04-05\"",
            "url = \"https://example.com/a\"\ntitle = \"T\"\noutlet = \"O\"",
            "date = 2025-04-05T10:00:00+01:00",
        ];
        for sidecar in sidecars {
            let mut corrected = article();
            apply_sidecar(&mut corrected, sidecar).unwrap_or_else(|e| panic!("{sidecar}: {e}"));
            let mut again = article();
            for (field, value) in corrections_of(&corrected) {
                correct(&mut again, &field, value);
            }
            assert_eq!(again, corrected, "{sidecar}");
        }
    }

    #[test]
    fn reports_syntax_errors_with_their_line() {
        let cases = vec![("unclosed string", "title = \"T\nauthor = \"A\"", true)];
        check_table(&cases, |t| {
            apply(t).is_err_and(|e| e.starts_with("bad sidecar: line 1: "))
        });
    }
}
