//! One article, analysed: its sentences, entities, terms and the index that finds
//! shared passages. Analysis is done once per article; comparing two analysed
//! articles is then cheap.

use crate::compare::passages::PassageIndex;
use crate::entities::{Entity, KnownPeople, recognize};
use crate::ingest::Article;
use crate::terms::{Term, extract};
use crate::text::words;
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

/// Analyses the body of `article`; `known` holds the people found across the corpus.
pub fn analyze(article: &Article, known: &KnownPeople) -> Analysis {
    let paragraph_words: Vec<_> = article.body.iter().map(|p| words(p)).collect();

    // Sentence starts per paragraph, numbered across the article.
    let mut sentence_starts: Vec<Vec<(usize, usize)>> = Vec::with_capacity(paragraph_words.len());
    let mut sentence_count = 0;
    for words in &paragraph_words {
        let starts: Vec<(usize, usize)> = words
            .iter()
            .filter(|w| w.starts_sentence)
            .map(|w| {
                sentence_count += 1;
                (w.range.start, sentence_count - 1)
            })
            .collect();
        sentence_starts.push(starts);
    }
    let sentence_of = |paragraph: usize, at: usize| -> usize {
        let starts = &sentence_starts[paragraph];
        let i = starts.partition_point(|(start, _)| *start <= at);
        starts
            .get(i.saturating_sub(1))
            .map_or(0, |(_, sentence)| *sentence)
    };

    let entities = recognize(&article.body, known, sentence_of);
    let mut entity_ranges: Vec<Vec<Range<usize>>> = vec![Vec::new(); article.body.len()];
    for occurrence in entities.iter().flat_map(|e| &e.occurrences) {
        entity_ranges[occurrence.paragraph].push(occurrence.range.clone());
    }
    let inside_entity = |paragraph: usize, range: &Range<usize>| {
        // Overlap, not containment: "Putin's" is a word whose "Putin" is the entity.
        entity_ranges[paragraph]
            .iter()
            .any(|e| e.start < range.end && range.start < e.end)
    };
    let terms = extract(&paragraph_words, inside_entity, sentence_of);
    let passages = PassageIndex::new(&article.body, &paragraph_words);
    Analysis {
        entities,
        terms,
        sentence_count,
        passages,
    }
}
