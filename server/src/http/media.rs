//! `/media/<course>/<lesson>/<file>`: the images and recordings beside a lesson, the same
//! for every language. Range requests work, so a learner can seek in a narration.

use super::AppState;
use axum::extract::{Path, Request, State};
use axum::http::header::CACHE_CONTROL;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use tower::ServiceExt;
use tower_http::services::ServeFile;

use crate::courses::{is_plain_file_name, MEDIA_DIR};

pub async fn lesson_media(
    State(state): State<AppState>,
    Path((course, lesson, file)): Path<(String, String, String)>,
    request: Request,
) -> Response {
    let catalog = state.site.catalog.current();
    let folder = catalog
        .course(&course)
        .and_then(|c| c.lessons.iter().find(|l| l.id == lesson))
        .map(|l| l.folder.join(MEDIA_DIR));
    let (Some(folder), true) = (folder, is_plain_file_name(&file)) else {
        return (StatusCode::NOT_FOUND, "No such media file.").into_response();
    };
    match ServeFile::new(folder.join(&file)).oneshot(request).await {
        Ok(mut response) => {
            if response.status().is_success() {
                // Not fingerprinted: an author may replace a file under the same name.
                response.headers_mut().insert(
                    CACHE_CONTROL,
                    HeaderValue::from_static("public, max-age=3600"),
                );
            }
            response.into_response()
        }
        Err(never) => match never {},
    }
}
