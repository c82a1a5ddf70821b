//! Key terms: the nouns and noun phrases an article uses, matched by stem.
//!
//! A term is a word a reader takes as a topic: not a stop word, a number, a time word
//! ("tuesday", "minutes"), a number written out, a verb of saying, or a common verb,
//! adjective or adverb ("believe", "economic", "probably": the lexicon's parts of
//! speech), and not part of an entity's name. It is matched on its English stem
//! ("sanctions" and "sanction" are one term) while every occurrence keeps its own
//! range, so the reader sees their own words highlighted. Where the text uses a phrase,
//! the phrase is a term too: a noun after a noun or an adjective ("minerals deal",
//! "foreign policy"). A hyphenated word is one term ("president-elect").

use crate::lexicon::NotTopic;
use crate::text::{Word, data_lines, is_stop_word, normalize, stem, strip_possessive};
use rustc_hash::FxHashMap;
use rustc_hash::FxHashSet;
use serde::{Deserialize, Serialize};
use std::ops::Range;
use std::sync::OnceLock;

/// One term of an article and where it occurs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

/// One occurrence of a term. Written as `[paragraph, start, end, sentence]`: an
/// article has hundreds, and the page fetches them with every article (`archive`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "[usize; 4]", from = "[usize; 4]")]
pub struct TermOccurrence {
    /// Index of the paragraph in the body.
    pub paragraph: usize,
    /// Byte range inside that paragraph.
    pub range: Range<usize>,
    /// Index of the sentence in the article.
    pub sentence: usize,
}

impl From<TermOccurrence> for [usize; 4] {
    fn from(o: TermOccurrence) -> [usize; 4] {
        [o.paragraph, o.range.start, o.range.end, o.sentence]
    }
}

impl From<[usize; 4]> for TermOccurrence {
    fn from([paragraph, start, end, sentence]: [usize; 4]) -> TermOccurrence {
        TermOccurrence {
            paragraph,
            range: start..end,
            sentence,
        }
    }
}

/// A term's occurrences and written forms while they are being gathered.
struct Gathered {
    key: String,
    phrase: bool,
    occurrences: Vec<TermOccurrence>,
    /// Written forms as indices into the article's distinct words (the second one for
    /// phrases), with how often each is used.
    forms: Vec<((u32, u32), usize)>,
}

/// No second word: the form of a single-word term.
const NONE: u32 = u32::MAX;

/// Words that are never terms (`data/terms/not-terms.txt`): time words, numbers
/// written out, verbs of saying.
fn not_terms() -> &'static FxHashSet<&'static str> {
    static LIST: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    LIST.get_or_init(|| {
        data_lines(list!("terms/not-terms.txt"))
            .map(str::trim)
            .collect()
    })
}

/// True for a word, in lower case, that is never a term: a time word, a number written
/// out, a verb of saying. Such a word with a capital opening a sentence is no name either.
pub fn is_never_a_term(lower: &str) -> bool {
    not_terms().contains(lower)
}

/// What a word can be in a term.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// A topic: a term alone, or the head of a phrase.
    Topic,
    /// An adjective: only the first word of a phrase ("foreign policy").
    Modifier,
}

/// The distinct words of an article that can be terms, each normalised and stemmed once.
#[derive(Default)]
struct Vocabulary<'a> {
    /// By the word as written: its index in `forms`, or `None` if it is no term.
    by_text: FxHashMap<&'a str, Option<u32>>,
    /// By normal form, so "Sanctions" and "sanctions" are one form.
    by_normal: FxHashMap<String, u32>,
    /// (normal form, stem, role).
    forms: Vec<(String, String, Role)>,
}

impl<'a> Vocabulary<'a> {
    fn lookup(&mut self, text: &'a str) -> Option<u32> {
        if let Some(&known) = self.by_text.get(text) {
            return known;
        }
        // The written form keeps a possessive ("hotel's owner" is what the text says);
        // the judgement and the stem do not.
        let normal = normalize(text);
        let bare = normalize(strip_possessive(text));
        let letters = bare.chars().filter(|c| c.is_alphabetic()).count();
        let role = if letters < 3
            || !bare.chars().next().is_some_and(char::is_alphabetic)
            || is_stop_word(&bare)
            || not_terms().contains(bare.as_str())
        {
            None
        } else {
            // A hyphenated word is judged by its last part: "president-elect" is a
            // topic as "elect" is not a common verb form on its own here.
            let head = bare.rsplit('-').next().unwrap_or(&bare);
            match crate::lexicon::shipped().not_topic(head) {
                None => Some(Role::Topic),
                Some(NotTopic::Adjective) if !bare.contains('-') => Some(Role::Modifier),
                Some(_) if bare.contains('-') => Some(Role::Topic),
                Some(_) => None,
            }
        };
        let id = match (role, self.by_normal.get(&normal)) {
            (None, _) => None,
            (Some(_), Some(&id)) => Some(id),
            (Some(role), None) => {
                let id = self.forms.len() as u32;
                self.by_normal.insert(normal.clone(), id);
                let stem = bare.split('-').map(stem).collect::<Vec<_>>().join("-");
                self.forms.push((normal, stem, role));
                Some(id)
            }
        };
        self.by_text.insert(text, id);
        id
    }

    fn normal(&self, id: u32) -> &str {
        self.forms.get(id as usize).map_or("", |f| f.0.as_str())
    }

    fn stem(&self, id: u32) -> &str {
        self.forms.get(id as usize).map_or("", |f| f.1.as_str())
    }

    fn role(&self, id: u32) -> Role {
        self.forms.get(id as usize).map_or(Role::Modifier, |f| f.2)
    }
}

