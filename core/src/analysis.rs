//! One article, analysed: its sentences, entities, terms and the index that finds
//! shared passages. Analysis is done once per article; comparing two analysed
//! articles is then cheap.
//!
//! It runs in two steps so that a corpus can resolve surnames across articles without
//! reading any article twice: [`Prepared`] holds what needs only the article itself
//! (words, sentences, candidate names); [`Prepared::finish`] resolves the names against
//! the corpus's people and gathers terms and passages.

use crate::compare::passages::PassageIndex;
use crate::entities::{Candidates, Entity, KnownPeople, resolve};
use crate::ingest::Article;
use crate::terms::{Term, extract};
use crate::text::{Word, words};
use std::ops::Range;

/// What the core found in one article's body.
#[derive(Clone, Debug)]
pub struct Analysis {
    /// Entities, most mentioned first.
    pub entities: Vec<Entity>,
    /// Terms and phrases, by key.
    pub terms: Vec<Term>,
    /// How many sentences the body has.
    pub sentence_count: usize,
    /// The body's words in matching form, for finding shared passages.
    pub passages: PassageIndex,
}

/// An article read once: its words, sentences and candidate names.
pub struct Prepared<'a> {
    article: &'a Article,
    words: Vec<Vec<Word<'a>>>,
    /// Per paragraph: (byte where a sentence starts, its index in the article).
    sentence_starts: Vec<Vec<(usize, usize)>>,
    sentence_count: usize,
    candidates: Candidates,
}

impl<'a> Prepared<'a> {
    /// Reads the article's body.
    pub fn new(article: &'a Article) -> Prepared<'a> {
        let words: Vec<Vec<Word<'a>>> = article.body.iter().map(|p| words(p)).collect();
        let mut sentence_count = 0;
        let sentence_starts = words
            .iter()
            .map(|words| {
                words
                    .iter()
                    .filter(|w| w.starts_sentence)
                    .map(|w| {
                        sentence_count += 1;
                        (w.range.start, sentence_count - 1)
                    })
                    .collect()
            })
            .collect();
        let candidates = Candidates::find(&article.body, &words);
        Prepared {
            article,
            words,
            sentence_starts,
            sentence_count,
            candidates,
        }
    }

    fn sentence_of(&self, paragraph: usize, at: usize) -> usize {
        let Some(starts) = self.sentence_starts.get(paragraph) else {
            return 0;
        };
        let i = starts.partition_point(|(start, _)| *start <= at);
        starts
            .get(i.saturating_sub(1))
            .map_or(0, |(_, sentence)| *sentence)
    }

    /// The entities, resolved with `known` people from the rest of the corpus.
    pub fn entities(&self, known: &KnownPeople) -> Vec<Entity> {
        resolve(&self.article.body, &self.candidates, known, |p, at| {
            self.sentence_of(p, at)
        })
    }

    /// The whole analysis, with names resolved against `known` people.
    pub fn finish(&self, known: &KnownPeople) -> Analysis {
        let entities = self.entities(known);
        let mut entity_ranges: Vec<Vec<Range<usize>>> = vec![Vec::new(); self.article.body.len()];
        for occurrence in entities.iter().flat_map(|e| &e.occurrences) {
            entity_ranges[occurrence.paragraph].push(occurrence.range.clone());
        }
        let inside_entity = |paragraph: usize, range: &Range<usize>| {
            // Overlap, not containment: "Putin's" is a word whose "Putin" is the entity.
            entity_ranges[paragraph]
                .iter()
                .any(|e| e.start < range.end && range.start < e.end)
        };
        let terms = extract(&self.article.body, &self.words, inside_entity, |p, at| {
            self.sentence_of(p, at)
        });
        let passages = PassageIndex::new(&self.article.body, &self.words);
        Analysis {
            entities,
            terms,
            sentence_count: self.sentence_count,
            passages,
        }
    }
}

/// Analyses the body of `article`; `known` holds the people found across the corpus.
pub fn analyze(article: &Article, known: &KnownPeople) -> Analysis {
    Prepared::new(article).finish(known)
}
