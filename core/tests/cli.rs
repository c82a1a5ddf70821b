//! The `overlap` command line: its JSON contract, sidecars, and errors that name the file.

use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

fn seed(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../seeds")
        .join(name)
}

fn run(args: &[&str]) -> (bool, Value, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_overlap"))
        .args(args)
        .output()
        .expect("the binary runs");
    let stdout = String::from_utf8_lossy(&output.stdout).to_string();
    let json = serde_json::from_str(&stdout).unwrap_or(Value::Null);
    (
        output.status.success(),
        json,
        String::from_utf8_lossy(&output.stderr).to_string(),
    )
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("overlap-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

#[test]
fn analyze_prints_the_article_its_entities_and_terms() {
    let file = seed("000_1380918436c1ee0e.txt");
    let (ok, json, _) = run(&["analyze", file.to_str().unwrap_or_default()]);
    assert!(ok);
    for field in [
        "id",
        "title",
        "subtitle",
        "outlet",
        "author",
        "date",
        "url",
        "body",
        "captions",
        "boilerplate",
    ] {
        assert!(json.get(field).is_some(), "field {field}");
    }
    assert_eq!(json["date"], "2025-01-14");
    let putin = json["entities"]
        .as_array()
        .and_then(|e| e.iter().find(|e| e["name"] == "Vladimir Putin"));
    let putin = putin.expect("Vladimir Putin is found");
    assert_eq!(putin["kind"], "person");
    assert!(
        putin["mentions"]
            .as_array()
            .is_some_and(|m| m.iter().any(|s| s == "Putin"))
    );
    assert!(putin["count"].as_u64().is_some_and(|n| n >= 10));
    let terms = json["terms"].as_array().expect("terms");
    assert!(
        !terms.is_empty()
            && terms
                .iter()
                .all(|t| t["term"].is_string() && t["weight"].is_number())
    );
}

#[test]
fn compare_prints_the_contract() {
    let (a, b) = (
        seed("000_1380918436c1ee0e.txt"),
        seed("001_117cd72936ee1a47.txt"),
    );
    let (ok, json, _) = run(&[
        "compare",
        a.to_str().unwrap_or_default(),
        b.to_str().unwrap_or_default(),
    ]);
    assert!(ok);
    assert_eq!(json["left"], "000_1380918436c1ee0e");
    let similarity = json["similarity"].as_f64().expect("similarity");
    assert!((0.0..=1.0).contains(&similarity));
    let shared = json["shared_entities"].as_array().expect("shared_entities");
    let putin = shared
        .iter()
        .find(|e| e["name"] == "Vladimir Putin")
        .expect("Putin is shared");
    assert!(putin["left_count"].as_u64() > Some(0) && putin["right_count"].as_u64() > Some(0));
    for field in ["shared_terms", "themes", "passages"] {
        assert!(json[field].is_array(), "field {field}");
    }
    assert!(json["distinctive"]["left"].is_array() && json["distinctive"]["right"].is_array());
    assert!(json["shared_terms"][0]["weight"].is_number());
}

#[test]
fn a_sidecar_beside_the_file_wins_even_for_a_bundled_seed() {
    let dir = scratch("sidecar");
    let file = dir.join("004_8144ab209fc3d631.txt");
    std::fs::copy(seed("004_8144ab209fc3d631.txt"), &file).expect("copy");
    std::fs::write(
        dir.join("004_8144ab209fc3d631.meta.toml"),
        "outlet = \"NBC News\"\ndate = \"2025-04-05\"\n",
    )
    .expect("write");
    let (ok, json, _) = run(&["analyze", file.to_str().unwrap_or_default()]);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(ok);
    assert_eq!(json["date"], "2025-04-05");
    assert_eq!(json["date_ambiguous"], false);
    assert_eq!(
        json["sidecar_fields"],
        serde_json::json!(["outlet", "date"])
    );
}

#[test]
fn errors_name_the_file() {
    let dir = scratch("errors");
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "").expect("write");
    let (ok, _, stderr) = run(&["analyze", empty.to_str().unwrap_or_default()]);
    let missing = dir.join("missing.txt");
    let (ok_missing, _, stderr_missing) = run(&["analyze", missing.to_str().unwrap_or_default()]);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        !ok && stderr.contains("empty.txt") && stderr.contains("empty"),
        "{stderr}"
    );
    assert!(
        !ok_missing && stderr_missing.contains("missing.txt"),
        "{stderr_missing}"
    );
    let (ok_usage, _, usage) = run(&["frobnicate"]);
    assert!(!ok_usage && usage.contains("usage"));
}
