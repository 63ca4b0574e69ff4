//! `/{lang}/centres/{id}`: a centre's learners and cohorts, for its facilitators and admins.
//! Anyone else gets the not-found page, whether or not the centre exists.

use super::forms::{self, check_csrf};
use super::{render, AppState};
use crate::accounts::import::{self, ImportError};
use crate::accounts::{self, name_error_message, store, Name, PersonError, PersonFields};
use crate::audit::Actor;
use crate::db::entities::{centre, user};
use axum::extract::{Multipart, Path, Query, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Form;
use serde::Deserialize;
use tifawt_app::forms::{FormErrors, FormState, Message};
use tifawt_app::i18n::Locale;
use tifawt_app::pages::cards::{CardsState, SignInCard};
use tifawt_app::pages::centre::{CentreState, CohortRow, LearnerRow};
use tifawt_app::viewer::{Role, Viewer};

/// The centre, if the signed-in person manages it (and, for a form post, the form's token
/// is right); otherwise the answer to send.
pub(super) async fn managed_centre(
    state: &AppState,
    parts: &Parts,
    lang: &str,
    centre_id: i32,
    posted_token: Option<&str>,
) -> Result<(Locale, centre::Model), Response> {
    managing(state, parts, lang, centre_id, posted_token)
        .await
        .map(|(locale, _, centre)| (locale, centre))
}

/// [`managed_centre`], with who is managing it (for the audit log).
pub(super) async fn managing(
    state: &AppState,
    parts: &Parts,
    lang: &str,
    centre_id: i32,
    posted_token: Option<&str>,
) -> Result<(Locale, Viewer, centre::Model), Response> {
    let (locale, viewer) = forms::signed_in(state, parts, lang).await?;
    if let Some(token) = posted_token {
        check_csrf(parts, token)?;
    }
    if !viewer.manages_centre(centre_id) {
        return Err(forms::not_found(state, parts.clone(), locale).await);
    }
    match store::find_centre(&state.db, centre_id).await {
        Ok(Some(centre)) => Ok((locale, viewer, centre)),
        Ok(None) => Err(forms::not_found(state, parts.clone(), locale).await),
        Err(error) => Err(forms::unavailable(error)),
    }
}

/// A learner of `centre`; anyone else (another centre's learner, a facilitator, nobody) is
/// the answer to send: not found.
pub(super) async fn centre_learner(
    state: &AppState,
    parts: &Parts,
    locale: Locale,
    centre: &centre::Model,
    user_id: i32,
) -> Result<user::Model, Response> {
    match store::find_user(&state.db, user_id).await {
        Ok(Some(user)) if user.centre_id == Some(centre.id) && user.role == Role::Learner => {
            Ok(user)
        }
        Ok(_) => Err(forms::not_found(state, parts.clone(), locale).await),
        Err(error) => Err(forms::unavailable(error)),
    }
}

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
        learners: learners
            .into_iter()
            .map(|u| LearnerRow {
                id: u.id,
                cohort: cohort_name(u.cohort_id),
                display_name: u.display_name,
                username: u.username,
                last_sign_in: u.last_sign_in_at.map(|t| t.format("%Y-%m-%d").to_string()),
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
    parts: Parts,
    locale: Locale,
    centre: &centre::Model,
    status: StatusCode,
    fill: impl FnOnce(&mut CentreState),
) -> Response {
    match load(state, centre).await {
        Ok(mut data) => {
            fill(&mut data);
            let path = format!("/{locale}/centres/{}", centre.id);
            render::page(state, parts, &path, status, data).await
        }
        Err(error) => forms::unavailable(error),
    }
}

/// The sign-in cards of people just created or reset.
async fn cards(
    state: &AppState,
    parts: Parts,
    locale: Locale,
    centre: &centre::Model,
    cards: Vec<SignInCard>,
) -> Response {
    let path = format!("/{locale}/centres/{}/cards", centre.id);
    let data = CardsState {
        centre_name: centre.name.clone(),
        cards,
        back_href: format!("/{locale}/centres/{}", centre.id),
    };
    render::page(state, parts, &path, StatusCode::OK, data).await
}

/// `GET /{lang}/centres/{id}/cards`: cards are shown once, as the answer to the form that
/// made the accounts or reset the password, and never again: not found, for anyone.
pub async fn no_cards(
    State(state): State<AppState>,
    Path((lang, _centre)): Path<(String, String)>,
    parts: Parts,
) -> Response {
    let locale = forms::locale(&lang).unwrap_or(state.site.default_locale);
    forms::not_found(&state, parts, locale).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CentreQuery {
    notice: String,
}

/// `GET /{lang}/centres/{id}`; `?notice=erased` after a learner was erased.
pub async fn show(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, i32)>,
    Query(query): Query<CentreQuery>,
    parts: Parts,
) -> Response {
    let erased = query.notice == "erased";
    match managed_centre(&state, &parts, &lang, id, None).await {
        Ok((locale, centre)) => {
            page(&state, parts, locale, &centre, StatusCode::OK, |d| {
                d.erased = erased
            })
            .await
        }
        Err(response) => response,
    }
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "kebab-case")]
pub struct LearnerForm {
    learner_name: String,
    learner_username: String,
    learner_cohort: String,
    learner_password: String,
    #[serde(rename = "csrf_token")]
    csrf_token: String,
}

/// `POST /{lang}/centres/{id}/learners`: adds one learner and shows their card.
pub async fn add_learner(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, i32)>,
    parts: Parts,
    Form(form): Form<LearnerForm>,
) -> Response {
    let (locale, viewer, centre) =
        match managing(&state, &parts, &lang, id, Some(&form.csrf_token)).await {
            Ok(found) => found,
            Err(response) => return response,
        };
    let fields = PersonFields {
        ids: ("learner-name", "learner-username", "learner-password"),
        name: &form.learner_name,
        username: &form.learner_username,
        password: &form.learner_password,
    };
    let checked = match accounts::validate_person(&state.db, fields).await {
        Ok(checked) => checked,
        Err(error) => return forms::unavailable(error),
    };
    // A cohort of another centre is refused like an unknown one.
    let cohort_id = match form.learner_cohort.parse::<i32>().ok() {
        None => Ok(None),
        Some(cohort_id) => match store::cohorts_of(&state.db, centre.id).await {
            Ok(cohorts) if cohorts.iter().any(|c| c.id == cohort_id) => Ok(Some(cohort_id)),
            Ok(_) => Err(Message::new("error-cohort-unknown")),
            Err(error) => return forms::unavailable(error),
        },
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
                Ok(card) => return cards(&state, parts, locale, &centre, vec![card]).await,
                Err(PersonError::UsernameTaken) => {
                    errors.add("learner-username", accounts::username_taken(&new.username))
                }
                Err(PersonError::Failed(error)) => return forms::unavailable(error),
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
    page(
        &state,
        parts,
        locale,
        &centre,
        StatusCode::UNPROCESSABLE_ENTITY,
        |d| d.add_learner = FormState { values, errors },
    )
    .await
}

/// `POST /{lang}/centres/{id}/import`: a CSV file of learners (multipart form).
pub async fn import_learners(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, i32)>,
    parts: Parts,
    multipart: Multipart,
) -> Response {
    let (token, file) = read_upload(multipart).await;
    let (locale, viewer, centre) = match managing(&state, &parts, &lang, id, Some(&token)).await {
        Ok(found) => found,
        Err(response) => return response,
    };
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
                Ok(created) => return cards(&state, parts, locale, &centre, created).await,
                Err(ImportError::Invalid(problems)) => (StatusCode::UNPROCESSABLE_ENTITY, problems),
                Err(ImportError::Database(error)) => return forms::unavailable(error),
            }
        }
    };
    let errors = FormErrors(
        problems
            .into_iter()
            .map(|message| tifawt_app::forms::FieldError {
                field: "import-file".into(),
                message,
            })
            .collect(),
    );
    page(&state, parts, locale, &centre, status, |d| {
        d.import = FormState {
            values: Vec::new(),
            errors,
        }
    })
    .await
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
    #[serde(rename = "csrf_token")]
    csrf_token: String,
}

