use crate::library::Library;
use leptos::prelude::*;

/// "Similar articles" beside a pane: the articles most like the one shown, found when
/// the corpus was built, each opening beside it on the other side.
#[component]
pub fn SimilarArticles(
    library: Library,
    /// "left" or "right": the pane this list stands beside.
    side: &'static str,
    /// The article shown on this side.
    this: RwSignal<usize>,
    /// The article shown on the other side, which a choice replaces.
    other: RwSignal<usize>,
) -> impl IntoView {
    let list = move || {
        let i = this.get();
        library.shelf.with(|shelf| {
            let Some(entry) = shelf.entry(i) else {
                return view! { <p class="hint">"Your own articles are compared with the one beside them; similar articles are found among the bundled ones when the corpus is built."</p> }.into_any();
            };
            if entry.similar.is_empty() {
                return view! { <p class="hint">"No article of the corpus shares much with this one."</p> }.into_any();
            }
            let items = entry
                .similar
                .iter()
                .map(|&(j, percent)| {
                    let title = library.title(shelf, j);
                    let details = library.details(shelf, j);
                    let current = move || other.get() == j;
                    let name = format!("Compare with “{title}”: {percent}% similar");
                    view! {
                        <li>
                            <button type="button" class="similar-item" aria-label=name
                                aria-pressed=move || current().to_string()
                                data-index=j
                                on:click=move |_| other.set(j)>
                                <span class="similar-title">{title}</span>
                                <span class="similar-details">{details}</span>
                                <span class="similar-score">{format!("{percent}%")}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! { <ol class="similar-list">{items}</ol> }.into_any()
        })
    };
    let heading = format!("similar-{side}-title");
    view! {
        <details class="similar" data-testid=format!("similar-{side}")>
            <summary id=heading.clone()>"Similar articles"</summary>
            {list}
        </details>
    }
}
