//! What every form handler shares: who is asking, the anti-forgery check, and the answers
//! (redirect after success, the page again with errors, not found).

use super::render;
use super::visitor::SessionState;
use super::AppState;
use crate::auth::csrf;
use axum::http::header::{CONTENT_TYPE, LOCATION};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use tifawt_app::i18n::Locale;
use tifawt_app::pages::sign_in::SignInNotice;
use tifawt_app::viewer::{Viewer, Visitor};

pub fn visitor(parts: &Parts) -> Visitor {
    parts
        .extensions
        .get::<Visitor>()
        .cloned()
        .unwrap_or_default()
}

pub fn session_state(parts: &Parts) -> SessionState {
    parts
        .extensions
        .get::<SessionState>()
        .cloned()
        .unwrap_or_default()
}

/// The language of `/{lang}/…` handlers; `None` for anything else.
pub fn locale(tag: &str) -> Option<Locale> {
    Locale::from_tag(tag)
}

/// 303 to a page of this site: the answer to a successful form post.
pub fn see_other(location: &str) -> Response {
    let location = HeaderValue::from_str(location).unwrap_or(HeaderValue::from_static("/"));
    (StatusCode::SEE_OTHER, [(LOCATION, location)]).into_response()
}

/// Refuses a post whose anti-forgery token is missing or wrong, or that another site sent.
pub fn check_csrf(parts: &Parts, submitted: &str) -> Result<(), Response> {
    let cross_site = parts
        .headers
        .get("sec-fetch-site")
        .is_some_and(|v| v.as_bytes() == b"cross-site");
    if !cross_site && csrf::matches(&visitor(parts).csrf_token, submitted) {
        return Ok(());
    }
    tracing::warn!(path = %parts.uri.path(), "refused a form post without a valid token");
    Err((
        StatusCode::FORBIDDEN,
        [(
            CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        )],
        FORM_EXPIRED_PAGE,
    )
        .into_response())
}

/// Shown when a form's token does not match, typically a page left open across a sign-in
/// or sign-out: trilingual, since the language of the form is unknown here.
const FORM_EXPIRED_PAGE: &str = r#"<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Formulaire expiré — Tifawt</title></head>
<body><main>
<h1>Formulaire expiré</h1>
<p>Ce formulaire n’est plus valable. Revenez en arrière, rechargez la page, puis recommencez.</p>
<p lang="ar" dir="rtl">انتهت صلاحية هذه الاستمارة. ارجع إلى الصفحة السابقة، أعد تحميلها، ثم حاول من جديد.</p>
<p lang="zgh">ⵜⴻⵎⵎⵓⵜ ⵜⴰⴼⵔⵉⵙⵜ ⴰ. ⵓⵖⴰⵍ ⵙ ⴷⴰⵜ, ⵙⵙⵉⵍⵉ ⵜⴰⵙⵏⴰ, ⵜⴰⵍⵙⴷ.</p>
<p><a href="/">Tifawt</a></p>
</main></body></html>"#;

/// The page's language and the signed-in person; otherwise the answer to send: not found
/// for a language we do not have, else the redirect to sign in and come back.
pub async fn signed_in(
    state: &AppState,
    parts: &Parts,
    lang: &str,
) -> Result<(Locale, Viewer), Response> {
    let Some(locale) = locale(lang) else {
        return Err(not_found(state, parts.clone(), state.site.default_locale).await);
    };
    Ok((locale, require_viewer(parts, locale)?))
}

/// The signed-in person, or the redirect to sign in and come back to `path`.
fn require_viewer(parts: &Parts, locale: Locale) -> Result<Viewer, Response> {
    if let Some(viewer) = visitor(parts).viewer {
        return Ok(viewer);
    }
    let notice = if session_state(parts).expired {
        SignInNotice::Expired
    } else {
        SignInNotice::Required
    };
    let next = parts
        .uri
        .path_and_query()
        .map(|p| p.as_str())
        .unwrap_or("/");
    Err(see_other(&format!(
        "/{locale}/sign-in?notice={}&next={}",
        notice_name(notice),
        percent_encode(next)
    )))
}

pub fn notice_name(notice: SignInNotice) -> &'static str {
    match notice {
        SignInNotice::SignedOut => "signed-out",
        SignInNotice::Expired => "expired",
        SignInNotice::Required => "required",
    }
}

pub fn parse_notice(name: &str) -> Option<SignInNotice> {
    [
        SignInNotice::SignedOut,
        SignInNotice::Expired,
        SignInNotice::Required,
    ]
    .into_iter()
    .find(|n| notice_name(*n) == name)
}

/// Encodes a path for a query string.
fn percent_encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The not-found page: for pages that do not exist and for those this person may not see
/// (the same answer, so it tells nothing about what exists).
pub async fn not_found(state: &AppState, parts: Parts, locale: Locale) -> Response {
    render::page(
        state,
        parts,
        &format!("/{locale}/404"),
        StatusCode::NOT_FOUND,
        (),
    )
    .await
}

/// Logs a storage failure and answers 503: the form's data is not lost, the browser keeps
/// it on Back.
pub fn unavailable(error: impl std::fmt::Display) -> Response {
    tracing::error!(%error, "database error while handling a form");
    (
        StatusCode::SERVICE_UNAVAILABLE,
        "Tifawt cannot reach its database. Go back and try again in a minute; \
         what you typed is still in the form.",
    )
        .into_response()
}

/// `path` if it is a page of this site; never another site (no open redirect). Browsers
/// drop tabs and line breaks from an address and read `\` as `/`, so `/\t/evil.example`
/// would lead away as `//evil.example` does: no control character, space or backslash.
pub fn local_path(path: &str) -> Option<&str> {
    let local = path.starts_with('/')
        && !path.starts_with("//")
        && !path
            .chars()
            .any(|c| c == '\\' || c.is_control() || c.is_whitespace());
    local.then_some(path)
}

#[cfg(test)]
mod tests {
    use super::{local_path, percent_encode};

    #[test]
    fn only_local_paths_are_followed() {
        assert_eq!(local_path("/ar/courses/x"), Some("/ar/courses/x"));
        assert_eq!(local_path("https://evil.example"), None);
        assert_eq!(local_path("//evil.example"), None);
        assert_eq!(local_path("/\\evil.example"), None);
        assert_eq!(local_path(""), None);
        for away in [
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r/evil.example",
            "/ /evil.example",
            "/\u{a0}/evil.example",
            "/\u{0}/evil.example",
        ] {
            assert_eq!(local_path(away), None, "{away:?}");
        }
        assert_eq!(
            local_path("/fr/centres/1?cohort=2"),
            Some("/fr/centres/1?cohort=2")
        );
    }

    #[test]
    fn next_paths_survive_a_query_string() {
        assert_eq!(
            percent_encode("/fr/centres/3?x=1&y"),
            "/fr/centres/3%3Fx%3D1%26y"
        );
    }
}
