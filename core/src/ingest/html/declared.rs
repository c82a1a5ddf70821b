//! What a page declares about itself: JSON-LD (`NewsArticle` and its kin), Open Graph
//! and `<meta>` tags, `<title>`, the canonical link, `<time datetime>`, the `<h1>`.
//!
//! Each field takes the first source that states it, in the order of how deliberately
//! it is stated: structured data written for search engines, then social cards, then
//! plain meta tags, then the document's title. Nothing is guessed: a field no source
//! states stays empty, and the visible text is read for it afterwards.

use super::super::date::parse_iso;
use super::tree::{NodeData, NodeId, Tree};
use serde_json::Value;

/// The metadata a page declares.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Declared {
    /// Headline from JSON-LD or `og:title`.
    pub headline: Option<String>,
    /// The text of the page's first `<h1>` that is not inside navigation.
    pub h1: Option<String>,
    /// The document's `<title>`.
    pub document_title: Option<String>,
    /// Authors' names, joined with " and ".
    pub author: Option<String>,
    /// Publication date, ISO 8601.
    pub date: Option<String>,
    /// The date as the declaration wrote it.
    pub date_text: Option<String>,
    /// The outlet's name.
    pub outlet: Option<String>,
    /// The page's address.
    pub url: Option<String>,
    /// The standfirst, from JSON-LD `description` or `og:description`.
    pub description: Option<String>,
}

/// JSON-LD types that describe an article.
const ARTICLE_TYPES: [&str; 12] = [
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
    "ScholarlyArticle",
    "TechArticle",
];

/// Reads a page tree's declarations; `parse_json` reads a JSON-LD script's text (the
/// browser passes its own `JSON.parse`, so that the wasm needs no JSON parser).
pub(crate) fn read(tree: &Tree, parse_json: &dyn Fn(&str) -> Option<Value>) -> Declared {
    let mut d = Declared::default();
    let mut meta: Vec<(String, String)> = Vec::new();
    let mut json_ld: Vec<Value> = Vec::new();
    let mut times: Vec<String> = Vec::new();
    let mut logo_alt: Option<String> = None;
    for (id, node) in tree.nodes() {
        let NodeData::Element { name, .. } = &node.data else {
            continue;
        };
        match name.as_str() {
            "meta" => {
                let key = tree
                    .attr(id, "property")
                    .or_else(|| tree.attr(id, "name"))
                    .or_else(|| tree.attr(id, "itemprop"));
                if let (Some(k), Some(v)) = (key, tree.attr(id, "content")) {
                    let v = v.trim();
                    if !v.is_empty() {
                        meta.push((k.trim().to_ascii_lowercase(), v.to_string()));
                    }
                }
            }
            "script" => {
                if let Some(v) = parse_json(tree.text(id).trim()) {
                    json_ld.push(v);
                }
            }
            "title" if d.document_title.is_none() => {
                d.document_title = non_empty(&tree.text(id));
            }
            "link"
                if d.url.is_none()
                    && tree.attr(id, "rel").is_some_and(|r| {
                        r.split_whitespace()
                            .any(|r| r.eq_ignore_ascii_case("canonical"))
                    }) =>
            {
                d.url = tree.attr(id, "href").and_then(absolute);
            }
            "time" => {
                if let Some(t) = tree.attr(id, "datetime") {
                    times.push(t.to_string());
                }
            }
            "h1" if d.h1.is_none() && !in_chrome(tree, id) => {
                d.h1 = non_empty(&tree.text(id));
            }
            "img" if logo_alt.is_none() => {
                let logo = tree
                    .attr(id, "class")
                    .is_some_and(|c| c.to_ascii_lowercase().contains("logo"))
                    || tree
                        .attr(id, "id")
                        .is_some_and(|c| c.to_ascii_lowercase().contains("logo"))
                    || ancestors(tree, id).any(|a| {
                        tree.attr(a, "class")
                            .is_some_and(|c| c.to_ascii_lowercase().contains("logo"))
                    });
                if logo {
                    logo_alt = tree.attr(id, "alt").and_then(non_empty).map(|alt| {
                        alt.trim_end_matches(" logo")
                            .trim_end_matches(" Logo")
                            .trim()
                            .to_string()
                    });
                }
            }
            _ => {}
        }
    }
    let mut articles = Vec::new();
    let mut everything = Vec::new();
    for v in &json_ld {
        collect(v, &mut articles, &mut everything);
    }
    let get = |keys: &[&str]| {
        keys.iter()
            .find_map(|k| meta.iter().find(|(mk, _)| mk == k).map(|(_, v)| v.clone()))
    };
    // JSON-LD first.
    if let Some(article) = articles.first() {
        d.headline = str_of(article.get("headline")).or_else(|| str_of(article.get("name")));
        d.author = names(article.get("author"), &everything);
        if let Some(date) =
            str_of(article.get("datePublished")).or_else(|| str_of(article.get("dateCreated")))
        {
            d.date = parse_iso(&date).map(to_the_minute);
            d.date_text = Some(date);
        }
        d.outlet = names(article.get("publisher"), &everything);
        d.description = str_of(article.get("description"));
        if d.url.is_none() {
            d.url = str_of(article.get("url"))
                .or_else(|| match article.get("mainEntityOfPage") {
                    Some(Value::Object(o)) => str_of(o.get("@id")),
                    other => str_of(other),
                })
                .and_then(|u| absolute(&u));
        }
    }
    if d.outlet.is_none() {
        d.outlet = everything.iter().find_map(|o| {
            (has_type(o, &["NewsMediaOrganization", "Organization", "WebSite"]))
                .then(|| str_of(o.get("name")))
                .flatten()
        });
    }
    // Then social cards and meta tags.
    d.headline = d
        .headline
        .or_else(|| get(&["og:title", "twitter:title", "dc.title", "headline"]));
    d.author = d.author.or_else(|| {
        get(&[
            "author",
            "article:author",
            "dc.creator",
            "byl",
            "parsely-author",
            "sailthru.author",
        ])
        .filter(|a| !a.contains("://"))
        .map(|a| {
            a.trim_start_matches("By ")
                .trim_start_matches("by ")
                .to_string()
        })
    });
    if d.date.is_none() {
        let declared = get(&[
            "article:published_time",
            "datepublished",
            "date",
            "pubdate",
            "publishdate",
            "publish-date",
            "dc.date",
            "dc.date.issued",
            "sailthru.date",
            "parsely-pub-date",
            "og:published_time",
        ])
        .or_else(|| times.first().cloned());
        if let Some(text) = declared {
            d.date = parse_iso(&text).map(to_the_minute);
            d.date_text = d.date.as_ref().map(|_| text);
        }
    }
    d.outlet = d
        .outlet
        .or_else(|| {
            get(&[
                "og:site_name",
                "application-name",
                "publisher",
                "twitter:site",
            ])
        })
        .map(|o| o.trim_start_matches('@').to_string())
        .or(logo_alt);
    d.url = d
        .url
        .or_else(|| get(&["og:url"]).and_then(|u| absolute(&u)));
    d.description = d
        .description
        .or_else(|| get(&["og:description", "description"]));
    d.headline = d.headline.map(|h| strip_site(&h, d.outlet.as_deref()));
    d
}

