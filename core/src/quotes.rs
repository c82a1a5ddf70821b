//! Quotations and who spoke them.
//!
//! A quotation is the text between quotation marks (“…”, "…", «…», or ‘…’ and '…' at
//! word boundaries, so that "Russia's" is no quote) of at least [`MIN_WORDS`] words:
//! shorter ones are scare quotes or titles ("so-called “peace plan”"). A quotation the
//! reporter left open at the end of a paragraph, as a quote running on into the next
//! one is written, ends with that paragraph.
//!
//! Its speaker is read from the words around it, the way news writes attribution:
//! after it in the same sentence (`“…,” Trump said`, `“…,” said Zelensky`) or before it
//! (`Zelensky told reporters: “…”`). The attribution must hold a verb of saying and a
//! person or organisation the article names; the speaker is that entity's canonical
//! name, so "Trump" is reported as "Donald Trump" wherever the article names him in
//! full. A pronoun ("he said") stands for the last person named before the quotation,
//! in its paragraph or the two before. Anything else ("officials said") has no speaker:
//! better none than a wrong one.

use crate::compare::passages::word_hash;
use crate::entities::{Entity, EntityKind};
use crate::text::words;
use std::ops::Range;

/// The fewest words a quotation has.
pub const MIN_WORDS: usize = 4;
/// How many words after a quotation, or before it, may hold its attribution.
const AFTER_WORDS: usize = 8;
const BEFORE_WORDS: usize = 12;
/// How many paragraphs back a pronoun looks for the person it stands for.
const PRONOUN_PARAGRAPHS: usize = 2;

/// Verbs (and the one preposition) that attribute words to a speaker, as news uses them.
const SAYING: &[&str] = &[
    "according",
    "acknowledged",
    "added",
    "adding",
    "adds",
    "admits",
    "admitted",
    "announced",
    "argued",
    "argues",
    "asked",
    "asks",
    "cautioned",
    "claimed",
    "claims",
    "commented",
    "conceded",
    "concluded",
    "continued",
    "countered",
    "declared",
    "emphasised",
    "emphasized",
    "explained",
    "explains",
    "insisted",
    "insists",
    "noted",
    "notes",
    "observed",
    "pledged",
    "posted",
    "predicted",
    "promised",
    "recalled",
    "remarked",
    "replied",
    "responded",
    "said",
    "say",
    "saying",
    "says",
    "stated",
    "stressed",
    "suggested",
    "tells",
    "told",
    "tweeted",
    "urged",
    "vowed",
    "warned",
    "warns",
    "wrote",
    "writes",
];

const PRONOUNS: &[&str] = &["he", "she", "they"];

/// Verbs whose object heard the words rather than spoke them.
const LISTENED: &[&str] = &["told", "tells", "asked", "asks", "informed"];

/// One quotation in one article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quotation {
    /// The paragraph it stands in.
    pub paragraph: usize,
    /// Byte range of the quoted words in that paragraph, without the marks and the
    /// comma or full stop that ends them.
    pub range: Range<usize>,
    /// The quoted words as written.
    pub text: String,
    /// Who said it: the canonical name of an entity of the article.
    pub speaker: Option<String>,
    /// Its words' hashes in matching form, for finding it in other articles.
    pub words: Vec<u64>,
}

/// A quote mark's kind: which mark closes the quotation it opens.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Curly,
    Straight,
    Guillemet,
    Single,
}

/// The quoted spans of one paragraph: byte ranges inside the marks. Quotes nested in
/// a quotation are part of it.
fn spans(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut open: Option<(Mark, usize)> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(at, c)) in chars.iter().enumerate() {
        let after = at + c.len_utf8();
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(k + 1).map(|&(_, c)| c);
        let mark = match c {
            '“' | '”' => Mark::Curly,
            '"' => Mark::Straight,
            '«' | '»' => Mark::Guillemet,
            '‘' | '’' | '\'' => Mark::Single,
            _ => continue,
        };
        match open {
            None => {
                let opens = match c {
                    '“' | '"' | '«' => true,
                    // A single mark opens only before a word and after a space or
                    // the start: not the apostrophe of "Russia's" or "workers'".
                    '‘' | '\'' => {
                        !prev.is_some_and(char::is_alphanumeric)
                            && next.is_some_and(char::is_alphanumeric)
                    }
                    _ => false,
                };
                if opens {
                    open = Some((mark, after));
                }
            }
            Some((kind, start)) if kind == mark => {
                let closes = match c {
                    '”' | '"' | '»' => true,
                    // A closing single mark follows a word or punctuation and stands
                    // before a space, punctuation or the end.
                    '’' | '\'' => {
                        !prev.is_some_and(char::is_whitespace)
                            && !next.is_some_and(char::is_alphanumeric)
                    }
                    _ => false,
                };
                if closes {
                    found.push(start..at);
                    open = None;
                }
            }
            Some(_) => {}
        }
    }
    // A quotation running on into the next paragraph is left open; a stray single mark
    // is not a quotation.
    if let Some((kind, start)) = open
        && kind != Mark::Single
    {
        found.push(start..text.len());
    }
    found
}

