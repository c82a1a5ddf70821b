//! A fixed workload for profilers (`valgrind --tool=callgrind`): build the seed corpus
//! and compare every pair, a few times. Instruction counts do not depend on machine load.

use overlap_core::{Corpus, ingest};
use std::path::PathBuf;

fn main() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    files.sort();
    let articles: Vec<_> = files
        .iter()
        .filter_map(|p| {
            ingest(
                &p.file_stem()?.to_string_lossy(),
                &std::fs::read_to_string(p).ok()?,
            )
            .ok()
        })
        .collect();
    let mut similarity = 0.0;
    for _ in 0..5 {
        let corpus = Corpus::new(articles.clone());
        for i in 0..corpus.len() {
            for j in i + 1..corpus.len() {
                similarity += corpus.compare(i, j).map_or(0.0, |c| c.similarity);
            }
        }
    }
    println!("{similarity}");
}
