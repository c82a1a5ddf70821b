//! The corpus's JSON files, parsed by the browser's own `JSON.parse`, read into the
//! core's types.
//!
//! Read by hand rather than by serde's derived readers: those, with serde_json's
//! parser, cost 55 KB of wasm (17 KB gzipped, BENCHMARKS.md), which the 300 KB budget
//! does not have; the browser's parser is also several times faster on a 1,000-article
//! index. The format is the core's (`overlap_core::archive`, written natively by
//! serde); every error names the field that is wrong.

use js_sys::{Array, Float64Array, Object, Reflect};
use overlap_core::Article;
use overlap_core::archive::{Entry, Frequencies, Index, Stored, Story};
use overlap_core::entities::{Entity, EntityKind, Occurrence};
use overlap_core::terms::{Term, TermOccurrence};
use wasm_bindgen::{JsCast, JsValue};

type Read<T> = Result<T, String>;

fn get(value: &JsValue, field: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(field)).unwrap_or(JsValue::UNDEFINED)
}

fn text(value: &JsValue, field: &str) -> Read<String> {
    get(value, field)
        .as_string()
        .ok_or_else(|| format!("“{field}” is not text"))
}

/// Absent or null is `None`.
fn maybe_text(value: &JsValue, field: &str) -> Read<Option<String>> {
    let v = get(value, field);
    if v.is_null() || v.is_undefined() {
        return Ok(None);
    }
    v.as_string()
        .map(Some)
        .ok_or_else(|| format!("“{field}” is not text"))
}

fn number(value: &JsValue, field: &str) -> Read<usize> {
    as_count(&get(value, field)).ok_or_else(|| format!("“{field}” is not a count"))
}

fn as_count(v: &JsValue) -> Option<usize> {
    v.as_f64().and_then(count)
}

/// A number that is a count: whole, not negative, within `u32`.
fn count(n: f64) -> Option<usize> {
    (n >= 0.0 && n.fract() == 0.0 && n <= u32::MAX as f64).then_some(n as usize)
}

fn flag(value: &JsValue, field: &str) -> Read<bool> {
    let v = get(value, field);
    if v.is_undefined() {
        return Ok(false);
    }
    v.as_bool()
        .ok_or_else(|| format!("“{field}” is not true or false"))
}

fn list(value: &JsValue, field: &str) -> Read<Array> {
    get(value, field)
        .dyn_into::<Array>()
        .map_err(|_| format!("“{field}” is not a list"))
}

/// Reads each item of a list, naming the item that is wrong.
fn each<T>(value: &JsValue, field: &str, read: impl Fn(&JsValue) -> Read<T>) -> Read<Vec<T>> {
    list(value, field)?
        .iter()
        .enumerate()
        .map(|(i, item)| read(&item).map_err(|e| format!("{field}[{i}]: {e}")))
        .collect()
}

fn texts(value: &JsValue, field: &str) -> Read<Vec<String>> {
    each(value, field, |v| {
        v.as_string().ok_or_else(|| "not text".to_string())
    })
}

/// A list of counts, read in one copy.
fn counts(value: &JsValue, field: &str) -> Read<Vec<usize>> {
    let numbers = Float64Array::new(&list(value, field)?.into()).to_vec();
    numbers
        .into_iter()
        .map(count)
        .collect::<Option<Vec<usize>>>()
        .ok_or_else(|| format!("“{field}” holds something that is not a count"))
}

/// A fixed-length list of counts: an occurrence.
fn tuple<const N: usize>(value: &JsValue) -> Read<[usize; N]> {
    let array = value
        .dyn_ref::<Array>()
        .ok_or_else(|| "not a list".to_string())?;
    let numbers = Float64Array::new(array).to_vec();
    let counts: Option<Vec<usize>> = numbers.into_iter().map(count).collect();
    counts
        .and_then(|c| <[usize; N]>::try_from(c).ok())
        .ok_or_else(|| format!("not a list of {N} counts"))
}

fn format(value: &JsValue) -> Read<u32> {
    number(value, "format").map(|n| n as u32)
}

/// The index (corpus/index.json).
pub fn index(value: &JsValue) -> Read<Index> {
    Ok(Index {
        format: format(value)?,
        articles: each(value, "articles", entry)?,
        stories: each(value, "stories", story)?,
    })
}

