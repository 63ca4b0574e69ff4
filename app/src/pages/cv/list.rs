//! "My CVs": a learner's CVs, a form to start one, and a form to bring one from a JSON
//! Resume file.

use super::{cv_href, language_name, notice_view, step_title, Notice};
use crate::components::forms::{CsrfField, ErrorSummary, TextField};
use crate::context::use_request;
use crate::cv::{CvHeader, CvLanguage, Template};
use crate::forms::{FormErrors, FormState};
use crate::i18n::Translator;
use crate::pages::page_title;
use leptos::prelude::*;

#[derive(Clone, Debug, Default)]
pub struct CvList {
    pub cvs: Vec<CvHeader>,
    /// The "new CV" form, posted again with mistakes.
    pub new_cv: FormState,
    /// The import form, posted again with mistakes (each naming its place in the file).
    pub import: FormState,
    pub notice: Option<Notice>,
}

/// One radio button: its value, its label, and the label's own language and direction when
/// it is not the page's.
type Radio = (&'static str, String, Option<(&'static str, &'static str)>);

/// One group of radio buttons with a legend.
fn radios(
    name: &'static str,
    legend: String,
    options: Vec<Radio>,
    current: &str,
    errors: &FormErrors,
    t: Translator,
) -> impl IntoView {
    let error = errors.for_field(name).map(|m| m.text(t));
    let error_id = format!("{name}-error");
    let described_by = error.as_ref().map(|_| error_id.clone());
    let items = options
        .into_iter()
        .map(|(value, label, lang)| {
            let id = format!("{name}-{value}");
            let (lang, dir) = lang.unzip();
            view! {
                <div class="choice" class:own-name=lang.is_some()>
                    <input type="radio" id=id.clone() name=name value=value checked=value == current/>
                    <label for=id lang=lang dir=dir>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset id=name aria-describedby=described_by>
            <legend>{legend}</legend>
            {error
                .map(|error| {
                    view! {
                        <p class="field-error" id=error_id.clone()>
                            <span class="visually-hidden">{t.t("error-prefix")}</span>
                            {error}
                        </p>
                    }
                })}
            {items}
        </fieldset>
    }
}

/// The language choice of a new or imported CV, each language named in itself.
pub(super) fn language_radios(
    name: &'static str,
    form: &FormState,
    t: Translator,
) -> impl IntoView {
    let current = form.value(name);
    let current = if current.is_empty() {
        use_request().locale.tag().to_string()
    } else {
        current
    };
    let options = CvLanguage::ALL
        .into_iter()
        .map(|l| (l.tag(), l.own_name().to_string(), Some((l.tag(), l.dir()))))
        .collect();
    radios(
        name,
        t.t("cv-field-cv-language"),
        options,
        &current,
        &form.errors,
        t,
    )
}

pub(super) fn template_radios(current: Template, t: Translator) -> impl IntoView {
    let options = Template::ALL
        .into_iter()
        .map(|template| {
            let label = match template {
                Template::Plain => t.t("cv-template-plain"),
                Template::Classic => t.t("cv-template-classic"),
            };
            (template.as_str(), label, None)
        })
        .collect();
    radios(
        "template",
        t.t("cv-field-template"),
        options,
        current.as_str(),
        &FormErrors::default(),
        t,
    )
}

fn cv_item(cv: CvHeader, t: Translator) -> impl IntoView {
    let status = if cv.complete {
        t.t("cv-status-complete")
    } else {
        t.t("cv-status-draft")
    };
    let (continue_to, continue_label) = match cv.step {
        Some(step) => (
            cv_href(cv.id, &format!("/{}", step.slug())),
            t.t_with("cv-continue-step", &[("step", step_title(t, step).into())]),
        ),
        None => (cv_href(cv.id, "/contact"), t.t("cv-start-writing")),
    };
    let heading_id = format!("cv-{}", cv.id);
    view! {
        <li class="card">
            <h3 id=heading_id>
                <a href=cv_href(cv.id, "")>{cv.title.clone()}</a>
            </h3>
            <dl class="facts">
                <dt>{t.t("cv-field-cv-language")}</dt>
                <dd>{language_name(t, cv.language)}</dd>
                <dt>{t.t("cv-status")}</dt>
                <dd>{status}</dd>
                <dt>{t.t("cv-updated")}</dt>
                <dd>
                    <time datetime=cv.updated.clone()>{cv.updated.clone()}</time>
                </dd>
                <dt>{t.t("cv-shared")}</dt>
                <dd>{if cv.shared { t.t("cv-shared-yes") } else { t.t("cv-shared-no") }}</dd>
            </dl>
            <ul class="actions">
                <li>
                    <a href=continue_to>{continue_label}</a>
                </li>
                <li>
                    <a href=cv_href(cv.id, "/print")>{t.t("cv-view-print")}</a>
                </li>
                <li>
                    <a href=cv_href(cv.id, "/cv.pdf") download="">
                        {t.t("cv-download-pdf")}
                    </a>
                </li>
            </ul>
        </li>
    }
}

/// `GET /{lang}/cv`.
#[component]
pub fn CvListPage(list: CvList) -> impl IntoView {
    let request = use_request();
    let t = request.translator();
    let CvList {
        cvs,
        new_cv,
        import,
        notice,
    } = list;
    let mut errors = new_cv.errors.clone();
    errors.0.extend(import.errors.0.iter().cloned());
    let items = if cvs.is_empty() {
        view! { <p>{t.t("cv-none-yet")}</p> }.into_any()
    } else {
        let items = cvs.into_iter().map(|cv| cv_item(cv, t)).collect_view();
        view! { <ul class="cards">{items}</ul> }.into_any()
    };
    view! {
        {page_title(t, &t.t("cv-list-title"))}
        <ErrorSummary errors=errors/>
        <h1>{t.t("cv-list-title")}</h1>
        {notice_view(t, notice)}
        <p class="lead">{t.t("cv-list-intro")}</p>
        <p>{t.t("cv-privacy")}</p>
        <h2>{t.t("cv-list-yours")}</h2>
        {items}
        <h2 id="new-cv-heading">{t.t("cv-new-title")}</h2>
        <form method="post" action=request.href("/cv") class="stacked" novalidate aria-labelledby="new-cv-heading">
            <CsrfField/>
            <TextField
                id="title"
                label=t.t("cv-field-title")
                hint=t.t("cv-hint-title")
                value=new_cv.value("title")
                errors=new_cv.errors.clone()
                required=true
            />
            {language_radios("language", &new_cv, t)}
            {template_radios(
                Template::parse(&new_cv.value("template")).unwrap_or_default(),
                t,
            )}
            <button type="submit">{t.t("cv-new-submit")}</button>
        </form>
        <h2 id="import-heading">{t.t("cv-import-title")}</h2>
        <p>{t.t("cv-import-intro")}</p>
        <form
            method="post"
            action=request.href("/cv/import")
            enctype="multipart/form-data"
            class="stacked" novalidate
            aria-labelledby="import-heading"
        >
            <CsrfField/>
            <TextField
                id="file"
                label=t.t("cv-field-file")
                input_type="file"
                errors=import.errors.clone()
            />
            <TextField
                id="import-title"
                label=t.t("cv-field-title")
                value=import.value("import-title")
                errors=import.errors.clone()
            />
            {language_radios("import-language", &import, t)}
            <button type="submit">{t.t("cv-import-submit")}</button>
        </form>
    }
}
