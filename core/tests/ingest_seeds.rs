//! Ingestion of whole captures: the five seeds, and captures in the shapes of other
//! sites (`tests/captures/`). For each, what must be detected: the metadata, how many
//! paragraphs, captions and subheads, what the body must and must not contain. Over
//! all of them: no line of a capture is lost.

use overlap_core::{Article, ingest, ingest_bytes};
use proptest::prelude::*;
use std::collections::HashSet;
use std::path::PathBuf;

/// What must be detected in one capture.
struct Expect {
    file: &'static str,
    title: Option<&'static str>,
    subtitle: Option<&'static str>,
    outlet: Option<&'static str>,
    author: Option<&'static str>,
    date: Option<&'static str>,
    date_text: Option<&'static str>,
    date_alternative: Option<&'static str>,
    url: Option<&'static str>,
    paragraphs: usize,
    captions: &'static [&'static str],
    subheads: &'static [&'static str],
    /// Lines that must be in the boilerplate.
    boilerplate: &'static [&'static str],
    /// Text that must be in the body (joined paragraphs included).
    body_has: &'static [&'static str],
    /// Text that must not be in the body: chrome, captions, metadata.
    body_lacks: &'static [&'static str],
}

/// Phrases of page chrome that no body may contain.
const CHROME: [&str; 14] = [
    "Subscribe",
    "Related article",
    "Related Articles",
    "Comments",
    "DOWNLOAD",
    "Download the App",
    "MORE FROM",
    "More By",
    "Orange background",
    "Share on",
    "logo",
    "Most viewed",
    "Reporting by",
    "Leave a comment",
];

