//! The reader's own articles in the browser's local storage, so they survive a reload.
//!
//! What is kept is what the reader gave (a name and the raw text), not the cleaned
//! article: on reload the text is cleaned again, so an improved cleaner applies to old
//! articles too. The value is JSON, read and written by the browser's own `JSON` (no
//! JSON parser in the wasm):
//!
//! ```json
//! [{"id": "yours-1", "name": "my-article.txt", "text": "…"},
//!  {"id": "yours-2", "name": "page.html", "text": "<!doctype html>…", "form": "html"}]
//! ```
//!
//! `form` is absent for a text capture (so older saved data reads as before).
//!
//! Nothing the reader stored is ever dropped without a word: storage that cannot be
//! read is left exactly as it is, and the page says so and offers it as a download.

use js_sys::{Array, JSON, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// The storage key. A new format would get a new key, leaving old data readable.
pub const KEY: &str = "overlap.own-articles.v1";

/// One article as the reader gave it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    /// Its id in the corpus and in links: "yours-1", "yours-2", …
    pub id: String,
    /// The file name, or "Pasted text".
    pub name: String,
    /// The raw text, as pasted or read from the file.
    pub text: String,
    /// Whether the text is a web page's HTML (a dropped `.html` file, or a paste that
    /// carried `text/html`), not a text capture.
    pub html: bool,
}

/// What the page found in storage at load.
pub enum Found {
    /// The saved articles (none on a first visit).
    Articles(Vec<Saved>),
    /// Storage holds something under [`KEY`] that is not a list of articles. It is
    /// left untouched; `raw` is offered as a download.
    Unreadable { raw: String, reason: String },
    /// The browser gives this page no storage (private mode, blocked by settings).
    Unavailable(String),
}

fn local_storage() -> Result<web_sys::Storage, String> {
    let window = web_sys::window().ok_or("there is no window")?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err("this browser has no local storage".into()),
        Err(e) => Err(format!(
            "the browser does not let this page store data ({})",
            describe(&e)
        )),
    }
}

/// Reads the saved articles.
pub fn load() -> Found {
    let storage = match local_storage() {
        Ok(storage) => storage,
        Err(reason) => return Found::Unavailable(reason),
    };
    match storage.get_item(KEY) {
        Ok(None) => Found::Articles(Vec::new()),
        Ok(Some(raw)) => match parse(&raw) {
            Ok(articles) => Found::Articles(articles),
            Err(reason) => Found::Unreadable { raw, reason },
        },
        Err(e) => Found::Unavailable(format!(
            "the browser's storage cannot be read ({})",
            describe(&e)
        )),
    }
}

/// Parses the stored value; the error says what is wrong in the reader's words.
fn parse(raw: &str) -> Result<Vec<Saved>, String> {
    let value = JSON::parse(raw).map_err(|_| "it is not valid JSON".to_string())?;
    let list = value
        .dyn_into::<Array>()
        .map_err(|_| "it is not a list of articles".to_string())?;
    let mut articles = Vec::new();
    for (i, entry) in list.iter().enumerate() {
        let field = |name: &str| {
            Reflect::get(&entry, &JsValue::from_str(name))
                .ok()
                .and_then(|v| v.as_string())
                .ok_or_else(|| format!("article {} has no “{name}” text", i + 1))
        };
        let form = Reflect::get(&entry, &JsValue::from_str("form"))
            .ok()
            .and_then(|v| v.as_string());
        articles.push(Saved {
            id: field("id")?,
            name: field("name")?,
            text: field("text")?,
            html: form.as_deref() == Some("html"),
        });
    }
    Ok(articles)
}

/// Writes the list of saved articles, replacing what was there. The error says why
/// it could not be kept (most often: the browser's storage is full).
pub fn save(articles: &[Saved]) -> Result<(), String> {
    let storage = local_storage()?;
    let list = Array::new();
    for article in articles {
        let entry = Object::new();
        for (name, value) in [
            ("id", &article.id),
            ("name", &article.name),
            ("text", &article.text),
        ] {
            let _ = Reflect::set(&entry, &JsValue::from_str(name), &JsValue::from_str(value));
        }
        if article.html {
            let _ = Reflect::set(
                &entry,
                &JsValue::from_str("form"),
                &JsValue::from_str("html"),
            );
        }
        list.push(&entry);
    }
    let json = JSON::stringify(&list)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or("the articles could not be written as JSON")?;
    storage.set_item(KEY, &json).map_err(|e| {
        if error_name(&e).as_deref() == Some("QuotaExceededError") {
            "the browser's storage for this page is full".to_string()
        } else {
            format!("the browser refused to store it ({})", describe(&e))
        }
    })
}

/// Deletes what is stored under [`KEY`] (the reader asked to, after a download).
pub fn clear() -> Result<(), String> {
    local_storage()?
        .remove_item(KEY)
        .map_err(|e| format!("the browser refused ({})", describe(&e)))
}

fn error_name(error: &JsValue) -> Option<String> {
    Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
}

/// A thrown JS value in a few words: "QuotaExceededError: …" or its string form.
fn describe(error: &JsValue) -> String {
    let message = Reflect::get(error, &JsValue::from_str("message"))
        .ok()
        .and_then(|m| m.as_string());
    match (error_name(error), message) {
        (Some(name), Some(message)) => format!("{name}: {message}"),
        (Some(name), None) => name,
        _ => error.as_string().unwrap_or_else(|| "unknown error".into()),
    }
}
