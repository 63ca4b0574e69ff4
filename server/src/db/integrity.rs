//! What must hold in a Tifawt database whatever happened to it (a killed server, a backup
//! taken mid-submission, a restore): every quiz attempt whole, no row pointing at a row that
//! does not exist, and the daily counts of the impact summary equal to a recount from the
//! progress tables. `tifawt restore` prints it; the tests assert it.
//!
//! "Whole" is checkable without the course: an attempt stores how many questions it scored
//! (`total`) and how many were right (`correct`), and each of those questions is one
//! `quiz_answers` row, so an attempt is whole when its answers add up to both.

use crate::reports::daily::{self, Activity};
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, Statement};
use std::collections::BTreeMap;
use std::fmt;
use tifawt_app::catalog::Catalog;

/// The findings; [`Report::is_ok`] says whether there is nothing to worry about.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub attempts: i64,
    pub answers: i64,
    /// Attempts whose answers do not add up to their `total` or `correct`.
    pub incomplete_attempts: i64,
    /// Rows that point at a row that does not exist: (what they are, how many). Only the
    /// kinds found.
    pub orphans: Vec<(&'static str, i64)>,
    /// (centre, cohort, day) whose stored counts differ from a recount.
    pub daily_differences: Vec<DailyDifference>,
    /// Courses passed are recounted against the courses as they are now; without them
    /// (`None` given), that one count is not compared.
    pub courses_passed_compared: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DailyDifference {
    pub centre_id: i32,
    pub cohort_id: i32,
    pub day: String,
    pub stored: Activity,
    pub recounted: Activity,
}

impl Report {
    pub fn is_ok(&self) -> bool {
        self.incomplete_attempts == 0
            && self.orphans.is_empty()
            && self.daily_differences.is_empty()
    }
}

/// Rows of a table that point at nothing: (what they are, the query counting them).
const ORPHANS: [(&str, &str); 10] = [
    (
        "CVs of no account",
        "SELECT COUNT(*) FROM cvs c WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = c.user_id)",
    ),
    (
        "quiz answers of no attempt",
        "SELECT COUNT(*) FROM quiz_answers a WHERE NOT EXISTS (SELECT 1 FROM quiz_attempts t WHERE t.id = a.attempt_id)",
    ),
    (
        "quiz attempts of no account",
        "SELECT COUNT(*) FROM quiz_attempts t WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = t.user_id)",
    ),
    (
        "lesson progress of no account",
        "SELECT COUNT(*) FROM lesson_progress p WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = p.user_id)",
    ),
    (
        "sessions of no account",
        "SELECT COUNT(*) FROM sessions s WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = s.user_id)",
    ),
    (
        "accounts of no centre",
        "SELECT COUNT(*) FROM users u WHERE u.centre_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM centres c WHERE c.id = u.centre_id)",
    ),
    (
        "accounts of no cohort",
        "SELECT COUNT(*) FROM users u WHERE u.cohort_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM cohorts c WHERE c.id = u.cohort_id)",
    ),
    (
        "cohorts of no centre",
        "SELECT COUNT(*) FROM cohorts k WHERE NOT EXISTS (SELECT 1 FROM centres c WHERE c.id = k.centre_id)",
    ),
    (
        "daily counts of no centre",
        "SELECT COUNT(*) FROM daily_activity d WHERE NOT EXISTS (SELECT 1 FROM centres c WHERE c.id = d.centre_id)",
    ),
    (
        "daily counts of no cohort",
        "SELECT COUNT(*) FROM daily_activity d WHERE d.cohort_id <> 0 AND NOT EXISTS (SELECT 1 FROM cohorts k WHERE k.id = d.cohort_id)",
    ),
];

/// Attempts whose answers do not add up: counted per attempt in one pass over the answers.
const INCOMPLETE_ATTEMPTS: &str = "SELECT COUNT(*) FROM quiz_attempts t LEFT JOIN \
     (SELECT attempt_id, COUNT(*) AS n, SUM(CASE WHEN correct THEN 1 ELSE 0 END) AS n_correct \
      FROM quiz_answers GROUP BY attempt_id) a ON a.attempt_id = t.id \
     WHERE COALESCE(a.n, 0) <> t.total OR COALESCE(a.n_correct, 0) <> t.correct";

async fn count<C: ConnectionTrait>(db: &C, sql: &str) -> Result<i64, DbErr> {
    let row = db
        .query_one(Statement::from_string(db.get_database_backend(), sql))
        .await?
        .ok_or_else(|| DbErr::Custom(format!("no row from {sql}")))?;
    row.try_get_by_index::<i64>(0)
}

/// Runs every check. `catalog`: the courses, to recount courses passed (see
/// [`Report::courses_passed_compared`]).
pub async fn check<C: ConnectionTrait>(db: &C, catalog: Option<&Catalog>) -> Result<Report, DbErr> {
    let mut report = Report {
        attempts: count(db, "SELECT COUNT(*) FROM quiz_attempts").await?,
        answers: count(db, "SELECT COUNT(*) FROM quiz_answers").await?,
        incomplete_attempts: count(db, INCOMPLETE_ATTEMPTS).await?,
        courses_passed_compared: catalog.is_some(),
        ..Report::default()
    };
    for (what, sql) in ORPHANS {
        let n = count(db, sql).await?;
        if n > 0 {
            report.orphans.push((what, n));
        }
    }
    let empty = Catalog::default();
    let recounted = daily::recount(db, catalog.unwrap_or(&empty)).await?;
    let mut stored: BTreeMap<(i32, i32, String), Activity> = BTreeMap::new();
    for row in crate::db::entities::daily_activity::Entity::find()
        .all(db)
        .await?
    {
        stored.insert(
            (row.centre_id, row.cohort_id, row.day.clone()),
            Activity::from(&row),
        );
    }
    let mut keys: Vec<&(i32, i32, String)> = stored.keys().chain(recounted.keys()).collect();
    keys.sort();
    keys.dedup();
    for key in keys {
        let stored = stored.get(key).copied().unwrap_or_default();
        let recounted = recounted.get(key).copied().unwrap_or_default();
        let differs = if catalog.is_some() {
            stored != recounted
        } else {
            Activity {
                courses_passed: 0,
                ..stored
            } != Activity {
                courses_passed: 0,
                ..recounted
            }
        };
        if differs {
            report.daily_differences.push(DailyDifference {
                centre_id: key.0,
                cohort_id: key.1,
                day: key.2.clone(),
                stored,
                recounted,
            });
        }
    }
    Ok(report)
}

/// At most this many differing days are listed.
const DAYS_SHOWN: usize = 10;

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mark = |ok: bool| if ok { "ok" } else { "PROBLEM" };
        writeln!(
            f,
            "every attempt whole ({} attempts, {} answers): {}",
            self.attempts,
            self.answers,
            mark(self.incomplete_attempts == 0)
        )?;
        if self.incomplete_attempts > 0 {
            writeln!(
                f,
                "  {} attempts lack answers or have answers too many",
                self.incomplete_attempts
            )?;
        }
        writeln!(f, "no orphan rows: {}", mark(self.orphans.is_empty()))?;
        for (what, n) in &self.orphans {
            writeln!(f, "  {n} {what}")?;
        }
        write!(
            f,
            "daily activity equals a recount from the progress tables: {}",
            mark(self.daily_differences.is_empty())
        )?;
        if !self.courses_passed_compared {
            write!(f, " (courses passed not compared: no courses given)")?;
        }
        for d in self.daily_differences.iter().take(DAYS_SHOWN) {
            let (s, r) = (d.stored, d.recounted);
            write!(
                f,
                "\n  centre {} cohort {} {}: stored lessons {} courses {} attempts {} score sum {} CVs {} {}; recounted {} {} {} {} {} {}",
                d.centre_id,
                d.cohort_id,
                d.day,
                s.lessons_completed,
                s.courses_passed,
                s.attempts,
                s.score_sum,
                s.cvs_started,
                s.cvs_completed,
                r.lessons_completed,
                r.courses_passed,
                r.attempts,
                r.score_sum,
                r.cvs_started,
                r.cvs_completed
            )?;
        }
        if self.daily_differences.len() > DAYS_SHOWN {
            write!(
                f,
                "\n  and {} more days",
                self.daily_differences.len() - DAYS_SHOWN
            )?;
        }
        Ok(())
    }
}
