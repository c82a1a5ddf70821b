use leptos::prelude::*;

/// A labelled list to choose one of the articles.
#[component]
pub fn ArticlePicker(
    /// What the list is for, e.g. "Left article".
    label: &'static str,
    /// The list's element id, which its label points at.
    id: &'static str,
    /// The articles to choose from: title, outlet and date.
    options: Memo<Vec<String>>,
    /// Index of the chosen article.
    selected: RwSignal<usize>,
) -> impl IntoView {
    // Each option also says whether it is chosen: the list changes when the reader
    // adds an article, and the choice must survive that.
    let list = move || {
        options
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, label)| {
                view! { <option value=i.to_string() prop:selected=move || selected.get() == i>{label}</option> }
            })
            .collect_view()
    };
    view! {
        <div class="picker">
            <label class="picker-label" for=id>{label}</label>
            <select
                id=id
                prop:value=move || selected.get().to_string()
                on:change=move |ev| {
                    if let Ok(i) = event_target_value(&ev).parse::<usize>()
                        && i < options.with_untracked(Vec::len)
                    {
                        selected.set(i);
                    }
                }
            >
                {list}
            </select>
        </div>
    }
}
