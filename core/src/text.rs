//! Words with their byte offsets, and the forms used to match them.
//!
//! Every word keeps the byte range it came from, so that whoever shows a result can
//! highlight exactly the characters the reader sees. Matching never changes the text:
//! it works on a *normal* form (lower case, typographic apostrophes folded) and a
//! *stem* ("sanctions" and "sanction" share one), while the reader keeps their words.

use rust_stemmers::{Algorithm, Stemmer};
use std::ops::Range;
use std::sync::OnceLock;
use unicode_segmentation::UnicodeSegmentation;

/// One word of a paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word<'a> {
    /// The word as written.
    pub text: &'a str,
    /// Where it stands in its paragraph, in bytes.
    pub range: Range<usize>,
    /// True for the first word of a sentence, of a quotation or of a bracket: there a
    /// capital letter says nothing about whether the word is a name.
    pub starts_sentence: bool,
    /// True when only white space separates this word from the previous one, so the
    /// two may belong to one name ("Vladimir Putin"); false after punctuation.
    pub joined_to_previous: bool,
}

impl Word<'_> {
    /// The word's matching form: lower case, with ’ folded to '.
    pub fn normal(&self) -> String {
        normalize(self.text)
    }

    /// True if the word begins with a capital letter.
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// The words of `text` by Unicode word boundaries (UAX #29), skipping punctuation and
/// white space, with what separates each word from the one before it.
pub fn words(text: &str) -> Vec<Word<'_>> {
    let mut found: Vec<Word<'_>> = Vec::new();
    let mut gap_start = 0;
    for (start, piece) in text.split_word_bound_indices() {
        if !piece.chars().any(char::is_alphanumeric) {
            continue;
        }
        let gap = text.get(gap_start..start).unwrap_or("");
        let previous = found.last().map(|w| w.text);
        found.push(Word {
            text: piece,
            range: start..start + piece.len(),
            starts_sentence: previous.is_none() || gap_starts_sentence(gap, previous.unwrap_or("")),
            joined_to_previous: previous.is_some()
                && ((!gap.is_empty() && gap.chars().all(|c| c == ' '))
                    // "Roy E. Disney", "J. R. Okafor", "St. Paul": an initial or an
                    // abbreviation belongs to the name it opens.
                    || (gap == ". " && previous.is_some_and(|p| is_initial(p) || is_name_abbreviation(p)))
                    // "Magistrates' Court", "Workers' Association": a plural possessive
                    // inside a name.
                    || ((gap == "' " || gap == "’ ")
                        && previous.is_some_and(|p| p.ends_with('s'))
                        && piece.chars().next().is_some_and(char::is_uppercase))),
        });
        gap_start = start + piece.len();
    }
    found
}

/// Whether the punctuation between two words opens a new sentence (or quotation).
fn gap_starts_sentence(gap: &str, previous_word: &str) -> bool {
    // "Workers' Union": the apostrophe of a plural possessive opens nothing.
    let plural_possessive = (gap == "' " || gap == "’ ") && previous_word.ends_with('s');
    let opens_quote = gap
        .chars()
        .any(|c| matches!(c, '“' | '‘' | '(' | '[' | '«' | '"' | ':' | '—' | '–'))
        || gap.contains(" '")
        || (gap.starts_with('\'') && !plural_possessive);
    let ends_sentence = gap.chars().any(|c| matches!(c, '.' | '!' | '?' | ';'))
        // "U.S. President", "Mr. Smith", "J. Edgar": a full stop after an abbreviation or an
        // initial does not end the sentence.
        && !(gap.starts_with('.') && is_abbreviation(previous_word));
    opens_quote || ends_sentence
}

/// A single capital letter, as in "J. R. Okafor".
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// Abbreviations that open a name: "St. Paul", "Mt. Kenya", "Ft. Worth".
fn is_name_abbreviation(word: &str) -> bool {
    matches!(word, "St" | "Mt" | "Ft" | "Pt")
}

/// Words that a full stop follows without ending a sentence.
fn is_abbreviation(word: &str) -> bool {
    word.contains('.')
        || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
        || matches!(
            word,
            "Mr" | "Mrs"
                | "Ms"
                | "Dr"
                | "St"
                | "Gov"
                | "Sen"
                | "Rep"
                | "Gen"
                | "Col"
                | "Lt"
                | "Jr"
                | "Sr"
                | "Prof"
                | "Jan"
                | "Feb"
                | "Aug"
                | "Sept"
                | "Oct"
                | "Nov"
                | "Dec"
                | "No"
                | "vs"
                | "Co"
                | "Inc"
                | "Corp"
                | "Ltd"
                | "Adm"
                | "Sgt"
                | "Capt"
                | "Maj"
                | "Cllr"
                | "Rev"
        )
}