const SEEDS: [Expect; 5] = [
    Expect {
        file: "seeds/000_1380918436c1ee0e.txt",
        title: Some(
            "Kremlin Courts Trump Behind the Scenes as His Foreign Policy Rhetoric Rattles U.S. Allies",
        ),
        subtitle: None,
        outlet: Some("The Moscow Times"),
        author: Some("Moscow Times Reporter"),
        date: Some("2025-01-14"),
        date_text: Some("January 14, 2025"),
        date_alternative: None,
        url: Some(
            "https://www.themoscowtimes.com/2025/01/14/kremlin-courts-trump-behind-the-scenes-as-his-foreign-policy-rhetoric-rattles-us-allies-a87602",
        ),
        paragraphs: 29,
        captions: &[
            "Face masks depicting Donald Trump and Vladimir Putin are displayed for sale at a souvenir market in St. Petersburg. Anatoly Maltsev / EPA / TASS",
        ],
        subheads: &[],
        boilerplate: &[
            "Related article: [Kremlin Officials Hope Trump Will Hand Putin an Advantage in Ukraine – and Europe](#)",
            "Original url:",
        ],
        body_has: &[
            "tension between Washington and its allies that these comments have created.",
            "imposing budget-straining sanctions on Russia's shadow fleet and oil and gas companies.",
            "watching this closely. There are plenty of people in the world",
            "despite the Kremlin's denials of reporting",
            "\"Both our [the Kremlin] and Trump's team",
        ],
        body_lacks: &["Anatoly Maltsev", "](#)", "**", "Original url", "https://"],
    },
    Expect {
        file: "seeds/001_117cd72936ee1a47.txt",
        title: Some(
            "Donald Trump has spoken to Vladimir Putin as often as he's talked to his intelligence briefers",
        ),
        subtitle: Some("Don't be surprised if Trump's foreign policy aligns with Russia's"),
        outlet: None,
        author: Some("Matthew Rozsa"),
        date: Some("2016-11-25T15:55-05:00"),
        date_text: Some("November 25, 2016 3:55PM (EST)"),
        date_alternative: None,
        url: None,
        paragraphs: 7,
        captions: &[
            "Vladimir Putin, Donald Trump (AP/Andrew Harnik/Nati Harnik/Photo montage by Salon)",
        ],
        subheads: &[],
        boilerplate: &[
            "By Matthew Rozsa",
            "Related Topics ------------------------------------------",
            "Donald Trump Vladimir Putin",
        ],
        body_has: &[
            "President-elect Donald Trump has allegedly held",
            "praise Putin's policies in Russia.",
        ],
        body_lacks: &["staff writer", "Photo montage", "Published"],
    },
    Expect {
        file: "seeds/002_3efbda6fc0e6d159.txt",
        title: None,
        subtitle: None,
        outlet: None,
        author: Some("Jeffrey Mankoff"),
        date: None,
        date_text: None,
        date_alternative: None,
        url: None,
        paragraphs: 20,
        captions: &[
            "Vladimir Putin, then Russia's prime minister, and Exxon Chief Executive Rex Tillerson at a meeting near Moscow, April 2012.",
            "Vladimir Putin, then Russia's prime minister, and Rex Tillerson, then Exxon's chief executive officer, at a meeting near Moscow, April 2012.",
            "Sputnik / Kremlin / Alexei Nikolskyi via REUTERS",
            "Dmitry Medvedev, then Russia's president, and U.S. President Barack Obama at a restaurant in Arlington, Virginia, June 2010.",
            "Kevin Lamarque / REUTERS",
        ],
        subheads: &[],
        boilerplate: &[
            // A pull quote: it repeats the last paragraph.
            "Russia and the United States will confront each other in Europe whatever Trump desires.",
            "You are reading a free article.",
            "• Six issues a year in print, online, and audio editions",
            "• JEFFREY MANKOFF is Senior Fellow and Deputy Director of the Russia and Eurasia Program \u{a0}at the Center for Strategic and International Studies.",
        ],
        body_has: &[
            "Donald Trump’s inauguration as U.S. president",
            "the areas the Kremlin considers priorities.Trump has already suggested",
            "the two countries will confront each other in Europe whatever Trump desires.",
        ],
        body_lacks: &[
            "Paywall-free",
            "REUTERS",
            "Senior Fellow",
            "Rex Tillerson, then Exxon",
        ],
    },
    Expect {
        file: "seeds/003_34090d25c52df423.txt",
        title: Some("Trump, Putin Agree to Normalize US-Russia Ties"),
        subtitle: Some("Both Agree to Need to Improve 'Extremely Unsatisfactory' Relations"),
        outlet: None,
        author: Some("Jason Ditz"),
        date: None,
        date_text: None,
        date_alternative: None,
        url: None,
        paragraphs: 6,
        captions: &[],
        subheads: &[],
        boilerplate: &["Author: Jason Ditz"],
        body_has: &[
            "Officials have confirmed that Russian President",
            "many opposed to normalization.",
        ],
        body_lacks: &["Senior Editor", "Author:"],
    },
    Expect {
        file: "seeds/004_8144ab209fc3d631.txt",
        title: Some("What Putin's two-faced strategy says about his approach to Trump and Ukraine"),
        subtitle: None,
        outlet: Some("NBC News"),
        author: None,
        date: Some("2025-05-04"),
        date_text: Some("05-04-2025"),
        date_alternative: Some("2025-04-05"),
        url: None,
        paragraphs: 28,
        captions: &[],
        subheads: &["Mixed messages", "Familiar envoy", "Pressing ahead"],
        boilerplate: &[
            "logo",
            "NBC News05-04-2025",
            "Try Our AI Features",
            "No comments yet...",
            "app-storeplay-store",
        ],
        body_has: &[
            "To the casual observer, Russia seems to be marching in two opposite directions.",
            "'Dmitriev is most probably sent in order to wriggle out of a tight corner.'",
        ],
        body_lacks: &["Newsom", "Cammy Day", "Daily8", "Mixed messages"],
    },
];

