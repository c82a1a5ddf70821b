use leptos::prelude::*;

/// What each highlight style means, so no meaning rests on colour alone.
#[component]
pub fn Legend() -> impl IntoView {
    let entries = [
        ("person", "person", "solid underline"),
        ("organization", "organization", "double underline"),
        ("place", "place", "wavy underline"),
        ("other", "event, treaty, document", "dotted underline"),
        (
            "term",
            "shared term (coloured by theme)",
            "dashed underline",
        ),
        ("passage", "shared passage", "boxed"),
    ];
    let items = entries
        .into_iter()
        .map(|(layer, label, cue)| {
            view! {
                <li>
                    <mark class=format!("hl hl-{layer} shared") aria-hidden="true">"Abc"</mark>
                    " " {label} <span class="cue">{format!(" ({cue})")}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="legend" aria-label="Legend">
            <ul>{items}</ul>
            <p class="legend-note">"Faded entities are mentioned by one article only."</p>
        </section>
    }
}
