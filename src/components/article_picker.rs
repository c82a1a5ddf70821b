use leptos::html;
use leptos::prelude::*;

/// How many matches the list shows at once: enough to scan, few enough to draw in a
/// keystroke whatever the corpus's size. The rest are found by typing more.
const SHOWN: usize = 50;

/// One article as a picker offers it.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    /// Its title (or what names it).
    pub title: String,
    /// Outlet and date, in words.
    pub details: String,
    /// Everything a search matches, in lower case: title, outlet, author, date (ISO
    /// and in words), the names it mentions most.
    pub search: String,
}

impl Choice {
    /// Title and details, as the box shows the chosen article.
    fn label(&self) -> String {
        if self.details.is_empty() {
            self.title.clone()
        } else {
            format!("{} ({})", self.title, self.details)
        }
    }
}

/// The articles whose search text holds every word of `query`, in their order, and how
/// many there are in all; at most [`SHOWN`] are returned.
pub fn matches(choices: &[Choice], query: &str) -> (Vec<usize>, usize) {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    let mut found = Vec::new();
    let mut total = 0;
    for (i, choice) in choices.iter().enumerate() {
        if words.iter().all(|w| choice.search.contains(w.as_str())) {
            total += 1;
            if found.len() < SHOWN {
                found.push(i);
            }
        }
    }
    (found, total)
}

