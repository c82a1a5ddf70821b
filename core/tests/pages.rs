//! Pages of sites unlike the seeds (`tests/pages/`: original pages in sixteen sites'
//! shapes, each as HTML and as the text a reader copies from it), checked against the
//! truth written for them by hand in `tests/pages/expected.json` before any extractor
//! ran: metadata, where the body starts and ends, how many paragraphs, what it must
//! hold and what chrome it must not.
//!
//! Each expectation is one case; the test reports every case that fails, with its page,
//! form and field.

use overlap_core::{Article, ingest_bytes, ingest_html_bytes};
use serde_json::Value;
use std::path::PathBuf;

fn folder() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/pages")
}

/// The expected value of a field for one form: the text capture's own value where
/// `text_differs` gives one.
fn expected<'a>(page: &'a Value, field: &str, form: &str) -> &'a Value {
    if form == "txt"
        && let Some(v) = page.get("text_differs").and_then(|d| d.get(field))
    {
        return v;
    }
    page.get(field).unwrap_or(&Value::Null)
}

fn text_of(v: &Value) -> Option<&str> {
    v.as_str()
}

/// The article's fields that the pages' truth names, as the truth writes them.
fn field(a: &Article, name: &str) -> Option<String> {
    match name {
        "title" => a.title.clone(),
        "author" => a.author.clone(),
        "date" => a.date.clone(),
        "outlet" => a.outlet.clone(),
        "place" => a.place.clone(),
        "agency" => a.agency.clone(),
        _ => None,
    }
}

/// Every check of every page in both forms: (page, form, check, passed, detail).
fn run_checks() -> Vec<(String, &'static str, String, bool, String)> {
    let truth: Value = serde_json::from_slice(
        &std::fs::read(folder().join("expected.json")).expect("tests/pages/expected.json"),
    )
    .expect("expected.json is JSON");
    let pages = truth.as_array().expect("expected.json is an array");
    let mut results = Vec::new();
    for page in pages.iter().filter(|p| p.get("name").is_some()) {
        let name = page["name"].as_str().unwrap_or_default().to_string();
        for form in ["txt", "html"] {
            let bytes = std::fs::read(folder().join(format!("{name}.{form}")))
                .unwrap_or_else(|e| panic!("{name}.{form}: {e}"));
            let article = if form == "html" {
                ingest_html_bytes(&name, &bytes)
            } else {
                ingest_bytes(&name, &bytes)
            };
            let mut check = |what: String, ok: bool, detail: String| {
                results.push((name.clone(), form, what, ok, detail));
            };
            let a = match article {
                Ok(a) => a,
                Err(e) => {
                    check("cleans".into(), false, e.to_string());
                    continue;
                }
            };
            for f in ["title", "author", "date", "outlet", "place", "agency"] {
                let want = text_of(expected(page, f, form)).map(str::to_string);
                let got = field(&a, f);
                let ok = match (&want, &got) {
                    // A date is right when it says what the truth says, to the minute.
                    (Some(w), Some(g)) if f == "date" => g.starts_with(w.as_str()),
                    _ => want == got,
                };
                check(f.into(), ok, format!("want {want:?}, got {got:?}"));
            }
            let first = a.body.first().cloned().unwrap_or_default();
            let last = a.body.last().cloned().unwrap_or_default();
            if let Some(w) = text_of(expected(page, "first", form)) {
                check(
                    "first".into(),
                    first.starts_with(w),
                    format!(
                        "want {w:?}, got {:?}",
                        first.chars().take(80).collect::<String>()
                    ),
                );
            }
            if let Some(w) = text_of(expected(page, "last", form)) {
                let tail: String = {
                    let chars: Vec<char> = last.chars().collect();
                    chars[chars.len().saturating_sub(80)..].iter().collect()
                };
                check(
                    "last".into(),
                    last.ends_with(w),
                    format!("want {w:?}, got {tail:?}"),
                );
            }
            let body = a.body.join("\n");
            for has in expected(page, "body_has", form)
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
            {
                check(
                    format!("body has {has:?}"),
                    body.contains(has),
                    String::new(),
                );
            }
            for lacks in expected(page, "body_lacks", form)
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
            {
                check(
                    format!("body lacks {lacks:?}"),
                    !body.contains(lacks),
                    String::new(),
                );
            }
        }
    }
    results
}

/// Share of the checks of one kind (metadata, bounds, body) passed, per form.
fn share(
    results: &[(String, &'static str, String, bool, String)],
    form: &str,
    kinds: &[&str],
) -> f64 {
    let chosen: Vec<_> = results
        .iter()
        .filter(|r| r.1 == form && kinds.iter().any(|k| r.2.starts_with(k)))
        .collect();
    chosen.iter().filter(|r| r.3).count() as f64 / chosen.len().max(1) as f64
}

#[test]
fn pages_of_other_sites_are_read_as_expected() {
    let results = run_checks();
    let failures: Vec<String> = results
        .iter()
        .filter(|r| !r.3)
        .map(|(page, form, what, _, detail)| format!("- {page}.{form}: {what} {detail}"))
        .collect();
    eprintln!(
        "{} of {} checks failed:\n{}",
        failures.len(),
        results.len(),
        failures.join("\n")
    );
    let metadata = ["title", "author", "date", "outlet", "place", "agency"];
    let bounds = ["first", "last"];
    let body = ["body has", "body lacks"];
    for form in ["txt", "html"] {
        eprintln!(
            "{form}: metadata {:.2}, bounds {:.2}, body {:.2}",
            share(&results, form, &metadata),
            share(&results, form, &bounds),
            share(&results, form, &body)
        );
    }
    // Floors: what the extractor reaches today; a change that lowers one fails here.
    let floors = [
        ("txt", &metadata[..], 0.55),
        ("txt", &bounds[..], 0.45),
        ("txt", &body[..], 0.84),
        ("html", &metadata[..], 0.95),
        ("html", &bounds[..], 0.85),
        ("html", &body[..], 0.94),
    ];
    for (form, kinds, floor) in floors {
        let got = share(&results, form, kinds);
        assert!(
            got >= floor,
            "{form} {kinds:?}: {got:.2} is below the floor {floor:.2}"
        );
    }
}
