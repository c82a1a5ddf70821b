//! The articles a reader can compare: the bundled ones, then their own, pasted or
//! dropped, cleaned and analysed in the browser like the bundled ones and kept in the
//! browser's storage (see [`crate::storage`]).

use crate::storage::{self, Found, Saved};
use leptos::prelude::*;
use overlap_core::ingest::{IngestError, ingest};
use overlap_core::ingest_tree_with;
use overlap_core::{Article, Corpus};
use std::sync::Arc;

/// The largest article accepted, in bytes of UTF-8: about 33,000 words, where a long
/// feature is 10,000 (60 KB). It is set so that no step of adding an article blocks the
/// page for more than about 200 ms (BENCHMARKS.md). Larger texts are refused with a
/// message that says so.
pub const MAX_BYTES: usize = 200_000;

/// The largest web page accepted, in bytes of HTML. A page is mostly markup and
/// chrome: the browser parses 2 MB in well under 100 ms, and what is analysed is the
/// article found in it, which must itself be under [`MAX_BYTES`].
pub const MAX_PAGE_BYTES: usize = 2_000_000;

/// One of the reader's articles.
#[derive(Clone, Debug, PartialEq)]
pub struct Own {
    /// What the reader gave.
    pub saved: Saved,
    /// Its title, or what it is called when it has none.
    pub label: String,
    /// Whether it is in the browser's storage (else it lasts for this visit only).
    pub stored: bool,
    /// Why a saved article no longer cleans: it stays listed (and stored) so that
    /// nothing is lost, but is not in the corpus.
    pub problem: Option<String>,
}

/// How the reader's articles are kept.
#[derive(Clone, Debug, PartialEq)]
pub enum Keeping {
    /// In the browser's storage, written after every change.
    Stored,
    /// For this visit only, because of `reason`. `unreadable` is what storage held
    /// and could not be read: it is left untouched until the reader deletes it.
    ThisVisitOnly {
        reason: String,
        unreadable: Option<String>,
    },
}

/// The bundled articles, the reader's own, and the corpus of both.
#[derive(Clone, Copy)]
pub struct Library {
    bundled: StoredValue<Arc<[Article]>>,
    /// The reader's articles, in the order they were added.
    pub own: RwSignal<Vec<Own>>,
    /// Every article, bundled first, analysed together.
    pub corpus: RwSignal<Arc<Corpus>>,
    /// Where the reader's articles are kept.
    pub keeping: RwSignal<Keeping>,
}

/// A text cleaned into an article of the reader's, and the corpus with it, not yet
/// added.
pub struct Cleaned {
    saved: Saved,
    label: String,
    corpus: Corpus,
}

/// What [`Library::add`] did.
pub struct Added {
    /// The new article's index in the corpus.
    pub index: usize,
    /// Said to the reader: what was added, and whether it is kept.
    pub message: String,
}

impl Library {
    /// The bundled articles and whatever the reader saved before. The message says
    /// what could not be restored, if anything.
    pub fn open(bundled: Vec<Article>) -> (Library, Option<String>) {
        let mut message = None;
        let (saved, keeping) = match storage::load() {
            Found::Articles(saved) => (saved, Keeping::Stored),
            Found::Unreadable { raw, reason } => {
                message = Some(format!(
                    "Your saved articles could not be read ({reason}). They are left as they were: \
                     “Add your article” offers them as a download. New articles last for this visit only."
                ));
                (
                    Vec::new(),
                    Keeping::ThisVisitOnly {
                        reason: format!("the saved articles could not be read ({reason})"),
                        unreadable: Some(raw),
                    },
                )
            }
            Found::Unavailable(reason) => (
                Vec::new(),
                Keeping::ThisVisitOnly {
                    reason,
                    unreadable: None,
                },
            ),
        };
        let mut own = Vec::new();
        let mut articles = bundled.clone();
        let mut problems = Vec::new();
        for saved in saved {
            // Cleaned again from the raw text; one that no longer cleans is kept in the
            // list (and in storage) with its problem, so the reader can still remove it.
            match clean_saved(&saved) {
                Ok(article) => {
                    own.push(Own {
                        label: label_of(&article, &saved),
                        saved,
                        stored: true,
                        problem: None,
                    });
                    articles.push(article);
                }
                Err(e) => {
                    problems.push(format!("“{}”: {e}", saved.name));
                    own.push(Own {
                        label: saved.name.clone(),
                        saved,
                        stored: true,
                        problem: Some(e.to_string()),
                    });
                }
            }
        }
        if !problems.is_empty() {
            message = Some(format!(
                "Some saved articles could not be cleaned and are left out of the comparison (they stay saved): {}.",
                problems.join("; ")
            ));
        }
        let library = Library {
            bundled: StoredValue::new(bundled.into()),
            own: RwSignal::new(own),
            corpus: RwSignal::new(Arc::new(Corpus::new(articles))),
            keeping: RwSignal::new(keeping),
        };
        (library, message)
    }