/// The quoted words of a span, without white space and the ending comma or stop.
fn trimmed(text: &str, span: Range<usize>) -> Range<usize> {
    let inner = &text[span.clone()];
    let start = span.start + (inner.len() - inner.trim_start().len());
    let kept = inner.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | '—' | '–')
    });
    start..(span.start + kept.len()).max(start)
}

/// A person or organisation named in a paragraph.
#[derive(Clone)]
struct Named<'a> {
    range: Range<usize>,
    name: &'a str,
    person: bool,
    /// "Musk's plan": a possessive is rarely whom a later "he" stands for.
    possessive: bool,
}

/// Where each person or organisation is named: per paragraph, in order.
fn speakers_by_paragraph<'a>(body: &[String], entities: &'a [Entity]) -> Vec<Vec<Named<'a>>> {
    let mut named: Vec<Vec<Named<'a>>> = vec![Vec::new(); body.len()];
    for entity in entities {
        if !matches!(entity.kind, EntityKind::Person | EntityKind::Organization) {
            continue;
        }
        for o in entity.occurrences.iter().filter(|o| !o.demonym) {
            let after = body
                .get(o.paragraph)
                .and_then(|t| t.get(o.range.end..))
                .unwrap_or("");
            if let Some(list) = named.get_mut(o.paragraph) {
                list.push(Named {
                    range: o.range.clone(),
                    name: entity.name.as_str(),
                    person: entity.kind == EntityKind::Person,
                    possessive: after.starts_with("'s") || after.starts_with("’s"),
                });
            }
        }
    }
    for list in &mut named {
        crate::order::sort_by_key(list, |n| n.range.start);
    }
    named
}

/// The quotations of an article's body, with their speakers where the text says.
pub fn quotations(body: &[String], entities: &[Entity]) -> Vec<Quotation> {
    let named = speakers_by_paragraph(body, entities);
    let mut found = Vec::new();
    for (p, text) in body.iter().enumerate() {
        let all = spans(text);
        let paragraph_words = words(text);
        for (k, span) in all.iter().enumerate() {
            let range = trimmed(text, span.clone());
            let inside: Vec<u64> = paragraph_words
                .iter()
                .filter(|w| w.range.start >= range.start && w.range.end <= range.end)
                .map(|w| word_hash(w.text))
                .collect();
            if inside.len() < MIN_WORDS {
                continue;
            }
            // The attribution after: to the end of the sentence, or the next quotation.
            let after_end = all.get(k + 1).map_or(text.len(), |next| next.start);
            let after = span.end..after_end;
            // The attribution before: from the previous quotation or the sentence start.
            let before_start = k.checked_sub(1).map_or(0, |prev| all[prev].end);
            let before = sentence_start(text, before_start, span.start)..span.start;
            let speaker = attribution(text, &paragraph_words, after, true, &named, p)
                .or_else(|| attribution(text, &paragraph_words, before, false, &named, p))
                .or_else(|| continued(&found, p, span.start, &named));
            found.push(Quotation {
                paragraph: p,
                text: text[range.clone()].to_string(),
                range,
                speaker,
                words: inside,
            });
        }
    }
    found
}

/// The speaker of the quotation before, in the same paragraph, when no other person is
/// named between the two: “The deal is done,” Putin said. “I told him the same.”
fn continued(
    found: &[Quotation],
    p: usize,
    start: usize,
    named: &[Vec<Named<'_>>],
) -> Option<String> {
    let previous = found.last().filter(|q| q.paragraph == p)?;
    let speaker = previous.speaker.as_deref()?;
    let between = previous.range.end..start;
    let someone_else = named.get(p)?.iter().any(|n| {
        n.person
            && n.range.start >= between.start
            && n.range.end <= between.end
            && n.name != speaker
    });
    (!someone_else).then(|| speaker.to_string())
}

/// Where the sentence holding byte `at` starts, not before `floor`.
fn sentence_start(text: &str, floor: usize, at: usize) -> usize {
    let before = text.get(floor..at).unwrap_or("");
    let mut start = floor;
    let bytes = before.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if matches!(b, b'.' | b'!' | b'?') && bytes.get(i + 1).is_some_and(u8::is_ascii_whitespace)
        {
            start = floor + i + 1;
        }
    }
    start
}

