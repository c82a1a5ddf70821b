//! The corpus as the page loads it (`overlap bundle`, `dist/corpus/`): an article
//! fetched on its own and weighed by its stored frequencies must compare exactly as in
//! the whole corpus, and damaged data must be refused with a reason, never marked.

use overlap_core::Corpus;
use overlap_core::archive::{Archive, FORMAT, Frequencies, Loaded, Stored, Weights};
use overlap_core::folder::{read_folder, write_archive};
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn seeds() -> Corpus {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    Corpus::new(
        read_folder(&seeds)
            .unwrap_or_else(|e| panic!("{e}"))
            .articles,
    )
}

/// Through JSON, as the page gets it.
fn fetched(stored: &Stored) -> Loaded {
    let json = serde_json::to_string(stored).expect("JSON");
    let back: Stored = serde_json::from_str(&json).expect("read back");
    Loaded::from_stored(back).unwrap_or_else(|e| panic!("{}: {e}", stored.article.id))
}

#[test]
fn an_article_fetched_alone_compares_as_in_the_whole_corpus() {
    let corpus = seeds();
    let archive = Archive::build(&corpus);
    let weights = Weights::new(corpus.len());
    let loaded: Vec<Loaded> = archive.stored.iter().map(fetched).collect();
    // In index order, as the page asks (the other order is this one swapped).
    for i in 0..corpus.len() {
        for j in i + 1..corpus.len() {
            let expected = corpus.compare(i, j).expect("in the corpus");
            let got = weights.compare(&loaded[i], &loaded[j]);
            assert_eq!(got, expected, "{i} × {j}");
        }
    }
}

#[test]
fn the_seeds_are_one_story_and_each_others_neighbours() {
    let corpus = seeds();
    let archive = Archive::build(&corpus);
    let index = &archive.index;
    assert_eq!(index.format, FORMAT);
    assert_eq!(index.articles.len(), corpus.len());
    assert_eq!(index.stories.len(), 1, "{:?}", index.stories);
    let story = &index.stories[0];
    assert_eq!(story.articles.len(), corpus.len());
    assert_eq!(story.map.len(), corpus.len());
    assert_eq!(
        story.similarities.len(),
        corpus.len() * (corpus.len() - 1) / 2
    );
    let (a, b) = story.pair.expect("a most similar pair");
    for entry in &index.articles {
        assert!(!entry.similar.is_empty(), "{} has neighbours", entry.id);
        assert!(
            entry.similar.windows(2).all(|w| w[0].1 >= w[1].1),
            "most similar first"
        );
        let i = index
            .articles
            .iter()
            .position(|e| e.id == entry.id)
            .expect("listed");
        assert!(
            entry.similar.iter().all(|&(j, _)| j != i),
            "not its own neighbour"
        );
    }
    let best = corpus.similarity(a, b).expect("pair");
    for i in 0..corpus.len() {
        for j in i + 1..corpus.len() {
            assert!(corpus.similarity(i, j).expect("pair") <= best + 1e-9);
        }
    }
}

#[test]
fn a_readers_article_is_weighed_with_the_corpus_frequencies() {
    // Four seeds bundled, the fifth added by the reader: weighed exactly as a corpus
    // of all five.
    let corpus = seeds();
    let bundled = Corpus::new(corpus.articles()[..4].to_vec());
    let archive = Archive::build(&bundled);
    let mut weights = Weights::new(bundled.len());
    weights.set_frequencies(Arc::new(archive.frequencies.clone()));
    let own = Loaded::own(
        corpus.articles()[4].clone(),
        &overlap_core::entities::KnownPeople::default(),
    );
    weights.add_own(&own.analysis);
    let left = fetched(&archive.stored[1]);
    let got = weights.compare(&left, &own);
    let mut expected_corpus: Vec<_> = bundled.articles().to_vec();
    expected_corpus.push(corpus.articles()[4].clone());
    let expected = Corpus::new(expected_corpus).compare(1, 4).expect("pair");
    assert!(
        (got.similarity - expected.similarity).abs() < 1e-9,
        "{} vs {}",
        got.similarity,
        expected.similarity
    );
    assert_eq!(got.shared_entities.len(), expected.shared_entities.len());
}

