//! Programme administration: every centre, and the forms to add a centre and a facilitator.
//! Cohorts and learners are managed on each centre's page.

use super::centre::{options_select, NewPersonFields};
use super::page_title;
use crate::components::forms::{CsrfField, ErrorSummary, TextField};
use crate::context::use_request;
use crate::forms::{FormErrors, FormState};
use crate::i18n::Locale;
use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CentreRow {
    pub id: i32,
    pub name: String,
    pub default_locale: Locale,
    pub cohorts: u64,
    pub learners: u64,
    pub facilitators: u64,
}

/// Filled by the handler, for admins only.
#[derive(Clone, Debug, Default)]
pub struct AdminState {
    pub centres: Vec<CentreRow>,
    pub add_centre: FormState,
    pub add_facilitator: FormState,
}

#[component]
pub fn AdminPage(state: AdminState) -> impl IntoView {
    let request = use_request();
    let t = request.translator();
    let mut all_errors = FormErrors::default();
    for form in [&state.add_centre, &state.add_facilitator] {
        all_errors.0.extend(form.errors.0.iter().cloned());
    }
    let rows = state
        .centres
        .iter()
        .map(|c| {
            view! {
                <tr>
                    <th scope="row">
                        <a href=request.href(&format!("/centres/{}", c.id))>
                            <bdi>{c.name.clone()}</bdi>
                        </a>
                    </th>
                    <td lang=c.default_locale.tag()>
                        {c.default_locale.own_name()}
                    </td>
                    <td>{c.cohorts}</td>
                    <td>{c.learners}</td>
                    <td>{c.facilitators}</td>
                </tr>
            }
        })
        .collect_view();
    let centres = if state.centres.is_empty() {
        view! { <p>{t.t("admin-no-centres")}</p> }.into_any()
    } else {
        view! {
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="centres-caption">
                <table>
                    <caption id="centres-caption">{t.t("admin-centres-caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.t("field-centre-name")}</th>
                            <th scope="col">{t.t("field-centre-locale")}</th>
                            <th scope="col">{t.t("admin-cohorts")}</th>
                            <th scope="col">{t.t("admin-learners")}</th>
                            <th scope="col">{t.t("admin-facilitators")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    let centre_form = state.add_centre.clone();
    let selected_locale = centre_form.value("centre-locale");
    let locale_options = Locale::ALL
        .map(|locale| {
            view! {
                <option
                    value=locale.tag()
                    lang=locale.tag()
                    selected=selected_locale == locale.tag()
                >
                    {locale.own_name()}
                </option>
            }
        })
        .collect_view();
    let facilitator = state.add_facilitator.clone();
    let centre_options: Vec<(i32, String)> = state
        .centres
        .iter()
        .map(|c| (c.id, c.name.clone()))
        .collect();
    view! {
        {page_title(t, &t.t("admin-title"))}
        <ErrorSummary errors=all_errors/>
        <h1>{t.t("admin-title")}</h1>
        <ul>
            <li><a href=request.href("/reports/impact")>{t.t("impact-title")}</a></li>
            <li><a href=request.href("/admin/audit")>{t.t("audit-title")}</a></li>
        </ul>
        <section aria-labelledby="centres-heading">
            <h2 id="centres-heading">{t.t("admin-centres-heading")}</h2>
            {centres}
        </section>
        <section aria-labelledby="add-centre-heading">
            <h2 id="add-centre-heading">{t.t("admin-add-centre-heading")}</h2>
            <form method="post" action=request.href("/admin/centres") class="stacked" novalidate>
                <CsrfField/>
                <TextField
                    id="centre-name"
                    label=t.t("field-centre-name")
                    value=centre_form.value("centre-name")
                    errors=centre_form.errors
                    autocomplete="off"
                />
                <div class="field">
                    <label for="centre-locale">{t.t("field-centre-locale")}</label>
                    <select id="centre-locale" name="centre-locale">
                        {locale_options}
                    </select>
                </div>
                <button type="submit">{t.t("admin-add-centre")}</button>
            </form>
        </section>
        {(!state.centres.is_empty())
            .then(|| {
                view! {
                    <section aria-labelledby="add-facilitator-heading">
                        <h2 id="add-facilitator-heading">
                            {t.t("admin-add-facilitator-heading")}
                        </h2>
                        <form
                            method="post"
                            action=request.href("/admin/facilitators")
                            class="stacked"
                            novalidate
                        >
                            <CsrfField/>
                            <div class="field">
                                <label for="facilitator-centre">{t.t("field-centre")}</label>
                                {options_select(
                                    t,
                                    "facilitator-centre",
                                    &centre_options,
                                    &facilitator.value("facilitator-centre"),
                                    None,
                                )}
                            </div>
                            <NewPersonFields
                                ids=(
                                    "facilitator-name",
                                    "facilitator-username",
                                    "facilitator-password",
                                )
                                form=facilitator.clone()
                            />
                            <button type="submit">{t.t("admin-add-facilitator")}</button>
                        </form>
                    </section>
                }
            })}
    }
}
