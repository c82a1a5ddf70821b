//! Finding candidate names in one paragraph.
//!
//! A paragraph's words become *units*: a known name or title found by the gazetteer
//! (possibly several words, like "Washington, D.C."), or a single word. Units that
//! follow each other with only a space between them, and look like parts of a name,
//! form a *span* ("U.S. President-elect Donald Trump"). Each span is then read from left
//! to right: sentence-initial common words are dropped, titles mark the next name as a
//! person, known names are taken as they are, and the rest is judged by its shape and
//! its head word ("… Institute" is an organisation).

use super::EntityKind;
use super::gazetteer::{Gazetteer, Pattern, Via};
use crate::text::{Word, is_stop_word, normalize, words};
use rustc_hash::FxHashSet;
use std::ops::Range;

/// Something in a paragraph that may be an entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// Byte range in the paragraph, without a possessive "'s".
    pub range: Range<usize>,
    /// What the span was read as.
    pub reading: Reading,
}

/// How a candidate was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reading {
    /// A name the gazetteer knows (index into `Gazetteer::entities`).
    Known(usize, Via),
    /// A name the lists do not know, with the kind its shape, head word or context
    /// gives, and whether that is evidence (a head word, "said", "in …") or only a
    /// guess from its shape.
    Named(String, EntityKind, Evidence),
    /// One capitalised word on its own ("Putin"), resolved later against the full
    /// names of the article and the corpus. `titled` when a title preceded it.
    Single {
        /// The word without a possessive.
        word: String,
        /// A title ("President") came right before it.
        titled: bool,
        /// Not an ordinary word opening a sentence: a name even if nothing resolves it.
        name: bool,
        /// The kind its context gives, if it gives one.
        kind: Option<EntityKind>,
    },
}

/// How sure the kind of a new name is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Evidence {
    /// Only the name's shape: two or three capitalised words are likely a person.
    Shape,
    /// A head word, a title, a verb of saying, a preposition of place, a list.
    Context,
}

#[derive(Clone, Debug)]
enum UnitKind {
    Known(usize, Via),
    Title,
    Word,
}

#[derive(Clone, Debug)]
struct Unit<'a> {
    kind: UnitKind,
    range: Range<usize>,
    text: &'a str,
    starts_sentence: bool,
    /// Only spaces (or a name particle's hyphen) separate it from the unit before.
    joined: bool,
    possessive: bool,
}

impl Unit<'_> {
    fn is_name_like(&self) -> bool {
        match self.kind {
            UnitKind::Known(..) | UnitKind::Title => true,
            UnitKind::Word => self.text.chars().next().is_some_and(char::is_uppercase),
        }
    }
}

/// Lower-case words that may stand inside a name: "Charter of Paris".
fn is_connector(word: &str) -> bool {
    // Not "on": "Bristol Crown Court on Thursday" is a court and a day.
    matches!(word, "of" | "for")
}

fn is_particle(word: &str) -> bool {
    matches!(
        word,
        "al" | "el"
            | "bin"
            | "ibn"
            | "abu"
            | "de"
            | "del"
            | "da"
            | "di"
            | "van"
            | "von"
            | "der"
            | "le"
            | "la"
            | "do"
            | "dos"
            | "das"
            | "du"
            | "des"
            | "den"
            | "ter"
    )
}

/// Name suffixes that are not a surname: "Donald Trump Jr."
pub(crate) fn is_suffix(word: &str) -> bool {
    matches!(word, "Jr" | "Jr." | "Sr" | "Sr." | "II" | "III" | "IV")
}

/// Lower-case words right before a name that say it is a medium or company.
fn is_organization_cue(word: &str) -> bool {
    matches!(
        word,
        "newspaper"
            | "magazine"
            | "channel"
            | "network"
            | "agency"
            | "broadcaster"
            | "daily"
            | "outlet"
            | "website"
            | "tabloid"
            | "company"
            | "firm"
            | "group"
            | "party"
            | "broadcast"
    )
}

/// The candidate names of one paragraph, in reading order.
pub fn candidates(text: &str, gazetteer: &Gazetteer) -> Vec<Candidate> {
    let words = words(text);
    let lower = lower_case_words(std::slice::from_ref(&words));
    candidates_in(text, &words, &lower, gazetteer)
}

