//! `overlap`: the analysis core on the command line.
//!
//! ```text
//! overlap analyze FILE           the cleaned article, its entities and key terms, as JSON
//! overlap compare FILE_A FILE_B  what the two articles share, as JSON
//! overlap coverage [--markdown|--csv] FILE…
//!                                 what 3 to 8 articles each cover, share and quote, as
//!                                 JSON (or Markdown, or CSV), columns in the files' order
//! overlap extract FILE…          each file's metadata and body, one JSON line a file
//! overlap bundle DIR OUT          the articles of DIR cleaned, analysed and grouped into
//!                                 stories, as the page loads them, in the folder OUT
//! overlap eval DIR [--errors]     entities, themes and marks scored against DIR's annotations
//! overlap lexicon OUT             the lexicon file the page fetches (lexicon.txt)
//! ```
//!
//! FILE may be any text capture (`.txt` or anything else) or a saved page (`.html`,
//! `.htm`); a sidecar `STEM.meta.toml` beside it is applied. The bundled corpus
//! (`seeds/`) is the background that weighs the terms. `extract` only cleans: it
//! reports the time cleaning took, for benchmarks, and goes on past a file it cannot
//! read, with an error on that file's line.

use overlap_core::folder::{read_capture, read_folder};
use overlap_core::{Article, Corpus};
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: overlap analyze FILE\n       overlap compare FILE_A FILE_B\n       overlap coverage [--markdown|--csv] FILE...\n       overlap extract FILE...\n       overlap bundle DIR OUT\n       overlap eval DIR [--errors]\n       overlap lexicon OUT";
/// How many key terms `analyze` lists.
const KEY_TERMS: usize = 30;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["analyze", file] => analyze(Path::new(file)),
        ["compare", left, right] => compare(Path::new(left), Path::new(right)),
        ["coverage", "--markdown", files @ ..] => coverage(files, Format::Markdown),
        ["coverage", "--csv", files @ ..] => coverage(files, Format::Csv),
        ["coverage", files @ ..] => coverage(files, Format::Json),
        ["extract", files @ ..] if !files.is_empty() => extract(files),
        ["bundle", dir, out] => overlap_core::folder::write_archive(Path::new(dir), Path::new(out))
            .map(|what| format!("overlap: bundled {dir} into {out}: {what}")),
        ["lexicon", out] => std::fs::write(out, overlap_core::lexicon::page_file())
            .map(|()| format!("overlap: wrote the lexicon to {out}"))
            .map_err(|e| format!("{out}: cannot write: {e}")),
        ["eval", dir] => evaluate(Path::new(dir), false),
        ["eval", dir, "--errors"] => evaluate(Path::new(dir), true),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(json) => {
            // A closed pipe (`| head`) is not an error worth a panic.
            let _ = writeln!(std::io::stdout().lock(), "{json}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("overlap: {message}");
            ExitCode::from(2)
        }
    }
}

#[derive(Serialize)]
struct Analyzed<'a> {
    #[serde(flatten)]
    article: &'a Article,
    entities: &'a [overlap_core::Entity],
    terms: Vec<overlap_core::WeightedTerm>,
}

fn analyze(file: &Path) -> Result<String, String> {
    let (corpus, index) = corpus_with(&[file])?;
    let [index] = index[..] else {
        return Err("internal: one article expected".into());
    };
    let (Some(article), Some(analysis)) = (corpus.article(index), corpus.analysis(index)) else {
        return Err("internal: the article is missing from its corpus".into());
    };
    to_json(&Analyzed {
        article,
        entities: &analysis.entities,
        terms: corpus.key_terms(index, KEY_TERMS),
    })
}

/// One line of `extract`'s output.
#[derive(Serialize)]
struct Extracted<'a> {
    file: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    form: Option<&'static str>,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    fields: Option<ExtractedFields<'a>>,
}

#[derive(Serialize)]
struct ExtractedFields<'a> {
    title: &'a Option<String>,
    author: &'a Option<String>,
    date: &'a Option<String>,
    outlet: &'a Option<String>,
    place: &'a Option<String>,
    agency: &'a Option<String>,
    body: String,
    bytes: usize,
    seconds: f64,
}

