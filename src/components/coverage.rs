//! Several articles at once: which names and themes each covers, what one alone has or
//! leaves out, the text they share and whom they quote. Thin over the core's
//! [`Coverage`]; any cell, row, passage or quotation opens the pair view of two of the
//! articles on it.

use super::export::download;
use super::{ArticlePicker, Choice};
use crate::focus::Focus;
use crate::library::Library;
use leptos::ev;
use leptos::prelude::*;
use overlap_core::coverage::{Coverage, covered, pair_for};
use overlap_core::report;
use wasm_bindgen::JsCast;

/// The fewest and most articles compared at once.
pub const FEWEST: usize = 3;
pub const MOST: usize = 8;

/// The set of articles being compared, its editor, and their coverage.
#[component]
pub fn CoverageView(
    library: Library,
    /// The articles of the set, in column order.
    set: RwSignal<Vec<usize>>,
    /// Every article, as the pickers offer them.
    options: Memo<Vec<Choice>>,
    left: RwSignal<usize>,
    right: RwSignal<usize>,
    focus: Focus,
) -> impl IntoView {
    let shelf = library.shelf;
    // Every article of the set is fetched when it joins.
    Effect::new(move |_| {
        for i in set.get() {
            library.load(i);
        }
    });
    let coverage = Memo::new(move |_| {
        let set = set.get();
        if set.len() < FEWEST {
            return None;
        }
        shelf.with(|s| s.coverage(&set))
    });
    let broken = move || {
        shelf.with(|s| {
            set.get()
                .into_iter()
                .filter_map(|i| {
                    s.problem(i)
                        .map(|p| format!("“{}”: {p}", library.title(s, i)))
                })
                .collect::<Vec<_>>()
        })
    };
    // Opens two articles side by side, lighting up `key`, and goes there.
    let open = move |a: usize, b: usize, key: Option<String>| {
        let set = set.get_untracked();
        let (Some(&l), Some(&r)) = (set.get(a), set.get(b)) else {
            return;
        };
        left.set(l);
        right.set(r);
        focus.selected.set(key);
        crate::navigate::reveal(".summary, .pickers");
    };
    let adding = RwSignal::new(0usize);
    let add = move |_| {
        let i = adding.get_untracked();
        set.update(|s| {
            if !s.contains(&i) && s.len() < MOST {
                s.push(i);
            }
        });
    };
    let title = move |i: usize| shelf.with(|s| library.label(s, i));
    let members = move || {
        set.get()
            .into_iter()
            .enumerate()
            .map(|(n, i)| {
                let remove = move |_| set.update(|s| s.retain(|&x| x != i));
                view! {
                    <li>
                        <span class="col-number">{n + 1}</span> " " {title(i)} " "
                        <button type="button" class="remove" aria-label=format!("Remove article {} from the comparison", n + 1) on:click=remove>"Remove"</button>
                    </li>
                }
            })
            .collect_view()
    };
    let close = move |_| set.set(Vec::new());
    let status = move || {
        let n = set.with(Vec::len);
        if n < FEWEST {
            format!(
                "Choose {} more article{} (3 to 8).",
                FEWEST - n,
                if FEWEST - n == 1 { "" } else { "s" }
            )
        } else if coverage.with(Option::is_none) && broken().is_empty() {
            format!("Loading {n} articles…")
        } else {
            String::new()
        }
    };
    view! {
        <section class="coverage" data-testid="coverage" aria-labelledby="coverage-title">
            <h2 id="coverage-title" tabindex="-1">{move || format!("{} articles compared", set.with(Vec::len))}</h2>
            <ol class="coverage-set" data-testid="coverage-set">{members}</ol>
            <div class="coverage-add">
                <ArticlePicker label="Article to add" id="coverage-article" options=options selected=adding />
                <button type="button" data-testid="coverage-add-button" on:click=add
                    disabled=move || set.with(|s| s.len() >= MOST || s.contains(&adding.get()))>
                    "Add to the comparison"
                </button>
                <button type="button" on:click=close>"Close"</button>
            </div>
            <p class="hint" role="status" data-testid="coverage-status">{status}</p>
            {move || {
                let broken = broken();
                (!broken.is_empty()).then(|| view! {
                    <p class="notice" role="alert">{format!("Cannot be compared: {}. Remove it to compare the others.", broken.join("; "))}</p>
                })
            }}
            {move || coverage.get().map(|c| view! { <Report coverage=c open=open /> })}
        </section>
    }
}

