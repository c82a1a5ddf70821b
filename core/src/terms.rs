//! Key terms: the words and two-word phrases an article uses, matched by stem.
//!
//! A term is every word that is not a stop word, a number or part of an entity's name,
//! matched on its English stem ("sanctions" and "sanction" are one term) while every
//! occurrence keeps its own range, so the reader sees their own words highlighted.
//! Two such words side by side in a sentence also form a phrase ("foreign policy").

use crate::text::{Word, is_stop_word, normalize, stem, strip_possessive};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

/// One term of an article and where it occurs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Term {
    /// The matching key: the stem, or two stems for a phrase ("foreign polici").
    pub key: String,
    /// The term in the reader's words: its most frequent written form, lower-cased.
    pub term: String,
    /// True for a two-word phrase.
    pub phrase: bool,
    /// Where it occurs.
    pub occurrences: Vec<TermOccurrence>,
}

/// One occurrence of a term.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TermOccurrence {
    /// Index of the paragraph in the body.
    pub paragraph: usize,
    /// Byte range inside that paragraph.
    pub range: Range<usize>,
    /// Index of the sentence in the article.
    pub sentence: usize,
}

/// A term's occurrences and written forms while they are being gathered.
#[derive(Default)]
struct Gathered {
    phrase: bool,
    occurrences: Vec<TermOccurrence>,
    forms: HashMap<String, usize>,
}

/// A word that can be a term, with its stem.
struct Candidate<'a> {
    word: &'a Word<'a>,
    normal: String,
    stem: String,
}

/// The terms of an article. `paragraph_words[p]` are the words of paragraph `p`;
/// `inside_entity(p, range)` says whether a word belongs to an entity's name.
pub fn extract(
    paragraph_words: &[Vec<Word<'_>>],
    inside_entity: impl Fn(usize, &Range<usize>) -> bool,
    sentence_of: impl Fn(usize, usize) -> usize,
) -> Vec<Term> {
    let mut gathered: BTreeMap<String, Gathered> = BTreeMap::new();
    let mut add = |key: String, phrase: bool, written: String, occurrence: TermOccurrence| {
        let entry = gathered.entry(key).or_insert_with(|| Gathered {
            phrase,
            ..Gathered::default()
        });
        entry.occurrences.push(occurrence);
        *entry.forms.entry(written).or_default() += 1;
    };
    for (paragraph, words) in paragraph_words.iter().enumerate() {
        let mut previous: Option<Candidate<'_>> = None;
        for word in words {
            let candidate = term_candidate(word).filter(|_| !inside_entity(paragraph, &word.range));
            let Some(candidate) = candidate else {
                previous = None;
                continue;
            };
            let sentence = sentence_of(paragraph, word.range.start);
            if let Some(before) = previous
                .as_ref()
                .filter(|_| word.joined_to_previous && !word.starts_sentence)
            {
                add(
                    format!("{} {}", before.stem, candidate.stem),
                    true,
                    format!("{} {}", before.normal, candidate.normal),
                    TermOccurrence {
                        paragraph,
                        range: before.word.range.start..word.range.end,
                        sentence,
                    },
                );
            }
            add(
                candidate.stem.clone(),
                false,
                candidate.normal.clone(),
                TermOccurrence {
                    paragraph,
                    range: word.range.clone(),
                    sentence,
                },
            );
            previous = Some(candidate);
        }
    }
    gathered
        .into_iter()
        .map(
            |(
                key,
                Gathered {
                    phrase,
                    occurrences,
                    forms,
                },
            )| {
                // The most used written form; ties go to the alphabetically first, for determinism.
                let term = forms
                    .into_iter()
                    .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
                    .map(|(form, _)| form)
                    .unwrap_or_default();
                Term {
                    key,
                    term,
                    phrase,
                    occurrences,
                }
            },
        )
        .collect()
}

fn term_candidate<'a>(word: &'a Word<'a>) -> Option<Candidate<'a>> {
    let normal = normalize(strip_possessive(word.text));
    let letters = normal.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 3
        || !normal.chars().next().is_some_and(char::is_alphabetic)
        || is_stop_word(&normal)
    {
        return None;
    }
    let stem = stem(&normal);
    Some(Candidate { word, normal, stem })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words;

    fn terms_of(text: &str) -> Vec<(String, String, usize)> {
        let words = vec![words(text)];
        extract(&words, |_, _| false, |_, _| 0)
            .into_iter()
            .map(|t| (t.key, t.term, t.occurrences.len()))
            .collect()
    }

    #[test]
    fn terms_by_behaviour() {
        let cases: &[(&str, &str, &[(&str, &str, usize)])] = &[
            (
                "stems join singular and plural",
                "Sanctions, sanctions; the sanction.",
                &[("sanction", "sanctions", 3)],
            ),
            (
                "stop words and numbers are not terms",
                "It is 2024 and he is here.",
                &[],
            ),
            (
                "adjacent words form a phrase",
                "foreign policy",
                &[
                    ("foreign", "foreign", 1),
                    ("foreign polici", "foreign policy", 1),
                    ("polici", "policy", 1),
                ],
            ),
            (
                "punctuation breaks a phrase",
                "policy, foreign",
                &[("foreign", "foreign", 1), ("polici", "policy", 1)],
            ),
        ];
        for (name, text, expected) in cases {
            let expected: Vec<(String, String, usize)> = expected
                .iter()
                .map(|(k, t, n)| (k.to_string(), t.to_string(), *n))
                .collect();
            assert_eq!(terms_of(text), expected, "case: {name}");
        }
    }

    #[test]
    fn entity_words_are_not_terms() {
        let words = vec![words("Putin met reporters")];
        let terms = extract(&words, |_, r| r.start == 0, |_, _| 0);
        let keys: Vec<&str> = terms.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(keys, vec!["met", "met report", "report"]);
    }
}