/// The candidate names of one paragraph whose words are already known.
/// `lower` holds the words its article writes in lower case ([`lower_case_words`]).
pub fn candidates_in<'a>(
    text: &'a str,
    words: &[Word<'a>],
    lower: &'a FxHashSet<&'a str>,
    gazetteer: &Gazetteer,
) -> Vec<Candidate> {
    let units = units(text, words, gazetteer);
    let mut found = Vec::new();
    let mut start = 0;
    while start < units.len() {
        let end = span_end(&units, start);
        if units[start..end].iter().any(Unit::is_name_like) {
            let context = Context {
                before: previous_word(text, words, units[start].range.start),
                after: next_word(text, words, units[end - 1].range.end),
                lower: Some(lower),
            };
            read_span(text, &units[start..end], context, gazetteer, &mut found);
        }
        start = end;
    }
    found
}

/// The word just before byte `at`, if only a space separates them.
fn previous_word<'a>(text: &'a str, words: &[Word<'a>], at: usize) -> Option<&'a str> {
    let index = words.partition_point(|w| w.range.start < at);
    let previous = words.get(index.checked_sub(1)?)?;
    (text.get(previous.range.end..at)? == " ").then_some(previous.text)
}

/// The word just after byte `at`, if only a space separates them.
fn next_word<'a>(text: &'a str, words: &[Word<'a>], at: usize) -> Option<&'a str> {
    let next = words.get(words.partition_point(|w| w.range.start < at))?;
    (text.get(at..next.range.start)? == " ").then_some(next.text)
}

/// The words around a span, which say what kind of name it is.
#[derive(Clone, Copy, Debug, Default)]
struct Context<'a> {
    before: Option<&'a str>,
    after: Option<&'a str>,
    /// Words the article writes in lower case somewhere: ordinary words, whatever a
    /// capital elsewhere suggests ("Jurors" opening a sentence, "jurors" later).
    lower: Option<&'a FxHashSet<&'a str>>,
}

impl<'a> Context<'a> {
    /// The same article, without the words around a span.
    fn inside(self) -> Context<'a> {
        Context {
            before: None,
            after: None,
            ..self
        }
    }

    /// True for a word a reader would take for an ordinary English word if it opened a
    /// sentence ("Poor", "Rebuking", "Asked"): then its capital says nothing.
    fn is_ordinary(&self, word: &str) -> bool {
        let lower = normalize(word);
        is_ordinary(&lower) || self.lower.is_some_and(|l| l.contains(lower.as_str()))
    }
}

/// The words of an article that it writes in lower case, for [`candidates_in`].
pub fn lower_case_words<'a>(paragraphs: &[Vec<Word<'a>>]) -> FxHashSet<&'a str> {
    paragraphs
        .iter()
        .flatten()
        .filter(|w| w.text.chars().next().is_some_and(char::is_lowercase))
        .map(|w| crate::text::strip_possessive(w.text))
        .collect()
}

/// Verbs of saying: who says something is a person.
fn is_saying(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "told"
            | "added"
            | "explained"
            | "wrote"
            | "argued"
            | "insisted"
            | "warned"
            | "noted"
            | "recalled"
            | "admitted"
            | "replied"
            | "stressed"
            | "tweeted"
            | "posted"
            | "acknowledged"
            | "conceded"
            | "urged"
            | "testified"
            | "smiled"
    )
}

/// Prepositions that put a place after them: "in Burbank", "from Sriharikota".
fn is_place_preposition(word: &str) -> bool {
    matches!(
        word,
        "in" | "near" | "outside" | "across" | "from" | "around" | "towards"
    )
}

/// Prefixes that join a people's name without making one: "Euro-Atlantic", "Sino-Soviet".
fn is_combining_prefix(word: &str) -> bool {
    matches!(
        word,
        "Euro"
            | "Anglo"
            | "Sino"
            | "Franco"
            | "Afro"
            | "Indo"
            | "Greco"
            | "Russo"
            | "Pan"
            | "Trans"
            | "Pro"
            | "Anti"
            | "Non"
            | "Post"
            | "Pre"
            | "Mid"
            | "Ex"
    )
}

