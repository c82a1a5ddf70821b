//! `overlap coverage` on a story of our own (`core/tests/coverage/harbour-strike`):
//! five articles by five outlets over three days, in which one wire paragraph and one
//! quotation each appear in three of them, checked against its `truth.json`, written
//! with the articles before the tool was run on them.

use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

fn story() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/coverage/harbour-strike")
}

fn truth() -> Value {
    let text = std::fs::read_to_string(story().join("truth.json")).expect("truth.json");
    serde_json::from_str(&text).expect("truth.json is JSON")
}

/// Runs `overlap coverage` with `flags` on the story's articles `names`.
fn coverage(flags: &[&str], names: &[&str]) -> (bool, String, String) {
    let files: Vec<String> = names
        .iter()
        .map(|n| story().join(format!("{n}.txt")).display().to_string())
        .collect();
    let output = Command::new(env!("CARGO_BIN_EXE_overlap"))
        .arg("coverage")
        .args(flags)
        .args(&files)
        .output()
        .expect("the binary runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).to_string(),
        String::from_utf8_lossy(&output.stderr).to_string(),
    )
}

const ALL: [&str; 5] = ["a", "b", "c", "d", "e"];

fn json() -> Value {
    let (ok, out, err) = coverage(&[], &ALL);
    assert!(ok, "overlap coverage failed: {err}");
    serde_json::from_str(&out).expect("the output is JSON")
}

/// The positions of the truth's article letters in [`ALL`].
fn positions(letters: &Value) -> Vec<u64> {
    letters
        .as_array()
        .expect("a list of letters")
        .iter()
        .filter_map(|l| ALL.iter().position(|a| Some(*a) == l.as_str()))
        .map(|p| p as u64)
        .collect()
}

fn numbers(value: &Value) -> Vec<u64> {
    value
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_u64).collect())
        .unwrap_or_default()
}

fn entity<'a>(json: &'a Value, name: &str) -> &'a Value {
    json["entities"]
        .as_array()
        .and_then(|rows| rows.iter().find(|r| r["name"] == name))
        .unwrap_or_else(|| panic!("no entity row {name}: {:#}", json["entities"]))
}

#[test]
fn the_articles_in_the_order_given_with_outlet_and_date() {
    let (json, truth) = (json(), truth());
    let articles = json["articles"].as_array().expect("articles");
    assert_eq!(articles.len(), 5);
    for (i, letter) in ALL.iter().enumerate() {
        let a = &articles[i];
        assert_eq!(a["id"], *letter);
        let date = a["date"].as_str().unwrap_or_default();
        assert!(
            date.starts_with(truth["dates"][letter].as_str().unwrap_or("?")),
            "{letter}: date {date}"
        );
        let outlet = a["outlet"].as_str().unwrap_or_default();
        let expected = truth["outlets"][letter].as_str().unwrap_or("?");
        // The outlet as the page states it: "Tidewire News Agency" for "Tidewire".
        let stem = expected.trim_start_matches("The ");
        assert!(
            outlet.contains(stem.split(' ').next().unwrap_or(stem)),
            "{letter}: outlet {outlet}, expected {expected}"
        );
        let title = a["title"].as_str().unwrap_or_default();
        assert!(
            title.split_whitespace().count() >= 6 && !title.contains(expected),
            "{letter}: the headline, not the masthead: {title}"
        );
    }
}

#[test]
fn the_wire_paragraph_in_three_articles_first_in_the_earliest() {
    let (json, truth) = (json(), truth());
    let wire = &truth["wire_paragraph"];
    let passage = json["passages"]
        .as_array()
        .and_then(|p| p.iter().find(|p| p["text"] == wire["text"]))
        .unwrap_or_else(|| panic!("the wire paragraph is not found: {:#}", json["passages"]));
    assert_eq!(numbers(&passage["articles"]), positions(&wire["articles"]));
    assert_eq!(passage["quotation"], false, "copied prose, not a quotation");
    assert_eq!(
        passage["first"].as_u64(),
        positions(&Value::from(vec![wire["first"].clone()]))
            .first()
            .copied()
    );
}

#[test]
fn the_quotation_in_three_articles_with_its_speaker() {
    let (json, truth) = (json(), truth());
    let quotation = &truth["quotation"];
    let quote = json["quotes"]
        .as_array()
        .and_then(|q| q.iter().find(|q| q["text"] == quotation["text"]))
        .unwrap_or_else(|| panic!("the quotation is not found: {:#}", json["quotes"]));
    assert_eq!(
        numbers(&quote["articles"]),
        positions(&quotation["articles"])
    );
    assert_eq!(quote["speaker"], quotation["speaker"]);
    assert_eq!(quote["wordings"].as_array().map(Vec::len), Some(0));
    // As a shared passage it is told apart from copied prose.
    let passage = json["passages"]
        .as_array()
        .and_then(|p| p.iter().find(|p| p["text"] == quotation["text"]))
        .unwrap_or_else(|| panic!("the quotation as a passage: {:#}", json["passages"]));
    assert_eq!(passage["quotation"], true);
    assert_eq!(
        numbers(&passage["articles"]),
        positions(&quotation["articles"])
    );
}