    /// Cleans `text` as a new article of the reader's and analyses the corpus with it,
    /// or says why it cannot be used. Nothing changes yet: [`Library::add`] adds it.
    /// (Two steps, so that the page can draw a frame between the analysis and the
    /// drawing of the new comparison.)
    pub fn clean(&self, name: &str, text: &str, html: bool) -> Result<Cleaned, String> {
        check_size(text.len(), html)?;
        let id = self.own.with_untracked(|own| {
            self.corpus
                .with_untracked(|corpus| next_id(own, |id| corpus.position(id).is_some()))
        });
        let saved = Saved {
            id,
            name: name.to_string(),
            text: text.to_string(),
            html,
        };
        let article = clean_saved(&saved).map_err(|e| refusal(&e))?;
        let body_bytes: usize = article.body.iter().map(String::len).sum();
        check_size(body_bytes, false)?;
        let label = label_of(&article, &saved);
        let corpus = self.analyse(Some(article));
        Ok(Cleaned {
            saved,
            label,
            corpus,
        })
    }

    /// Adds a cleaned article with its corpus, and stores the reader's articles.
    pub fn add(&self, cleaned: Cleaned) -> Added {
        let Cleaned {
            saved,
            label,
            corpus,
        } = cleaned;
        let id = saved.id.clone();
        self.own.update(|own| {
            own.push(Own {
                saved,
                label: label.clone(),
                stored: false,
                problem: None,
            })
        });
        self.corpus.set(Arc::new(corpus));
        let kept = self.store();
        let index = self
            .corpus
            .with_untracked(|c| c.position(&id))
            .unwrap_or_default();
        let message = match kept {
            Ok(()) => format!("Added “{label}”. It is kept in this browser until you remove it."),
            Err(reason) => format!(
                "Added “{label}” for this visit only: {reason}. Keep a copy of its text, or remove one of your articles."
            ),
        };
        Added { index, message }
    }

    /// Removes one of the reader's articles from the corpus and from storage. The
    /// message says if storage could not be updated.
    pub fn remove(&self, id: &str) -> Option<String> {
        self.own.update(|own| own.retain(|o| o.saved.id != id));
        self.corpus.set(Arc::new(self.analyse(None)));
        self.store().err().map(|reason| {
            format!("The article is removed here, but storage was not updated: {reason}.")
        })
    }

    /// Deletes unreadable saved data (after the reader downloaded it, or chose not
    /// to), then stores the current articles.
    pub fn forget_unreadable(&self) -> Result<(), String> {
        storage::clear()?;
        self.keeping.set(Keeping::Stored);
        self.store()
    }

    /// Whether `index` is one of the reader's articles.
    pub fn is_own(&self, index: usize) -> bool {
        index >= self.bundled.with_value(|b| b.len())
    }

    /// What the article at `index` is called: its title; for an untitled capture its
    /// opening words; for the reader's own, "Yours: " and its title or file name.
    pub fn title(&self, corpus: &Corpus, index: usize) -> String {
        let Some(article) = corpus.article(index) else {
            return String::new();
        };
        if self.is_own(index) {
            let own = self.own.with(|own| {
                own.iter()
                    .find(|o| o.saved.id == article.id)
                    .map(|o| o.label.clone())
            });
            return format!("Yours: {}", own.unwrap_or_else(|| article.id.clone()));
        }
        article.title.clone().unwrap_or_else(|| opening(article))
    }

