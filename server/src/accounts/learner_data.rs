//! One learner's data, on request (Morocco's law 09-08 on personal data; learners are often
//! minors): everything Tifawt keeps about them, to export, and the erasure of it all.
//!
//! **What an erased learner still counts for.** Their past work stays in the impact
//! summary: the lessons they completed, the courses they passed and their quiz attempts
//! remain in `daily_activity` (anonymous counts per centre, cohort and day), so a learner
//! who was trained stays counted as trained. What counts people drops: they are no longer
//! enrolled, nor active in the last 30 days. Because `daily_activity` must equal a recount
//! from the progress tables (`db::integrity`, and the rebuild at start-up), the erasure
//! moves the learner's own recount into `erased_activity` — the same anonymous counts, with
//! no user id — which every recount adds.

use crate::audit::{self, Action, Actor, Entry};
use crate::db::entities::{
    lesson_progress, quiz_answer, quiz_attempt, session, sign_in_throttle, trusted_device, user,
};
use crate::progress::{store as progress, summary};
use crate::reports::{daily, learners};
use sea_orm::sea_query::{LikeExpr, Query};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect, TransactionTrait,
};
use serde::Serialize;
use tifawt_app::catalog::Catalog;

/// Names the layout of the export: bump it when a field changes meaning or goes away.
pub const FORMAT: &str = "tifawt-learner-data/1";

/// Everything kept about one learner. Field names are stable (see [`FORMAT`]); times are
/// RFC 3339 in UTC; absent values are `null`.
#[derive(Clone, Debug, Serialize)]
pub struct LearnerData {
    pub format: &'static str,
    pub exported_at: String,
    pub account: Account,
    pub preferences: Preferences,
    /// Every lesson opened, most recently active first.
    pub lessons: Vec<Lesson>,
    /// Every quiz attempt, newest first, with its answers.
    pub attempts: Vec<Attempt>,
    /// Courses completed (every lesson), as the certificate page decides.
    pub certificates: Vec<Certificate>,
    /// Every CV, its content as JSON Resume 1.0.0.
    pub cvs: Vec<CvRecord>,
    /// Prompts sent to the AI assistant's practice blocks (personal data taken out) and
    /// their answers, newest first: kept only while the centre keeps transcripts.
    pub practice: Vec<PracticeRecord>,
}