/// The coverage of a set that is at hand: summary, matrix, single-outs, passages,
/// quotations and the downloads.
#[component]
fn Report(
    coverage: Coverage,
    open: impl Fn(usize, usize, Option<String>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let n = coverage.articles.len();
    let name = |i: usize| column_name(&coverage, i);
    let names: Vec<String> = (0..n).map(name).collect();
    // The files are made on a click, not with every change of the set.
    let kept = StoredValue::new(coverage.clone());
    let markdown = move |_| {
        let text = kept.with_value(report::coverage_markdown);
        download("overlap-coverage.md", &text, "text/markdown");
    };
    let csv = move |_| {
        let text = kept.with_value(report::coverage_csv);
        download("overlap-coverage.csv", &text, "text/csv");
    };
    let downloads = view! {
        <div class="export" role="group" aria-label="Export this coverage">
            <button type="button" on:click=markdown>"Download Markdown"</button>
            <button type="button" on:click=csv>"Download CSV"</button>
        </div>
    };
    view! {
        <p class="coverage-summary" data-testid="coverage-summary">{summary(&coverage, &names)}</p>
        <Matrix coverage=coverage.clone() names=names.clone() open=open />
        <SingleOuts coverage=coverage.clone() names=names.clone() />
        <Passages coverage=coverage.clone() names=names.clone() open=open />
        <Quotes coverage=coverage names=names open=open />
        {downloads}
    }
}

/// "Tidewire, 9 June 2026", or the title when the outlet and date are unknown.
fn column_name(coverage: &Coverage, i: usize) -> String {
    let Some(a) = coverage.articles.get(i) else {
        return format!("Article {}", i + 1);
    };
    let date = a
        .date
        .as_deref()
        .map(|d| overlap_core::date_in_words(d.get(..10).unwrap_or(d), None));
    match (&a.outlet, date) {
        (Some(o), Some(d)) => format!("{o}, {d}"),
        (Some(o), None) => o.clone(),
        (None, Some(d)) => d,
        (None, None) => a.title.clone().unwrap_or_else(|| a.id.clone()),
    }
}

/// One sentence on what all cover, and how many are left out by one.
fn summary(coverage: &Coverage, names: &[String]) -> String {
    let n = coverage.articles.len();
    let everywhere: Vec<&str> = coverage
        .entities
        .iter()
        .filter(|e| covered(&e.counts) == n)
        .take(5)
        .map(|e| e.name.as_str())
        .collect();
    let mut text = if everywhere.is_empty() {
        format!("No name is in all {n} articles.")
    } else {
        format!("All {n} articles name {}.", everywhere.join(", "))
    };
    for (i, a) in coverage.articles.iter().enumerate() {
        if let Some(first) = a.left_out.first() {
            let more = a.left_out.len() - 1;
            let more = if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            };
            text.push_str(&format!(" Only {} leaves out {first}{more}.", names[i]));
        }
    }
    text
}

/// Moves focus between the matrix's buttons with the arrow keys, Home and End: one tab
/// stop for the whole table, as in a grid.
fn arrow_keys(event: ev::KeyboardEvent) {
    let (dr, dc): (i32, i32) = match event.key().as_str() {
        "ArrowUp" => (-1, 0),
        "ArrowDown" => (1, 0),
        "ArrowLeft" => (0, -1),
        "ArrowRight" => (0, 1),
        "Home" => (0, -100),
        "End" => (0, 100),
        _ => return,
    };
    let Some(from) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let at = |name: &str| from.get_attribute(name).and_then(|v| v.parse::<i32>().ok());
    let (Some(r), Some(c)) = (at("data-r"), at("data-c")) else {
        return;
    };
    let Some(table) = from.closest("table").ok().flatten() else {
        return;
    };
    let last_column = table
        .get_attribute("data-columns")
        .and_then(|v| v.parse::<i32>().ok())
        .unwrap_or(0);
    let (r, c) = ((r + dr).max(0), (c + dc).clamp(0, last_column));
    let selector = format!("[data-r=\"{r}\"][data-c=\"{c}\"]");
    if let Ok(Some(to)) = table.query_selector(&selector)
        && let Ok(to) = to.dyn_into::<web_sys::HtmlElement>()
    {
        event.prevent_default();
        let _ = from.set_attribute("tabindex", "-1");
        let _ = to.set_attribute("tabindex", "0");
        let _ = to.focus();
    }
}

