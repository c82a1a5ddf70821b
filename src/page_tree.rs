//! An HTML page read by the browser's own `DOMParser` into the core's page tree
//! ([`overlap_core::ingest::html::tree::Tree`]), so that the wasm carries no HTML parser.
//!
//! `DOMParser` builds an inert document: its scripts never run and nothing it names is
//! fetched. The walk copies only what the core's tree keeps: no script but JSON-LD, no
//! style, frame or embedded object, and of the attributes only those that say what an
//! element is for (never an event handler or a resource's address).

use js_sys::{Array, JSON, Object};
use overlap_core::ingest::html::tree::{KEPT_ATTRIBUTES, NodeId, Tree, is_dropped};
use serde_json::{Map, Value};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DomParser, Element, Node, SupportedType};

/// Parses a page's HTML into a page tree.
pub fn parse(html: &str) -> Result<Tree, String> {
    let parser = DomParser::new().map_err(|_| "this browser cannot read HTML here".to_string())?;
    let document = parser
        .parse_from_string(html, SupportedType::TextHtml)
        .map_err(|_| "the browser could not read this page's HTML".to_string())?;
    let mut tree = Tree::new();
    let Some(root) = document.document_element() else {
        return Ok(tree);
    };
    // An explicit stack: a page nested thousands deep must not overflow the call stack.
    let mut stack: Vec<(Node, NodeId)> = vec![(root.into(), Tree::ROOT)];
    while let Some((node, parent)) = stack.pop() {
        match node.node_type() {
            Node::TEXT_NODE | Node::CDATA_SECTION_NODE => {
                if let Some(text) = node.node_value() {
                    tree.add_text(parent, &text);
                }
            }
            Node::ELEMENT_NODE => {
                let Ok(element) = node.dyn_into::<Element>() else {
                    continue;
                };
                let name = element.local_name();
                let script_type = element.get_attribute("type");
                if is_dropped(&name, script_type.as_deref()) {
                    continue;
                }
                let attrs: Vec<(&str, String)> = KEPT_ATTRIBUTES
                    .iter()
                    .chain(&["href", "alt"])
                    .filter_map(|&a| element.get_attribute(a).map(|v| (a, v)))
                    .collect();
                let id =
                    tree.add_element(parent, &name, attrs.iter().map(|(k, v)| (*k, v.as_str())));
                let mut children = Vec::new();
                let mut child = element.first_child();
                while let Some(c) = child {
                    child = c.next_sibling();
                    children.push((c, id));
                }
                stack.extend(children.into_iter().rev());
            }
            _ => {}
        }
    }
    Ok(tree)
}

/// Reads a JSON-LD script with the browser's own `JSON.parse`, as the core's JSON value.
pub fn parse_json(text: &str) -> Option<Value> {
    JSON::parse(text).ok().map(|v| to_value(&v, 0))
}

/// A parsed JS value as a JSON value; nesting beyond 64 levels is cut (JSON-LD is shallow).
fn to_value(v: &JsValue, depth: usize) -> Value {
    if depth > 64 || v.is_null() || v.is_undefined() {
        return Value::Null;
    }
    if let Some(s) = v.as_string() {
        return Value::String(s);
    }
    if let Some(b) = v.as_bool() {
        return Value::Bool(b);
    }
    // Numbers say nothing the extractor reads (headline, author, dates, publisher).
    if v.as_f64().is_some() {
        return Value::Null;
    }
    if Array::is_array(v) {
        let items = Array::from(v);
        return Value::Array(items.iter().map(|i| to_value(&i, depth + 1)).collect());
    }
    let Some(object) = v.dyn_ref::<Object>() else {
        return Value::Null;
    };
    let mut map = Map::new();
    for entry in Object::entries(object).iter() {
        let pair = Array::from(&entry);
        if let Some(key) = pair.get(0).as_string() {
            map.insert(key, to_value(&pair.get(1), depth + 1));
        }
    }
    Value::Object(map)
}
