//! `/media/<course>/<lesson>/<file>`: the images and recordings beside a lesson, the same
//! for every language. Range requests work, so a learner can seek in a narration.

use super::AppState;
use axum::extract::{Path, Request, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_SECURITY_POLICY, CONTENT_TYPE};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use tower::ServiceExt;
use tower_http::services::ServeFile;

use crate::courses::{is_plain_file_name, media_type, regular_file};

pub async fn lesson_media(
    State(state): State<AppState>,
    Path((course, lesson, file)): Path<(String, String, String)>,
    request: Request,
) -> Response {
    let catalog = state.site.catalog.current();
    let folder = catalog
        .course(&course)
        .and_then(|c| c.lessons.iter().find(|l| l.id == lesson))
        .map(|l| l.folder.clone());
    let not_found = || (StatusCode::NOT_FOUND, "No such media file.").into_response();
    let (Some(folder), true) = (folder, is_plain_file_name(&file)) else {
        return not_found();
    };
    let (Some(media_type), Ok(path)) = (media_type(&file), regular_file(&folder, &file)) else {
        return not_found();
    };
    match ServeFile::new(path).oneshot(request).await {
        Ok(mut response) => {
            if response.status().is_success() {
                let headers = response.headers_mut();
                // Our type, never one guessed from the content.
                headers.insert(CONTENT_TYPE, HeaderValue::from_static(media_type));
                // Not fingerprinted: an author may replace a file under the same name.
                headers.insert(
                    CACHE_CONTROL,
                    HeaderValue::from_static("public, max-age=3600"),
                );
                // An SVG opened on its own is a document: it runs nothing.
                headers.insert(
                    CONTENT_SECURITY_POLICY,
                    HeaderValue::from_static(MEDIA_POLICY),
                );
            }
            response.into_response()
        }
        Err(never) => match never {},
    }
}

/// Media run nothing, even an SVG opened on its own; its own styles may apply.
const MEDIA_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
