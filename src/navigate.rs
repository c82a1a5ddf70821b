//! Moving between occurrences of a shared item, across the two panes.
//!
//! A click (or Enter) on an occurrence goes to the next occurrence of the same item in
//! the other pane, and further clicks cycle through them, whatever order the two texts
//! put them in. This is the one place the app reads the rendered page: the marks are
//! where the reader's eyes are, so that is where we scroll, move focus, and light up
//! the item the reader points at.

use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition};

thread_local! {
    /// Per (pane, item): which occurrence comes next.
    static NEXT: RefCell<HashMap<(String, String), usize>> = RefCell::new(HashMap::default());
}

/// The other pane's side.
pub fn other_side(side: &str) -> &'static str {
    if side == "left" { "right" } else { "left" }
}

/// Scrolls to and focuses the next occurrence of `key` in the pane on `side`, cycling.
/// Returns false when that pane has none.
pub fn jump(key: &str, side: &str) -> bool {
    let marks = occurrences(key, side);
    if marks.is_empty() {
        return false;
    }
    let index = NEXT.with(|next| {
        let mut next = next.borrow_mut();
        let slot = next.entry((side.to_string(), key.to_string())).or_insert(0);
        let index = *slot % marks.len();
        *slot = index + 1;
        index
    });
    let target = &marks[index];
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Center);
    target.scroll_into_view_with_scroll_into_view_options(&options);
    let _ = target.focus();
    true
}

/// The marks of `key` in the pane on `side`, in reading order.
fn occurrences(key: &str, side: &str) -> Vec<HtmlElement> {
    let mut marks = elements(&format!(".pane[data-side=\"{side}\"] mark.hl.shared"));
    marks.retain(|mark| has_key(mark, |k| k == key));
    marks
}

/// Sets the class `active` on exactly the marks whose key is one of `keys`, in both
/// panes.
pub fn mark_active(keys: &[Option<String>]) {
    for mark in elements("mark.hl.active") {
        let _ = mark.class_list().remove_1("active");
    }
    if keys.iter().all(Option::is_none) {
        return;
    }
    for mark in elements("mark.hl[data-key]") {
        if has_key(&mark, |k| keys.iter().flatten().any(|key| key == k)) {
            let _ = mark.class_list().add_1("active");
        }
    }
}

/// Whether the mark's key passes `test`. Keys are compared as attribute values, so no
/// key ever has to be escaped into a selector.
fn has_key(mark: &HtmlElement, test: impl Fn(&str) -> bool) -> bool {
    mark.get_attribute("data-key").is_some_and(|k| test(&k))
}

/// The page's elements matching `selector`, in document order.
fn elements(selector: &str) -> Vec<HtmlElement> {
    let Some(list) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all(selector).ok())
    else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
        .collect()
}

/// Scrolls the first element matching `selector` to the top of the view: after a choice
/// in the overview, the reader is taken to the comparison it opened.
pub fn reveal(selector: &str) {
    if let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
    {
        element.scroll_into_view();
    }
}
