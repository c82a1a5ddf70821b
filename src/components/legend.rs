use leptos::prelude::*;
use std::collections::BTreeSet;

/// The highlight layers: name (as in class names and the URL), label, non-colour cue.
pub const LAYERS: [(&str, &str, &str); 6] = [
    ("person", "people", "solid underline"),
    ("organization", "organisations", "double underline"),
    ("place", "places", "wavy underline"),
    ("other", "events, treaties, documents", "dotted underline"),
    (
        "term",
        "shared terms (coloured by theme)",
        "dashed underline",
    ),
    ("passage", "shared passages", "boxed"),
];

/// What each highlight style means, so no meaning rests on colour alone; each entry also
/// switches its layer on and off.
#[component]
pub fn Legend(
    /// The layers switched off, by name.
    hidden: RwSignal<BTreeSet<String>>,
    /// Whether every mark is shown, not only shared names and themes.
    every_mark: RwSignal<bool>,
) -> impl IntoView {
    let items = LAYERS
        .into_iter()
        .map(|(layer, label, cue)| {
            view! {
                <li>
                    <label>
                        <input
                            type="checkbox"
                            data-layer=layer
                            prop:checked=move || hidden.with(|h| !h.contains(layer))
                            on:change=move |ev| {
                                let shown = event_target_checked(&ev);
                                hidden.update(|h| {
                                    if shown {
                                        h.remove(layer);
                                    } else {
                                        h.insert(layer.to_string());
                                    }
                                });
                            }
                        />
                        <mark class=format!("hl hl-{layer} shared") aria-hidden="true">"Abc"</mark>
                        " " {label} <span class="cue">{format!(" ({cue})")}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="legend" aria-label="Legend and highlight layers">
            <ul>{items}</ul>
            <label class="every-mark">
                <input
                    type="checkbox"
                    data-testid="every-mark"
                    prop:checked=move || every_mark.get()
                    on:change=move |ev| every_mark.set(event_target_checked(&ev))
                />
                " Every mark: also names only one article has (faded), shared words outside the themes, and shared passages"
            </label>
            <p class="legend-note">
                "By default the panes mark what both articles name and the terms of their shared themes. Click or press Enter on a shared mention to go to the other article's next one; "
                <kbd>"n"</kbd> " and " <kbd>"p"</kbd> " step through the shared items."
            </p>
        </section>
    }
}
