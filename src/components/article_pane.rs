use super::highlighted_text::HighlightedText;
use leptos::prelude::*;
use overlap_core::{Article, Highlight};

/// One article's text, with the shared items highlighted.
#[component]
pub fn ArticlePane(
    /// "left" or "right": names the pane for tests and styles.
    side: &'static str,
    /// The article to show.
    article: Article,
    /// Where the shared items occur in its body, in reading order.
    highlights: Vec<Highlight>,
) -> impl IntoView {
    let title = article.title.clone().unwrap_or_else(|| article.id.clone());
    let paragraphs = article
        .body
        .into_iter()
        .enumerate()
        .map(|(i, text)| {
            let own: Vec<Highlight> = highlights
                .iter()
                .filter(|h| h.paragraph == i)
                .cloned()
                .collect();
            view! { <p><HighlightedText text=text highlights=own /></p> }
        })
        .collect_view();
    view! {
        <article class="pane" data-side=side aria-label=format!("{side} article: {title}")>
            <h2>{title.clone()}</h2>
            {paragraphs}
        </article>
    }
}