/// A title without the outlet's name after a separator ("Storm hits coast | The
/// Daily"): the part that is not the outlet, when the other part is.
pub(crate) fn strip_site(title: &str, outlet: Option<&str>) -> String {
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let site =
                outlet.is_some_and(|o| same_name(tail, o)) || tail.split_whitespace().count() <= 3;
            if site && head.split_whitespace().count() >= 3 {
                return head.trim().to_string();
            }
        }
    }
    title.trim().to_string()
}

/// Two names written alike, apart from case, spaces and punctuation.
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    let squash = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let (a, b) = (squash(a), squash(b));
    !a.is_empty() && (a == b || a.trim_start_matches("the") == b.trim_start_matches("the"))
}

/// A declared date to the minute, as dates are shown: "2025-06-03T14:10:00-05:00" is
/// "2025-06-03T14:10-05:00" (seconds say nothing to a reader of the news).
fn to_the_minute(iso: String) -> String {
    let b = iso.as_bytes();
    let seconds = b.len() >= 19
        && b.get(10) == Some(&b'T')
        && b.get(16) == Some(&b':')
        && b.get(17..19)
            .is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    if seconds {
        let mut out = iso.get(..16).unwrap_or("").to_string();
        // Fractions of a second go with the seconds.
        let rest = iso.get(19..).unwrap_or("");
        out.push_str(rest.trim_start_matches(|c: char| c == '.' || c.is_ascii_digit()));
        out
    } else {
        iso
    }
}

fn non_empty(s: &str) -> Option<String> {
    let s = super::super::lines::collapse_spaces(s);
    (!s.is_empty()).then_some(s)
}

fn absolute(url: &str) -> Option<String> {
    let u = url.trim();
    (u.starts_with("https://") || u.starts_with("http://")).then(|| u.to_string())
}

fn ancestors(tree: &Tree, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
    std::iter::successors(tree.get(id).and_then(|n| n.parent), move |&p| {
        tree.get(p).and_then(|n| n.parent)
    })
}

fn in_chrome(tree: &Tree, id: NodeId) -> bool {
    ancestors(tree, id).any(|a| matches!(tree.name(a), Some("nav" | "footer" | "aside")))
}

/// Every object in a JSON-LD value (through `@graph` and arrays): the articles, and all.
fn collect<'a>(v: &'a Value, articles: &mut Vec<&'a Value>, all: &mut Vec<&'a Value>) {
    match v {
        Value::Array(items) => items.iter().for_each(|i| collect(i, articles, all)),
        Value::Object(o) => {
            all.push(v);
            if has_type(v, &ARTICLE_TYPES) {
                articles.push(v);
            }
            if let Some(graph) = o.get("@graph") {
                collect(graph, articles, all);
            }
        }
        _ => {}
    }
}