const CAPTURES: [Expect; 3] = [
    Expect {
        file: "core/tests/captures/guardian_style.txt",
        title: Some("EU leaders agree new sanctions package as talks on frozen assets stall"),
        subtitle: Some(
            "Diplomats say the measures target shipping firms but stop short of a ban on gas imports",
        ),
        outlet: None,
        author: Some("Jennifer Rankin"),
        // "First published on" wins over the header's later (last modified) time.
        date: Some("2025-02-03T14:20+00:00"),
        date_text: Some("Mon 3 Feb 2025 14.20 GMT"),
        date_alternative: None,
        url: None,
        paragraphs: 5,
        captions: &[
            "Ursula von der Leyen speaks to reporters after the summit in Brussels. Photograph: Olivier Hoslet/EPA",
        ],
        subheads: &[],
        boilerplate: &[
            "Skip to main content",
            "World news",
            "Jennifer Rankin in Brussels",
            "Share via Email",
            "Explore more on these topics",
            "First published on Mon 3 Feb 2025 14.20 GMT",
            "Most viewed",
            "The best budget laptops of the year, tested",
        ],
        body_has: &[
            "freezes the assets of two insurers registered in the United Arab Emirates.",
            "“It is fought on the sea lanes, in our energy markets and in our elections.”",
            "said he had secured guarantees on gas transit.",
        ],
        body_lacks: &[
            "Photograph",
            "Reuse this content",
            "Tennis",
            "European Union\n",
        ],
    },
    Expect {
        file: "core/tests/captures/wire_style.txt",
        title: Some("Biden and Xi agree to restore military talks at first meeting in a year"),
        subtitle: None,
        outlet: Some("AP"),
        author: Some("JOSH BOAK and ZEKE MILLER"),
        date: Some("2024-03-03T15:12-05:00"),
        date_text: Some("3:12 PM EST, March 3, 2024"),
        date_alternative: None,
        url: None,
        paragraphs: 5,
        captions: &[
            "President Joe Biden greets Chinese President Xi Jinping at the Filoli Estate in Woodside, Calif. (AP Photo/Doug Mills)",
        ],
        subheads: &[],
        boilerplate: &[
            "Advertisement",
            "Reporting by Jane Roe; Editing by John Poe",
            "Read more:",
            "Biden to host Pacific leaders as China rivalry sharpens",
        ],
        body_has: &[
            "President Joe Biden and Chinese leader Xi Jinping",
            "a priority for the White House ahead of the election.",
        ],
        body_lacks: &["Doug Mills", "Pacific leaders", "Updated"],
    },
    Expect {
        file: "core/tests/captures/blog_style.txt",
        title: Some("Why I stopped reading the news for a week"),
        subtitle: Some("Notes from a small experiment in attention"),
        outlet: None,
        author: Some("jane"),
        date: Some("2024-02-11"),
        date_text: Some("2024-02-11"),
        date_alternative: None,
        url: None,
        paragraphs: 4,
        captions: &[],
        subheads: &[],
        boilerplate: &[
            "Posted on 2024-02-11 by jane",
            "Share",
            "Subscribe",
            "Leave a comment",
            "12 Likes · 3 Restacks",
        ],
        body_has: &[
            // Lower case after a full stop is the writer's style, not a broken paragraph.
            "the first two days were the hardest.",
            "mostly out of habit, and most of the time I could not say",
        ],
        body_lacks: &["Restacks", "Posted on"],
    },
];

