//! `/{lang}/admin`: every centre, adding centres and facilitators. Admins only; anyone else
//! gets the not-found page.

use super::extract::{Admin, CheckedForm, Lang};
use super::forms::see_other;
use super::page::Page;
use super::refusal::Answer;
use super::AppState;
use crate::accounts::{self, name_error_message, store, Name, PersonError, PersonFields};
use crate::audit::{self, Actor};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use serde::Deserialize;
use tifawt_app::accounts::AuditAction;
use tifawt_app::forms::{FormErrors, FormState, Message};
use tifawt_app::i18n::Locale;
use tifawt_app::pages::admin::{AdminPage, AdminState, CentreRow};
use tifawt_app::pages::audit::{AuditPage, AuditRow, AuditState};
use tifawt_app::pages::cards::{CardsPage, CardsState};
use tifawt_app::viewer::Role;

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

/// The admin page, with `fill` applied (a form's values and errors).
async fn page(state: &AppState, fill: impl FnOnce(&mut AdminState)) -> Answer<Page> {
    let mut data = load(state).await?;
    fill(&mut data);
    Ok(Page::new(move || view! { <AdminPage state=data.clone()/> }))
}

/// `GET /{lang}/admin`.
pub async fn show(State(state): State<AppState>, _: Admin) -> Answer<Page> {
    page(&state, |_| {}).await
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "kebab-case")]
pub struct CentreForm {
    centre_name: String,
    centre_locale: String,
}

/// `POST /{lang}/admin/centres`.
pub async fn add_centre(
    State(state): State<AppState>,
    Lang(locale): Lang,
    _: Admin,
    CheckedForm(form): CheckedForm<CentreForm>,
) -> Answer<Response> {
    let centre_locale = Locale::from_tag(&form.centre_locale).unwrap_or(state.site.default_locale);
    let mut errors = FormErrors::default();
    match Name::parse(&form.centre_name) {
        Ok(name) => match store::create_centre(&state.db, &name, centre_locale).await {
            Ok(_) => return Ok(see_other(&format!("/{locale}/admin"))),
            Err(store::CreateError::NameTaken) => errors.add(
                "centre-name",
                Message::new("error-centre-name-taken").with("name", name.as_str()),
            ),
            Err(store::CreateError::Db(error)) => return Err(error.into()),
        },
        Err(e) => errors.add(
            "centre-name",
            name_error_message(e, "error-centre-name-missing"),
        ),
    }
    let page = page(&state, |d| {
        d.add_centre = FormState {
            values: vec![
                ("centre-name", form.centre_name),
                ("centre-locale", form.centre_locale),
            ],
            errors,
        }
    })
    .await?;
    Ok(page
        .status(StatusCode::UNPROCESSABLE_ENTITY)
        .into_response())
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "kebab-case")]
pub struct FacilitatorForm {
    facilitator_centre: String,
    facilitator_name: String,
    facilitator_username: String,
    facilitator_password: String,
}

/// `POST /{lang}/admin/facilitators`: adds a facilitator and shows their card.
pub async fn add_facilitator(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Admin(viewer): Admin,
    CheckedForm(form): CheckedForm<FacilitatorForm>,
) -> Answer<Page> {
    let centre = match form.facilitator_centre.parse::<i32>() {
        Ok(id) => store::find_centre(&state.db, id).await?,
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
    let checked = accounts::validate_person(&state.db, fields).await?;
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
                    let cards = CardsState {
                        centre_name: centre.name,
                        cards: vec![card],
                        back_href: format!("/{locale}/admin"),
                    };
                    return Ok(Page::new(
                        move || view! { <CardsPage state=cards.clone()/> },
                    ));
                }
                Err(PersonError::UsernameTaken) => errors.add(
                    "facilitator-username",
                    accounts::username_taken(&new.username),
                ),
                Err(PersonError::Failed(error)) => return Err(error.into()),
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
    let page = page(&state, |d| d.add_facilitator = FormState { values, errors }).await?;
    Ok(page.status(StatusCode::UNPROCESSABLE_ENTITY))
}

/// How many rows the audit page shows, newest first.
const AUDIT_ROWS: u64 = 500;

/// `GET /{lang}/admin/audit`: the audit log of staff actions.
pub async fn audit_log(State(state): State<AppState>, _: Admin) -> Answer<Page> {
    let (rows, centres) = tokio::try_join!(
        audit::recent(&state.db, AUDIT_ROWS),
        store::centres(&state.db)
    )?;
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
    Ok(Page::new(move || view! { <AuditPage state=data.clone()/> }))
}
