//! A signed-in learner's own pages: the home page with "continue" and progress per course,
//! the course page with each lesson's status, and the certificate of a completed course
//! (only their own).

use super::extract::{Lang, SignedIn};
use super::page::Page;
use super::refusal::{Answer, Refusal};
use super::visitor::SessionState;
use super::AppState;
use crate::accounts::store as accounts;
use crate::progress::{store as progress, summary};
use axum::extract::{Path, State};
use axum::Extension;
use leptos::prelude::*;
use serde::Deserialize;
use tifawt_app::catalog::CourseAt;
use tifawt_app::pages::certificate::{Certificate, CertificatePage};
use tifawt_app::pages::course::CoursePage;
use tifawt_app::pages::home::HomePage;
use tifawt_app::progress::LessonStatuses;
use tifawt_app::viewer::Visitor;

/// `GET /{lang}/`: the course list; signed in, with where the learner stands.
pub async fn home(
    State(state): State<AppState>,
    Lang(_): Lang,
    Extension(visitor): Extension<Visitor>,
    Extension(session): Extension<SessionState>,
) -> Page {
    let catalog = state.site.catalog.current();
    let learner = match visitor.viewer {
        None => None,
        Some(viewer) => match state.progress_of(&session, viewer.user_id).await {
            Ok(rows) => Some(summary::summarise(&catalog, &rows)),
            Err(error) => {
                // The course list still works without progress.
                tracing::warn!(%error, "cannot read progress");
                None
            }
        },
    };
    Page::new(move || view! { <HomePage catalog=catalog.clone() learner=learner.clone()/> })
}

/// `/{lang}/courses/{course}…`
#[derive(Deserialize)]
pub struct CourseAddress {
    course: String,
}

/// `GET /{lang}/courses/{course}`: the course; signed in, with each lesson's status.
pub async fn course(
    State(state): State<AppState>,
    Lang(_): Lang,
    Path(CourseAddress { course }): Path<CourseAddress>,
    Extension(visitor): Extension<Visitor>,
    Extension(session): Extension<SessionState>,
) -> Answer<Page> {
    let at = CourseAt::find(state.site.catalog.current(), &course).ok_or(Refusal::NotFound)?;
    let statuses = match visitor.viewer {
        None => None,
        Some(viewer) => Some(match state.progress_of(&session, viewer.user_id).await {
            Ok(rows) => LessonStatuses(
                rows.iter()
                    .filter(|r| r.course_id == course)
                    .map(|r| (r.lesson_id.clone(), r.completed_at.is_some()))
                    .collect(),
            ),
            Err(error) => {
                tracing::warn!(%error, "cannot read progress");
                LessonStatuses::default()
            }
        }),
    };
    Ok(Page::new(move || {
        view! { <CoursePage at=at.clone() statuses=statuses.clone()/> }
    }))
}

/// `GET /{lang}/certificates/{course}`: for the signed-in learner, once every lesson of the
/// course is complete; otherwise not found.
pub async fn certificate(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(CourseAddress { course }): Path<CourseAddress>,
) -> Answer<Page> {
    let rows = progress::of_learner(&state.db, viewer.user_id).await?;
    let catalog = state.site.catalog.current();
    let completed = summary::completed_on(&catalog, &course, &rows).ok_or(Refusal::NotFound)?;
    let at = CourseAt::find(catalog, &course).ok_or(Refusal::NotFound)?;
    let centre_name = match viewer.centre_id {
        Some(id) => accounts::find_centre(&state.db, id).await?.map(|c| c.name),
        None => None,
    };
    let certificate = Certificate {
        learner_name: viewer.display_name,
        course: at,
        completed_on: completed.format("%Y-%m-%d").to_string(),
        centre_name,
    };
    Ok(Page::new(move || {
        view! { <CertificatePage certificate=certificate.clone()/> }
    }))
}