/// The matching form of a word: lower case, typographic apostrophes folded.
pub fn normalize(word: &str) -> String {
    word.chars()
        .map(|c| {
            if matches!(c, '’' | '‘' | 'ʼ') {
                '\''
            } else {
                c
            }
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The word without an English possessive ending: "Trump's" → "Trump".
pub fn strip_possessive(word: &str) -> &str {
    for ending in ["'s", "’s", "'S", "’S"] {
        if let Some(stem) = word.strip_suffix(ending)
            && !stem.is_empty()
        {
            return stem;
        }
    }
    word
}

/// The English (Porter 2) stem of a normalised word: "sanctions" → "sanction".
pub fn stem(normal: &str) -> String {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER
        .get_or_init(|| Stemmer::create(Algorithm::English))
        .stem(strip_possessive(normal))
        .into_owned()
}

/// English words too common to say anything about an article.
pub fn is_stop_word(normal: &str) -> bool {
    static WORDS: OnceLock<rustc_hash::FxHashSet<&'static str>> = OnceLock::new();
    WORDS
        .get_or_init(|| data_lines(data_file!("stopwords-en.txt")).collect())
        .contains(normal)
}

/// The lines of a data file that hold data: trimmed, without blanks and `#` comments.
pub(crate) fn data_lines(file: &str) -> impl Iterator<Item = &str> {
    file.lines()
        .map(|line| line.trim_end_matches('\r'))
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check<T: PartialEq + std::fmt::Debug>(name: &str, got: T, expected: T) {
        assert_eq!(got, expected, "case: {name}");
    }

    #[test]
    fn words_keep_their_byte_ranges() {
        let text = "Kyiv’s “reset”, 2024.";
        let found: Vec<_> = words(text).into_iter().map(|w| (w.text, w.range)).collect();
        assert_eq!(
            found,
            vec![("Kyiv’s", 0..8), ("reset", 12..17), ("2024", 22..26)]
        );
    }

    #[test]
    fn sentence_starts() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("first word", "Putin spoke.", &["Putin"]),
            (
                "after a full stop",
                "He spoke. Then he left.",
                &["He", "Then"],
            ),
            (
                "not after an abbreviation",
                "The U.S. President spoke.",
                &["The"],
            ),
            ("not after a title", "Mr. Smith spoke.", &["Mr"]),
            (
                "after an opening quote",
                "He said “We agree” today.",
                &["He", "We"],
            ),
            (
                "after a question mark",
                "Why? Because.",
                &["Why", "Because"],
            ),
        ];
        for (name, text, expected) in cases {
            let starts: Vec<&str> = words(text)
                .into_iter()
                .filter(|w| w.starts_sentence)
                .map(|w| w.text)
                .collect();
            check(name, starts.as_slice(), *expected);
        }
    }

    #[test]
    fn joined_words() {
        let joined: Vec<(&str, bool)> = words("Vladimir Putin, Trump-led")
            .into_iter()
            .map(|w| (w.text, w.joined_to_previous))
            .collect();
        assert_eq!(
            joined,
            vec![
                ("Vladimir", false),
                ("Putin", true),
                ("Trump", false),
                ("led", false)
            ]
        );
    }

    #[test]
    fn normal_forms_and_stems() {
        let cases = [
            ("apostrophe folded", normalize("Kremlin’s"), "kremlin's"),
            ("plural stem", stem("sanctions"), "sanction"),
            ("singular stem", stem("sanction"), "sanction"),
            ("possessive stem", stem("russia's"), "russia"),
            ("verb stem", stem("negotiating"), "negoti"),
        ];
        for (name, got, expected) in cases {
            check(name, got.as_str(), expected);
        }
        check("possessive", strip_possessive("Trump’s"), "Trump");
        check("not possessive", strip_possessive("'s"), "'s");
    }

    #[test]
    fn stop_words_are_known() {
        assert!(is_stop_word("the"));
        assert!(!is_stop_word("sanctions"));
    }
}
