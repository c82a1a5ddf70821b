use crate::library::Library;
use leptos::prelude::*;
use overlap_core::archive::{Index, Story};
use std::sync::Arc;

/// The corpus at a glance: its stories on a timeline, and one story opened, with how
/// similar every pair of its articles is (a click opens that pair) and when each
/// appeared.
#[component]
pub fn Overview(
    library: Library,
    /// Index of the left article.
    left: RwSignal<usize>,
    /// Index of the right article.
    right: RwSignal<usize>,
    /// The articles compared at once: a story's, when the reader asks.
    set: RwSignal<Vec<usize>>,
    /// Open when the page is first shown.
    open: bool,
) -> impl IntoView {
    let index = library.shelf.with_untracked(|s| s.shared_index());
    let (articles, stories) = (index.articles.len(), index.stories.len());
    // The story shown: the left article's, until the reader opens another.
    let first = index
        .articles
        .get(left.get_untracked())
        .map_or(0, |e| e.story);
    let story = RwSignal::new(first);
    let choose = move |l: usize, r: usize| {
        left.set(l);
        right.set(r);
        crate::navigate::reveal(".pickers");
    };
    let heading = format!(
        "All {articles} articles in {stories} {}",
        if stories == 1 { "story" } else { "stories" }
    );
    let list = (stories > 1).then(|| view! { <StoryList index=index.clone() story=story /> });
    view! {
        <details class="overview" open=open data-testid="overview">
            <summary>
                <h2>{heading}</h2>
            </summary>
            <div class="overview-body">
                {list}
                {move || {
                    let index = index.clone();
                    let k = story.get();
                    index.stories.get(k).cloned().map(|s| view! {
                        <StoryView library=library story=s many={stories > 1} left=left right=right set=set choose=choose />
                    })
                }}
            </div>
        </details>
    }
}

