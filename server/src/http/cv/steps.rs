//! The guided steps: the contact details and the profile as one form each, and the lists of
//! entries (added, changed, moved, removed), with what Tifawt knows offered to tick.

use super::{
    about, cv_path, own_cv, section_of, step_of, Done, EntryAction, EntryAddress, StepAddress,
};
use crate::cv::check;
use crate::cv::store;
use crate::http::extract::{CheckedForm, Lang, NoFields, SignedIn};
use crate::http::forms::see_other;
use crate::http::page::Page;
use crate::http::refusal::{Answer, Refusal};
use crate::http::AppState;
use crate::progress::{store as progress, summary};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use leptos::prelude::*;
use std::collections::HashMap;
use tifawt_app::catalog::Catalog;
use tifawt_app::cv::{
    Certificate, Contact, Control, Cv, CvHeader, CvLanguage, Education, Experience, ExperienceKind,
    Field, LanguageSkill, PartialDate, Section, Skill, Step, CONTACT_FIELDS, MAX_ENTRIES,
    PROFILE_FIELDS,
};
use tifawt_app::forms::{FormErrors, FormState, Message};
use tifawt_app::i18n::{Locale, Translator};
use tifawt_app::pages::cv::step::{CvStepPage, StepView};
use tifawt_app::pages::cv::Notice;
use tifawt_app::viewer::Viewer;

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
        CvLanguage::ZghLatn => Locale::ZghLatn,
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

/// What a step's page shows: the CV, the form (as stored, or `form` as posted), and what
/// Tifawt may suggest.
pub(super) async fn step_view(
    state: &AppState,
    viewer: &Viewer,
    id: i32,
    step: Step,
    editing: Option<usize>,
    form: Option<FormState>,
    notice: Option<Notice>,
) -> Answer<StepView> {
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
    Ok(StepView {
        header,
        cv,
        step,
        form,
        editing,
        notice,
        suggestions,
        wording: None,
    })
}

pub(super) fn page_of(view_data: StepView) -> Page {
    Page::new(move || view! { <CvStepPage view_data=view_data.clone()/> })
}

/// The step's page (or entry `editing`'s) again, with the form as posted and its mistakes.
async fn with_mistakes(
    state: &AppState,
    viewer: &Viewer,
    id: i32,
    step: Step,
    editing: Option<usize>,
    read: Read,
) -> Answer<Response> {
    let page =
        page_of(step_view(state, viewer, id, step, editing, Some(read.again()), None).await?);
    Ok(page
        .status(StatusCode::UNPROCESSABLE_ENTITY)
        .into_response())
}

/// `GET /{lang}/cv/{id}/{step}`.
pub async fn step(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(StepAddress { id, step }): Path<StepAddress>,
    Query(done): Query<Done>,
) -> Answer<Page> {
    let step = step_of(&step)?;
    Ok(page_of(
        step_view(&state, &viewer, id, step, None, None, done.notice()).await?,
    ))
}

/// `GET /{lang}/cv/{id}/{step}/{index}`: one entry, to change.
pub async fn entry(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(EntryAddress { id, step, index }): Path<EntryAddress>,
) -> Answer<Page> {
    let (step, _) = section_of(&step)?;
    Ok(page_of(
        step_view(&state, &viewer, id, step, Some(index), None, None).await?,
    ))
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
        return with_mistakes(&state, &viewer, id, step, None, read).await;
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
        return with_mistakes(&state, &viewer, id, step, Some(index), read).await;
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
