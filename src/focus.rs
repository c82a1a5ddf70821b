//! What the reader points at: the item under the mouse, and the item chosen by a click,
//! a key or the URL. Kept apart so that moving the mouse away (or scrolling a jump's
//! target into view) never drops what was chosen.

use leptos::prelude::*;

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

    /// Whether the item with `key` is lit up (reactive).
    pub fn is_active(&self, key: &str) -> bool {
        self.hovered.with(|h| h.as_deref() == Some(key))
            || self.selected.with(|s| s.as_deref() == Some(key))
    }
}
