//! Who sent the request: resolves the session cookie once, before any page or form handler,
//! and makes sure every visitor has an anti-forgery token.

use super::refusal::Refusal;
use super::AppState;
use crate::accounts::store;
use crate::auth::csrf::CSRF_COOKIE;
use crate::auth::random_token;
use crate::auth::session::{self, Lookup, SESSION_COOKIE};
use crate::db::changes::{Epoch, Scope};
use axum::extract::{Request, State};
use axum::http::header::{CACHE_CONTROL, COOKIE, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::{Duration, Utc};
use tifawt_app::i18n;
use tifawt_app::viewer::Visitor;

/// What handlers need beyond [`Visitor`]: the raw session token, whether it just expired,
/// and the count of changes the request's cached reads are made at.
#[derive(Clone, Debug, Default)]
pub struct SessionState {
    pub token: Option<String>,
    pub expired: bool,
    /// `state.changes.epoch()` as the request began (asked once, for every cache it reads);
    /// `None`: nothing may be cached.
    pub epoch: Option<Epoch>,
}

pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|cookies| i18n::cookie_value(cookies, name))
}

/// `Secure` when configured, or when a TLS proxy says the visitor used HTTPS.
pub fn secure(state: &AppState, headers: &HeaderMap) -> bool {
    state.secure_cookies
        || headers
            .get("x-forwarded-proto")
            .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"https"))
}

/// A `Set-Cookie` value for a cookie scripts cannot read. `None` max age: until the
/// browser closes.
pub fn private_cookie(name: &str, value: &str, max_age: Option<i64>, secure: bool) -> HeaderValue {
    let mut cookie = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax");
    if let Some(seconds) = max_age {
        cookie.push_str(&format!("; Max-Age={seconds}"));
    }
    if secure {
        cookie.push_str("; Secure");
    }
    HeaderValue::from_str(&cookie).expect("tokens are URL-safe base64")
}

pub async fn resolve_visitor(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let headers = request.headers().clone();
    let secure = secure(&state, &headers);
    let idle = Duration::minutes(i64::from(state.session_idle_minutes));
    let mut visitor = Visitor {
        idle_minutes: state.session_idle_minutes,
        ..Visitor::default()
    };
    let mut session_state = SessionState::default();
    let mut clear_session_cookie = false;
    if let Some(token) = cookie(&headers, SESSION_COOKIE).filter(|t| !t.is_empty()) {
        session_state.epoch = state.changes.epoch();
        let found = session::lookup(
            &state.db,
            session_state.epoch.map(|e| e.of(Scope::People)),
            &state.session_cache,
            token,
            idle,
            Utc::now(),
        )
        .await;
        match found {
            Ok(Lookup::Active(active)) => {
                visitor.viewer = Some(store::viewer_of(&active.user));
                visitor.csrf_token = active.csrf_token.to_string();
                session_state.token = Some(token.to_string());
            }
            Ok(Lookup::Expired) => {
                session_state.expired = true;
                clear_session_cookie = true;
            }
            Ok(Lookup::Unknown) => clear_session_cookie = true,
            Err(error) => {
                // Who this is cannot be known: the unavailable page, as an anonymous visitor.
                let refused = Refusal::from(error).into_response();
                let (parts, _) = request.into_parts();
                return super::page::render(&state, parts, refused).await;
            }
        }
    }
    let mut new_csrf_cookie = None;
    if visitor.csrf_token.is_empty() {
        visitor.csrf_token = match cookie(&headers, CSRF_COOKIE).filter(|t| t.len() >= 32) {
            Some(token) => token.to_string(),
            None => {
                let token = random_token();
                new_csrf_cookie = Some(token.clone());
                token
            }
        };
    }
    // Reading a page in a language makes it the account's language, on any computer.
    if let Some(viewer) = &visitor.viewer {
        let path_locale = i18n::locale_of_path(request.uri().path());
        if let Some(locale) =
            path_locale.filter(|l| request.method() == Method::GET && viewer.locale != Some(*l))
        {
            if let Err(error) = store::save_locale(&state.db, viewer.user_id, locale).await {
                tracing::warn!(%error, "cannot save the interface language");
            }
            state.changes.wrote();
        }
    }
    let signed_in = visitor.viewer.is_some();
    // Forms are what change the database. On SQLite the next request's `data_version`
    // shows what a form changed, and in which scopes; on PostgreSQL nothing cached here is
    // trusted after one (at once here, on other servers when the change's notice arrives).
    let reads_only = matches!(*request.method(), Method::GET | Method::HEAD);
    request.extensions_mut().insert(visitor);
    request.extensions_mut().insert(session_state);
    let mut response = next.run(request).await;
    if !reads_only {
        state.changes.wrote();
    }
    let headers = response.headers_mut();
    if let Some(token) = new_csrf_cookie {
        headers.append(
            SET_COOKIE,
            private_cookie(CSRF_COOKIE, &token, None, secure),
        );
    }
    if clear_session_cookie {
        headers.append(
            SET_COOKIE,
            private_cookie(SESSION_COOKIE, "", Some(0), secure),
        );
    }
    if signed_in {
        // Private: never stored, so Back after sign-out shows nothing of it.
        headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}
