//! `/{lang}/courses/{course}/{lesson}`: the lesson page records that a signed-in learner
//! opened it; its quiz and "mark as done" forms post here.

use super::extract::{CheckedForm, Lang, NoFields, SignedIn};
use super::forms;
use super::page::Page;
use super::refusal::{Answer, Refusal};
use super::visitor::SessionState;
use super::AppState;
use crate::auth::random_token;
use crate::progress::scoring::{self, Scored};
use crate::progress::store::{self as progress, LessonKey, Recorded};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Extension;
use chrono::Utc;
use leptos::prelude::*;
use serde::Deserialize;
use tifawt_app::catalog::{LessonAt, MAX_SHORT_ANSWER_CHARS};
use tifawt_app::forms::{FormErrors, Message};
use tifawt_app::pages::lesson::{LessonPage, LessonState};
use tifawt_app::pages::quiz::first_control_id;
use tifawt_app::progress::{QuizResult, Responses};
use tifawt_app::viewer::Visitor;

/// `/{lang}/courses/{course}/{lesson}…`
#[derive(Deserialize)]
pub struct LessonAddress {
    course: String,
    lesson: String,
}

impl LessonAddress {
    pub(super) fn new(course: &str, lesson: &str) -> LessonAddress {
        LessonAddress {
            course: course.to_string(),
            lesson: lesson.to_string(),
        }
    }

    /// The lesson in the courses as they are now; not found if there is none.
    pub(super) fn find(&self, state: &AppState) -> Result<LessonAt, Refusal> {
        LessonAt::find(state.site.catalog.current(), &self.course, &self.lesson)
            .ok_or(Refusal::NotFound)
    }

    /// Where `user_id`'s progress on this lesson is kept.
    pub(super) fn key<'a>(&'a self, user_id: i32, course_lessons: &'a [String]) -> LessonKey<'a> {
        LessonKey {
            user_id,
            course_id: &self.course,
            lesson_id: &self.lesson,
            course_lessons,
        }
    }
}

pub(super) fn lesson_page(at: LessonAt, state: LessonState) -> Page {
    Page::new(move || view! { <LessonPage at=at.clone() state=state.clone()/> })
}

/// `GET`: the lesson; for a signed-in learner, records the visit and shows their progress.
pub async fn show(
    State(state): State<AppState>,
    Lang(_): Lang,
    Path(address): Path<LessonAddress>,
    Extension(visitor): Extension<Visitor>,
    Extension(session): Extension<SessionState>,
) -> Answer<Page> {
    let at = address.find(&state)?;
    let mut page = LessonState {
        attempt_token: random_token(),
        ..LessonState::default()
    };
    if let Some(viewer) = visitor.viewer {
        let course_lessons = at.course_lessons();
        let key = address.key(viewer.user_id, &course_lessons);
        match record_open(&state, &session, key).await {
            Ok(row) => page.progress = Some(progress::standing(&row)),
            // Reading must not fail because progress cannot be written.
            Err(error) => tracing::warn!(%error, "cannot record a lesson visit"),
        }
    }
    Ok(lesson_page(at, page))
}

/// Records that the learner opened the lesson of `key`, reading their progress from the
/// cache when nothing changed since.
async fn record_open(
    state: &AppState,
    session: &SessionState,
    key: LessonKey<'_>,
) -> Result<crate::db::entities::lesson_progress::Model, sea_orm::DbErr> {
    let rows = state.progress_of(session, key.user_id).await?;
    let existing = progress::row_of(&rows, key);
    let (row, wrote) = progress::record_open(&state.db, key, existing, Utc::now()).await?;
    if wrote {
        state.changes.wrote();
    }
    Ok(row)
}

/// The answers of a quiz form: question id → the values sent; and its one-time token.
fn read_quiz_form(fields: Vec<(String, String)>) -> (Responses, String) {
    let mut attempt = String::new();
    let mut responses = Responses::new();
    for (name, value) in fields {
        if name == "attempt" {
            attempt = value;
        } else if let Some(question) = name.strip_prefix("q-") {
            responses
                .entry(question.to_string())
                .or_default()
                .push(value);
        }
    }
    (responses, attempt)
}

