//! Bundles the articles. Every `seeds/*.txt` (or `$OVERLAP_SEEDS/*.txt`: the end-to-end
//! tests build the app once more over hostile captures) is cleaned by the core here (with its
//! sidecar `seeds/NAME.meta.toml`, if any), so that a bad seed or sidecar, two files
//! that give the same article id, or a sidecar without its article stops the build
//! with a message that names the files and what is wrong.
//!
//! What the app embeds is the captures themselves and the sidecars' corrections, as
//! Rust (`OUT_DIR/bundled.rs`): the browser cleans them again with the same code it
//! uses for a pasted article. That is smaller than shipping cleaned articles as JSON
//! together with a JSON parser, and it is one path for every article.

use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    // The captures folder: `seeds` unless OVERLAP_SEEDS names another (relative to the
    // repository root), e.g. `OVERLAP_SEEDS=e2e/hostile-seeds trunk build`.
    println!("cargo::rerun-if-env-changed=OVERLAP_SEEDS");
    let seeds =
        std::env::var_os("OVERLAP_SEEDS").map_or_else(|| PathBuf::from("seeds"), PathBuf::from);
    println!("cargo::rerun-if-changed={}", seeds.display());
    match bundle(&seeds) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            // Cargo shows a failed build script's stderr; no panic, no backtrace.
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn bundle(seeds: &Path) -> Result<(), String> {
    let folder = overlap_core::folder::read_folder(seeds)?;
    for path in &folder.files_read {
        println!("cargo::rerun-if-changed={}", path.display());
    }
    if folder.articles.is_empty() {
        return Err(format!("{}: no .txt articles to bundle", seeds.display()));
    }
    let mut code = String::from("&[\n");
    for (article, capture) in folder.articles.iter().zip(&folder.captures) {
        let absolute = std::fs::canonicalize(capture)
            .map_err(|e| format!("{}: cannot resolve the path: {e}", capture.display()))?;
        let absolute = absolute
            .to_str()
            .ok_or_else(|| format!("{}: the path is not valid UTF-8", capture.display()))?;
        // `{:?}` of a str is a valid Rust string literal, escapes included.
        let _ = write!(
            code,
            "    BundledArticle {{ id: {:?}, text: include_str!({:?}), corrections: &[",
            article.id, absolute
        );
        for (field, value) in overlap_core::ingest::corrections_of(article) {
            let _ = write!(code, "({field:?}, {value:?}), ");
        }
        code.push_str("] },\n");
    }
    code.push_str("]\n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?);
    std::fs::write(out.join("bundled.rs"), code)
        .map_err(|e| format!("cannot write the bundled articles: {e}"))
}
