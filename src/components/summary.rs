use crate::focus::Focus;
use leptos::prelude::*;
use overlap_core::compare::DistinctiveItem;
use overlap_core::{Comparison, EntityKind};

/// The overlap in a few lines: an explained score, shared entities by kind, themes,
/// shared passages, and what each side has alone. A click on an item lights up its
/// occurrences in both panes.
#[component]
pub fn Summary(
    /// The comparison to summarise.
    comparison: Comparison,
    /// Titles of the left and right articles.
    titles: (String, String),
    /// The item the reader points at.
    focus: Focus,
) -> impl IntoView {
    let percent = |x: f64| format!("{}%", overlap_core::report::percent(x));
    let explanation = comparison
        .explanation
        .iter()
        .map(|c| {
            let key = c.key.clone();
            view! { <li><ItemButton key=key label=c.label.clone() focus=focus /> " " {percent(c.share)}</li> }
        })
        .collect_view();

    let kinds = [
        (EntityKind::Person, "People"),
        (EntityKind::Organization, "Organisations"),
        (EntityKind::Place, "Places"),
        (EntityKind::Other, "Events, treaties, documents"),
    ];
    let entities = kinds
        .into_iter()
        .filter_map(|(kind, heading)| {
            let items: Vec<_> = comparison.shared_entities.iter().filter(|e| e.kind == kind).collect();
            if items.is_empty() {
                return None;
            }
            let list = items
                .into_iter()
                .map(|e| {
                    view! {
                        <li>
                            <ItemButton key=e.key.clone() label=e.name.clone() focus=focus />
                            <span class="counts" title="mentions left · right">{format!(" {} · {}", e.left_count, e.right_count)}</span>
                        </li>
                    }
                })
                .collect_view();
            Some(view! { <div class=format!("entity-group kind-{}", kind.label())><h4>{heading}</h4><ul>{list}</ul></div> })
        })
        .collect_view();

    let themes = comparison
        .themes
        .iter()
        .map(|t| {
            let members = t.members.join(", ");
            let key = t.keys.first().cloned().unwrap_or_default();
            view! {
                <li class=format!("theme theme-{}", t.colour)>
                    <span class="swatch" aria-hidden="true"></span>
                    <ItemButton key=key label=t.label.clone() focus=focus />
                    <span class="members">{format!(": {members}")}</span>
                </li>
            }
        })
        .collect_view();

    let terms = comparison
        .shared_terms
        .iter()
        .take(20)
        .map(|t| {
            view! {
                <li>
                    <ItemButton key=t.key.clone() label=t.term.clone() focus=focus />
                    <span class="counts">{format!(" {} · {}", t.left_count, t.right_count)}</span>
                </li>
            }
        })
        .collect_view();

    let passages = comparison
        .passages
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let tag = if p.quote { "quotation" } else { "passage" };
            view! {
                <li>
                    <span class="tag">{tag}</span> " "
                    <ItemButton key=format!("passage:{i}") label=format!("“{}”", p.text) focus=focus />
                </li>
            }
        })
        .collect_view();
    let no_passages = comparison
        .passages
        .is_empty()
        .then(|| view! { <p class="empty">"No passage of six or more identical words."</p> });

    let distinct = |items: &[DistinctiveItem]| {
        items
            .iter()
            .map(|d| view! { <li>{d.term.clone()} <span class="counts">{format!(" ×{}", d.count)}</span></li> })
            .collect_view()
    };
    let (left_title, right_title) = titles;

    view! {
        <section class="summary" aria-label="Summary of the overlap" data-testid="summary">
            <div class="score">
                <p class="similarity">
                    <span class="value" data-testid="similarity">{percent(comparison.similarity)}</span>
                    " similar"
                </p>
                <p class="why">"Shared items that make up the score:"</p>
                <ol class="explanation">{explanation}</ol>
            </div>
            <div class="shared-entities">
                <h3>"Shared entities"</h3>
                {entities}
            </div>
            <div class="themes-and-terms">
                <h3>"Themes"</h3>
                <ul class="themes">{themes}</ul>
                <h3>"Shared terms"</h3>
                <ul class="terms">{terms}</ul>
            </div>
            <div class="passages">
                <h3>"Shared passages"</h3>
                <ul>{passages}</ul>
                {no_passages}
            </div>
            <div class="distinctive">
                <h3>"Only on the left"</h3>
                <p class="which">{left_title}</p>
                <ul data-testid="distinctive-left">{distinct(&comparison.distinctive.left)}</ul>
                <h3>"Only on the right"</h3>
                <p class="which">{right_title}</p>
                <ul data-testid="distinctive-right">{distinct(&comparison.distinctive.right)}</ul>
            </div>
        </section>
    }
}

/// A summary item: a click (or Enter) lights up its occurrences in both panes.
#[component]
fn ItemButton(key: String, label: String, focus: Focus) -> impl IntoView {
    let (pressed_key, click_key) = (key.clone(), key.clone());
    view! {
        <button
            type="button"
            class="item"
            data-key=key
            aria-pressed=move || focus.selected.with(|f| f.as_deref() == Some(pressed_key.as_str())).to_string()
            on:click=move |_| {
                let key = click_key.clone();
                focus.selected.update(|f| *f = if f.as_deref() == Some(key.as_str()) { None } else { Some(key) });
            }
        >
            {label}
        </button>
    }
}
