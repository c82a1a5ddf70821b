//! The top level: which two articles are open, and their comparison.

use crate::components::{ArticlePane, ArticlePicker, Legend, Summary};
use crate::corpus;
use crate::url_state;
use leptos::prelude::*;
use overlap_core::Corpus;
use std::sync::Arc;

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    match corpus::bundled_corpus() {
        Ok(corpus) if corpus.len() >= 2 => view! { <Comparer corpus=Arc::new(corpus) /> }.into_any(),
        Ok(_) => view! { <p class="notice" role="alert">"Overlap needs at least two articles in seeds/."</p> }.into_any(),
        Err(message) => view! { <p class="notice" role="alert">{message}</p> }.into_any(),
    }
}

/// Two pickers, the summary and two panes over an analysed corpus.
#[component]
fn Comparer(
    /// The analysed articles; at least two.
    corpus: Arc<Corpus>,
) -> impl IntoView {
    let requested = url_state::read(&corpus);
    let left = RwSignal::new(requested.left);
    let right = RwSignal::new(requested.right);
    let comparison = {
        let corpus = corpus.clone();
        Memo::new(move |_| corpus.compare(left.get(), right.get()))
    };
    // A focus the comparison does not have is dropped, and said so.
    let mut notice = requested.notice;
    let focus = requested.focus.filter(|key| {
        let known = comparison.with_untracked(|c| {
            c.as_ref().is_some_and(|c| {
                c.left_highlights
                    .iter()
                    .chain(&c.right_highlights)
                    .any(|h| &*h.key == key)
            })
        });
        if !known {
            let text =
                format!("This link highlights “{key}”, which this comparison does not have.");
            notice = Some(
                notice
                    .take()
                    .map_or(text.clone(), |n| format!("{n} {text}")),
            );
        }
        known
    });
    let focused: RwSignal<Option<String>> = RwSignal::new(focus);
    let notice = RwSignal::new(notice);
    {
        let corpus = corpus.clone();
        Effect::new(move |_| {
            focused.with(|f| url_state::write(&corpus, left.get(), right.get(), f.as_deref()));
        });
    }
    let swap = move |_| {
        let (l, r) = (left.get_untracked(), right.get_untracked());
        left.set(r);
        right.set(l);
    };
    let articles: Arc<[overlap_core::Article]> = corpus.articles().to_vec().into();
    let title_of = {
        let articles = articles.clone();
        move |i: usize| {
            articles
                .get(i)
                .and_then(|a| a.title.clone())
                .unwrap_or_else(|| format!("article {}", i + 1))
        }
    };
    let pane = {
        let articles = articles.clone();
        move |side: &'static str| {
            let index = if side == "left" {
                left.get()
            } else {
                right.get()
            };
            let article = articles.get(index).cloned()?;
            let highlights = comparison.with(|c| {
                c.as_ref().map(|c| {
                    if side == "left" {
                        c.left_highlights.clone()
                    } else {
                        c.right_highlights.clone()
                    }
                })
            })?;
            Some(
                view! { <ArticlePane side=side article=article highlights=highlights focused=focused /> },
            )
        }
    };
    let left_pane = pane.clone();
    let right_pane = pane;

    view! {
        <header class="masthead">
            <h1>"Overlap"</h1>
            <p class="tagline">"What two news articles share, side by side. Everything stays in your browser."</p>
        </header>
        <main>
            {move || notice.get().map(|text| view! {
                <p class="notice" role="status" data-testid="notice">
                    {text} " "
                    <button type="button" class="dismiss" on:click=move |_| notice.set(None)>"Dismiss"</button>
                </p>
            })}
            <div class="pickers">
                <ArticlePicker label="Left article" id="left-article" articles=articles.clone() selected=left />
                <button type="button" class="swap" on:click=swap title="Swap left and right" aria-label="Swap left and right articles">"⇄"</button>
                <ArticlePicker label="Right article" id="right-article" articles=articles.clone() selected=right />
            </div>
            {move || {
                let titles = (title_of(left.get()), title_of(right.get()));
                comparison.get().map(|c| view! { <Summary comparison=c titles=titles focused=focused /> })
            }}
            <Legend />
            <div class="panes">
                {move || left_pane("left")}
                {move || right_pane("right")}
            </div>
        </main>
    }
}