/// `POST …/quiz`: scores the answers; an unanswered question gets an error summary and the
/// answers given are kept. Signed in, the attempt is recorded (once per form).
pub async fn submit_quiz(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Path(address): Path<LessonAddress>,
    Extension(visitor): Extension<Visitor>,
    CheckedForm(fields): CheckedForm<Vec<(String, String)>>,
) -> Answer<Page> {
    let (responses, attempt) = read_quiz_form(fields);
    let at = address.find(&state)?;
    let quiz = at
        .version_in(locale)
        .and_then(|version| version.value.quiz.clone())
        .ok_or(Refusal::NotFound)?;
    let pass_mark = at.course().pass_mark;
    let unanswered = scoring::unanswered(&quiz, &responses);
    let too_long = scoring::too_long(&quiz, &responses);
    if !unanswered.is_empty() || !too_long.is_empty() {
        let mut errors = FormErrors::default();
        for (number, question) in quiz.questions.iter().enumerate() {
            let message = if unanswered.contains(&question.id.as_str()) {
                Message::new("quiz-error-unanswered").with("number", number + 1)
            } else if too_long.contains(&question.id.as_str()) {
                Message::new("quiz-error-too-long")
                    .with("number", number + 1)
                    .with("max", MAX_SHORT_ANSWER_CHARS)
            } else {
                continue;
            };
            errors.add(first_control_id(question), message);
        }
        let page = LessonState {
            attempt_token: attempt,
            responses,
            errors,
            ..LessonState::default()
        };
        return Ok(lesson_page(at, page).status(StatusCode::UNPROCESSABLE_ENTITY));
    }
    let scored = scoring::score(&quiz, &responses, pass_mark);
    let mut page = LessonState {
        attempt_token: random_token(),
        responses,
        result: Some(result_of(&scored, pass_mark, visitor.viewer.is_some())),
        ..LessonState::default()
    };
    if let Some(viewer) = visitor.viewer {
        let course_lessons = at.course_lessons();
        let key = address.key(viewer.user_id, &course_lessons);
        // A form without a token (or a forged empty one) still counts once.
        let attempt = if attempt.len() >= 32 {
            attempt
        } else {
            random_token()
        };
        let row = match progress::record_attempt(&state.writer, key, &attempt, &scored, Utc::now())
            .await?
        {
            Recorded::New(row) => Some(row),
            Recorded::AlreadyRecorded => progress::find(&state.db, key).await?,
        };
        page.progress = row.as_ref().map(progress::standing);
    }
    Ok(lesson_page(at, page))
}

fn result_of(scored: &Scored, pass_mark: u8, saved: bool) -> QuizResult {
    QuizResult {
        correct: scored.correct,
        total: scored.total,
        score: scored.score,
        pass_mark,
        passed: scored.passed,
        correct_questions: scored
            .answers
            .iter()
            .filter(|a| a.correct)
            .map(|a| a.question_id.clone())
            .collect(),
        saved,
    }
}

/// `POST …/done`: a lesson without a quiz is complete when the learner says so. A lesson
/// with a quiz is complete only when its quiz reaches the pass mark: for it this form does
/// not exist (404), and nothing is recorded.
pub async fn mark_done(
    State(state): State<AppState>,
    Lang(locale): Lang,
    SignedIn(viewer): SignedIn,
    Path(address): Path<LessonAddress>,
    CheckedForm(NoFields {}): CheckedForm<NoFields>,
) -> Answer<Response> {
    let at = address.find(&state)?;
    if at
        .version_in(locale)
        .is_none_or(|version| version.value.quiz.is_some())
    {
        return Err(Refusal::NotFound);
    }
    let course_lessons = at.course_lessons();
    let key = address.key(viewer.user_id, &course_lessons);
    progress::mark_done(&state.writer, key, Utc::now()).await?;
    Ok(forms::see_other(&format!(
        "/{locale}/courses/{}/{}",
        address.course, address.lesson
    )))
}
