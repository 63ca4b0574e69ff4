//! The CV builder's pages (see `tifawt_app::pages::cv`): only the signed-in owner opens,
//! changes or downloads a CV; a facilitator of their centre reads one they share. Every answer
//! is `no-store` (the routes' layer): a CV is personal data on a shared computer.
//!
//! Here: the list of CVs, a new or imported CV, the summary with its settings, deletion;
//! [`steps`]: the guided steps and their entries; [`output`]: the CV to print, its PDF and
//! JSON Resume file, and a facilitator's view of a shared CV.

pub mod output;
pub mod steps;
pub mod wording;

use super::extract::{check_csrf, CheckedForm, Lang, NoFields, SignedIn};
use super::forms::see_other;
use super::page::Page;
use super::refusal::{Answer, Refusal};
use super::AppState;
use crate::cv::check;
use crate::cv::json_resume;
use crate::cv::store::{self, CreateError, NewCv};
use axum::extract::{Multipart, Path, Query, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use leptos::prelude::*;
use serde::Deserialize;
use tifawt_app::cv::{Cv, CvHeader, CvLanguage, Section, Step, Template};
use tifawt_app::forms::{FieldError, FormErrors, FormState, Message};
use tifawt_app::i18n::{Locale, Translator};
use tifawt_app::pages::cv::list::{CvList, CvListPage};
use tifawt_app::pages::cv::summary::{CvDeletePage, CvSummaryPage, SummaryView};
use tifawt_app::pages::cv::{field_label, Notice};
use tifawt_app::viewer::Viewer;

/// `?done=added`: what the page just did.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Done {
    done: String,
}

impl Done {
    fn notice(&self) -> Option<Notice> {
        Notice::parse(&self.done)
    }
}

#[derive(Deserialize)]
pub struct CvAddress {
    id: i32,
}

#[derive(Deserialize)]
pub struct StepAddress {
    id: i32,
    step: String,
}

#[derive(Deserialize)]
pub struct EntryAddress {
    id: i32,
    step: String,
    index: usize,
}

#[derive(Deserialize)]
pub struct EntryAction {
    id: i32,
    step: String,
    index: usize,
    action: String,
}

/// `/{lang}/cv/{id}{rest}`.
fn cv_path(locale: Locale, id: i32, rest: &str) -> String {
    format!("/{locale}/cv/{id}{rest}")
}

/// The viewer's own CV, or "not found" (someone else's is not theirs to know of).
async fn own_cv(state: &AppState, viewer: &Viewer, id: i32) -> Answer<(CvHeader, Cv)> {
    store::find_own(&state.db, viewer.user_id, id)
        .await?
        .ok_or(Refusal::NotFound)
}

/// A field's message, named with the field's label (each message starts with it, so the
/// error summary says which field it is about).
fn about(message: Message, t: Translator, field: &str) -> Message {
    message.with("field", field_label(t, field))
}

fn step_of(slug: &str) -> Answer<Step> {
    Step::from_slug(slug).ok_or(Refusal::NotFound)
}

fn section_of(slug: &str) -> Answer<(Step, Section)> {
    let step = step_of(slug)?;
    Ok((step, step.section().ok_or(Refusal::NotFound)?))
}

// The list, a new CV, an imported one.

async fn list_page(
    state: &AppState,
    viewer: &Viewer,
    change: impl FnOnce(&mut CvList),
) -> Answer<Page> {
    let mut list = CvList {
        cvs: store::list(&state.db, viewer.user_id).await?,
        ..CvList::default()
    };
    change(&mut list);
    Ok(Page::new(move || view! { <CvListPage list=list.clone()/> }))
}

