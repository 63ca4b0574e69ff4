//! Facilitator reports of one centre: progress (learners × lessons), one learner's detail,
//! and question analysis; each table also as CSV (`?format=csv`). Only for the centre's
//! facilitators and admins.

use super::centres::{centre_learner, managed_centre};
use super::{forms, render, AppState};
use crate::accounts::store as accounts;
use crate::db::entities::user;
use crate::reports::{learners, period::period, questions};
use crate::spreadsheet as csv;
use axum::extract::{Path, Query, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use tifawt_app::catalog::{Answer, Catalog};
use tifawt_app::forms::FormState;
use tifawt_app::i18n::{Locale, Translator};
use tifawt_app::pages::reports::{
    AttemptRow, LearnerProgressRow, LearnerReportState, LessonCell, LessonDetailRow,
    ProgressReportState, QuestionRow, QuestionsReportState,
};
use tifawt_app::viewer::Role;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReportQuery {
    cohort: String,
    format: String,
}

fn date(time: chrono::DateTime<chrono::Utc>) -> String {
    time.format("%Y-%m-%d").to_string()
}

/// Every lesson of the catalog, in order: the columns of the progress report.
fn all_lessons(catalog: &Catalog) -> Vec<(String, String)> {
    catalog
        .courses
        .iter()
        .flat_map(|c| c.lessons.iter().map(|l| (c.id.clone(), l.id.clone())))
        .collect()
}

fn lesson_title_text(catalog: &Catalog, locale: Locale, course: &str, lesson: &str) -> String {
    catalog
        .lesson_in(course, lesson, locale)
        .map(|v| v.value.title.clone())
        .unwrap_or_else(|| format!("{course}/{lesson}"))
}

/// `GET /{lang}/centres/{id}/progress`.
pub async fn progress(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, i32)>,
    Query(query): Query<ReportQuery>,
    parts: Parts,
) -> Response {
    let (locale, centre) = match managed_centre(&state, &parts, &lang, id, None).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let cohorts = match accounts::cohorts_of(&state.db, centre.id).await {
        Ok(cohorts) => cohorts,
        Err(error) => return forms::unavailable(error),
    };
    // An unknown cohort (another centre's, or garbage) shows the whole centre.
    let cohort = query
        .cohort
        .parse::<i32>()
        .ok()
        .filter(|c| cohorts.iter().any(|k| k.id == *c));
    let (users, by_user) = match learners::progress_of_centre(&state.db, centre.id, cohort).await {
        Ok(found) => found,
        Err(error) => return forms::unavailable(error),
    };
    let catalog = state.site.catalog.current();
    let lessons = all_lessons(&catalog);
    let rows: Vec<LearnerProgressRow> = users
        .into_iter()
        .map(|user| {
            let progress = by_user.get(&user.id);
            let cells = lessons
                .iter()
                .map(|(course, lesson)| {
                    let row = progress.and_then(|rows| {
                        rows.iter()
                            .find(|r| &r.course_id == course && &r.lesson_id == lesson)
                    });
                    match row {
                        None => LessonCell::NotStarted,
                        Some(r) if r.completed_at.is_some() => LessonCell::Completed {
                            best: r.best_score.and_then(|s| u8::try_from(s).ok()),
                        },
                        Some(_) => LessonCell::Started,
                    }
                })
                .collect();
            LearnerProgressRow {
                user_id: user.id,
                display_name: user.display_name,
                cells,
            }
        })
        .collect();
    if query.format == "csv" {
        let t = Translator(locale);
        let mut headers = vec![t.t("field-display-name")];
        headers.extend(
            lessons
                .iter()
                .map(|(c, l)| lesson_title_text(&catalog, locale, c, l)),
        );
        let table: Vec<Vec<String>> = rows
            .iter()
            .map(|row| {
                std::iter::once(row.display_name.clone())
                    .chain(row.cells.iter().map(|cell| cell.text(t)))
                    .collect()
            })
            .collect();
        return csv::download("progress.csv", csv::table(&headers, &table));
    }
    let page = ProgressReportState {
        centre_id: centre.id,
        centre_name: centre.name,
        cohorts: cohorts.into_iter().map(|c| (c.id, c.name)).collect(),
        cohort,
        lessons,
        rows,
    };
    let path = format!("/{locale}/centres/{id}/progress");
    render::page(&state, parts, &path, StatusCode::OK, page).await
}

