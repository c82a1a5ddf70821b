//! Scoring the analysis against hand annotations: the evaluation set in
//! `core/tests/eval/` (its README gives the format and the rules) or any folder laid
//! out the same way.
//!
//! Every story's articles are cleaned from their captures and analysed together as one
//! corpus, as the app does with its archive. For each kind of news the score gives:
//! entity precision, recall and F1, splits (one real entity found as two), the share of
//! matched entities whose kind is right, entities read from page chrome, the shared
//! entities of each pair, how many of the themes a reader named are found, whether
//! every theme label is a phrase of the texts, and how densely the panes are marked.

use crate::entities::{Entity, EntityKind};
use crate::folder::read_capture;
use crate::text::{is_stop_word, normalize, stem, words};
use crate::{Article, Corpus};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// One story's annotation (`truth.json`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Truth {
    /// Kind of news: sport, business, …
    pub kind: String,
    /// What happened, in one sentence.
    #[serde(default)]
    pub story: String,
    /// Where the articles came from, for sets kept outside the repository.
    #[serde(default)]
    pub sources: serde_json::Value,
    /// The articles by their letter.
    pub articles: BTreeMap<String, GoldArticle>,
    /// The annotated pairs.
    #[serde(default)]
    pub pairs: Vec<GoldPair>,
}

/// One article's annotation.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldArticle {
    /// The capture, relative to the story's folder; `LETTER.txt` when absent.
    #[serde(default)]
    pub file: Option<String>,
    /// Every entity of the body.
    pub entities: Vec<GoldEntity>,
    /// Names found only in the page's chrome.
    #[serde(default)]
    pub chrome_names: Vec<String>,
}

/// One entity of an article, as annotated.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldEntity {
    /// Canonical name, the same in every article of the story.
    pub name: String,
    /// Its kind.
    pub kind: EntityKind,
    /// A second kind a careful reader could defend.
    #[serde(default)]
    pub also: Option<EntityKind>,
    /// The other forms the body uses.
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// One pair's annotation.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldPair {
    /// The two articles' letters.
    pub pair: [String; 2],
    /// Canonical names of the entities both mention.
    #[serde(default)]
    pub shared: Vec<String>,
    /// What both discuss, as a reader named it.
    #[serde(default)]
    pub themes: Vec<String>,
}

/// Counts for one kind of news (or all of them).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tally {
    /// Articles scored.
    pub articles: usize,
    /// Entities found.
    pub predicted: usize,
    /// Found entities that match an annotated one.
    pub correct: usize,
    /// Annotated entities.
    pub gold: usize,
    /// Annotated entities that were found.
    pub found: usize,
    /// Annotated entities found as two or more.
    pub splits: usize,
    /// Matched entities whose kind is right.
    pub kinds_right: usize,
    /// Found entities named only in the page's chrome.
    pub from_chrome: usize,
    /// Shared entities found, right, annotated, and annotated ones found.
    pub shared: [usize; 4],
    /// Themes a reader named, and how many of them were found.
    pub themes_named: usize,
    /// Named themes that one of the pair's themes covers.
    pub themes_found: usize,
    /// Theme labels shown, and how many are phrases of the texts.
    pub labels: usize,
    /// Labels that are a phrase of one of the two texts.
    pub labels_from_text: usize,
    /// Marks shown by default, and words in the panes.
    pub marks: usize,
    /// Words of the two panes, over the pairs.
    pub words: usize,
}

impl Tally {
    fn add(&mut self, other: &Tally) {
        self.articles += other.articles;
        self.predicted += other.predicted;
        self.correct += other.correct;
        self.gold += other.gold;
        self.found += other.found;
        self.splits += other.splits;
        self.kinds_right += other.kinds_right;
        self.from_chrome += other.from_chrome;
        for i in 0..4 {
            self.shared[i] += other.shared[i];
        }
        self.themes_named += other.themes_named;
        self.themes_found += other.themes_found;
        self.labels += other.labels;
        self.labels_from_text += other.labels_from_text;
        self.marks += other.marks;
        self.words += other.words;
    }

