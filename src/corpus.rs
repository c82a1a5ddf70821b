//! The articles bundled at build time from `seeds/` (see `build.rs`), analysed together.

use overlap_core::{Article, Corpus};

const BUNDLED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/articles.json"));

/// The bundled articles, in file-name order.
pub fn bundled() -> Result<Vec<Article>, String> {
    serde_json::from_str(BUNDLED_JSON)
        .map_err(|e| format!("the bundled articles are unreadable: {e}"))
}

/// The bundled articles as an analysed corpus.
pub fn bundled_corpus() -> Result<Corpus, String> {
    bundled().map(Corpus::new)
}