/// `GET /{lang}/cv`.
pub async fn list(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Query(done): Query<Done>,
) -> Answer<Page> {
    list_page(&state, &viewer, |l| l.notice = done.notice()).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NewCvForm {
    title: String,
    language: String,
    template: String,
}

fn too_many(field: &'static str, t: Translator) -> FormErrors {
    let message = Message::new("cv-error-too-many-cvs").with("max", store::MAX_CVS);
    FormErrors(vec![FieldError {
        field: field.into(),
        message: about(message, t, field),
    }])
}

/// `POST /{lang}/cv`: a new, empty CV; then its first step.
pub async fn create(
    State(state): State<AppState>,
    Lang(locale): Lang,
    SignedIn(viewer): SignedIn,
    CheckedForm(form): CheckedForm<NewCvForm>,
) -> Answer<Response> {
    let t = Translator(locale);
    let mut errors = FormErrors::default();
    let title = check::required(&form.title).unwrap_or_else(|m| {
        errors.add("title", about(m, t, "title"));
        String::new()
    });
    let language = CvLanguage::from_tag(&form.language);
    if language.is_none() {
        errors.add(
            "language",
            about(Message::new("cv-error-language"), t, "cv-language"),
        );
    }
    if let (true, Some(language)) = (errors.is_empty(), language) {
        let new = NewCv {
            title,
            language,
            template: Template::parse(&form.template).unwrap_or_default(),
        };
        match store::create(&state.db, viewer.user_id, new, Cv::default(), Utc::now()).await {
            Ok(id) => return Ok(see_other(&cv_path(locale, id, "/contact"))),
            Err(CreateError::TooMany) => errors = too_many("title", t),
            Err(CreateError::Db(e)) => return Err(e.into()),
        }
    }
    let new_cv = FormState {
        values: vec![
            ("title", form.title),
            ("language", form.language),
            ("template", form.template),
        ],
        errors,
    };
    let page = list_page(&state, &viewer, |l| l.new_cv = new_cv).await?;
    Ok(page
        .status(StatusCode::UNPROCESSABLE_ENTITY)
        .into_response())
}

/// The fields of the import form, read from its multipart body.
#[derive(Default)]
struct ImportForm {
    token: String,
    file: Option<Vec<u8>>,
    too_large: bool,
    title: String,
    language: String,
}

async fn read_import(mut multipart: Multipart) -> ImportForm {
    let mut form = ImportForm::default();
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => return form,
            Err(error) => {
                form.too_large = error.status() == StatusCode::PAYLOAD_TOO_LARGE;
                return form;
            }
        };
        let name = field.name().unwrap_or_default().to_string();
        if name == "file" {
            match field.bytes().await {
                Ok(bytes) if !bytes.is_empty() => form.file = Some(bytes.to_vec()),
                Ok(_) => {}
                Err(error) => {
                    form.too_large = error.status() == StatusCode::PAYLOAD_TOO_LARGE;
                    return form;
                }
            }
            continue;
        }
        let text = field.text().await.unwrap_or_default();
        match name.as_str() {
            "csrf_token" => form.token = text,
            "import-title" => form.title = text,
            "import-language" => form.language = text,
            _ => {}
        }
    }
}

