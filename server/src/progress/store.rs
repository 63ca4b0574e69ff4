//! Reading and writing progress. A quiz submission is one transaction: the attempt, every
//! answer and the lesson's progress are all written, or none (a server killed half-way
//! leaves nothing); its one-time token makes a resubmitted form count once.

use super::scoring::Scored;
use crate::db::cache::Cache;
use crate::db::entities::{lesson_progress, quiz_answer, quiz_attempt};
use crate::reports::daily::{self, Activity};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set, TransactionTrait,
};
use std::sync::Arc;
use tifawt_app::progress::LessonProgress;

/// Time between two actions on a lesson counts as spent on it only up to this gap: longer,
/// and the learner was elsewhere (the session itself ends after 30 idle minutes by default).
const MAX_COUNTED_GAP_SECONDS: i64 = 30 * 60;

/// A stored score (a percentage) as shown; anything out of range is no score.
pub fn percent(score: Option<i32>) -> Option<u8> {
    score.and_then(|s| u8::try_from(s).ok())
}

/// The learner's standing on the lesson of `row`, as the lesson page shows it.
pub fn standing(row: &lesson_progress::Model) -> LessonProgress {
    LessonProgress {
        completed: row.completed_at.is_some(),
        best_score: percent(row.best_score),
        latest_score: percent(row.latest_score),
    }
}

/// Which lesson of which learner.
#[derive(Clone, Copy, Debug)]
pub struct LessonKey<'a> {
    pub user_id: i32,
    pub course_id: &'a str,
    pub lesson_id: &'a str,
    /// Every lesson id of the course as it is now: completing the last one passes it.
    pub course_lessons: &'a [String],
}

pub async fn find<C: ConnectionTrait>(
    db: &C,
    key: LessonKey<'_>,
) -> Result<Option<lesson_progress::Model>, DbErr> {
    lesson_progress::Entity::find()
        .filter(lesson_progress::Column::UserId.eq(key.user_id))
        .filter(lesson_progress::Column::CourseId.eq(key.course_id))
        .filter(lesson_progress::Column::LessonId.eq(key.lesson_id))
        .one(db)
        .await
}

/// Each learner's progress rows ([`of_learner`]), kept until the database changes: the
/// lesson page, the learner's home and the course page read them on every visit.
pub type ProgressCache = Cache<i32, Arc<[lesson_progress::Model]>>;

/// [`of_learner`], from `cache` when nothing changed since it was read (`epoch`, from
/// `db::changes`, taken before any read).
pub async fn of_learner_cached<C: ConnectionTrait>(
    db: &C,
    epoch: Option<u64>,
    cache: &ProgressCache,
    user_id: i32,
) -> Result<Arc<[lesson_progress::Model]>, DbErr> {
    if let Some(rows) = cache.get(epoch, &user_id) {
        return Ok(rows);
    }
    let rows: Arc<[lesson_progress::Model]> = of_learner(db, user_id).await?.into();
    cache.put(epoch, user_id, rows.clone());
    Ok(rows)
}

/// The row of `key`'s lesson among a learner's `rows`.
pub fn row_of<'a>(
    rows: &'a [lesson_progress::Model],
    key: LessonKey<'_>,
) -> Option<&'a lesson_progress::Model> {
    rows.iter()
        .find(|row| row.course_id == key.course_id && row.lesson_id == key.lesson_id)
}

/// Every lesson a learner has opened, most recently active first.
pub async fn of_learner<C: ConnectionTrait>(
    db: &C,
    user_id: i32,
) -> Result<Vec<lesson_progress::Model>, DbErr> {
    lesson_progress::Entity::find()
        .filter(lesson_progress::Column::UserId.eq(user_id))
        .order_by_desc(lesson_progress::Column::LastActiveAt)
        .order_by_desc(lesson_progress::Column::Id)
        .all(db)
        .await
}

/// What an action changes on the lesson's progress row.
#[derive(Clone, Copy, Debug, Default)]
struct Change {
    /// A quiz score, in percent.
    score: Option<i32>,
    completed: bool,
}

/// Creates or updates the lesson's row: activity time, time spent, scores, completion.
/// Also says whether this action completed the lesson.
async fn touch<C: ConnectionTrait>(
    db: &C,
    key: LessonKey<'_>,
    now: DateTime<Utc>,
    change: Change,
) -> Result<(lesson_progress::Model, bool), DbErr> {
    let existing = find(db, key).await?;
    apply(db, key, existing, now, change).await
}

/// [`touch`] once the row (if any) has been read.
async fn apply<C: ConnectionTrait>(
    db: &C,
    key: LessonKey<'_>,
    existing: Option<lesson_progress::Model>,
    now: DateTime<Utc>,
    change: Change,
) -> Result<(lesson_progress::Model, bool), DbErr> {
    match existing {
        None => {
            let row = lesson_progress::ActiveModel {
                user_id: Set(key.user_id),
                course_id: Set(key.course_id.to_string()),
                lesson_id: Set(key.lesson_id.to_string()),
                first_opened_at: Set(now),
                last_active_at: Set(now),
                seconds_spent: Set(0),
                completed_at: Set(change.completed.then_some(now)),
                best_score: Set(change.score),
                latest_score: Set(change.score),
                ..Default::default()
            }
            .insert(db)
            .await?;
            Ok((row, change.completed))
        }
        Some(row) => {
            let gap = (now - row.last_active_at).num_seconds();
            let counted = if (0..=MAX_COUNTED_GAP_SECONDS).contains(&gap) {
                gap as i32
            } else {
                0
            };
            let best = match (row.best_score, change.score) {
                (Some(best), Some(score)) => Some(best.max(score)),
                (best, score) => best.or(score),
            };
            let newly_completed = row.completed_at.is_none() && change.completed;
            let completed_at = row.completed_at.or(change.completed.then_some(now));
            let latest = change.score.or(row.latest_score);
            let mut active: lesson_progress::ActiveModel = row.clone().into();
            active.last_active_at = Set(now);
            active.seconds_spent = Set(row.seconds_spent.saturating_add(counted));
            active.best_score = Set(best);
            active.latest_score = Set(latest);
            active.completed_at = Set(completed_at);
            Ok((active.update(db).await?, newly_completed))
        }
    }
}