/// A box to find and choose one of the articles: type words of its title, outlet,
/// date or the names it mentions, then choose with the arrow keys and Enter, or the
/// mouse. An ARIA 1.2 combobox with a list box.
#[component]
pub fn ArticlePicker(
    /// What the box is for, e.g. "Left article".
    label: &'static str,
    /// The box's element id, which its label points at.
    id: &'static str,
    /// The articles to choose from.
    options: Memo<Vec<Choice>>,
    /// Index of the chosen article.
    selected: RwSignal<usize>,
) -> impl IntoView {
    let input = NodeRef::<html::Input>::new();
    let list_id = format!("{id}-list");
    let open = RwSignal::new(false);
    let query = RwSignal::new(String::new());
    // The option the keys point at, as a position in the shown matches.
    let active = RwSignal::new(None::<usize>);
    let found = Memo::new(move |_| options.with(|o| query.with(|q| matches(o, q))));
    let chosen_label =
        move || options.with(|o| o.get(selected.get()).map(Choice::label).unwrap_or_default());
    // The box shows the chosen article unless the reader is typing.
    let reset = move || {
        open.set(false);
        active.set(None);
        query.set(String::new());
        if let Some(input) = input.get_untracked() {
            input.set_value(&options.with_untracked(|o| {
                o.get(selected.get_untracked())
                    .map(Choice::label)
                    .unwrap_or_default()
            }));
        }
    };
    let choose = move |position: usize| {
        if let Some(i) = found.with_untracked(|(f, _)| f.get(position).copied()) {
            selected.set(i);
        }
        reset();
    };
    let keydown = move |ev: leptos::ev::KeyboardEvent| {
        let count = found.with_untracked(|(f, _)| f.len());
        match ev.key().as_str() {
            "ArrowDown" | "ArrowUp" => {
                ev.prevent_default();
                if !open.get_untracked() {
                    open.set(true);
                }
                if count == 0 {
                    return;
                }
                let down = ev.key() == "ArrowDown";
                active.update(|a| {
                    *a = Some(match (*a, down) {
                        (None, true) => 0,
                        (None, false) => count - 1,
                        (Some(i), true) => (i + 1) % count,
                        (Some(i), false) => (i + count - 1) % count,
                    })
                });
            }
            "Enter" if open.get_untracked() => {
                ev.prevent_default();
                match active.get_untracked() {
                    Some(position) => choose(position),
                    None if count > 0 => choose(0),
                    None => {}
                }
            }
            "Escape" if open.get_untracked() => {
                ev.prevent_default();
                reset();
            }
            _ => {}
        }
    };
    let typed = move |ev: leptos::ev::Event| {
        query.set(event_target_value(&ev));
        active.set(None);
        open.set(true);
    };
    let list_id_for_box = list_id.clone();
    let option_id = move |position: usize| format!("{id}-option-{position}");
    let items = move || {
        let (shown, total) = found.get();
        let more = (total > shown.len()).then(|| {
            view! { <li class="combo-more" role="presentation">{format!("{} more: type more of a title, outlet, date or name", total - shown.len())}</li> }
        });
        let none = (total == 0).then(|| {
            view! { <li class="combo-more" role="presentation">"No article matches."</li> }
        });
        let rows = options.with(|o| {
            shown
                .iter()
                .enumerate()
                .filter_map(|(position, &i)| {
                    let choice = o.get(i)?.clone();
                    let is_active = move || active.get() == Some(position);
                    Some(view! {
                        <li
                            role="option"
                            id=option_id(position)
                            class:active=is_active
                            aria-selected=move || is_active().to_string()
                            data-index=i
                            // mousedown, not click: it comes before the box loses focus.
                            on:mousedown=move |ev: leptos::ev::MouseEvent| {
                                ev.prevent_default();
                                choose(position);
                            }
                        >
                            <span class="combo-title">{choice.title}</span>
                            {(!choice.details.is_empty()).then(|| view! { <span class="combo-details">{choice.details}</span> })}
                        </li>
                    })
                })
                .collect_view()
        });
        view! { {rows} {more} {none} }
    };
    let status = move || {
        open.get().then(|| {
            let (shown, total) = found.get();
            match total {
                0 => "No article matches.".to_string(),
                1 => "1 article matches.".to_string(),
                n if n > shown.len() => {
                    format!("{n} articles match; the first {} are listed.", shown.len())
                }
                n => format!("{n} articles match."),
            }
        })
    };
    view! {
        <div class="picker">
            <label class="picker-label" for=id>{label}</label>
            <div class="combo">
                <input
                    id=id
                    node_ref=input
                    type="text"
                    role="combobox"
                    autocomplete="off"
                    spellcheck="false"
                    aria-autocomplete="list"
                    aria-expanded=move || open.get().to_string()
                    aria-controls=list_id_for_box
                    aria-activedescendant=move || active.get().map(option_id)
                    placeholder="Search title, outlet, date or name"
                    prop:value=chosen_label
                    on:input=typed
                    on:keydown=keydown
                    on:focus=move |ev| {
                        // Selects the shown title, so typing replaces it.
                        let target: web_sys::HtmlInputElement = event_target(&ev);
                        target.select();
                    }
                    on:blur=move |_| reset()
                />
                <ul id=list_id role="listbox" aria-label=label class="combo-list" hidden=move || !open.get()>
                    {items}
                </ul>
                <p class="visually-hidden" role="status" aria-live="polite">{status}</p>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(search: &str) -> Choice {
        Choice {
            title: search.into(),
            details: String::new(),
            search: search.to_lowercase(),
        }
    }

    #[test]
    fn every_word_must_match_anywhere() {
        let choices = vec![
            choice("Putin and Trump talk · Moscow Times · 2025-01-14 · Vladimir Putin"),
            choice("Flood in Porto · Harbour Ledger · 2024-03-02"),
            choice("Trump rally · Meridian Daily · 2024-03-09"),
        ];
        let cases = [
            ("", vec![0, 1, 2], 3),
            ("trump", vec![0, 2], 2),
            ("TRUMP meridian", vec![2], 1),
            ("2024-03", vec![1, 2], 2),
            ("vladimir", vec![0], 1),
            ("nowhere", vec![], 0),
        ];
        for (query, expected, total) in cases {
            assert_eq!(matches(&choices, query), (expected, total), "{query:?}");
        }
    }

    #[test]
    fn at_most_a_screenful_is_listed() {
        let choices: Vec<Choice> = (0..1_000)
            .map(|i| choice(&format!("article {i}")))
            .collect();
        let (shown, total) = matches(&choices, "article");
        assert_eq!((shown.len(), total), (SHOWN, 1_000));
    }
}
