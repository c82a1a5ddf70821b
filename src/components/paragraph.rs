use crate::focus::Focus;
use crate::layout::{Run, runs};
use crate::navigate::{jump, other_side};
use leptos::prelude::*;
use overlap_core::{Highlight, Layer};

/// One paragraph with its highlights: shared passages around, entities and terms inside.
///
/// Text is only ever inserted as text nodes, never as HTML: article text is untrusted.
#[component]
pub fn Paragraph(
    /// The paragraph as the reader sees it.
    text: String,
    /// The highlights inside this paragraph.
    highlights: Vec<Highlight>,
    /// The item the reader points at; its occurrences light up in both panes.
    focus: Focus,
    /// The pane it stands in: "left" or "right".
    side: &'static str,
) -> impl IntoView {
    let refs: Vec<&Highlight> = highlights.iter().collect();
    let runs = runs(&text, &refs);
    // Consecutive runs of one passage share one element.
    let mut groups: Vec<(Option<&Highlight>, Vec<Run<'_>>)> = Vec::new();
    for run in runs {
        match groups.last_mut() {
            Some((passage, group)) if passage.map(|p| &p.key) == run.passage.map(|p| &p.key) => {
                group.push(run)
            }
            _ => groups.push((run.passage, vec![run])),
        }
    }
    let views = groups
        .into_iter()
        .map(|(passage, group)| {
            let inner = group
                .into_iter()
                .map(|run| mark_view(&text, &run, focus, side))
                .collect_view();
            match passage {
                Some(p) => highlight_element(p, "", focus, side, inner.into_any()),
                None => inner.into_any(),
            }
        })
        .collect_view();
    view! { <p>{views}</p> }
}

fn mark_view(text: &str, run: &Run<'_>, focus: Focus, side: &'static str) -> AnyView {
    let words = text.get(run.range.clone()).unwrap_or("").to_string();
    match run.mark {
        Some(h) => highlight_element(h, &words.clone(), focus, side, words.into_any()),
        None => words.into_any(),
    }
}

/// A `<mark>` for one highlight, linked to every other occurrence of its item. A shared
/// entity or term can be focused; a click or Enter goes to its next occurrence in the
/// other pane. `visible` is the mark's text: its accessible name starts with it, as
/// speech-input users say what they see ("U.S.", named "United States").
fn highlight_element(
    h: &Highlight,
    visible: &str,
    focus: Focus,
    side: &'static str,
    inner: AnyView,
) -> AnyView {
    let layer = layer_name(h.layer);
    let mut class = format!("hl hl-{layer}");
    class.push_str(if h.shared { " shared" } else { " solo" });
    if let Some(theme) = h.theme.filter(|_| h.layer == Layer::Term) {
        class.push_str(&format!(" theme-{theme}"));
    }
    let kind = match h.layer {
        Layer::Term => "shared term",
        Layer::Passage => "",
        _ if h.shared => "shared",
        _ => "only here",
    };
    let title = match h.layer {
        Layer::Term | Layer::Passage => format!(
            "{}: {}",
            if kind.is_empty() { "passage" } else { kind },
            h.label
        ),
        _ => format!("{layer} ({kind}): {}", h.label),
    };
    let key = h.key.to_string();
    let (enter, active, focus_key, click_key, key_key) = (
        key.clone(),
        key.clone(),
        key.clone(),
        key.clone(),
        key.clone(),
    );
    // Passages wrap other marks, so only entities and terms take focus and clicks.
    let linkable = h.shared && h.layer != Layer::Passage;
    let go = move |key: &str| {
        if linkable {
            jump(key, other_side(side));
        }
    };
    view! {
        <mark
            class=class
            class:active=move || focus.is_active(&active)
            data-key=key
            data-layer=layer
            title=title.clone()
            tabindex=linkable.then_some("0")
            role=linkable.then_some("button")
            aria-label=linkable.then(|| format!("{visible}: {title}; go to the other article's next mention"))
            on:mouseenter=move |_| focus.hovered.set(Some(enter.clone()))
            on:mouseleave=move |_| focus.hovered.set(None)
            on:focus=move |_| {
                if linkable {
                    focus.selected.set(Some(focus_key.clone()));
                }
            }
            on:click=move |ev| {
                // A click on an entity inside a passage is the entity's, not the passage's.
                ev.stop_propagation();
                go(&click_key);
            }
            on:keydown=move |ev| {
                if ev.key() == "Enter" {
                    ev.prevent_default();
                    go(&key_key);
                }
            }
        >
            {inner}
        </mark>
    }
    .into_any()
}

/// The layer's name, used in class names and labels.
pub fn layer_name(layer: Layer) -> &'static str {
    match layer {
        Layer::Person => "person",
        Layer::Organization => "organization",
        Layer::Place => "place",
        Layer::Other => "other",
        Layer::Term => "term",
        Layer::Passage => "passage",
    }
}
