//! Entity recognition, one behaviour per table row.

use super::*;

/// (name, kind, count) of every entity found in `text`, most mentioned first.
fn found(text: &str, known: &KnownPeople) -> Vec<(String, EntityKind, usize)> {
    let paragraphs: Vec<String> = text.split("\n\n").map(str::to_string).collect();
    recognize(&paragraphs, known, |_, _| 0)
        .into_iter()
        .map(|e| (e.name, e.kind, e.count))
        .collect()
}

fn check(cases: &[(&str, &str, &[(&str, EntityKind, usize)])], known: &KnownPeople) {
    for (name, text, expected) in cases {
        let mut got = found(text, known);
        got.sort();
        let mut expected: Vec<(String, EntityKind, usize)> = expected
            .iter()
            .map(|(n, k, c)| (n.to_string(), *k, *c))
            .collect();
        expected.sort();
        assert_eq!(got, expected, "case: {name}\ntext: {text}");
    }
}

use EntityKind::{Organization as Org, Other, Person, Place};

#[test]
fn people() {
    check(
        &[
            (
                "title stripped, surname resolved",
                "President Vladimir Putin spoke. Later Putin left.",
                &[("Vladimir Putin", Person, 2)],
            ),
            (
                "possessive",
                "Trump's team met Donald Trump.",
                &[("Donald Trump", Person, 2)],
            ),
            (
                "title after a place",
                "U.S. President-elect Donald Trump called.",
                &[("United States", Place, 1), ("Donald Trump", Person, 1)],
            ),
            (
                "particle in a name",
                "Syrian President Bashar al-Assad met allies of Assad.",
                &[("Syria", Place, 1), ("Bashar al-Assad", Person, 2)],
            ),
            (
                "a suffix makes another person",
                "Donald Trump Jr. met Donald Trump. Trump smiled.",
                &[("Donald Trump", Person, 2), ("Donald Trump Jr.", Person, 1)],
            ),
            (
                "a titled surname alone is still a person",
                "Then President Obama spoke.",
                &[("Obama", Person, 1)],
            ),
            (
                "an unknown word in mid-sentence is a name, of no known kind",
                "The talks with Zorblax failed.",
                &[("Zorblax", Other, 1)],
            ),
            (
                "an ordinary word opening a sentence is cut off a name",
                "Rebuking Vance, he left. Poor Djokovic lost. Echoing Trump, she spoke.",
                &[
                    ("Vance", Other, 1),
                    ("Djokovic", Other, 1),
                    ("Trump", Other, 1),
                ],
            ),
            (
                "who says something is a person; initials belong to the name",
                "Okafor said it was over. Roy E. Disney agreed with J. R. Okafor.",
                &[("Roy E. Disney", Person, 1), ("J. R. Okafor", Person, 2)],
            ),
            (
                "sentence-initial surname resolved",
                "Kirill Dmitriev flew in. Dmitriev, 49, smiled.",
                &[("Kirill Dmitriev", Person, 2)],
            ),
        ],
        &KnownPeople::default(),
    );
}

#[test]
fn surnames_resolve_across_the_corpus() {
    let mut known = KnownPeople::default();
    known.add(&[Entity {
        name: "Barack Obama".to_string(),
        kind: Person,
        mentions: Vec::new(),
        count: 1,
        occurrences: Vec::new(),
    }]);
    check(
        &[(
            "titled surname",
            "Then President Obama spoke.",
            &[("Barack Obama", Person, 1)],
        )],
        &known,
    );
}