fn has_type(v: &Value, types: &[&str]) -> bool {
    match v.get("@type") {
        Some(Value::String(t)) => types.contains(&t.as_str()),
        Some(Value::Array(ts)) => ts
            .iter()
            .any(|t| t.as_str().is_some_and(|t| types.contains(&t))),
        _ => false,
    }
}

fn str_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => non_empty(s),
        Value::Array(items) => items.iter().find_map(|i| str_of(Some(i))),
        _ => None,
    }
}

/// The names in a JSON-LD `author` or `publisher`: a string, an object with a name, an
/// `@id` reference to an object elsewhere in the graph, or an array of these.
fn names(v: Option<&Value>, all: &[&Value]) -> Option<String> {
    let mut found: Vec<String> = Vec::new();
    let mut push = |item: &Value| {
        let name = match item {
            Value::String(s) => non_empty(s).filter(|s| !s.contains("://")),
            Value::Object(o) => str_of(o.get("name")).or_else(|| {
                let id = o.get("@id")?.as_str()?;
                all.iter()
                    .find(|other| {
                        other.get("@id").and_then(Value::as_str) == Some(id)
                            && other.get("name").is_some()
                    })
                    .and_then(|other| str_of(other.get("name")))
            }),
            _ => None,
        };
        if let Some(n) = name
            && !found.contains(&n)
        {
            found.push(n);
        }
    };
    match v? {
        Value::Array(items) => items.iter().for_each(&mut push),
        other => push(other),
    }
    match found.len() {
        0 => None,
        1 => found.pop(),
        _ => {
            let last = found.pop().unwrap_or_default();
            Some(format!("{} and {last}", found.join(", ")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree_with_head(items: &[(&str, &[(&str, &str)], &str)]) -> Tree {
        let mut t = Tree::new();
        let head = t.add_element(Tree::ROOT, "head", []);
        for (name, attrs, text) in items {
            let e = t.add_element(head, name, attrs.iter().copied());
            t.add_text(e, text);
        }
        t
    }

    #[test]
    fn reads_json_ld_before_meta_tags() {
        let ld = r##"{"@context":"https://schema.org","@graph":[
            {"@type":"Organization","@id":"#org","name":"The Valley Courier"},
            {"@type":["NewsArticle"],"headline":"Bridge closes for summer","datePublished":"2025-06-03T14:10:00-05:00",
             "author":[{"@type":"Person","name":"Ana Ruiz"},{"@id":"#p2"}],"publisher":{"@id":"#org"}},
            {"@type":"Person","@id":"#p2","name":"Tom Hale"}]}"##;
        let t = tree_with_head(&[
            ("script", &[("type", "application/ld+json")], ld),
            (
                "meta",
                &[("property", "og:title"), ("content", "Other title")],
                "",
            ),
            (
                "meta",
                &[("property", "og:site_name"), ("content", "Courier")],
                "",
            ),
            (
                "title",
                &[],
                "Bridge closes for summer | The Valley Courier",
            ),
        ]);
        let d = read(&t, &|s| serde_json::from_str(s).ok());
        assert_eq!(d.headline.as_deref(), Some("Bridge closes for summer"));
        assert_eq!(d.author.as_deref(), Some("Ana Ruiz and Tom Hale"));
        assert_eq!(d.date.as_deref(), Some("2025-06-03T14:10-05:00"));
        assert_eq!(d.outlet.as_deref(), Some("The Valley Courier"));
    }

    #[test]
    fn falls_back_to_meta_tags() {
        let t = tree_with_head(&[
            (
                "meta",
                &[
                    ("property", "og:title"),
                    ("content", "Storm hits the coast | Daily Star"),
                ],
                "",
            ),
            (
                "meta",
                &[("property", "og:site_name"), ("content", "Daily Star")],
                "",
            ),
            (
                "meta",
                &[("name", "author"), ("content", "By Lee Park")],
                "",
            ),
            (
                "meta",
                &[
                    ("property", "article:published_time"),
                    ("content", "2024-03-03"),
                ],
                "",
            ),
            ("script", &[("type", "application/ld+json")], "{ not json"),
        ]);
        let d = read(&t, &|s| serde_json::from_str(s).ok());
        assert_eq!(d.headline.as_deref(), Some("Storm hits the coast"));
        assert_eq!(d.author.as_deref(), Some("Lee Park"));
        assert_eq!(d.date.as_deref(), Some("2024-03-03"));
        assert_eq!(d.outlet.as_deref(), Some("Daily Star"));
    }

    #[test]
    fn names_match_across_spelling() {
        let cases = [
            ("The Moscow Times", "themoscowtimes", true),
            ("Moscow Times", "The Moscow Times", true),
            ("Reuters", "AP", false),
        ];
        for (a, b, same) in cases {
            assert_eq!(same_name(a, b), same, "{a} / {b}");
        }
    }
}