    /// Share of found entities that are right.
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }

    /// Share of annotated entities found.
    pub fn recall(&self) -> f64 {
        ratio(self.found, self.gold)
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    /// Share of matched entities whose kind is right.
    pub fn kinds(&self) -> f64 {
        ratio(self.kinds_right, self.found)
    }

    /// Share of the named themes that were found.
    pub fn theme_recall(&self) -> f64 {
        ratio(self.themes_found, self.themes_named)
    }

    /// Default marks per ten words of the panes.
    pub fn marks_per_ten_words(&self) -> f64 {
        10.0 * ratio(self.marks, self.words)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// The score of a folder of stories: per kind of news, and over all.
#[derive(Clone, Debug, Default)]
pub struct Score {
    /// By kind of news.
    pub by_kind: BTreeMap<String, Tally>,
    /// Every story together.
    pub all: Tally,
    /// What went wrong, one line an error: annotated entities missed, wrong ones found.
    pub errors: Vec<String>,
}

/// Scores every story folder under `dir` (each with a `truth.json`).
pub fn evaluate(dir: &Path) -> Result<Score, String> {
    let mut stories: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: cannot read the folder: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.join("truth.json").is_file())
        .collect();
    stories.sort();
    if stories.is_empty() {
        return Err(format!(
            "{}: no story folder with a truth.json in it",
            dir.display()
        ));
    }
    // Every story's articles form one corpus, as an archive would.
    let mut truths = Vec::new();
    let mut articles: Vec<Article> = Vec::new();
    for story in &stories {
        let path = story.join("truth.json");
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
        let truth: Truth =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        let name = story
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        for (letter, gold) in &truth.articles {
            let file = story.join(gold.file.clone().unwrap_or(format!("{letter}.txt")));
            let mut article = read_capture(&file)?;
            article.id = format!("{name}/{letter}");
            articles.push(article);
        }
        truths.push((name, truth));
    }
    let corpus = Corpus::new(articles);
    let mut score = Score::default();
    for (name, truth) in &truths {
        let tally = score_story(&corpus, name, truth, &mut score.errors);
        score
            .by_kind
            .entry(truth.kind.clone())
            .or_default()
            .add(&tally);
        score.all.add(&tally);
    }
    Ok(score)
}

/// A name as the scorer compares it: lower case, apostrophes folded, no possessive,
/// no leading "the", single spaces.
fn comparable(name: &str) -> String {
    let name = normalize(name);
    let name = name
        .strip_suffix("'s")
        .or_else(|| name.strip_suffix('\''))
        .unwrap_or(&name);
    let name = name.strip_prefix("the ").unwrap_or(name);
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The forms an annotated entity goes by.
fn gold_forms(entity: &GoldEntity) -> Vec<String> {
    std::iter::once(&entity.name)
        .chain(&entity.aliases)
        .map(|n| comparable(n))
        .collect()
}

/// The forms a found entity goes by: its name and every mention.
fn found_forms(entity: &Entity) -> Vec<String> {
    std::iter::once(&entity.name)
        .chain(&entity.mentions)
        .map(|n| comparable(n))
        .collect()
}

/// The annotated entity a found one matches, if any.
fn matching(entity: &Entity, gold: &[GoldEntity]) -> Option<usize> {
    let forms = found_forms(entity);
    // The canonical name first, so "Russia" (mentioned as "Russian") is Russia.
    gold.iter()
        .position(|g| gold_forms(g).contains(&forms[0]))
        .or_else(|| {
            gold.iter()
                .position(|g| gold_forms(g).iter().any(|f| forms.contains(f)))
        })
}

fn score_story(corpus: &Corpus, name: &str, truth: &Truth, errors: &mut Vec<String>) -> Tally {
    let mut tally = Tally::default();
    let index_of = |letter: &str| corpus.position(&format!("{name}/{letter}"));
    // Per article: which annotated entity each found entity is (by the found one's name).
    let mut gold_of: BTreeMap<&str, BTreeMap<String, usize>> = BTreeMap::new();
    for (letter, gold) in &truth.articles {
        let Some(analysis) = index_of(letter).and_then(|i| corpus.analysis(i)) else {
            continue;
        };
        tally.articles += 1;
        tally.gold += gold.entities.len();
        let chrome: Vec<String> = gold.chrome_names.iter().map(|n| comparable(n)).collect();
        let mut hits = vec![0usize; gold.entities.len()];
        let mut kind_right = vec![false; gold.entities.len()];
        let names = gold_of.entry(letter.as_str()).or_default();
        for entity in &analysis.entities {
            tally.predicted += 1;
            match matching(entity, &gold.entities) {
                Some(g) => {
                    tally.correct += 1;
                    hits[g] += 1;
                    let wanted = &gold.entities[g];
                    kind_right[g] |= entity.kind == wanted.kind || Some(entity.kind) == wanted.also;
                    names.insert(entity.name.clone(), g);
                    if hits[g] == 1 && !kind_right[g] {
                        errors.push(format!(
                            "{name}/{letter}: kind: {} is a {}, not a {}",
                            entity.name,
                            wanted.kind.label(),
                            entity.kind.label()
                        ));
                    }
                }
                None => {
                    let from_chrome = found_forms(entity).iter().any(|f| chrome.contains(f));
                    if from_chrome {
                        tally.from_chrome += 1;
                    }
                    errors.push(format!(
                        "{name}/{letter}: wrong{}: {} ({}) as {:?}",
                        if from_chrome { " (chrome)" } else { "" },
                        entity.name,
                        entity.kind.label(),
                        entity.mentions
                    ));
                }
            }
        }
        for (g, entity) in gold.entities.iter().enumerate() {
            match hits[g] {
                0 => errors.push(format!(
                    "{name}/{letter}: missed: {} ({})",
                    entity.name,
                    entity.kind.label()
                )),
                1 => {}
                _ => {
                    tally.splits += 1;
                    errors.push(format!("{name}/{letter}: split: {}", entity.name));
                }
            }
            if hits[g] > 0 {
                tally.found += 1;
                tally.kinds_right += usize::from(kind_right[g]);
            }
        }
    }

    for pair in &truth.pairs {
        let [left, right] = &pair.pair;
        let (Some(l), Some(r)) = (index_of(left), index_of(right)) else {
            continue;
        };
        let Some(comparison) = corpus.compare(l, r) else {
            continue;
        };
        // Shared entities, named by the left article's annotation.
        let left_gold = &truth.articles[left].entities;
        let found_shared: Vec<Option<&str>> = comparison
            .shared_entities
            .iter()
            .map(|e| {
                gold_of
                    .get(left.as_str())
                    .and_then(|names| names.get(&e.name))
                    .map(|&g| left_gold[g].name.as_str())
            })
            .collect();
        tally.shared[0] += found_shared.len();
        tally.shared[1] += found_shared
            .iter()
            .filter(|n| n.is_some_and(|n| pair.shared.iter().any(|s| s == n)))
            .count();
        tally.shared[2] += pair.shared.len();
        tally.shared[3] += pair
            .shared
            .iter()
            .filter(|s| found_shared.contains(&Some(s.as_str())))
            .count();

        // Themes: what a reader named, against the labels and members shown.
        let shown: Vec<Vec<String>> = comparison
            .themes
            .iter()
            .map(|t| {
                std::iter::once(&t.label)
                    .chain(&t.members)
                    .flat_map(|s| content_stems(s))
                    .collect()
            })
            .collect();
        for named in &pair.themes {
            let wanted = content_stems(named);
            tally.themes_named += 1;
            let covered = |stems: &Vec<String>| {
                let hit = wanted.iter().filter(|w| stems.contains(w)).count();
                !wanted.is_empty() && 2 * hit >= wanted.len()
            };
            if shown.iter().any(covered) {
                tally.themes_found += 1;
            } else {
                errors.push(format!(
                    "{name} {left}–{right}: theme not found: {named} (shown: {})",
                    comparison
                        .themes
                        .iter()
                        .map(|t| t.label.as_str())
                        .collect::<Vec<_>>()
                        .join("; ")
                ));
            }
        }
        let texts = [corpus.article(l), corpus.article(r)]
            .map(|a| a.map(|a| normalize(&a.body.join("\n"))).unwrap_or_default());
        for theme in &comparison.themes {
            tally.labels += 1;
            // A term's label must be written in the texts; an entity's is its name.
            let label = normalize(&theme.label);
            let entity = comparison
                .shared_entities
                .iter()
                .any(|e| e.name == theme.label);
            if entity || texts.iter().any(|t| t.contains(&label)) {
                tally.labels_from_text += 1;
            } else {
                errors.push(format!(
                    "{name} {left}–{right}: label not in the texts: {}",
                    theme.label
                ));
            }
        }
        for (article, highlights) in [
            (l, &comparison.left_highlights),
            (r, &comparison.right_highlights),
        ] {
            tally.marks += highlights.iter().filter(|h| h.calm).count();
            tally.words += corpus
                .article(article)
                .map_or(0, |a| a.body.iter().map(|p| words(p).len()).sum());
        }
    }
    tally
}

/// The stems of a phrase's content words.
fn content_stems(phrase: &str) -> Vec<String> {
    words(phrase)
        .iter()
        .map(|w| normalize(crate::text::strip_possessive(w.text)))
        .filter(|w| !is_stop_word(w))
        .map(|w| stem(&w))
        .collect()
}

/// The score as a Markdown table, by kind of news and over all.
pub fn report(score: &Score) -> String {
    let mut out = String::from(
        "| kind | articles | precision | recall | F1 | splits | kinds | from chrome | shared P | shared R | themes found | labels from text | marks / 10 words |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|\n",
    );
    let rows = score
        .by_kind
        .iter()
        .map(|(k, t)| (k.as_str(), t))
        .chain(std::iter::once(("**all**", &score.all)));
    for (kind, t) in rows {
        let _ = writeln!(
            out,
            "| {kind} | {} | {:.2} | {:.2} | {:.2} | {} | {:.2} | {} | {:.2} | {:.2} | {}/{} ({:.0}%) | {}/{} | {:.2} |",
            t.articles,
            t.precision(),
            t.recall(),
            t.f1(),
            t.splits,
            t.kinds(),
            t.from_chrome,
            ratio(t.shared[1], t.shared[0]),
            ratio(t.shared[3], t.shared[2]),
            t.themes_found,
            t.themes_named,
            100.0 * t.theme_recall(),
            t.labels_from_text,
            t.labels,
            t.marks_per_ten_words(),
        );
    }
    out
}
