//! The general lexicon: large lists compiled from open data by `scripts/lexicon.py`
//! into `data/lexicon.txt` (GeoNames places, census first names, SCOWL's common English
//! words, WordNet's parts of speech; the README names the licences).
//!
//! The lists are evidence, never the gate: a name that no list knows is still a name.
//! They answer four questions: is this a place's name, a first name, an ordinary English
//! word (so a capitalised one opening a sentence is no name), and is this word a verb
//! form, adjective or adverb (so a reader would not take it as a topic)?
//!
//! Natively the lexicon is compiled in. In WebAssembly it is not: the page fetches it
//! beside the wasm (so the wasm does not carry 90 KB of lists, and the two load in
//! parallel) and hands it over with [`install`]; until then, and if it never arrives,
//! the lists are empty and the rules decide alone. (By target, not by a cargo feature:
//! a build of the whole workspace would unify the feature into the wasm.)

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

/// What kind of place a name is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceKind {
    /// A country.
    Country,
    /// A state, province or region.
    Region,
    /// A city or town.
    City,
    /// A continent.
    Continent,
}

/// A common word that is not a noun.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotTopic {
    /// A verb form: "believe", "called", "growing".
    Verb,
    /// An adjective: "economic", "significant".
    Adjective,
    /// An adverb: "probably", "away".
    Adverb,
}

/// The lists, parsed.
#[derive(Debug, Default)]
pub struct Lexicon {
    places: FxHashMap<&'static str, PlaceKind>,
    first_names: FxHashSet<&'static str>,
    words: FxHashSet<&'static str>,
    not_topics: FxHashMap<&'static str, NotTopic>,
    /// The core's own word lists that travel with the lexicon to the page, by their
    /// path under `data/` ("entities/people.tsv"), as text.
    lists: FxHashMap<&'static str, &'static str>,
}

/// The core's word lists that the page receives in its lexicon file rather than in the
/// wasm: every list of the analysis (the cleaner's stay in the wasm, which needs them
/// before anything is fetched).
pub const PAGE_LISTS: [&str; 10] = [
    "entities/people.tsv",
    "entities/organizations.tsv",
    "entities/other.tsv",
    "entities/places.tsv",
    "entities/titles.txt",
    "entities/not-entities.txt",
    "entities/org-words.txt",
    "entities/other-words.txt",
    "entities/place-words.txt",
    "terms/not-terms.txt",
];

/// The lexicon file the page fetches: the general lexicon and [`PAGE_LISTS`], each list
/// in a section named by its path. Written by `overlap lexicon OUT` at build time.
#[cfg(not(target_arch = "wasm32"))]
pub fn page_file() -> String {
    let lists: [&str; 10] = [
        data_file!("entities/people.tsv"),
        data_file!("entities/organizations.tsv"),
        data_file!("entities/other.tsv"),
        data_file!("entities/places.tsv"),
        data_file!("entities/titles.txt"),
        data_file!("entities/not-entities.txt"),
        data_file!("entities/org-words.txt"),
        data_file!("entities/other-words.txt"),
        data_file!("entities/place-words.txt"),
        data_file!("terms/not-terms.txt"),
    ];
    let mut file = data_file!("lexicon.txt").to_string();
    for (name, text) in PAGE_LISTS.iter().zip(lists) {
        file.push_str(&format!("[{name}]\n{text}"));
        if !text.ends_with('\n') {
            file.push('\n');
        }
    }
    file
}

static INSTALLED: OnceLock<Lexicon> = OnceLock::new();

/// The lexicon in use: the installed one, else the one compiled in, else empty.
pub fn shipped() -> &'static Lexicon {
    INSTALLED.get_or_init(compiled_in)
}

#[cfg(not(target_arch = "wasm32"))]
fn compiled_in() -> Lexicon {
    Lexicon::parse(data_file!("lexicon.txt")).unwrap_or_default()
}

#[cfg(target_arch = "wasm32")]
fn compiled_in() -> Lexicon {
    Lexicon::default()
}

/// Whether a lexicon is in use already (installed, or the one compiled in after its
/// first use).
pub fn is_installed() -> bool {
    INSTALLED.get().is_some()
}

/// Installs the lexicon fetched by the page. It must come before the first analysis;
/// a second one, or one after the lists were first used, is refused.
pub fn install(text: String) -> Result<(), String> {
    let text: &'static str = Box::leak(text.into_boxed_str());
    let lexicon = Lexicon::parse(text)?;
    INSTALLED
        .set(lexicon)
        .map_err(|_| "the lexicon was already in use; it cannot be replaced".to_string())
}