/// The words of a paragraph with hyphenated ones joined: "President-elect" is one.
fn joined_words<'a>(text: &'a str, words: &[Word<'a>]) -> Vec<Word<'a>> {
    let mut joined: Vec<Word<'a>> = Vec::with_capacity(words.len());
    for word in words {
        if let Some(last) = joined.last_mut()
            && word.range.start == last.range.end + 1
            && text.as_bytes().get(last.range.end) == Some(&b'-')
            && let Some(whole) = text.get(last.range.start..word.range.end)
        {
            last.text = whole;
            last.range.end = word.range.end;
            continue;
        }
        joined.push(word.clone());
    }
    joined
}

/// The terms of an article, by key. `paragraph_words[p]` are the words of paragraph
/// `paragraphs[p]`; `inside_entity(p, range)` says whether a word belongs to an
/// entity's name.
pub fn extract<'a>(
    paragraphs: &'a [String],
    paragraph_words: &[Vec<Word<'a>>],
    inside_entity: impl Fn(usize, &Range<usize>) -> bool,
    sentence_of: impl Fn(usize, usize) -> usize,
) -> Vec<Term> {
    let mut vocabulary = Vocabulary::default();
    let mut index: FxHashMap<String, usize> = FxHashMap::default();
    let mut gathered: Vec<Gathered> = Vec::new();
    let mut key = String::new();
    let mut add = |key: &str, phrase: bool, form: (u32, u32), occurrence: TermOccurrence| {
        let slot = match index.get(key) {
            Some(&slot) => slot,
            None => {
                index.insert(key.to_string(), gathered.len());
                gathered.push(Gathered {
                    key: key.to_string(),
                    phrase,
                    occurrences: Vec::new(),
                    forms: Vec::new(),
                });
                gathered.len() - 1
            }
        };
        let entry = &mut gathered[slot];
        entry.occurrences.push(occurrence);
        match entry.forms.iter_mut().find(|(f, _)| *f == form) {
            Some((_, count)) => *count += 1,
            None => entry.forms.push((form, 1)),
        }
    };
    for (paragraph, (text, words)) in paragraphs.iter().zip(paragraph_words).enumerate() {
        let words = joined_words(text, words);
        let mut previous: Option<(u32, usize)> = None; // (form, start byte)
        for word in &words {
            let id = if inside_entity(paragraph, &word.range) {
                None
            } else {
                vocabulary.lookup(word.text)
            };
            let Some(id) = id else {
                previous = None;
                continue;
            };
            let sentence = sentence_of(paragraph, word.range.start);
            if let Some((before, start)) = previous.filter(|_| {
                word.joined_to_previous
                    && !word.starts_sentence
                    && vocabulary.role(id) == Role::Topic
            }) {
                key.clear();
                key.push_str(vocabulary.stem(before));
                key.push(' ');
                key.push_str(vocabulary.stem(id));
                add(
                    &key,
                    true,
                    (before, id),
                    TermOccurrence {
                        paragraph,
                        range: start..word.range.end,
                        sentence,
                    },
                );
            }
            if vocabulary.role(id) == Role::Topic {
                add(
                    vocabulary.stem(id),
                    false,
                    (id, NONE),
                    TermOccurrence {
                        paragraph,
                        range: word.range.clone(),
                        sentence,
                    },
                );
            }
            previous = Some((id, word.range.start));
        }
    }
    let mut terms: Vec<Term> = gathered
        .into_iter()
        .map(|g| {
            let written = |(a, b): (u32, u32)| {
                if b == NONE {
                    vocabulary.normal(a).to_string()
                } else {
                    format!("{} {}", vocabulary.normal(a), vocabulary.normal(b))
                }
            };
            // The most used written form; ties go to the alphabetically first, for determinism.
            let term = g
                .forms
                .iter()
                .map(|&(form, count)| (written(form), count))
                .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
                .map(|(form, _)| form)
                .unwrap_or_default();
            Term {
                key: g.key,
                term,
                phrase: g.phrase,
                occurrences: g.occurrences,
            }
        })
        .collect();
    crate::order::sort_by(&mut terms, |a, b| a.key.cmp(&b.key));
    terms
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words;

    fn terms_of(text: &str) -> Vec<(String, String, usize)> {
        let paragraphs = vec![text.to_string()];
        let words = vec![words(text)];
        extract(&paragraphs, &words, |_, _| false, |_, _| 0)
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
                "a noun after an adjective forms a phrase; the adjective is no term",
                "economic policy",
                &[
                    ("econom polici", "economic policy", 1),
                    ("polici", "policy", 1),
                ],
            ),
            (
                "a noun after a noun forms a phrase",
                "minerals deal",
                &[
                    ("deal", "deal", 1),
                    ("miner", "minerals", 1),
                    ("miner deal", "minerals deal", 1),
                ],
            ),
            (
                "punctuation breaks a phrase",
                "policy, minerals",
                &[("miner", "minerals", 1), ("polici", "policy", 1)],
            ),
            (
                "time words, numbers in words, verbs of saying and common verbs and adverbs are no terms",
                "On Tuesday morning three officials said they believe it will probably grow.",
                &[("offici", "officials", 1)],
            ),
            (
                "a hyphenated word is one term",
                "The president-elect met the president.",
                &[
                    ("presid", "president", 1),
                    ("presid-elect", "president-elect", 1),
                ],
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
        let paragraphs = vec!["Putin sanctions reporters".to_string()];
        let words = vec![words(&paragraphs[0])];
        let terms = extract(&paragraphs, &words, |_, r| r.start == 0, |_, _| 0);
        let keys: Vec<&str> = terms.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(keys, vec!["report", "sanction", "sanction report"]);
    }
}
