//! The top level: which two articles are open, and their comparison.

use crate::components::{
    AddArticle, ArticlePane, ArticlePicker, Choice, CoverageView, Export, Legend, Overview,
    SimilarArticles, Summary,
};
use crate::corpus;
use crate::focus::Focus;
use crate::library::Library;
use crate::navigate;
use crate::url_state;
use leptos::ev;
use leptos::prelude::*;
use overlap_core::Layer;
use std::collections::BTreeSet;
use wasm_bindgen::JsCast;

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    match corpus::index() {
        Ok(index) if index.articles.len() >= 2 => {
            let (library, restored) = Library::open(index);
            view! { <Comparer library=library restored=restored /> }.into_any()
        }
        Ok(_) => view! { <p class="notice" role="alert">"Overlap needs at least two articles in seeds/."</p> }.into_any(),
        Err(message) => view! { <p class="notice" role="alert">{message}</p> }.into_any(),
    }
}

/// Two pickers, the summary and two panes over the corpus.
#[component]
fn Comparer(
    /// The bundled articles (at least two) and the reader's own.
    library: Library,
    /// What could not be restored of the reader's articles, if anything.
    restored: Option<String>,
) -> impl IntoView {
    let corpus = library.shelf;
    // On a first visit (no pair in the address) the overview is open.
    let first_visit = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_none_or(|s| s.is_empty());
    let requested = corpus.with_untracked(url_state::read);
    let left = RwSignal::new(requested.left);
    let right = RwSignal::new(requested.right);
    // The two articles are fetched when chosen; the comparison is there once both are.
    Effect::new(move |_| {
        library.load(left.get());
        library.load(right.get());
    });
    let comparison = Memo::new(move |_| corpus.with(|c| c.compare(left.get(), right.get())));
    let notice = RwSignal::new(match (requested.notice, restored) {
        (Some(a), Some(b)) => Some(format!("{a} {b}")),
        (a, b) => a.or(b),
    });
    let focus = Focus::new(requested.focus.clone());
    // A focus the comparison does not have is dropped, and said so, once the
    // comparison is there to ask.
    if let Some(key) = requested.focus {
        Effect::new(move |checked: Option<bool>| {
            if checked == Some(true) {
                return true;
            }
            comparison.with(|c| {
                let Some(c) = c else { return false };
                let known = c
                    .left_highlights
                    .iter()
                    .chain(&c.right_highlights)
                    .any(|h| *h.key == key);
                if !known {
                    focus.selected.set(None);
                    let text = format!(
                        "This link highlights “{key}”, which this comparison does not have."
                    );
                    notice.update(|n| {
                        *n = Some(n.take().map_or(text.clone(), |n| format!("{n} {text}")))
                    });
                }
                true
            })
        });
    }
    focus.light_up_marks(move || comparison.track());
    let focused = focus.selected;
    let hidden: RwSignal<BTreeSet<String>> = RwSignal::new(requested.hidden);
    // The articles compared at once (three to eight), if the reader chose some.
    let set: RwSignal<Vec<usize>> = RwSignal::new(requested.set);
    let every_mark = RwSignal::new(false);
    Effect::new(move |_| {
        let state = url_state::State {
            left: left.get(),
            right: right.get(),
            focus: focused.get(),
            hidden: hidden.get(),
            set: set.get(),
        };
        // After the new panes are drawn: the browser's history call costs several
        // milliseconds, which a change of pair should not wait for.
        let query = corpus.with(|c| url_state::query(c, &state));
        set_timeout(
            move || url_state::replace(query.as_deref()),
            std::time::Duration::ZERO,
        );
    });
    // n / p step through the shared items, in the order the left article first names them.
    let item_order = Memo::new(move |_| {
        comparison.with(|c| {
            let mut seen = BTreeSet::new();
            c.as_ref()
                .map(|c| {
                    c.left_highlights
                        .iter()
                        .filter(|h| {
                            h.shared && h.layer != Layer::Passage && seen.insert(h.key.clone())
                        })
                        .map(|h| h.key.to_string())
                        .collect::<Vec<String>>()
                })
                .unwrap_or_default()
        })
    });
    let keys = window_event_listener(ev::keydown, move |ev| {
        let typing = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"));
        if typing || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let step: isize = match ev.key().as_str() {
            "n" => 1,
            "p" => -1,
            _ => return,
        };
        let order = item_order.get_untracked();
        if order.is_empty() {
            return;
        }
        let current =
            focused.with_untracked(|f| f.as_ref().and_then(|f| order.iter().position(|k| k == f)));
        let next = match current {
            Some(i) => (i as isize + step).rem_euclid(order.len() as isize) as usize,
            None if step > 0 => 0,
            None => order.len() - 1,
        };
        focused.set(Some(order[next].clone()));
        navigate::jump(&order[next], "left");
    });
    on_cleanup(move || keys.remove());
    let swap = move |_| {
        let (l, r) = (left.get_untracked(), right.get_untracked());
        left.set(r);
        right.set(l);
    };
    let title_of = move |i: usize| corpus.with(|c| library.title(c, i));
    // "Compare more articles": the pair on the page starts the set.
    let compare_more = move |_| {
        if set.with_untracked(Vec::is_empty) {
            set.set(vec![left.get_untracked(), right.get_untracked()]);
        }
        request_animation_frame(|| {
            crate::navigate::reveal("#coverage-title");
            if let Some(input) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("coverage-article"))
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = input.focus();
            }
        });
    };
    // What the pickers search: recomputed only when the reader's articles change.
    let count = Memo::new(move |_| corpus.with(|c| c.len()));
    let labels = Memo::new(move |_| {
        count.track();
        library.own.track();
        corpus.with_untracked(|c| {
            (0..c.len())
                .map(|i| {
                    let title = library.title(c, i);
                    let details = library.details(c, i);
                    let mut search = format!("{title} · {details}");
                    if let Some(e) = c.entry(i) {
                        for part in [&e.author, &e.date].into_iter().flatten() {
                            search.push_str(" · ");
                            search.push_str(part);
                        }
                        for name in &e.names {
                            search.push_str(" · ");
                            search.push_str(name);
                        }
                    }
                    Choice {
                        title,
                        details,
                        search: search.to_lowercase(),
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    let pane = move |side: &'static str| {
        let index = if side == "left" {
            left.get()
        } else {
            right.get()
        };
        let title = title_of(index);
        if let Some(problem) = corpus.with(|c| c.problem(index).map(str::to_string)) {
            return view! {
                <section class="pane pane-missing" data-side=side data-testid=format!("missing-{side}")>
                    <p class="notice" role="alert">{format!("“{title}” cannot be shown: {problem}. Choose another article.")}</p>
                </section>
            }
            .into_any();
        }
        let loading = view! {
            <section class="pane pane-loading" data-side=side aria-busy="true">
                <p class="hint" role="status">{format!("Loading “{title}”…")}</p>
            </section>
        };
        let Some(article) = corpus.with(|c| c.article(index).cloned()) else {
            return loading.into_any();
        };
        let highlights = comparison.with(|c| {
            c.as_ref().map(|c| {
                if side == "left" {
                    c.left_highlights.clone()
                } else {
                    c.right_highlights.clone()
                }
            })
        });
        // Beside an article that cannot be shown, this one is shown alone, unmarked.
        let other = if side == "left" {
            right.get()
        } else {
            left.get()
        };
        let alone = corpus.with(|c| c.problem(other).is_some());
        match highlights.or_else(|| alone.then(Vec::new)) {
            Some(highlights) => view! { <ArticlePane side=side article=article highlights=highlights focus=focus /> }.into_any(),
            None => loading.into_any(),
        }
    };

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
            <Overview library=library left=left right=right set=set open=first_visit />
            {move || set.with(|s| !s.is_empty()).then(|| view! {
                <CoverageView library=library set=set options=labels left=left right=right focus=focus />
            })}
            <div class="pickers">
                <ArticlePicker label="Left article" id="left-article" options=labels selected=left />
                <button type="button" class="swap" on:click=swap title="Swap left and right" aria-label="Swap left and right articles">"⇄"</button>
                <ArticlePicker label="Right article" id="right-article" options=labels selected=right />
                <AddArticle library=library left=left right=right notice=notice />
                <button type="button" class="compare-more" data-testid="compare-more" on:click=compare_more>"Compare more articles"</button>
            </div>
            {move || {
                let titles = (title_of(left.get()), title_of(right.get()));
                comparison.get().map(|c| view! { <Summary comparison=c titles=titles focus=focus /> })
            }}
            <Export comparison=comparison corpus=corpus />
            <div class="similar-row">
                <SimilarArticles library=library side="left" this=left other=right />
                <SimilarArticles library=library side="right" this=right other=left />
            </div>
            <Legend hidden=hidden every_mark=every_mark />
            <div class=move || {
                let start = if every_mark.get() { "panes" } else { "panes calm" };
                hidden.with(|h| h.iter().fold(start.to_string(), |c, l| format!("{c} hide-{l}")))
            }>
                {move || pane("left")}
                {move || pane("right")}
            </div>
        </main>
    }
}