/// Reads a capture by its path from the repository root.
fn load(file: &str) -> Article {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(file);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    ingest_bytes(&id, &bytes).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// The one assertion helper: checks every expectation of every capture and reports
/// all that fail, each with its file and field.
fn check_all(expectations: &[Expect]) {
    let mut failures: Vec<String> = Vec::new();
    for e in expectations {
        let a = load(e.file);
        let mut field = |name: &str, ok: bool, actual: &dyn std::fmt::Debug| {
            if !ok {
                failures.push(format!("{}: {name}: got {actual:?}", e.file));
            }
        };
        field("title", a.title.as_deref() == e.title, &a.title);
        field("subtitle", a.subtitle.as_deref() == e.subtitle, &a.subtitle);
        field("outlet", a.outlet.as_deref() == e.outlet, &a.outlet);
        field("author", a.author.as_deref() == e.author, &a.author);
        field("date", a.date.as_deref() == e.date, &a.date);
        field(
            "date_text",
            a.date_text.as_deref() == e.date_text,
            &a.date_text,
        );
        field(
            "date_alternative",
            a.date_alternative.as_deref() == e.date_alternative,
            &a.date_alternative,
        );
        field(
            "date_ambiguous",
            a.date_ambiguous == e.date_alternative.is_some(),
            &a.date_ambiguous,
        );
        field("url", a.url.as_deref() == e.url, &a.url);
        field("paragraphs", a.body.len() == e.paragraphs, &a.body.len());
        field("captions", a.captions == e.captions, &a.captions);
        field("subheads", a.subheads == e.subheads, &a.subheads);
        field(
            "sidecar_fields",
            a.sidecar_fields.is_empty(),
            &a.sidecar_fields,
        );
        for line in e.boilerplate {
            field(
                "boilerplate has",
                a.boilerplate.iter().any(|b| b == line),
                line,
            );
        }
        let body = a.body.join("\n");
        for text in e.body_has {
            field("body has", body.contains(text), text);
        }
        for text in e.body_lacks.iter().chain(CHROME.iter()) {
            field("body lacks", !body.contains(text), text);
        }
    }
    assert!(
        failures.is_empty(),
        "{} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn seeds_are_read_as_expected() {
    check_all(&SEEDS);
}

#[test]
fn captures_of_other_sites_are_read_as_expected() {
    check_all(&CAPTURES);
}

/// Lower-case words, split at anything that is not a letter or digit. Bold markers
/// go first, as they go in the article: "Doe**Putin" reads "DoePutin".
fn word_set(text: &str) -> HashSet<String> {
    text.replace("**", "")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The words of the capture's lines that are nowhere in the article.
fn lost_words(text: &str, a: &Article) -> Vec<String> {
    let kept: HashSet<String> = [
        &a.title,
        &a.subtitle,
        &a.author,
        &a.date_text,
        &a.url,
        &a.dateline,
    ]
    .into_iter()
    .flatten()
    .chain(&a.body)
    .chain(&a.captions)
    .chain(&a.subheads)
    .chain(&a.boilerplate)
    .flat_map(|s| word_set(s))
    .collect();
    let mut lost: Vec<String> = text
        .lines()
        .flat_map(word_set)
        .filter(|w| !kept.contains(w))
        .collect();
    lost.sort();
    lost.dedup();
    lost
}

#[test]
fn nothing_is_lost() {
    for e in SEEDS.iter().chain(&CAPTURES) {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join(e.file);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", e.file));
        let lost = lost_words(&text, &load(e.file));
        assert!(lost.is_empty(), "{}: words lost: {lost:?}", e.file);
    }
}

#[test]
fn every_line_is_placed_once() {
    // Each non-blank line is a boilerplate line, a caption, a subhead, or inside a
    // paragraph of the body.
    for e in SEEDS.iter().chain(&CAPTURES) {
        let a = load(e.file);
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join(e.file);
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        // A dateline taken off the first paragraph goes back in front of it.
        let body = match (&a.dateline, a.body.split_first()) {
            (Some(d), Some((first, rest))) => std::iter::once(format!("{d} {first}"))
                .chain(rest.iter().cloned())
                .collect::<Vec<_>>()
                .join("\n"),
            _ => a.body.join("\n"),
        };
        let collapse = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let unmarked =
            |s: &str| collapse(&s.replace("**", "").replace("](#)", "").replace('[', ""));
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let placed = a.boilerplate.iter().any(|b| b == line)
                || a.captions.iter().any(|c| unmarked(c) == unmarked(line))
                || a.subheads.iter().any(|s| s == line)
                || body.replace('[', "").contains(&unmarked(line));
            assert!(placed, "{}: line not placed: {line:?}", e.file);
        }
    }
}

/// Pieces that captures are made of, for random captures.
const PIECES: [&str; 26] = [
    "\n",
    "\n\n",
    "\r\n",
    " ",
    "By ",
    "Jane Doe",
    "**",
    "(AP/",
    "Kevin Lamarque / REUTERS",
    "Published ",
    "05-04-2025",
    "March 3, 2024 3:55PM (EST)",
    "“",
    "”",
    "\"",
    "שלום עולם.",
    "مرحبا؟",
    "Related Articles",
    "Share",
    "The Kremlin denied it.",
    "sanctions on",
    "created.",
    "Mixed messages",
    "é",
    "Original url:",
    "<https://example.com/a>",
];

proptest! {
    #[test]
    fn random_captures_never_panic_and_lose_nothing(
        picks in prop::collection::vec(0..PIECES.len(), 0..80)
    ) {
        let text: String = picks.iter().filter_map(|&i| PIECES.get(i).copied()).collect();
        if let Ok(a) = ingest("random", &text) {
            prop_assert!(!a.body.is_empty());
            let lost = lost_words(&text, &a);
            prop_assert!(lost.is_empty(), "lost {:?}", lost);
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = ingest_bytes("bytes", &bytes);
    }
}