/// `GET /{lang}/centres/{id}/learners/{user}`: a learner of this centre.
pub async fn learner(
    State(state): State<AppState>,
    Path((lang, id, user_id)): Path<(String, i32, i32)>,
    parts: Parts,
) -> Response {
    let (locale, centre) = match managed_centre(&state, &parts, &lang, id, None).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let user = match centre_learner(&state, &parts, locale, &centre, user_id).await {
        Ok(user) => user,
        Err(response) => return response,
    };
    learner_page(
        &state,
        parts,
        locale,
        user,
        StatusCode::OK,
        FormState::default(),
    )
    .await
}

/// The learner's page, with the erase form as posted (`erase`).
pub(super) async fn learner_page(
    state: &AppState,
    parts: Parts,
    locale: Locale,
    user: user::Model,
    status: StatusCode,
    erase: FormState,
) -> Response {
    let Some(centre_id) = user.centre_id else {
        return forms::not_found(state, parts, locale).await;
    };
    let rows = match crate::progress::store::of_learner(&state.db, user.id).await {
        Ok(rows) => rows,
        Err(error) => return forms::unavailable(error),
    };
    let attempts = match learners::attempts_of(&state.db, user.id).await {
        Ok(attempts) => attempts,
        Err(error) => return forms::unavailable(error),
    };
    let cohort = match cohort_name(state, &user).await {
        Ok(cohort) => cohort,
        Err(error) => return forms::unavailable(error),
    };
    let percent = |s: Option<i32>| s.and_then(|s| u8::try_from(s).ok());
    let page = LearnerReportState {
        centre_id,
        user_id: user.id,
        display_name: user.display_name,
        username: user.username,
        cohort,
        last_active: rows.first().map(|r| date(r.last_active_at)),
        lessons: rows
            .iter()
            .map(|r| LessonDetailRow {
                course_id: r.course_id.clone(),
                lesson_id: r.lesson_id.clone(),
                first_opened: date(r.first_opened_at),
                last_active: date(r.last_active_at),
                completed: r.completed_at.map(date),
                best: percent(r.best_score),
                latest: percent(r.latest_score),
                minutes: (r.seconds_spent.max(0) as u32).div_ceil(60),
            })
            .collect(),
        attempts: attempts
            .into_iter()
            .map(|(a, answers)| AttemptRow {
                course_id: a.course_id,
                lesson_id: a.lesson_id,
                submitted: date(a.submitted_at),
                score: u8::try_from(a.score).unwrap_or(0),
                passed: a.passed,
                answers: answers
                    .into_iter()
                    .map(|q| (q.question_id, q.response, q.correct))
                    .collect(),
            })
            .collect(),
        erase,
    };
    let path = format!("/{locale}/centres/{centre_id}/learners/{}", page.user_id);
    render::page(state, parts, &path, status, page).await
}

/// The name of the learner's cohort, if they are in one.
pub(super) async fn cohort_name(
    state: &AppState,
    user: &user::Model,
) -> Result<Option<String>, sea_orm::DbErr> {
    let (Some(centre), Some(cohort)) = (user.centre_id, user.cohort_id) else {
        return Ok(None);
    };
    Ok(accounts::cohorts_of(&state.db, centre)
        .await?
        .into_iter()
        .find(|c| c.id == cohort)
        .map(|c| c.name))
}

/// The words of a stored response: a choice's text (its HTML without tags) or what was typed.
fn response_words(
    catalog: &Catalog,
    locale: Locale,
    key: &(String, String, String),
    response: &str,
) -> String {
    let (course, lesson, question) = key;
    let question = catalog
        .lesson_in(course, lesson, locale)
        .and_then(|version| {
            version
                .value
                .quiz
                .as_ref()?
                .questions
                .iter()
                .find(|q| &q.id == question)
                .cloned()
        });
    let choices = match question.map(|q| q.answer) {
        Some(Answer::Single(choices)) | Some(Answer::Multiple(choices)) => choices,
        _ => return response.to_string(),
    };
    response
        .split(',')
        .filter_map(|i| i.parse::<usize>().ok())
        .filter_map(|i| choices.get(i))
        .map(|c| strip_tags(&c.label_html))
        .collect::<Vec<_>>()
        .join(" + ")
}

fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
}

