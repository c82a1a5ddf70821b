//! What the reader points at: the item under the mouse, and the item chosen by a click,
//! a key or the URL. Kept apart so that moving the mouse away (or scrolling a jump's
//! target into view) never drops what was chosen.

use crate::navigate::mark_active;
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
