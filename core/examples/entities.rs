//! Prints the entities the core finds in each seed, for checking recognition by eye:
//! `cargo run -p overlap-core --example entities [SEED_ID_PREFIX]`.

use overlap_core::Corpus;
use overlap_core::folder::read_folder;
use std::path::PathBuf;

fn main() {
    let only = std::env::args().nth(1).unwrap_or_default();
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    let articles = match read_folder(&seeds) {
        Ok(folder) => folder.articles,
        Err(message) => {
            eprintln!("{message}");
            std::process::exit(1);
        }
    };
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
