//! The impact summary for a period: the whole programme for admins, their centre for
//! facilitators. Tables by centre, by cohort and by month, each downloadable as CSV.

use super::page_title;
use crate::components::table::{column_headers, scroll_table};
use crate::context::use_request;
use crate::i18n::Translator;
use crate::reports::{impact_cells, impact_headers, ImpactRow};
use leptos::prelude::*;

/// Filled by the handler.
#[derive(Clone, Debug, Default)]
pub struct ImpactState {
    /// The centre's name for a facilitator; `None` for the whole programme.
    pub centre_name: Option<String>,
    /// `YYYY-MM-DD`, both days included.
    pub from: String,
    pub to: String,
    pub total: ImpactRow,
    /// Empty for a facilitator (one centre).
    pub centres: Vec<ImpactRow>,
    pub cohorts: Vec<ImpactRow>,
    pub months: Vec<ImpactRow>,
    /// A mistake in the dates, shown beside the form.
    pub date_error: bool,
}

fn table(
    t: Translator,
    id: &'static str,
    caption: String,
    first: String,
    rows: &[ImpactRow],
    with_people: bool,
    csv_href: String,
) -> impl IntoView {
    let body = rows
        .iter()
        .map(|row| {
            let cells = impact_cells(row, with_people)
                .into_iter()
                .map(|c| view! { <td>{c}</td> })
                .collect_view();
            view! {
                <tr>
                    <th scope="row"><bdi>{row.label.clone()}</bdi></th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let mut headers = vec![first];
    headers.extend(impact_headers(t, with_people));
    view! {
        {scroll_table(id, caption, column_headers(headers), body)}
        <p><a href=csv_href download>{t.t("report-download-csv")}</a></p>
    }
}

#[component]
pub fn ImpactPage(state: ImpactState) -> impl IntoView {
    let request = use_request();
    let t = request.translator();
    let title = match &state.centre_name {
        Some(centre) => t.t_with("impact-title-centre", &[("centre", centre.clone().into())]),
        None => t.t("impact-title"),
    };
    let base = request.href("/reports/impact");
    let csv = |table: &str| {
        format!(
            "{base}?from={}&to={}&format=csv&table={table}",
            state.from, state.to
        )
    };
    let total = impact_cells(&state.total, true);
    let labels = impact_headers(t, true);
    let summary = labels
        .into_iter()
        .zip(total)
        .map(|(label, value)| view! { <dt>{label}</dt> <dd>{value}</dd> })
        .collect_view();
    let centres = (!state.centres.is_empty()).then(|| {
        view! {
            <h2>{t.t("impact-by-centre")}</h2>
            {table(t, "centres", t.t("impact-by-centre-caption"), t.t("field-centre"), &state.centres, true, csv("centres"))}
        }
    });
    view! {
        {page_title(t, &title)}
        <h1>{title.clone()}</h1>
        <form method="get" action=base.clone() class="filter">
            <div class="field">
                <label for="from">{t.t("impact-from")}</label>
                <input type="date" id="from" name="from" value=state.from.clone()/>
            </div>
            <div class="field">
                <label for="to">{t.t("impact-to")}</label>
                <input type="date" id="to" name="to" value=state.to.clone()/>
            </div>
            <button type="submit">{t.t("report-filter")}</button>
        </form>
        {state.date_error.then(|| view! { <p class="notice" role="status">{t.t("impact-date-error")}</p> })}
        <h2>{t.t("impact-summary")}</h2>
        <dl class="facts">{summary}</dl>
        <p class="hint">{t.t("impact-notes")}</p>
        {centres}
        <h2>{t.t("impact-by-cohort")}</h2>
        {table(t, "cohorts", t.t("impact-by-cohort-caption"), t.t("field-cohort"), &state.cohorts, true, csv("cohorts"))}
        <h2>{t.t("impact-by-month")}</h2>
        {table(t, "months", t.t("impact-by-month-caption"), t.t("impact-month"), &state.months, false, csv("months"))}
    }
}
