//! Choosing the interface language: `/` sends a visitor to their language, and the language
//! of every page read is remembered for their next visit.

use super::AppState;
use axum::extract::{Request, State};
use axum::http::header::{ACCEPT_LANGUAGE, CACHE_CONTROL, COOKIE, LOCATION, SET_COOKIE, VARY};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tifawt_app::i18n::{self, Locale, LOCALE_COOKIE};
use tifawt_app::preferences::preference_cookie;

fn header(headers: &HeaderMap, name: axum::http::HeaderName) -> Option<&str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

fn cookie_locale(headers: &HeaderMap) -> Option<&str> {
    header(headers, COOKIE).and_then(|cookies| i18n::cookie_value(cookies, LOCALE_COOKIE))
}

/// `GET /`: the remembered language, else the browser's, else the configured default.
pub async fn redirect_to_language(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let locale = i18n::negotiate(
        cookie_locale(&headers),
        header(&headers, ACCEPT_LANGUAGE),
        state.site.default_locale,
    );
    (
        StatusCode::SEE_OTHER,
        [
            (
                LOCATION,
                HeaderValue::from_str(&format!("/{locale}/"))
                    .expect("a language tag is a valid header"),
            ),
            (VARY, HeaderValue::from_static("Cookie, Accept-Language")),
            (CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
    )
        .into_response()
}

/// Remembers the language of a page read successfully, when it changed.
pub async fn remember_language(request: Request, next: Next) -> Response {
    let path_locale = i18n::locale_of_path(request.uri().path());
    let remembered = cookie_locale(request.headers()).and_then(Locale::from_tag);
    let mut response = next.run(request).await;
    if let Some(locale) = path_locale.filter(|l| Some(*l) != remembered) {
        if response.status().is_success() {
            let cookie = preference_cookie(LOCALE_COOKIE, locale.tag());
            if let Ok(value) = HeaderValue::from_str(&cookie) {
                response.headers_mut().append(SET_COOKIE, value);
            }
        }
    }
    response
}
