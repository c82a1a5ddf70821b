//! The corpus's files, as the build wrote them into `corpus/` beside the page
//! (`overlap bundle`, a trunk hook: see Trunk.toml): the index, which `start.js` fetches
//! in parallel with the wasm; an article's data, fetched when it is opened; and, for a
//! reader's own article, the lexicon and the corpus's frequencies. The wasm holds no
//! article text and does not grow with the corpus.

use js_sys::{JSON, Reflect};
use overlap_core::archive::{FORMAT, Frequencies, Index, Loaded};
use wasm_bindgen::{JsCast, JsValue};

/// A file's text parsed by the browser's JSON parser.
fn parse(text: &str) -> Result<JsValue, String> {
    JSON::parse(text).map_err(|e| {
        Reflect::get(&e, &JsValue::from_str("message"))
            .ok()
            .and_then(|m| m.as_string())
            .unwrap_or_else(|| "it is not JSON".into())
    })
}

/// What `start.js` left on the global object under `name`: the file's text, or
/// `{error}`.
fn fetched_by_start(name: &str) -> Option<Result<String, String>> {
    let data = Reflect::get(&js_sys::global(), &JsValue::from_str(name)).ok()?;
    if data.is_undefined() {
        return None;
    }
    Some(data.as_string().ok_or_else(|| {
        Reflect::get(&data, &JsValue::from_str("error"))
            .ok()
            .and_then(|e| e.as_string())
            .unwrap_or_else(|| "it is missing".to_string())
    }))
}

/// The index of the corpus (corpus/index.json), which `start.js` fetched and parsed;
/// or what went wrong, in the reader's words.
pub fn index() -> Result<Index, String> {
    let value = Reflect::get(&js_sys::global(), &JsValue::from_str("overlapIndex"))
        .unwrap_or(JsValue::UNDEFINED);
    let said = |field: &str| {
        Reflect::get(&value, &JsValue::from_str(field))
            .ok()
            .and_then(|e| e.as_string())
    };
    if value.is_undefined() {
        return Err("The articles' index (corpus/index.json) was not fetched.".into());
    }
    if let Some(error) = said("error") {
        return Err(format!(
            "The articles' index (corpus/index.json) could not be loaded: {error}."
        ));
    }
    let damaged = |e: String| {
        format!("The articles' index (corpus/index.json) is damaged ({e}). Rebuild the corpus.")
    };
    if let Some(error) = said("damaged") {
        return Err(damaged(error));
    }
    let index = crate::read::index(&value).map_err(damaged)?;
    if index.format != FORMAT {
        return Err(format!(
            "The articles' index (corpus/index.json) is of format {}, where this page reads format {FORMAT}. Rebuild the corpus.",
            index.format
        ));
    }
    Ok(index)
}

/// The text of an article's file that `start.js` began to fetch, taken (a second
/// request fetches it again).
async fn prefetched(id: &str) -> Option<Result<String, String>> {
    let all = Reflect::get(&js_sys::global(), &JsValue::from_str("overlapPrefetched")).ok()?;
    let key = JsValue::from_str(id);
    let promise = Reflect::get(&all, &key).ok()?;
    let promise = promise.dyn_into::<js_sys::Promise>().ok()?;
    let _ = Reflect::delete_property(&all.into(), &key);
    Some(
        wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .map(|t| t.as_string().unwrap_or_default())
            .map_err(|e| {
                Reflect::get(&e, &JsValue::from_str("message"))
                    .ok()
                    .and_then(|m| m.as_string())
                    .unwrap_or_else(|| "the request failed".into())
            }),
    )
}

/// The text of a file beside the page.
async fn get(path: &str) -> Result<String, String> {
    let response = gloo_net::http::Request::get(path)
        .send()
        .await
        .map_err(|e| format!("the request failed ({e})"))?;
    if !response.ok() {
        return Err(format!("the server answered {}", response.status()));
    }
    response
        .text()
        .await
        .map_err(|e| format!("it could not be read ({e})"))
}

/// An article's data (corpus/articles/ID.json), checked; the message names the file.
pub async fn article(id: &str) -> Result<Loaded, String> {
    let file = format!(
        "corpus/articles/{}.json",
        String::from(js_sys::encode_uri_component(id))
    );
    let shown = format!("corpus/articles/{id}.json");
    let text = match prefetched(id).await {
        Some(text) => text,
        None => get(&file).await,
    }
    .map_err(|e| format!("its data ({shown}) could not be loaded: {e}"))?;
    let stored = parse(&text)
        .and_then(|value| crate::read::stored(&value))
        .map_err(|e| format!("its data ({shown}) is damaged ({e})"))?;
    if stored.article.id != id {
        return Err(format!(
            "its data ({shown}) is of another article, “{}”",
            stored.article.id
        ));
    }
    Loaded::from_stored(stored).map_err(|e| format!("{shown}: {e}"))
}

/// Installs the lexicon (lexicon.txt) that `start.js` fetched because the reader has
/// saved articles; see [`install_lexicon`].
pub fn install_fetched_lexicon() -> Option<String> {
    if overlap_core::lexicon::is_installed() {
        return None;
    }
    let text =
        fetched_by_start("overlapLexicon").unwrap_or_else(|| Err("it was not fetched".into()));
    lexicon_problem(text)
}

/// Installs the lexicon (lexicon.txt), fetching it if `start.js` did not: what a
/// reader's own article is analysed with. Without it the analysis still runs, on its
/// rules alone; the message says so.
pub async fn install_lexicon() -> Option<String> {
    if overlap_core::lexicon::is_installed() {
        return None;
    }
    let text = match fetched_by_start("overlapLexicon") {
        Some(text) => text,
        None => get("lexicon.txt").await,
    };
    lexicon_problem(text)
}

fn lexicon_problem(text: Result<String, String>) -> Option<String> {
    let problem = match text {
        Ok(text) => overlap_core::lexicon::install(text).err(),
        Err(e) => Some(e),
    };
    problem.map(|problem| {
        format!(
            "The lexicon (lexicon.txt) could not be loaded: {problem}. Names and terms in your articles are found by the rules alone, less well."
        )
    })
}

/// The corpus's frequencies (corpus/frequencies.json) that `start.js` fetched because
/// the reader has saved articles; see [`frequencies`].
pub fn fetched_frequencies() -> Result<Frequencies, String> {
    read_frequencies(
        fetched_by_start("overlapFrequencies").unwrap_or_else(|| Err("it was not fetched".into())),
    )
}

/// The corpus's frequencies (corpus/frequencies.json), fetched by `start.js` or now:
/// what a reader's own article is weighed with.
pub async fn frequencies() -> Result<Frequencies, String> {
    let text = match fetched_by_start("overlapFrequencies") {
        Some(text) => text,
        None => get("corpus/frequencies.json").await,
    };
    read_frequencies(text)
}

fn read_frequencies(text: Result<String, String>) -> Result<Frequencies, String> {
    let text = text.map_err(|e| format!("The corpus's frequencies (corpus/frequencies.json) could not be loaded: {e}. Your articles are weighed against each other only."))?;
    parse(&text).and_then(|value| crate::read::frequencies(&value)).map_err(|e| {
        format!("The corpus's frequencies (corpus/frequencies.json) are damaged ({e}). Your articles are weighed against each other only.")
    })
}
