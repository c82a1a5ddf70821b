//! Paragraphs: the body lines become the article's paragraphs.
//!
//! A capture breaks paragraphs in two ways: at blank lines, and (on some sites) at
//! every single line break. Either way each body line starts a paragraph, unless it
//! continues the one before, which a capture betrays when:
//!
//! - the line before does not end a sentence, and this line starts in lower case
//!   ("…these comments have" / "created."), or the line before ends on a word a
//!   sentence cannot end on or on a comma or dash ("…sanctions on" / "Russia's shadow
//!   fleet…"), or the line before is long (twelve words or more: a headline-like
//!   fragment is short, a sentence cut in two is not);
//! - the line before leaves a quotation open and this line closes it without opening
//!   one. A new paragraph inside a long quotation reopens it with a quotation mark, so
//!   a paragraph that ends a quotation it never began is the rest of the one above.
//!
//! Chrome and captions between the two halves of a broken paragraph do not stop the
//! join; a subhead does. Subheads ("Mixed messages") are short lines that do not end a
//! sentence, between two paragraphs: they are kept apart in `Article::subheads`.

use super::Role;
use super::lines::{
    Line, ends_terminal, is_bullet, last_char, starts_like_a_sentence, starts_lowercase,
};
use crate::text::is_stop_word;

/// The most words a subhead has.
const SUBHEAD_WORDS: usize = 10;
/// A line this long without terminal punctuation is a sentence cut in two.
const LONG_FRAGMENT_WORDS: usize = 12;

/// Marks subheads: short lines that do not end a sentence, with article text above
/// and a new paragraph below.
pub(crate) fn mark_subheads(lines: &[Line], roles: &mut [Role]) {
    let mut text_above = false;
    for i in 0..lines.len() {
        let (Some(line), Some(role)) = (lines.get(i), roles.get(i).copied()) else {
            continue;
        };
        if role != Role::Unknown {
            continue;
        }
        let clean = line.clean.as_str();
        let below = lines
            .get(i + 1)
            .filter(|_| roles.get(i + 1) == Some(&Role::Unknown));
        let subhead = text_above
            && (1..=SUBHEAD_WORDS).contains(&line.words())
            && clean.chars().count() <= 80
            && !ends_terminal(clean)
            && !matches!(last_char(clean), Some(',' | ';' | ':' | '—' | '–' | '-'))
            && !ends_with_stop_word(clean)
            && !is_bullet(clean)
            && starts_like_a_sentence(clean)
            && below.is_some_and(|b| {
                starts_like_a_sentence(&b.clean)
                    && (ends_terminal(&b.clean) || b.words() >= LONG_FRAGMENT_WORDS)
            });
        if subhead && let Some(r) = roles.get_mut(i) {
            *r = Role::Subhead;
        } else {
            text_above = true;
        }
    }
}

/// The body as paragraphs, from the lines marked [`Role::Body`].
pub(crate) fn build(lines: &[Line], roles: &[Role]) -> Vec<String> {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut may_continue = false;
    for (line, role) in lines.iter().zip(roles) {
        match role {
            Role::Body => {
                let text = line.clean.as_str();
                match paragraphs.last_mut() {
                    Some(last) if may_continue && should_join(last, text) => {
                        last.push(' ');
                        last.push_str(text);
                    }
                    _ => paragraphs.push(text.to_string()),
                }
                may_continue = true;
            }
            Role::Subhead | Role::Title | Role::Subtitle => may_continue = false,
            _ => {}
        }
    }
    paragraphs
}

/// Whether `next` continues the paragraph `prev` (see the module docs).
pub(crate) fn should_join(prev: &str, next: &str) -> bool {
    if is_bullet(next) {
        return false;
    }
    if ends_terminal(prev) || last_char(prev) == Some(':') {
        return quote_left_open(prev) && closes_unopened_quote(next);
    }
    starts_lowercase(next)
        || ends_with_stop_word(prev)
        || matches!(last_char(prev), Some(',' | ';' | '—' | '–' | '-'))
        || prev.split_whitespace().count() >= LONG_FRAGMENT_WORDS
}

