//! One learner's data, for a facilitator of their centre or an admin (anyone else: not
//! found): `GET …/learners/{user}/data.json` and `…/data.csv` download everything Tifawt
//! keeps about them; `POST …/learners/{user}/erase` erases it, once their username is typed
//! to confirm. The logic is in `accounts::learner_data`.

use super::extract::{CheckedForm, Lang, ManagedLearner};
use super::forms::{attachment, see_other};
use super::refusal::Answer;
use super::reports::{cohort_name, learner_page};
use super::AppState;
use crate::accounts::learner_data;
use crate::audit::Actor;
use crate::spreadsheet as csv;
use axum::extract::State;
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use tifawt_app::forms::{FormErrors, FormState, Message};

/// `GET /{lang}/centres/{id}/learners/{user}/data.json`.
pub async fn json(State(state): State<AppState>, managed: ManagedLearner) -> Answer<Response> {
    export(state, managed, "json").await
}

/// `GET /{lang}/centres/{id}/learners/{user}/data.csv`.
pub async fn csv(State(state): State<AppState>, managed: ManagedLearner) -> Answer<Response> {
    export(state, managed, "csv").await
}

async fn export(
    state: AppState,
    ManagedLearner {
        viewer,
        centre,
        learner,
    }: ManagedLearner,
    format: &'static str,
) -> Answer<Response> {
    let cohort = cohort_name(&state, &learner).await?;
    let catalog = state.site.catalog.current();
    let data =
        learner_data::export(&state.db, &catalog, &learner, Some(centre.name), cohort).await?;
    learner_data::record_export(&state.db, &learner, format, &Actor::of(&viewer)).await?;
    // The username is letters, digits, `.`, `-` and `_` (any script): the header carries
    // it percent-encoded (RFC 6266), and a plain fallback name.
    let name = format!("tifawt-{}-{}.{format}", learner.id, learner.username);
    let disposition = attachment(&format!("tifawt-learner-{}.{format}", learner.id), &name);
    let mut response = if format == "csv" {
        csv::download(
            "learner.csv",
            csv::table(
                &["record", "field", "value"],
                &learner_data::csv_rows(&data),
            ),
        )
    } else {
        let body = serde_json::to_string_pretty(&data).unwrap_or_default();
        (
            [(
                CONTENT_TYPE,
                HeaderValue::from_static("application/json; charset=utf-8"),
            )],
            body,
        )
            .into_response()
    };
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(CONTENT_DISPOSITION, value);
    }
    // A minor's data: no cache may keep a copy.
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

/// A username as typed or pasted to confirm: any case, spaces around ignored, and without
/// the invisible direction marks that come along when it is copied from the page (the label
/// shows it isolated from the Arabic or Tifinagh text around it).
fn typed_username(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| {
            !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
        .collect::<String>()
        .trim()
        .to_lowercase()
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "kebab-case")]
pub struct EraseForm {
    erase_username: String,
}

/// `POST /{lang}/centres/{id}/learners/{user}/erase`: erases the learner when the username
/// typed is theirs (any case, spaces around ignored), then back to the centre's page with a
/// notice; otherwise the learner's page again with the mistake (422), nothing erased.
pub async fn erase(
    State(state): State<AppState>,
    Lang(locale): Lang,
    ManagedLearner {
        viewer,
        centre,
        learner,
    }: ManagedLearner,
    CheckedForm(form): CheckedForm<EraseForm>,
) -> Answer<Response> {
    if typed_username(&form.erase_username) != learner.username {
        let mut errors = FormErrors::default();
        errors.add(
            "erase-username",
            Message::new("error-erase-username-mismatch"),
        );
        let erase = FormState {
            values: vec![("erase-username", form.erase_username)],
            errors,
        };
        let page = learner_page(&state, learner, erase).await?;
        return Ok(page
            .status(StatusCode::UNPROCESSABLE_ENTITY)
            .into_response());
    }
    let catalog = state.site.catalog.current();
    learner_data::erase(&state.db, &catalog, &learner, &Actor::of(&viewer)).await?;
    Ok(see_other(&format!(
        "/{locale}/centres/{}?notice=erased",
        centre.id
    )))
}

#[cfg(test)]
mod tests {
    use super::typed_username;

    #[test]
    fn a_username_copied_from_the_label_matches() {
        assert_eq!(typed_username(" Fatima.A "), "fatima.a");
        assert_eq!(typed_username("\u{2068}fatima.a\u{2069}"), "fatima.a");
        assert_eq!(typed_username("\u{200f}ⵜⴰⵍⵍⵉ "), "ⵜⴰⵍⵍⵉ");
        assert_ne!(typed_username("fatima"), "fatima.a");
    }
}