/// True for a word, in lower case, that the lexicon knows as an ordinary English word.
fn is_ordinary(lower: &str) -> bool {
    let lexicon = crate::lexicon::shipped();
    // "Jurors", "Campaigners": the plural of a common word is one too.
    let singular = lower
        .strip_suffix("ies")
        .map(|s| format!("{s}y"))
        .or_else(|| lower.strip_suffix('s').map(str::to_string));
    is_stop_word(lower)
        || lexicon.is_common_word(lower)
        || lexicon.not_topic(lower).is_some()
        || singular.is_some_and(|s| {
            lexicon.is_common_word(&s)
                || s.strip_suffix("er")
                    .is_some_and(|v| lexicon.is_common_word(v))
                || s.strip_suffix('r')
                    .is_some_and(|v| lexicon.is_common_word(v))
        })
        || ((lower.ends_with("ing") || lower.ends_with("ed") || lower.ends_with("ly"))
            && lower.chars().count() > 5
            && lower.chars().all(char::is_alphabetic))
}

/// The kind a name's own letters or its context give: a listed place, a model number,
/// an acronym, someone who "said", somewhere one is "in".
fn evidence(name: &str, context: Context<'_>, words: usize) -> Option<EntityKind> {
    let lexicon = crate::lexicon::shipped();
    if lexicon.place(name).is_some() {
        return Some(EntityKind::Place);
    }
    if name.chars().any(|c| c.is_ascii_digit()) || name.ends_with('+') {
        return Some(EntityKind::Other);
    }
    if context.after.is_some_and(is_saying) {
        return Some(EntityKind::Person);
    }
    let first = name.split([' ', '-']).next().unwrap_or("");
    if words >= 2 && lexicon.is_first_name(first) {
        return Some(EntityKind::Person);
    }
    if context.before.is_some_and(is_place_preposition) {
        return Some(EntityKind::Place);
    }
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() >= 2 && !name.contains(' ') && letters.iter().all(|c| c.is_uppercase()) {
        return Some(EntityKind::Organization);
    }
    None
}

/// The kind a name's first word gives: "River Hexe", "Operation Fellwalker".
fn leading_kind(name: &str) -> Option<EntityKind> {
    let first = name.split(' ').next()?;
    match first {
        "River" | "Lake" | "Mount" | "Mt" | "Loch" | "Port" | "Fort" | "Cape" | "Isle"
        | "Lough" | "Glen" => Some(EntityKind::Place),
        "Operation" | "Storm" | "Hurricane" | "Typhoon" | "Cyclone" | "Tropical" | "Project"
        | "Festival" => Some(EntityKind::Other),
        "Fondation" | "Fundación" | "Stiftung" | "Banco" | "Universidad" | "Université"
        | "Universität" => Some(EntityKind::Organization),
        _ => None,
    }
}

/// Endings of a one-word name that make it a place: "Carmarthenshire", "Vestrheim".
fn place_ending(word: &str) -> bool {
    word.chars().count() > 5
        && [
            "shire", "ville", "burg", "borough", "bury", "thorpe", "stad", "heim", "grad", "abad",
            "pur", "mouth", "minster", "dorf", "hausen", "holm", "chester", "caster",
        ]
        .iter()
        .any(|e| word.ends_with(e))
}

