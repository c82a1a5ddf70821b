use crate::components::export::download;
use crate::library::{Keeping, Library, after_removal, check_size};
use leptos::html;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen_futures::JsFuture;

/// "Add your article": a dialog to paste text or a web page, or drop a `.txt` or
/// `.html` file, which is cleaned and analysed here in the browser and opened on the
/// right. A paste that carries the page's HTML (copied from a browser) is read from its
/// markup, like a saved page. It also lists the
/// reader's articles, to remove them, and says how they are kept.
#[component]
pub fn AddArticle(
    library: Library,
    left: RwSignal<usize>,
    right: RwSignal<usize>,
    /// Where the outcome is said once the dialog closes.
    notice: RwSignal<Option<String>>,
) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    let textarea = NodeRef::<html::Textarea>::new();
    let error = RwSignal::new(None::<String>);
    let working = RwSignal::new(false);
    let dragging = RwSignal::new(false);
    // The HTML of the last paste, while the box still holds what was pasted.
    let pasted_html = RwSignal::new(None::<String>);

    let open = move |_| {
        error.set(None);
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    let close = move || {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    // The work is done in two steps, each after the page has had a frame (to say it is
    // working): cleaning the text, then analysing the corpus again and drawing the
    // comparison. BENCHMARKS.md gives their times for an article at the size limit.
    let add = move |name: String, text: String, html: bool| {
        error.set(None);
        working.set(true);
        let frame = Duration::from_millis(30);
        leptos::task::spawn_local(async move {
            // The lexicon and the corpus's frequencies, fetched on the first article.
            if let Some(problem) = library.prepare_own().await {
                notice.set(Some(problem));
            }
            set_timeout(
                move || match library.clean(&name, &text, html) {
                    Ok(cleaned) => set_timeout(
                        move || {
                            let added = library.add(cleaned);
                            if left.get_untracked() == added.index {
                                left.set(right.get_untracked());
                            }
                            right.set(added.index);
                            notice.update(|n| {
                                *n = Some(match n.take() {
                                    Some(problem) => format!("{} {problem}", added.message),
                                    None => added.message,
                                })
                            });
                            if let Some(t) = textarea.get() {
                                t.set_value("");
                            }
                            pasted_html.set(None);
                            close();
                            working.set(false);
                        },
                        frame,
                    ),
                    Err(message) => {
                        error.set(Some(message));
                        working.set(false);
                    }
                },
                frame,
            );
        });
    };
    let add_pasted = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match pasted_html.get_untracked() {
            Some(html) => add("Pasted page".to_string(), html, true),
            None => {
                let text = textarea.get().map(|t| t.value()).unwrap_or_default();
                add("Pasted text".to_string(), text, false);
            }
        }
    };
    // A copy from a browser puts the page's HTML on the clipboard beside its text: the
    // box shows the text, and the article is read from the HTML (its markup tells the
    // article from the page's chrome). Typing in the box afterwards makes it text again.
    let pasted = move |ev: leptos::ev::ClipboardEvent| {
        let Some(data) = ev.clipboard_data() else {
            return;
        };
        let html = data.get_data("text/html").unwrap_or_default();
        if html.trim().is_empty() {
            pasted_html.set(None);
            return;
        }
        ev.prevent_default();
        let text = data.get_data("text/plain").unwrap_or_default();
        if let Some(t) = textarea.get() {
            t.set_value(&text);
        }
        pasted_html.set(Some(html));
    };
    let read_file = move |file: web_sys::File| {
        let name = file.name();
        let lower = name.to_lowercase();
        let html = lower.ends_with(".html") || lower.ends_with(".htm");
        if !html && !lower.ends_with(".txt") {
            error.set(Some(format!(
                "“{name}” is not a .txt or .html file. Overlap reads plain text and saved web pages: save the article as .txt or .html, or paste it."
            )));
            return;
        }
        // The size is known before reading: a huge file is refused without loading it.
        if let Err(message) = check_size(file.size() as usize, html) {
            error.set(Some(format!("“{name}”: {message}")));
            return;
        }
        leptos::task::spawn_local(async move {
            let bytes = match JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                Err(_) => {
                    error.set(Some(format!("“{name}” could not be read.")));
                    return;
                }
            };
            let text = if html {
                decode_page(&bytes)
            } else {
                String::from_utf8(bytes).map_err(|e| {
                    format!(
                        "is not UTF-8 text (the first bad byte is at {}). Save it as UTF-8 and try again.",
                        e.utf8_error().valid_up_to()
                    )
                })
            };
            match text {
                Ok(text) => add(name, text, html),
                Err(reason) => error.set(Some(format!("“{name}” {reason}"))),
            }
        });
    };
    let chose_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            read_file(file);
        }
        input.set_value("");
    };
    let dropped = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let file = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0));
        match file {
            Some(file) => read_file(file),
            None => error.set(Some(
                "Drop a .txt or .html file here, or paste the text.".into(),
            )),
        }
    };
    let remove = move |id: String| {
        let (removed, message) = library.remove(&id);
        if let Some(message) = message {
            notice.set(Some(message));
        }
        let Some(removed) = removed else { return };
        let count = library.shelf.with_untracked(|c| c.len());
        let (l, r) = (
            after_removal(left.get_untracked(), removed),
            after_removal(right.get_untracked(), removed),
        );
        // A side that showed the removed article takes the first other article.
        let pick = |other: Option<usize>| (0..count).find(|&i| Some(i) != other).unwrap_or(0);
        let l2 = l.unwrap_or_else(|| pick(r));
        let r2 = r.unwrap_or_else(|| pick(Some(l2)));
        left.set(l2);
        right.set(r2);
    };

    let own_list = move || {
        library.own.with(|own| {
            if own.is_empty() {
                return view! { <p class="hint">"You have not added any articles yet."</p> }.into_any();
            }
            let items = own
                .iter()
                .map(|o| {
                    let id = o.saved.id.clone();
                    let status = match (&o.problem, o.stored) {
                        (Some(problem), _) => format!("cannot be cleaned: {problem}"),
                        (None, true) => "kept in this browser".to_string(),
                        (None, false) => "for this visit only".to_string(),
                    };
                    let label = o.label.clone();
                    let remove_label = format!("Remove “{label}”");
                    view! {
                        <li>
                            <span class="own-label">{label}</span>
                            " "
                            <span class="own-status">{format!("({status})")}</span>
                            " "
                            <button type="button" class="small" aria-label=remove_label on:click=move |_| remove(id.clone())>"Remove"</button>
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="own-articles" data-testid="own-articles">{items}</ul> }.into_any()
        })
    };
    let keeping = move || match library.keeping.get() {
        Keeping::Stored => None,
        Keeping::ThisVisitOnly { reason, unreadable } => {
            let actions = unreadable.map(|raw| {
                let download_saved =
                    move |_| download("overlap-saved-articles.json", &raw, "application/json");
                let forget = move |_| {
                    if let Err(reason) = library.forget_unreadable() {
                        error.set(Some(format!(
                            "The saved data could not be deleted: {reason}."
                        )));
                    }
                };
                view! {
                    <button type="button" on:click=download_saved>"Download the saved data"</button>
                    " "
                    <button type="button" on:click=forget>"Delete the saved data"</button>
                }
            });
            Some(view! {
                <div class="storage-problem" role="status" data-testid="storage-problem">
                    <p>"Your articles last for this visit only: " {reason} "."</p>
                    {actions}
                </div>
            })
        }
    };

    view! {
        <button type="button" class="add-open" on:click=open data-testid="add-article">"+ Add your article"</button>
        <dialog node_ref=dialog class="add-dialog" aria-labelledby="add-title">
            <form
                class="add-form"
                class:dragging=move || dragging.get()
                on:submit=add_pasted
                on:dragover=move |ev: leptos::ev::DragEvent| {
                    ev.prevent_default();
                    dragging.set(true);
                }
                on:dragleave=move |_| dragging.set(false)
                on:drop=dropped
            >
                <h2 id="add-title">"Add your own article"</h2>
                <p class="hint">
                    "Paste an article's text or its whole page, or drop a .txt or saved .html file here. It is cleaned and analysed in this browser, "
                    "and nothing is sent anywhere. Up to " {crate::library::size(crate::library::MAX_BYTES)} "."
                </p>
                <label for="add-text">"Article text"</label>
                <textarea id="add-text" node_ref=textarea rows="10" spellcheck="false"
                    placeholder="Headline on the first line, then the article."
                    on:paste=pasted
                    on:input=move |_| pasted_html.set(None)></textarea>
                {move || pasted_html.get().is_some().then(|| view! {
                    <p class="hint" role="status" data-testid="pasted-page">"Pasted from a web page: the article is read from the page's markup."</p>
                })}
                <label for="add-file">"Or choose a .txt or .html file"</label>
                <input id="add-file" type="file" accept=".txt,.html,.htm,text/plain,text/html" on:change=chose_file />
                {move || error.get().map(|e| view! { <p class="error" role="alert" data-testid="add-error">{e}</p> })}
                {move || working.get().then(|| view! { <p class="hint" role="status">"Cleaning and analysing…"</p> })}
                <div class="dialog-actions">
                    <button type="submit" class="primary" disabled=move || working.get()>"Add and compare"</button>
                    <button type="button" on:click=move |_| close()>"Close"</button>
                </div>
                <h3>"Your articles"</h3>
                {keeping}
                {own_list}
            </form>
        </dialog>
    }
}

/// The text of a saved page's bytes: UTF-8, or the character set the page declares in
/// its first kilobytes (decoded by the browser's own `TextDecoder`).
fn decode_page(bytes: &[u8]) -> Result<String, String> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(text.to_string());
    }
    let Some(label) = overlap_core::ingest::html::declared_charset(bytes) else {
        return Err("is not UTF-8, and the page declares no other character set.".into());
    };
    let decoder = web_sys::TextDecoder::new_with_label(&label).map_err(|_| {
        format!("declares the character set “{label}”, which this browser does not know.")
    })?;
    decoder
        .decode_with_u8_array(bytes)
        .map_err(|_| format!("could not be read as “{label}”."))
}
