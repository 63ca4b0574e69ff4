//! `/{lang}/courses/{course}/{lesson}`: the lesson page records that a signed-in learner
//! opened it; its quiz and "mark as done" forms post here.

use super::forms::{self, check_csrf};
use super::{render, AppState};
use crate::auth::random_token;
use crate::progress::scoring::{self, Scored};
use crate::progress::store::{self as progress, LessonKey};
use axum::extract::{Path, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::Response;
use axum::Form;
use chrono::Utc;
use tifawt_app::catalog::{Catalog, Quiz, MAX_SHORT_ANSWER_CHARS};
use tifawt_app::forms::{FormErrors, Message};
use tifawt_app::i18n::Locale;
use tifawt_app::pages::lesson::{LessonProgressView, LessonState, QuizResult, Responses};
use tifawt_app::pages::quiz::first_control_id;

type LessonPath = Path<(String, String, String)>;

fn view_of(row: &crate::db::entities::lesson_progress::Model) -> LessonProgressView {
    let percent = |score: Option<i32>| score.and_then(|s| u8::try_from(s).ok());
    LessonProgressView {
        completed: row.completed_at.is_some(),
        best_score: percent(row.best_score),
        latest_score: percent(row.latest_score),
    }
}

/// The quiz of the lesson as shown in `locale`, and the course's pass mark; `None` when the
/// lesson does not exist (or has no quiz).
fn quiz_of(catalog: &Catalog, locale: Locale, course: &str, lesson: &str) -> Option<(Quiz, u8)> {
    let version = catalog.lesson_in(course, lesson, locale)?;
    Some((
        version.value.quiz.clone()?,
        catalog.course(course)?.pass_mark,
    ))
}

/// The ids of the course's lessons as it is now.
fn lessons_of(catalog: &Catalog, course: &str) -> Vec<String> {
    catalog
        .course(course)
        .map(|c| c.lessons.iter().map(|l| l.id.clone()).collect())
        .unwrap_or_default()
}

fn lesson_exists(catalog: &Catalog, course: &str, lesson: &str) -> bool {
    catalog
        .course(course)
        .and_then(|c| c.lesson_position(lesson))
        .is_some()
}

/// A lesson that exists and has no quiz in `locale`'s version (every version of a lesson asks
/// the same questions): the only kind a learner may mark as done.
fn lesson_without_quiz(catalog: &Catalog, course: &str, lesson: &str, locale: Locale) -> bool {
    catalog
        .lesson_in(course, lesson, locale)
        .is_some_and(|version| version.value.quiz.is_none())
}

/// `GET`: the lesson; for a signed-in learner, records the visit and shows their progress.
pub async fn show(
    State(state): State<AppState>,
    Path((lang, course, lesson)): LessonPath,
    parts: Parts,
) -> Response {
    // Nothing is recorded for a page that does not exist.
    let Some(locale) = forms::locale(&lang) else {
        return forms::not_found(&state, parts, state.site.default_locale).await;
    };
    let mut page = LessonState {
        attempt_token: random_token(),
        ..LessonState::default()
    };
    let exists = lesson_exists(&state.site.catalog.current(), &course, &lesson);
    if let (Some(viewer), true) = (forms::visitor(&parts).viewer, exists) {
        let course_lessons = lessons_of(&state.site.catalog.current(), &course);
        let key = LessonKey {
            user_id: viewer.user_id,
            course_id: &course,
            lesson_id: &lesson,
            course_lessons: &course_lessons,
        };
        match progress::record_open(&state.db, key, Utc::now()).await {
            Ok(row) => page.progress = Some(view_of(&row)),
            // Reading must not fail because progress cannot be written.
            Err(error) => tracing::warn!(%error, "cannot record a lesson visit"),
        }
    }
    let path = format!("/{locale}/courses/{course}/{lesson}");
    render::page(&state, parts, &path, StatusCode::OK, page).await
}

/// `POST …/quiz`: scores the answers; an unanswered question gets an error summary and the
/// answers given are kept. Signed in, the attempt is recorded (once per form).
pub async fn submit_quiz(
    State(state): State<AppState>,
    Path((lang, course, lesson)): LessonPath,
    parts: Parts,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let Some(locale) = forms::locale(&lang) else {
        return forms::not_found(&state, parts, state.site.default_locale).await;
    };
    let mut token = String::new();
    let mut attempt = String::new();
    let mut responses = Responses::new();
    for (name, value) in fields {
        match name.as_str() {
            "csrf_token" => token = value,
            "attempt" => attempt = value,
            _ => {
                if let Some(question) = name.strip_prefix("q-") {
                    responses
                        .entry(question.to_string())
                        .or_default()
                        .push(value);
                }
            }
        }
    }
    if let Err(refused) = check_csrf(&parts, &token) {
        return refused;
    }
    let Some((quiz, pass_mark)) = quiz_of(&state.site.catalog.current(), locale, &course, &lesson)
    else {
        return forms::not_found(&state, parts, locale).await;
    };
    let path = format!("/{locale}/courses/{course}/{lesson}");
    let viewer = forms::visitor(&parts).viewer;
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
        return render::page(&state, parts, &path, StatusCode::UNPROCESSABLE_ENTITY, page).await;
    }
    let scored = scoring::score(&quiz, &responses, pass_mark);
    let mut page = LessonState {
        attempt_token: random_token(),
        responses,
        result: Some(result_of(&scored, pass_mark, viewer.is_some())),
        ..LessonState::default()
    };
    if let Some(viewer) = viewer {
        let course_lessons = lessons_of(&state.site.catalog.current(), &course);
        let key = LessonKey {
            user_id: viewer.user_id,
            course_id: &course,
            lesson_id: &lesson,
            course_lessons: &course_lessons,
        };
        // A form without a token (or a forged empty one) still counts once.
        let attempt = if attempt.len() >= 32 {
            attempt
        } else {
            random_token()
        };
        if let Err(error) =
            progress::record_attempt(&state.db, key, &attempt, &scored, Utc::now()).await
        {
            return forms::unavailable(error);
        }
        match progress::find(&state.db, key).await {
            Ok(row) => page.progress = row.as_ref().map(view_of),
            Err(error) => return forms::unavailable(error),
        }
    }
    render::page(&state, parts, &path, StatusCode::OK, page).await
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

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct DoneForm {
    csrf_token: String,
}

/// `POST …/done`: a lesson without a quiz is complete when the learner says so. A lesson
/// with a quiz is complete only when its quiz reaches the pass mark: for it this form does
/// not exist (404), and nothing is recorded.
pub async fn mark_done(
    State(state): State<AppState>,
    Path((lang, course, lesson)): LessonPath,
    parts: Parts,
    Form(form): Form<DoneForm>,
) -> Response {
    let (locale, viewer) = match forms::signed_in(&state, &parts, &lang).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    if let Err(refused) = check_csrf(&parts, &form.csrf_token) {
        return refused;
    }
    if !lesson_without_quiz(&state.site.catalog.current(), &course, &lesson, locale) {
        return forms::not_found(&state, parts, locale).await;
    }
    let course_lessons = lessons_of(&state.site.catalog.current(), &course);
    let key = LessonKey {
        user_id: viewer.user_id,
        course_id: &course,
        lesson_id: &lesson,
        course_lessons: &course_lessons,
    };
    match progress::mark_done(&state.db, key, Utc::now()).await {
        Ok(_) => forms::see_other(&format!("/{locale}/courses/{course}/{lesson}")),
        Err(error) => forms::unavailable(error),
    }
}
