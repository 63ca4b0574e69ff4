//! `/{lang}/admin`: every centre, adding centres and facilitators. Admins only; anyone else
//! gets the not-found page.

use super::forms::{self, check_csrf};
use super::{render, AppState};
use crate::accounts::{self, name_error_message, store, Name, PersonError, PersonFields};
use crate::audit::{self, Actor};
use axum::extract::{Path, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Form;
use serde::Deserialize;
use tifawt_app::forms::{FormErrors, FormState, Message};
use tifawt_app::i18n::Locale;
use tifawt_app::pages::admin::{AdminState, CentreRow};
use tifawt_app::pages::cards::CardsState;
use tifawt_app::viewer::{Role, Viewer};

/// The page's language if an admin is signed in (and, for a form post, the form's token is
/// right); otherwise the answer to send.
async fn require_admin(
    state: &AppState,
    parts: &Parts,
    lang: &str,
    posted_token: Option<&str>,
) -> Result<Locale, Response> {
    admin(state, parts, lang, posted_token)
        .await
        .map(|(locale, _)| locale)
}

/// [`require_admin`], with the admin (for the audit log).
async fn admin(
    state: &AppState,
    parts: &Parts,
    lang: &str,
    posted_token: Option<&str>,
) -> Result<(Locale, Viewer), Response> {
    let (locale, viewer) = forms::signed_in(state, parts, lang).await?;
    if let Some(token) = posted_token {
        check_csrf(parts, token)?;
    }
    if viewer.role != Role::Admin {
        return Err(forms::not_found(state, parts.clone(), locale).await);
    }
    Ok((locale, viewer))
}

async fn load(state: &AppState) -> Result<AdminState, sea_orm::DbErr> {
    let centres = store::centres(&state.db).await?;
    let cohorts = store::count_cohorts(&state.db).await?;
    let learners = store::count_users_by(&state.db, Role::Learner, false).await?;
    let facilitators = store::count_users_by(&state.db, Role::Facilitator, false).await?;
    Ok(AdminState {
        centres: centres
            .into_iter()
            .map(|c| CentreRow {
                default_locale: Locale::from_tag(&c.default_locale).unwrap_or(Locale::Ar),
                cohorts: cohorts.get(&c.id).copied().unwrap_or(0),
                learners: learners.get(&c.id).copied().unwrap_or(0),
                facilitators: facilitators.get(&c.id).copied().unwrap_or(0),
                id: c.id,
                name: c.name,
            })
            .collect(),
        ..AdminState::default()
    })
}

async fn page(
    state: &AppState,
    parts: Parts,
    locale: Locale,
    status: StatusCode,
    fill: impl FnOnce(&mut AdminState),
) -> Response {
    match load(state).await {
        Ok(mut data) => {
            fill(&mut data);
            render::page(state, parts, &format!("/{locale}/admin"), status, data).await
        }
        Err(error) => forms::unavailable(error),
    }
}

/// `GET /{lang}/admin`.
pub async fn show(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    parts: Parts,
) -> Response {
    match require_admin(&state, &parts, &lang, None).await {
        Ok(locale) => page(&state, parts, locale, StatusCode::OK, |_| {}).await,
        Err(response) => response,
    }
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "kebab-case")]
pub struct CentreForm {
    centre_name: String,
    centre_locale: String,
    #[serde(rename = "csrf_token")]
    csrf_token: String,
}

/// `POST /{lang}/admin/centres`.
pub async fn add_centre(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    parts: Parts,
    Form(form): Form<CentreForm>,
) -> Response {
    let locale = match require_admin(&state, &parts, &lang, Some(&form.csrf_token)).await {
        Ok(locale) => locale,
        Err(response) => return response,
    };
    let centre_locale = Locale::from_tag(&form.centre_locale).unwrap_or(state.site.default_locale);
    let mut errors = FormErrors::default();
    match Name::parse(&form.centre_name) {
        Ok(name) => match store::create_centre(&state.db, &name, centre_locale).await {
            Ok(_) => return forms::see_other(&format!("/{locale}/admin")),
            Err(store::CreateError::NameTaken) => errors.add(
                "centre-name",
                Message::new("error-centre-name-taken").with("name", name.as_str()),
            ),
            Err(store::CreateError::Db(error)) => return forms::unavailable(error),
        },
        Err(e) => errors.add(
            "centre-name",
            name_error_message(e, "error-centre-name-missing"),
        ),
    }
    page(
        &state,
        parts,
        locale,
        StatusCode::UNPROCESSABLE_ENTITY,
        |d| {
            d.add_centre = FormState {
                values: vec![
                    ("centre-name", form.centre_name),
                    ("centre-locale", form.centre_locale),
                ],
                errors,
            }
        },
    )
    .await
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "kebab-case")]
pub struct FacilitatorForm {
    facilitator_centre: String,
    facilitator_name: String,
    facilitator_username: String,
    facilitator_password: String,
    #[serde(rename = "csrf_token")]
    csrf_token: String,
}

