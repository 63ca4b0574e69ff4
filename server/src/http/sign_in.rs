//! `/{lang}/sign-in`, `/sign-out` and `/session/keep-alive`.

use super::extract::{session_state, CheckedForm, Lang, NoFields};
use super::forms::{self, local_path, see_other};
use super::page::Page;
use super::refusal::Answer;
use super::visitor::{cookie, private_cookie, secure};
use super::AppState;
use crate::accounts::{password, store};
use crate::auth::session::{self, SESSION_COOKIE};
use crate::auth::throttle::{self, Admission};
use crate::auth::{device, random_token, token_hash};
use axum::extract::{ConnectInfo, Query, State};
use axum::http::header::SET_COOKIE;
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use chrono::Utc;
use leptos::prelude::*;
use serde::Deserialize;
use std::net::{IpAddr, SocketAddr};
use tifawt_app::forms::{FormErrors, Message};
use tifawt_app::i18n::Locale;
use tifawt_app::pages::sign_in::{SignInNotice, SignInPage, SignInState};
use tifawt_app::viewer::Visitor;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SignInQuery {
    next: String,
    notice: String,
}

/// `GET /{lang}/sign-in`. Someone already signed in goes to their home page.
pub async fn show(
    Lang(locale): Lang,
    Extension(visitor): Extension<Visitor>,
    Query(query): Query<SignInQuery>,
) -> Response {
    if visitor.viewer.is_some() {
        return see_other(&format!("/{locale}/"));
    }
    sign_in_page(SignInState {
        next: local_path(&query.next).unwrap_or_default().to_string(),
        notice: forms::parse_notice(&query.notice),
        ..SignInState::default()
    })
    .into_response()
}