#[test]
fn places_and_demonyms() {
    check(
        &[
            (
                "aliases of one country",
                "The U.S. and the United States, or the US.",
                &[("United States", Place, 3)],
            ),
            (
                "transliterations",
                "Kiev, now spelled Kyiv.",
                &[("Kyiv", Place, 2)],
            ),
            (
                "demonym counts toward its place",
                "Russian officials said Russia agreed.",
                &[("Russia", Place, 2)],
            ),
            (
                "no demonym inside a longer word",
                "It was Prussian history.",
                &[],
            ),
            (
                "possessive place",
                "Russia's shadow fleet.",
                &[("Russia", Place, 1)],
            ),
            (
                "hyphenated pair",
                "the U.S.-Russian talks",
                &[("United States", Place, 1), ("Russia", Place, 1)],
            ),
        ],
        &KnownPeople::default(),
    );
}

#[test]
fn organizations_and_other_names() {
    check(
        &[
            (
                "known organisation",
                "NATO met in Brussels.",
                &[("NATO", Org, 1), ("Brussels", Place, 1)],
            ),
            (
                "head word",
                "He joined the Foreign Policy Research Institute.",
                &[("Foreign Policy Research Institute", Org, 1)],
            ),
            (
                "head word before of",
                "They signed the Charter of Paris.",
                &[("Charter of Paris", Other, 1)],
            ),
            (
                "event by head word",
                "It ended the Crimean War.",
                &[("Crimean War", Other, 1)],
            ),
            (
                "an acronym of a longer name in the article is that name",
                "The UK Health Security Agency said so. Later the UKHSA agreed.",
                &[("UK Health Security Agency", Org, 2)],
            ),
            (
                "a name led by a demonym or a place stays whole",
                "The Chinese Commerce Ministry said. The UK Health Security Agency agreed.",
                &[
                    ("Chinese Commerce Ministry", Org, 1),
                    ("UK Health Security Agency", Org, 1),
                ],
            ),
            (
                "names with digits and symbols, places from the lexicon and from \"in\"",
                "Chandrayaan-3 landed after the F-35 flew over Anaheim. Fans of Disney+ met in Port Vallen.",
                &[
                    ("Chandrayaan-3", Other, 1),
                    ("F-35", Other, 1),
                    ("Anaheim", Place, 1),
                    ("Disney+", Other, 1),
                    ("Port Vallen", Place, 1),
                ],
            ),
            (
                "a later short form is the same organisation",
                "Russia's Foreign Ministry said so. The Foreign Ministry added more.",
                &[("Russian Foreign Ministry", Org, 2)],
            ),
            (
                "medium named after a cue word",
                "the French newspaper La Figaro reported",
                &[("France", Place, 1), ("La Figaro", Org, 1)],
            ),
        ],
        &KnownPeople::default(),
    );
}

#[test]
fn not_entities() {
    check(
        &[
            (
                "sentence-initial common words",
                "However, the plan failed. Officials said so.",
                &[],
            ),
            (
                "months and weekdays",
                "On Monday, in January, talks resumed.",
                &[],
            ),
            ("unknown acronym", "He holds an MBA.", &[]),
            (
                "capitalised common adjective",
                "Many Western officials agree.",
                &[],
            ),
        ],
        &KnownPeople::default(),
    );
}

#[test]
fn mentions_keep_their_surface_and_range() {
    let paragraphs = vec!["Then Russian troops left Kyiv’s suburbs.".to_string()];
    let entities = recognize(&paragraphs, &KnownPeople::default(), |_, _| 0);
    for entity in &entities {
        for occurrence in &entity.occurrences {
            let surface = &paragraphs[occurrence.paragraph][occurrence.range.clone()];
            assert!(
                entity.mentions.iter().any(|m| m == surface),
                "{surface} listed for {}",
                entity.name
            );
        }
    }
    let russia = entities
        .iter()
        .find(|e| e.name == "Russia")
        .map(|e| (e.mentions.clone(), e.occurrences[0].demonym));
    assert_eq!(russia, Some((vec!["Russian".to_string()], true)));
    let kyiv = entities
        .iter()
        .find(|e| e.name == "Kyiv")
        .map(|e| e.mentions.clone());
    assert_eq!(kyiv, Some(vec!["Kyiv".to_string()]));
}
