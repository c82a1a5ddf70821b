use leptos::prelude::*;
use overlap_core::{Article, Comparison, report};
use wasm_bindgen::JsCast;

/// Downloads of the current comparison, as Markdown for reading and JSON for tools.
/// The file is made in the browser; nothing is sent anywhere.
#[component]
pub fn Export(
    /// The comparison to export.
    comparison: Comparison,
    /// The two articles compared.
    articles: (Article, Article),
) -> impl IntoView {
    let name = format!("overlap-{}-{}", comparison.left, comparison.right);
    // Made on a click, not on every change of pair: the report is the slow part.
    let comparison = StoredValue::new(comparison);
    let articles = StoredValue::new(articles);
    let (md_name, json_name) = (format!("{name}.md"), format!("{name}.json"));
    let markdown = move |_| {
        let text = comparison
            .with_value(|c| articles.with_value(|(left, right)| report::markdown(c, left, right)));
        download(&md_name, &text, "text/markdown");
    };
    let json = move |_| {
        let text = comparison.with_value(|c| serde_json::to_string(c).unwrap_or_default());
        download(&json_name, &text, "application/json");
    };
    view! {
        <div class="export" role="group" aria-label="Export this comparison">
            <button type="button" on:click=markdown>"Download Markdown"</button>
            <button type="button" on:click=json>"Download JSON"</button>
        </div>
    }
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