/// `POST /{lang}/admin/facilitators`: adds a facilitator and shows their card.
pub async fn add_facilitator(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    parts: Parts,
    Form(form): Form<FacilitatorForm>,
) -> Response {
    let (locale, viewer) = match admin(&state, &parts, &lang, Some(&form.csrf_token)).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let centre = match form.facilitator_centre.parse::<i32>() {
        Ok(id) => match store::find_centre(&state.db, id).await {
            Ok(centre) => centre,
            Err(error) => return forms::unavailable(error),
        },
        Err(_) => None,
    };
    let fields = PersonFields {
        ids: (
            "facilitator-name",
            "facilitator-username",
            "facilitator-password",
        ),
        name: &form.facilitator_name,
        username: &form.facilitator_username,
        password: &form.facilitator_password,
    };
    let checked = match accounts::validate_person(&state.db, fields).await {
        Ok(checked) => checked,
        Err(error) => return forms::unavailable(error),
    };
    let mut errors = FormErrors::default();
    match (checked, centre) {
        (Ok((name, username, password)), Some(centre)) => {
            let new = store::NewUser {
                username,
                display_name: name,
                role: Role::Facilitator,
                centre_id: Some(centre.id),
                cohort_id: None,
            };
            match accounts::create_person(&state.db, &new, &password, &Actor::of(&viewer)).await {
                Ok(card) => {
                    let data = CardsState {
                        centre_name: centre.name.clone(),
                        cards: vec![card],
                        back_href: format!("/{locale}/admin"),
                    };
                    let path = format!("/{locale}/centres/{}/cards", centre.id);
                    return render::page(&state, parts, &path, StatusCode::OK, data).await;
                }
                Err(PersonError::UsernameTaken) => errors.add(
                    "facilitator-username",
                    accounts::username_taken(&new.username),
                ),
                Err(PersonError::Failed(error)) => return forms::unavailable(error),
            }
        }
        (checked, centre) => {
            if centre.is_none() {
                errors.add("facilitator-centre", Message::new("error-centre-unknown"));
            }
            errors.0.extend(checked.err().unwrap_or_default().0);
        }
    }
    let values = vec![
        ("facilitator-centre", form.facilitator_centre),
        ("facilitator-name", form.facilitator_name),
        ("facilitator-username", form.facilitator_username),
        ("facilitator-password", form.facilitator_password),
    ];
    page(
        &state,
        parts,
        locale,
        StatusCode::UNPROCESSABLE_ENTITY,
        |d| d.add_facilitator = FormState { values, errors },
    )
    .await
}

/// How many rows the audit page shows, newest first.
const AUDIT_ROWS: u64 = 500;

/// `GET /{lang}/admin/audit`: the audit log of staff actions.
pub async fn audit_log(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    parts: Parts,
) -> Response {
    use tifawt_app::pages::audit::{AuditAction, AuditRow, AuditState};
    let locale = match require_admin(&state, &parts, &lang, None).await {
        Ok(locale) => locale,
        Err(response) => return response,
    };
    let (rows, centres) = match tokio::try_join!(
        audit::recent(&state.db, AUDIT_ROWS),
        store::centres(&state.db)
    ) {
        Ok(found) => found,
        Err(error) => return forms::unavailable(error),
    };
    let rows = rows
        .into_iter()
        .map(|row| {
            let details: serde_json::Value = serde_json::from_str(&row.details).unwrap_or_default();
            AuditRow {
                at: row.at.to_rfc3339(),
                at_text: row.at.format("%Y-%m-%d %H:%M").to_string(),
                actor: row.actor_username,
                action: AuditAction::parse(&row.action),
                action_code: row.action,
                centre: row
                    .centre_id
                    .and_then(|id| centres.iter().find(|c| c.id == id))
                    .map(|c| c.name.clone()),
                subject: row.subject_username,
                count: details.get("count").and_then(serde_json::Value::as_u64),
                format: details
                    .get("format")
                    .and_then(serde_json::Value::as_str)
                    .map(str::to_string),
            }
        })
        .collect();
    let data = AuditState {
        rows,
        limit: AUDIT_ROWS as u32,
    };
    let path = format!("/{locale}/admin/audit");
    render::page(&state, parts, &path, StatusCode::OK, data).await
}
