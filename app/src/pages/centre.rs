//! A centre's page, for its facilitators and for admins: its learners and cohorts, and the
//! forms to add a learner, import many from a CSV file, add a cohort and reset a password.

use super::page_title;
use crate::components::forms::{CsrfField, ErrorSummary, TextField};
use crate::context::use_request;
use crate::forms::{FormErrors, FormState};
use crate::i18n::Translator;
use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CohortRow {
    pub id: i32,
    pub name: String,
    pub learners: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LearnerRow {
    pub id: i32,
    pub display_name: String,
    pub username: String,
    pub cohort: Option<String>,
    /// `YYYY-MM-DD`, if they ever signed in.
    pub last_sign_in: Option<String>,
}

/// Filled by the handler, after checking the viewer manages this centre.
#[derive(Clone, Debug, Default)]
pub struct CentreState {
    pub id: i32,
    pub name: String,
    pub cohorts: Vec<CohortRow>,
    pub learners: Vec<LearnerRow>,
    pub add_learner: FormState,
    pub add_cohort: FormState,
    pub import: FormState,
    /// A learner was just erased (after the redirect from the erase form).
    pub erased: bool,
    /// Whether the practice with the AI assistant is kept (an admin's choice).
    pub keep_practice_transcripts: bool,
    /// The practice setting was just saved.
    pub practice_saved: bool,
}

/// A `<select>` of named records (cohorts, centres), with an optional "none" first.
pub(crate) fn options_select(
    t: Translator,
    id: &'static str,
    options: &[(i32, String)],
    selected: &str,
    none_key: Option<&'static str>,
) -> impl IntoView {
    let none = none_key.map(|key| view! { <option value="">{t.t(key)}</option> });
    let items = options
        .iter()
        .map(|(value, name)| {
            let value = value.to_string();
            let is_selected = value == selected;
            view! {
                <option value=value selected=is_selected>
                    {name.clone()}
                </option>
            }
        })
        .collect_view();
    view! {
        <select id=id name=id>
            {none}
            {items}
        </select>
    }
}

/// The name, username and password of a person to add; the password may be left empty.
#[component]
pub(crate) fn NewPersonFields(
    /// The fields' ids: name, username, password.
    ids: (&'static str, &'static str, &'static str),
    form: FormState,
) -> impl IntoView {
    let t = use_request().translator();
    let (name, username, password) = ids;
    view! {
        <TextField
            id=name
            label=t.t("field-display-name")
            value=form.value(name)
            errors=form.errors.clone()
            autocomplete="off"
        />
        <TextField
            id=username
            label=t.t("field-username")
            hint=t.t("field-username-hint")
            value=form.value(username)
            errors=form.errors.clone()
            autocomplete="off"
        />
        <TextField
            id=password
            label=t.t("field-new-password")
            hint=t.t("field-new-password-hint")
            value=form.value(password)
            errors=form.errors
            autocomplete="new-password"
        />
    }
}

#[component]
pub fn CentrePage(state: CentreState) -> impl IntoView {
    let request = use_request();
    let t = request.translator();
    let base = request.href(&format!("/centres/{}", state.id));
    let mut all_errors = FormErrors::default();
    for form in [&state.add_learner, &state.add_cohort, &state.import] {
        all_errors.0.extend(form.errors.0.iter().cloned());
    }
    let cohort_options: Vec<(i32, String)> = state
        .cohorts
        .iter()
        .map(|c| (c.id, c.name.clone()))
        .collect();

    let learner_rows = state
        .learners
        .iter()
        .map(|learner| {
            let reset = format!("{base}/learners/{}/password", learner.id);
            let reset_label = t.t_with(
                "centre-reset-password-for",
                &[("name", learner.display_name.clone().into())],
            );
            view! {
                <tr>
                    <th scope="row">
                        <bdi>{learner.display_name.clone()}</bdi>
                    </th>
                    <td>
                        <bdi translate="no">{learner.username.clone()}</bdi>
                    </td>
                    <td>
                        {learner
                            .cohort
                            .clone()
                            .map(|c| view! { <bdi>{c}</bdi> }.into_any())
                            .unwrap_or_else(|| t.t("centre-no-cohort").into_any())}
                    </td>
                    <td>
                        {learner
                            .last_sign_in
                            .clone()
                            .map(|d| view! { <time datetime=d.clone()>{d.clone()}</time> }.into_any())
                            .unwrap_or_else(|| t.t("centre-never-signed-in").into_any())}
                    </td>
                    <td>
                        <form method="post" action=reset class="inline">
                            <CsrfField/>
                            <button type="submit" aria-label=reset_label>
                                {t.t("centre-reset-password")}
                            </button>
                        </form>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let learners_table = if state.learners.is_empty() {
        view! { <p>{t.t("centre-no-learners")}</p> }.into_any()
    } else {
        view! {
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="learners-caption">
                <table>
                    <caption id="learners-caption">
                        {t.t_with(
                            "centre-learners-caption",
                            &[("count", (state.learners.len() as u32).into())],
                        )}
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.t("field-display-name")}</th>
                            <th scope="col">{t.t("field-username")}</th>
                            <th scope="col">{t.t("field-cohort")}</th>
                            <th scope="col">{t.t("centre-last-sign-in")}</th>
                            <th scope="col">{t.t("centre-actions")}</th>
                        </tr>
                    </thead>
                    <tbody>{learner_rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    let cohort_list = if state.cohorts.is_empty() {
        view! { <p>{t.t("centre-no-cohorts")}</p> }.into_any()
    } else {
        let items = state
            .cohorts
            .iter()
            .map(|c| {
                view! {
                    <li>
                        <bdi>{c.name.clone()}</bdi>
                        " — "
                        {t.t_with("centre-cohort-learners", &[("count", (c.learners as u32).into())])}
                    </li>
                }
            })
            .collect_view();
        view! { <ul>{items}</ul> }.into_any()
    };
    let add = state.add_learner.clone();
    let import = state.import.clone();
    let import_invalid = !import.errors.is_empty();
    let cohort_form = state.add_cohort.clone();
    let title = t.t_with("centre-title", &[("centre", state.name.clone().into())]);
    view! {
        {page_title(t, &title)}
        <ErrorSummary errors=all_errors/>
        <h1>
            <bdi>{state.name.clone()}</bdi>
        </h1>
        {super::reports::report_links(&request, state.id)}
        {state
            .erased
            .then(|| view! { <p class="notice" role="status">{t.t("centre-notice-erased")}</p> })}
        {state
            .practice_saved
            .then(|| view! { <p class="notice" role="status">{t.t("centre-notice-practice-saved")}</p> })}
        <section aria-labelledby="learners-heading">
            <h2 id="learners-heading">{t.t("centre-learners-heading")}</h2>
            {learners_table}
        </section>
        <section aria-labelledby="add-learner-heading">
            <h2 id="add-learner-heading">{t.t("centre-add-learner-heading")}</h2>
            <form method="post" action=format!("{base}/learners") class="stacked" novalidate>
                <CsrfField/>
                <div class="field">
                    <label for="learner-cohort">{t.t("field-cohort")}</label>
                    {options_select(
                        t,
                        "learner-cohort",
                        &cohort_options,
                        &add.value("learner-cohort"),
                        Some("centre-no-cohort"),
                    )}
                </div>
                <NewPersonFields
                    ids=("learner-name", "learner-username", "learner-password")
                    form=add
                />
                <button type="submit">{t.t("centre-add-learner")}</button>
            </form>
        </section>
        <section aria-labelledby="import-heading">
            <h2 id="import-heading">{t.t("centre-import-heading")}</h2>
            <p>{t.t("centre-import-intro")}</p>
            // It scrolls at 320 px: reached by keyboard and named, like a table.
            <pre dir="ltr" lang="fr" class="example" tabindex="0" role="region" aria-labelledby="import-heading">
                "name,username,cohort,password\nFatima Ait Ali,fatima.a,Groupe A,\nيوسف بن علي,youssef.b,Groupe A,\n"
            </pre>
            <form
                method="post"
                action=format!("{base}/import")
                enctype="multipart/form-data"
                class="stacked"
            >
                <CsrfField/>
                <div class="field" class:field-invalid=import_invalid>
                    <label for="import-file">{t.t("centre-import-file")}</label>
                    <p class="hint" id="import-file-hint">
                        {t.t("centre-import-hint")}
                    </p>
                    {(!import.errors.is_empty())
                        .then(|| {
                            let items = import
                                .errors
                                .0
                                .iter()
                                .map(|e| view! { <li>{e.message.text(t)}</li> })
                                .collect_view();
                            view! {
                                <div class="field-error" id="import-file-error">
                                    <p>
                                        <span class="visually-hidden">{t.t("error-prefix")}</span>
                                        {t.t("centre-import-nothing-imported")}
                                    </p>
                                    <ul>{items}</ul>
                                </div>
                            }
                        })}
                    <input
                        type="file"
                        id="import-file"
                        name="import-file"
                        accept=".csv,text/csv"
                        aria-describedby=if import.errors.is_empty() {
                            "import-file-hint"
                        } else {
                            "import-file-hint import-file-error"
                        }
                        aria-invalid=(!import.errors.is_empty()).then_some("true")
                    />
                </div>
                <button type="submit">{t.t("centre-import")}</button>
            </form>
        </section>
        {practice_setting(&state, &base)}
        <section aria-labelledby="cohorts-heading">
            <h2 id="cohorts-heading">{t.t("centre-cohorts-heading")}</h2>
            {cohort_list}
            <form method="post" action=format!("{base}/cohorts") class="stacked" novalidate>
                <CsrfField/>
                <TextField
                    id="cohort-name"
                    label=t.t("field-cohort-name")
                    value=cohort_form.value("cohort-name")
                    errors=cohort_form.errors
                    autocomplete="off"
                />
                <button type="submit">{t.t("centre-add-cohort")}</button>
            </form>
        </section>
    }
}

/// Whether the centre keeps its learners' practice with the AI assistant; an admin may
/// change it here.
fn practice_setting(state: &CentreState, base: &str) -> impl IntoView {
    let request = use_request();
    let t = request.translator();
    let keep = state.keep_practice_transcripts;
    let is_admin = request
        .viewer()
        .is_some_and(|v| v.role == crate::viewer::Role::Admin);
    let form = is_admin.then(|| {
        view! {
            <form method="post" action=format!("{base}/practice-transcripts") class="stacked">
                <CsrfField/>
                <div class="choice">
                    <input
                        type="checkbox"
                        id="keep-transcripts"
                        name="keep"
                        value="yes"
                        checked=keep
                        aria-describedby="keep-transcripts-hint"
                    />
                    <label for="keep-transcripts">{t.t("centre-practice-keep")}</label>
                </div>
                <p class="hint" id="keep-transcripts-hint">{t.t("centre-practice-keep-hint")}</p>
                <button type="submit">{t.t("centre-practice-save")}</button>
            </form>
        }
    });
    view! {
        <section aria-labelledby="practice-heading">
            <h2 id="practice-heading">{t.t("centre-practice-heading")}</h2>
            <p>{if keep { t.t("centre-practice-kept") } else { t.t("centre-practice-not-kept") }}</p>
            {form}
        </section>
    }
}