/// One row of the matrix: a theme or a name and its counts.
struct Row {
    label: String,
    kind: &'static str,
    key: Option<String>,
    counts: Vec<usize>,
}

/// Rows, then columns: the shared themes and names, one count per article.
#[component]
fn Matrix(
    coverage: Coverage,
    names: Vec<String>,
    open: impl Fn(usize, usize, Option<String>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let n = coverage.articles.len();
    // A theme of the set need not be one of the pair's: its rows light nothing up.
    let themes: Vec<Row> = coverage
        .themes
        .iter()
        .map(|t| Row {
            label: t.label.clone(),
            kind: "theme",
            key: None,
            counts: t.counts.clone(),
        })
        .collect();
    let entities: Vec<Row> = coverage
        .entities
        .iter()
        .filter(|e| covered(&e.counts) >= 2)
        .map(|e| Row {
            label: e.name.clone(),
            kind: e.kind.label(),
            key: Some(e.key.clone()),
            counts: e.counts.clone(),
        })
        .collect();
    let header = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            view! {
                <th scope="col"><span class="col-number" aria-hidden="true">{i + 1}</span> <span class="col-name">{name.clone()}</span></th>
            }
        })
        .collect_view();
    let mut r = 0;
    let mut group = |title: &'static str, rows: Vec<Row>| {
        let body = rows
            .into_iter()
            .map(|row| {
                r += 1;
                let rr = r;
                let widest = covered(&row.counts);
                let omission = n >= FEWEST && widest == n - 1;
                let key = row.key.clone();
                let counts = row.counts.clone();
                let open_row = move |_| {
                    if let Some((a, b)) = pair_for(&counts, None) {
                        open(a, b, key.clone());
                    }
                };
                let cells = row
                    .counts
                    .iter()
                    .enumerate()
                    .map(|(i, &count)| {
                        let key = row.key.clone();
                        let counts = row.counts.clone();
                        let label = if count == 0 {
                            format!("{}: not in {}. Compare with the article that has it most", row.label, names[i])
                        } else {
                            format!("{}: {count} in {}. Compare with another article that has it", row.label, names[i])
                        };
                        let click = move |_| {
                            if let Some((a, b)) = pair_for(&counts, Some(i)) {
                                open(a, b, key.clone());
                            }
                        };
                        let class = match (count, omission) {
                            (0, true) => "cell omitted",
                            (0, false) => "cell none",
                            _ => "cell",
                        };
                        view! {
                            <td class=class>
                                <button type="button" tabindex="-1" data-r=rr data-c=i + 1 aria-label=label on:click=click>
                                    {if count == 0 { "–".to_string() } else { count.to_string() }}
                                </button>
                            </td>
                        }
                    })
                    .collect_view();
                view! {
                    <tr class:omission=omission>
                        <th scope="row">
                            <button type="button" class="row-item" tabindex=if rr == 1 { "0" } else { "-1" } data-r=rr data-c=0 on:click=open_row
                                title="Compare the two articles that mention it most">
                                {row.label}
                            </button>
                            <span class="kind">{row.kind}</span>
                        </th>
                        <td class="widest">{format!("{widest}/{n}")}</td>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        view! {
            <tbody>
                <tr class="group"><th scope="rowgroup" colspan=n + 2>{title}</th></tr>
                {body}
            </tbody>
        }
    };
    let theme_rows = (!themes.is_empty()).then(|| group("Themes", themes));
    let entity_rows = group("Names", entities);
    view! {
        <div class="matrix-scroll" role="region" aria-labelledby="matrix-caption" tabindex="0">
            <table class="matrix" data-testid="coverage-matrix" data-columns=n on:keydown=arrow_keys>
                <caption id="matrix-caption">
                    "Mentions of the themes and names two or more articles share, widest covered first. "
                    "A dash: the article does not mention it; a marked row: one article leaves it out. "
                    "Choose a count or a name to read two articles side by side; arrow keys move between them."
                </caption>
                <thead><tr><th scope="col">"Theme or name"</th><th scope="col">"Articles"</th>{header}</tr></thead>
                {theme_rows}
                {entity_rows}
            </table>
        </div>
    }
}

/// What only one article has, and what one article leaves out that all others have.
#[component]
fn SingleOuts(coverage: Coverage, names: Vec<String>) -> impl IntoView {
    let items = coverage
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let only: Vec<String> = a.only.iter().map(|d| d.term.clone()).collect();
            let only = if only.is_empty() { "nothing of note".to_string() } else { only.join(", ") };
            let left_out = (!a.left_out.is_empty()).then(|| {
                view! { <br /> <span class="left-out">"Leaves out: " {a.left_out.join(", ")}</span> }
            });
            view! {
                <li><strong>{format!("{} · {}", i + 1, names[i])}</strong> ": only here: " {only} {left_out}</li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="single-outs-title">
            <h3 id="single-outs-title">"What one article alone has, or leaves out"</h3>
            <ul class="single-outs" data-testid="single-outs">{items}</ul>
        </section>
    }
}

/// "1 (first), 2, 4": the articles of a passage or quotation.
fn carried_by(articles: &[usize], first: Option<usize>, names: &[String]) -> String {
    articles
        .iter()
        .map(|&a| {
            let first = if Some(a) == first { " (first)" } else { "" };
            format!("{} · {}{first}", a + 1, names[a])
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The passages several articles share, widest carried first.
#[component]
fn Passages(
    coverage: Coverage,
    names: Vec<String>,
    open: impl Fn(usize, usize, Option<String>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let empty = coverage.passages.is_empty().then(
        || view! { <p class="hint">"No six words in a row appear in two of these articles."</p> },
    );
    let items = coverage
        .passages
        .iter()
        .map(|p| {
            let kind = if p.quotation { "Quotation" } else { "Copied text" };
            let a = p.first.unwrap_or(p.articles[0]);
            let b = p.articles.iter().copied().find(|&x| x != a).unwrap_or(a);
            view! {
                <li class:quotation=p.quotation>
                    <blockquote>{p.text.clone()}</blockquote>
                    <p class="passage-meta">
                        <span class="passage-kind">{kind}</span>
                        {format!(", {} words, in {} articles: {}. ", p.words, p.articles.len(), carried_by(&p.articles, p.first, &names))}
                        <button type="button" on:click=move |_| open(a, b, None)>{format!("Compare {} and {}", a + 1, b + 1)}</button>
                    </p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="set-passages-title">
            <h3 id="set-passages-title">"Shared text"</h3>
            {empty}
            <ol class="set-passages" data-testid="set-passages">{items}</ol>
        </section>
    }
}

/// The quotations several articles print, with their speakers and wordings.
#[component]
fn Quotes(
    coverage: Coverage,
    names: Vec<String>,
    open: impl Fn(usize, usize, Option<String>) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let empty = coverage
        .quotes
        .is_empty()
        .then(|| view! { <p class="hint">"No quotation appears in two of these articles."</p> });
    let items = coverage
        .quotes
        .iter()
        .map(|q| {
            let speaker = q.speaker.clone().unwrap_or_else(|| "Speaker not named".to_string());
            let wordings = (!q.wordings.is_empty()).then(|| {
                let list = q
                    .wordings
                    .iter()
                    .map(|w| {
                        let by: Vec<String> = w.articles.iter().map(|&a| (a + 1).to_string()).collect();
                        view! { <li>{format!("{}: ", by.join(", "))} <q>{w.text.clone()}</q></li> }
                    })
                    .collect_view();
                view! { <p class="hint">"Quoted differently:"</p> <ul class="wordings">{list}</ul> }
            });
            let (a, b) = (q.articles[0], q.articles.get(1).copied().unwrap_or(q.articles[0]));
            view! {
                <li>
                    <blockquote>{q.text.clone()}</blockquote>
                    <p class="passage-meta">
                        <span class="speaker">{speaker}</span>
                        {format!(", in {} articles: {}. ", q.articles.len(), carried_by(&q.articles, q.first, &names))}
                        <button type="button" on:click=move |_| open(a, b, None)>{format!("Compare {} and {}", a + 1, b + 1)}</button>
                    </p>
                    {wordings}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="set-quotes-title">
            <h3 id="set-quotes-title">"Quotations"</h3>
            {empty}
            <ol class="set-quotes" data-testid="set-quotes">{items}</ol>
        </section>
    }
}
