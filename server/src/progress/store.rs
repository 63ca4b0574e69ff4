//! Reading and writing progress. A quiz submission is one transaction: the attempt, every
//! answer and the lesson's progress are all written, or none (a server killed half-way
//! leaves nothing); its one-time token makes a resubmitted form count once.

use super::scoring::Scored;
use crate::db::cache::Cache;
use crate::db::entities::{lesson_progress, quiz_answer, quiz_attempt};
use crate::db::transaction::{Executor, FromRow, Orm, Transactional, Writer};
use crate::reports::daily::{self, Activity};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, FromQueryResult, QueryFilter, QueryOrder,
    QueryResult, QuerySelect, QueryTrait, Select, Set,
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

impl LessonKey<'_> {
    /// The same key, owning its names: for work that outlives the request's borrows.
    pub fn to_owned(self) -> OwnedLessonKey {
        OwnedLessonKey {
            user_id: self.user_id,
            course_id: self.course_id.to_string(),
            lesson_id: self.lesson_id.to_string(),
            course_lessons: self.course_lessons.to_vec(),
        }
    }
}

/// A [`LessonKey`] that owns its names.
#[derive(Clone, Debug)]
pub struct OwnedLessonKey {
    user_id: i32,
    course_id: String,
    lesson_id: String,
    course_lessons: Vec<String>,
}

impl OwnedLessonKey {
    pub fn key(&self) -> LessonKey<'_> {
        LessonKey {
            user_id: self.user_id,
            course_id: &self.course_id,
            lesson_id: &self.lesson_id,
            course_lessons: &self.course_lessons,
        }
    }
}

/// The row of `key`'s lesson, if the learner has opened it.
pub async fn find<C: ConnectionTrait>(
    db: &C,
    key: LessonKey<'_>,
) -> Result<Option<lesson_progress::Model>, DbErr> {
    find_in(&Orm(db), key).await
}

async fn find_in<E: Executor>(
    tx: &E,
    key: LessonKey<'_>,
) -> Result<Option<lesson_progress::Model>, DbErr> {
    let query = of_learner_query(key.user_id)
        .filter(lesson_progress::Column::CourseId.eq(key.course_id))
        .filter(lesson_progress::Column::LessonId.eq(key.lesson_id))
        .limit(1);
    tx.one(query.build(tx.backend())).await
}

fn of_learner_query(user_id: i32) -> Select<lesson_progress::Entity> {
    lesson_progress::Entity::find().filter(lesson_progress::Column::UserId.eq(user_id))
}

/// Rows read inside a transaction ([`crate::db::transaction`]): the columns by name.
impl FromRow for lesson_progress::Model {
    fn from_orm(row: &QueryResult) -> Result<Self, DbErr> {
        Self::from_query_result(row, "")
    }

    fn from_sqlite(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(lesson_progress::Model {
            id: row.get("id")?,
            user_id: row.get("user_id")?,
            course_id: row.get("course_id")?,
            lesson_id: row.get("lesson_id")?,
            first_opened_at: row.get("first_opened_at")?,
            last_active_at: row.get("last_active_at")?,
            seconds_spent: row.get("seconds_spent")?,
            completed_at: row.get("completed_at")?,
            best_score: row.get("best_score")?,
            latest_score: row.get("latest_score")?,
        })
    }
}

/// Each learner's progress rows ([`of_learner`]), kept until progress changes in the
/// database (`db::changes::Scope::Progress`): the lesson page, the learner's home and the
/// course page read them on every visit.
pub type ProgressCache = Cache<i32, Arc<[lesson_progress::Model]>>;

/// [`of_learner`], from `cache` when no progress changed since it was read (`epoch`, the
/// progress scope's count from `db::changes`, taken before any read).
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
    of_learner_query(user_id)
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
async fn touch<E: Executor>(
    tx: &E,
    key: LessonKey<'_>,
    now: DateTime<Utc>,
    change: Change,
) -> Result<(lesson_progress::Model, bool), DbErr> {
    let existing = find_in(tx, key).await?;
    apply(tx, key, existing, now, change).await
}

