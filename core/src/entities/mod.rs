//! People, organisations, places and other named things, one per real-world entity.
//!
//! Recognition runs in three steps, each in its own file:
//!
//! 1. [`gazetteer`]: word lists from `data/entities/` (places with aliases and
//!    demonyms, organisations, people's transliterations, titles, head words).
//! 2. [`spans`]: each paragraph's capitalised spans are read as known names, titles,
//!    new names (judged by shape and head word) and single words.
//! 3. Resolution, here: single words ("Putin", "Obama") become the person whose
//!    surname they are, first within the article, then across the corpus; what cannot
//!    be resolved is dropped rather than guessed. Mentions are grouped by canonical name.
//!
//! Titles are stripped ("President Vladimir Putin" is Vladimir Putin), possessives too
//! ("Trump's"), and a demonym counts toward its place ("Russian" → Russia).

pub mod gazetteer;
pub mod spans;

use gazetteer::{Gazetteer, Via};
use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};
use spans::{Candidate, Evidence, Reading, is_suffix};
use std::collections::BTreeMap;
use std::ops::Range;

/// What kind of thing an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// A company, government body, party, medium, university, …
    Organization,
    /// A country, region, city, …
    Place,
    /// Events, treaties, documents, named media.
    Other,
}

impl EntityKind {
    /// The kind's name in the reader's words.
    pub fn label(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Other => "other",
        }
    }
}

/// One place in the body where an entity is mentioned. Written as `[paragraph, start,
/// end, sentence, demonym (0 or 1)]`, as compact as the page's article files need.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "[usize; 5]", from = "[usize; 5]")]
pub struct Occurrence {
    /// Index of the paragraph in the article's body.
    pub paragraph: usize,
    /// Byte range inside that paragraph.
    pub range: Range<usize>,
    /// Index of the sentence in the article, counting across paragraphs.
    pub sentence: usize,
    /// True when the mention is a demonym ("Russian" for Russia).
    pub demonym: bool,
}

/// One real-world entity as an article mentions it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// The canonical name ("Vladimir Putin", "United States").
    pub name: String,
    /// What it is.
    pub kind: EntityKind,
    /// The distinct surface forms as written in the text, in order of first use.
    pub mentions: Vec<String>,
    /// How many times it is mentioned.
    pub count: usize,
    /// Where it is mentioned.
    pub occurrences: Vec<Occurrence>,
}

impl From<Occurrence> for [usize; 5] {
    fn from(o: Occurrence) -> [usize; 5] {
        [
            o.paragraph,
            o.range.start,
            o.range.end,
            o.sentence,
            usize::from(o.demonym),
        ]
    }
}

impl From<[usize; 5]> for Occurrence {
    fn from([paragraph, start, end, sentence, demonym]: [usize; 5]) -> Occurrence {
        Occurrence {
            paragraph,
            range: start..end,
            sentence,
            demonym: demonym != 0,
        }
    }
}

/// Full names of people found across a corpus, for resolving a lone surname.
#[derive(Clone, Debug, Default)]
pub struct KnownPeople {
    by_surname: HashMap<String, Vec<(String, usize)>>,
}

impl KnownPeople {
    /// Adds the people among `entities`.
    pub fn add(&mut self, entities: &[Entity]) {
        for entity in entities.iter().filter(|e| e.kind == EntityKind::Person) {
            self.add_person(&entity.name, entity.count);
        }
    }

    /// Adds a person's full name, mentioned `mentions` times.
    pub fn add_person(&mut self, full_name: &str, mentions: usize) {
        for surname in surnames(full_name) {
            let names = self.by_surname.entry(surname).or_default();
            match names.iter_mut().find(|(name, _)| name == full_name) {
                Some((_, count)) => *count += mentions,
                None => names.push((full_name.to_string(), mentions)),
            }
        }
    }

    /// The full name a lone surname most likely stands for.
    fn resolve(&self, word: &str) -> Option<&str> {
        best_person(self.by_surname.get(word)?)
    }
}

/// The surnames a full name can be referred to by: "Bashar al-Assad" → "al-Assad",
/// "Assad". A one-word name has none.
fn surnames(name: &str) -> Vec<String> {
    let parts: Vec<&str> = name.split(' ').filter(|p| !is_suffix(p)).collect();
    if parts.len() < 2 {
        return Vec::new();
    }
    let last = parts[parts.len() - 1];
    let mut found = vec![last.to_string()];
    if let Some((_, after_particle)) = last.split_once('-')
        && after_particle
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    {
        found.push(after_particle.to_string());
    }
    found
}

