use leptos::prelude::*;
use overlap_core::Highlight;

/// A paragraph's text, cut into plain runs and marked runs.
///
/// The text is only ever inserted as text nodes, never as HTML: article text is untrusted.
#[component]
pub fn HighlightedText(
    /// The paragraph as the reader sees it.
    text: String,
    /// Highlights inside this paragraph, sorted by start.
    highlights: Vec<Highlight>,
) -> impl IntoView {
    let mut pieces = Vec::new();
    let mut at = 0;
    for h in highlights {
        // Skip anything overlapping what is already marked or not on character boundaries.
        let (Some(before), Some(marked)) = (text.get(at..h.range.start), text.get(h.range.clone()))
        else {
            continue;
        };
        if !before.is_empty() {
            pieces.push(before.to_string().into_any());
        }
        let key = h.key.clone();
        pieces.push(
            view! { <mark class="shared" data-key=key.clone() title=format!("shared: {key}")>{marked.to_string()}</mark> }
                .into_any(),
        );
        at = h.range.end;
    }
    if let Some(rest) = text.get(at..)
        && !rest.is_empty()
    {
        pieces.push(rest.to_string().into_any());
    }
    pieces
}
