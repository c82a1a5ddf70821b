//! Bundles the articles: every `seeds/*.txt` is cleaned by the core and written as the
//! JSON that the app embeds. A bad seed stops the build with a message that names the
//! file and what is wrong.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    println!("cargo::rerun-if-changed=seeds");
    match bundle(Path::new("seeds")) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            // Cargo shows a failed build script's stderr; no panic, no backtrace.
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn bundle(seeds: &Path) -> Result<(), String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(seeds)
        .map_err(|e| format!("{}: cannot read the folder: {e}", seeds.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("{}: no .txt articles to bundle", seeds.display()));
    }
    let mut articles = Vec::with_capacity(files.len());
    for path in &files {
        println!("cargo::rerun-if-changed={}", path.display());
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .ok_or_else(|| format!("{}: the file has no name", path.display()))?;
        let bytes =
            std::fs::read(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
        let article = overlap_core::ingest_bytes(&id, &bytes)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        articles.push(article);
    }
    let json = serde_json::to_string(&articles).map_err(|e| format!("cannot write JSON: {e}"))?;
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?);
    std::fs::write(out.join("articles.json"), json)
        .map_err(|e| format!("cannot write the bundled articles: {e}"))
}
