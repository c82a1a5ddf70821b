use leptos::prelude::*;
use overlap_core::shelf::Shelf;
use overlap_core::{Comparison, report};
use wasm_bindgen::JsCast;

/// Downloads of the current comparison, as Markdown for reading and JSON for tools.
/// The file is made in the browser; nothing is sent anywhere.
#[component]
pub fn Export(
    /// The comparison on the page.
    comparison: Memo<Option<Comparison>>,
    /// The articles it compares, by id.
    corpus: RwSignal<Shelf>,
) -> impl IntoView {
    // Everything is read on a click, not on every change of pair: the report is the
    // slow part, and a change of pair should not even copy what it would need.
    let markdown = move |_| {
        comparison.with_untracked(|c| {
            let Some(c) = c else { return };
            let text = corpus.with_untracked(|corpus| {
                let article = |id: &str| corpus.position(id).and_then(|i| corpus.article(i));
                Some(report::markdown(c, article(&c.left)?, article(&c.right)?))
            });
            if let Some(text) = text {
                download(&file_name(c, "md"), &text, "text/markdown");
            }
        })
    };
    let json = move |_| {
        comparison.with_untracked(|c| {
            if let Some(c) = c {
                let text = serde_json::to_string(c).unwrap_or_default();
                download(&file_name(c, "json"), &text, "application/json");
            }
        })
    };
    view! {
        <div class="export" role="group" aria-label="Export this comparison">
            <button type="button" on:click=markdown>"Download Markdown"</button>
            <button type="button" on:click=json>"Download JSON"</button>
        </div>
    }
}

/// "overlap-LEFT-RIGHT.EXT".
fn file_name(comparison: &Comparison, extension: &str) -> String {
    format!(
        "overlap-{}-{}.{extension}",
        comparison.left, comparison.right
    )
}

/// Saves `content` as a file called `name`, through a temporary object URL.
pub(crate) fn download(name: &str, content: &str, mime: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(&format!("{mime};charset=utf-8"));
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(anchor) = document
        .create_element("a")
        .map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>())
    {
        anchor.set_href(&url);
        anchor.set_download(name);
        anchor.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
