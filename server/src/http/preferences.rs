//! Form posts that change a display preference, for browsers without JavaScript.

use axum::http::header::{LOCATION, SET_COOKIE};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Form;
use serde::Deserialize;
use tifawt_app::preferences::{preference_cookie, TextSize, TEXT_SIZE_COOKIE};

#[derive(Deserialize)]
pub struct TextSizeForm {
    size: String,
    #[serde(default)]
    return_to: String,
}

/// `POST /preferences/text-size`: remembers the size and goes back to the page (303).
pub async fn set_text_size(Form(form): Form<TextSizeForm>) -> Response {
    let Some(size) = TextSize::parse(&form.size) else {
        return (
            StatusCode::BAD_REQUEST,
            "Unknown text size: use normal, large or larger.",
        )
            .into_response();
    };
    let cookie = HeaderValue::from_str(&preference_cookie(TEXT_SIZE_COOKIE, size.as_str()))
        .expect("a text size makes a valid cookie");
    let back =
        HeaderValue::from_str(local_path(&form.return_to)).unwrap_or(HeaderValue::from_static("/"));
    (
        StatusCode::SEE_OTHER,
        [(SET_COOKIE, cookie), (LOCATION, back)],
    )
        .into_response()
}

/// `path` if it stays on this site, else `/`: a form must not redirect anywhere else.
fn local_path(path: &str) -> &str {
    let local = path.starts_with('/') && !path.starts_with("//") && !path.contains('\\');
    if local {
        path
    } else {
        "/"
    }
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn only_local_paths_are_followed() {
        assert_eq!(local_path("/ar/courses/x"), "/ar/courses/x");
        assert_eq!(local_path("https://evil.example"), "/");
        assert_eq!(local_path("//evil.example"), "/");
        assert_eq!(local_path("/\\evil.example"), "/");
        assert_eq!(local_path(""), "/");
    }
}