/// What a completion adds to the day's activity: the lesson, and the course when it was
/// the last lesson left.
async fn completion<C: ConnectionTrait>(db: &C, key: LessonKey<'_>) -> Result<Activity, DbErr> {
    use sea_orm::PaginatorTrait;
    let done = lesson_progress::Entity::find()
        .filter(lesson_progress::Column::UserId.eq(key.user_id))
        .filter(lesson_progress::Column::CourseId.eq(key.course_id))
        .filter(lesson_progress::Column::LessonId.is_in(key.course_lessons.iter().cloned()))
        .filter(lesson_progress::Column::CompletedAt.is_not_null())
        .count(db)
        .await?;
    Ok(Activity {
        lessons_completed: 1,
        courses_passed: i64::from(
            !key.course_lessons.is_empty() && done == key.course_lessons.len() as u64,
        ),
        ..Activity::default()
    })
}

/// Opening a lesson again this soon after its last recorded action writes nothing: a reload
/// adds no information (the time since that action is still counted at the next one), and
/// every write waits for SQLite's single write lock. Short, so that "Continue" still
/// follows a learner going back and forth between lessons.
pub const REOPEN_UNRECORDED_SECONDS: i64 = 10;

/// The learner opened the lesson, whose row (if any) is `existing`. Says whether anything
/// was written.
pub async fn record_open<C: ConnectionTrait>(
    db: &C,
    key: LessonKey<'_>,
    existing: Option<&lesson_progress::Model>,
    now: DateTime<Utc>,
) -> Result<(lesson_progress::Model, bool), DbErr> {
    if let Some(row) = existing {
        let since = (now - row.last_active_at).num_seconds();
        if (0..REOPEN_UNRECORDED_SECONDS).contains(&since) {
            return Ok((row.clone(), false));
        }
    }
    let (row, _) = apply(db, key, existing.cloned(), now, Change::default()).await?;
    Ok((row, true))
}

/// The learner marked a lesson without a quiz as done.
pub async fn mark_done<D: TransactionTrait>(
    db: &D,
    key: LessonKey<'_>,
    now: DateTime<Utc>,
) -> Result<lesson_progress::Model, DbErr> {
    let txn = db.begin().await?;
    let change = Change {
        score: None,
        completed: true,
    };
    let (row, newly_completed) = touch(&txn, key, now, change).await?;
    if newly_completed {
        let activity = completion(&txn, key).await?;
        daily::add(&txn, key.user_id, now, activity).await?;
    }
    txn.commit().await?;
    Ok(row)
}

#[derive(Debug, PartialEq, Eq)]
pub enum Recorded {
    /// Recorded now: the lesson's progress as it is after it.
    New(lesson_progress::Model),
    /// This form was submitted before (double click, Back and resubmit): nothing written.
    AlreadyRecorded,
}

/// Records one quiz submission, all of it or nothing. A token seen before is found by the
/// attempts' unique index, not by a query first: one round trip fewer per submission.
pub async fn record_attempt<D: TransactionTrait>(
    db: &D,
    key: LessonKey<'_>,
    token: &str,
    scored: &Scored,
    now: DateTime<Utc>,
) -> Result<Recorded, DbErr> {
    let txn = db.begin().await?;
    let inserted = quiz_attempt::ActiveModel {
        user_id: Set(key.user_id),
        course_id: Set(key.course_id.to_string()),
        lesson_id: Set(key.lesson_id.to_string()),
        token: Set(token.to_string()),
        correct: Set(scored.correct as i32),
        total: Set(scored.total as i32),
        score: Set(i32::from(scored.score)),
        passed: Set(scored.passed),
        submitted_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await;
    let attempt = match inserted {
        Ok(attempt) => attempt,
        // Sent before, or two copies of the same form at once: it counts once.
        Err(error) if is_unique_violation(&error) => return Ok(Recorded::AlreadyRecorded),
        Err(error) => return Err(error),
    };
    let answers = scored.answers.iter().map(|a| quiz_answer::ActiveModel {
        attempt_id: Set(attempt.id),
        question_id: Set(a.question_id.clone()),
        response: Set(a.response.clone()),
        correct: Set(a.correct),
        ..Default::default()
    });
    quiz_answer::Entity::insert_many(answers).exec(&txn).await?;
    let change = Change {
        score: Some(i32::from(scored.score)),
        completed: scored.passed,
    };
    let (row, newly_completed) = touch(&txn, key, now, change).await?;
    let mut activity = if newly_completed {
        completion(&txn, key).await?
    } else {
        Activity::default()
    };
    activity.attempts = 1;
    activity.score_sum = i64::from(scored.score);
    daily::add(&txn, key.user_id, now, activity).await?;
    txn.commit().await?;
    Ok(Recorded::New(row))
}

fn is_unique_violation(error: &DbErr) -> bool {
    matches!(
        error.sql_err(),
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
    )
}