/// Whether the last word is one a sentence cannot end on ("on", "the", "have").
fn ends_with_stop_word(text: &str) -> bool {
    text.split_whitespace().next_back().is_some_and(|w| {
        let word: String = w
            .chars()
            .filter(|c| c.is_alphabetic() || *c == '\'')
            .collect();
        !word.is_empty() && word.chars().all(char::is_lowercase) && is_stop_word(&word)
    })
}

/// Double quotation marks in order: +1 for an opening one, -1 for a closing one.
/// A straight `"` opens at the start of the text or after a space or bracket.
fn quote_marks(text: &str) -> impl Iterator<Item = i32> + '_ {
    let mut before: Option<char> = None;
    text.chars().filter_map(move |c| {
        let mark = match c {
            '“' | '«' | '„' => Some(1),
            '”' | '»' => Some(-1),
            '"' => Some(
                if before.is_none_or(|b| b.is_whitespace() || matches!(b, '(' | '[' | '—' | '–'))
                {
                    1
                } else {
                    -1
                },
            ),
            _ => None,
        };
        before = Some(c);
        mark
    })
}

/// Whether the text opens more quotations than it closes.
fn quote_left_open(text: &str) -> bool {
    quote_marks(text).sum::<i32>() > 0
}

/// Whether the text closes a quotation before opening any.
fn closes_unopened_quote(text: &str) -> bool {
    let mut depth = 0;
    for mark in quote_marks(text) {
        depth += mark;
        if depth < 0 {
            return true;
        }
        if depth > 0 {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::lines::split;
    use crate::ingest::test_support::check_table;

    #[test]
    fn joins_broken_paragraphs() {
        let cases = vec![
            (
                "lower case",
                ("…that these comments have", "created."),
                true,
            ),
            (
                "ends on a preposition",
                ("imposing sanctions on", "Russia's shadow fleet."),
                true,
            ),
            (
                "long fragment",
                (
                    "one two three four five six seven eight nine ten eleven twelve",
                    "Thirteen.",
                ),
                true,
            ),
            ("comma", ("In Moscow,", "Officials said so."), true),
            ("complete", ("It ended.", "A new paragraph."), false),
            (
                "short heading",
                ("Mixed messages", "Having once promised"),
                false,
            ),
            (
                "quote continues",
                (
                    "\"It could force allies. Moreover, they watch.",
                    "There are plenty of people,” Bondarev said.",
                ),
                true,
            ),
            (
                "quote reopened",
                ("“It could force allies.", "“There are plenty,” he said."),
                false,
            ),
            ("balanced", ("“Yes,” he said.", "She left,” no."), false),
            ("list item", ("The measures include", "• a ban"), false),
        ];
        check_table(&cases, |(a, b)| should_join(a, b));
    }

    #[test]
    fn builds_paragraphs_around_subheads_and_chrome() {
        let cases = vec![
            (
                "single newlines are paragraphs",
                "First paragraph here.\nSecond paragraph here.",
                vec!["First paragraph here.", "Second paragraph here."],
            ),
            (
                "subhead kept out",
                "First paragraph here.\nMixed messages\nHaving once promised, he did.",
                vec!["First paragraph here.", "Having once promised, he did."],
            ),
            (
                "join across a blank line",
                "These include sanctions on\n\nRussia's shadow fleet.",
                vec!["These include sanctions on Russia's shadow fleet."],
            ),
            (
                "markdown reduced",
                "The Kremlin's [denials](#) came **fast**.",
                vec!["The Kremlin's denials came fast."],
            ),
        ];
        check_table(&cases, |text| {
            let lines = split(text);
            let mut roles = vec![Role::Unknown; lines.len()];
            mark_subheads(&lines, &mut roles);
            let roles: Vec<Role> = roles
                .into_iter()
                .map(|r| if r == Role::Unknown { Role::Body } else { r })
                .collect();
            build(&lines, &roles)
        });
    }
}
