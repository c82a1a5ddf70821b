//! The articles a reader can compare: the bundled ones, listed by the corpus's index
//! and fetched one by one when opened, then the reader's own, pasted or dropped,
//! cleaned and analysed in the browser and kept in the browser's storage (see
//! [`crate::storage`]).

use crate::storage::{self, Found, Saved};
use leptos::prelude::*;
use overlap_core::Article;
use overlap_core::archive::{Index, Loaded};
use overlap_core::ingest::{IngestError, ingest};
use overlap_core::ingest_tree_with;
use overlap_core::shelf::Shelf;

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
    /// nothing is lost, but is not compared.
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

/// The corpus's index, the articles fetched so far, and the reader's own.
#[derive(Clone, Copy)]
pub struct Library {
    /// The reader's articles, in the order they were added.
    pub own: RwSignal<Vec<Own>>,
    /// Every article: the index, what is fetched, the reader's (after the bundled).
    pub shelf: RwSignal<Shelf>,
    /// Where the reader's articles are kept.
    pub keeping: RwSignal<Keeping>,
}

/// A text cleaned and analysed into an article of the reader's, not yet added.
pub struct Cleaned {
    saved: Saved,
    label: String,
    loaded: Loaded,
}

/// What [`Library::add`] did.
pub struct Added {
    /// The new article's index.
    pub index: usize,
    /// Said to the reader: what was added, and whether it is kept.
    pub message: String,
}