/// Cuts the paragraph into units: gazetteer matches on word boundaries, else words.
fn units<'a>(text: &'a str, words: &[Word<'a>], gazetteer: &Gazetteer) -> Vec<Unit<'a>> {
    // Matches keyed by the index of the word they start at.
    let mut matches: Vec<(usize, usize, Pattern, bool)> = Vec::new(); // (word, end byte, pattern, possessive)
    let mut last_match_end = usize::MAX;
    for m in aho_corasick::automaton::Automaton::try_find_iter(
        &gazetteer.automaton,
        aho_corasick::Input::new(text),
    )
    .into_iter()
    .flatten()
    {
        let (start, end) = (m.start(), m.end());
        let before = text.get(..start).and_then(|s| s.chars().next_back());
        if before.is_some_and(char::is_alphanumeric) {
            continue;
        }
        // "Euro-Atlantic" is not the Atlantic: after a hyphen, a name counts only when
        // what precedes is lower case ("pro-Russian") or itself a name ("U.S.-Russian").
        if before == Some('-') && !after_known_or_lowercase(text, start, last_match_end) {
            continue;
        }
        let after = text.get(end..).unwrap_or("");
        let possessive = ["'s", "’s"].iter().any(|p| {
            after
                .strip_prefix(p)
                .is_some_and(|rest| !rest.chars().next().is_some_and(char::is_alphanumeric))
        });
        // "Disney+" is not Disney: a name that goes on is another name.
        if !possessive && after.starts_with(|c: char| c.is_alphanumeric() || c == '+') {
            continue;
        }
        // "Democratic-Farmer-Labor Party" is not the Democratic Party; "U.S.-Russian"
        // and "Russian-American" are two known names side by side.
        if let Some(rest) = after.strip_prefix('-')
            && rest.starts_with(char::is_uppercase)
            && !text[start..end].contains('.')
        {
            let next: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
            let people = ["an", "ese", "ish", "i"].iter().any(|e| next.ends_with(e));
            if !people {
                continue;
            }
        }
        if let Ok(index) = words.binary_search_by_key(&start, |w| w.range.start) {
            let pattern = gazetteer.patterns.get(m.pattern().as_usize()).copied();
            if let Some(pattern) = pattern {
                matches.push((index, end, pattern, possessive));
                last_match_end = end;
            }
        }
    }

    let mut units = Vec::with_capacity(words.len());
    let mut i = 0;
    let mut pending_match = matches.iter().peekable();
    while i < words.len() {
        while pending_match.peek().is_some_and(|m| m.0 < i) {
            pending_match.next();
        }
        let word = &words[i];
        let previous_is_particle = i > 0 && is_particle(words[i - 1].text);
        let joined = word.joined_to_previous
            || (previous_is_particle
                && text.get(words[i - 1].range.end..word.range.start) == Some("-"));
        if let Some(&&(_, end, pattern, possessive)) = pending_match.peek().filter(|m| m.0 == i) {
            let last = words[i..]
                .iter()
                .take_while(|w| w.range.start < end)
                .count()
                + i;
            units.push(Unit {
                kind: match pattern {
                    Pattern::Entity(index, via) => UnitKind::Known(index, via),
                    Pattern::Title => UnitKind::Title,
                },
                range: word.range.start..end,
                text: text.get(word.range.start..end).unwrap_or(""),
                starts_sentence: word.starts_sentence,
                joined,
                possessive,
            });
            i = last.max(i + 1);
            continue;
        }
        // "Chandrayaan-3", "F-35", "Okonjo-Wells", "Disney+": one name, one unit.
        let mut last = i;
        while let Some(next) = words.get(last + 1) {
            let between = text.get(words[last].range.end..next.range.start);
            let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
            let numbered = next.text.chars().next().is_some_and(|c| c.is_ascii_digit());
            let hyphenated = capitalised(words[last].text)
                && capitalised(next.text)
                && !is_combining_prefix(words[last].text);
            if between == Some("-") && capitalised(word.text) && (numbered || hyphenated) {
                last += 1;
            } else {
                break;
            }
        }
        // "ArcVent 2026", "SNS 24": a number after a product-shaped word (inner capital
        // or acronym) is part of its name.
        if last == i
            && let Some(next) = words.get(i + 1)
            && next.joined_to_previous
            && next.text.chars().all(|c| c.is_ascii_digit())
            && word.text.chars().skip(1).any(char::is_uppercase)
        {
            last += 1;
        }
        let bare = crate::text::strip_possessive(words[last].text);
        let mut end = words[last].range.start + bare.len();
        if bare.len() == words[last].text.len()
            && text.get(end..).is_some_and(|rest| {
                rest.starts_with('+') && !rest[1..].starts_with(|c: char| c.is_alphanumeric())
            })
        {
            end += 1;
        }
        units.push(Unit {
            kind: UnitKind::Word,
            range: word.range.start..end,
            text: text.get(word.range.start..end).unwrap_or(word.text),
            starts_sentence: word.starts_sentence,
            joined,
            possessive: bare.len() != words[last].text.len(),
        });
        i = last + 1;
    }
    units
}

/// Whether the word before the hyphen at `start - 1` is lower case or a known name that
/// ended right there.
fn after_known_or_lowercase(text: &str, start: usize, last_match_end: usize) -> bool {
    let hyphen = start.saturating_sub(1);
    if last_match_end == hyphen {
        return true;
    }
    let before = text.get(..hyphen).unwrap_or("");
    let word_start = before
        .rfind(|c: char| !c.is_alphanumeric() && c != '.')
        .map_or(0, |i| i + 1);
    !before
        .get(word_start..)
        .unwrap_or("")
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// Where the span that starts at `start` ends (exclusive).
fn span_end(units: &[Unit<'_>], start: usize) -> usize {
    let first = &units[start];
    if !first.is_name_like() || first.possessive {
        return start + 1;
    }
    let mut end = start + 1;
    while end < units.len() {
        let unit = &units[end];
        if !unit.joined || unit.starts_sentence {
            break;
        }
        let continues = if unit.is_name_like() {
            true
        } else if is_connector(unit.text) || is_particle(unit.text) {
            // A lower-case word stays only between two name words.
            units
                .get(end + 1)
                .is_some_and(|next| next.joined && next.is_name_like())
        } else {
            false
        };
        if !continues {
            break;
        }
        end += 1;
        if unit.possessive {
            break;
        }
    }
    // A span never ends on a lower-case word.
    while end > start + 1 && !units[end - 1].is_name_like() {
        end -= 1;
    }
    end
}

/// Reads one span from left to right and adds what it names to `found`.
fn read_span(
    text: &str,
    span: &[Unit<'_>],
    context: Context<'_>,
    gazetteer: &Gazetteer,
    found: &mut Vec<Candidate>,
) {
    let mut span = span;
    // A capitalised stop word opening a sentence is not part of a name ("The Kremlin").
    while let Some(first) = span.first() {
        let common = matches!(first.kind, UnitKind::Word)
            && ((first.starts_sentence && is_stop_word(&normalize(first.text)))
                || !first.is_name_like());
        if !common {
            break;
        }
        span = &span[1..];
    }
    // Other common words ("Many Western officials") go too, unless a head word makes the
    // whole span one name: "Foreign Ministry" keeps "Foreign".
    let connector = span.iter().position(|u| !u.is_name_like());
    if head_kind(span, connector, gazetteer).is_none() {
        while let Some(first) = span.first() {
            if !(matches!(first.kind, UnitKind::Word) && gazetteer.is_not_entity(first.text)) {
                break;
            }
            span = &span[1..];
        }
        // "Rebuking Vance", "Poor Djokovic": an ordinary word opening the sentence is
        // cut off a name, unless it is a first name ("Mark Carney") or the whole is a
        // place the lexicon knows ("New Haven").
        let lexicon = crate::lexicon::shipped();
        if let [first, second, ..] = span
            && matches!(first.kind, UnitKind::Word)
            && first.starts_sentence
            && second.is_name_like()
            && context.is_ordinary(first.text)
            && !lexicon.is_first_name(first.text)
            && lexicon.place(&span_text(span, text)).is_none()
        {
            span = &span[1..];
        }
    }
    if span.is_empty() {
        return;
    }

    // A span with a head word is one name: "Foreign Policy Research Institute",
    // "Charter of Paris" (the head is the last word before "of").
    // "Vila Franca de Xira": a particle stays inside the name; "of" and "for" join two.
    let connector = span
        .iter()
        .position(|u| !u.is_name_like() && !is_particle(u.text));
    if let Some(kind) = head_kind(span, connector, gazetteer) {
        // A leading demonym or place stays in the name: "Indian Space Research
        // Organisation", "UK Health Security Agency" name one body, not India or the UK.
        let named = 0;
        let (first, last) = (&span[named], &span[span.len() - 1]);
        let known_whole = span.len() - named == 1 && matches!(first.kind, UnitKind::Known(..));
        if !known_whole {
            let range = first.range.start..last.range.end;
            let name = span_text(&span[named..], text);
            found.push(Candidate {
                range,
                reading: Reading::Named(name, kind, Evidence::Context),
            });
            return;
        }
    }
    if connector.is_some() {
        // "Russia of …" without a head word: read the parts on their own.
        let mut part_start = 0;
        for (i, unit) in span.iter().enumerate() {
            if !unit.is_name_like() {
                if part_start < i {
                    read_span(
                        text,
                        &span[part_start..i],
                        context.inside(),
                        gazetteer,
                        found,
                    );
                }
                part_start = i + 1;
            }
        }
        if part_start < span.len() {
            read_span(
                text,
                &span[part_start..],
                context.inside(),
                gazetteer,
                found,
            );
        }
        return;
    }

    let mut titled = false;
    let mut i = 0;
    while i < span.len() {
        match span[i].kind {
            UnitKind::Known(index, via) => {
                found.push(Candidate {
                    range: span[i].range.clone(),
                    reading: Reading::Known(index, via),
                });
                titled = false;
                i += 1;
            }
            UnitKind::Title => {
                titled = true;
                i += 1;
            }
            UnitKind::Word => {
                let run = span[i..]
                    .iter()
                    .take_while(|u| matches!(u.kind, UnitKind::Word))
                    .count();
                let words = &span[i..i + run];
                // "Roy E. Disney": a given name (and initials) before a known one-word
                // name that is no place make a person whose surname that word is.
                if let Some(next) = span.get(i + run)
                    && let UnitKind::Known(index, Via::Name) = next.kind
                    && gazetteer.entities[index].kind != EntityKind::Place
                    && !next.text.contains(' ')
                    && crate::lexicon::shipped().is_first_name(words[0].text)
                {
                    let person = &span[i..=i + run];
                    found.push(Candidate {
                        range: words[0].range.start..next.range.end,
                        reading: Reading::Named(
                            span_text(person, text),
                            EntityKind::Person,
                            Evidence::Context,
                        ),
                    });
                    titled = false;
                    i += run + 1;
                    continue;
                }
                let context = Context {
                    before: if i == 0 { context.before } else { None },
                    after: if i + run == span.len() {
                        context.after
                    } else {
                        None
                    },
                    ..context
                };
                read_name(text, words, titled, context, gazetteer, found);
                titled = false;
                i += run;
            }
        }
    }
}

/// The kind given by the span's head word, when the span has one.
fn head_kind(
    span: &[Unit<'_>],
    connector: Option<usize>,
    gazetteer: &Gazetteer,
) -> Option<EntityKind> {
    if span.len() < 2 {
        return None;
    }
    let before_connector = &span[..connector.unwrap_or(span.len())];
    // "World War II": the head is the word before a numeral.
    let head = before_connector.iter().rev().find(|u| !is_suffix(u.text))?;
    if !matches!(head.kind, UnitKind::Word) {
        return None;
    }
    gazetteer.kind_of_head(head.text)
}

/// Reads a run of plain capitalised words: a person's name, or a single word to resolve.
fn read_name(
    text: &str,
    words: &[Unit<'_>],
    titled: bool,
    context: Context<'_>,
    gazetteer: &Gazetteer,
    found: &mut Vec<Candidate>,
) {
    let cue = context.before;
    // Common words at the edges are not part of the name; inside, they spoil it.
    let mut words = words;
    while let Some((last, rest)) = words.split_last() {
        if gazetteer.is_not_entity(last.text) {
            words = rest;
        } else {
            break;
        }
    }
    while let Some((first, rest)) = words.split_first() {
        if gazetteer.is_not_entity(first.text) {
            words = rest;
        } else {
            break;
        }
    }
    if words.is_empty() || words.iter().any(|u| gazetteer.is_not_entity(u.text)) {
        return;
    }
    // "Chief Constable Joanna Pryor": descriptive words before a given name are not
    // part of the name.
    let lexicon = crate::lexicon::shipped();
    if let Some(given) = words.iter().position(|u| lexicon.is_first_name(u.text))
        && given > 0
        && words[..given].iter().all(|u| context.is_ordinary(u.text))
        && lexicon.place(&span_text(words, text)).is_none()
    {
        words = &words[given..];
    }
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return;
    };
    let range = first.range.start..last.range.end;
    if words.len() == 1 {
        let word = first.text;
        if first.starts_sentence && !titled && gazetteer.is_not_entity(word) {
            return;
        }
        // "Euro-Atlantic": a prefix, or what a hyphen hangs on a word, is no name.
        let hyphened = text
            .get(..first.range.start)
            .is_some_and(|t| t.ends_with('-'));
        if !titled && (is_combining_prefix(word) || hyphened) {
            return;
        }
        // A capital makes a name of a word that is no ordinary English word
        // ("Sriharikota", "Wimbledon"). An ordinary one ("Poor" opening a sentence, or
        // "Curator", "Rain" cut from a longer title) is a name only if it resolves to a
        // person, a list knows it as a place or a given name, or a title goes before it.
        let lexicon = crate::lexicon::shipped();
        // "Prussian", "Cumbrian": an adjective of a people or region, not a name.
        let adjective = ["ian", "ean", "ese", "ish"]
            .iter()
            .any(|e| word.ends_with(e))
            && !lexicon.is_first_name(word);
        if adjective && !titled {
            return;
        }
        // "Investigators said", "Saturdays are", "Seventeen people": opening a sentence,
        // a plural of people by their role, a time word or a number is no name.
        let lower = normalize(word);
        let singular = lower.strip_suffix('s').unwrap_or(&lower);
        let role_plural = first.starts_sentence
            && lower.chars().count() > 6
            && ["ers", "ors", "ists", "ants", "ents", "ians"]
                .iter()
                .any(|e| lower.ends_with(e));
        if !titled
            && (role_plural
                || crate::terms::is_never_a_term(&lower)
                || (singular.len() > 4 && crate::terms::is_never_a_term(singular)))
        {
            return;
        }
        let name = !context.is_ordinary(word)
            || lexicon.place(word).is_some()
            || (!first.starts_sentence && lexicon.is_first_name(word));
        found.push(Candidate {
            range,
            reading: Reading::Single {
                word: normalize_name(word),
                titled,
                name,
                kind: evidence(word, context, 1)
                    .or_else(|| place_ending(word).then_some(EntityKind::Place)),
            },
        });
        return;
    }
    let name = span_text(words, text);
    // "Breakfast Show" before "YouTube": a run can have a head word of its own.
    if let Some(kind) = words
        .last()
        .filter(|_| words.len() >= 2)
        .and_then(|u| gazetteer.kind_of_head(u.text))
    {
        found.push(Candidate {
            range,
            reading: Reading::Named(name, kind, Evidence::Context),
        });
        return;
    }
    if words.len() > 4 {
        return;
    }
    // "Mending Nets", "Corporate Manslaughter": capitalised ordinary words, a title or
    // a piece of a longer name, not a name the context can place.
    if words.iter().all(|u| context.is_ordinary(u.text)) && lexicon.place(&name).is_none() {
        return;
    }
    if cue.is_some_and(is_organization_cue) {
        found.push(Candidate {
            range,
            reading: Reading::Named(name, EntityKind::Organization, Evidence::Context),
        });
        return;
    }
    let name_shaped = words.iter().all(|u| {
        let mut chars = u.text.chars();
        let first_upper = chars.next().is_some_and(char::is_uppercase);
        let rest_not_shouting = u.text.chars().filter(|c| c.is_alphabetic()).count() <= 2
            || u.text.chars().skip(1).any(char::is_lowercase);
        (first_upper && rest_not_shouting) || is_particle(u.text) || is_suffix(u.text)
    });
    if name_shaped {
        let reading = match evidence(&name, context, words.len()).or_else(|| leading_kind(&name)) {
            Some(kind) => Reading::Named(name, kind, Evidence::Context),
            None => Reading::Named(name, EntityKind::Person, Evidence::Shape),
        };
        found.push(Candidate { range, reading });
    }
}

/// The name a run of units spells, as written: "Bashar al-Assad", "Charter of Paris".
fn span_text(units: &[Unit<'_>], text: &str) -> String {
    let (Some(first), Some(last)) = (units.first(), units.last()) else {
        return String::new();
    };
    let written = text.get(first.range.start..last.range.end).unwrap_or("");
    normalize_name(&written.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// A name as shown: typographic apostrophes folded, nothing else changed.
fn normalize_name(text: &str) -> String {
    text.replace(['’', 'ʼ'], "'")
}