fn sign_in_page(state: SignInState) -> Page {
    Page::new(move || view! { <SignInPage state=state.clone()/> })
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SignInForm {
    username: String,
    password: String,
    next: String,
}

/// `POST /{lang}/sign-in`.
pub async fn submit(
    State(state): State<AppState>,
    Lang(locale): Lang,
    parts: Parts,
    CheckedForm(form): CheckedForm<SignInForm>,
) -> Answer<Response> {
    let mut errors = FormErrors::default();
    if form.username.trim().is_empty() {
        errors.add("username", Message::new("error-username-missing"));
    }
    if form.password.is_empty() {
        errors.add("password", Message::new("error-password-missing"));
    }
    if errors.is_empty() {
        match authenticate(&state, &parts, &form).await? {
            Outcome::SignedIn {
                user_id,
                locale: own,
            } => {
                return signed_in(&state, &parts, user_id, own.unwrap_or(locale), &form.next).await
            }
            Outcome::Refused => {
                errors.add("username", Message::new("error-sign-in-failed"));
            }
            Outcome::Locked { minutes } => {
                errors.add(
                    "username",
                    Message::new("error-sign-in-throttled").with("minutes", minutes),
                );
            }
        }
    }
    let status = if errors
        .0
        .iter()
        .any(|e| e.message.key == "error-sign-in-throttled")
    {
        StatusCode::TOO_MANY_REQUESTS
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = SignInState {
        username: form.username,
        next: local_path(&form.next).unwrap_or_default().to_string(),
        errors,
        notice: None,
    };
    Ok(sign_in_page(page).status(status).into_response())
}

enum Outcome {
    SignedIn {
        user_id: i32,
        locale: Option<Locale>,
    },
    Refused,
    Locked {
        minutes: i64,
    },
}

/// Counts the attempt against the throttle, then checks the password; the same answer for
/// an unknown user and a wrong password (and the same work: a dummy hash is checked).
async fn authenticate(
    state: &AppState,
    parts: &Parts,
    form: &SignInForm,
) -> Result<Outcome, sea_orm::DbErr> {
    let address = client_address(parts, &state.trusted_proxies);
    let user = store::find_by_username(&state.db, &form.username).await?;
    let device_token = cookie(&parts.headers, device::DEVICE_COOKIE);
    let trusted_device = match (device_token, &user) {
        (Some(token), Some(user)) if device::is_trusted(&state.db, token, user.id).await? => {
            Some(token_hash(token))
        }
        _ => None,
    };
    let keys = throttle::keys(&form.username, &address, trusted_device.as_deref());
    if let Admission::Wait(wait) = throttle::admit(&state.db, &keys, Utc::now()).await? {
        tracing::info!(address, "sign-in slowed down");
        let minutes = (wait.num_seconds() + 59) / 60;
        return Ok(Outcome::Locked {
            minutes: minutes.max(1),
        });
    }
    let valid = password::verify(
        user.as_ref().map(|u| u.password_hash.clone()),
        &form.password,
    )
    .await;
    match user.filter(|_| valid) {
        Some(user) => {
            throttle::forgive(&state.db, &keys).await?;
            Ok(Outcome::SignedIn {
                user_id: user.id,
                locale: user.locale.as_deref().and_then(Locale::from_tag),
            })
        }
        None => {
            tracing::info!(address, "sign-in refused");
            Ok(Outcome::Refused)
        }
    }
}

/// The client's address: the connection's peer, or, when that peer is one of the
/// configured trusted proxies, the last address in `X-Forwarded-For` that is not one of
/// them (anything before it could be made up by the client).
pub fn client_address(parts: &Parts, trusted_proxies: &[IpAddr]) -> String {
    let Some(peer) = parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
    else {
        return "unknown".into();
    };
    if !trusted_proxies.contains(&peer) {
        return peer.to_string();
    }
    let forwarded: Vec<IpAddr> = parts
        .headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map_while(|a| a.trim().parse().ok())
        .collect();
    forwarded
        .into_iter()
        .rev()
        .find(|a| !trusted_proxies.contains(a))
        .unwrap_or(peer)
        .to_string()
}

/// A new session (the old one, if any, is ended: no fixation), then on to `next` or home.
/// The browser is remembered as one this person signs in on.
async fn signed_in(
    state: &AppState,
    parts: &Parts,
    user_id: i32,
    locale: Locale,
    next: &str,
) -> Answer<Response> {
    if let Some(old) = session_state(parts).token {
        let _ = session::delete(&state.db, &old).await;
    }
    let token = session::create(&state.db, user_id).await?;
    if let Err(error) = store::record_sign_in(&state.db, user_id).await {
        tracing::warn!(%error, "cannot record the sign-in time");
    }
    let existing_device = cookie(&parts.headers, device::DEVICE_COOKIE)
        .filter(|t| t.len() == DEVICE_TOKEN_LENGTH)
        .map(str::to_string);
    let device_token = existing_device.clone().unwrap_or_else(random_token);
    if let Err(error) = device::trust(&state.db, &device_token, user_id).await {
        tracing::warn!(%error, "cannot remember the browser");
    }
    let destination = local_path(next)
        .map(str::to_string)
        .unwrap_or_else(|| format!("/{locale}/"));
    let mut response = see_other(&destination);
    let secure = secure(state, &parts.headers);
    let headers = response.headers_mut();
    headers.append(
        SET_COOKIE,
        private_cookie(SESSION_COOKIE, &token, None, secure),
    );
    if existing_device.is_none() {
        headers.append(
            SET_COOKIE,
            private_cookie(
                device::DEVICE_COOKIE,
                &device_token,
                Some(device::DEVICE_COOKIE_MAX_AGE),
                secure,
            ),
        );
    }
    Ok(response)
}

/// The length of a token made by [`random_token`]: anything else in the device cookie was
/// not made here.
const DEVICE_TOKEN_LENGTH: usize = 43;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct SignOutForm {
    locale: String,
}

/// `POST /sign-out`: ends the session, clears what the browser kept, and shows the sign-in
/// page ready for the next person.
pub async fn sign_out(
    State(state): State<AppState>,
    parts: Parts,
    CheckedForm(form): CheckedForm<SignOutForm>,
) -> Answer<Response> {
    if let Some(token) = session_state(&parts).token {
        session::delete(&state.db, &token).await?;
    }
    let locale = Locale::from_tag(&form.locale).unwrap_or(state.site.default_locale);
    let mut response = see_other(&format!(
        "/{locale}/sign-in?notice={}",
        forms::notice_name(SignInNotice::SignedOut)
    ));
    let headers = response.headers_mut();
    headers.append(
        SET_COOKIE,
        private_cookie(SESSION_COOKIE, "", Some(0), secure(&state, &parts.headers)),
    );
    // Drops private pages from the browser's cache, so Back shows none of them.
    headers.insert("clear-site-data", HeaderValue::from_static("\"cache\""));
    Ok(response)
}

/// `POST /session/keep-alive`: the "stay signed in" button of the time-out warning.
pub async fn keep_alive(
    State(state): State<AppState>,
    parts: Parts,
    CheckedForm(NoFields {}): CheckedForm<NoFields>,
) -> Answer<StatusCode> {
    let Some(token) = session_state(&parts).token else {
        return Ok(StatusCode::UNAUTHORIZED);
    };
    session::keep_alive(&state.db, &token).await?;
    Ok(StatusCode::NO_CONTENT)
}