impl Library {
    /// The corpus's index and whatever the reader saved before. The message says what
    /// could not be restored, if anything.
    pub fn open(index: Index) -> (Library, Option<String>) {
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
        let mut shelf = Shelf::new(index);
        let mut own = Vec::new();
        let mut problems = Vec::new();
        if !saved.is_empty() {
            // start.js fetched what the reader's articles are analysed with.
            let mut notes: Vec<String> = crate::corpus::install_fetched_lexicon()
                .into_iter()
                .collect();
            match crate::corpus::fetched_frequencies() {
                Ok(frequencies) => shelf.set_frequencies(frequencies),
                Err(e) => notes.push(e),
            }
            if !notes.is_empty() {
                message = Some(notes.join(" "));
            }
        }
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
                    let loaded = shelf.analyse(article);
                    shelf.add_own(loaded);
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
            let text = format!(
                "Some saved articles could not be cleaned and are left out of the comparison (they stay saved): {}.",
                problems.join("; ")
            );
            message = Some(message.map_or(text.clone(), |m| format!("{m} {text}")));
        }
        let library = Library {
            own: RwSignal::new(own),
            shelf: RwSignal::new(shelf),
            keeping: RwSignal::new(keeping),
        };
        (library, message)
    }

    /// Fetches the bundled article at `index` unless it is at hand, on its way, or
    /// known to be broken; the shelf gets it, or its problem, when the fetch ends.
    pub fn load(&self, index: usize) {
        let Some(id) = self.shelf.with_untracked(|s| {
            s.wants(index)
                .then(|| s.id(index).map(str::to_string))
                .flatten()
        }) else {
            return;
        };
        if !LOADING.with(|l| l.borrow_mut().insert(index)) {
            return;
        }
        let shelf = self.shelf;
        leptos::task::spawn_local(async move {
            let result = crate::corpus::article(&id).await;
            LOADING.with(|l| l.borrow_mut().remove(&index));
            shelf.update(|s| match result {
                Ok(loaded) => s.insert(index, loaded),
                Err(problem) => s.fail(index, problem),
            });
        });
    }

    /// Makes sure what a reader's own article is analysed with is here: the lexicon and
    /// the corpus's frequencies. What could not be fetched is said, and the article is
    /// still analysed, less well.
    pub async fn prepare_own(&self) -> Option<String> {
        // Each step in a task of its own, with the page free between them: together
        // they would block it for half a second (BENCHMARKS.md).
        let mut notes: Vec<String> = crate::corpus::install_lexicon().await.into_iter().collect();
        next_task().await;
        if !self.shelf.with_untracked(Shelf::has_frequencies) {
            match crate::corpus::frequencies().await {
                Ok(frequencies) => self.shelf.update(|s| s.set_frequencies(frequencies)),
                Err(e) => notes.push(e),
            }
            next_task().await;
        }
        // The gazetteer's automaton, built once, otherwise by the first analysis.
        overlap_core::entities::gazetteer::Gazetteer::shipped();
        next_task().await;
        (!notes.is_empty()).then(|| notes.join(" "))
    }

    /// Cleans `text` as a new article of the reader's and analyses it, or says why it
    /// cannot be used. Nothing changes yet: [`Library::add`] adds it. (Two steps, so
    /// that the page can draw a frame between the analysis and the drawing of the new
    /// comparison.)
    pub fn clean(&self, name: &str, text: &str, html: bool) -> Result<Cleaned, String> {
        check_size(text.len(), html)?;
        let id = self.own.with_untracked(|own| {
            self.shelf
                .with_untracked(|shelf| next_id(own, |id| shelf.position(id).is_some()))
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
        let loaded = self.shelf.with_untracked(|s| s.analyse(article));
        Ok(Cleaned {
            saved,
            label,
            loaded,
        })
    }

    /// Adds a cleaned article, and stores the reader's articles.
    pub fn add(&self, cleaned: Cleaned) -> Added {
        let Cleaned {
            saved,
            label,
            loaded,
        } = cleaned;
        self.own.update(|own| {
            own.push(Own {
                saved,
                label: label.clone(),
                stored: false,
                problem: None,
            })
        });
        let mut index = 0;
        self.shelf.update(|s| index = s.add_own(loaded));
        let kept = self.store();
        let message = match kept {
            Ok(()) => format!("Added “{label}”. It is kept in this browser until you remove it."),
            Err(reason) => format!(
                "Added “{label}” for this visit only: {reason}. Keep a copy of its text, or remove one of your articles."
            ),
        };
        Added { index, message }
    }

    /// Removes one of the reader's articles and stores the rest. Returns the position
    /// it had, and what could not be stored, if anything.
    pub fn remove(&self, id: &str) -> (Option<usize>, Option<String>) {
        self.own.update(|own| own.retain(|o| o.saved.id != id));
        let mut removed = None;
        self.shelf.update(|s| removed = s.remove_own(id));
        let message = self.store().err().map(|reason| {
            format!("The article is removed here, but storage was not updated: {reason}.")
        });
        (removed, message)
    }

    /// Deletes unreadable saved data (after the reader downloaded it, or chose not
    /// to), then stores the current articles.
    pub fn forget_unreadable(&self) -> Result<(), String> {
        storage::clear()?;
        self.keeping.set(Keeping::Stored);
        self.store()
    }

    /// What the article at `index` is called: its title; for an untitled capture its
    /// opening words; for the reader's own, "Yours: " and its title or file name.
    pub fn title(&self, shelf: &Shelf, index: usize) -> String {
        if let Some(entry) = shelf.entry(index) {
            return entry
                .title
                .clone()
                .unwrap_or_else(|| format!("Untitled: “{}…”", entry.opening));
        }
        let Some(id) = shelf.id(index) else {
            return String::new();
        };
        let own = self.own.with(|own| {
            own.iter()
                .find(|o| o.saved.id == id)
                .map(|o| o.label.clone())
        });
        format!("Yours: {}", own.unwrap_or_else(|| id.to_string()))
    }

    /// What is said of the article at `index` beside its title: outlet and date.
    pub fn details(&self, shelf: &Shelf, index: usize) -> String {
        let Some(entry) = shelf.entry(index) else {
            return String::new();
        };
        let date = entry
            .date
            .as_deref()
            .map(|d| overlap_core::date_in_words(day(d), None));
        [entry.outlet.as_deref(), date.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The article's full label: title, then outlet and date.
    pub fn label(&self, shelf: &Shelf, index: usize) -> String {
        let title = self.title(shelf, index);
        match self.details(shelf, index) {
            details if details.is_empty() => title,
            details => format!("{title} ({details})"),
        }
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

/// Resolves in a later task, after the page has had the chance to draw.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let waiting = web_sys::window().and_then(|w| w.set_timeout_with_callback(&resolve).ok());
        if waiting.is_none() {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

thread_local! {
    /// The bundled articles being fetched, so that each is fetched once.
    static LOADING: std::cell::RefCell<std::collections::BTreeSet<usize>> =
        const { std::cell::RefCell::new(std::collections::BTreeSet::new()) };
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
