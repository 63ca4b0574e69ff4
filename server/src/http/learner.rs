//! A signed-in learner's own pages: the home page with "continue" and progress per course,
//! and the certificate of a completed course (only their own).

use super::forms;
use super::{render, AppState};
use crate::accounts::store as accounts;
use crate::progress::{store as progress, summary};
use axum::extract::{Path, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::Response;
use tifawt_app::pages::certificate::CertificateState;
use tifawt_app::pages::course::LessonStatuses;

/// `GET /{lang}/`: the course list; signed in, with where the learner stands.
pub async fn home(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    parts: Parts,
) -> Response {
    let path = format!("/{lang}/");
    let Some(viewer) = forms::visitor(&parts).viewer else {
        return render::page(&state, parts, &path, StatusCode::OK, ()).await;
    };
    match progress::of_learner(&state.db, viewer.user_id).await {
        Ok(rows) => {
            let learner = summary::summarise(&state.site.catalog.current(), &rows);
            render::page(&state, parts, &path, StatusCode::OK, learner).await
        }
        Err(error) => {
            // The course list still works without progress.
            tracing::warn!(%error, "cannot read progress");
            render::page(&state, parts, &path, StatusCode::OK, ()).await
        }
    }
}

/// `GET /{lang}/courses/{course}`: the course; signed in, with each lesson's status.
pub async fn course(
    State(state): State<AppState>,
    Path((lang, course)): Path<(String, String)>,
    parts: Parts,
) -> Response {
    let path = format!("/{lang}/courses/{course}");
    let Some(viewer) = forms::visitor(&parts).viewer else {
        return render::page(&state, parts, &path, StatusCode::OK, ()).await;
    };
    let statuses = match progress::of_learner(&state.db, viewer.user_id).await {
        Ok(rows) => LessonStatuses(
            rows.into_iter()
                .filter(|r| r.course_id == course)
                .map(|r| (r.lesson_id, r.completed_at.is_some()))
                .collect(),
        ),
        Err(error) => {
            tracing::warn!(%error, "cannot read progress");
            LessonStatuses::default()
        }
    };
    render::page(&state, parts, &path, StatusCode::OK, statuses).await
}

/// `GET /{lang}/certificates/{course}`: for the signed-in learner, once every lesson of the
/// course is complete; otherwise not found.
pub async fn certificate(
    State(state): State<AppState>,
    Path((lang, course)): Path<(String, String)>,
    parts: Parts,
) -> Response {
    let (locale, viewer) = match forms::signed_in(&state, &parts, &lang).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let rows = match progress::of_learner(&state.db, viewer.user_id).await {
        Ok(rows) => rows,
        Err(error) => return forms::unavailable(error),
    };
    let Some(completed) = summary::completed_on(&state.site.catalog.current(), &course, &rows)
    else {
        return forms::not_found(&state, parts, locale).await;
    };
    let centre_name = match viewer.centre_id {
        Some(id) => match accounts::find_centre(&state.db, id).await {
            Ok(centre) => centre.map(|c| c.name),
            Err(error) => return forms::unavailable(error),
        },
        None => None,
    };
    let page = CertificateState {
        learner_name: viewer.display_name,
        course_id: course.clone(),
        completed_on: completed.format("%Y-%m-%d").to_string(),
        centre_name,
    };
    let path = format!("/{locale}/certificates/{course}");
    render::page(&state, parts, &path, StatusCode::OK, page).await
}