/// Prefers the person without a suffix ("Donald Trump" over "Donald Trump Jr."), then
/// the one mentioned most, then the first by name, so the choice is deterministic.
fn best_person(names: &[(String, usize)]) -> Option<&str> {
    names
        .iter()
        .min_by(|a, b| {
            let suffixed = |n: &str| n.split(' ').any(is_suffix);
            suffixed(&a.0)
                .cmp(&suffixed(&b.0))
                .then(b.1.cmp(&a.1))
                .then(a.0.cmp(&b.0))
        })
        .map(|(name, _)| name.as_str())
}

/// The candidate names of every paragraph, found once per article: resolving them
/// against the corpus's people is a separate, cheap step ([`resolve`]).
#[derive(Clone, Debug, Default)]
pub struct Candidates {
    found: Vec<(usize, Candidate)>,
}

impl Candidates {
    /// Finds the candidates of paragraphs whose words are given.
    pub fn find(paragraphs: &[String], words: &[Vec<crate::text::Word<'_>>]) -> Candidates {
        let gazetteer = Gazetteer::shipped();
        let lower = spans::lower_case_words(words);
        let found = paragraphs
            .iter()
            .zip(words)
            .enumerate()
            .flat_map(|(p, (text, words))| {
                spans::candidates_in(text, words, &lower, gazetteer)
                    .into_iter()
                    .map(move |c| (p, c))
            })
            .collect();
        Candidates { found }
    }
}

/// The entities of an article's body, most mentioned first.
///
/// `sentence_of(paragraph, byte)` gives the sentence index of a position; `known`
/// holds the full names found elsewhere in the corpus.
pub fn recognize(
    paragraphs: &[String],
    known: &KnownPeople,
    sentence_of: impl Fn(usize, usize) -> usize,
) -> Vec<Entity> {
    let words: Vec<_> = paragraphs.iter().map(|p| crate::text::words(p)).collect();
    resolve(
        paragraphs,
        &Candidates::find(paragraphs, &words),
        known,
        sentence_of,
    )
}

/// Turns candidates into entities: lone surnames become the person they name in this
/// article or, failing that, in the corpus (`known`); mentions are grouped.
pub fn resolve(
    paragraphs: &[String],
    candidates: &Candidates,
    known: &KnownPeople,
    sentence_of: impl Fn(usize, usize) -> usize,
) -> Vec<Entity> {
    let gazetteer = Gazetteer::shipped();
    let found = &candidates.found;

    // Full names of people in this article, by surname, for resolving lone surnames.
    let mut people = KnownPeople::default();
    let mut full_names: BTreeMap<String, usize> = BTreeMap::new();
    for (_, candidate) in found {
        let name = match &candidate.reading {
            Reading::Named(name, EntityKind::Person, _) => name.as_str(),
            Reading::Known(index, _) if gazetteer.entities[*index].kind == EntityKind::Person => {
                gazetteer.entities[*index].canonical.as_str()
            }
            _ => continue,
        };
        *full_names.entry(name.to_string()).or_default() += 1;
    }
    let here: Vec<Entity> = full_names
        .into_iter()
        .map(|(name, count)| Entity {
            name,
            kind: EntityKind::Person,
            mentions: Vec::new(),
            count,
            occurrences: Vec::new(),
        })
        .collect();
    people.add(&here);

    let mut entities: Vec<Entity> = Vec::new();
    let mut index_of: HashMap<String, usize> = HashMap::default();
    // New names' kinds, voted by every mention: evidence counts more than shape.
    let mut votes: HashMap<String, [u32; 4]> = HashMap::default();
    let mut vote = |name: &str, kind: EntityKind, weight: u32| {
        votes.entry(name.to_string()).or_default()[kind as usize] += weight;
    };
    for (paragraph, candidate) in found {
        let paragraph = *paragraph;
        let (name, kind, demonym) = match &candidate.reading {
            Reading::Known(index, via) => {
                let known = &gazetteer.entities[*index];
                (known.canonical.clone(), known.kind, *via == Via::Demonym)
            }
            Reading::Named(name, kind, evidence) => {
                vote(
                    name,
                    *kind,
                    if *evidence == Evidence::Context { 3 } else { 1 },
                );
                (name.clone(), *kind, false)
            }
            Reading::Single {
                word,
                titled,
                name,
                kind,
            } => match people.resolve(word).or_else(|| known.resolve(word)) {
                Some(full) => (full.to_string(), EntityKind::Person, false),
                None if *titled => {
                    vote(word, EntityKind::Person, 3);
                    (word.clone(), EntityKind::Person, false)
                }
                None if *name => {
                    let kind = kind.unwrap_or(EntityKind::Other);
                    vote(word, kind, if kind == EntityKind::Other { 1 } else { 3 });
                    (word.clone(), kind, false)
                }
                None => continue,
            },
        };
        let surface = paragraphs[paragraph]
            .get(candidate.range.clone())
            .unwrap_or("")
            .to_string();
        let slot = *index_of.entry(name.clone()).or_insert_with(|| {
            entities.push(Entity {
                name,
                kind,
                mentions: Vec::new(),
                count: 0,
                occurrences: Vec::new(),
            });
            entities.len() - 1
        });
        let entity = &mut entities[slot];
        if !entity.mentions.contains(&surface) {
            entity.mentions.push(surface);
        }
        entity.count += 1;
        entity.occurrences.push(Occurrence {
            paragraph,
            sentence: sentence_of(paragraph, candidate.range.start),
            range: candidate.range.clone(),
            demonym,
        });
    }
    for entity in &mut entities {
        if let Some(votes) = votes.get(&entity.name) {
            let best = (0..4).max_by_key(|&k| (votes[k], std::cmp::Reverse(k)));
            entity.kind = match best {
                Some(0) => EntityKind::Person,
                Some(1) => EntityKind::Organization,
                Some(2) => EntityKind::Place,
                _ => EntityKind::Other,
            };
        }
    }
    let new_names: Vec<String> = votes.into_keys().collect();
    let mut entities = merge_short_forms(entities, &new_names);
    crate::order::sort_by(&mut entities, |a, b| {
        b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name))
    });
    entities
}

