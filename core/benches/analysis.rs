//! Speed of the core on the bundled seeds, native release build.
//!
//! Run with `cargo bench -p overlap-core --bench analysis`; the figures are recorded in
//! BENCHMARKS.md. Throughput counts the bytes of the raw captures (for ingest + analyse)
//! or of the cleaned bodies (for analyse alone).

use divan::counter::BytesCount;
use divan::{Bencher, black_box};
use overlap_core::entities::KnownPeople;
use overlap_core::folder::read_folder;
use overlap_core::{Article, Corpus, analyze, ingest};
use std::path::PathBuf;

fn main() {
    divan::main();
}

/// The files of a folder of the crate with one extension, in name order: (id, text).
fn files(folder: &str, extension: &str) -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == extension));
    files.sort();
    files
        .into_iter()
        .filter_map(|p| {
            let id = p.file_stem()?.to_string_lossy().into_owned();
            Some((id, std::fs::read_to_string(&p).ok()?))
        })
        .collect()
}

fn seeds() -> Vec<(String, String)> {
    files("../seeds", "txt")
}

fn articles() -> Vec<Article> {
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    read_folder(&seeds).map(|f| f.articles).unwrap_or_default()
}

/// The project's own pages in sixteen sites' shapes (`tests/pages/`), in both forms.
fn pages(extension: &str) -> Vec<(String, String)> {
    files("tests/pages", extension)
}

/// HTML pages → articles (html5ever, blocks, scorer, choice, declarations).
#[divan::bench]
fn ingest_html_pages(bencher: Bencher) {
    let pages = pages("html");
    let bytes: usize = pages.iter().map(|(_, t)| t.len()).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        for (id, html) in &pages {
            black_box(overlap_core::ingest_html(id, html).ok());
        }
    });
}

/// The same pages as text captures → articles.
#[divan::bench]
fn ingest_text_pages(bencher: Bencher) {
    let pages = pages("txt");
    let bytes: usize = pages.iter().map(|(_, t)| t.len()).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        for (id, text) in &pages {
            black_box(ingest(id, text).ok());
        }
    });
}

/// Raw captures → cleaned, analysed articles.
#[divan::bench]
fn ingest_and_analyze_seeds(bencher: Bencher) {
    let seeds = seeds();
    let bytes: usize = seeds.iter().map(|(_, t)| t.len()).sum();
    let known = KnownPeople::default();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        for (id, text) in &seeds {
            if let Ok(article) = ingest(id, text) {
                black_box(analyze(&article, &known));
            }
        }
    });
}

/// Cleaned bodies → analyses (entities, terms, passage index).
#[divan::bench]
fn analyze_seeds(bencher: Bencher) {
    let articles = articles();
    let bytes: usize = articles.iter().flat_map(|a| &a.body).map(String::len).sum();
    let known = KnownPeople::default();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        for article in &articles {
            black_box(analyze(article, &known));
        }
    });
}

/// Building the corpus: two analysis passes (surnames resolve across articles) + weights.
#[divan::bench]
fn build_corpus(bencher: Bencher) {
    let articles = articles();
    bencher.bench(|| black_box(Corpus::new(articles.clone())));
}

/// Comparing the two largest analysed seeds.
#[divan::bench]
fn compare_largest_pair(bencher: Bencher) {
    let corpus = Corpus::new(articles());
    let mut by_size: Vec<usize> = (0..corpus.len()).collect();
    by_size.sort_by_key(|&i| {
        std::cmp::Reverse(
            corpus.articles()[i]
                .body
                .iter()
                .map(String::len)
                .sum::<usize>(),
        )
    });
    let (a, b) = (by_size[0], by_size[1]);
    bencher.bench(|| black_box(corpus.compare(a, b)));
}

/// Comparing every pair of analysed seeds once (10 pairs for 5 seeds).
#[divan::bench]
fn compare_all_pairs(bencher: Bencher) {
    let corpus = Corpus::new(articles());
    let n = corpus.len();
    bencher.bench(|| {
        for i in 0..n {
            for j in i + 1..n {
                black_box(corpus.compare(i, j));
            }
        }
    });
}

/// The coverage of eight articles at once (the most the page offers): the five of our
/// own story (`tests/coverage/harbour-strike`) and the three largest seeds.
#[divan::bench]
fn coverage_of_eight(bencher: Bencher) {
    let story = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/coverage/harbour-strike");
    let mut all = read_folder(&story).map(|f| f.articles).unwrap_or_default();
    let mut seeds = articles();
    seeds.sort_by_key(|a| std::cmp::Reverse(a.body.iter().map(String::len).sum::<usize>()));
    all.extend(seeds.into_iter().take(3));
    let corpus = Corpus::new(all);
    let set: Vec<usize> = (0..corpus.len()).collect();
    assert_eq!(set.len(), 8, "eight articles");
    bencher.bench(|| black_box(corpus.coverage(&set)));
}
