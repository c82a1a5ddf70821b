//! A page tree as blocks: every paragraph-like element's text, with its features.
//!
//! The walk reads the tree the way a browser lays it out: a block element (`<p>`,
//! `<li>`, `<h2>`, a `<div>` with text of its own) starts a new block, inline elements
//! (`<a>`, `<b>`, `<span>`) add to the block they are in, `<br>` breaks a line. What is
//! hidden (`hidden`, `aria-hidden="true"`, `display:none`) is not read at all. What the
//! markup says is chrome (navigation, footers, sidebars, elements whose class or id names
//! "share", "related", "newsletter", "cookie" …) is read but marked, so that it is kept
//! apart, not lost.
//!
//! Then the **container** that holds the article is chosen as Readability does: every
//! paragraph gives points (one, one per comma, one per hundred characters, up to three)
//! to its parent, half as many to its grandparent and fewer further up; an element's
//! points are cut by the share of its text in links; the best element, with those of
//! its siblings that score close to it, is the article's container.

use super::super::features::{BlockKind, Features, Markup};
use super::tree::{NodeData, NodeId, Tree};

/// One block of an HTML page.
#[derive(Clone, Debug)]
pub(crate) struct Block {
    /// Its text, white space collapsed.
    pub text: String,
    /// Its measurements; `markup` says whether the markup around it is chrome and
    /// whether it is inside the chosen container.
    pub features: Features,
    /// The element that holds it.
    pub node: NodeId,
}

/// Tokens of class names and ids that name page chrome (as in Readability's
/// "unlikely candidates" and boilerpipe's markup rules). Matched as whole tokens of
/// the class or id, split at non-letters and at lower-to-upper case changes.
const CHROME_TOKENS: [&str; 76] = [
    "ad",
    "ads",
    "adv",
    "advert",
    "advertisement",
    "alert",
    "app",
    "aside",
    "author",
    "banner",
    "bio",
    "breadcrumb",
    "breadcrumbs",
    "byline",
    "caption",
    "carousel",
    "comment",
    "comments",
    "consent",
    "contributor",
    "cookie",
    "cookies",
    "copyright",
    "credit",
    "credits",
    "disqus",
    "drawer",
    "dropdown",
    "embed",
    "facebook",
    "follow",
    "footer",
    "gdpr",
    "header",
    "headlines",
    "legal",
    "login",
    "masthead",
    "menu",
    "meta",
    "modal",
    "more",
    "most",
    "nav",
    "navbar",
    "navigation",
    "newsletter",
    "notice",
    "offcanvas",
    "outbrain",
    "overlay",
    "pagination",
    "paywall",
    "popular",
    "popup",
    "print",
    "promo",
    "promotion",
    "rail",
    "recirc",
    "recommended",
    "related",
    "share",
    "sharing",
    "sidebar",
    "signup",
    "skip",
    "social",
    "sponsor",
    "sponsored",
    "subscribe",
    "subscription",
    "taboola",
    "tags",
    "teaser",
    "ticker",
];

/// Tokens that name the article's own text (Readability's "positive" names).
const ARTICLE_TOKENS: [&str; 14] = [
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "main",
    "post",
    "prose",
    "richtext",
    "story",
    "text",
    "blog",
    "paragraph",
    "articlebody",
];

/// Roles that make an element chrome.
const CHROME_ROLES: [&str; 11] = [
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "menu",
    "menubar",
    "dialog",
    "alertdialog",
    "toolbar",
    "tablist",
];

/// The lowercase tokens of an element's class and id.
fn name_tokens(tree: &Tree, id: NodeId) -> Vec<String> {
    let mut tokens = Vec::new();
    for attr in ["class", "id", "itemprop"] {
        let Some(value) = tree.attr(id, attr) else {
            continue;
        };
        let mut current = String::new();
        let mut prev_lower = false;
        for c in value.chars() {
            if !c.is_ascii_alphabetic() {
                if !current.is_empty() {
                    tokens.push(std::mem::take(&mut current));
                }
                prev_lower = false;
                continue;
            }
            if c.is_ascii_uppercase() && prev_lower && !current.is_empty() {
                tokens.push(std::mem::take(&mut current));
            }
            prev_lower = c.is_ascii_lowercase();
            current.push(c.to_ascii_lowercase());
        }
        if !current.is_empty() {
            tokens.push(current);
        }
    }
    tokens
}