/// The speaker named in `window` of paragraph `p`, if it holds a verb of saying.
fn attribution(
    text: &str,
    paragraph_words: &[crate::text::Word<'_>],
    window: Range<usize>,
    after: bool,
    named: &[Vec<Named<'_>>],
    p: usize,
) -> Option<String> {
    // After the quotation the attribution ends with its sentence.
    let window = if after {
        let rest = text.get(window.clone()).unwrap_or("");
        let end = rest
            .char_indices()
            .find(|&(i, c)| {
                matches!(c, '.' | '!' | '?')
                    && rest[i + 1..].chars().next().is_none_or(char::is_whitespace)
            })
            .map_or(window.end, |(i, _)| window.start + i);
        window.start..end
    } else {
        window
    };
    let in_window: Vec<&crate::text::Word<'_>> = paragraph_words
        .iter()
        .filter(|w| w.range.start >= window.start && w.range.end <= window.end)
        .collect();
    let in_window: &[&crate::text::Word<'_>] = if after {
        &in_window[..in_window.len().min(AFTER_WORDS)]
    } else {
        &in_window[in_window.len().saturating_sub(BEFORE_WORDS)..]
    };
    let (first, last) = (in_window.first()?, in_window.last()?);
    if !in_window
        .iter()
        .any(|w| SAYING.contains(&w.text.to_lowercase().as_str()))
    {
        return None;
    }
    let span = first.range.start..last.range.end;
    let names = named.get(p)?;
    // Whom the words were told to is not who spoke ("a source told The Moscow Times").
    let listener = |n: &Named<'_>| {
        paragraph_words
            .iter()
            .rev()
            .find(|w| w.range.end <= n.range.start)
            .is_some_and(|w| LISTENED.contains(&w.text.to_lowercase().as_str()))
    };
    let in_span = names
        .iter()
        .filter(|n| n.range.start >= span.start && n.range.end <= span.end && !listener(n));
    // After the quotation the first name is the speaker ("said Zelensky, meeting
    // Macron"); before it, the last ("Macron said Zelensky told him: “…”").
    let name = if after {
        in_span.clone().next()
    } else {
        in_span.clone().next_back()
    };
    if let Some(n) = name {
        return Some(n.name.to_string());
    }
    let pronoun = in_window
        .iter()
        .any(|w| PRONOUNS.contains(&w.text.to_lowercase().as_str()));
    if !pronoun {
        return None;
    }
    // The last person named before the quotation, here or a paragraph or two back.
    let quote_start = if after { window.start } else { window.end };
    (p.saturating_sub(PRONOUN_PARAGRAPHS)..=p)
        .rev()
        .find_map(|q| {
            named.get(q)?.iter().rev().find_map(|n| {
                (n.person && !n.possessive && (q < p || n.range.end <= quote_start))
                    .then(|| n.name.to_string())
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Occurrence;

    fn person(name: &str, kind: EntityKind, body: &[&str], forms: &[&str]) -> Entity {
        let mut occurrences = Vec::new();
        for (p, text) in body.iter().enumerate() {
            for form in forms {
                for (at, _) in text.match_indices(form) {
                    occurrences.push(Occurrence {
                        paragraph: p,
                        range: at..at + form.len(),
                        sentence: 0,
                        demonym: false,
                    });
                }
            }
        }
        Entity {
            name: name.into(),
            kind,
            mentions: forms.iter().map(|f| f.to_string()).collect(),
            count: occurrences.len(),
            occurrences,
        }
    }

    #[test]
    fn quotations_and_speakers_by_behaviour() {
        type Case<'a> = (&'a str, &'a [&'a str], &'a [(&'a str, Option<&'a str>)]);
        let cases: &[Case<'_>] = &[
            (
                "quote, then surname and said",
                &["“We will not be moved by threats,” Trump said on Monday."],
                &[("We will not be moved by threats", Some("Donald Trump"))],
            ),
            (
                "said before the name",
                &["“Peace must come with guarantees,” said Zelensky, who was in Kyiv."],
                &[(
                    "Peace must come with guarantees",
                    Some("Volodymyr Zelensky"),
                )],
            ),
            (
                "speaker and colon before",
                &["Zelensky told reporters: “Peace must come with guarantees.”"],
                &[(
                    "Peace must come with guarantees",
                    Some("Volodymyr Zelensky"),
                )],
            ),
            (
                "straight quotes",
                &["\"This is a very good deal for everyone,\" Trump said."],
                &[(
                    "This is a very good deal for everyone",
                    Some("Donald Trump"),
                )],
            ),
            (
                "single quotes, with apostrophes inside",
                &["'Russia's army isn't winning anywhere,' Zelensky said."],
                &[(
                    "Russia's army isn't winning anywhere",
                    Some("Volodymyr Zelensky"),
                )],
            ),
            (
                "a pronoun stands for the last person named",
                &[
                    "Donald Trump spoke in Ohio.",
                    "“Nobody has done more for this state,” he said.",
                ],
                &[("Nobody has done more for this state", Some("Donald Trump"))],
            ),
            (
                "whom it was told to is not the speaker",
                &["“The talks will resume next week,” an aide told Reuters."],
                &[("The talks will resume next week", None)],
            ),
            (
                "a pronoun skips a name in the possessive",
                &[
                    "Volodymyr Zelensky spoke of Donald Trump's plan.",
                    "“Nobody has done more for this state,” he said.",
                ],
                &[(
                    "Nobody has done more for this state",
                    Some("Volodymyr Zelensky"),
                )],
            ),
            (
                "a second quotation goes on with the same speaker",
                &[
                    "“The deal is done and signed,” Trump said in Ohio. “I told him the same thing.”",
                ],
                &[
                    ("The deal is done and signed", Some("Donald Trump")),
                    ("I told him the same thing", Some("Donald Trump")),
                ],
            ),
            (
                "an organisation named between does not break it",
                &[
                    "“The deal is done and signed,” Trump told reporters at NATO. “I told him the same thing.”",
                ],
                &[
                    ("The deal is done and signed", Some("Donald Trump")),
                    ("I told him the same thing", Some("Donald Trump")),
                ],
            ),
            (
                "unless someone else is named between",
                &[
                    "“The deal is done and signed,” Trump said. Zelensky disagreed: “Nothing is signed yet.”",
                ],
                &[
                    ("The deal is done and signed", Some("Donald Trump")),
                    ("Nothing is signed yet", None),
                ],
            ),
            (
                "an unnamed speaker is none",
                &["“The talks will resume next week,” officials said."],
                &[("The talks will resume next week", None)],
            ),
            (
                "no verb of saying, no speaker",
                &["Trump's “beautiful deal for all of us” was signed."],
                &[("beautiful deal for all of us", None)],
            ),
            (
                "scare quotes are no quotation",
                &["Zelensky rejected the “peace plan” outright."],
                &[],
            ),
            (
                "a quotation running on into the next paragraph",
                &[
                    "“We gave them every chance to talk to us.",
                    "“They chose not to,” Trump said.",
                ],
                &[
                    ("We gave them every chance to talk to us", None),
                    ("They chose not to", Some("Donald Trump")),
                ],
            ),
        ];
        for (name, body, expected) in cases {
            let body: Vec<String> = body.iter().map(|p| p.to_string()).collect();
            let refs: Vec<&str> = body.iter().map(String::as_str).collect();
            let entities = vec![
                person(
                    "Donald Trump",
                    EntityKind::Person,
                    &refs,
                    &["Donald Trump", "Trump"],
                ),
                person(
                    "Volodymyr Zelensky",
                    EntityKind::Person,
                    &refs,
                    &["Zelensky"],
                ),
                person("NATO", EntityKind::Organization, &refs, &["NATO"]),
            ];
            let found: Vec<(String, Option<String>)> = quotations(&body, &entities)
                .into_iter()
                .map(|q| (q.text, q.speaker))
                .collect();
            let expected: Vec<(String, Option<String>)> = expected
                .iter()
                .map(|(t, s)| (t.to_string(), s.map(str::to_string)))
                .collect();
            assert_eq!(found, expected, "case: {name}");
        }
    }

    #[test]
    fn ranges_lie_in_the_text() {
        let body =
            vec!["Lammy said: “We see you, Vladimir Putin, we know,” to applause.".to_string()];
        for q in quotations(&body, &[]) {
            assert_eq!(&body[q.paragraph][q.range.clone()], q.text);
        }
    }
}
