//! The entity and theme evaluation set (`core/tests/eval/`, described in its README):
//! original articles in fourteen kinds of news, annotated by hand, and the five seeds.
//! The floors sit just under the figures recorded in BENCHMARKS.md, so a change that
//! makes the analysis worse on articles it has never seen fails here.

use overlap_core::evaluate::{Tally, evaluate, report};
use std::path::Path;

fn check(name: &str, tally: &Tally, floors: [f64; 4], errors: &[String]) {
    let [precision, recall, kinds, themes] = floors;
    let failures: Vec<String> = [
        ("precision", tally.precision(), precision),
        ("recall", tally.recall(), recall),
        ("kinds", tally.kinds(), kinds),
        ("theme recall", tally.theme_recall(), themes),
    ]
    .iter()
    .filter(|(_, got, floor)| got < floor)
    .map(|(what, got, floor)| format!("{name}: {what} {got:.3} is under its floor {floor}"))
    .collect();
    assert!(
        failures.is_empty(),
        "{}\n\nfirst errors:\n{}",
        failures.join("\n"),
        errors
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_analysis_holds_its_floors_on_the_evaluation_set() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval");
    let score = evaluate(&dir).expect("the evaluation set reads");
    println!("{}", report(&score));
    let seeds = &score.by_kind["seeds"];
    assert_eq!(seeds.articles, 5);
    check("seeds", seeds, [0.97, 0.95, 0.95, 0.20], &score.errors);
    assert!(score.by_kind.len() >= 11, "ten kinds of news and the seeds");
    assert!(score.all.articles >= 45);
    check("all", &score.all, [0.87, 0.89, 0.88, 0.42], &score.errors);
    assert_eq!(
        score.all.splits,
        score.all.splits.min(score.all.articles / 2)
    );
    // Every theme label is a phrase of the two texts, or a name both use.
    assert!(
        score.all.labels_from_text == score.all.labels,
        "labels from the texts: {} of {}",
        score.all.labels_from_text,
        score.all.labels
    );
    // Calm panes: at most one default mark in ten words.
    assert!(
        score.all.marks_per_ten_words() <= 1.0,
        "{:.2} marks in ten words",
        score.all.marks_per_ten_words()
    );
}

#[test]
fn a_folder_without_annotations_is_an_error_naming_it() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages");
    let error = evaluate(&dir).unwrap_err();
    assert!(
        error.contains("tests/pages") && error.contains("truth.json"),
        "{error}"
    );
}
