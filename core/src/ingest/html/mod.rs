//! HTML pages: the article from the page's DOM, the metadata from its declarations.
//!
//! 1. [`tree`]: the page as a small tree of its own, filled by the browser's
//!    `DOMParser` in the app or by html5ever natively ([`parse`]).
//! 2. [`blocks`]: the tree as blocks with features, the markup's evidence included
//!    (navigation, footers, link density, the container that holds the prose).
//! 3. The same scorer and choice as text captures ([`super::score`],
//!    [`super::choose`]): the article is the best run of blocks.
//! 4. [`declared`]: title, author, date, outlet and URL from JSON-LD, Open Graph and
//!    `<meta>`; the visible header above the article fills what they leave out.

pub(crate) mod blocks;
pub(crate) mod declared;
#[cfg(feature = "html")]
pub mod parse;
pub mod tree;

use super::features::{BlockKind, Markup};
use super::lines::Line;
use super::metadata::{Meta, byline, date_line};
use super::{Article, IngestError, Role, choose, chrome, dateline, score};
use blocks::Block;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use tree::Tree;

/// How many blocks above the article are read as its header.
const HEADER_BLOCKS: usize = 12;

/// Turns a page tree into an article, reading its JSON-LD with serde_json.
pub fn ingest_tree(id: &str, tree: &Tree) -> Result<Article, IngestError> {
    ingest_tree_with(id, tree, &|text| serde_json::from_str(text).ok())
}

/// Turns a page tree into an article; `parse_json` reads the page's JSON-LD scripts (the
/// browser gives its own `JSON.parse`, so that the wasm carries no JSON parser).
pub fn ingest_tree_with(
    id: &str,
    tree: &Tree,
    parse_json: &dyn Fn(&str) -> Option<serde_json::Value>,
) -> Result<Article, IngestError> {
    let declared = declared::read(tree, parse_json);
    let mut blocks = blocks::blocks(tree);
    if blocks.is_empty() {
        return Err(IngestError::NoText);
    }
    let mut seen: HashMap<&str, usize> = HashMap::default();
    for b in &blocks {
        *seen.entry(b.text.as_str()).or_default() += 1;
    }
    let repeated: Vec<bool> = blocks
        .iter()
        .map(|b| seen.get(b.text.as_str()).is_some_and(|&n| n > 1) && b.features.words <= 12)
        .collect();
    for (b, r) in blocks.iter_mut().zip(repeated) {
        b.features.repeated = r;
        b.features.known_chrome = chrome::is_chrome_line(&Line::new(&b.text, true));
    }
    let (mut run, mut roles) = choose_article(tree, &mut blocks);
    if !roles.contains(&Role::Body) {
        // The markup's evidence left nothing (every paragraph of the article sits in an
        // element whose class names chrome, or the container is wrong): the text's own
        // evidence decides alone.
        for b in &mut blocks {
            b.features.markup = Markup::Neutral;
        }
        (run, roles) = choose_article(tree, &mut blocks);
    }
    assemble(id, &blocks, &roles, run.start, declared)
}

/// Scores the blocks, chooses the article's container and run, and gives every block
/// its role.
fn choose_article(tree: &Tree, blocks: &mut [Block]) -> (std::ops::Range<usize>, Vec<Role>) {
    let features: Vec<_> = blocks.iter().map(|b| b.features).collect();
    let classes = score::classify_all(&features);
    let prose: Vec<bool> = classes.iter().map(|c| *c == score::Class::Good).collect();
    let contained = blocks::mark_container(tree, blocks, &prose);
    let values: Vec<f32> = blocks
        .iter()
        .zip(&classes)
        .map(|(b, c)| {
            let f = &b.features;
            let v = score::value(f, *c);
            // Outside the container that holds the prose, a block counts as chrome.
            if contained && f.markup != Markup::Article {
                score::value(f, score::Class::Bad).min(v)
            } else {
                v
            }
        })
        .collect();
    let run = choose::best_run(&values, 0.0).unwrap_or(0..0);
    let roles = blocks
        .iter()
        .enumerate()
        .map(|(i, b)| role_of(b, run.contains(&i)))
        .collect();
    (run, roles)
}

/// Reads an HTML document (natively, with html5ever) into an article.
#[cfg(feature = "html")]
pub fn ingest_html(id: &str, html: &str) -> Result<Article, IngestError> {
    ingest_tree(id, &parse::parse(html))
}

/// Reads an HTML file's bytes into an article: UTF-8, or the character set the page
/// declares.
#[cfg(feature = "html")]
pub fn ingest_html_bytes(id: &str, bytes: &[u8]) -> Result<Article, IngestError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(IngestError::Empty);
    }
    let text = parse::decode(bytes).map_err(|reason| IngestError::Encoding { reason })?;
    ingest_html(id, &text)
}

