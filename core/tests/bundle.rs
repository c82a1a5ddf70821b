//! The bundle the page loads (`overlap bundle`, `bundled.json`): the page cleans each
//! capture again and applies its corrections; it must get exactly what the build got.

use overlap_core::folder::{bundle, read_folder};
use overlap_core::ingest::correct;
use overlap_core::{ingest, ingest_html};
use std::path::Path;

#[test]
fn the_page_cleans_the_bundle_as_the_build_did() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    let built = read_folder(&seeds).unwrap_or_else(|e| panic!("{e}"));
    let json = bundle(&seeds).unwrap_or_else(|e| panic!("{e}"));
    let entries: Vec<serde_json::Value> = serde_json::from_str(&json).expect("the bundle is JSON");
    assert_eq!(entries.len(), built.articles.len());
    for (entry, expected) in entries.iter().zip(&built.articles) {
        let id = entry["id"].as_str().expect("id");
        let text = entry["text"].as_str().expect("text");
        let mut article = match entry["form"].as_str() {
            Some("html") => ingest_html(id, text),
            _ => ingest(id, text),
        }
        .unwrap_or_else(|e| panic!("{id}: {e}"));
        for pair in entry["corrections"].as_array().expect("corrections") {
            let field = pair[0].as_str().expect("field");
            correct(&mut article, field, pair[1].as_str().map(str::to_string));
        }
        assert_eq!(&article, expected, "{id}");
    }
}

#[test]
fn a_folder_without_articles_is_refused() {
    let empty = std::env::temp_dir().join(format!("overlap-empty-{}", std::process::id()));
    std::fs::create_dir_all(&empty).expect("temp dir");
    let message = bundle(&empty).expect_err("an empty folder cannot be bundled");
    assert!(message.contains("no .txt or .html articles"), "{message}");
    let _ = std::fs::remove_dir(&empty);
}