/// The stories in order of their first article, month by month, with how many
/// articles each has; choosing one opens it below.
#[component]
fn StoryList(index: Arc<Index>, story: RwSignal<usize>) -> impl IntoView {
    let mut months: Vec<(String, Vec<usize>)> = Vec::new();
    for (k, s) in index.stories.iter().enumerate() {
        let month = s
            .first
            .as_deref()
            .and_then(|d| d.get(..7))
            .map_or_else(|| "Undated".to_string(), month_in_words);
        match months.last_mut() {
            Some((m, list)) if *m == month => list.push(k),
            _ => months.push((month, vec![k])),
        }
    }
    let groups = months
        .into_iter()
        .map(|(month, list)| {
            let count: usize = list.iter().map(|&k| index.stories[k].articles.len()).sum();
            let items = list
                .into_iter()
                .map(|k| {
                    let s = &index.stories[k];
                    let n = s.articles.len();
                    let when = match (&s.first, &s.last) {
                        (Some(a), Some(b)) if a.get(..10) != b.get(..10) => {
                            format!("{} to {}", day_in_words(a), day_in_words(b))
                        }
                        (Some(a), _) => day_in_words(a),
                        _ => "undated".to_string(),
                    };
                    view! {
                        <li>
                            <button type="button" class="story-button" data-story=k
                                aria-pressed=move || (story.get() == k).to_string()
                                on:click=move |_| story.set(k)>
                                {s.title.clone()}
                            </button>
                            " "
                            <span class="story-count">{format!("{n} article{}", if n == 1 { "" } else { "s" })}</span>
                            " · "
                            <span class="story-dates">{when}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li class="month">
                    <h4>{month} " " <span class="month-count">{format!("({count} articles)")}</span></h4>
                    <ul>{items}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="stories" aria-labelledby="stories-title">
            <h3 id="stories-title">"Stories"</h3>
            <p class="hint">"Articles about the same event, grouped when the corpus was built. Choose one to see its articles."</p>
            <ol class="story-list" data-testid="stories">{groups}</ol>
        </section>
    }
}

/// One story: its most similar pair, its heat map and its timeline.
#[component]
fn StoryView(
    library: Library,
    story: Story,
    /// Whether the corpus has other stories (then this one is introduced by name).
    many: bool,
    left: RwSignal<usize>,
    right: RwSignal<usize>,
    set: RwSignal<Vec<usize>>,
    choose: impl Fn(usize, usize) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    // Its most central articles, at most eight, in order of date: the columns of the
    // coverage.
    let mut members: Vec<usize> = story
        .map
        .iter()
        .copied()
        .take(crate::components::SET_MOST)
        .collect();
    library.shelf.with_untracked(|s| {
        overlap_core::order::sort_by_key(&mut members, |&i| {
            s.entry(i).and_then(|e| e.date.clone())
        });
    });
    let coverage = (members.len() >= 3).then(|| {
        let n = members.len();
        view! {
            <button type="button" data-testid="story-coverage" on:click=move |_| {
                set.set(members.clone());
                request_animation_frame(|| crate::navigate::reveal("#coverage-title"));
            }>
                {format!("Compare {n} of its articles at once")}
            </button>
        }
    });
    let intro = many.then(|| {
        let n = story.articles.len();
        let shown = (story.map.len() < n).then(|| {
            format!(
                " The map shows the {} most central of its {n} articles.",
                story.map.len()
            )
        });
        view! {
            <h3 class="story-title" data-testid="story-title">{story.title.clone()}</h3>
            <p class="hint">{format!("{n} article{}.", if n == 1 { "" } else { "s" })} {shown}</p>
        }
    });
    let pair = story.pair.map(|(a, b)| {
        view! {
            <p>
                <button type="button" data-testid="story-pair" on:click=move |_| choose(a, b)>
                    "Compare its most similar pair"
                </button>
                " "
                {coverage}
            </p>
        }
    });
    let single = (story.map.len() < 2).then(|| {
        view! { <p class="hint">"No other article of the corpus reports this story."</p> }
    });
    view! {
        <section class="story" data-testid="story">
            {intro}
            {pair}
            {single}
            <div class="story-body">
                {(story.map.len() >= 2).then(|| view! { <HeatMap library=library story=story.clone() left=left right=right choose=choose /> })}
                <Timeline library=library story=story.clone() left=left right=right choose=choose />
            </div>
        </section>
    }
}

/// The similarity of every pair of a story's articles as a table: one row and one
/// column per article.
#[component]
fn HeatMap(
    library: Library,
    story: Story,
    left: RwSignal<usize>,
    right: RwSignal<usize>,
    choose: impl Fn(usize, usize) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let labels: Vec<String> = library
        .shelf
        .with_untracked(|s| story.map.iter().map(|&i| library.label(s, i)).collect());
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
    let m = story.map.len();
    let rows = (0..m)
        .map(|a| {
            let cells = (0..m)
                .map(|b| {
                    let percent = (a != b).then(|| {
                        let (x, y) = (a.min(b), a.max(b));
                        let at = x * (2 * m - x - 1) / 2 + (y - x - 1);
                        story.similarities.get(at).copied().unwrap_or(0)
                    });
                    cell(
                        &labels,
                        (a, story.map[a]),
                        (b, story.map[b]),
                        percent,
                        left,
                        right,
                        choose,
                    )
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row" class="heat-label">
                        <span class="number" aria-hidden="true">{a + 1} ". "</span>
                        {labels[a].clone()}
                    </th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="heat" aria-labelledby="heat-title">
            <h3 id="heat-title">"Similarity"</h3>
            <div class="table-scroll">
                <table class="heat-map" data-testid="heat-map">
                    <caption>
                        "How much each pair shares (weighted shared terms and entities). "
                        "Choose a cell to compare that pair: its row on the left, its column on the right."
                    </caption>
                    <thead><tr><td></td>{header}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
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
/// article with itself. `row` and `column` are (position in the map, article index).
fn cell(
    labels: &[String],
    (a, i): (usize, usize),
    (b, j): (usize, usize),
    percent: Option<u8>,
    left: RwSignal<usize>,
    right: RwSignal<usize>,
    choose: impl Fn(usize, usize) + Copy + Send + Sync + 'static,
) -> AnyView {
    let Some(percent) = percent else {
        return view! { <td class="heat-self"><span aria-label="the same article">"–"</span></td> }
            .into_any();
    };
    let name = format!(
        "Compare “{}” (left) with “{}” (right): {percent}% similar",
        labels[a], labels[b]
    );
    let current = move || left.get() == i && right.get() == j;
    view! {
        <td>
            <button
                type="button"
                class=format!("heat heat-{}", bucket(f64::from(percent) / 100.0))
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

/// A story's articles in order of publication, with the time between them; the
/// undated ones after, said to be undated.
#[component]
fn Timeline(
    library: Library,
    story: Story,
    left: RwSignal<usize>,
    right: RwSignal<usize>,
    choose: impl Fn(usize, usize) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let entries = library.shelf.with_untracked(|c| {
        let mut dated: Vec<(usize, String)> = Vec::new();
        let mut undated = Vec::new();
        for &i in &story.articles {
            match c.entry(i).and_then(|e| e.date.clone()) {
                Some(date) => dated.push((i, date)),
                None => undated.push(i),
            }
        }
        overlap_core::order::sort_by(&mut dated, |a, b| a.1.cmp(&b.1));
        let mut previous: Option<&str> = None;
        let mut items = Vec::new();
        for (i, date) in &dated {
            let i = *i;
            if let Some(gap) = previous.and_then(|p| gap(p, date)) {
                items.push(view! { <li class="gap" aria-hidden="true">{gap}</li> }.into_any());
            }
            previous = Some(date);
            let ambiguous = c.entry(i).and_then(|e| e.date_alternative.clone()).map(|alt| {
                view! { <span class="ambiguous">" (or " {alt} ": the capture's date is ambiguous)"</span> }
            });
            items.push(
                view! {
                    <li class="dated">
                        <time datetime=date.clone()>{day_in_words(date)}</time>
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
    });
    view! {
        <section class="timeline-section" aria-labelledby="timeline-title">
            <h3 id="timeline-title">"Timeline"</h3>
            {entries}
        </section>
    }
}

/// An ISO date in words: "14 January 2025".
fn day_in_words(date: &str) -> String {
    overlap_core::date_in_words(date.get(..10).unwrap_or(date), None)
}

/// A month ("2025-03") in words: "March 2025".
fn month_in_words(month: &str) -> String {
    let day = overlap_core::date_in_words(&format!("{month}-01"), None);
    day.split_once(' ')
        .map_or(day.clone(), |(_, rest)| rest.to_string())
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