/// [`touch`] once the row (if any) has been read.
async fn apply<E: Executor>(
    tx: &E,
    key: LessonKey<'_>,
    existing: Option<lesson_progress::Model>,
    now: DateTime<Utc>,
    change: Change,
) -> Result<(lesson_progress::Model, bool), DbErr> {
    let backend = tx.backend();
    let (written, newly_completed) = match existing {
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
            };
            let mut insert = lesson_progress::Entity::insert(row).into_query();
            (backend.build(insert.returning_all()), change.completed)
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
            let mut update = lesson_progress::Entity::update(active).into_query();
            (backend.build(update.returning_all()), newly_completed)
        }
    };
    // No row: it was deleted meanwhile (the learner's data erased), as SeaORM's update says.
    let row = tx.one(written).await?.ok_or(DbErr::RecordNotUpdated)?;
    Ok((row, newly_completed))
}

/// What a completion adds to the day's activity: the lesson, and the course when it was
/// the last lesson left.
async fn completion<E: Executor>(tx: &E, key: LessonKey<'_>) -> Result<Activity, DbErr> {
    let done = of_learner_query(key.user_id)
        .select_only()
        .column_as(Expr::col(lesson_progress::Column::Id).count(), "done")
        .filter(lesson_progress::Column::CourseId.eq(key.course_id))
        .filter(lesson_progress::Column::LessonId.is_in(key.course_lessons.iter().cloned()))
        .filter(lesson_progress::Column::CompletedAt.is_not_null());
    let done: i64 = tx.one(done.build(tx.backend())).await?.unwrap_or(0);
    Ok(Activity {
        lessons_completed: 1,
        courses_passed: i64::from(
            !key.course_lessons.is_empty() && done == key.course_lessons.len() as i64,
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
    let (row, _) = apply(&Orm(db), key, existing.cloned(), now, Change::default()).await?;
    Ok((row, true))
}

/// The learner marked a lesson without a quiz as done.
pub async fn mark_done(
    writer: &Writer,
    key: LessonKey<'_>,
    now: DateTime<Utc>,
) -> Result<lesson_progress::Model, DbErr> {
    let key = key.to_owned();
    writer.run(MarkDone { key, now }).await
}

#[derive(Clone)]
struct MarkDone {
    key: OwnedLessonKey,
    now: DateTime<Utc>,
}

impl Transactional for MarkDone {
    type Output = lesson_progress::Model;

    fn keeps(_: &lesson_progress::Model) -> bool {
        true
    }

    async fn run<E: Executor>(&self, tx: &E) -> Result<lesson_progress::Model, DbErr> {
        let change = Change {
            score: None,
            completed: true,
        };
        let key = self.key.key();
        let (row, newly_completed) = touch(tx, key, self.now, change).await?;
        if newly_completed {
            let activity = completion(tx, key).await?;
            daily::add(tx, key.user_id, self.now, activity).await?;
        }
        Ok(row)
    }
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
pub async fn record_attempt(
    writer: &Writer,
    key: LessonKey<'_>,
    token: &str,
    scored: &Scored,
    now: DateTime<Utc>,
) -> Result<Recorded, DbErr> {
    let submission = Submission {
        key: key.to_owned(),
        token: token.to_string(),
        scored: scored.clone(),
        now,
    };
    writer.run(submission).await
}

#[derive(Clone)]
struct Submission {
    key: OwnedLessonKey,
    token: String,
    scored: Scored,
    now: DateTime<Utc>,
}

impl Transactional for Submission {
    type Output = Recorded;

    fn keeps(recorded: &Recorded) -> bool {
        matches!(recorded, Recorded::New(_))
    }

    async fn run<E: Executor>(&self, tx: &E) -> Result<Recorded, DbErr> {
        let Submission {
            ref key,
            ref token,
            ref scored,
            now,
        } = *self;
        let key = key.key();
        let attempt = quiz_attempt::ActiveModel {
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
        };
        let mut insert = quiz_attempt::Entity::insert(attempt).into_query();
        let insert = tx
            .backend()
            .build(insert.returning_col(quiz_attempt::Column::Id));
        // Sent before, or two copies of the same form at once: it counts once.
        let Some(attempt_id) = tx.insert_unique::<i32>(insert).await? else {
            return Ok(Recorded::AlreadyRecorded);
        };
        let answers = scored.answers.iter().map(|a| quiz_answer::ActiveModel {
            attempt_id: Set(attempt_id),
            question_id: Set(a.question_id.clone()),
            response: Set(a.response.clone()),
            correct: Set(a.correct),
            ..Default::default()
        });
        let answers = quiz_answer::Entity::insert_many(answers).build(tx.backend());
        tx.execute(answers).await?;
        let change = Change {
            score: Some(i32::from(scored.score)),
            completed: scored.passed,
        };
        let (row, newly_completed) = touch(tx, key, now, change).await?;
        let mut activity = if newly_completed {
            completion(tx, key).await?
        } else {
            Activity::default()
        };
        activity.attempts = 1;
        activity.score_sum = i64::from(scored.score);
        daily::add(tx, key.user_id, now, activity).await?;
        Ok(Recorded::New(row))
    }
}

#[cfg(test)]
mod tests {
    //! On SQLite a progress transaction runs straight on the connection
    //! ([`Writer`]); everywhere else through SeaORM ([`transaction::through_orm`],
    //! which PostgreSQL's tests cover). The same actions both ways must leave the same bytes.
    use super::*;
    use crate::db::test_file::TestFile;
    use crate::db::transaction;
    use crate::progress::scoring::ScoredAnswer;
    use sea_orm::DatabaseConnection;

    /// The demo centre's learner and facilitator (`accounts::demo`): their ids.
    async fn people(db: &DatabaseConnection) -> (i32, i32) {
        crate::accounts::demo::create_if_empty(db).await.unwrap();
        let mut ids = Vec::new();
        for username in ["demo.learner", "demo.facilitator"] {
            let person = crate::accounts::store::find_by_username(db, username).await;
            ids.push(person.unwrap().expect("a demo account").id);
        }
        (ids[0], ids[1])
    }

    /// `daily_activity` holds one day, whose counts end its row: lessons completed,
    /// courses passed, attempts, score sum, CVs started, CVs completed.
    fn assert_one_day(days: &[String], counts: &str) {
        assert_eq!(days.len(), 1, "{days:#?}");
        assert!(days[0].ends_with(counts), "{}", days[0]);
    }

    fn at(time: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(time).unwrap().to_utc()
    }

    fn scored(correct: u32, total: u32) -> Scored {
        let answers = (0..total)
            .map(|n| ScoredAnswer {
                question_id: format!("q{n}"),
                response: if n < correct {
                    "0".into()
                } else {
                    "ⵜⵉⴼⴰⵡⵜ, 2".into()
                },
                correct: n < correct,
            })
            .collect();
        let score = (100 * correct / total) as u8;
        Scored {
            answers,
            correct,
            total,
            score,
            passed: score >= 80,
        }
    }

    /// One way of running a transaction: straight on SQLite, or through SeaORM.
    #[derive(Clone, Copy, Debug)]
    enum Way {
        Direct,
        Orm,
    }

    async fn in_transaction<T>(
        way: Way,
        db: &DatabaseConnection,
        work: &T,
    ) -> Result<T::Output, DbErr>
    where
        T: Transactional + Clone + Send + 'static,
        T::Output: Send + 'static,
    {
        match way {
            Way::Direct => Writer::new(db).run(work.clone()).await,
            Way::Orm => transaction::through_orm(db, work).await,
        }
    }

    /// A learner fails a quiz, passes it, sends the same form again, opens and marks done
    /// the course's other lesson (passing the course), and a facilitator tries the quiz.
    /// What each step answered, then every row written.
    async fn a_week_of_progress(way: Way, file: &TestFile) -> (Vec<String>, Vec<Vec<String>>) {
        let db = crate::db::connect(&file.url()).await.unwrap();
        let (learner, facilitator) = people(&db).await;
        let lessons = ["quiz".to_string(), "reading".to_string()];
        let key = |user_id, lesson_id| LessonKey {
            user_id,
            course_id: "ai-basics",
            lesson_id,
            course_lessons: &lessons,
        };
        let submit = |user_id, token: &str, scored: &Scored, now| Submission {
            key: key(user_id, "quiz").to_owned(),
            token: token.to_string(),
            scored: scored.clone(),
            now,
        };
        let (half, all) = (scored(1, 2), scored(2, 2));
        let mut answered = Vec::new();
        let steps = [
            submit(
                learner,
                "token-1",
                &half,
                at("2026-12-07T06:00:00.123456789Z"),
            ),
            submit(learner, "token-2", &all, at("2026-12-07T06:04:10.5Z")),
            submit(learner, "token-2", &all, at("2026-12-07T06:04:11Z")),
        ];
        for step in &steps {
            answered.push(format!("{:?}", in_transaction(way, &db, step).await));
        }
        let reading = key(learner, "reading");
        let opened = record_open(&db, reading, None, at("2026-12-07T06:05:00Z")).await;
        answered.push(format!("{opened:?}"));
        let done = MarkDone {
            key: reading.to_owned(),
            now: at("2026-12-07T23:59:59.999Z"),
        };
        answered.push(format!("{:?}", in_transaction(way, &db, &done).await));
        let tried = submit(facilitator, "token-3", &all, at("2026-12-08T00:00:00Z"));
        answered.push(format!("{:?}", in_transaction(way, &db, &tried).await));
        db.close().await.unwrap();
        let tables = [
            "quiz_attempts",
            "quiz_answers",
            "lesson_progress",
            "daily_activity",
        ];
        (answered, tables.map(|table| file.rows(table)).to_vec())
    }

    #[tokio::test]
    async fn progress_written_straight_on_sqlite_is_what_seaorm_writes() {
        let (direct_file, orm_file) = (TestFile::new("direct"), TestFile::new("orm"));
        let direct = a_week_of_progress(Way::Direct, &direct_file).await;
        let orm = a_week_of_progress(Way::Orm, &orm_file).await;
        assert_eq!(direct.0, orm.0, "what each step answered");
        assert_eq!(direct.1, orm.1, "the rows written");

        let (answered, tables) = direct;
        assert!(answered[0].starts_with("Ok(New("), "{}", answered[0]);
        assert_eq!(answered[2], "Ok(AlreadyRecorded)");
        let [attempts, answers, progress, days] = &tables[..] else {
            unreachable!()
        };
        assert_eq!(
            attempts.len(),
            3,
            "the resent form is not counted: {attempts:#?}"
        );
        assert_eq!(answers.len(), 6);
        assert!(
            attempts[0].contains("Text(\"2026-12-07T06:00:00.123456789+00:00\")"),
            "times are stored as sqlx stores them: {}",
            attempts[0]
        );
        assert_eq!(progress.len(), 3, "{progress:#?}");
        // The learner's day: two attempts (50 + 100), both lessons and the course; the
        // facilitator's try counts nowhere.
        assert_one_day(
            days,
            "Integer(2) | Integer(1) | Integer(2) | Integer(150) | Integer(0) | Integer(0)",
        );
    }

    #[tokio::test]
    async fn a_failed_transaction_on_sqlite_writes_nothing_and_leaves_the_connection_usable() {
        let file = TestFile::new("failed");
        let db = crate::db::connect(&file.url()).await.unwrap();
        let (learner, _) = people(&db).await;
        let lessons = ["quiz".to_string()];
        let all = scored(2, 2);
        let submission = Submission {
            key: LessonKey {
                user_id: learner,
                course_id: "ai-basics",
                lesson_id: "quiz",
                course_lessons: &lessons,
            }
            .to_owned(),
            token: "token-1".into(),
            scored: all,
            now: at("2026-12-07T06:00:00Z"),
        };
        let writer = Writer::new(&db);
        // The attempt and its answers are written, then the progress row is refused.
        let refuse = "CREATE TRIGGER refuse BEFORE INSERT ON lesson_progress \
                      BEGIN SELECT RAISE(ABORT, 'progress refused'); END";
        db.execute_unprepared(refuse).await.unwrap();
        let error = writer.run(submission.clone()).await.unwrap_err();
        assert!(error.to_string().contains("progress refused"), "{error}");
        assert_eq!(file.rows("quiz_attempts"), Vec::<String>::new());
        assert_eq!(file.rows("quiz_answers"), Vec::<String>::new());
        // The same connection, back with sqlx, is out of any transaction: this one commits.
        db.execute_unprepared("DROP TRIGGER refuse").await.unwrap();
        let recorded = writer.run(submission).await.unwrap();
        assert!(matches!(recorded, Recorded::New(_)));
        let stored = quiz_attempt::Entity::find().all(&db).await.unwrap();
        assert_eq!(stored.len(), 1);
        assert_eq!(stored[0].user_id, learner);
        assert_eq!(file.rows("quiz_answers").len(), 2);
        db.close().await.unwrap();
    }

    /// Many learners at once: the writer runs queued submissions in turns, each statement
    /// prepared once per turn and run again with the next learner's values. Each submission
    /// is written whole, with its own values.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn submissions_queued_at_once_are_each_written_whole() {
        let file = TestFile::new("queued");
        let db = crate::db::connect(&file.url()).await.unwrap();
        let (learner, _) = people(&db).await;
        let lessons: Vec<String> = (0..40).map(|n| format!("lesson-{n:02}")).collect();
        let writer = Writer::new(&db);
        let mut submissions = tokio::task::JoinSet::new();
        for (n, lesson) in lessons.iter().enumerate() {
            let submission = Submission {
                key: LessonKey {
                    user_id: learner,
                    course_id: "ai-basics",
                    lesson_id: lesson,
                    course_lessons: &lessons,
                }
                .to_owned(),
                token: format!("token-{n:026}"),
                scored: scored(n as u32 % 3, 2),
                now: at("2026-12-07T10:00:00Z"),
            };
            let writer = writer.clone();
            submissions.spawn(async move { writer.run(submission).await });
        }
        while let Some(recorded) = submissions.join_next().await {
            assert!(matches!(recorded.unwrap(), Ok(Recorded::New(_))));
        }
        let rows = of_learner(&db, learner).await.unwrap();
        assert_eq!(rows.len(), 40);
        for row in &rows {
            let n: u32 = row.lesson_id["lesson-".len()..].parse().unwrap();
            let score = [0, 50, 100][n as usize % 3];
            assert_eq!(row.latest_score, Some(score), "{row:?}");
            assert_eq!(row.completed_at.is_some(), score == 100, "{row:?}");
        }
        let attempts = quiz_attempt::Entity::find().all(&db).await.unwrap();
        let mut tokens: Vec<_> = attempts.iter().map(|a| a.token.clone()).collect();
        tokens.sort();
        tokens.dedup();
        assert_eq!(tokens.len(), 40, "one attempt each");
        assert_eq!(
            quiz_answer::Entity::find().all(&db).await.unwrap().len(),
            80
        );
        // The day: 13 lessons passed (the course not: 27 are not), 40 attempts, scores
        // 13 × 50 + 13 × 100.
        assert_one_day(
            &file.rows("daily_activity"),
            "Integer(13) | Integer(0) | Integer(40) | Integer(1950) | Integer(0) | Integer(0)",
        );
        db.close().await.unwrap();
    }
}
