//! One learner's data, for a facilitator of their centre or an admin (anyone else: not
//! found): `GET …/learners/{user}/data.json` and `…/data.csv` download everything Tifawt
//! keeps about them; `POST …/learners/{user}/erase` erases it, once their username is typed
//! to confirm. The logic is in `accounts::learner_data`.

use super::centres::{centre_learner, managing};
use super::reports::{cohort_name, learner_page};
use super::{forms, AppState};
use crate::accounts::learner_data;
use crate::audit::Actor;
use crate::spreadsheet as csv;
use axum::extract::{Path, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Form;
use serde::Deserialize;
use tifawt_app::forms::{FormErrors, FormState, Message};

/// `GET /{lang}/centres/{id}/learners/{user}/data.json`.
pub async fn json(
    State(state): State<AppState>,
    Path((lang, id, user_id)): Path<(String, i32, i32)>,
    parts: Parts,
) -> Response {
    export(state, lang, id, user_id, parts, "json").await
}

/// `GET /{lang}/centres/{id}/learners/{user}/data.csv`.
pub async fn csv(
    State(state): State<AppState>,
    Path((lang, id, user_id)): Path<(String, i32, i32)>,
    parts: Parts,
) -> Response {
    export(state, lang, id, user_id, parts, "csv").await
}

async fn export(
    state: AppState,
    lang: String,
    id: i32,
    user_id: i32,
    parts: Parts,
    format: &'static str,
) -> Response {
    let (locale, viewer, centre) = match managing(&state, &parts, &lang, id, None).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let learner = match centre_learner(&state, &parts, locale, &centre, user_id).await {
        Ok(learner) => learner,
        Err(response) => return response,
    };
    let cohort = match cohort_name(&state, &learner).await {
        Ok(cohort) => cohort,
        Err(error) => return forms::unavailable(error),
    };
    let catalog = state.site.catalog.current();
    let data = match learner_data::export(&state.db, &catalog, &learner, Some(centre.name), cohort)
        .await
    {
        Ok(data) => data,
        Err(error) => return forms::unavailable(error),
    };
    if let Err(error) =
        learner_data::record_export(&state.db, &learner, format, &Actor::of(&viewer)).await
    {
        return forms::unavailable(error);
    }
    // The username is letters, digits, `.`, `-` and `_` (any script): the header carries
    // it percent-encoded (RFC 6266), and a plain fallback name.
    let name = format!("tifawt-{}-{}.{format}", learner.id, learner.username);
    let disposition = format!(
        "attachment; filename=\"tifawt-learner-{}.{format}\"; filename*=UTF-8''{}",
        learner.id,
        percent_encode(&name)
    );
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
    response
}

fn percent_encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
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
    #[serde(rename = "csrf_token")]
    csrf_token: String,
}

/// `POST /{lang}/centres/{id}/learners/{user}/erase`: erases the learner when the username
/// typed is theirs (any case, spaces around ignored), then back to the centre's page with a
/// notice; otherwise the learner's page again with the mistake (422), nothing erased.
pub async fn erase(
    State(state): State<AppState>,
    Path((lang, id, user_id)): Path<(String, i32, i32)>,
    parts: Parts,
    Form(form): Form<EraseForm>,
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
        return learner_page(
            &state,
            parts,
            locale,
            learner,
            StatusCode::UNPROCESSABLE_ENTITY,
            erase,
        )
        .await;
    }
    let catalog = state.site.catalog.current();
    match learner_data::erase(&state.db, &catalog, &learner, &Actor::of(&viewer)).await {
        Ok(_) => forms::see_other(&format!("/{locale}/centres/{}?notice=erased", centre.id)),
        Err(error) => forms::unavailable(error),
    }
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
