//! The comparison's state in the URL query:
//! `?left=ID&right=ID&focus=KEY&hide=LAYER,…&set=ID,ID,…` (`set`: the articles compared
//! at once, when there are).
//!
//! A link to a comparison then needs no server and survives a reload. The query is
//! replaced in place (relative to the current path), so it works under any sub-path.
//! Parameters that name nothing here fall back to a default, with a notice saying so.

use crate::components::LAYERS;
use overlap_core::shelf::Shelf;
use std::collections::BTreeSet;
use web_sys::UrlSearchParams;

/// What the URL asks for, already checked against the corpus.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Requested {
    /// Index of the left article.
    pub left: usize,
    /// Index of the right article.
    pub right: usize,
    /// The item to light up, if any.
    pub focus: Option<String>,
    /// The highlight layers switched off.
    pub hidden: BTreeSet<String>,
    /// The articles compared at once, if any.
    pub set: Vec<usize>,
    /// What could not be honoured, in the reader's words.
    pub notice: Option<String>,
}

/// What the URL records.
pub struct State {
    /// Index of the left article.
    pub left: usize,
    /// Index of the right article.
    pub right: usize,
    /// The item lit up.
    pub focus: Option<String>,
    /// The layers switched off.
    pub hidden: BTreeSet<String>,
    /// The articles compared at once.
    pub set: Vec<usize>,
}

/// Reads the query of the current page.
pub fn read(corpus: &Shelf) -> Requested {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let params = UrlSearchParams::new_with_str(&search).ok();
    let get = |name: &str| params.as_ref().and_then(|p| p.get(name));
    let mut requested = resolve(corpus, get("left"), get("right"), get("focus"));
    let (hidden, unknown) = layers(get("hide").as_deref().unwrap_or(""));
    requested.hidden = hidden;
    let (set, missing) = set(corpus, get("set").as_deref().unwrap_or(""));
    requested.set = set;
    if !missing.is_empty() {
        let text = format!(
            "This link compares articles that are not here: “{}”.",
            missing.join("”, “")
        );
        requested.notice = Some(
            requested
                .notice
                .map_or(text.clone(), |n| format!("{n} {text}")),
        );
    }
    if !unknown.is_empty() {
        let text = format!("There is no highlight layer “{}”.", unknown.join("”, “"));
        requested.notice = Some(
            requested
                .notice
                .map_or(text.clone(), |n| format!("{n} {text}")),
        );
    }
    requested
}

/// The known layer names in a comma-separated list, and the unknown ones.
pub fn layers(list: &str) -> (BTreeSet<String>, Vec<String>) {
    let mut known = BTreeSet::new();
    let mut unknown = Vec::new();
    for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        if LAYERS.iter().any(|(layer, _, _)| *layer == name) {
            known.insert(name.to_string());
        } else {
            unknown.push(name.to_string());
        }
    }
    (known, unknown)
}

/// The articles of a comma-separated list of ids that the corpus has (each once, at
/// most [`crate::components::SET_MOST`]), and the ids it does not have.
pub fn set(corpus: &Shelf, list: &str) -> (Vec<usize>, Vec<String>) {
    let mut found = Vec::new();
    let mut missing = Vec::new();
    for id in list.split(',').map(str::trim).filter(|i| !i.is_empty()) {
        match corpus.position(id) {
            Some(i) if !found.contains(&i) && found.len() < crate::components::SET_MOST => {
                found.push(i)
            }
            Some(_) => {}
            None => missing.push(id.to_string()),
        }
    }
    (found, missing)
}

/// Checks requested ids against the corpus; unknown ones fall back to the first two
/// articles (or the other one), and the notice says which.
pub fn resolve(
    corpus: &Shelf,
    left: Option<String>,
    right: Option<String>,
    focus: Option<String>,
) -> Requested {
    let mut problems = Vec::new();
    let mut pick = |id: Option<String>, default: usize| match id {
        None => default,
        Some(id) => corpus.position(&id).unwrap_or_else(|| {
            problems.push(format!("no article “{id}”"));
            default
        }),
    };
    let left = pick(left, 0);
    let right = pick(right, if left == 1 { 0 } else { 1 });
    let notice = (!problems.is_empty()).then(|| {
        format!(
            "This link names {}; showing the default article instead.",
            problems.join(" and ")
        )
    });
    Requested {
        left,
        right,
        focus: focus.filter(|f| !f.is_empty()),
        hidden: BTreeSet::new(),
        set: Vec::new(),
        notice,
    }
}

