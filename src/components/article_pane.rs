use super::paragraph::Paragraph;
use crate::focus::Focus;
use crate::navigate::{jump, other_side};
use leptos::prelude::*;
use overlap_core::{Article, Highlight};
use wasm_bindgen::JsCast;

/// The mark an event happened in (the innermost), as its key and whether it links to
/// the other pane (a shared entity or term).
fn mark_of(ev: &web_sys::Event) -> Option<(String, bool)> {
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    let mark = target.closest("mark.hl[data-key]").ok()??;
    Some((mark.get_attribute("data-key")?, mark.has_attribute("role")))
}

/// One article: its metadata, its body with highlights, and the page chrome that
/// cleaning removed, collapsed so a reader can check that nothing was lost.
#[component]
pub fn ArticlePane(
    /// "left" or "right": names the pane for tests and styles.
    side: &'static str,
    /// The article to show.
    article: Article,
    /// Its highlights, in reading order.
    highlights: Vec<Highlight>,
    /// The item the reader points at.
    focus: Focus,
) -> impl IntoView {
    let title = article
        .title
        .clone()
        .unwrap_or_else(|| format!("Untitled ({})", article.id));
    let label = format!("{side} pane: {title}");
    let from_sidecar = |field: &str| article.sidecar_fields.iter().any(|f| f == field);
    let marker = |field: &str| {
        from_sidecar(field)
            .then(|| view! { <abbr class="sidecar" title="set in the sidecar file">"✎"</abbr> })
    };
    let byline = article
        .author
        .clone()
        .map(|a| view! { <span class="author">"By " {a} {marker("author")}</span> });
    // The dateline, taken off the first paragraph: where it was filed, and by whom.
    let filed = article.place.clone().map(|place| {
        let agency = article.agency.clone().map(|a| format!(" ({a})"));
        view! { <span class="dateline">"Filed in " {place} {agency}</span> }
    });
    let outlet = article
        .outlet
        .clone()
        .map(|o| view! { <span class="outlet">{o} {marker("outlet")}</span> });
    let date = article.date.clone().map(|d| {
        let note = article.date_ambiguous.then(|| {
            let written = article.date_text.clone().unwrap_or_default();
            let other = article.date_alternative.clone().unwrap_or_default();
            view! {
                <span class="ambiguous" role="note">
                    " (ambiguous: “" {written} "” may also be " {other} ")"
                </span>
            }
        });
        let words = overlap_core::date_in_words(&d, article.date_text.as_deref());
        view! { <span class="date"><time datetime=d.clone()>{words}</time> {marker("date")} {note}</span> }
    });
    let url = article
        .url
        .clone()
        .map(|u| view! { <span class="url">{u}</span> });
    let subtitle = article
        .subtitle
        .clone()
        .map(|s| view! { <p class="subtitle">{s}</p> });
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
            view! { <Paragraph text=text highlights=own /> }
        })
        .collect_view();
    let captions = (!article.captions.is_empty()).then(|| {
        let n = article.captions.len();
        let items = article
            .captions
            .into_iter()
            .map(|c| view! { <li>{c}</li> })
            .collect_view();
        view! {
            <details class="removed captions">
                <summary>{format!("captions and photo credits: {n}")}</summary>
                <ul>{items}</ul>
            </details>
        }
    });
    let chrome = (!article.boilerplate.is_empty()).then(|| {
        let n = article.boilerplate.len();
        let lines = article.boilerplate.into_iter().map(|line| view! { <li>{line}</li> }).collect_view();
        view! {
            <details class="removed chrome" data-testid="chrome">
                <summary>{format!("page chrome removed: {n} line{}", if n == 1 { "" } else { "s" })}</summary>
                <ul>{lines}</ul>
            </details>
        }
    });
    view! {
        <article class="pane" data-side=side aria-label=label>
            <header class="pane-head">
                <h2>{title} {marker("title")}</h2>
                {subtitle}
                <p class="meta">{outlet} {byline} {date} {filed} {url}</p>
            </header>
            // The marks' listeners, once for the pane: hover lights an item up, focus
            // chooses it, a click or Enter on a shared one goes to the other pane.
            <div
                class="body"
                on:mouseover=move |ev| {
                    let key = mark_of(&ev).map(|(key, _)| key);
                    if focus.hovered.with_untracked(|h| *h != key) {
                        focus.hovered.set(key);
                    }
                }
                on:mouseleave=move |_| focus.hovered.set(None)
                on:focusin=move |ev| {
                    if let Some((key, true)) = mark_of(&ev) {
                        focus.selected.set(Some(key));
                    }
                }
                on:click=move |ev| {
                    if let Some((key, true)) = mark_of(&ev) {
                        jump(&key, other_side(side));
                    }
                }
                on:keydown=move |ev| {
                    if ev.key() == "Enter"
                        && let Some((key, true)) = mark_of(&ev)
                    {
                        ev.prevent_default();
                        jump(&key, other_side(side));
                    }
                }
            >
                {paragraphs}
            </div>
            {captions}
            {chrome}
        </article>
    }
}
