//! The cohort view (learners × lessons) and one learner's detail: the rows their pages show
//! and their CSV files hold.

use super::day;
use crate::db::entities::{lesson_progress, quiz_answer, quiz_attempt, user};
use crate::progress::store::percent;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;
use tifawt_app::catalog::Catalog;
use tifawt_app::i18n::{Locale, Translator};
use tifawt_app::reports::{AttemptRow, LearnerProgressRow, LessonCell, LessonDetailRow};
use tifawt_app::viewer::Role;

/// The learners × lessons table: every lesson of the catalog, in order, is a column.
#[derive(Clone, Debug, Default)]
pub struct ProgressTable {
    /// (course, lesson), in catalog order.
    pub lessons: Vec<(String, String)>,
    pub rows: Vec<LearnerProgressRow>,
}

/// The progress of every learner of a centre (or of one of its cohorts).
pub async fn progress_table<C: ConnectionTrait>(
    db: &C,
    catalog: &Catalog,
    centre_id: i32,
    cohort_id: Option<i32>,
) -> Result<ProgressTable, DbErr> {
    let (users, by_user) = progress_of_centre(db, centre_id, cohort_id).await?;
    let lessons: Vec<(String, String)> = catalog
        .courses
        .iter()
        .flat_map(|c| c.lessons.iter().map(|l| (c.id.clone(), l.id.clone())))
        .collect();
    let rows = users
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
                            best: percent(r.best_score),
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
    Ok(ProgressTable { lessons, rows })
}

/// The progress table as CSV, in `locale`: the cells in the same words as the page.
pub fn progress_csv(table: &ProgressTable, catalog: &Catalog, locale: Locale) -> String {
    let t = Translator(locale);
    let mut headers = vec![t.t("field-display-name")];
    headers.extend(
        table
            .lessons
            .iter()
            .map(|(c, l)| lesson_title_text(catalog, locale, c, l)),
    );
    let rows: Vec<Vec<String>> = table
        .rows
        .iter()
        .map(|row| {
            std::iter::once(row.display_name.clone())
                .chain(row.cells.iter().map(|cell| cell.text(t)))
                .collect()
        })
        .collect();
    crate::spreadsheet::table(&headers, &rows)
}

/// A lesson's title in `locale` (or its fallback), or its ids if it is no longer taught.
pub fn lesson_title_text(catalog: &Catalog, locale: Locale, course: &str, lesson: &str) -> String {
    catalog
        .lesson_in(course, lesson, locale)
        .map(|v| v.value.title.clone())
        .unwrap_or_else(|| format!("{course}/{lesson}"))
}

/// One learner's lessons and quiz attempts.
#[derive(Clone, Debug, Default)]
pub struct LearnerDetail {
    /// `YYYY-MM-DD` of their latest activity, if any.
    pub last_active: Option<String>,
    pub lessons: Vec<LessonDetailRow>,
    pub attempts: Vec<AttemptRow>,
}

pub async fn detail<C: ConnectionTrait>(db: &C, user_id: i32) -> Result<LearnerDetail, DbErr> {
    let rows = crate::progress::store::of_learner(db, user_id).await?;
    let attempts = attempts_of(db, user_id).await?;
    Ok(LearnerDetail {
        last_active: rows.first().map(|r| day(r.last_active_at)),
        lessons: rows
            .iter()
            .map(|r| LessonDetailRow {
                course_id: r.course_id.clone(),
                lesson_id: r.lesson_id.clone(),
                first_opened: day(r.first_opened_at),
                last_active: day(r.last_active_at),
                completed: r.completed_at.map(day),
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
                submitted: day(a.submitted_at),
                score: u8::try_from(a.score).unwrap_or(0),
                passed: a.passed,
                answers: answers
                    .into_iter()
                    .map(|q| (q.question_id, q.response, q.correct))
                    .collect(),
            })
            .collect(),
    })
}

/// Progress rows of the learners of a centre (and cohort), by user id.
pub async fn progress_of_centre<C: ConnectionTrait>(
    db: &C,
    centre_id: i32,
    cohort_id: Option<i32>,
) -> Result<(Vec<user::Model>, HashMap<i32, Vec<lesson_progress::Model>>), DbErr> {
    let mut learners = user::Entity::find()
        .filter(user::Column::CentreId.eq(centre_id))
        .filter(user::Column::Role.eq(Role::Learner));
    if let Some(cohort) = cohort_id {
        learners = learners.filter(user::Column::CohortId.eq(cohort));
    }
    let learners = learners
        .order_by_asc(user::Column::DisplayName)
        .order_by_asc(user::Column::Id)
        .all(db)
        .await?;
    let mut by_user: HashMap<i32, Vec<lesson_progress::Model>> = HashMap::new();
    for ids in learners.chunks(500) {
        let rows = lesson_progress::Entity::find()
            .filter(lesson_progress::Column::UserId.is_in(ids.iter().map(|u| u.id)))
            .all(db)
            .await?;
        for row in rows {
            by_user.entry(row.user_id).or_default().push(row);
        }
    }
    Ok((learners, by_user))
}

/// One learner's attempts, newest first, each with its answers.
pub async fn attempts_of<C: ConnectionTrait>(
    db: &C,
    user_id: i32,
) -> Result<Vec<(quiz_attempt::Model, Vec<quiz_answer::Model>)>, DbErr> {
    let attempts = quiz_attempt::Entity::find()
        .filter(quiz_attempt::Column::UserId.eq(user_id))
        .order_by_desc(quiz_attempt::Column::SubmittedAt)
        .order_by_desc(quiz_attempt::Column::Id)
        .all(db)
        .await?;
    let mut answers: HashMap<i32, Vec<quiz_answer::Model>> = HashMap::new();
    for ids in attempts.chunks(500) {
        for answer in quiz_answer::Entity::find()
            .filter(quiz_answer::Column::AttemptId.is_in(ids.iter().map(|a| a.id)))
            .order_by_asc(quiz_answer::Column::Id)
            .all(db)
            .await?
        {
            answers.entry(answer.attempt_id).or_default().push(answer);
        }
    }
    Ok(attempts
        .into_iter()
        .map(|a| {
            let list = answers.remove(&a.id).unwrap_or_default();
            (a, list)
        })
        .collect())
}
