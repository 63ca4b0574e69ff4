//! A CV's summary (GOV.UK "check answers"): every part with a link to change it, what is
//! still missing, the ways out (print, PDF, JSON Resume), and its settings: title, look,
//! sharing with the centre, deletion.

use super::list::template_radios;
use super::{cv_href, field_label, language_name, notice_view, step_title, Notice};
use crate::components::forms::{CsrfField, ErrorSummary, TextField};
use crate::context::use_request;
use crate::cv::{Cv, CvHeader, Step};
use crate::forms::FormState;
use crate::i18n::Translator;
use crate::pages::page_title;
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct SummaryView {
    pub header: CvHeader,
    pub cv: Cv,
    /// The settings form, as posted again with mistakes.
    pub settings: FormState,
    pub notice: Option<Notice>,
}

/// What one step holds, in the CV's language, for the summary.
fn step_content(cv: &Cv, step: Step, t: Translator) -> AnyView {
    let none = || view! { <p class="meta">{t.t("cv-summary-empty")}</p> }.into_any();
    match step {
        Step::Contact => {
            let c = &cv.contact;
            let rows: Vec<(String, String)> = [
                ("name", &c.name),
                ("headline", &c.headline),
                ("email", &c.email),
                ("phone", &c.phone),
                ("city", &c.city),
            ]
            .into_iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(name, v)| (field_label(t, name), v.clone()))
            .collect();
            if rows.is_empty() {
                return none();
            }
            let rows = rows
                .into_iter()
                .map(|(label, value)| view! { <dt>{label}</dt> <dd>{value}</dd> })
                .collect_view();
            view! { <dl class="facts">{rows}</dl> }.into_any()
        }
        Step::Profile if cv.profile.is_empty() => none(),
        Step::Profile => view! { <p>{cv.profile.clone()}</p> }.into_any(),
        _ => {
            let Some(section) = step.section() else {
                return none();
            };
            if cv.count(section) == 0 {
                return none();
            }
            let items = (0..cv.count(section))
                .map(|i| view! { <li>{cv.entry_title(section, i)}</li> })
                .collect_view();
            view! { <ul>{items}</ul> }.into_any()
        }
    }
}

/// `GET /{lang}/cv/{id}`.
#[component]
pub fn CvSummaryPage(view_data: SummaryView) -> impl IntoView {
    let request = use_request();
    let t = request.translator();
    let SummaryView {
        header,
        cv,
        settings,
        notice,
    } = view_data;
    let (lang, dir) = (header.language.tag(), header.language.dir());
    let missing = cv.missing();
    let status = if missing.is_empty() {
        view! {
            <p class="notice">
                <strong>{t.t("cv-status-complete")}</strong>
                " "
                {t.t("cv-complete-explained")}
            </p>
        }
        .into_any()
    } else {
        let links = missing
            .iter()
            .map(|step| {
                view! {
                    <li>
                        <a href=cv_href(header.id, &format!("/{}", step.slug()))>{step_title(t, *step)}</a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="notice">
                <p>
                    <strong>{t.t("cv-status-draft")}</strong>
                    " "
                    {t.t("cv-missing-intro")}
                </p>
                <ul>{links}</ul>
            </div>
        }
        .into_any()
    };
    let steps = Step::ALL
        .into_iter()
        .map(|step| {
            let heading_id = format!("summary-{}", step.slug());
            view! {
                <section class="summary-step">
                    <h3 id=heading_id>{step_title(t, step)}</h3>
                    <div lang=lang dir=dir>{step_content(&cv, step, t)}</div>
                    <p>
                        <a href=cv_href(header.id, &format!("/{}", step.slug()))>
                            {t.t("cv-change")}
                            <span class="visually-hidden">": " {step_title(t, step)}</span>
                        </a>
                    </p>
                </section>
            }
        })
        .collect_view();
    let title_value = {
        let posted = settings.value("title");
        if posted.is_empty() && settings.errors.is_empty() {
            header.title.clone()
        } else {
            posted
        }
    };
    view! {
        {page_title(t, &header.title)}
        <ErrorSummary errors=settings.errors.clone()/>
        <p class="back-link">
            <a href=request.href("/cv")>{t.t("cv-back-to-list")}</a>
        </p>
        <h1>
            <span class="caption">{t.t_with("cv-caption-language", &[("language", language_name(t, header.language).into())])}</span>
            " "
            {header.title.clone()}
        </h1>
        {notice_view(t, notice)}
        {status}
        <h2>{t.t("cv-get-it")}</h2>
        <ul class="actions">
            <li>
                <a href=cv_href(header.id, "/print")>{t.t("cv-view-print")}</a>
            </li>
            <li>
                <a href=cv_href(header.id, "/cv.pdf") download="">{t.t("cv-download-pdf")}</a>
            </li>
            <li>
                <a href=cv_href(header.id, "/resume.json") download="">{t.t("cv-download-json")}</a>
            </li>
        </ul>
        <h2>{t.t("cv-summary-parts")}</h2>
        {steps}
        <h2 id="settings-heading">{t.t("cv-settings")}</h2>
        <form method="post" action=cv_href(header.id, "/settings") class="stacked" novalidate aria-labelledby="settings-heading">
            <CsrfField/>
            <TextField id="title" label=t.t("cv-field-title") value=title_value errors=settings.errors.clone() required=true/>
            {template_radios(header.template, t)}
            <div class="choice">
                <input type="checkbox" id="shared" name="shared" value="yes" checked=header.shared aria-describedby="shared-hint"/>
                <label for="shared">{t.t("cv-field-shared")}</label>
            </div>
            <p class="hint" id="shared-hint">{t.t("cv-hint-shared")}</p>
            <button type="submit">{t.t("cv-save-settings")}</button>
        </form>
        <h2>{t.t("cv-delete-title")}</h2>
        <p>
            <a href=cv_href(header.id, "/delete")>{t.t("cv-delete-link")}</a>
        </p>
    }
}

/// `GET /{lang}/cv/{id}/delete`: are you sure?
#[component]
pub fn CvDeletePage(header: CvHeader) -> impl IntoView {
    let t = use_request().translator();
    let title = t.t_with(
        "cv-delete-confirm",
        &[("title", header.title.clone().into())],
    );
    view! {
        {page_title(t, &title)}
        <h1>{title}</h1>
        <p>{t.t("cv-delete-explained")}</p>
        <form method="post" action=cv_href(header.id, "/delete") class="stacked" novalidate>
            <CsrfField/>
            <button type="submit" class="warning">{t.t("cv-delete-submit")}</button>
        </form>
        <p>
            <a href=cv_href(header.id, "")>{t.t("cv-cancel")}</a>
        </p>
    }
}
