//! Bundles the articles: every `seeds/*.txt` is cleaned by the core (with its sidecar
//! `seeds/NAME.meta.toml`, if any) and written as the JSON that the app embeds. A bad
//! seed or sidecar, two files that give the same article id, or a sidecar without its
//! article stops the build with a message that names the files and what is wrong.

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
    let folder = overlap_core::folder::read_folder(seeds)?;
    for path in &folder.files_read {
        println!("cargo::rerun-if-changed={}", path.display());
    }
    if folder.articles.is_empty() {
        return Err(format!("{}: no .txt articles to bundle", seeds.display()));
    }
    let json =
        serde_json::to_string(&folder.articles).map_err(|e| format!("cannot write JSON: {e}"))?;
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?);
    std::fs::write(out.join("articles.json"), json)
        .map_err(|e| format!("cannot write the bundled articles: {e}"))
}