fn extract(files: &[&str]) -> Result<String, String> {
    let mut lines = Vec::with_capacity(files.len());
    for &file in files {
        let path = Path::new(file);
        let form = if overlap_core::folder::is_html(path) {
            "html"
        } else {
            "text"
        };
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let line = match std::fs::read(path) {
            Err(e) => Extracted {
                file,
                error: Some(format!("{file}: {e}")),
                form: None,
                fields: None,
            },
            Ok(bytes) => {
                let started = std::time::Instant::now();
                let cleaned = overlap_core::folder::ingest_file(&id, path, &bytes);
                let seconds = started.elapsed().as_secs_f64();
                match cleaned {
                    Err(e) => Extracted {
                        file,
                        error: Some(format!("{file}: {e}")),
                        form: Some(form),
                        fields: None,
                    },
                    Ok(a) => {
                        let line = serde_json::to_string(&Extracted {
                            file,
                            error: None,
                            form: Some(form),
                            fields: Some(ExtractedFields {
                                title: &a.title,
                                author: &a.author,
                                date: &a.date,
                                outlet: &a.outlet,
                                place: &a.place,
                                agency: &a.agency,
                                body: a.body.join("\n\n"),
                                bytes: bytes.len(),
                                seconds,
                            }),
                        })
                        .map_err(|e| format!("cannot write JSON: {e}"))?;
                        lines.push(line);
                        continue;
                    }
                }
            }
        };
        lines.push(serde_json::to_string(&line).map_err(|e| format!("cannot write JSON: {e}"))?);
    }
    Ok(lines.join("\n"))
}

fn compare(left: &Path, right: &Path) -> Result<String, String> {
    let (corpus, index) = corpus_with(&[left, right])?;
    let [l, r] = index[..] else {
        return Err("internal: two articles expected".into());
    };
    let comparison = corpus
        .compare(l, r)
        .ok_or("internal: the articles are missing from their corpus")?;
    let mut json =
        serde_json::to_value(&comparison).map_err(|e| format!("cannot write JSON: {e}"))?;
    // The highlight lists are for the reading view; on the command line they drown the rest.
    if let Some(object) = json.as_object_mut() {
        object.remove("left_highlights");
        object.remove("right_highlights");
    }
    to_json(&json)
}

/// How `coverage` prints.
enum Format {
    Json,
    Markdown,
    Csv,
}

/// The fewest and most articles a coverage compares: fewer is a pair, more stops being
/// readable as columns.
const SET_SIZE: std::ops::RangeInclusive<usize> = 3..=8;

fn coverage(files: &[&str], format: Format) -> Result<String, String> {
    if !SET_SIZE.contains(&files.len()) {
        return Err(format!(
            "coverage compares {} to {} articles; {} file{} given (for two, use `overlap compare`)",
            SET_SIZE.start(),
            SET_SIZE.end(),
            files.len(),
            if files.len() == 1 { " was" } else { "s were" }
        ));
    }
    let paths: Vec<&Path> = files.iter().map(Path::new).collect();
    let (corpus, indices) = corpus_with(&paths)?;
    let mut seen = std::collections::HashSet::new();
    if let Some(twice) = files.iter().zip(&indices).find(|(_, i)| !seen.insert(**i)) {
        return Err(format!("{}: given twice (as the same article)", twice.0));
    }
    let coverage = corpus
        .coverage(&indices)
        .ok_or("internal: the articles are missing from their corpus")?;
    match format {
        Format::Json => to_json(&coverage),
        Format::Markdown => Ok(overlap_core::report::coverage_markdown(&coverage)),
        Format::Csv => Ok(overlap_core::report::coverage_csv(&coverage)),
    }
}

/// The bundled corpus plus the given files (a file that is a bundled seed replaces it,
/// rather than counting twice), and the index of each file's article.
fn corpus_with(files: &[&Path]) -> Result<(Corpus, Vec<usize>), String> {
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    let mut articles = match read_folder(&seeds) {
        Ok(folder) => folder.articles,
        Err(message) => {
            eprintln!("overlap: without the bundled corpus as background ({message})");
            Vec::new()
        }
    };
    let mut indices = Vec::new();
    for file in files {
        let article = read_capture(file)?;
        // The given file replaces its bundled copy, so that its own sidecar counts.
        let same = |a: &Article| a.id == article.id && a.body == article.body;
        let index = match articles.iter().position(same) {
            Some(i) => {
                articles[i] = article;
                i
            }
            None => {
                articles.push(article);
                articles.len() - 1
            }
        };
        indices.push(index);
    }
    Ok((Corpus::new(articles), indices))
}

fn to_json<T: Serialize>(value: &T) -> Result<String, String> {
    serde_json::to_string_pretty(value).map_err(|e| format!("cannot write JSON: {e}"))
}

/// The evaluation report of a folder of annotated stories; with `errors`, every miss.
fn evaluate(dir: &Path, errors: bool) -> Result<String, String> {
    let score = overlap_core::evaluate::evaluate(dir)?;
    let mut out = overlap_core::evaluate::report(&score);
    if errors {
        out.push('\n');
        out.push_str(&score.errors.join("\n"));
    }
    Ok(out)
}
