//! What form handlers share: the redirect after success, and the sign-in page's notices and
//! way back (never to another site).

use axum::http::header::LOCATION;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use tifawt_app::pages::sign_in::SignInNotice;

/// 303 to a page of this site: the answer to a successful form post.
pub fn see_other(location: &str) -> Response {
    let location = HeaderValue::from_str(location).unwrap_or(HeaderValue::from_static("/"));
    (StatusCode::SEE_OTHER, [(LOCATION, location)]).into_response()
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
pub fn percent_encode(value: &str) -> String {
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

/// A `Content-Disposition` for a download named `name` (any script, sent percent-encoded as
/// RFC 6266 says), with `fallback` (ASCII) for the browsers that read only that.
pub fn attachment(fallback: &str, name: &str) -> String {
    format!(
        "attachment; filename=\"{fallback}\"; filename*=UTF-8''{}",
        percent_encode(name)
    )
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
