//! The page tree: the little of an HTML document that extraction needs.
//!
//! Two parsers fill it: the browser's own `DOMParser` in the app (no HTML parser in the
//! wasm), and html5ever natively ([`super::parse`]). Both skip what must never reach
//! the reader ([`is_dropped`]: scripts, styles, frames, embedded objects) and keep only
//! the attributes in [`KEPT_ATTRIBUTES`], so both give the extractor the same tree.
//! Event-handler attributes and resource addresses are never kept: nothing in the tree
//! can run or load.

/// The index of a node in its [`Tree`].
pub type NodeId = usize;

/// An element or a run of text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NodeData {
    /// The document itself: the root.
    Document,
    /// An element, its name in lower case, with its kept attributes.
    Element {
        /// Tag name, lower case ("p", "div").
        name: String,
        /// The kept attributes ([`KEPT_ATTRIBUTES`]), names in lower case.
        attrs: Vec<(String, String)>,
    },
    /// Text, as written in the document (white space not yet collapsed).
    Text(String),
}

/// One node: what it is, and where it sits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    /// What the node is.
    pub data: NodeData,
    /// Its parent; `None` for the root.
    pub parent: Option<NodeId>,
    /// Its children, in document order.
    pub children: Vec<NodeId>,
}

/// A parsed page. Nodes are stored in document order: a node's id is larger than its
/// parent's, and a child's subtree ends before its next sibling begins.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tree {
    nodes: Vec<Node>,
}

/// The attributes extraction reads; every other attribute is dropped as the tree is
/// filled: what an element is for (`class`, `id`, `role`, `itemprop`, `itemtype`),
/// whether it is shown (`hidden`, `aria-hidden`, `style`), the page's declarations
/// (`property`, `name`, `content`, `datetime`, `type`, `charset`, `http-equiv`, `rel`).
/// Two more are kept on one element each: the `href` of a `<link>` (the page's
/// canonical address) and the `alt` of an `<img>` (a logo that names the outlet).
pub const KEPT_ATTRIBUTES: [&str; 16] = [
    "class",
    "id",
    "role",
    "itemprop",
    "itemtype",
    "hidden",
    "aria-hidden",
    "style",
    "property",
    "name",
    "content",
    "datetime",
    "type",
    "charset",
    "http-equiv",
    "rel",
];

/// Whether an element and everything in it stays out of the tree: code, styles, frames,
/// embedded objects, forms' controls, and pictures' sources. A `<script>` of JSON-LD
/// is kept (its text is the page's metadata, read as data, never run).
pub fn is_dropped(name: &str, script_type: Option<&str>) -> bool {
    match name {
        "script" => {
            !script_type.is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
        }
        "style" | "template" | "iframe" | "frame" | "frameset" | "object" | "embed" | "applet"
        | "noscript" | "svg" | "math" | "canvas" | "video" | "audio" | "source" | "track"
        | "picture" | "map" | "input" | "select" | "textarea" | "button" | "option"
        | "datalist" | "dialog" => true,
        _ => false,
    }
}

impl Default for Tree {
    fn default() -> Self {
        Tree::new()
    }
}

impl Tree {
    /// A tree with only its root, the document.
    pub fn new() -> Tree {
        Tree {
            nodes: vec![Node {
                data: NodeData::Document,
                parent: None,
                children: Vec::new(),
            }],
        }
    }

    /// The root.
    pub const ROOT: NodeId = 0;

    /// Adds an element under `parent`, keeping only the attributes in
    /// [`KEPT_ATTRIBUTES`]; returns its id. Children must be added in document order,
    /// each after the whole subtree of its previous sibling.
    pub fn add_element<'a>(
        &mut self,
        parent: NodeId,
        name: &str,
        attrs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> NodeId {
        let name = name.to_ascii_lowercase();
        let attrs = attrs
            .into_iter()
            .filter_map(|(k, v)| {
                let k = k.to_ascii_lowercase();
                let kept = KEPT_ATTRIBUTES.contains(&k.as_str())
                    || (k == "href" && name == "link")
                    || (k == "alt" && name == "img");
                kept.then(|| (k, v.to_string()))
            })
            .collect();
        self.push(parent, NodeData::Element { name, attrs })
    }

