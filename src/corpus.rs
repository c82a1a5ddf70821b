//! The articles bundled at build time from `seeds/` (see `build.rs`).

use overlap_core::Article;
use overlap_core::ingest::{correct, ingest};

/// One bundled capture, as `build.rs` writes it.
struct BundledArticle {
    id: &'static str,
    /// The capture, verbatim.
    text: &'static str,
    /// What its sidecar corrects: field and value (`None` removes the field).
    corrections: &'static [(&'static str, Option<&'static str>)],
}

const BUNDLED: &[BundledArticle] = include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// The bundled articles, in file-name order, cleaned as the build cleaned them.
pub fn bundled() -> Result<Vec<Article>, String> {
    BUNDLED
        .iter()
        .map(|b| {
            let mut article = ingest(b.id, b.text).map_err(|e| format!("{}: {e}", b.id))?;
            for (field, value) in b.corrections {
                correct(&mut article, field, value.map(str::to_string));
            }
            Ok(article)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    /// The browser cleans the bundled captures again: it must get exactly what the
    /// build got from `seeds/`, sidecars applied.
    #[test]
    fn the_browser_cleans_the_bundled_captures_as_the_build_did() {
        let built = overlap_core::folder::read_folder(std::path::Path::new("seeds"))
            .unwrap_or_else(|e| panic!("{e}"));
        let bundled = super::bundled().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(bundled.len(), 5);
        assert_eq!(bundled, built.articles);
    }
}
