//! Shared passages: runs of identical words in both articles, wherever they stand.
//!
//! Each word is hashed once in its matching form (lower case, apostrophes folded), and
//! every run of [`MIN_WORDS`] words (a shingle) gets a hash of its words' hashes; the
//! shingles are sorted. Two articles then share a passage where their shingle hashes
//! meet; each meeting is checked word by word and extended as far as both texts agree.
//! Words are compared by their 64-bit hashes: a collision between two different words
//! is about as likely as one in 10^19 pairs. Order in the texts does not matter, so a
//! moved paragraph or a quote placed elsewhere is still found.

use crate::text::Word;
use serde::Serialize;
use std::ops::Range;

/// The shortest run of words reported as a shared passage.
pub const MIN_WORDS: usize = 6;

/// At most this many places per shingle are paired, so that a phrase repeated
/// everywhere cannot make the comparison quadratic.
const MAX_PAIRS_PER_SHINGLE: usize = 16;

#[derive(Clone, Debug)]
struct IndexedWord {
    paragraph: usize,
    range: Range<usize>,
    /// Hash of the word's matching form.
    hash: u64,
}

/// FNV-1a over the word's matching form: lower case, with ’ ‘ ʼ folded to '. Computed
/// char by char, so no string is built.
pub(crate) fn word_hash(word: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut bytes = [0u8; 4];
    for c in word
        .chars()
        .map(|c| {
            if matches!(c, '’' | '‘' | 'ʼ') {
                '\''
            } else {
                c
            }
        })
        .flat_map(char::to_lowercase)
    {
        for &b in c.encode_utf8(&mut bytes).as_bytes() {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    hash
}

/// A shingle's hash from its words' hashes (order matters).
fn shingle_hash(words: &[IndexedWord]) -> u64 {
    words.iter().fold(0x9e37_79b9_7f4a_7c15, |h: u64, w| {
        (h.rotate_left(17) ^ w.hash).wrapping_mul(0x2545_f491_4f6c_dd1d)
    })
}

/// An article's words in matching form, with the hashes of every run of [`MIN_WORDS`].
#[derive(Clone, Debug, Default)]
pub struct PassageIndex {
    words: Vec<IndexedWord>,
    /// (hash of the run, index of its first word), sorted.
    shingles: Vec<(u64, usize)>,
    /// Each paragraph's text, for the passage's own words and quotation marks.
    paragraphs: Vec<String>,
}

impl PassageIndex {
    /// Indexes a body given its paragraphs and their words.
    pub fn new(body: &[String], paragraph_words: &[Vec<Word<'_>>]) -> PassageIndex {
        let mut words = Vec::new();
        let mut shingles = Vec::new();
        for (paragraph, paragraph_words) in paragraph_words.iter().enumerate() {
            let first = words.len();
            words.extend(paragraph_words.iter().map(|w| IndexedWord {
                paragraph,
                range: w.range.clone(),
                hash: word_hash(w.text),
            }));
            for start in first..words.len().saturating_sub(MIN_WORDS - 1) {
                shingles.push((shingle_hash(&words[start..start + MIN_WORDS]), start));
            }
        }
        crate::order::sort(&mut shingles);
        PassageIndex {
            words,
            shingles,
            paragraphs: body.to_vec(),
        }
    }

    fn same_word(&self, i: usize, other: &PassageIndex, j: usize) -> bool {
        match (self.words.get(i), other.words.get(j)) {
            (Some(a), Some(b)) => a.hash == b.hash,
            _ => false,
        }
    }

    fn same_paragraph(&self, i: usize, k: usize) -> bool {
        match (self.words.get(i), self.words.get(k)) {
            (Some(a), Some(b)) => a.paragraph == b.paragraph,
            _ => false,
        }
    }
}

/// A passage both articles contain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Passage {
    /// The passage as the left article writes it.
    pub text: String,
    /// Its length in words.
    pub words: usize,
    /// True when it stands inside quotation marks in either article: two outlets
    /// quoting the same speaker is not copying.
    pub quote: bool,
    /// Paragraph of the left article.
    pub left_paragraph: usize,
    /// Byte range in that paragraph.
    pub left_range: Range<usize>,
    /// Paragraph of the right article.
    pub right_paragraph: usize,
    /// Byte range in that paragraph.
    pub right_range: Range<usize>,
}

impl Passage {
    /// The same passage seen from the other side.
    pub fn swapped(self) -> Passage {
        Passage {
            left_paragraph: self.right_paragraph,
            left_range: self.right_range,
            right_paragraph: self.left_paragraph,
            right_range: self.left_range,
            ..self
        }
    }
}

/// The passages of at least [`MIN_WORDS`] words that both articles contain, longest first.
pub fn shared_passages(left: &PassageIndex, right: &PassageIndex) -> Vec<Passage> {
    let mut found = Vec::new();
    let (a, b) = (&left.shingles, &right.shingles);
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i].0 < b[j].0 {
            i += 1;
        } else if a[i].0 > b[j].0 {
            j += 1;
        } else {
            let hash = a[i].0;
            let i_end = i + a[i..].iter().take_while(|s| s.0 == hash).count();
            let j_end = j + b[j..].iter().take_while(|s| s.0 == hash).count();
            for &(_, l) in a[i..i_end].iter().take(MAX_PAIRS_PER_SHINGLE) {
                for &(_, r) in b[j..j_end].iter().take(MAX_PAIRS_PER_SHINGLE) {
                    if let Some(passage) = passage_from(left, l, right, r) {
                        found.push(passage);
                    }
                }
            }
            i = i_end;
            j = j_end;
        }
    }
    crate::order::sort_by(&mut found, |x, y| {
        y.words
            .cmp(&x.words)
            .then_with(|| x.text.cmp(&y.text))
            .then_with(|| {
                (x.left_paragraph, x.left_range.start).cmp(&(y.left_paragraph, y.left_range.start))
            })
            .then_with(|| {
                (x.right_paragraph, x.right_range.start)
                    .cmp(&(y.right_paragraph, y.right_range.start))
            })
    });
    found.dedup();
    found
}