/// `POST /{lang}/cv/import`: a CV from a JSON Resume file, every mistake in it listed.
pub async fn import(
    State(state): State<AppState>,
    Lang(locale): Lang,
    SignedIn(viewer): SignedIn,
    parts: Parts,
    multipart: Multipart,
) -> Answer<Response> {
    let form = read_import(multipart).await;
    check_csrf(&parts, &form.token)?;
    let t = Translator(locale);
    let mut errors = FormErrors::default();
    let language = CvLanguage::from_tag(&form.language);
    if language.is_none() {
        let message = about(Message::new("cv-error-language"), t, "cv-language");
        errors.add("import-language", message);
    }
    let content = match (&form.file, form.too_large) {
        (_, true) => {
            let message =
                Message::new("cv-import-too-big").with("max", json_resume::MAX_BYTES / 1024);
            errors.add("file", about(message, t, "file"));
            None
        }
        (None, false) => {
            errors.add("file", about(Message::new("cv-import-no-file"), t, "file"));
            None
        }
        (Some(bytes), false) => match json_resume::import(bytes) {
            Ok(cv) => Some(cv),
            Err(problems) => {
                // Each mistake named by its place in the file (`work[2].startDate`).
                for problem in problems {
                    let message = if problem.path.is_empty() {
                        about(problem.message, t, "file")
                    } else {
                        problem.message.with("field", &problem.path)
                    };
                    errors.add("file", message);
                }
                None
            }
        },
    };
    let title = check::line(&form.title).unwrap_or_default();
    if let (Some(content), Some(language), true) = (content, language, errors.is_empty()) {
        let title = if title.is_empty() {
            content.contact.name.clone()
        } else {
            title
        };
        let title = if title.is_empty() {
            "CV".to_string()
        } else {
            title
        };
        let new = NewCv {
            title,
            language,
            template: Template::default(),
        };
        match store::create(&state.db, viewer.user_id, new, content, Utc::now()).await {
            Ok(id) => return Ok(see_other(&cv_path(locale, id, "?done=imported"))),
            Err(CreateError::TooMany) => errors = too_many("file", t),
            Err(CreateError::Db(e)) => return Err(e.into()),
        }
    }
    let import = FormState {
        values: vec![
            ("import-title", form.title),
            ("import-language", form.language),
        ],
        errors,
    };
    let page = list_page(&state, &viewer, |l| l.import = import).await?;
    let status = if form.too_large {
        StatusCode::PAYLOAD_TOO_LARGE
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    Ok(page.status(status).into_response())
}

// The summary, its settings, deletion.

async fn summary_page(
    state: &AppState,
    viewer: &Viewer,
    id: i32,
    settings: FormState,
    notice: Option<Notice>,
) -> Answer<Page> {
    let (header, cv) = own_cv(state, viewer, id).await?;
    let view_data = SummaryView {
        header,
        cv,
        settings,
        notice,
    };
    Ok(Page::new(
        move || view! { <CvSummaryPage view_data=view_data.clone()/> },
    ))
}

/// `GET /{lang}/cv/{id}`.
pub async fn show(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(CvAddress { id }): Path<CvAddress>,
    Query(done): Query<Done>,
) -> Answer<Page> {
    summary_page(&state, &viewer, id, FormState::default(), done.notice()).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SettingsForm {
    title: String,
    template: String,
    /// A checkbox: present when ticked.
    shared: Option<String>,
}

/// `POST /{lang}/cv/{id}/settings`: title, look, and sharing with the centre.
pub async fn settings(
    State(state): State<AppState>,
    Lang(locale): Lang,
    SignedIn(viewer): SignedIn,
    Path(CvAddress { id }): Path<CvAddress>,
    CheckedForm(form): CheckedForm<SettingsForm>,
) -> Answer<Response> {
    let title = match check::required(&form.title) {
        Ok(title) => title,
        Err(message) => {
            let mut errors = FormErrors::default();
            errors.add("title", about(message, Translator(locale), "title"));
            let settings = FormState {
                values: vec![("title", form.title)],
                errors,
            };
            let page = summary_page(&state, &viewer, id, settings, None).await?;
            return Ok(page
                .status(StatusCode::UNPROCESSABLE_ENTITY)
                .into_response());
        }
    };
    let template = Template::parse(&form.template);
    let shared = form.shared.is_some();
    store::save(
        &state.db,
        viewer.user_id,
        id,
        None,
        Utc::now(),
        |_, settings| {
            settings.title = Some(title);
            settings.template = template;
            settings.shared = Some(shared);
        },
    )
    .await?
    .ok_or(Refusal::NotFound)?;
    Ok(see_other(&cv_path(locale, id, "?done=saved")))
}

/// `GET /{lang}/cv/{id}/delete`.
pub async fn confirm_delete(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(CvAddress { id }): Path<CvAddress>,
) -> Answer<Page> {
    let (header, _) = own_cv(&state, &viewer, id).await?;
    Ok(Page::new(
        move || view! { <CvDeletePage header=header.clone()/> },
    ))
}

/// `POST /{lang}/cv/{id}/delete`.
pub async fn delete(
    State(state): State<AppState>,
    Lang(locale): Lang,
    SignedIn(viewer): SignedIn,
    Path(CvAddress { id }): Path<CvAddress>,
    CheckedForm(NoFields {}): CheckedForm<NoFields>,
) -> Answer<Response> {
    if !store::delete(&state.db, viewer.user_id, id).await? {
        return Err(Refusal::NotFound);
    }
    Ok(see_other(&format!("/{locale}/cv?done=deleted")))
}