/// Within one article, a later short form of a name is the same entity: "the Foreign
/// Ministry" after "Russia's Foreign Ministry", "the Concept" is not merged (one word).
/// A short form that ends more than one longer name is ambiguous and left alone.
fn merge_short_forms(mut entities: Vec<Entity>, new_names: &[String]) -> Vec<Entity> {
    let mut merges: Vec<(usize, usize)> = Vec::new();
    for (short, entity) in entities.iter().enumerate() {
        // "UKHSA" after "UK Health Security Agency": an acronym of exactly one longer
        // name of the article is that name.
        if is_acronym(&entity.name) {
            let longer: Vec<usize> = entities
                .iter()
                .enumerate()
                .filter(|(_, e)| {
                    e.kind != EntityKind::Person
                        && e.name.contains(' ')
                        && initials(&e.name) == entity.name
                })
                .map(|(i, _)| i)
                .collect();
            if let [long] = longer.as_slice() {
                merges.push((short, *long));
            }
            continue;
        }
        // A new one-word name that is a word of exactly one longer new name is its short
        // form: "Vallen" after "Port Vallen", "Rovers" after "Ashdown Rovers".
        if !entity.name.contains(' ') && new_names.contains(&entity.name) {
            let longer: Vec<usize> = entities
                .iter()
                .enumerate()
                .filter(|(_, e)| {
                    e.name.contains(' ')
                        && new_names.contains(&e.name)
                        && e.name.split(' ').any(|w| w == entity.name)
                })
                .map(|(i, _)| i)
                .collect();
            if let [long] = longer.as_slice() {
                merges.push((short, *long));
            }
            continue;
        }
        if entity.kind == EntityKind::Person || !entity.name.contains(' ') {
            continue;
        }
        let suffix = format!(" {}", entity.name);
        let longer: Vec<usize> = entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == entity.kind && e.name.ends_with(&suffix))
            .map(|(i, _)| i)
            .collect();
        if let [long] = longer.as_slice() {
            merges.push((short, *long));
        }
    }
    for &(short, long) in &merges {
        let moved = std::mem::take(&mut entities[short].occurrences);
        let mentions = std::mem::take(&mut entities[short].mentions);
        let target = &mut entities[long];
        target.count += moved.len();
        target.occurrences.extend(moved);
        crate::order::sort_by_key(&mut target.occurrences, |o| {
            (o.paragraph, o.range.start, o.range.end)
        });
        for mention in mentions {
            if !target.mentions.contains(&mention) {
                target.mentions.push(mention);
            }
        }
    }
    entities.retain(|e| !e.occurrences.is_empty());
    entities
}

/// Two or more capitals and nothing else: "UKHSA", "NATO".
fn is_acronym(name: &str) -> bool {
    name.chars().count() >= 2 && name.chars().all(|c| c.is_uppercase())
}

/// The capitals that open a name's words, and a word that is itself an acronym:
/// "UK Health Security Agency" → "UKHSA", "Norwegian Institute of Marine Research" →
/// "NIMR".
fn initials(name: &str) -> String {
    name.split([' ', '-'])
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .map(|w| {
            if is_acronym(w) {
                w.to_string()
            } else {
                w.chars().take(1).collect()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