impl Lexicon {
    /// Reads the lists from the text of `lexicon.txt`. A line outside a known section,
    /// or a place or part of speech it cannot read, is an error naming the line.
    pub fn parse(text: &'static str) -> Result<Lexicon, String> {
        let mut lexicon = Lexicon::default();
        let mut section = "";
        // Where the current list section's text starts, in bytes.
        let mut list_start = 0;
        let mut at = 0;
        for (number, line) in text.split_inclusive('\n').enumerate() {
            let line_start = at;
            at += line.len();
            let line = line.trim_end_matches(['\n', '\r']);
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                if section.contains('/') {
                    lexicon.lists.insert(section, &text[list_start..line_start]);
                }
                section = name;
                list_start = at;
                continue;
            }
            if line.is_empty() || line.starts_with('#') || section.contains('/') {
                continue;
            }
            let bad = |what: &str| format!("lexicon.txt, line {}: {what}: {line:?}", number + 1);
            match section {
                "places" => {
                    let (name, kind) = line.split_once('\t').ok_or_else(|| bad("no kind"))?;
                    let kind = match kind {
                        "country" => PlaceKind::Country,
                        "region" => PlaceKind::Region,
                        "city" => PlaceKind::City,
                        "continent" => PlaceKind::Continent,
                        _ => return Err(bad("unknown kind of place")),
                    };
                    lexicon.places.insert(name, kind);
                }
                "first-names" => {
                    lexicon.first_names.insert(line);
                }
                "words" => {
                    lexicon.words.insert(line);
                }
                "not-topics" => {
                    let (word, tag) = line.split_once('\t').ok_or_else(|| bad("no tag"))?;
                    let tag = match tag {
                        "v" => NotTopic::Verb,
                        "a" => NotTopic::Adjective,
                        "r" => NotTopic::Adverb,
                        _ => return Err(bad("unknown part of speech")),
                    };
                    lexicon.not_topics.insert(word, tag);
                }
                _ => return Err(bad("outside a known section")),
            }
        }
        if section.contains('/') {
            lexicon.lists.insert(section, &text[list_start..]);
        }
        Ok(lexicon)
    }

    /// The text of one of the core's word lists ([`PAGE_LISTS`]), empty if it did not
    /// come with the lexicon.
    pub fn list(&self, path: &str) -> &'static str {
        self.lists.get(path).copied().unwrap_or("")
    }

    /// The kind of place `name` is, as written ("Burbank", "San Diego").
    pub fn place(&self, name: &str) -> Option<PlaceKind> {
        self.places.get(name).copied()
    }

    /// True for a given name ("Priya", "Mark"), capitalised as in running text.
    pub fn is_first_name(&self, word: &str) -> bool {
        self.first_names.contains(word)
    }

    /// True for an ordinary English word, given in lower case ("poor", "rebuke").
    pub fn is_common_word(&self, lower: &str) -> bool {
        self.words.contains(lower)
    }

    /// The part of speech of a common word that is not a noun, given in lower case.
    pub fn not_topic(&self, lower: &str) -> Option<NotTopic> {
        self.not_topics.get(lower).copied()
    }

    /// True when no list was loaded.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.places.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_section_and_names_bad_lines() {
        let lexicon = Lexicon::parse(
            "[places]\nBurbank\tcity\n[first-names]\nPriya\n[words]\npoor\n[not-topics]\nbelieve\tv\n[terms/x.txt]\nsaid\n# kept\n",
        )
        .unwrap();
        assert_eq!(lexicon.list("terms/x.txt"), "said\n# kept\n");
        assert_eq!(lexicon.list("terms/y.txt"), "");
        assert_eq!(lexicon.place("Burbank"), Some(PlaceKind::City));
        assert!(lexicon.is_first_name("Priya"));
        assert!(lexicon.is_common_word("poor"));
        assert_eq!(lexicon.not_topic("believe"), Some(NotTopic::Verb));
        for (text, says) in [
            ("[places]\nBurbank\n", "line 2: no kind"),
            ("[places]\nBurbank\tplanet\n", "unknown kind of place"),
            ("Burbank\n", "outside a known section"),
            ("[not-topics]\nbelieve\tx\n", "unknown part of speech"),
        ] {
            let error = Lexicon::parse(text).unwrap_err();
            assert!(error.contains(says), "{error}");
        }
    }

    #[test]
    fn the_page_file_carries_every_list_the_analysis_reads() {
        let text: &'static str = Box::leak(page_file().into_boxed_str());
        let lexicon = Lexicon::parse(text).unwrap();
        for path in PAGE_LISTS {
            assert!(!lexicon.list(path).trim().is_empty(), "{path} is missing");
        }
        assert!(
            lexicon
                .list("entities/people.tsv")
                .contains("Vladimir Putin")
        );
        assert_eq!(lexicon.place("Burbank"), Some(PlaceKind::City));
    }

    #[test]
    fn the_shipped_lexicon_knows_places_names_and_words() {
        let lexicon = shipped();
        assert_eq!(lexicon.place("Anaheim"), Some(PlaceKind::City));
        assert!(lexicon.is_first_name("Roy"));
        assert!(lexicon.is_common_word("poor"));
        assert_eq!(lexicon.not_topic("probably"), Some(NotTopic::Adverb));
        assert_eq!(lexicon.not_topic("minerals"), None);
    }
}