/// `POST /{lang}/centres/{id}/cohorts`.
pub async fn add_cohort(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, i32)>,
    parts: Parts,
    Form(form): Form<CohortForm>,
) -> Response {
    let (locale, centre) =
        match managed_centre(&state, &parts, &lang, id, Some(&form.csrf_token)).await {
            Ok(found) => found,
            Err(response) => return response,
        };
    let mut errors = FormErrors::default();
    match Name::parse(&form.cohort_name) {
        Ok(name) => match store::create_cohort(&state.db, centre.id, &name).await {
            Ok(_) => {
                return forms::see_other(&format!(
                    "/{locale}/centres/{}#cohorts-heading",
                    centre.id
                ))
            }
            Err(store::CreateError::NameTaken) => errors.add(
                "cohort-name",
                Message::new("error-cohort-name-taken").with("name", name.as_str()),
            ),
            Err(store::CreateError::Db(error)) => return forms::unavailable(error),
        },
        Err(e) => errors.add(
            "cohort-name",
            name_error_message(e, "error-cohort-name-missing"),
        ),
    }
    page(
        &state,
        parts,
        locale,
        &centre,
        StatusCode::UNPROCESSABLE_ENTITY,
        |d| {
            d.add_cohort = FormState {
                values: vec![("cohort-name", form.cohort_name)],
                errors,
            }
        },
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TokenForm {
    csrf_token: String,
}

/// `POST /{lang}/centres/{id}/learners/{user}/password`: a new generated password for a
/// learner of this centre; their sessions end.
pub async fn reset_password(
    State(state): State<AppState>,
    Path((lang, id, user_id)): Path<(String, i32, i32)>,
    parts: Parts,
    Form(form): Form<TokenForm>,
) -> Response {
    let (locale, viewer, centre) =
        match managing(&state, &parts, &lang, id, Some(&form.csrf_token)).await {
            Ok(found) => found,
            Err(response) => return response,
        };
    let learner = match centre_learner(&state, &parts, locale, &centre, user_id).await {
        Ok(learner) => learner,
        Err(response) => return response,
    };
    match accounts::reset_password(&state.db, &learner, &Actor::of(&viewer)).await {
        Ok(card) => cards(&state, parts, locale, &centre, vec![card]).await,
        Err(error) => forms::unavailable(error),
    }
}
