//! What the reader points at: the item under the mouse, and the item chosen by a click,
//! a key or the URL. Kept apart so that moving the mouse away (or scrolling a jump's
//! target into view) never drops what was chosen.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The hovered and the chosen item, by key. Both light up.
#[derive(Clone, Copy)]
pub struct Focus {
    /// The item under the mouse.
    pub hovered: RwSignal<Option<String>>,
    /// The item chosen by a click, Enter, n / p, a summary item or the URL.
    pub selected: RwSignal<Option<String>>,
}

impl Focus {
    /// Nothing hovered; `selected` chosen.
    pub fn new(selected: Option<String>) -> Focus {
        Focus {
            hovered: RwSignal::new(None),
            selected: RwSignal::new(selected),
        }
    }

    /// Lights up (class `active`) every mark of the hovered and the chosen item, in both
    /// panes, whenever either changes or `rendered` says the panes were drawn again.
    /// One effect that edits the page, rather than a reactive class on each of the
    /// hundreds of marks, keeps a change of pair fast (BENCHMARKS.md).
    pub fn light_up_marks(self, rendered: impl Fn() + Send + Sync + 'static) {
        Effect::new(move |_| {
            rendered();
            let keys = [self.hovered.get(), self.selected.get()];
            mark_active(&keys);
            // Once more when the panes of a new pair are in the page.
            request_animation_frame(move || mark_active(&keys));
        });
    }
}

/// Sets the class `active` on exactly the marks whose key is one of `keys`.
fn mark_active(keys: &[Option<String>]) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let each = |selector: &str, f: &dyn Fn(&web_sys::Element)| {
        if let Ok(list) = document.query_selector_all(selector) {
            for i in 0..list.length() {
                if let Some(element) = list.item(i).and_then(|n| n.dyn_into().ok()) {
                    f(&element);
                }
            }
        }
    };
    each("mark.hl.active", &|mark| {
        let _ = mark.class_list().remove_1("active");
    });
    if keys.iter().all(Option::is_none) {
        return;
    }
    // Compared by attribute value, so no key ever has to be escaped into a selector.
    each("mark.hl[data-key]", &|mark| {
        let key = mark.get_attribute("data-key");
        if key.is_some() && keys.contains(&key) {
            let _ = mark.class_list().add_1("active");
        }
    });
}
