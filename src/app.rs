//! The top level: which two articles are open, and their comparison.

use crate::components::{ArticlePane, ArticlePicker};
use crate::corpus;
use leptos::prelude::*;
use overlap_core::{Article, compare};
use std::sync::Arc;

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    match corpus::bundled() {
        Ok(articles) if articles.len() >= 2 => view! { <Comparer articles=articles.into() /> }.into_any(),
        Ok(_) => view! { <p class="notice" role="alert">"Overlap needs at least two articles in seeds/."</p> }.into_any(),
        Err(message) => view! { <p class="notice" role="alert">{message}</p> }.into_any(),
    }
}

/// Two pickers and two panes over the bundled articles.
#[component]
fn Comparer(
    /// The articles to choose from; at least two.
    articles: Arc<[Article]>,
) -> impl IntoView {
    let left = RwSignal::new(0usize);
    let right = RwSignal::new(1usize);
    let comparison = {
        let articles = articles.clone();
        Memo::new(move |_| compare(&articles[left.get()], &articles[right.get()]))
    };
    let left_article = {
        let articles = articles.clone();
        move || articles[left.get()].clone()
    };
    let right_article = {
        let articles = articles.clone();
        move || articles[right.get()].clone()
    };

    view! {
        <header class="masthead">
            <h1>"Overlap"</h1>
            <p class="tagline">"What two news articles share, side by side."</p>
        </header>
        <main>
            <div class="pickers">
                <ArticlePicker label="Left article" id="left-article" articles=articles.clone() selected=left />
                <ArticlePicker label="Right article" id="right-article" articles=articles.clone() selected=right />
            </div>
            <p class="summary" data-testid="summary">
                {move || {
                    let n = comparison.with(|c| c.shared_terms.len());
                    format!("{n} shared words highlighted in both articles.")
                }}
            </p>
            <div class="panes">
                {move || view! {
                    <ArticlePane
                        side="left"
                        article=left_article()
                        highlights=comparison.with(|c| c.left_highlights.clone())
                    />
                }}
                {move || view! {
                    <ArticlePane
                        side="right"
                        article=right_article()
                        highlights=comparison.with(|c| c.right_highlights.clone())
                    />
                }}
            </div>
        </main>
    }
}
