//! Prints the entities the core finds in each seed, for checking recognition by eye:
//! `cargo run -p overlap-core --example entities [SEED_ID_PREFIX]`.

use overlap_core::{Corpus, ingest};
use std::path::PathBuf;

fn main() {
    let only = std::env::args().nth(1).unwrap_or_default();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    files.sort();
    let articles = files
        .iter()
        .filter_map(|p| {
            let id = p.file_stem()?.to_string_lossy().into_owned();
            let text = std::fs::read_to_string(p).ok()?;
            ingest(&id, &text)
                .map_err(|e| eprintln!("{}: {e}", p.display()))
                .ok()
        })
        .collect();
    let corpus = Corpus::new(articles);
    for (article, analysis) in corpus.articles().iter().zip(corpus.analyses()) {
        if !article.id.starts_with(&only) {
            continue;
        }
        println!("== {} ({} entities)", article.id, analysis.entities.len());
        for e in &analysis.entities {
            println!(
                "{:>3}  {:<13} {:<40} {}",
                e.count,
                e.kind.label(),
                e.name,
                e.mentions.join(" | ")
            );
        }
    }
}