#[derive(Clone, Debug, Serialize)]
pub struct PracticeRecord {
    pub course_id: String,
    pub lesson_id: String,
    pub block_id: String,
    pub at: String,
    pub prompt: String,
    pub answer: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct CvRecord {
    pub title: String,
    pub language: String,
    pub shared_with_centre: bool,
    pub complete: bool,
    pub updated_on: String,
    pub resume: serde_json::Value,
}

#[derive(Clone, Debug, Serialize)]
pub struct Account {
    pub username: String,
    pub display_name: String,
    pub role: String,
    pub centre: Option<String>,
    pub cohort: Option<String>,
    pub created_at: String,
    pub last_sign_in_at: Option<String>,
}

/// As chosen on the account; `null`: never chosen (the defaults apply).
#[derive(Clone, Debug, Serialize)]
pub struct Preferences {
    pub language: Option<String>,
    pub text_size: Option<String>,
    pub theme: Option<String>,
    pub motion: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Lesson {
    pub course_id: String,
    pub lesson_id: String,
    pub first_opened_at: String,
    pub last_active_at: String,
    pub seconds_spent: i32,
    pub completed_at: Option<String>,
    /// Percent.
    pub best_score: Option<i32>,
    pub latest_score: Option<i32>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Attempt {
    pub course_id: String,
    pub lesson_id: String,
    pub submitted_at: String,
    pub correct: i32,
    pub total: i32,
    /// Percent.
    pub score: i32,
    pub passed: bool,
    pub answers: Vec<Answer>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Answer {
    pub question_id: String,
    /// Choice numbers counted from 0 (`"0,2"`), or the words typed.
    pub response: String,
    pub correct: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct Certificate {
    pub course_id: String,
    pub completed_on: String,
}

fn time(t: chrono::DateTime<chrono::Utc>) -> String {
    t.to_rfc3339()
}

/// Everything about `learner` (a user row already checked by the caller).
pub async fn export<C: ConnectionTrait>(
    db: &C,
    catalog: &Catalog,
    learner: &user::Model,
    centre: Option<String>,
    cohort: Option<String>,
) -> Result<LearnerData, DbErr> {
    let rows = progress::of_learner(db, learner.id).await?;
    let attempts = learners::attempts_of(db, learner.id).await?;
    let certificates = catalog
        .courses
        .iter()
        .filter_map(|course| {
            summary::completed_on(catalog, &course.id, &rows).map(|on| Certificate {
                course_id: course.id.clone(),
                completed_on: on.format("%Y-%m-%d").to_string(),
            })
        })
        .collect();
    Ok(LearnerData {
        format: FORMAT,
        exported_at: time(chrono::Utc::now()),
        account: Account {
            username: learner.username.clone(),
            display_name: learner.display_name.clone(),
            role: learner.role.as_str().to_string(),
            centre,
            cohort,
            created_at: time(learner.created_at),
            last_sign_in_at: learner.last_sign_in_at.map(time),
        },
        preferences: Preferences {
            language: learner.locale.clone(),
            text_size: learner.text_size.clone(),
            theme: learner.theme.clone(),
            motion: learner.motion.clone(),
        },
        lessons: rows
            .into_iter()
            .map(|r| Lesson {
                course_id: r.course_id,
                lesson_id: r.lesson_id,
                first_opened_at: time(r.first_opened_at),
                last_active_at: time(r.last_active_at),
                seconds_spent: r.seconds_spent,
                completed_at: r.completed_at.map(time),
                best_score: r.best_score,
                latest_score: r.latest_score,
            })
            .collect(),
        attempts: attempts
            .into_iter()
            .map(|(a, answers)| Attempt {
                course_id: a.course_id,
                lesson_id: a.lesson_id,
                submitted_at: time(a.submitted_at),
                correct: a.correct,
                total: a.total,
                score: a.score,
                passed: a.passed,
                answers: answers
                    .into_iter()
                    .map(|q| Answer {
                        question_id: q.question_id,
                        response: q.response,
                        correct: q.correct,
                    })
                    .collect(),
            })
            .collect(),
        certificates,
        cvs: crate::cv::store::all_of(db, learner.id)
            .await?
            .into_iter()
            .map(|(header, cv)| CvRecord {
                resume: crate::cv::json_resume::export(
                    &cv,
                    header.language.words(),
                    header.language.tag(),
                ),
                title: header.title,
                language: header.language.tag().to_string(),
                shared_with_centre: header.shared,
                complete: header.complete,
                updated_on: header.updated,
            })
            .collect(),
        practice: crate::assistant::transcripts::of_learner(db, learner.id)
            .await?
            .into_iter()
            .map(|t| PracticeRecord {
                course_id: t.course_id,
                lesson_id: t.lesson_id,
                block_id: t.block_id,
                at: time(t.at),
                prompt: t.prompt,
                answer: t.answer,
            })
            .collect(),
    })
}

/// The export as one CSV table of three columns, `record,field,value`: `record` is the
/// JSON's top-level section (`account`, `preferences`, `lessons`, `attempts`,
/// `certificates`, `cvs`, `practice`), `field` the path of the value inside the JSON (`attempts[0].answers[1].
/// response`, numbered from 0), `value` the value as text (empty for `null`). So the two
/// files hold exactly the same data under the same names.
pub fn csv_rows(data: &LearnerData) -> Vec<Vec<String>> {
    fn flatten(path: String, value: &serde_json::Value, out: &mut Vec<(String, String)>) {
        use serde_json::Value;
        match value {
            Value::Object(map) => {
                for (key, v) in map {
                    let path = if path.is_empty() {
                        key.clone()
                    } else {
                        format!("{path}.{key}")
                    };
                    flatten(path, v, out);
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    flatten(format!("{path}[{i}]"), v, out);
                }
            }
            Value::Null => out.push((path, String::new())),
            Value::String(s) => out.push((path, s.clone())),
            other => out.push((path, other.to_string())),
        }
    }
    let mut fields = Vec::new();
    if let Ok(value) = serde_json::to_value(data) {
        flatten(String::new(), &value, &mut fields);
    }
    fields
        .into_iter()
        .map(|(field, value)| {
            let record = field
                .split(['.', '['])
                .next()
                .unwrap_or_default()
                .to_string();
            vec![record, field, value]
        })
        .collect()
}

/// What an erasure removed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Erased {
    pub lessons: u64,
    pub attempts: u64,
    pub answers: u64,
}

/// Escapes `%`, `_` and `\` for a `LIKE … ESCAPE '\'` pattern.
fn like_literal(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

/// Erases `learner` and every personal row about them, in one transaction with its audit
/// row: the account (with its preferences), sessions, trusted browsers, sign-in failure
/// counts kept under their username, lesson progress, quiz attempts and answers, CVs. Their
/// activity stays counted, anonymously (see the module's documentation).
pub async fn erase<D: TransactionTrait>(
    db: &D,
    catalog: &Catalog,
    learner: &user::Model,
    actor: &Actor,
) -> Result<Erased, DbErr> {
    let txn = db.begin().await?;
    // On PostgreSQL, a quiz submission under way holds a key-share lock on the user row
    // (its attempt's foreign key) until it commits: wait for it, so the recount below
    // includes it; and one that starts now waits for the erasure, then finds no account.
    // SQLite runs one writer at a time.
    if txn.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
        user::Entity::find_by_id(learner.id)
            .lock_exclusive()
            .one(&txn)
            .await?;
    }
    let kept = daily::recount_learner(&txn, catalog, learner.id).await?;
    daily::keep_erased(&txn, &kept).await?;
    let attempt_ids = Query::select()
        .column(quiz_attempt::Column::Id)
        .from(quiz_attempt::Entity)
        .and_where(quiz_attempt::Column::UserId.eq(learner.id))
        .to_owned();
    // Explicitly, not through the foreign keys' cascades: SQLite applies them only when
    // asked, and an erasure must not depend on it.
    let answers = quiz_answer::Entity::delete_many()
        .filter(quiz_answer::Column::AttemptId.in_subquery(attempt_ids))
        .exec(&txn)
        .await?
        .rows_affected;
    let attempts = quiz_attempt::Entity::delete_many()
        .filter(quiz_attempt::Column::UserId.eq(learner.id))
        .exec(&txn)
        .await?
        .rows_affected;
    let lessons = lesson_progress::Entity::delete_many()
        .filter(lesson_progress::Column::UserId.eq(learner.id))
        .exec(&txn)
        .await?
        .rows_affected;
    crate::cv::store::delete_all_of(&txn, learner.id).await?;
    crate::assistant::transcripts::delete_of_learner(&txn, learner.id).await?;
    session::Entity::delete_many()
        .filter(session::Column::UserId.eq(learner.id))
        .exec(&txn)
        .await?;
    trusted_device::Entity::delete_many()
        .filter(trusted_device::Column::UserId.eq(learner.id))
        .exec(&txn)
        .await?;
    // `account:<username>` and `device:<hash>:<username>` (see `auth::throttle::keys`).
    let device_keys = format!("device:%:{}", like_literal(&learner.username));
    sign_in_throttle::Entity::delete_many()
        .filter(
            sign_in_throttle::Column::Key
                .eq(format!("account:{}", learner.username))
                .or(sign_in_throttle::Column::Key.like(LikeExpr::new(device_keys).escape('\\'))),
        )
        .exec(&txn)
        .await?;
    user::Entity::delete_by_id(learner.id).exec(&txn).await?;
    let erased = Erased {
        lessons,
        attempts,
        answers,
    };
    let entry = Entry {
        action: Action::LearnerErased,
        centre_id: learner.centre_id,
        subject: Some(&learner.username),
        details: serde_json::json!({
            "lessons": erased.lessons,
            "attempts": erased.attempts,
            "answers": erased.answers,
        }),
    };
    audit::record(&txn, actor, entry).await?;
    txn.commit().await?;
    Ok(erased)
}

/// Records that `learner`'s data was downloaded, as `format` (`json` or `csv`).
pub async fn record_export<C: ConnectionTrait>(
    db: &C,
    learner: &user::Model,
    format: &str,
    actor: &Actor,
) -> Result<(), DbErr> {
    let entry = Entry {
        action: Action::LearnerExported,
        centre_id: learner.centre_id,
        subject: Some(&learner.username),
        details: serde_json::json!({ "format": format }),
    };
    audit::record(db, actor, entry).await
}

#[cfg(test)]
mod tests {
    use super::like_literal;

    #[test]
    fn usernames_are_literal_in_like_patterns() {
        assert_eq!(like_literal("fatima_a"), "fatima\\_a");
        assert_eq!(like_literal("a%b\\c"), "a\\%b\\\\c");
    }
}