    /// Adds a run of text under `parent`; joins it to a run just before it.
    pub fn add_text(&mut self, parent: NodeId, text: &str) {
        if text.is_empty() {
            return;
        }
        let last = self
            .nodes
            .get(parent)
            .and_then(|p| p.children.last().copied());
        if let Some(NodeData::Text(before)) = last
            .and_then(|l| self.nodes.get_mut(l))
            .map(|n| &mut n.data)
        {
            before.push_str(text);
            return;
        }
        self.push(parent, NodeData::Text(text.to_string()));
    }

    fn push(&mut self, parent: NodeId, data: NodeData) -> NodeId {
        let id = self.nodes.len();
        let parent = if parent < id { parent } else { Tree::ROOT };
        self.nodes.push(Node {
            data,
            parent: Some(parent),
            children: Vec::new(),
        });
        if let Some(p) = self.nodes.get_mut(parent) {
            p.children.push(id);
        }
        id
    }

    /// A node by its id.
    pub fn get(&self, id: NodeId) -> Option<&Node> {
        self.nodes.get(id)
    }

    /// How many nodes the tree has.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Whether the tree has only its root.
    pub fn is_empty(&self) -> bool {
        self.nodes.len() <= 1
    }

    /// All nodes in document order, with their ids.
    pub fn nodes(&self) -> impl Iterator<Item = (NodeId, &Node)> {
        self.nodes.iter().enumerate()
    }

    /// The element name of a node, if it is an element.
    pub fn name(&self, id: NodeId) -> Option<&str> {
        match &self.nodes.get(id)?.data {
            NodeData::Element { name, .. } => Some(name),
            _ => None,
        }
    }

    /// The value of an element's attribute.
    pub fn attr(&self, id: NodeId, attr: &str) -> Option<&str> {
        match &self.nodes.get(id)?.data {
            NodeData::Element { attrs, .. } => attrs
                .iter()
                .find(|(k, _)| k == attr)
                .map(|(_, v)| v.as_str()),
            _ => None,
        }
    }

    /// All the text under a node, concatenated as written.
    pub fn text(&self, id: NodeId) -> String {
        let mut out = String::new();
        let mut stack = vec![id];
        while let Some(n) = stack.pop() {
            let Some(node) = self.nodes.get(n) else {
                continue;
            };
            match &node.data {
                NodeData::Text(t) => out.push_str(t),
                _ => stack.extend(node.children.iter().rev()),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_only_what_extraction_reads() {
        let mut t = Tree::new();
        let p = t.add_element(
            Tree::ROOT,
            "P",
            [
                ("class", "lead"),
                ("onclick", "alert(1)"),
                ("src", "https://x.example/a.png"),
            ],
        );
        t.add_text(p, "Hello, ");
        t.add_text(p, "world.");
        assert_eq!(t.name(p), Some("p"));
        assert_eq!(t.attr(p, "class"), Some("lead"));
        assert_eq!(t.attr(p, "onclick"), None);
        assert_eq!(t.attr(p, "src"), None);
        assert_eq!(t.text(Tree::ROOT), "Hello, world.");
        assert_eq!(t.len(), 3, "the two runs of text are one node");
    }

    #[test]
    fn drops_code_and_embedded_things() {
        let cases = [
            ("script", None, true),
            ("script", Some("text/javascript"), true),
            ("script", Some("application/ld+json"), false),
            ("style", None, true),
            ("iframe", None, true),
            ("p", None, false),
            ("noscript", None, true),
        ];
        for (name, ty, dropped) in cases {
            assert_eq!(is_dropped(name, ty), dropped, "{name} {ty:?}");
        }
    }
}
