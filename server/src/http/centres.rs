//! `/{lang}/centres/{id}`: a centre's learners and cohorts, for its facilitators and admins.
//! Anyone else gets the not-found page, whether or not the centre exists.

use super::extract::{check_csrf, CheckedForm, Lang, ManagedCentre, ManagedLearner, NoFields};
use super::forms::see_other;
use super::page::Page;
use super::refusal::Answer;
use super::AppState;
use crate::accounts::import::{self, ImportError};
use crate::accounts::{self, name_error_message, store, Name, PersonError, PersonFields};
use crate::audit::Actor;
use crate::db::entities::centre;
use axum::extract::{Multipart, Query, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use sea_orm::TransactionTrait;
use serde::Deserialize;
use tifawt_app::accounts::SignInCard;
use tifawt_app::forms::{FieldError, FormErrors, FormState, Message};
use tifawt_app::i18n::Locale;
use tifawt_app::pages::cards::{CardsPage, CardsState};
use tifawt_app::pages::centre::{CentrePage, CentreState, CohortRow, LearnerRow};
use tifawt_app::viewer::Role;

/// Everything the centre page lists.
async fn load(state: &AppState, centre: &centre::Model) -> Result<CentreState, sea_orm::DbErr> {
    let cohorts = store::cohorts_of(&state.db, centre.id).await?;
    let per_cohort = store::count_users_by(&state.db, Role::Learner, true).await?;
    let learners = store::users_of(&state.db, centre.id, Role::Learner).await?;
    let cohort_name = |id: Option<i32>| {
        id.and_then(|id| cohorts.iter().find(|c| c.id == id))
            .map(|c| c.name.clone())
    };
    Ok(CentreState {
        id: centre.id,
        name: centre.name.clone(),
        keep_practice_transcripts: centre.keep_practice_transcripts,
        learners: learners
            .into_iter()
            .map(|u| LearnerRow {
                id: u.id,
                cohort: cohort_name(u.cohort_id),
                display_name: u.display_name,
                username: u.username,
                last_sign_in: u.last_sign_in_at.map(crate::reports::day),
            })
            .collect(),
        cohorts: cohorts
            .iter()
            .map(|c| CohortRow {
                id: c.id,
                name: c.name.clone(),
                learners: per_cohort.get(&c.id).copied().unwrap_or(0),
            })
            .collect(),
        ..CentreState::default()
    })
}

/// The centre page, with `fill` applied (a form's values and errors).
async fn page(
    state: &AppState,
    centre: &centre::Model,
    fill: impl FnOnce(&mut CentreState),
) -> Answer<Page> {
    let mut data = load(state, centre).await?;
    fill(&mut data);
    Ok(Page::new(
        move || view! { <CentrePage state=data.clone()/> },
    ))
}

/// The sign-in cards of people just created or reset: shown once, as the answer to the
/// form that made them, never at an address of their own.
fn cards(locale: Locale, centre: &centre::Model, cards: Vec<SignInCard>) -> Page {
    let data = CardsState {
        centre_name: centre.name.clone(),
        cards,
        back_href: format!("/{locale}/centres/{}", centre.id),
    };
    Page::new(move || view! { <CardsPage state=data.clone()/> })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CentreQuery {
    notice: String,
}

/// `GET /{lang}/centres/{id}`; `?notice=erased` after a learner was erased, `?notice=practice`
/// after the practice setting was saved.
pub async fn show(
    State(state): State<AppState>,
    ManagedCentre { centre, .. }: ManagedCentre,
    Query(query): Query<CentreQuery>,
) -> Answer<Page> {
    page(&state, &centre, |d| {
        d.erased = query.notice == "erased";
        d.practice_saved = query.notice == "practice";
    })
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PracticeForm {
    /// `yes` when the box is ticked; absent when not.
    keep: String,
}

/// `POST /{lang}/centres/{id}/practice-transcripts` (admins): keep the centre's practice
/// with the AI assistant, or stop and delete what was kept.
pub async fn set_practice_transcripts(
    State(state): State<AppState>,
    Lang(locale): Lang,
    ManagedCentre { viewer, centre }: ManagedCentre,
    CheckedForm(form): CheckedForm<PracticeForm>,
) -> Answer<Response> {
    if viewer.role != Role::Admin {
        return Err(super::refusal::Refusal::NotFound);
    }
    let keep = form.keep == "yes";
    let txn = state.db.begin().await?;
    crate::assistant::transcripts::set_kept(&txn, centre.id, keep).await?;
    crate::audit::record(
        &txn,
        &Actor::of(&viewer),
        crate::audit::Entry {
            action: crate::audit::Action::PracticeTranscripts,
            centre_id: Some(centre.id),
            subject: None,
            details: serde_json::json!({ "keep": keep }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(see_other(&format!(
        "/{locale}/centres/{}?notice=practice",
        centre.id
    )))
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "kebab-case")]
pub struct LearnerForm {
    learner_name: String,
    learner_username: String,
    learner_cohort: String,
    learner_password: String,
}

/// `POST /{lang}/centres/{id}/learners`: adds one learner and shows their card.
pub async fn add_learner(
    State(state): State<AppState>,
    Lang(locale): Lang,
    ManagedCentre { viewer, centre }: ManagedCentre,
    CheckedForm(form): CheckedForm<LearnerForm>,
) -> Answer<Page> {
    let fields = PersonFields {
        ids: ("learner-name", "learner-username", "learner-password"),
        name: &form.learner_name,
        username: &form.learner_username,
        password: &form.learner_password,
    };
    let checked = accounts::validate_person(&state.db, fields).await?;
    // A cohort of another centre is refused like an unknown one.
    let cohort_id = match form.learner_cohort.parse::<i32>().ok() {
        None => Ok(None),
        Some(cohort_id) => {
            let cohorts = store::cohorts_of(&state.db, centre.id).await?;
            if cohorts.iter().any(|c| c.id == cohort_id) {
                Ok(Some(cohort_id))
            } else {
                Err(Message::new("error-cohort-unknown"))
            }
        }
    };
    let mut errors = FormErrors::default();
    match (checked, cohort_id) {
        (Ok((name, username, password)), Ok(cohort_id)) => {
            let new = store::NewUser {
                username,
                display_name: name,
                role: Role::Learner,
                centre_id: Some(centre.id),
                cohort_id,
            };
            match accounts::create_person(&state.db, &new, &password, &Actor::of(&viewer)).await {
                Ok(card) => return Ok(cards(locale, &centre, vec![card])),
                Err(PersonError::UsernameTaken) => {
                    errors.add("learner-username", accounts::username_taken(&new.username))
                }
                Err(PersonError::Failed(error)) => return Err(error.into()),
            }
        }
        (checked, cohort_id) => {
            // In the order of the form: cohort, then name, username, password.
            if let Err(message) = cohort_id {
                errors.add("learner-cohort", message);
            }
            errors.0.extend(checked.err().unwrap_or_default().0);
        }
    }
    let values = vec![
        ("learner-name", form.learner_name),
        ("learner-username", form.learner_username),
        ("learner-cohort", form.learner_cohort),
        ("learner-password", form.learner_password),
    ];
    let page = page(&state, &centre, |d| {
        d.add_learner = FormState { values, errors }
    })
    .await?;
    Ok(page.status(StatusCode::UNPROCESSABLE_ENTITY))
}

/// `POST /{lang}/centres/{id}/import`: a CSV file of learners (multipart form).
pub async fn import_learners(
    State(state): State<AppState>,
    Lang(locale): Lang,
    ManagedCentre { viewer, centre }: ManagedCentre,
    parts: Parts,
    multipart: Multipart,
) -> Answer<Page> {
    let (token, file) = read_upload(multipart).await;
    check_csrf(&parts, &token)?;
    let (status, problems) = match file {
        Upload::Missing => (
            StatusCode::UNPROCESSABLE_ENTITY,
            vec![Message::new("import-error-no-file")],
        ),
        Upload::TooLarge => (
            StatusCode::PAYLOAD_TOO_LARGE,
            vec![Message::new("import-error-too-large").with("max", import::MAX_ROWS)],
        ),
        Upload::File(bytes) => {
            match import::import(&state.db, centre.id, &bytes, &Actor::of(&viewer)).await {
                Ok(created) => return Ok(cards(locale, &centre, created)),
                Err(ImportError::Invalid(problems)) => (StatusCode::UNPROCESSABLE_ENTITY, problems),
                Err(ImportError::Database(error)) => return Err(error.into()),
            }
        }
    };
    let errors = FormErrors(
        problems
            .into_iter()
            .map(|message| FieldError {
                field: "import-file".into(),
                message,
            })
            .collect(),
    );
    let page = page(&state, &centre, |d| {
        d.import = FormState {
            values: Vec::new(),
            errors,
        }
    })
    .await?;
    Ok(page.status(status))
}

/// The file of the import form.
enum Upload {
    /// None chosen, empty, or unreadable.
    Missing,
    /// Over the route's body limit: refused before it is read whole.
    TooLarge,
    File(Vec<u8>),
}

/// The token and the file of the import form. The token comes first in the form, so a file
/// too large still gets its own error rather than "form expired".
async fn read_upload(mut multipart: Multipart) -> (String, Upload) {
    let mut token = String::new();
    let mut file = Upload::Missing;
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => return (token, file),
            Err(error) => return (token, failed_upload(error)),
        };
        match field.name() {
            Some("csrf_token") => match field.text().await {
                Ok(text) => token = text,
                Err(error) => return (token, failed_upload(error)),
            },
            Some("import-file") => match field.bytes().await {
                Ok(bytes) if bytes.is_empty() => file = Upload::Missing,
                Ok(bytes) => file = Upload::File(bytes.to_vec()),
                Err(error) => return (token, failed_upload(error)),
            },
            _ => {}
        }
    }
}

fn failed_upload(error: axum::extract::multipart::MultipartError) -> Upload {
    if error.status() == StatusCode::PAYLOAD_TOO_LARGE {
        Upload::TooLarge
    } else {
        tracing::info!(%error, "unreadable CSV upload");
        Upload::Missing
    }
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "kebab-case")]
pub struct CohortForm {
    cohort_name: String,
}

/// `POST /{lang}/centres/{id}/cohorts`.
pub async fn add_cohort(
    State(state): State<AppState>,
    Lang(locale): Lang,
    ManagedCentre { centre, .. }: ManagedCentre,
    CheckedForm(form): CheckedForm<CohortForm>,
) -> Answer<Response> {
    let mut errors = FormErrors::default();
    match Name::parse(&form.cohort_name) {
        Ok(name) => match store::create_cohort(&state.db, centre.id, &name).await {
            Ok(_) => {
                return Ok(see_other(&format!(
                    "/{locale}/centres/{}#cohorts-heading",
                    centre.id
                )))
            }
            Err(store::CreateError::NameTaken) => errors.add(
                "cohort-name",
                Message::new("error-cohort-name-taken").with("name", name.as_str()),
            ),
            Err(store::CreateError::Db(error)) => return Err(error.into()),
        },
        Err(e) => errors.add(
            "cohort-name",
            name_error_message(e, "error-cohort-name-missing"),
        ),
    }
    let page = page(&state, &centre, |d| {
        d.add_cohort = FormState {
            values: vec![("cohort-name", form.cohort_name)],
            errors,
        }
    })
    .await?;
    Ok(page
        .status(StatusCode::UNPROCESSABLE_ENTITY)
        .into_response())
}

/// `POST /{lang}/centres/{id}/learners/{user}/password`: a new generated password for a
/// learner of this centre; their sessions end.
pub async fn reset_password(
    State(state): State<AppState>,
    Lang(locale): Lang,
    ManagedLearner {
        viewer,
        centre,
        learner,
    }: ManagedLearner,
    CheckedForm(NoFields {}): CheckedForm<NoFields>,
) -> Answer<Page> {
    let card = accounts::reset_password(&state.db, &learner, &Actor::of(&viewer)).await?;
    Ok(cards(locale, &centre, vec![card]))
}