/// Where a block goes, from its place and what it is.
fn role_of(b: &Block, in_run: bool) -> Role {
    let f = &b.features;
    if !in_run {
        return Role::Chrome;
    }
    match f.kind {
        BlockKind::Caption => Role::Caption,
        BlockKind::Heading(1) => Role::Title,
        _ if f.markup == Markup::Chrome || f.known_chrome || f.repeated => Role::Chrome,
        _ if f.link_density > 0.5 => Role::Chrome,
        BlockKind::Heading(_) => Role::Subhead,
        _ => Role::Body,
    }
}

/// The article from the blocks' roles and the page's declarations; the visible header
/// above the article fills what the declarations leave out.
fn assemble(
    id: &str,
    blocks: &[Block],
    roles: &[Role],
    run_start: usize,
    declared: declared::Declared,
) -> Result<Article, IngestError> {
    let mut body: Vec<String> = Vec::new();
    let mut captions = Vec::new();
    let mut seen_captions = HashSet::default();
    let mut subheads = Vec::new();
    let mut boilerplate = Vec::new();
    for (b, role) in blocks.iter().zip(roles) {
        match role {
            Role::Body => body.push(b.text.clone()),
            Role::Caption => {
                if seen_captions.insert(b.text.as_str()) {
                    captions.push(b.text.clone());
                }
            }
            // A page's markup says what a heading is: it stays in the body, where the
            // reader sees it, and is listed among the subheads too.
            Role::Subhead => {
                subheads.push(b.text.clone());
                body.push(b.text.clone());
            }
            _ => boilerplate.push(b.text.clone()),
        }
    }
    if body.is_empty() {
        return Err(IngestError::NothingLeft {
            removed: blocks.len(),
        });
    }
    // The visible header: the blocks just above the article.
    let header: Vec<&Block> = blocks
        .get(run_start.saturating_sub(HEADER_BLOCKS)..run_start)
        .unwrap_or(&[])
        .iter()
        .collect();
    let mut meta = Meta::default();
    for (i, b) in header.iter().enumerate() {
        if meta.author.is_none()
            && let Some(name) = byline(&b.text)
        {
            meta.author = Some(name);
        } else if let Some(found) = date_line(&b.text) {
            found.record(i, &mut meta);
        }
    }
    let visible_title = header
        .iter()
        .rev()
        .find(|b| b.features.kind == BlockKind::Heading(1))
        .map(|b| b.text.clone())
        .or(declared.h1.clone());
    let title = match (&declared.headline, visible_title) {
        // The headline as the page shows it, when it is the declared one.
        (Some(d), Some(v)) if overlap(d, &v) >= 0.6 => Some(v),
        (Some(d), _) => Some(d.clone()),
        (None, Some(v)) => Some(v),
        (None, None) => declared
            .document_title
            .as_deref()
            .map(|t| declared::strip_site(t, declared.outlet.as_deref())),
    };
    let dateline = dateline::take(&mut body);
    let visible_date = meta.best_date().cloned();
    let (date, date_text, date_alternative) = match (declared.date, visible_date) {
        (Some(iso), _) => (Some(iso), declared.date_text, None),
        (None, Some(d)) => (Some(d.iso), Some(d.text), d.alternative),
        (None, None) => (None, None, None),
    };
    let outlet = declared
        .outlet
        .or_else(|| declared.url.as_deref().and_then(super::lines::url_host));
    Ok(Article {
        id: id.to_string(),
        title,
        subtitle: declared.description.filter(|d| {
            d.split_whitespace().count() >= 6 && !body.iter().any(|p| p.starts_with(d.as_str()))
        }),
        outlet,
        author: declared
            .author
            .or(meta.author)
            .as_deref()
            .map(super::metadata::without_job),
        date_ambiguous: date_alternative.is_some(),
        date_alternative,
        date_text,
        date,
        url: declared.url,
        dateline: dateline.as_ref().map(|d| d.text.clone()),
        place: dateline.as_ref().map(|d| d.place.clone()),
        agency: dateline.and_then(|d| d.agency),
        body,
        captions,
        subheads,
        boilerplate,
        sidecar_fields: Vec::new(),
    })
}

/// The character set a page declares in its first kilobytes, lower case: a `<meta>`'s
/// `charset="…"` or `content="…; charset=…"`. Natively the core decodes with it; the
/// app hands it to the browser's `TextDecoder`.
pub fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = bytes.get(..bytes.len().min(4096)).unwrap_or(bytes);
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let at = head.find("charset=")?;
    let rest = head.get(at + "charset=".len()..)?;
    let label: String = rest
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    (!label.is_empty()).then_some(label)
}

/// Share of the shorter text's words that the other has too.
fn overlap(a: &str, b: &str) -> f32 {
    let words = |s: &str| -> HashSet<String> {
        s.split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .filter(|w| !w.is_empty())
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let shared = a.intersection(&b).count();
    shared as f32 / a.len().min(b.len()).max(1) as f32
}
