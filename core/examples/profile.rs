//! A fixed workload for profilers (`valgrind --tool=callgrind`): build the seed corpus
//! and compare every pair, a few times. Instruction counts do not depend on machine load.

use overlap_core::Corpus;
use overlap_core::folder::read_folder;
use std::path::PathBuf;

fn main() {
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    let articles = read_folder(&seeds).map(|f| f.articles).unwrap_or_default();
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
