//! Display preferences: the header's text-size buttons and the preferences page. Signed in,
//! choices are saved with the account; otherwise in cookies on this computer.

use super::extract::{CheckedForm, Lang};
use super::forms::{local_path, see_other};
use super::page::Page;
use super::refusal::Answer;
use super::AppState;
use crate::accounts::store;
use axum::extract::{Query, State};
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use leptos::prelude::*;
use serde::Deserialize;
use tifawt_app::i18n::{Locale, LOCALE_COOKIE};
use tifawt_app::pages::preferences::PreferencesPage;
use tifawt_app::preferences::{
    preference_cookie, Motion, Preferences, TextSize, Theme, MOTION_COOKIE, TEXT_SIZE_COOKIE,
    THEME_COOKIE,
};
use tifawt_app::viewer::Visitor;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TextSizeForm {
    size: String,
    return_to: String,
}

/// `POST /preferences/text-size`: remembers the size and goes back to the page (303).
pub async fn set_text_size(
    State(state): State<AppState>,
    Extension(visitor): Extension<Visitor>,
    CheckedForm(form): CheckedForm<TextSizeForm>,
) -> Answer<Response> {
    let Some(size) = TextSize::parse(&form.size) else {
        return Ok((
            StatusCode::BAD_REQUEST,
            "Unknown text size: use normal, large or larger.",
        )
            .into_response());
    };
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
        &visitor,
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
    visitor: &Visitor,
    locale: Option<Locale>,
    preferences: Preferences,
    back: &str,
    only: Option<&str>,
) -> Answer<Response> {
    let mut response = see_other(back);
    match &visitor.viewer {
        Some(viewer) => {
            store::save_preferences(&state.db, viewer.user_id, locale, preferences).await?;
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
    Ok(response)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SavedQuery {
    saved: Option<String>,
}

/// `GET /{lang}/preferences`.
pub async fn show(Lang(_): Lang, Query(query): Query<SavedQuery>) -> Page {
    let saved = query.saved.is_some();
    Page::new(move || view! { <PreferencesPage saved/> })
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "kebab-case")]
pub struct PreferencesForm {
    language: String,
    text_size: String,
    theme: String,
    motion: String,
}

/// `POST /{lang}/preferences`: saves, then shows the page again in the chosen language.
/// A missing or unknown choice keeps the current one.
pub async fn submit(
    State(state): State<AppState>,
    Lang(current_locale): Lang,
    Extension(visitor): Extension<Visitor>,
    headers: HeaderMap,
    CheckedForm(form): CheckedForm<PreferencesForm>,
) -> Answer<Response> {
    let current = visitor
        .viewer
        .as_ref()
        .map(|v| v.preferences)
        .unwrap_or_else(|| cookie_preferences(&headers));
    let locale = Locale::from_tag(&form.language).unwrap_or(current_locale);
    let preferences = Preferences {
        text_size: TextSize::parse(&form.text_size).unwrap_or(current.text_size),
        theme: Theme::parse(&form.theme).unwrap_or(current.theme),
        motion: Motion::parse(&form.motion).unwrap_or(current.motion),
    };
    let back = format!("/{locale}/preferences?saved=1");
    save(&state, &visitor, Some(locale), preferences, &back, None).await
}

fn cookie_preferences(headers: &HeaderMap) -> Preferences {
    Preferences::from_cookies(|name| super::visitor::cookie(headers, name))
}
