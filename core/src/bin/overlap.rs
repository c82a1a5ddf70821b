//! `overlap`: the analysis core on the command line.
//!
//! ```text
//! overlap analyze FILE          print the cleaned article as JSON
//! overlap compare FILE_A FILE_B print what the two articles share as JSON
//! ```

use overlap_core::{Article, compare, ingest_bytes};
use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "usage: overlap analyze FILE\n       overlap compare FILE_A FILE_B";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["analyze", file] => read_article(file).and_then(|a| to_json(&a)),
        ["compare", left, right] => read_article(left)
            .and_then(|l| read_article(right).and_then(|r| to_json(&compare(&l, &r)))),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("overlap: {message}");
            ExitCode::from(2)
        }
    }
}

/// Reads and cleans one capture; the error names the file.
fn read_article(file: &str) -> Result<Article, String> {
    let path = Path::new(file);
    let bytes = std::fs::read(path).map_err(|e| format!("{file}: {e}"))?;
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| file.to_string());
    ingest_bytes(&id, &bytes).map_err(|e| format!("{file}: {e}"))
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, String> {
    serde_json::to_string_pretty(value).map_err(|e| format!("cannot write JSON: {e}"))
}
