//! Display preferences: the header's text-size buttons and the preferences page. Signed in,
//! choices are saved with the account; otherwise in cookies on this computer.

use super::forms::{self, check_csrf, local_path, see_other};
use super::{render, AppState};
use crate::accounts::store;
use axum::extract::{Path, Query, State};
use axum::http::header::SET_COOKIE;
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Form;
use serde::Deserialize;
use tifawt_app::i18n::{Locale, LOCALE_COOKIE};
use tifawt_app::pages::preferences::PreferencesState;
use tifawt_app::preferences::{
    preference_cookie, Motion, Preferences, TextSize, Theme, MOTION_COOKIE, TEXT_SIZE_COOKIE,
    THEME_COOKIE,
};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TextSizeForm {
    size: String,
    return_to: String,
    csrf_token: String,
}

/// `POST /preferences/text-size`: remembers the size and goes back to the page (303).
pub async fn set_text_size(
    State(state): State<AppState>,
    parts: Parts,
    Form(form): Form<TextSizeForm>,
) -> Response {
    if let Err(refused) = check_csrf(&parts, &form.csrf_token) {
        return refused;
    }
    let Some(size) = TextSize::parse(&form.size) else {
        return (
            StatusCode::BAD_REQUEST,
            "Unknown text size: use normal, large or larger.",
        )
            .into_response();
    };
    let visitor = forms::visitor(&parts);
    let preferences = Preferences {
        text_size: size,
        ..visitor
            .viewer
            .as_ref()
            .map(|v| v.preferences)
            .unwrap_or_default()
    };
    save(
        &state,
        &parts,
        None,
        preferences,
        local_path(&form.return_to).unwrap_or("/"),
        Some(TEXT_SIZE_COOKIE),
    )
    .await
}

/// Saves to the account, or sets the cookies named in `only` (all when `None`) on this
/// computer; then goes to `back`.
async fn save(
    state: &AppState,
    parts: &Parts,
    locale: Option<Locale>,
    preferences: Preferences,
    back: &str,
    only: Option<&str>,
) -> Response {
    let mut response = see_other(back);
    match forms::visitor(parts).viewer {
        Some(viewer) => {
            if let Err(error) =
                store::save_preferences(&state.db, viewer.user_id, locale, preferences).await
            {
                return forms::unavailable(error);
            }
        }
        None => {
            let cookies = [
                (TEXT_SIZE_COOKIE, preferences.text_size.as_str()),
                (THEME_COOKIE, preferences.theme.as_str()),
                (MOTION_COOKIE, preferences.motion.as_str()),
                (LOCALE_COOKIE, locale.map(Locale::tag).unwrap_or("")),
            ];
            for (name, value) in cookies {
                if value.is_empty() || only.is_some_and(|only| only != name) {
                    continue;
                }
                if let Ok(cookie) = HeaderValue::from_str(&preference_cookie(name, value)) {
                    response.headers_mut().append(SET_COOKIE, cookie);
                }
            }
        }
    }
    response
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SavedQuery {
    saved: Option<String>,
}

/// `GET /{lang}/preferences`.
pub async fn show(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Query(query): Query<SavedQuery>,
    parts: Parts,
) -> Response {
    if forms::locale(&lang).is_none() {
        return forms::not_found(&state, parts, state.site.default_locale).await;
    }
    let path = parts.uri.path().to_string();
    let page = PreferencesState {
        saved: query.saved.is_some(),
    };
    render::page(&state, parts, &path, StatusCode::OK, page).await
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "kebab-case")]
pub struct PreferencesForm {
    language: String,
    text_size: String,
    theme: String,
    motion: String,
    #[serde(rename = "csrf_token")]
    csrf_token: String,
}

/// `POST /{lang}/preferences`: saves, then shows the page again in the chosen language.
/// A missing or unknown choice keeps the current one.
pub async fn submit(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    parts: Parts,
    Form(form): Form<PreferencesForm>,
) -> Response {
    let Some(current_locale) = forms::locale(&lang) else {
        return forms::not_found(&state, parts, state.site.default_locale).await;
    };
    if let Err(refused) = check_csrf(&parts, &form.csrf_token) {
        return refused;
    }
    let current = forms::visitor(&parts)
        .viewer
        .map(|v| v.preferences)
        .unwrap_or_else(|| cookie_preferences(&parts));
    let locale = Locale::from_tag(&form.language).unwrap_or(current_locale);
    let preferences = Preferences {
        text_size: TextSize::parse(&form.text_size).unwrap_or(current.text_size),
        theme: Theme::parse(&form.theme).unwrap_or(current.theme),
        motion: Motion::parse(&form.motion).unwrap_or(current.motion),
    };
    let back = format!("/{locale}/preferences?saved=1");
    save(&state, &parts, Some(locale), preferences, &back, None).await
}

fn cookie_preferences(parts: &Parts) -> Preferences {
    Preferences::from_cookies(|name| super::visitor::cookie(&parts.headers, name))
}
