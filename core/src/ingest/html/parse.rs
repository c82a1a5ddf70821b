//! HTML to a page tree, natively: html5ever parses as browsers do (broken, truncated
//! and unclosed markup included), and the document is copied into a [`Tree`] with
//! the same rules as the browser's filler ([`Tree::add_element`], [`is_dropped`]).

use super::declared_charset;
use super::tree::{NodeId, Tree, is_dropped};
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData as Dom, RcDom};

/// Parses a document's text into a page tree.
pub fn parse(html: &str) -> Tree {
    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(html);
    let mut tree = Tree::new();
    // An explicit stack: a page nested ten thousand deep must not overflow the call stack.
    let mut stack: Vec<(Handle, NodeId)> = dom
        .document
        .children
        .borrow()
        .iter()
        .rev()
        .map(|c| (c.clone(), Tree::ROOT))
        .collect();
    while let Some((handle, parent)) = stack.pop() {
        match &handle.data {
            Dom::Text { contents } => tree.add_text(parent, &contents.borrow()),
            Dom::Element { name, attrs, .. } => {
                let attrs = attrs.borrow();
                let local: &str = &name.local;
                let script_type = attrs
                    .iter()
                    .find(|a| &*a.name.local == "type")
                    .map(|a| &*a.value);
                if is_dropped(local, script_type) {
                    continue;
                }
                let id = tree.add_element(
                    parent,
                    local,
                    attrs.iter().map(|a| (&*a.name.local, &*a.value)),
                );
                stack.extend(
                    handle
                        .children
                        .borrow()
                        .iter()
                        .rev()
                        .map(|c| (c.clone(), id)),
                );
            }
            _ => {}
        }
    }
    tree
}

/// The text of an HTML file's bytes: UTF-8 (with or without a byte-order mark), or the
/// encoding the page declares in its first kilobytes (`<meta charset="windows-1251">`).
/// Bytes that are not UTF-8 while nothing else is declared are read as windows-1252, as
/// browsers read them; an encoding that is declared but unknown is an error that says so.
pub fn decode(bytes: &[u8]) -> Result<String, String> {
    let declared = declared_charset(bytes);
    if let Some(label) = declared.as_deref()
        && !matches!(label, "utf-8" | "utf8")
    {
        let encoding = encoding_rs::Encoding::for_label(label.as_bytes()).ok_or_else(|| {
            format!("the page declares the character set \"{label}\", which is unknown")
        })?;
        let (text, _, _) = encoding.decode(bytes);
        return Ok(text.into_owned());
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        // Undeclared and not UTF-8: what browsers assume for such pages.
        Err(_) => Ok(encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_like_a_browser() {
        let tree = parse("<p>One<p>Two <b>bold<script>alert(1)</script></b><div onclick=x()>Three");
        let texts: Vec<String> = tree
            .nodes()
            .filter(|(_, n)| matches!(n.data, super::super::tree::NodeData::Text(_)))
            .map(|(id, _)| tree.text(id))
            .collect();
        assert_eq!(texts, ["One", "Two ", "bold", "Three"]);
        assert!(
            tree.nodes()
                .all(|(id, _)| tree.attr(id, "onclick").is_none())
        );
    }

    #[test]
    fn decodes_declared_charsets() {
        let cases: Vec<(&str, Vec<u8>, Result<&str, &str>)> = vec![
            (
                "utf-8",
                "<p>café</p>".as_bytes().to_vec(),
                Ok("<p>café</p>"),
            ),
            ("bom", b"\xef\xbb\xbf<p>x</p>".to_vec(), Ok("<p>x</p>")),
            (
                "windows-1252",
                b"<meta charset=\"windows-1252\"><p>caf\xe9</p>".to_vec(),
                Ok("<meta charset=\"windows-1252\"><p>café</p>"),
            ),
            (
                "unknown",
                b"<meta charset=\"klingon\"><p>x</p>".to_vec(),
                Err("the page declares the character set \"klingon\", which is unknown"),
            ),
            (
                "undeclared latin-1",
                b"<p>caf\xe9</p>".to_vec(),
                Ok("<p>café</p>"),
            ),
        ];
        for (name, bytes, expected) in cases {
            assert_eq!(
                decode(&bytes).as_deref(),
                expected.map_err(str::to_string).as_deref(),
                "{name}"
            );
        }
    }
}
