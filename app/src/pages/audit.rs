//! `/{lang}/admin/audit`: the audit log of staff actions, newest first. Admins only.

use super::page_title;
use crate::accounts::AuditAction;
use crate::components::table::{column_headers, scroll_table};
use crate::context::use_request;
use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditRow {
    /// RFC 3339, for `<time datetime>`.
    pub at: String,
    /// `YYYY-MM-DD HH:MM` (UTC), as shown.
    pub at_text: String,
    /// `None`: the command line.
    pub actor: Option<String>,
    /// `None`: a code this version does not know (shown as stored).
    pub action: Option<AuditAction>,
    pub action_code: String,
    pub centre: Option<String>,
    pub subject: Option<String>,
    /// How many (accounts imported, demo accounts removed), if the action has a count.
    pub count: Option<u64>,
    /// `json` or `csv`, for an export.
    pub format: Option<String>,
}

/// Filled by the handler, for admins only.
#[derive(Clone, Debug, Default)]
pub struct AuditState {
    pub rows: Vec<AuditRow>,
    /// At most this many rows are shown.
    pub limit: u32,
}

#[component]
pub fn AuditPage(state: AuditState) -> impl IntoView {
    let request = use_request();
    let t = request.translator();
    let rows = state
        .rows
        .iter()
        .map(|row| {
            let action = row
                .action
                .map(|a| t.t(a.label_key()))
                .unwrap_or_else(|| row.action_code.clone());
            let details = match (row.count, &row.format) {
                (Some(count), _) => t.t_with("audit-count", &[("count", count.into())]),
                (None, Some(format)) => format.to_uppercase(),
                (None, None) => "—".to_string(),
            };
            view! {
                <tr>
                    <th scope="row">
                        <time datetime=row.at.clone()>{row.at_text.clone()}</time>
                    </th>
                    <td>
                        {row
                            .actor
                            .clone()
                            .map(|a| view! { <bdi translate="no">{a}</bdi> }.into_any())
                            .unwrap_or_else(|| t.t("audit-command-line").into_any())}
                    </td>
                    <td>{action}</td>
                    <td>
                        {row
                            .centre
                            .clone()
                            .map(|c| view! { <bdi>{c}</bdi> }.into_any())
                            .unwrap_or_else(|| "—".into_any())}
                    </td>
                    <td>
                        {row
                            .subject
                            .clone()
                            .map(|s| view! { <bdi translate="no">{s}</bdi> }.into_any())
                            .unwrap_or_else(|| "—".into_any())}
                    </td>
                    <td>{details}</td>
                </tr>
            }
        })
        .collect_view();
    let title = t.t("audit-title");
    view! {
        {page_title(t, &title)}
        <h1>{title.clone()}</h1>
        <p>
            <a href=request.href("/admin")>{t.t("admin-title")}</a>
        </p>
        <p>{t.t_with("audit-intro", &[("limit", state.limit.into())])}</p>
        {if state.rows.is_empty() {
            view! { <p>{t.t("audit-none")}</p> }.into_any()
        } else {
            scroll_table(
                "audit",
                t.t("audit-caption"),
                column_headers(vec![
                    t.t("audit-when"),
                    t.t("audit-who"),
                    t.t("audit-action"),
                    t.t("field-centre"),
                    t.t("audit-subject"),
                    t.t("audit-details"),
                ]),
                rows,
            )
            .into_any()
        }}
    }
}
