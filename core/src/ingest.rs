//! From a raw web capture to an [`Article`].
//!
//! This first version splits the capture into paragraphs at blank lines and takes the
//! first line as the title; the cleaning of page chrome and metadata comes later.

use serde::{Deserialize, Serialize};
use std::fmt;

/// One article as the reader sees it: metadata, the body, and what was removed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Stable identifier, taken from the file name without its extension.
    pub id: String,
    /// The headline, when the capture has one.
    pub title: Option<String>,
    /// The body as paragraphs: the only text that is analysed.
    pub body: Vec<String>,
}

/// Why a capture could not become an article. The message names what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IngestError {
    /// The capture has no bytes, or only white space.
    Empty,
    /// The capture is not UTF-8; the offset is of the first invalid byte.
    InvalidUtf8 {
        /// Byte offset of the first byte that is not valid UTF-8.
        offset: usize,
    },
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IngestError::Empty => write!(f, "the file is empty"),
            IngestError::InvalidUtf8 { offset } => {
                write!(f, "not valid UTF-8 at byte {offset}")
            }
        }
    }
}

impl std::error::Error for IngestError {}

/// Turns raw bytes into an article, checking that they are UTF-8 text.
pub fn ingest_bytes(id: &str, bytes: &[u8]) -> Result<Article, IngestError> {
    let text = std::str::from_utf8(bytes).map_err(|e| IngestError::InvalidUtf8 {
        offset: e.valid_up_to(),
    })?;
    ingest(id, text)
}

/// Turns the text of a capture into an article.
pub fn ingest(id: &str, text: &str) -> Result<Article, IngestError> {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
        } else {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(line);
        }
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    if paragraphs.is_empty() {
        return Err(IngestError::Empty);
    }
    let title = paragraphs.remove(0);
    Ok(Article {
        id: id.to_string(),
        title: Some(title),
        body: paragraphs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_paragraphs_at_blank_lines() {
        let article = ingest("a", "Title\n\nOne line\nand more.\n\n\nTwo.").unwrap();
        assert_eq!(article.title.as_deref(), Some("Title"));
        assert_eq!(article.body, vec!["One line and more.", "Two."]);
    }

    #[test]
    fn rejects_empty_and_invalid_text() {
        assert_eq!(ingest("a", " \n\n "), Err(IngestError::Empty));
        assert_eq!(
            ingest_bytes("a", b"ok\xff"),
            Err(IngestError::InvalidUtf8 { offset: 2 })
        );
    }
}