/// The maximal passage starting at word `l` of the left and `r` of the right, unless
/// the texts already agree on the word before (then the passage starts earlier).
fn passage_from(left: &PassageIndex, l: usize, right: &PassageIndex, r: usize) -> Option<Passage> {
    if !(0..MIN_WORDS).all(|k| left.same_word(l + k, right, r + k)) {
        return None;
    }
    let extends_back = l > 0
        && r > 0
        && left.same_paragraph(l - 1, l)
        && right.same_paragraph(r - 1, r)
        && left.same_word(l - 1, right, r - 1);
    if extends_back {
        return None;
    }
    let mut len = MIN_WORDS;
    while left.same_paragraph(l, l + len)
        && right.same_paragraph(r, r + len)
        && left.same_word(l + len, right, r + len)
    {
        len += 1;
    }
    let (first_l, last_l) = (left.words.get(l)?, left.words.get(l + len - 1)?);
    let (first_r, last_r) = (right.words.get(r)?, right.words.get(r + len - 1)?);
    let left_text = left.paragraphs.get(first_l.paragraph)?;
    let right_text = right.paragraphs.get(first_r.paragraph)?;
    let left_range = first_l.range.start..last_l.range.end;
    let right_range = first_r.range.start..last_r.range.end;
    Some(Passage {
        text: left_text.get(left_range.clone())?.to_string(),
        words: len,
        quote: inside_quotation(left_text, left_range.start)
            || inside_quotation(right_text, right_range.start),
        left_paragraph: first_l.paragraph,
        left_range,
        right_paragraph: first_r.paragraph,
        right_range,
    })
}

/// True if a quotation is open at byte `at`: more opening than closing marks before it.
/// An apostrophe inside a word ("Russia's") is neither.
pub fn inside_quotation(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    let chars: Vec<char> = before.chars().collect();
    let (mut open, mut straight_double) = (0i32, 0usize);
    for (k, &c) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).and_then(|p| chars.get(p)).copied();
        let next = chars
            .get(k + 1)
            .copied()
            .or_else(|| text.get(at..).and_then(|s| s.chars().next()));
        match c {
            '“' | '«' => open += 1,
            '”' | '»' => open -= 1,
            '"' => straight_double += 1,
            '\'' | '‘' | '’' => {
                let letter_before = prev.is_some_and(char::is_alphanumeric);
                let letter_after = next.is_some_and(char::is_alphanumeric);
                if !letter_before && letter_after {
                    open += 1;
                } else if !letter_after {
                    // A closing mark: after a word or punctuation, before a space or the end.
                    open -= 1;
                }
            }
            _ => {}
        }
    }
    open > 0 || straight_double % 2 == 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words;

    fn index(paragraphs: &[&str]) -> PassageIndex {
        let body: Vec<String> = paragraphs.iter().map(|p| p.to_string()).collect();
        let words: Vec<_> = body.iter().map(|p| words(p)).collect();
        PassageIndex::new(&body, &words)
    }

    #[test]
    fn passages_by_behaviour() {
        let cases: &[(&str, &[&str], &[&str], &[(&str, bool)])] = &[
            (
                "a shared sentence in another place",
                &[
                    "Intro here.",
                    "He said the two countries will confront each other in Europe.",
                ],
                &[
                    "The two countries will confront each other in Europe, experts say.",
                    "Other.",
                ],
                &[(
                    "the two countries will confront each other in Europe",
                    false,
                )],
            ),
            (
                "five words are not enough",
                &["one two three four five"],
                &["one two three four five"],
                &[],
            ),
            (
                "a quote is told apart",
                &["“We see you, Vladimir Putin, we know,” he said."],
                &["Lammy said: “We see you, Vladimir Putin, we know.”"],
                &[("We see you, Vladimir Putin, we know", true)],
            ),
            (
                "case and apostrophes do not matter",
                &["Trump’s team never insulted the Russian leader at all"],
                &["TRUMP'S TEAM NEVER INSULTED THE RUSSIAN LEADER"],
                &[("Trump’s team never insulted the Russian leader", false)],
            ),
        ];
        for (name, left, right, expected) in cases {
            let found: Vec<(String, bool)> = shared_passages(&index(left), &index(right))
                .into_iter()
                .map(|p| (p.text, p.quote))
                .collect();
            let expected: Vec<(String, bool)> =
                expected.iter().map(|(t, q)| (t.to_string(), *q)).collect();
            assert_eq!(found, expected, "case: {name}");
        }
    }

    #[test]
    fn quotation_marks() {
        let cases = [
            ("curly open", "He said “we agree", true),
            ("curly closed", "He said “we agree” and", false),
            ("single open", "Baev said 'his", true),
            ("possessive is not a quote", "Russia's view", false),
            ("single closed", "'we agree,' he", false),
            ("straight double", "He said \"we", true),
        ];
        for (name, text, expected) in cases {
            assert_eq!(inside_quotation(text, text.len()), expected, "case: {name}");
        }
    }
}