fn entry(value: &JsValue) -> Read<Entry> {
    Ok(Entry {
        id: text(value, "id")?,
        title: maybe_text(value, "title")?,
        opening: maybe_text(value, "opening")?.unwrap_or_default(),
        outlet: maybe_text(value, "outlet")?,
        author: maybe_text(value, "author")?,
        date: maybe_text(value, "date")?,
        date_alternative: maybe_text(value, "date_alternative")?,
        words: number(value, "words")?,
        story: number(value, "story")?,
        names: texts(value, "names")?,
        similar: each(value, "similar", |v| {
            let [article, percent] = tuple::<2>(v)?;
            Ok((article, percent.min(100) as u8))
        })?,
    })
}

fn story(value: &JsValue) -> Read<Story> {
    let pair = get(value, "pair");
    Ok(Story {
        title: text(value, "title")?,
        articles: counts(value, "articles")?,
        first: maybe_text(value, "first")?,
        last: maybe_text(value, "last")?,
        map: counts(value, "map")?,
        similarities: counts(value, "similarities")?
            .into_iter()
            .map(|p| p.min(100) as u8)
            .collect(),
        pair: if pair.is_null() || pair.is_undefined() {
            None
        } else {
            let [a, b] = tuple::<2>(&pair).map_err(|e| format!("pair: {e}"))?;
            Some((a, b))
        },
    })
}

/// One article's data (corpus/articles/ID.json).
pub fn stored(value: &JsValue) -> Read<Stored> {
    let article_value = get(value, "article");
    Ok(Stored {
        format: format(value)?,
        article: article(&article_value).map_err(|e| format!("article: {e}"))?,
        entities: each(value, "entities", entity)?,
        terms: each(value, "terms", term)?,
        sentences: number(value, "sentences")?,
        frequencies: counts(value, "frequencies")?
            .into_iter()
            .map(|n| n as u32)
            .collect(),
    })
}

fn article(value: &JsValue) -> Read<Article> {
    Ok(Article {
        id: text(value, "id")?,
        title: maybe_text(value, "title")?,
        subtitle: maybe_text(value, "subtitle")?,
        outlet: maybe_text(value, "outlet")?,
        author: maybe_text(value, "author")?,
        date: maybe_text(value, "date")?,
        date_text: maybe_text(value, "date_text")?,
        date_ambiguous: flag(value, "date_ambiguous")?,
        date_alternative: maybe_text(value, "date_alternative")?,
        url: maybe_text(value, "url")?,
        dateline: maybe_text(value, "dateline")?,
        place: maybe_text(value, "place")?,
        agency: maybe_text(value, "agency")?,
        body: texts(value, "body")?,
        captions: texts(value, "captions")?,
        subheads: texts(value, "subheads")?,
        boilerplate: texts(value, "boilerplate")?,
        sidecar_fields: texts(value, "sidecar_fields")?,
    })
}

fn entity(value: &JsValue) -> Read<Entity> {
    let kind = match text(value, "kind")?.as_str() {
        "person" => EntityKind::Person,
        "organization" => EntityKind::Organization,
        "place" => EntityKind::Place,
        "other" => EntityKind::Other,
        other => return Err(format!("“kind” is “{other}”, which is no kind of name")),
    };
    Ok(Entity {
        name: text(value, "name")?,
        kind,
        mentions: texts(value, "mentions")?,
        count: number(value, "count")?,
        occurrences: each(value, "occurrences", |v| {
            tuple::<5>(v).map(Occurrence::from)
        })?,
    })
}

fn term(value: &JsValue) -> Read<Term> {
    Ok(Term {
        key: text(value, "key")?,
        term: text(value, "term")?,
        phrase: flag(value, "phrase")?,
        occurrences: each(value, "occurrences", |v| {
            tuple::<4>(v).map(TermOccurrence::from)
        })?,
    })
}

/// The corpus's frequencies (corpus/frequencies.json).
pub fn frequencies(value: &JsValue) -> Read<Frequencies> {
    let items = get(value, "items");
    let items: &Object = items
        .dyn_ref::<Object>()
        .ok_or_else(|| "“items” is not a table".to_string())?;
    let mut table = Frequencies {
        format: format(value)?,
        articles: number(value, "articles")?,
        ..Frequencies::default()
    };
    for pair in Object::entries(items).iter() {
        let pair = Array::from(&pair);
        let (Some(key), Some(n)) = (pair.get(0).as_string(), as_count(&pair.get(1))) else {
            return Err("“items” holds something that is not a count".into());
        };
        table.items.insert(key, n as u32);
    }
    table.people = each(value, "people", |v| {
        let pair = v
            .dyn_ref::<Array>()
            .ok_or_else(|| "not a list".to_string())?;
        match (pair.get(0).as_string(), as_count(&pair.get(1))) {
            (Some(name), Some(n)) => Ok((name, n as u32)),
            _ => Err("not a name and a count".to_string()),
        }
    })?;
    Ok(table)
}