/// `GET /{lang}/centres/{id}/questions`.
pub async fn question_analysis(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, i32)>,
    Query(query): Query<ReportQuery>,
    parts: Parts,
) -> Response {
    let (locale, centre) = match managed_centre(&state, &parts, &lang, id, None).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let stats = match questions::question_stats(&state.db, Some(centre.id)).await {
        Ok(stats) => stats,
        Err(error) => return forms::unavailable(error),
    };
    let catalog = state.site.catalog.current();
    // In course order; questions no longer in the courses are left out.
    let mut rows = Vec::new();
    for course in &catalog.courses {
        for lesson in &course.lessons {
            let Some(version) = course.pick(&lesson.versions, locale) else {
                continue;
            };
            let Some(quiz) = &version.value.quiz else {
                continue;
            };
            for question in &quiz.questions {
                let key = (course.id.clone(), lesson.id.clone(), question.id.clone());
                let Some(stat) = stats.get(&key) else {
                    continue;
                };
                rows.push(QuestionRow {
                    course_id: course.id.clone(),
                    lesson_id: lesson.id.clone(),
                    question_id: question.id.clone(),
                    answers: stat.answers,
                    first_answers: stat.first_answers,
                    first_correct: (stat.first_correct * 100 + stat.first_answers / 2)
                        .checked_div(stat.first_answers)
                        .map(|p| p as u8),
                    top_wrong: stat.top_wrong.as_ref().map(|(response, n)| {
                        (response_words(&catalog, locale, &key, response), *n)
                    }),
                });
            }
        }
    }
    if query.format == "csv" {
        let t = Translator(locale);
        let headers = [
            t.t("report-lesson"),
            t.t("report-question"),
            t.t("report-answer-count"),
            t.t("report-first-time-correct"),
            t.t("report-top-wrong"),
            t.t("report-top-wrong-count"),
        ];
        let table: Vec<Vec<String>> = rows
            .iter()
            .map(|r| {
                vec![
                    lesson_title_text(&catalog, locale, &r.course_id, &r.lesson_id),
                    r.question_id.clone(),
                    r.answers.to_string(),
                    r.first_correct.map(|p| p.to_string()).unwrap_or_default(),
                    r.top_wrong
                        .as_ref()
                        .map(|(w, _)| w.clone())
                        .unwrap_or_default(),
                    r.top_wrong
                        .as_ref()
                        .map(|(_, n)| n.to_string())
                        .unwrap_or_default(),
                ]
            })
            .collect();
        return csv::download("questions.csv", csv::table(&headers, &table));
    }
    let page = QuestionsReportState {
        centre_id: centre.id,
        centre_name: centre.name,
        rows,
    };
    let path = format!("/{locale}/centres/{id}/questions");
    render::page(&state, parts, &path, StatusCode::OK, page).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ImpactQuery {
    from: String,
    to: String,
    format: String,
    table: String,
}

/// `GET /{lang}/reports/impact`: the whole programme for admins, their centre for
/// facilitators; `?format=csv&table=centres|cohorts|months` downloads one table.
pub async fn impact(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Query(query): Query<ImpactQuery>,
    parts: Parts,
) -> Response {
    use crate::reports::impact::{self, Scope};
    use tifawt_app::pages::impact::ImpactState;
    let (locale, viewer) = match forms::signed_in(&state, &parts, &lang).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let centre_id = match viewer.role {
        Role::Admin => None,
        Role::Facilitator if viewer.centre_id.is_some() => viewer.centre_id,
        _ => return forms::not_found(&state, parts, locale).await,
    };
    let now = chrono::Utc::now();
    let (from, to, date_error) = period(&query.from, &query.to, now.date_naive());
    let at_midnight =
        |d: chrono::NaiveDate| d.and_hms_opt(0, 0, 0).map(|t| t.and_utc()).unwrap_or(now);
    let scope = Scope {
        centre_id,
        from: at_midnight(from),
        to: at_midnight(to + chrono::Duration::days(1)),
        now,
    };
    let t = Translator(locale);
    let figures = match impact::impact(&state.db, &scope).await {
        Ok(figures) => figures,
        Err(error) => return forms::unavailable(error),
    };
    let tables = match impact::tables(&state.db, &figures, &t.t("centre-no-cohort")).await {
        Ok(tables) => tables,
        Err(error) => return forms::unavailable(error),
    };
    if query.format == "csv" {
        use crate::config::ImpactTable;
        let table = match query.table.as_str() {
            // The centres table lists every centre: admins only.
            "centres" if centre_id.is_none() => ImpactTable::Centres,
            "months" => ImpactTable::Months,
            _ => ImpactTable::Cohorts,
        };
        return csv::download("impact.csv", impact::csv(&tables, table, t));
    }
    let centre_name = match centre_id {
        Some(id) => accounts::find_centre(&state.db, id)
            .await
            .ok()
            .flatten()
            .map(|c| c.name),
        None => None,
    };
    let page = ImpactState {
        centre_name,
        from: from.to_string(),
        to: to.to_string(),
        total: tables.total,
        centres: if centre_id.is_none() {
            tables.centres
        } else {
            Vec::new()
        },
        cohorts: tables.cohorts,
        months: tables.months,
        date_error,
    };
    let path = format!("/{locale}/reports/impact");
    let status = if date_error {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    render::page(&state, parts, &path, status, page).await
}