#[test]
fn damaged_data_is_refused_with_what_is_wrong() {
    let archive = Archive::build(&seeds());
    let good = archive.stored[0].clone();
    let mut outside = good.clone();
    outside.entities[0].occurrences[0].range = 0..usize::MAX;
    let mut split_char = good.clone();
    let paragraph = split_char.article.body[0].clone();
    split_char.article.body[0] = format!("é{}", &paragraph);
    let (p, r) = (
        split_char.entities[0].occurrences[0].paragraph,
        split_char.entities[0].occurrences[0].range.clone(),
    );
    split_char.entities[0].occurrences[0].paragraph = 0;
    split_char.entities[0].occurrences[0].range = 1..r.end.max(2);
    let _ = p;
    let mut short = good.clone();
    short.frequencies.pop();
    let mut old = good.clone();
    old.format = FORMAT + 1;
    let cases = [
        (outside, "outside the text"),
        (split_char, "outside the text"),
        (short, "frequencies"),
        (old, "rebuild the corpus"),
    ];
    for (stored, expected) in cases {
        let message = Loaded::from_stored(stored).expect_err("refused");
        assert!(message.contains(expected), "{message}");
    }
    assert!(Loaded::from_stored(good).is_ok());
}

#[test]
fn the_build_writes_the_index_every_article_and_the_frequencies() {
    let out: PathBuf = std::env::temp_dir().join(format!("overlap-archive-{}", std::process::id()));
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    // A stale article of an earlier build is removed.
    std::fs::create_dir_all(out.join("articles")).expect("temp dir");
    std::fs::write(out.join("articles/stale.json"), "{}").expect("stale file");
    let said = write_archive(&seeds, &out).unwrap_or_else(|e| panic!("{e}"));
    assert!(said.contains("5 articles"), "{said}");
    let index: overlap_core::archive::Index =
        serde_json::from_str(&std::fs::read_to_string(out.join("index.json")).expect("index"))
            .expect("index JSON");
    for entry in &index.articles {
        let path = out.join("articles").join(format!("{}.json", entry.id));
        let stored: Stored =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("article"))
                .expect("article JSON");
        assert_eq!(stored.article.id, entry.id);
    }
    assert!(!out.join("articles/stale.json").exists());
    let frequencies: Frequencies = serde_json::from_str(
        &std::fs::read_to_string(out.join("frequencies.json")).expect("frequencies"),
    )
    .expect("frequencies JSON");
    assert_eq!(frequencies.articles, 5);
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn a_folder_without_articles_is_refused() {
    let empty = std::env::temp_dir().join(format!("overlap-empty-{}", std::process::id()));
    std::fs::create_dir_all(&empty).expect("temp dir");
    let message =
        write_archive(&empty, &empty.join("out")).expect_err("an empty folder cannot be bundled");
    assert!(message.contains("no .txt or .html articles"), "{message}");
    let _ = std::fs::remove_dir_all(&empty);
}

#[test]
fn the_evaluation_stories_are_found_as_they_were_written() {
    // The project's own evaluation set: 14 stories of 3 articles on 14 kinds of news,
    // and the seeds as a 15th. Every article must land in its own story, and no two
    // stories may merge.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval");
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("the evaluation set")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir() && p.file_name().is_some_and(|n| n != "seeds"))
        .collect();
    folders.sort();
    folders.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds"));
    let mut articles = Vec::new();
    let mut truth = Vec::new();
    for (story, folder) in folders.iter().enumerate() {
        for mut article in read_folder(folder)
            .unwrap_or_else(|e| panic!("{e}"))
            .articles
        {
            article.id = format!("{story}-{}", article.id);
            articles.push(article);
            truth.push(story);
        }
    }
    let archive = Archive::build(&Corpus::new(articles));
    let found: Vec<usize> = archive.index.articles.iter().map(|a| a.story).collect();
    assert_eq!(archive.index.stories.len(), folders.len());
    for i in 0..truth.len() {
        for j in i + 1..truth.len() {
            assert_eq!(
                truth[i] == truth[j],
                found[i] == found[j],
                "{} and {}",
                archive.index.articles[i].id,
                archive.index.articles[j].id
            );
        }
    }
}

#[test]
fn a_story_bundled_alone_stays_together() {
    // Five reports of one strike, the whole corpus: there every name the five share is in
    // every article, and the small corpus must not make the cast look unrelated. The
    // local paper (c) names the fewest of the cast and may stand apart; the other four
    // are one story.
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/coverage/harbour-strike");
    let articles = read_folder(&folder)
        .unwrap_or_else(|e| panic!("{e}"))
        .articles;
    let archive = Archive::build(&Corpus::new(articles));
    let story_of = |id: &str| {
        archive
            .index
            .articles
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.story)
    };
    let first = story_of("a");
    for id in ["b", "d", "e"] {
        assert_eq!(story_of(id), first, "{id} is in a's story");
    }
}