#[test]
fn one_speaker_quoted_differently() {
    let (json, truth) = (json(), truth());
    let differing = &truth["differing_quote"];
    let quote = json["quotes"]
        .as_array()
        .and_then(|q| q.iter().find(|q| q["speaker"] == differing["speaker"]))
        .unwrap_or_else(|| panic!("no quote of {}: {:#}", differing["speaker"], json["quotes"]));
    let wordings = quote["wordings"].as_array().expect("wordings");
    assert_eq!(wordings.len(), 2, "{quote:#}");
    for (letter, text) in differing["versions"].as_object().expect("versions") {
        let at = positions(&Value::from(vec![letter.clone()]));
        assert!(
            wordings
                .iter()
                .any(|w| w["text"] == *text && numbers(&w["articles"]) == at),
            "{letter}: {text} in {wordings:#?}"
        );
    }
}

#[test]
fn coverage_omissions_and_single_outs() {
    let (json, truth) = (json(), truth());
    let expected = &truth["entities"];
    for name in expected["all"].as_array().expect("all") {
        let name = name.as_str().unwrap_or_default();
        let row = entity(&json, name);
        assert!(
            numbers(&row["counts"]).iter().all(|&c| c > 0),
            "{name}: {row}"
        );
    }
    let rows = json["entities"].as_array().expect("rows");
    let widest = |r: &Value| numbers(&r["counts"]).iter().filter(|&&c| c > 0).count();
    assert!(
        rows.windows(2).all(|w| widest(&w[0]) >= widest(&w[1])),
        "rows sorted by how widely each is covered"
    );

    let omitted = &expected["all_but_one"];
    let name = omitted["name"].as_str().unwrap_or_default();
    let missing = positions(&Value::from(vec![omitted["missing_from"].clone()]))[0] as usize;
    let counts = numbers(&entity(&json, name)["counts"]);
    for (i, c) in counts.iter().enumerate() {
        assert_eq!(*c == 0, i == missing, "{name}: {counts:?}");
    }
    let left_out = &json["articles"][missing]["left_out"];
    assert!(
        left_out
            .as_array()
            .is_some_and(|l| l.iter().any(|n| n == name)),
        "{left_out}"
    );

    let single = &expected["only_one"];
    let name = single["name"].as_str().unwrap_or_default();
    let only_in = positions(&Value::from(vec![single["in"].clone()]))[0] as usize;
    let counts = numbers(&entity(&json, name)["counts"]);
    for (i, c) in counts.iter().enumerate() {
        assert_eq!(*c > 0, i == only_in, "{name}: {counts:?}");
    }
    let only = &json["articles"][only_in]["only"];
    assert!(
        only.as_array()
            .is_some_and(|l| l.iter().any(|d| d["term"] == name)),
        "{only}"
    );
}

#[test]
fn counts_follow_the_order_of_the_files() {
    let forward = json();
    let (ok, out, err) = coverage(&[], &["e", "d", "c", "b", "a"]);
    assert!(ok, "{err}");
    let backward: Value = serde_json::from_str(&out).expect("JSON");
    let name = "Desmond Harcastle";
    let mut reversed = numbers(&entity(&forward, name)["counts"]);
    reversed.reverse();
    assert_eq!(numbers(&entity(&backward, name)["counts"]), reversed);
}

#[test]
fn markdown_and_csv() {
    let (ok, markdown, err) = coverage(&["--markdown"], &ALL);
    assert!(ok, "{err}");
    for part in [
        "# Overlap: coverage of 5 articles",
        "## Entities and themes",
        "| Marisol Quenneville | person | 5 |",
        "## Left out by one article",
        "## Shared passages",
        "## Quotations",
    ] {
        assert!(markdown.contains(part), "{part} in:\n{markdown}");
    }
    let (ok, csv, err) = coverage(&["--csv"], &ALL);
    assert!(ok, "{err}");
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("kind,item,articles,"), "{}", lines[0]);
    // Every row has the same number of fields as the header (none of these has a
    // quoted comma in its first three fields).
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("person,Marisol Quenneville,5,"))
    );
    assert!(lines.iter().any(|l| l.starts_with("copied passage,")));
    assert!(lines.iter().any(|l| l.starts_with("quotation,")));
}

#[test]
fn fewer_than_three_files_is_an_error_that_says_so() {
    let (ok, out, err) = coverage(&[], &["a", "b"]);
    assert!(!ok);
    assert!(out.is_empty());
    assert!(
        err.contains("3 to 8 articles") && err.contains("2 files"),
        "{err}"
    );
    let (ok, _, err) = coverage(&[], &["a", "b", "missing"]);
    assert!(!ok);
    assert!(
        err.contains("missing.txt"),
        "the missing file is named: {err}"
    );
}
