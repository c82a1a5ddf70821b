//! The pure core of Overlap: text in, plain data out.
//!
//! Overlap compares two news articles. This crate does all of the work that does not
//! touch a screen, as a pipeline whose stages are its modules:
//!
//! 1. [`ingest`]: a raw web capture (title, byline, page chrome and all) becomes an
//!    [`Article`]: metadata, the body as paragraphs, and the removed chrome kept apart.
//! 2. [`text`]: the body is split into words with byte offsets, normal forms and stems,
//!    so every later result can point at the exact text the reader sees.
//! 3. [`entities`]: people, organisations, places and other names, one per real-world
//!    entity (titles stripped, surnames and aliases resolved, demonyms linked).
//! 4. [`terms`]: the words and phrases each article uses, matched by stem.
//! 5. [`corpus`]: the articles analysed together, which weighs each item by TF-IDF.
//! 6. [`compare`]: two articles become a [`Comparison`]: an explained similarity,
//!    shared entities and terms, distinctive items, shared passages and themes, with
//!    the byte range of every occurrence to highlight.
//!
//! 7. [`stories`]: the corpus's stories and each article's neighbours, found through
//!    an inverted index rather than by comparing every pair; [`archive`] writes the
//!    analysed corpus as the page loads it, and weighs articles fetched one by one.
//!
//! 8. [`coverage`]: three to eight articles at once: which entities and themes each
//!    covers, what each alone has or leaves out, the passages and the [`quotes`] they
//!    share.
//!
//! [`report`] prints a comparison as Markdown, one consumer of the results among others.
//!
//! There is no DOM, no I/O and no global state here: the browser app and the
//! `overlap` command-line tool are two consumers of the same results.
//!
//! ```
//! use overlap_core::{Corpus, ingest};
//!
//! let left = ingest("left", "Sanctions on Russia\n\nPresident Vladimir Putin said the sanctions on Moscow would fail.").unwrap();
//! let right = ingest("right", "Kremlin replies\n\nPutin called the new sanction unlawful in Moscow.").unwrap();
//! let corpus = Corpus::new(vec![left, right]);
//! let comparison = corpus.compare(0, 1).unwrap();
//! let shared: Vec<&str> = comparison.shared_entities.iter().map(|e| e.name.as_str()).collect();
//! assert!(shared.contains(&"Vladimir Putin"));
//! assert!(comparison.shared_terms.iter().any(|t| t.term.starts_with("sanction")));
//! ```
#![deny(missing_docs)]

/// The text of a word list in `data/`, as `build.rs` copies it (without comments).
macro_rules! data_file {
    ($path:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/data/", $path))
    };
}

/// The text of one of the analysis's word lists ([`lexicon::PAGE_LISTS`]): compiled in
/// natively; in the browser it comes with the fetched lexicon file, so the wasm does
/// not carry it.
#[cfg(not(target_arch = "wasm32"))]
macro_rules! list {
    ($path:literal) => {
        data_file!($path)
    };
}
#[cfg(target_arch = "wasm32")]
macro_rules! list {
    ($path:literal) => {
        crate::lexicon::shipped().list($path)
    };
}

pub mod analysis;
pub mod archive;
pub mod compare;
pub mod corpus;
pub mod coverage;
pub mod entities;
#[cfg(feature = "folder")]
pub mod evaluate;
#[cfg(feature = "folder")]
pub mod folder;
mod groups;
pub mod ingest;
pub mod lexicon;
pub mod order;
pub mod quotes;
pub mod report;
pub mod shelf;
pub mod stories;
pub mod terms;
pub mod text;

pub use analysis::{Analysis, analyze};
pub use compare::{Comparison, Highlight, Layer, SharedEntity, SharedTerm};
pub use corpus::{Corpus, WeightedTerm, compare};
pub use coverage::Coverage;
pub use entities::{Entity, EntityKind};
#[cfg(feature = "html")]
pub use ingest::html::{ingest_html, ingest_html_bytes};
pub use ingest::html::{ingest_tree, ingest_tree_with};
pub use ingest::{Article, IngestError, apply_sidecar, date_in_words, ingest, ingest_bytes};
