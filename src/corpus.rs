//! The bundled articles: `bundled.json`, written next to the page by the build
//! (`overlap bundle`, a trunk hook: see Trunk.toml) and fetched by `start.js` in
//! parallel with the wasm, which therefore holds no article text and does not grow with
//! the corpus. Each entry is a capture as it is (text or a page's HTML) with its
//! sidecar's corrections; the page cleans it with the same code it uses for a reader's
//! own article.

use js_sys::{Array, Reflect};
use overlap_core::Article;
use overlap_core::ingest::{correct, ingest};
use wasm_bindgen::JsValue;

/// Installs the lexicon that `start.js` fetched (lexicon.txt), before anything is
/// analysed. Without it the analysis still runs, on its rules alone; the message says so.
pub fn install_lexicon() -> Option<String> {
    let data = Reflect::get(&js_sys::global(), &JsValue::from_str("overlapLexicon"))
        .unwrap_or(JsValue::UNDEFINED);
    let problem = match data.as_string() {
        Some(text) => overlap_core::lexicon::install(text).err(),
        None => Some(
            Reflect::get(&data, &JsValue::from_str("error"))
                .ok()
                .and_then(|e| e.as_string())
                .unwrap_or_else(|| "it is missing".to_string()),
        ),
    };
    problem.map(|problem| {
        format!(
            "The lexicon (lexicon.txt) could not be loaded: {problem}. Names and terms are found by the rules alone, less well."
        )
    })
}

/// The bundled articles, in file-name order, cleaned as the build cleaned them; or what
/// went wrong, in the reader's words.
pub fn bundled() -> Result<Vec<Article>, String> {
    let data = Reflect::get(&js_sys::global(), &JsValue::from_str("overlapBundled"))
        .unwrap_or(JsValue::UNDEFINED);
    if let Some(error) = Reflect::get(&data, &JsValue::from_str("error"))
        .ok()
        .and_then(|e| e.as_string())
    {
        return Err(format!(
            "The bundled articles (bundled.json) could not be loaded: {error}."
        ));
    }
    if !Array::is_array(&data) {
        return Err("The bundled articles (bundled.json) are missing or not a list.".into());
    }
    Array::from(&data)
        .iter()
        .enumerate()
        .map(|(i, entry)| {
            let text = |name: &str| {
                Reflect::get(&entry, &JsValue::from_str(name))
                    .ok()
                    .and_then(|v| v.as_string())
                    .ok_or_else(|| format!("bundled.json: article {} has no “{name}” text", i + 1))
            };
            let id = text("id")?;
            let capture = text("text")?;
            let mut article = if text("form").as_deref() == Ok("html") {
                let tree = crate::page_tree::parse(&capture).map_err(|e| format!("{id}: {e}"))?;
                overlap_core::ingest_tree_with(&id, &tree, &crate::page_tree::parse_json)
            } else {
                ingest(&id, &capture)
            }
            .map_err(|e| format!("{id}: {e}"))?;
            let corrections = Reflect::get(&entry, &JsValue::from_str("corrections"))
                .map(|c| Array::from(&c))
                .unwrap_or_default();
            for pair in corrections.iter() {
                let pair = Array::from(&pair);
                if let Some(field) = pair.get(0).as_string() {
                    correct(&mut article, &field, pair.get(1).as_string());
                }
            }
            Ok(article)
        })
        .collect()
}
