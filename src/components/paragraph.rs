use crate::layout::{Run, runs};
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
                .map(|run| mark_view(&text, &run))
                .collect_view();
            match passage {
                Some(p) => highlight_element(p, inner.into_any()),
                None => inner.into_any(),
            }
        })
        .collect_view();
    view! { <p>{views}</p> }
}

fn mark_view(text: &str, run: &Run<'_>) -> AnyView {
    let words = text.get(run.range.clone()).unwrap_or("").to_string();
    match run.mark {
        Some(h) => highlight_element(h, words.into_any()),
        None => words.into_any(),
    }
}

/// A `<mark>` for one highlight, linked to every other occurrence of its item. A shared
/// entity or term can be focused; a click or Enter goes to its next occurrence in the
/// other pane.
fn highlight_element(h: &Highlight, inner: AnyView) -> AnyView {
    let layer = layer_name(h.layer);
    let mut class = format!("hl hl-{layer}");
    class.push_str(if h.shared { " shared" } else { " solo" });
    // Calm by default: only shared names and the terms of shared themes are marked
    // until the reader asks for every mark (legend).
    if !h.calm {
        class.push_str(" extra");
    }
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
    // Passages wrap other marks, so only entities and terms take focus and clicks.
    let linkable = h.shared && h.layer != Layer::Passage;
    let key = h.key.to_string();
    // No handlers or reactive classes here: a pane has hundreds of marks, and one set of
    // listeners on the pane (`article_pane.rs`) and one effect that lights up the
    // active item (`focus.rs`) keep a change of pair fast. For the same reason a mark
    // carries few attributes: its name is its text (what the reader sees, and says to
    // speech input), and the title describes it.
    if linkable {
        let title = format!("{title}. Enter: the other article's next mention");
        view! { <mark class=class data-key=key title=title tabindex="0" role="button">{inner}</mark> }
            .into_any()
    } else {
        view! { <mark class=class data-key=key title=title>{inner}</mark> }.into_any()
    }
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