    /// The picker's label for the article at `index`: title, outlet and date.
    pub fn label(&self, corpus: &Corpus, index: usize) -> String {
        let title = self.title(corpus, index);
        let Some(article) = corpus.article(index).filter(|_| !self.is_own(index)) else {
            return title;
        };
        let date = article
            .date
            .as_deref()
            .map(|d| overlap_core::date_in_words(day(d), None));
        let details: Vec<&str> = [article.outlet.as_deref(), date.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        if details.is_empty() {
            title
        } else {
            format!("{title} ({})", details.join(", "))
        }
    }

    /// The corpus of every article now in the library (`extra` after them), analysed
    /// again: the bundled articles, then the reader's, each cleaned only once.
    fn analyse(&self, extra: Option<Article>) -> Corpus {
        let old = self.corpus.get_untracked();
        let bundled = self.bundled.with_value(|b| b.len());
        let mut articles: Vec<Article> = old.articles()[..bundled.min(old.len())].to_vec();
        self.own.with_untracked(|own| {
            for o in own {
                let cleaned = old
                    .position(&o.saved.id)
                    .and_then(|i| old.article(i).cloned());
                articles.extend(cleaned);
            }
        });
        articles.extend(extra);
        Corpus::new(articles)
    }

    /// Writes the reader's articles to storage, unless it is unusable; records which
    /// are stored.
    fn store(&self) -> Result<(), String> {
        let result = match self.keeping.get_untracked() {
            Keeping::Stored => self.own.with_untracked(|own| {
                let saved: Vec<Saved> = own.iter().map(|o| o.saved.clone()).collect();
                storage::save(&saved)
            }),
            Keeping::ThisVisitOnly { reason, .. } => Err(reason),
        };
        let stored = result.is_ok();
        self.own.update(|own| {
            for o in own.iter_mut() {
                o.stored = stored;
            }
        });
        result
    }
}

/// Where a side's index goes when the article at `removed` leaves the corpus: later
/// articles move up one; the removed one itself gives `None`.
pub fn after_removal(index: usize, removed: usize) -> Option<usize> {
    match index.cmp(&removed) {
        std::cmp::Ordering::Less => Some(index),
        std::cmp::Ordering::Equal => None,
        std::cmp::Ordering::Greater => Some(index - 1),
    }
}

/// An untitled article's first words: "Untitled: “The words it opens with…”".
fn opening(article: &Article) -> String {
    let first = article.body.first().map(String::as_str).unwrap_or_default();
    let words: Vec<&str> = first.split_whitespace().take(8).collect();
    format!("Untitled: “{}…”", words.join(" "))
}

/// The date part of an ISO date or date-time.
fn day(date: &str) -> &str {
    date.get(..10).unwrap_or(date)
}

/// What a reader's article is called: its title, else its file name.
fn label_of(article: &Article, saved: &Saved) -> String {
    article.title.clone().unwrap_or_else(|| saved.name.clone())
}

/// The first "yours-N" that no article has.
fn next_id(own: &[Own], taken: impl Fn(&str) -> bool) -> String {
    let highest = own
        .iter()
        .filter_map(|o| o.saved.id.strip_prefix("yours-")?.parse::<usize>().ok())
        .max()
        .unwrap_or(0);
    (highest + 1..)
        .map(|n| format!("yours-{n}"))
        .find(|id| !taken(id))
        .unwrap_or_else(|| "yours".into())
}

/// Cleans what the reader gave: a web page's HTML through the browser's parser, or a
/// text capture.
fn clean_saved(saved: &Saved) -> Result<Article, IngestError> {
    if saved.html {
        let tree = crate::page_tree::parse(&saved.text)
            .map_err(|reason| IngestError::Encoding { reason })?;
        ingest_tree_with(&saved.id, &tree, &crate::page_tree::parse_json)
    } else {
        ingest(&saved.id, &saved.text)
    }
}

/// Refuses a text over [`MAX_BYTES`] (a page over [`MAX_PAGE_BYTES`]), saying how big
/// it is.
pub fn check_size(bytes: usize, html: bool) -> Result<(), String> {
    if html {
        if bytes <= MAX_PAGE_BYTES {
            return Ok(());
        }
        return Err(format!(
            "This page is {}, and Overlap reads pages of up to {}. Save the article's page alone (not the whole site), or paste its text.",
            size(bytes),
            size(MAX_PAGE_BYTES)
        ));
    }
    if bytes <= MAX_BYTES {
        return Ok(());
    }
    Err(format!(
        "This text is {}, and Overlap takes articles of up to {} (about {} words). Add one article at a time.",
        size(bytes),
        size(MAX_BYTES),
        MAX_BYTES / 6 / 1000 * 1000
    ))
}

/// A byte count for people: "840 bytes", "12 KB", "5.2 MB".
pub fn size(bytes: usize) -> String {
    match bytes {
        0..1_000 => format!("{bytes} bytes"),
        1_000..1_000_000 => format!("{} KB", bytes / 1_000),
        _ => format!("{}.{} MB", bytes / 1_000_000, bytes % 1_000_000 / 100_000),
    }
}

/// Why a text was refused, in the reader's words.
fn refusal(error: &IngestError) -> String {
    match error {
        IngestError::Empty => {
            "There is no text to add: the box is empty or holds only spaces.".into()
        }
        IngestError::NothingLeft { .. } => format!(
            "Overlap found no article text in this: {error}. Paste the article's paragraphs."
        ),
        IngestError::NoText => {
            "Overlap found no text in this page: its body is empty (a page that draws itself with scripts has no text until then). Paste the article's text instead.".into()
        }
        _ => format!("Overlap cannot use this text: it {error}."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn own(id: &str) -> Own {
        Own {
            saved: Saved {
                id: id.into(),
                name: "n".into(),
                text: "t".into(),
                html: false,
            },
            label: "l".into(),
            stored: true,
            problem: None,
        }
    }

    #[test]
    fn ids_by_behaviour() {
        let cases: [(&str, Vec<Own>, &[&str], &str); 4] = [
            ("the first", vec![], &[], "yours-1"),
            (
                "after the highest",
                vec![own("yours-1"), own("yours-4")],
                &[],
                "yours-5",
            ),
            (
                "a removed one is not reused while a later one exists",
                vec![own("yours-3")],
                &[],
                "yours-4",
            ),
            (
                "a bundled article with the id is skipped",
                vec![],
                &["yours-1", "yours-2"],
                "yours-3",
            ),
        ];
        for (name, existing, taken, expected) in cases {
            assert_eq!(
                next_id(&existing, |id| taken.contains(&id)),
                expected,
                "{name}"
            );
        }
    }

    #[test]
    fn indices_after_a_removal() {
        let cases = [(0, 3, Some(0)), (3, 3, None), (5, 3, Some(4))];
        for (index, removed, expected) in cases {
            assert_eq!(
                after_removal(index, removed),
                expected,
                "{index} after removing {removed}"
            );
        }
    }

    #[test]
    fn sizes_by_behaviour() {
        let cases = [
            (0, "0 bytes"),
            (999, "999 bytes"),
            (12_345, "12 KB"),
            (5_242_880, "5.2 MB"),
        ];
        for (bytes, expected) in cases {
            assert_eq!(size(bytes), expected);
        }
    }

    #[test]
    fn the_size_limit_refuses_with_the_sizes() {
        assert_eq!(check_size(MAX_BYTES, false), Ok(()));
        assert_eq!(check_size(MAX_PAGE_BYTES, true), Ok(()));
        assert!(check_size(MAX_PAGE_BYTES + 1, true).is_err());
        let refused = check_size(5_000_000, false).unwrap_err();
        assert!(
            refused.contains("5.0 MB") && refused.contains("200 KB"),
            "{refused}"
        );
    }

    #[test]
    fn refusals_by_behaviour() {
        let cases = [
            (IngestError::Empty, "the box is empty or holds only spaces"),
            (IngestError::Binary, "it looks like binary data, not text"),
            (
                IngestError::NothingLeft { removed: 3 },
                "nothing is left after removing page chrome (3 lines removed)",
            ),
        ];
        for (error, expected) in cases {
            let got = refusal(&error);
            assert!(got.contains(expected), "{got}");
        }
    }
}
