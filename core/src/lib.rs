//! The pure core of Overlap: text in, plain data out.
//!
//! Overlap compares two news articles. This crate does all of the work that does not
//! touch a screen, as a pipeline whose stages are its modules:
//!
//! 1. [`ingest`]: a raw web capture (title, byline, page chrome and all) becomes an
//!    [`Article`]: metadata, the body as paragraphs, and the removed chrome kept apart.
//! 2. [`text`]: the body is split into words with byte offsets, so every later result
//!    can point at the exact text the reader sees.
//! 3. [`compare`]: two articles become a [`Comparison`]: what they share, with the
//!    byte range of every occurrence in each paragraph.
//!
//! There is no DOM, no I/O and no global state here: the browser app and the
//! `overlap` command-line tool are two consumers of the same results.
//!
//! ```
//! use overlap_core::{compare, ingest};
//!
//! let left = ingest("left", "Sanctions on Russia\n\nThe sanctions on Moscow widen.").unwrap();
//! let right = ingest("right", "Moscow answers\n\nMoscow calls the sanctions unlawful.").unwrap();
//! let comparison = compare(&left, &right);
//! assert!(comparison.shared_terms.iter().any(|t| t.term == "moscow"));
//! ```
#![deny(missing_docs)]

pub mod compare;
pub mod ingest;
pub mod text;

pub use compare::{Comparison, Highlight, SharedTerm, compare};
pub use ingest::{Article, IngestError, ingest, ingest_bytes};