/// Writes the state into the query without adding a history entry.
/// The query that records `state`: "?left=…&right=…", or `None` if an index is stale.
pub fn query(corpus: &Shelf, state: &State) -> Option<String> {
    let (left, right) = (corpus.id(state.left)?, corpus.id(state.right)?);
    let params = UrlSearchParams::new().ok()?;
    params.append("left", left);
    params.append("right", right);
    if let Some(focus) = &state.focus {
        params.append("focus", focus);
    }
    if !state.hidden.is_empty() {
        params.append(
            "hide",
            &state.hidden.iter().cloned().collect::<Vec<_>>().join(","),
        );
    }
    if !state.set.is_empty() {
        let ids: Option<Vec<&str>> = state.set.iter().map(|&i| corpus.id(i)).collect();
        params.append("set", &ids?.join(","));
    }
    let query: String = params.to_string().into();
    Some(format!("?{query}"))
}

/// Puts `query` in the address bar in place of the current one, if it differs.
pub fn replace(query: Option<&str>) {
    let Some(query) = query else { return };
    let Some(window) = web_sys::window() else {
        return;
    };
    if window.location().search().ok().as_deref() == Some(query) {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(query));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use overlap_core::archive::{Entry, FORMAT, Index};

    fn corpus() -> Shelf {
        let entry = |id: &str| Entry {
            id: id.into(),
            title: Some(format!("Title {id}")),
            opening: String::new(),
            outlet: None,
            author: None,
            date: None,
            date_alternative: None,
            words: 5,
            story: 0,
            names: Vec::new(),
            similar: Vec::new(),
        };
        Shelf::new(Index {
            format: FORMAT,
            articles: ["a", "b", "c"].iter().map(|id| entry(id)).collect(),
            stories: Vec::new(),
        })
    }

    #[test]
    fn requests_by_behaviour() {
        let corpus = corpus();
        let some = |s: &str| Some(s.to_string());
        let cases = [
            (
                "no query: the first two",
                None,
                None,
                None,
                (0, 1, None, false),
            ),
            ("known ids", some("c"), some("a"), None, (2, 0, None, false)),
            (
                "left alone names the first: right takes the other",
                some("b"),
                None,
                None,
                (1, 0, None, false),
            ),
            (
                "unknown left falls back, with a notice",
                some("zzz"),
                some("c"),
                None,
                (0, 2, None, true),
            ),
            (
                "unknown right falls back, with a notice",
                some("c"),
                some("nope"),
                None,
                (2, 1, None, true),
            ),
            (
                "focus is kept for the app to check",
                some("a"),
                some("b"),
                some("entity:Kremlin"),
                (0, 1, some("entity:Kremlin"), false),
            ),
            (
                "an empty focus is none",
                None,
                None,
                some(""),
                (0, 1, None, false),
            ),
        ];
        for (name, left, right, focus, (l, r, f, noticed)) in cases {
            let got = resolve(&corpus, left, right, focus);
            assert_eq!(
                (got.left, got.right, got.focus, got.notice.is_some()),
                (l, r, f, noticed),
                "case: {name}"
            );
        }
        let cases: [(&str, &str, Vec<usize>, Vec<String>); 4] = [
            ("none", "", vec![], vec![]),
            ("known ids in order", "c,a,b", vec![2, 0, 1], vec![]),
            ("each once", "a,a,b", vec![0, 1], vec![]),
            (
                "unknown ids are named",
                "a,zzz,b",
                vec![0, 1],
                vec!["zzz".into()],
            ),
        ];
        for (name, list, expected, missing) in cases {
            assert_eq!(set(&corpus, list), (expected, missing), "case: {name}");
        }
        let notice = resolve(&corpus, some("zzz"), None, None)
            .notice
            .unwrap_or_default();
        assert!(
            notice.contains("zzz"),
            "the notice names what was not found: {notice}"
        );
    }
}
