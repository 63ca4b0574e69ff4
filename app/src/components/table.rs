//! A data table as every report shows it: in its own scrolling region (so the page reflows
//! at 320 px), named by its caption, with column headers.

use leptos::prelude::*;

/// Column headers from plain words.
pub fn column_headers(names: Vec<String>) -> impl IntoView {
    names
        .into_iter()
        .map(|name| view! { <th scope="col">{name}</th> })
        .collect_view()
}

/// `id` names the table's caption (`{id}-caption`); `headers` are its `<th scope="col">`s.
pub fn scroll_table(
    id: &'static str,
    caption: String,
    headers: impl IntoView,
    rows: impl IntoView,
) -> impl IntoView {
    let caption_id = format!("{id}-caption");
    let labelled_by = caption_id.clone();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby=labelled_by>
            <table class="report" id=id>
                <caption id=caption_id>{caption}</caption>
                <thead>
                    <tr>{headers}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
