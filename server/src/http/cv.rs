//! The CV builder's pages (see `tifawt_app::pages::cv`): only the signed-in owner opens,
//! changes or downloads a CV; a facilitator of their centre reads one they share. Every answer
//! is `no-store` (the routes' layer): a CV is personal data on a shared computer.

use super::extract::{check_csrf, CheckedForm, Lang, ManagedLearner, NoFields, SignedIn};
use super::forms::{attachment, see_other};
use super::page::Page;
use super::refusal::{Answer, Refusal};
use super::AppState;
use crate::cv::json_resume;
use crate::cv::store::{self, CreateError, NewCv};
use crate::cv::{check, pdf};
use crate::progress::{store as progress, summary};
use axum::extract::{Multipart, Path, Query, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use leptos::prelude::*;
use serde::Deserialize;
use std::collections::HashMap;
use tifawt_app::catalog::Catalog;
use tifawt_app::cv::{
    Certificate, Contact, Control, Cv, CvHeader, CvLanguage, Education, Experience, ExperienceKind,
    Field, LanguageSkill, PartialDate, Section, Skill, Step, Template, CONTACT_FIELDS, MAX_ENTRIES,
    PROFILE_FIELDS,
};
use tifawt_app::forms::{FieldError, FormErrors, FormState, Message};
use tifawt_app::i18n::{Locale, Translator};
use tifawt_app::pages::cv::document::{CvDocumentPage, Reader};
use tifawt_app::pages::cv::list::{CvList, CvListPage};
use tifawt_app::pages::cv::step::{CvStepPage, StepView};
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

// ---------------------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------------------
// The steps.

/// What Tifawt knows and the learner may add to a step, in the CV's language: the
/// competences of the courses they completed, and those courses' certificates. English
/// CVs get none: the courses are not written in English.
async fn suggestions(
    state: &AppState,
    viewer: &Viewer,
    cv: &Cv,
    header: &CvHeader,
    step: Step,
) -> Answer<Vec<Suggestion>> {
    let locale = match header.language {
        CvLanguage::Ar => Locale::Ar,
        CvLanguage::Fr => Locale::Fr,
        CvLanguage::Zgh => Locale::Zgh,
        CvLanguage::En => return Ok(Vec::new()),
    };
    if !matches!(step, Step::Skills | Step::Certificates) {
        return Ok(Vec::new());
    }
    let rows = progress::of_learner(&state.db, viewer.user_id).await?;
    let catalog: std::sync::Arc<Catalog> = state.site.catalog.current();
    let mut found = Vec::new();
    for course in &catalog.courses {
        let Some(done) = summary::completed_on(&catalog, &course.id, &rows) else {
            continue;
        };
        match step {
            Step::Skills => {
                if let Some(list) = course.competences.get(locale) {
                    for competence in list {
                        if !cv.skills.iter().any(|s| s.name == *competence) {
                            found.push(Suggestion::Skill(competence.clone()));
                        }
                    }
                }
            }
            _ => {
                if let Some(title) = course.title.get(locale) {
                    if !cv.certificates.iter().any(|c| c.name == *title) {
                        found.push(Suggestion::Certificate(Certificate {
                            name: title.clone(),
                            issuer: "Tifawt".to_string(),
                            date: PartialDate::parse(&done.format("%Y-%m").to_string()),
                        }));
                    }
                }
            }
        }
    }
    Ok(found)
}

/// Something the learner may tick to add.
#[derive(Clone, Debug)]
enum Suggestion {
    Skill(String),
    Certificate(Certificate),
}

impl Suggestion {
    /// What the form posts back: the competence, or the course's title; checked against what
    /// is offered when it comes back, so it stays right if the CV changed in between.
    fn key(&self) -> &str {
        match self {
            Suggestion::Skill(name) => name,
            Suggestion::Certificate(c) => &c.name,
        }
    }

    fn label(&self) -> String {
        match self {
            Suggestion::Skill(name) => name.clone(),
            Suggestion::Certificate(c) => match c.date {
                Some(date) => format!("{} ({}, {date})", c.name, c.issuer),
                None => format!("{} ({})", c.name, c.issuer),
            },
        }
    }
}

async fn step_page(
    state: &AppState,
    viewer: &Viewer,
    id: i32,
    step: Step,
    editing: Option<usize>,
    form: Option<FormState>,
    notice: Option<Notice>,
) -> Answer<Page> {
    let (header, cv) = own_cv(state, viewer, id).await?;
    let form = match (form, step.section(), editing) {
        (Some(form), _, _) => form,
        (None, None, _) => FormState {
            values: cv.step_values(step),
            ..FormState::default()
        },
        (None, Some(section), Some(index)) => FormState {
            values: cv.entry_values(section, index).ok_or(Refusal::NotFound)?,
            ..FormState::default()
        },
        (None, Some(_), None) => FormState::default(),
    };
    let suggestions = suggestions(state, viewer, &cv, &header, step)
        .await?
        .iter()
        .map(|s| (s.key().to_string(), s.label()))
        .collect();
    let view_data = StepView {
        header,
        cv,
        step,
        form,
        editing,
        notice,
        suggestions,
    };
    Ok(Page::new(
        move || view! { <CvStepPage view_data=view_data.clone()/> },
    ))
}

/// `GET /{lang}/cv/{id}/{step}`.
pub async fn step(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(StepAddress { id, step }): Path<StepAddress>,
    Query(done): Query<Done>,
) -> Answer<Page> {
    let step = step_of(&step)?;
    step_page(&state, &viewer, id, step, None, None, done.notice()).await
}

/// `GET /{lang}/cv/{id}/{step}/{index}`: one entry, to change.
pub async fn entry(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(EntryAddress { id, step, index }): Path<EntryAddress>,
) -> Answer<Page> {
    let (step, _) = section_of(&step)?;
    step_page(&state, &viewer, id, step, Some(index), None, None).await
}

/// A form's fields read and checked against their [`Field`]s: what was typed (to show again)
/// and every mistake, else the values.
struct Read {
    typed: Vec<(&'static str, String)>,
    errors: FormErrors,
    texts: HashMap<&'static str, String>,
    dates: HashMap<&'static str, Option<PartialDate>>,
}

impl Read {
    fn new(fields: &[Field], form: &HashMap<String, String>, t: Translator) -> Read {
        let mut read = Read {
            typed: Vec::new(),
            errors: FormErrors::default(),
            texts: HashMap::new(),
            dates: HashMap::new(),
        };
        for field in fields {
            let raw = form.get(field.name).cloned().unwrap_or_default();
            let checked = match field.control {
                Control::Line if field.required => check::required(&raw),
                Control::Line => check::line(&raw),
                Control::Paragraph => check::paragraph(&raw),
                Control::Email => check::email(&raw),
                Control::Phone => check::phone(&raw),
                Control::Kind => ExperienceKind::parse(&raw)
                    .map(|k| k.as_str().to_string())
                    .ok_or_else(|| Message::new("cv-error-required")),
                Control::Level => check::level(&raw).map(|l| l.as_str().to_string()),
                Control::Date => check::date(&raw).map(|date| {
                    read.dates.insert(field.name, date);
                    String::new()
                }),
            };
            match checked {
                Ok(value) => {
                    read.texts.insert(field.name, value);
                }
                Err(message) => read.errors.add(field.name, about(message, t, field.name)),
            }
            read.typed.push((field.name, raw));
        }
        if read.dates.contains_key("start") && read.dates.contains_key("end") {
            if let Err(message) = check::period(read.date("start"), read.date("end")) {
                read.errors.add("end", about(message, t, "end"));
            }
        }
        read
    }

    fn text(&self, name: &str) -> String {
        self.texts.get(name).cloned().unwrap_or_default()
    }

    fn date(&self, name: &str) -> Option<PartialDate> {
        self.dates.get(name).copied().flatten()
    }

    /// The form again with its mistakes.
    fn again(self) -> FormState {
        FormState {
            values: self.typed,
            errors: self.errors,
        }
    }
}

/// The entry of `section` the form describes.
fn put_entry(cv: &mut Cv, section: Section, index: Option<usize>, read: &Read) {
    fn put<T>(list: &mut Vec<T>, index: Option<usize>, entry: T) {
        match index {
            Some(i) if i < list.len() => list[i] = entry,
            _ => list.push(entry),
        }
    }
    match section {
        Section::Education => put(
            &mut cv.education,
            index,
            Education {
                institution: read.text("institution"),
                study: read.text("study"),
                start: read.date("start"),
                end: read.date("end"),
                details: read.text("details"),
            },
        ),
        Section::Experience => put(
            &mut cv.experience,
            index,
            Experience {
                kind: ExperienceKind::parse(&read.text("kind")).unwrap_or_default(),
                role: read.text("role"),
                organisation: read.text("organisation"),
                start: read.date("start"),
                end: read.date("end"),
                description: read.text("description"),
            },
        ),
        Section::Skills => put(
            &mut cv.skills,
            index,
            Skill {
                name: read.text("skill"),
            },
        ),
        Section::Languages => put(
            &mut cv.languages,
            index,
            LanguageSkill {
                language: read.text("language"),
                level: tifawt_app::cv::Cefr::parse(&read.text("level")).unwrap_or_default(),
            },
        ),
        Section::Certificates => put(
            &mut cv.certificates,
            index,
            Certificate {
                name: read.text("certificate"),
                issuer: read.text("issuer"),
                date: read.date("date"),
            },
        ),
    }
}

/// `POST /{lang}/cv/{id}/{step}`: the contact details or the profile (then the next step),
/// or a new entry of a list step (then the step again).
pub async fn save_step(
    State(state): State<AppState>,
    Lang(locale): Lang,
    SignedIn(viewer): SignedIn,
    Path(StepAddress { id, step }): Path<StepAddress>,
    CheckedForm(form): CheckedForm<HashMap<String, String>>,
) -> Answer<Response> {
    let step = step_of(&step)?;
    let fields: &[Field] = match (step, step.section()) {
        (_, Some(section)) => section.fields(),
        (Step::Contact, None) => &CONTACT_FIELDS,
        _ => &PROFILE_FIELDS,
    };
    let t = Translator(locale);
    let mut read = Read::new(fields, &form, t);
    if let Some(section) = step.section() {
        let (_, cv) = own_cv(&state, &viewer, id).await?;
        if cv.count(section) >= MAX_ENTRIES {
            let message = Message::new("cv-error-too-many").with("max", MAX_ENTRIES);
            read.errors
                .add(fields[0].name, about(message, t, fields[0].name));
        }
    }
    if !read.errors.is_empty() {
        let page = step_page(&state, &viewer, id, step, None, Some(read.again()), None).await?;
        return Ok(page
            .status(StatusCode::UNPROCESSABLE_ENTITY)
            .into_response());
    }
    store::save(
        &state.db,
        viewer.user_id,
        id,
        Some(step),
        Utc::now(),
        |cv, _| match step.section() {
            Some(section) => put_entry(cv, section, None, &read),
            None if step == Step::Contact => {
                cv.contact = Contact {
                    name: read.text("name"),
                    headline: read.text("headline"),
                    email: read.text("email"),
                    phone: read.text("phone"),
                    city: read.text("city"),
                }
            }
            None => cv.profile = read.text("profile"),
        },
    )
    .await?
    .ok_or(Refusal::NotFound)?;
    let next = match (step.section(), step.next()) {
        (Some(_), _) => format!("/{}?done=added#entries", step.slug()),
        (None, Some(next)) => format!("/{}?done=saved", next.slug()),
        (None, None) => "?done=saved".to_string(),
    };
    Ok(see_other(&cv_path(locale, id, &next)))
}

/// `POST /{lang}/cv/{id}/{step}/{index}`: a changed entry.
pub async fn save_entry(
    State(state): State<AppState>,
    Lang(locale): Lang,
    SignedIn(viewer): SignedIn,
    Path(EntryAddress { id, step, index }): Path<EntryAddress>,
    CheckedForm(form): CheckedForm<HashMap<String, String>>,
) -> Answer<Response> {
    let (step, section) = section_of(&step)?;
    let read = Read::new(section.fields(), &form, Translator(locale));
    if !read.errors.is_empty() {
        let page = step_page(
            &state,
            &viewer,
            id,
            step,
            Some(index),
            Some(read.again()),
            None,
        )
        .await?;
        return Ok(page
            .status(StatusCode::UNPROCESSABLE_ENTITY)
            .into_response());
    }
    let mut found = false;
    store::save(
        &state.db,
        viewer.user_id,
        id,
        Some(step),
        Utc::now(),
        |cv, _| {
            found = index < cv.count(section);
            if found {
                put_entry(cv, section, Some(index), &read);
            }
        },
    )
    .await?
    .ok_or(Refusal::NotFound)?;
    if !found {
        return Err(Refusal::NotFound);
    }
    let back = format!("/{}?done=changed#entries", step.slug());
    Ok(see_other(&cv_path(locale, id, &back)))
}

/// `POST /{lang}/cv/{id}/{step}/{index}/{up|down|remove}`.
pub async fn entry_action(
    State(state): State<AppState>,
    Lang(locale): Lang,
    SignedIn(viewer): SignedIn,
    Path(EntryAction {
        id,
        step,
        index,
        action,
    }): Path<EntryAction>,
    CheckedForm(NoFields {}): CheckedForm<NoFields>,
) -> Answer<Response> {
    let (step, section) = section_of(&step)?;
    let notice = match action.as_str() {
        "up" | "down" => Notice::Moved,
        "remove" => Notice::Removed,
        _ => return Err(Refusal::NotFound),
    };
    store::save(
        &state.db,
        viewer.user_id,
        id,
        Some(step),
        Utc::now(),
        |cv, _| {
            match notice {
                Notice::Removed => cv.remove_entry(section, index),
                _ => cv.move_entry(section, index, action == "up"),
            };
        },
    )
    .await?
    .ok_or(Refusal::NotFound)?;
    let back = format!("/{}?done={}#entries", step.slug(), notice.as_str());
    Ok(see_other(&cv_path(locale, id, &back)))
}

/// `POST /{lang}/cv/{id}/{step}/suggestions`: the ticked suggestions, added.
pub async fn add_suggestions(
    State(state): State<AppState>,
    Lang(locale): Lang,
    SignedIn(viewer): SignedIn,
    Path(StepAddress { id, step }): Path<StepAddress>,
    CheckedForm(form): CheckedForm<Vec<(String, String)>>,
) -> Answer<Response> {
    let step = step_of(&step)?;
    let (header, cv) = own_cv(&state, &viewer, id).await?;
    let offered = suggestions(&state, &viewer, &cv, &header, step).await?;
    let picked: Vec<Suggestion> = form
        .iter()
        .filter(|(name, _)| name == "pick")
        .filter_map(|(_, value)| offered.iter().find(|s| s.key() == value).cloned())
        .collect();
    store::save(
        &state.db,
        viewer.user_id,
        id,
        Some(step),
        Utc::now(),
        |cv, _| {
            for suggestion in picked {
                match suggestion {
                    Suggestion::Skill(name) if cv.skills.len() < MAX_ENTRIES => {
                        cv.skills.push(Skill { name })
                    }
                    Suggestion::Certificate(c) if cv.certificates.len() < MAX_ENTRIES => {
                        cv.certificates.push(c)
                    }
                    _ => {}
                }
            }
        },
    )
    .await?
    .ok_or(Refusal::NotFound)?;
    let back = format!("/{}?done=added#entries", step.slug());
    Ok(see_other(&cv_path(locale, id, &back)))
}

// ---------------------------------------------------------------------------------------
// The CV out: the page to print, the PDF, the JSON Resume file; and the facilitator's view.

/// `GET /{lang}/cv/{id}/print`.
pub async fn print(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(CvAddress { id }): Path<CvAddress>,
) -> Answer<Page> {
    let (header, cv) = own_cv(&state, &viewer, id).await?;
    Ok(Page::new(move || {
        view! { <CvDocumentPage header=header.clone() cv=cv.clone() reader=Reader::Owner/> }
    }))
}

/// A file name from the CV's name or title: letters and digits of any script, `-` between.
fn file_name(header: &CvHeader, cv: &Cv, extension: &str) -> (String, String) {
    let source = if cv.contact.name.is_empty() {
        &header.title
    } else {
        &cv.contact.name
    };
    let words: Vec<String> = source
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    let name = format!("CV-{}.{extension}", words.join("-"));
    (format!("CV-{}.{extension}", header.id), name)
}

fn download(content_type: &'static str, names: (String, String), body: Vec<u8>) -> Response {
    let mut response = (
        [(CONTENT_TYPE, HeaderValue::from_static(content_type))],
        body,
    )
        .into_response();
    if let Ok(value) = HeaderValue::from_str(&attachment(&names.0, &names.1)) {
        response.headers_mut().insert(CONTENT_DISPOSITION, value);
    }
    response
}

/// `GET /{lang}/cv/{id}/cv.pdf`: made on the server, so any computer can print it.
pub async fn pdf(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(CvAddress { id }): Path<CvAddress>,
) -> Answer<Response> {
    let (header, cv) = own_cv(&state, &viewer, id).await?;
    let names = file_name(&header, &cv, "pdf");
    let (language, template, title) = (header.language, header.template, header.title.clone());
    // Typesetting takes CPU for tens of milliseconds: off the threads serving pages.
    let made =
        tokio::task::spawn_blocking(move || pdf::render_pdf(&cv, language, template, &title))
            .await
            .map_err(|e| Refusal::from(anyhow::anyhow!("PDF task: {e}")))?;
    match made {
        Ok(bytes) => Ok(download("application/pdf", names, bytes)),
        Err(error) => {
            tracing::error!(%error, cv = id, "cannot make a CV's PDF");
            Err(Refusal::Unavailable)
        }
    }
}

/// `GET /{lang}/cv/{id}/resume.json`: JSON Resume 1.0.0.
pub async fn json(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(CvAddress { id }): Path<CvAddress>,
) -> Answer<Response> {
    let (header, cv) = own_cv(&state, &viewer, id).await?;
    let file = json_resume::export(&cv, header.language.words(), header.language.tag());
    let body = serde_json::to_vec_pretty(&file).unwrap_or_default();
    Ok(download(
        "application/json; charset=utf-8",
        file_name(&header, &cv, "json"),
        body,
    ))
}

/// `GET /{lang}/centres/{centre}/learners/{user}/cvs/{cv}`: a CV its learner shares with
/// the centre; any other is not found.
pub async fn shared(
    State(state): State<AppState>,
    Lang(locale): Lang,
    ManagedLearner {
        centre, learner, ..
    }: ManagedLearner,
    Path(params): Path<HashMap<String, String>>,
) -> Answer<Page> {
    let id: i32 = params
        .get("cv")
        .and_then(|v| v.parse().ok())
        .ok_or(Refusal::NotFound)?;
    let (header, cv) = store::find_shared(&state.db, learner.id, id)
        .await?
        .ok_or(Refusal::NotFound)?;
    let reader = Reader::Facilitator {
        learner_name: learner.display_name.clone(),
        back: format!("/{locale}/centres/{}/learners/{}", centre.id, learner.id),
    };
    Ok(Page::new(move || {
        view! { <CvDocumentPage header=header.clone() cv=cv.clone() reader=reader.clone()/> }
    }))
}