/// What an element's class, id and itemprop say: positive for the article, negative
/// for chrome, zero for nothing (or as much of each).
fn name_weight(tree: &Tree, id: NodeId) -> i32 {
    let tokens = name_tokens(tree, id);
    let chrome = tokens
        .iter()
        .filter(|t| CHROME_TOKENS.contains(&t.as_str()))
        .count() as i32;
    let article = tokens
        .iter()
        .filter(|t| ARTICLE_TOKENS.contains(&t.as_str()))
        .count() as i32;
    // A chrome word outweighs an article word: "article-footer", "post-share" and
    // "comment-body" are chrome.
    article - 2 * chrome
}

/// Whether an element is hidden from readers.
fn is_hidden(tree: &Tree, id: NodeId) -> bool {
    if tree.attr(id, "hidden").is_some() || tree.attr(id, "aria-hidden") == Some("true") {
        return true;
    }
    tree.attr(id, "style").is_some_and(|style| {
        let s: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

/// Whether an element's own tag or role makes it chrome.
fn is_chrome_element(tree: &Tree, id: NodeId, name: &str, in_article: bool) -> bool {
    match name {
        "nav" | "footer" | "aside" | "menu" | "form" => return true,
        "header" if !in_article => return true,
        _ => {}
    }
    tree.attr(id, "role")
        .is_some_and(|r| CHROME_ROLES.contains(&r.trim().to_ascii_lowercase().as_str()))
}

/// Elements that start a block of their own.
fn block_kind(name: &str) -> Option<BlockKind> {
    Some(match name {
        "p" => BlockKind::Paragraph,
        "h1" => BlockKind::Heading(1),
        "h2" => BlockKind::Heading(2),
        "h3" => BlockKind::Heading(3),
        "h4" => BlockKind::Heading(4),
        "h5" => BlockKind::Heading(5),
        "h6" => BlockKind::Heading(6),
        "li" | "dt" | "dd" => BlockKind::ListItem,
        "blockquote" => BlockKind::Quote,
        "pre" => BlockKind::Preformatted,
        "figcaption" | "caption" => BlockKind::Caption,
        "td" | "th" => BlockKind::Cell,
        "div" | "section" | "article" | "main" | "header" | "footer" | "nav" | "aside"
        | "address" | "center" | "details" | "summary" | "dl" | "ul" | "ol" | "table" | "tr"
        | "tbody" | "thead" | "tfoot" | "figure" | "fieldset" | "form" | "hr" | "body" | "html"
        | "menu" | "legend" => BlockKind::Paragraph,
        _ => return None,
    })
}

/// What the walk knows about the elements it is inside.
#[derive(Clone, Copy)]
struct Context {
    chrome: bool,
    caption: bool,
    link: bool,
    quote: bool,
    pre: bool,
    in_article: bool,
    /// The block element the text belongs to, and its kind.
    block: NodeId,
    kind: BlockKind,
}

/// The text being gathered for the current block.
struct Pending {
    text: String,
    link_chars: usize,
    ctx: Context,
}

/// Reads a page tree as blocks, in document order. `<head>` is not read (the page's
/// declarations are read apart, [`super::declared`]).
pub(crate) fn blocks(tree: &Tree) -> Vec<Block> {
    let mut out = Vec::new();
    let root = Context {
        chrome: false,
        caption: false,
        link: false,
        quote: false,
        pre: false,
        in_article: false,
        block: Tree::ROOT,
        kind: BlockKind::Paragraph,
    };
    let mut pending = Pending {
        text: String::new(),
        link_chars: 0,
        ctx: root,
    };
    // Enter(node, context of its parent) and Leave(the context to return to).
    enum Step {
        Enter(NodeId, Context),
        Leave(Context),
    }
    let text_chars = text_chars(tree);
    // The text a reader sees: the body's, not the head's metadata.
    let body = tree
        .nodes()
        .find(|(_, n)| matches!(&n.data, NodeData::Element { name, .. } if name == "body"))
        .map_or(Tree::ROOT, |(id, _)| id);
    let total_chars = text_chars.get(body).copied().unwrap_or(0);
    let mut stack = vec![Step::Enter(Tree::ROOT, root)];
    while let Some(step) = stack.pop() {
        let (id, parent) = match step {
            Step::Leave(ctx) => {
                flush(&mut pending, &mut out);
                pending.ctx = ctx;
                continue;
            }
            Step::Enter(id, parent) => (id, parent),
        };
        let Some(node) = tree.get(id) else { continue };
        let name = match &node.data {
            NodeData::Text(t) => {
                if pending.text.is_empty() {
                    pending.ctx = parent;
                }
                add_text(&mut pending, t, parent);
                continue;
            }
            NodeData::Document => "",
            NodeData::Element { name, .. } => name.as_str(),
        };
        if matches!(name, "head" | "script" | "title" | "meta" | "link" | "img")
            || is_hidden(tree, id)
        {
            continue;
        }
        if name == "br" {
            flush(&mut pending, &mut out);
            continue;
        }
        let mut ctx = parent;
        ctx.in_article |= name == "article" || tree.attr(id, "itemprop") == Some("articleBody");
        // An element that holds most of the page's text is a wrapper, whatever its name
        // says ("page has-sidebar", a `<form>` around a whole page).
        let wrapper = matches!(name, "html" | "body" | "main" | "article" | "")
            || text_chars.get(id).is_some_and(|&c| c * 2 > total_chars);
        ctx.chrome |= !wrapper
            && (is_chrome_element(tree, id, name, ctx.in_article) || name_weight(tree, id) < 0);
        ctx.caption |= matches!(name, "figure" | "figcaption");
        ctx.link |= name == "a";
        ctx.quote |= name == "blockquote";
        ctx.pre |= name == "pre";
        let starts_block = block_kind(name);
        if let Some(kind) = starts_block {
            flush(&mut pending, &mut out);
            ctx.block = id;
            ctx.kind = kind;
            pending.ctx = ctx;
            stack.push(Step::Leave(parent));
        }
        stack.extend(node.children.iter().rev().map(|&c| Step::Enter(c, ctx)));
    }
    flush(&mut pending, &mut out);
    out
}

/// For every node, how many characters of text (not white space) it holds.
fn text_chars(tree: &Tree) -> Vec<usize> {
    let mut chars = vec![0usize; tree.len()];
    // Children come after their parents: one pass from the end adds each node's
    // count to its parent's.
    for id in (0..tree.len()).rev() {
        let Some(node) = tree.get(id) else { continue };
        if let NodeData::Text(t) = &node.data
            && let Some(c) = chars.get_mut(id)
        {
            *c += t.chars().filter(|c| !c.is_whitespace()).count();
        }
        let own = chars.get(id).copied().unwrap_or(0);
        if let Some(p) = node.parent.and_then(|p| chars.get_mut(p)) {
            *p += own;
        }
    }
    chars
}

fn add_text(pending: &mut Pending, text: &str, ctx: Context) {
    let before = pending.text.len();
    if ctx.pre {
        pending.text.push_str(text);
    } else {
        for (i, piece) in text.split(char::is_whitespace).enumerate() {
            if i > 0 && !pending.text.ends_with(' ') {
                pending.text.push(' ');
            }
            pending.text.push_str(piece);
        }
    }
    if ctx.link {
        pending.link_chars += pending.text.len() - before;
    }
}

/// Ends the current block: measures it and adds it, when it has any text.
fn flush(pending: &mut Pending, out: &mut Vec<Block>) {
    let text = if pending.ctx.pre {
        pending.text.trim().to_string()
    } else {
        super::super::lines::collapse_spaces(&pending.text)
    };
    let all = pending.text.len().max(1);
    let links = pending.link_chars;
    pending.text.clear();
    pending.link_chars = 0;
    if !text.chars().any(char::is_alphanumeric) {
        return;
    }
    let ctx = pending.ctx;
    let kind = if ctx.caption {
        BlockKind::Caption
    } else if ctx.quote && ctx.kind == BlockKind::Paragraph {
        BlockKind::Quote
    } else {
        ctx.kind
    };
    let mut features = Features::of_text(&text, kind);
    features.link_density = (links as f32 / all as f32).min(1.0);
    features.markup = if ctx.chrome {
        Markup::Chrome
    } else {
        Markup::Neutral
    };
    out.push(Block {
        text,
        features,
        node: ctx.block,
    });
}

/// For every node, the end of its subtree: node `d` is in the subtree of `n` when
/// `n <= d < end[n]`.
fn subtree_ends(tree: &Tree) -> Vec<NodeId> {
    let mut end: Vec<NodeId> = (0..tree.len()).map(|i| i + 1).collect();
    for id in (1..tree.len()).rev() {
        let parent = tree.get(id).and_then(|n| n.parent);
        if let Some(p) = parent {
            let e = end.get(id).copied().unwrap_or(id + 1);
            if let Some(pe) = end.get_mut(p) {
                *pe = (*pe).max(e);
            }
        }
    }
    end
}

/// Marks the blocks inside the container chosen as the article's ([`Markup::Article`]),
/// and returns whether a container was found.
/// `prose` says which blocks read as article prose ([`super::super::score`]): an
/// article split into several containers (between ads, or one `<div>` a few
/// paragraphs) is gathered under the lowest ancestor that holds most of it.
pub(crate) fn mark_container(tree: &Tree, blocks: &mut [Block], prose: &[bool]) -> bool {
    let n = tree.len();
    let mut points = vec![0f32; n];
    let mut text_chars = vec![0usize; n];
    let mut link_chars = vec![0usize; n];
    for b in blocks.iter() {
        let chars = b.text.chars().count();
        let mut at = Some(b.node);
        while let Some(id) = at {
            if let Some(c) = text_chars.get_mut(id) {
                *c += chars;
            }
            if let Some(c) = link_chars.get_mut(id) {
                *c += (b.features.link_density * chars as f32) as usize;
            }
            at = tree.get(id).and_then(|node| node.parent);
        }
        let f = &b.features;
        if f.markup == Markup::Chrome
            || chars < 25
            || !matches!(
                f.kind,
                BlockKind::Paragraph | BlockKind::Quote | BlockKind::Preformatted | BlockKind::Cell
            )
        {
            continue;
        }
        let commas = b.text.matches([',', '，', '、']).count();
        let score = 1.0 + commas as f32 + (chars as f32 / 100.0).min(3.0);
        let mut at = tree.get(b.node).and_then(|node| node.parent);
        for level in 0..5 {
            let Some(id) = at else { break };
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            if let Some(p) = points.get_mut(id) {
                *p += score / divider;
            }
            at = tree.get(id).and_then(|node| node.parent);
        }
    }
    let weighted = |id: NodeId| -> f32 {
        let p = points.get(id).copied().unwrap_or(0.0);
        if p <= 0.0 {
            return 0.0;
        }
        let chars = text_chars.get(id).copied().unwrap_or(0).max(1);
        let links = link_chars.get(id).copied().unwrap_or(0);
        let density = links as f32 / chars as f32;
        (p + 25.0 * name_weight(tree, id).signum() as f32) * (1.0 - density)
    };
    let Some(top) = (1..n)
        .filter(|&id| points.get(id).is_some_and(|p| *p > 0.0))
        .max_by(|&a, &b| weighted(a).total_cmp(&weighted(b)))
    else {
        return false;
    };
    // Climb from the best container while it holds less than half of the page's
    // prose: the article is the prose, wherever the markup cut it up.
    let mut prose_chars = vec![0usize; n];
    let mut all_prose = 0usize;
    for (b, &good) in blocks.iter().zip(prose) {
        if !good || b.features.markup == Markup::Chrome {
            continue;
        }
        let chars = b.text.len();
        all_prose += chars;
        let mut at = Some(b.node);
        while let Some(id) = at {
            if let Some(c) = prose_chars.get_mut(id) {
                *c += chars;
            }
            at = tree.get(id).and_then(|node| node.parent);
        }
    }
    let mut top = top;
    while prose_chars.get(top).is_some_and(|&c| c * 2 < all_prose)
        && let Some(parent) = tree.get(top).and_then(|t| t.parent)
        && !matches!(tree.name(parent), Some("body" | "html") | None)
    {
        top = parent;
    }
    let top_score = weighted(top);
    let mut chosen = vec![top];
    if let Some(parent) = tree.get(top).and_then(|t| t.parent)
        && let Some(parent_node) = tree.get(parent)
    {
        let threshold = (top_score * 0.2).max(10.0);
        for &sibling in &parent_node.children {
            if sibling == top {
                continue;
            }
            let chars = text_chars.get(sibling).copied().unwrap_or(0);
            let links = link_chars.get(sibling).copied().unwrap_or(0);
            let density = links as f32 / chars.max(1) as f32;
            let paragraph = tree.name(sibling) == Some("p") && chars >= 80 && density < 0.25;
            if weighted(sibling) >= threshold || paragraph {
                chosen.push(sibling);
            }
        }
    }
    let ends = subtree_ends(tree);
    let inside = |id: NodeId| {
        chosen
            .iter()
            .any(|&c| c <= id && ends.get(c).is_some_and(|&e| id < e))
    };
    for b in blocks.iter_mut() {
        if b.features.markup != Markup::Chrome && inside(b.node) {
            b.features.markup = Markup::Article;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(html: &[(&str, &[(&str, &str)], &str)]) -> Tree {
        // (element, attributes, text): each a child of one <body>.
        let mut t = Tree::new();
        let body = t.add_element(Tree::ROOT, "body", []);
        for (name, attrs, text) in html {
            let e = t.add_element(body, name, attrs.iter().copied());
            t.add_text(e, text);
        }
        t
    }

    #[test]
    fn reads_blocks_and_their_markup() {
        let t = page(&[
            ("nav", &[], "Home News Sport"),
            ("p", &[], "The council voted on Tuesday."),
            ("div", &[("class", "share-bar")], "Share this"),
            ("div", &[("hidden", "")], "Hidden text"),
            ("p", &[("style", "display: none")], "Also hidden"),
            ("figcaption", &[], "The bridge at dawn."),
            ("h2", &[], "What comes next"),
        ]);
        let got: Vec<(String, BlockKind, Markup)> = blocks(&t)
            .into_iter()
            .map(|b| (b.text, b.features.kind, b.features.markup))
            .collect();
        let want = vec![
            (
                "Home News Sport".to_string(),
                BlockKind::Paragraph,
                Markup::Chrome,
            ),
            (
                "The council voted on Tuesday.".into(),
                BlockKind::Paragraph,
                Markup::Neutral,
            ),
            ("Share this".into(), BlockKind::Paragraph, Markup::Chrome),
            (
                "The bridge at dawn.".into(),
                BlockKind::Caption,
                Markup::Neutral,
            ),
            (
                "What comes next".into(),
                BlockKind::Heading(2),
                Markup::Neutral,
            ),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn name_tokens_split_at_case_and_punctuation() {
        let t = page(&[(
            "div",
            &[("class", "c-ShareBar post__related"), ("id", "mainContent")],
            "x",
        )]);
        assert_eq!(
            name_tokens(&t, 2),
            ["c", "share", "bar", "post", "related", "main", "content"]
        );
    }

    #[test]
    fn inline_links_count_toward_link_density() {
        let mut t = Tree::new();
        let p = t.add_element(Tree::ROOT, "p", []);
        t.add_text(p, "Read ");
        let a = t.add_element(p, "a", []);
        t.add_text(a, "the whole report");
        let b = blocks(&t);
        assert_eq!(b.len(), 1);
        assert_eq!(b[0].text, "Read the whole report");
        assert!((b[0].features.link_density - 16.0 / 21.0).abs() < 0.01);
    }
}
