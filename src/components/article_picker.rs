use leptos::prelude::*;
use overlap_core::Article;
use std::sync::Arc;

/// A labelled list to choose one of the bundled articles.
#[component]
pub fn ArticlePicker(
    /// What the list is for, e.g. "Left article".
    label: &'static str,
    /// The list's element id, which its label points at.
    id: &'static str,
    /// The articles to choose from.
    articles: Arc<[Article]>,
    /// Index of the chosen article.
    selected: RwSignal<usize>,
) -> impl IntoView {
    let options = articles
        .iter()
        .enumerate()
        .map(|(i, article)| {
            let title = article.title.clone().unwrap_or_else(|| article.id.clone());
            view! { <option value=i.to_string()>{title}</option> }
        })
        .collect_view();
    view! {
        <div class="picker">
            <label class="picker-label" for=id>{label}</label>
            <select
                id=id
                prop:value=move || selected.get().to_string()
                on:change=move |ev| {
                    if let Ok(i) = event_target_value(&ev).parse::<usize>()
                        && i < articles.len()
                    {
                        selected.set(i);
                    }
                }
            >
                {options}
            </select>
        </div>
    }
}
