//! The word lists behind entity recognition, loaded from `data/entities/`.
//!
//! Known names (places with their aliases and demonyms, organisations, people with
//! transliterations, named events and treaties) and the titles that precede a person's
//! name are compiled into one Aho-Corasick automaton, so one pass over a paragraph finds
//! them all, longest first. The remaining lists are small sets of single words: head
//! words that give an unknown name its kind, and capitalised words that are not names.

use super::EntityKind;
use crate::text::data_lines;
use aho_corasick::MatchKind;
use aho_corasick::dfa::DFA;
use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

/// A real-world entity the lists know by name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KnownEntity {
    /// The name shown for it, e.g. "United States".
    pub canonical: String,
    /// What it is.
    pub kind: EntityKind,
}

/// How a surface form refers to its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Via {
    /// Its canonical name or an alias ("U.S.", "Kiev").
    Name,
    /// A demonym or adjective of a place ("Russian").
    Demonym,
}

/// What a pattern of the automaton stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pattern {
    /// A name of a known entity (index into [`Gazetteer::entities`]).
    Entity(usize, Via),
    /// A title that may precede a person's name ("President", "Gov.").
    Title,
}

/// All lists, compiled once.
pub struct Gazetteer {
    /// Every known entity.
    pub entities: Vec<KnownEntity>,
    /// One automaton over every surface form and title; pattern ids index `patterns`.
    pub automaton: DFA,
    /// What each pattern of the automaton stands for.
    pub patterns: Vec<Pattern>,
    not_entities: HashSet<&'static str>,
    org_words: HashSet<&'static str>,
    other_words: HashSet<&'static str>,
    place_words: HashSet<&'static str>,
}

impl Gazetteer {
    /// The lists shipped with the crate.
    pub fn shipped() -> &'static Gazetteer {
        static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
        GAZETTEER.get_or_init(|| {
            Gazetteer::build(&Sources {
                people: list!("entities/people.tsv"),
                organizations: list!("entities/organizations.tsv"),
                other: list!("entities/other.tsv"),
                places: list!("entities/places.tsv"),
                titles: list!("entities/titles.txt"),
                not_entities: list!("entities/not-entities.txt"),
                org_words: list!("entities/org-words.txt"),
                other_words: list!("entities/other-words.txt"),
                place_words: list!("entities/place-words.txt"),
            })
        })
    }

    /// Compiles lists given as the text of the data files. A surface form listed twice
    /// keeps its first entity: people, then organisations, other names, then places.
    pub fn build(sources: &Sources) -> Gazetteer {
        let mut entities = Vec::new();
        let mut surfaces: Vec<String> = Vec::new();
        let mut patterns = Vec::new();
        let mut seen: HashSet<String> = HashSet::default();
        let mut add = |surface: &str,
                       pattern: Pattern,
                       surfaces: &mut Vec<String>,
                       patterns: &mut Vec<Pattern>| {
            let surface = surface.trim();
            if !surface.is_empty() && seen.insert(surface.to_string()) {
                surfaces.push(surface.to_string());
                patterns.push(pattern);
            }
        };
        let lists = [
            (sources.people, EntityKind::Person),
            (sources.organizations, EntityKind::Organization),
            (sources.other, EntityKind::Other),
            (sources.places, EntityKind::Place),
        ];
        for (file, kind) in lists {
            for line in data_lines(file) {
                let mut columns = line.split('\t');
                let canonical = columns.next().unwrap_or("").trim();
                if canonical.is_empty() {
                    continue;
                }
                // places.tsv has a kind column (country, city, …) before the aliases.
                if kind == EntityKind::Place {
                    columns.next();
                }
                let aliases = columns.next().unwrap_or("");
                let demonyms = columns.next().unwrap_or("");
                let index = entities.len();
                entities.push(KnownEntity {
                    canonical: canonical.to_string(),
                    kind,
                });
                add(
                    canonical,
                    Pattern::Entity(index, Via::Name),
                    &mut surfaces,
                    &mut patterns,
                );
                for alias in aliases.split('|') {
                    add(
                        alias,
                        Pattern::Entity(index, Via::Name),
                        &mut surfaces,
                        &mut patterns,
                    );
                }
                for demonym in demonyms.split('|') {
                    add(
                        demonym,
                        Pattern::Entity(index, Via::Demonym),
                        &mut surfaces,
                        &mut patterns,
                    );
                }
            }
        }
        for title in data_lines(sources.titles) {
            add(title, Pattern::Title, &mut surfaces, &mut patterns);
        }
        let automaton = DFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&surfaces)
            .unwrap_or_else(|_| DFA::new(Vec::<String>::new()).expect("an empty automaton builds"));
        Gazetteer {
            entities,
            automaton,
            patterns,
            not_entities: word_set(sources.not_entities),
            org_words: word_set(sources.org_words),
            other_words: word_set(sources.other_words),
            place_words: word_set(sources.place_words),
        }
    }

    /// True for capitalised words that are not names on their own ("January", "However").
    pub fn is_not_entity(&self, word: &str) -> bool {
        self.not_entities.contains(word)
    }

    /// The kind that a name ending in `head` has ("… Ministry" is an organisation).
    pub fn kind_of_head(&self, head: &str) -> Option<EntityKind> {
        if self.org_words.contains(head) {
            Some(EntityKind::Organization)
        } else if self.other_words.contains(head) {
            Some(EntityKind::Other)
        } else if self.place_words.contains(head) {
            Some(EntityKind::Place)
        } else {
            None
        }
    }
}

/// The text of each data file, for [`Gazetteer::build`].
pub struct Sources {
    /// `people.tsv`: canonical TAB aliases.
    pub people: &'static str,
    /// `organizations.tsv`: canonical TAB aliases.
    pub organizations: &'static str,
    /// `other.tsv`: canonical TAB aliases (events, treaties, documents).
    pub other: &'static str,
    /// `places.tsv`: canonical TAB kind TAB aliases TAB demonyms.
    pub places: &'static str,
    /// `titles.txt`: one title a line.
    pub titles: &'static str,
    /// `not-entities.txt`: one word a line.
    pub not_entities: &'static str,
    /// `org-words.txt`: one head word a line.
    pub org_words: &'static str,
    /// `other-words.txt`: one head word a line.
    pub other_words: &'static str,
    /// `place-words.txt`: one head word a line.
    pub place_words: &'static str,
}

fn word_set(file: &'static str) -> HashSet<&'static str> {
    data_lines(file).map(str::trim).collect()
}
