use crate::library::Library;
use leptos::prelude::*;
use overlap_core::Corpus;

/// The whole corpus at a glance: how similar every pair is (a click opens that pair),
/// and when each article appeared.
#[component]
pub fn Overview(
    library: Library,
    /// Index of the left article.
    left: RwSignal<usize>,
    /// Index of the right article.
    right: RwSignal<usize>,
    /// Open when the page is first shown.
    open: bool,
) -> impl IntoView {
    let corpus = library.corpus;
    let count = move || corpus.with(|c| c.len());
    let choose = move |l: usize, r: usize| {
        left.set(l);
        right.set(r);
        crate::navigate::reveal(".pickers");
    };
    view! {
        <details class="overview" open=open data-testid="overview">
            <summary>
                <h2>"All " {count} " articles: similarity map and timeline"</h2>
            </summary>
            <div class="overview-body">
                <HeatMap library=library left=left right=right choose=choose />
                <Timeline library=library left=left right=right choose=choose />
            </div>
        </details>
    }
}

/// The similarity of every pair as a table: one row and one column per article.
#[component]
fn HeatMap(
    library: Library,
    left: RwSignal<usize>,
    right: RwSignal<usize>,
    choose: impl Fn(usize, usize) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let corpus = library.corpus;
    let table = move || {
        corpus.with(|c| {
            let labels: Vec<String> = (0..c.len()).map(|i| library.label(c, i)).collect();
            let header = labels
                .iter()
                .enumerate()
                .map(|(j, label)| {
                    view! {
                        <th scope="col">
                            <span aria-hidden="true">{j + 1}</span>
                            <span class="visually-hidden">{label.clone()}</span>
                        </th>
                    }
                })
                .collect_view();
            let rows = (0..c.len())
                .map(|i| {
                    let cells = (0..c.len())
                        .map(|j| cell(c, &labels, i, j, left, right, choose))
                        .collect_view();
                    view! {
                        <tr>
                            <th scope="row" class="heat-label">
                                <span class="number" aria-hidden="true">{i + 1} ". "</span>
                                {labels[i].clone()}
                            </th>
                            {cells}
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="heat-map" data-testid="heat-map">
                    <caption>
                        "How much each pair shares (weighted shared terms and entities). "
                        "Choose a cell to compare that pair: its row on the left, its column on the right."
                    </caption>
                    <thead><tr><td></td>{header}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
    };
    view! {
        <section class="heat" aria-labelledby="heat-title">
            <h3 id="heat-title">"Similarity"</h3>
            <div class="table-scroll">{table}</div>
            <p class="heat-key" aria-hidden="true">
                "Darker is more similar: "
                <span class="heat heat-0">"<5%"</span>
                <span class="heat heat-1">"5%"</span>
                <span class="heat heat-2">"10%"</span>
                <span class="heat heat-3">"20%"</span>
                <span class="heat heat-4">"30%"</span>
                <span class="heat heat-5">"45%+"</span>
            </p>
        </section>
    }
}

/// One cell of the heat map: the pair's similarity as a button, or a dash for an
/// article with itself.
fn cell(
    corpus: &Corpus,
    labels: &[String],
    i: usize,
    j: usize,
    left: RwSignal<usize>,
    right: RwSignal<usize>,
    choose: impl Fn(usize, usize) + Copy + Send + Sync + 'static,
) -> AnyView {
    if i == j {
        return view! { <td class="heat-self"><span aria-label="the same article">"–"</span></td> }
            .into_any();
    }
    let similarity = corpus.similarity(i, j).unwrap_or(0.0);
    let percent = overlap_core::report::percent(similarity);
    let name = format!(
        "Compare “{}” (left) with “{}” (right): {percent}% similar",
        labels[i], labels[j]
    );
    let current = move || left.get() == i && right.get() == j;
    view! {
        <td>
            <button
                type="button"
                class=format!("heat heat-{}", bucket(similarity))
                class:current=current
                aria-pressed=move || current().to_string()
                aria-label=name
                data-pair=format!("{i}-{j}")
                on:click=move |_| choose(i, j)
            >
                {format!("{percent}%")}
            </button>
        </td>
    }
    .into_any()
}

/// The shade of a similarity: 0 (under 5%) to 5 (45% or more).
fn bucket(similarity: f64) -> usize {
    const STEPS: [f64; 5] = [0.05, 0.10, 0.20, 0.30, 0.45];
    STEPS.iter().filter(|&&s| similarity >= s).count()
}

/// The articles in order of publication, with the time between them; the undated
/// ones after, said to be undated.
#[component]
fn Timeline(
    library: Library,
    left: RwSignal<usize>,
    right: RwSignal<usize>,
    choose: impl Fn(usize, usize) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let corpus = library.corpus;
    let entries = move || {
        corpus.with(|c| {
            let mut dated: Vec<(usize, &str)> = Vec::new();
            let mut undated = Vec::new();
            for (i, a) in c.articles().iter().enumerate() {
                match a.date.as_deref() {
                    Some(date) => dated.push((i, date)),
                    None => undated.push(i),
                }
            }
            overlap_core::order::sort_by(&mut dated, |a, b| a.1.cmp(b.1));
            let mut previous: Option<&str> = None;
            let mut items = Vec::new();
            for &(i, date) in &dated {
                if let Some(gap) = previous.and_then(|p| gap(p, date)) {
                    items.push(view! { <li class="gap" aria-hidden="true">{gap}</li> }.into_any());
                }
                previous = Some(date);
                let article = &c.articles()[i];
                let ambiguous = article.date_alternative.as_ref().filter(|_| article.date_ambiguous).map(|alt| {
                    view! { <span class="ambiguous">" (or " {alt.clone()} ": the capture's date is ambiguous)"</span> }
                });
                items.push(
                    view! {
                        <li class="dated">
                            <time datetime=date.to_string()>{overlap_core::date_in_words(date.get(..10).unwrap_or(date), None)}</time>
                            {ambiguous}
                            " "
                            <Entry label=library.title(c, i) index=i left=left right=right choose=choose />
                        </li>
                    }
                    .into_any(),
                );
            }
            let undated = (!undated.is_empty()).then(|| {
                let list = undated
                    .into_iter()
                    .map(|i| view! { <li><Entry label=library.title(c, i) index=i left=left right=right choose=choose /></li> })
                    .collect_view();
                view! {
                    <h4>"Undated"</h4>
                    <p class="hint">"These captures give no date."</p>
                    <ul class="undated" data-testid="undated">{list}</ul>
                }
            });
            view! {
                <ol class="timeline" data-testid="timeline">{items}</ol>
                {undated}
            }
        })
    };
    view! {
        <section class="timeline-section" aria-labelledby="timeline-title">
            <h3 id="timeline-title">"Timeline"</h3>
            {entries}
        </section>
    }
}

/// An article on the timeline, with buttons to open it on either side.
#[component]
fn Entry(
    label: String,
    index: usize,
    left: RwSignal<usize>,
    right: RwSignal<usize>,
    choose: impl Fn(usize, usize) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let (on_left, on_right) = (
        format!("Open “{label}” on the left"),
        format!("Open “{label}” on the right"),
    );
    // Opening on one side keeps the other, unless it is this article already.
    let open_left = move |_| {
        let (l, r) = (left.get_untracked(), right.get_untracked());
        choose(index, if r == index { l } else { r });
    };
    let open_right = move |_| {
        let (l, r) = (left.get_untracked(), right.get_untracked());
        choose(if l == index { r } else { l }, index);
    };
    view! {
        <span class="entry-title">{label}</span>
        " "
        <span class="entry-actions">
            <button type="button" class="small" aria-label=on_left on:click=open_left>"◧ Left"</button>
            <button type="button" class="small" aria-label=on_right on:click=open_right>"Right ◨"</button>
        </span>
    }
}

/// The time between two ISO dates, in years and months: "8 years, 2 months later".
fn gap(earlier: &str, later: &str) -> Option<String> {
    let months = |d: &str| -> Option<i64> {
        let year: i64 = d.get(..4)?.parse().ok()?;
        let month: i64 = d.get(5..7)?.parse().ok()?;
        Some(year * 12 + month - 1)
    };
    let diff = months(later)? - months(earlier)?;
    let (years, months) = (diff / 12, diff % 12);
    let unit = |n: i64, one: &str| match n {
        0 => None,
        1 => Some(format!("1 {one}")),
        n => Some(format!("{n} {one}s")),
    };
    let parts: Vec<String> = [unit(years, "year"), unit(months, "month")]
        .into_iter()
        .flatten()
        .collect();
    Some(if parts.is_empty() {
        "the same month".to_string()
    } else {
        format!("{} later", parts.join(", "))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaps_by_behaviour() {
        let cases = [
            (
                "2016-11-25T15:55-05:00",
                "2025-01-14",
                Some("8 years, 2 months later"),
            ),
            ("2025-01-14", "2025-05-04", Some("4 months later")),
            ("2025-01-14", "2026-01-02", Some("1 year later")),
            ("2025-05-01", "2025-05-30", Some("the same month")),
            ("garbled", "2025-05-30", None),
        ];
        for (a, b, expected) in cases {
            assert_eq!(gap(a, b).as_deref(), expected, "{a} → {b}");
        }
    }

    #[test]
    fn buckets_by_behaviour() {
        let cases = [
            (0.0, 0),
            (0.049, 0),
            (0.05, 1),
            (0.19, 2),
            (0.2, 3),
            (0.44, 4),
            (0.9, 5),
        ];
        for (similarity, expected) in cases {
            assert_eq!(bucket(similarity), expected, "{similarity}");
        }
    }
}
