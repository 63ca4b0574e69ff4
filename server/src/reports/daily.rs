//! Activity per centre, cohort and day, added to in the same transaction as the progress it
//! counts, so the impact summary never scans every attempt. `rebuild` recounts it all from
//! the progress tables (after `report seed`, or for data older than this table).

use super::day;
use crate::db::entities::{daily_activity, erased_activity, user};
use crate::db::transaction::{Executor, FromRow, Orm};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Alias, Expr, IntoIden, OnConflict};
use sea_orm::{
    ActiveEnum, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryResult, QuerySelect,
    QueryTrait, Set,
};
use std::collections::BTreeMap;
use tifawt_app::catalog::Catalog;
use tifawt_app::viewer::Role;

/// What one action adds to its day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Activity {
    pub lessons_completed: i64,
    pub courses_passed: i64,
    pub attempts: i64,
    pub score_sum: i64,
    pub cvs_started: i64,
    pub cvs_completed: i64,
}

impl Activity {
    fn add(&mut self, other: Activity) {
        self.lessons_completed += other.lessons_completed;
        self.courses_passed += other.courses_passed;
        self.attempts += other.attempts;
        self.score_sum += other.score_sum;
        self.cvs_started += other.cvs_started;
        self.cvs_completed += other.cvs_completed;
    }
}

/// The daily counts and the erased learners' counts have the same columns.
macro_rules! activity_of_row {
    ($($model:path),*) => {$(
        impl From<&$model> for Activity {
            fn from(row: &$model) -> Activity {
                Activity {
                    lessons_completed: row.lessons_completed,
                    courses_passed: row.courses_passed,
                    attempts: row.attempts,
                    score_sum: row.score_sum,
                    cvs_started: row.cvs_started,
                    cvs_completed: row.cvs_completed,
                }
            }
        }
    )*};
}

activity_of_row!(daily_activity::Model, erased_activity::Model);

/// For a day already counted (same centre, cohort and day), adds the new counts to it. The
/// daily counts and the erased learners' counts have the same columns.
fn added_to_the_day(table: impl IntoIden + Copy + 'static) -> OnConflict {
    let key = ["centre_id", "cohort_id", "day"].map(Alias::new);
    let mut on_conflict = OnConflict::columns(key);
    for name in [
        "lessons_completed",
        "courses_passed",
        "attempts",
        "score_sum",
        "cvs_started",
        "cvs_completed",
    ] {
        let sum = Expr::col((table, Alias::new(name))).add(Expr::cust(format!("excluded.{name}")));
        on_conflict.value(Alias::new(name), sum);
    }
    on_conflict.to_owned()
}

async fn add_to<E: Executor>(
    tx: &E,
    centre_id: i32,
    cohort_id: i32,
    day: String,
    activity: Activity,
) -> Result<(), DbErr> {
    let row = daily_activity::ActiveModel {
        centre_id: Set(centre_id),
        cohort_id: Set(cohort_id),
        day: Set(day),
        lessons_completed: Set(activity.lessons_completed),
        courses_passed: Set(activity.courses_passed),
        attempts: Set(activity.attempts),
        score_sum: Set(activity.score_sum),
        cvs_started: Set(activity.cvs_started),
        cvs_completed: Set(activity.cvs_completed),
    };
    let insert = daily_activity::Entity::insert(row)
        .on_conflict(added_to_the_day(daily_activity::Entity))
        .build(tx.backend());
    tx.execute(insert).await
}

/// Adds a learner's action to their centre and cohort's day (people of no centre count
/// nowhere).
pub async fn add<E: Executor>(
    tx: &E,
    user_id: i32,
    at: DateTime<Utc>,
    activity: Activity,
) -> Result<(), DbErr> {
    if activity == Activity::default() {
        return Ok(());
    }
    let person = user::Entity::find_by_id(user_id)
        .select_only()
        .columns([
            user::Column::CentreId,
            user::Column::CohortId,
            user::Column::Role,
        ])
        .build(tx.backend());
    let Some(person) = tx.one::<Person>(person).await? else {
        return Ok(());
    };
    // Facilitators trying a quiz are not the programme's results.
    let (Some(centre_id), true) = (person.centre_id, person.role == Role::Learner) else {
        return Ok(());
    };
    add_to(
        tx,
        centre_id,
        person.cohort_id.unwrap_or(0),
        day(at),
        activity,
    )
    .await
}

/// Who is counted where.
struct Person {
    centre_id: Option<i32>,
    cohort_id: Option<i32>,
    role: Role,
}

impl FromRow for Person {
    fn from_orm(row: &QueryResult) -> Result<Self, DbErr> {
        Ok(Person {
            centre_id: row.try_get("", "centre_id")?,
            cohort_id: row.try_get("", "cohort_id")?,
            role: row.try_get("", "role")?,
        })
    }

    fn from_sqlite(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        let role = row.get::<_, String>("role")?;
        let role = Role::try_from_value(&role).map_err(|error| {
            let column = row.as_ref().column_index("role").unwrap_or_default();
            rusqlite::Error::FromSqlConversionFailure(
                column,
                rusqlite::types::Type::Text,
                Box::new(error),
            )
        })?;
        Ok(Person {
            centre_id: row.get("centre_id")?,
            cohort_id: row.get("cohort_id")?,
            role,
        })
    }
}

/// Recounts everything from the progress tables, if the table is empty while there is
/// progress (a database from before this table, or just seeded).
pub async fn rebuild_if_empty<C: ConnectionTrait>(
    db: &C,
    catalog: &Catalog,
) -> Result<bool, DbErr> {
    if daily_activity::Entity::find().count(db).await? > 0 {
        return Ok(false);
    }
    rebuild(db, catalog).await?;
    Ok(true)
}

/// Replaces every count with a recount from the progress tables.
pub async fn rebuild<C: ConnectionTrait>(db: &C, catalog: &Catalog) -> Result<(), DbErr> {
    let by_day = recount(db, catalog).await?;
    daily_activity::Entity::delete_many().exec(db).await?;
    for ((centre, cohort, day), activity) in by_day {
        add_to(&Orm(db), centre, cohort, day, activity).await?;
    }
    Ok(())
}

/// A learner's completed lessons of one course: their centre, cohort, and (lesson, when).
type Completions = (Option<i32>, Option<i32>, Vec<(String, DateTime<Utc>)>);

/// Activity per (centre, cohort, day).
pub type ByDay = BTreeMap<(i32, i32, String), Activity>;

/// Every (centre, cohort, day)'s activity counted from the progress tables, plus what
/// erased learners did (`erased_activity`); courses passed against `catalog` as it is now.
/// Also what `db::integrity` compares the stored counts to.
pub(crate) async fn recount<C: ConnectionTrait>(db: &C, catalog: &Catalog) -> Result<ByDay, DbErr> {
    let mut by_day = recount_progress(db, catalog, None).await?;
    for row in erased_activity::Entity::find().all(db).await? {
        let activity = Activity::from(&row);
        by_day
            .entry((row.centre_id, row.cohort_id, row.day))
            .or_default()
            .add(activity);
    }
    Ok(by_day)
}

/// What one learner's progress rows count for in the daily activity.
pub async fn recount_learner<C: ConnectionTrait>(
    db: &C,
    catalog: &Catalog,
    user_id: i32,
) -> Result<ByDay, DbErr> {
    recount_progress(db, catalog, Some(user_id)).await
}

/// Keeps a learner's counted activity (from [`recount_learner`]) once their progress rows
/// are erased, with no link to them: so `daily_activity` still equals a recount, and a
/// rebuild still counts their past work.
pub async fn keep_erased<C: ConnectionTrait>(db: &C, activity: &ByDay) -> Result<(), DbErr> {
    for ((centre_id, cohort_id, day), a) in activity {
        let row = erased_activity::ActiveModel {
            centre_id: Set(*centre_id),
            cohort_id: Set(*cohort_id),
            day: Set(day.clone()),
            lessons_completed: Set(a.lessons_completed),
            courses_passed: Set(a.courses_passed),
            attempts: Set(a.attempts),
            score_sum: Set(a.score_sum),
            cvs_started: Set(a.cvs_started),
            cvs_completed: Set(a.cvs_completed),
        };
        erased_activity::Entity::insert(row)
            .on_conflict(added_to_the_day(erased_activity::Entity))
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

/// The activity counted from the progress tables, of everyone or of one learner.
async fn recount_progress<C: ConnectionTrait>(
    db: &C,
    catalog: &Catalog,
    only: Option<i32>,
) -> Result<ByDay, DbErr> {
    // An integer: nothing to escape.
    let only_sql = only
        .map(|id| format!(" AND u.id = {id}"))
        .unwrap_or_default();
    let backend = db.get_database_backend();
    let day_of = |column: &str| match backend {
        sea_orm::DatabaseBackend::Postgres => {
            format!("to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')")
        }
        _ => format!("substr({column}, 1, 10)"),
    };
    let mut by_day: BTreeMap<(i32, i32, String), Activity> = BTreeMap::new();
    let group = |row: &sea_orm::QueryResult| -> Result<Option<(i32, i32, String)>, DbErr> {
        let centre: Option<i32> = row.try_get("", "centre_id")?;
        let cohort: Option<i32> = row.try_get("", "cohort_id")?;
        let day: String = row.try_get("", "day")?;
        Ok(centre.map(|c| (c, cohort.unwrap_or(0), day)))
    };
    let completed = day_of("p.completed_at");
    let sql = format!(
        "SELECT u.centre_id, u.cohort_id, {completed} AS day, COUNT(*) AS n FROM lesson_progress p \
         JOIN users u ON u.id = p.user_id WHERE p.completed_at IS NOT NULL AND u.role = 'learner'{only_sql} \
         GROUP BY u.centre_id, u.cohort_id, {completed}"
    );
    for row in db
        .query_all(sea_orm::Statement::from_string(backend, sql))
        .await?
    {
        if let Some(key) = group(&row)? {
            by_day.entry(key).or_default().lessons_completed += row.try_get::<i64>("", "n")?;
        }
    }
    let submitted = day_of("a.submitted_at");
    let sql = format!(
        "SELECT u.centre_id, u.cohort_id, {submitted} AS day, COUNT(*) AS n, CAST(SUM(a.score) AS BIGINT) AS total \
         FROM quiz_attempts a JOIN users u ON u.id = a.user_id WHERE u.role = 'learner'{only_sql} \
         GROUP BY u.centre_id, u.cohort_id, {submitted}"
    );
    for row in db
        .query_all(sea_orm::Statement::from_string(backend, sql))
        .await?
    {
        if let Some(key) = group(&row)? {
            let entry = by_day.entry(key).or_default();
            entry.attempts += row.try_get::<i64>("", "n")?;
            entry.score_sum += row.try_get::<i64>("", "total")?;
        }
    }
    // CVs: started the day they were created, completed the day they first became complete.
    for (column, completed) in [("c.created_at", false), ("c.completed_at", true)] {
        let on = day_of(column);
        let sql = format!(
            "SELECT u.centre_id, u.cohort_id, {on} AS day, COUNT(*) AS n FROM cvs c \
             JOIN users u ON u.id = c.user_id WHERE {column} IS NOT NULL AND u.role = 'learner'{only_sql} \
             GROUP BY u.centre_id, u.cohort_id, {on}"
        );
        for row in db
            .query_all(sea_orm::Statement::from_string(backend, sql))
            .await?
        {
            if let Some(key) = group(&row)? {
                let n = row.try_get::<i64>("", "n")?;
                let entry = by_day.entry(key).or_default();
                if completed {
                    entry.cvs_completed += n;
                } else {
                    entry.cvs_started += n;
                }
            }
        }
    }
    // A course is passed on the day its last lesson was completed.
    let mut completions: BTreeMap<(i32, String), Completions> = BTreeMap::new();
    use crate::db::entities::lesson_progress;
    use sea_orm::{ColumnTrait, QueryFilter};
    let people: BTreeMap<i32, user::Model> = user::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    let mut rows =
        lesson_progress::Entity::find().filter(lesson_progress::Column::CompletedAt.is_not_null());
    if let Some(id) = only {
        rows = rows.filter(lesson_progress::Column::UserId.eq(id));
    }
    let rows = rows.all(db).await?;
    for progress in rows {
        let (Some(done), Some(person)) = (progress.completed_at, people.get(&progress.user_id))
        else {
            continue;
        };
        if person.role != Role::Learner {
            continue;
        }
        let entry = completions
            .entry((progress.user_id, progress.course_id.clone()))
            .or_insert((person.centre_id, person.cohort_id, Vec::new()));
        entry.2.push((progress.lesson_id, done));
    }
    for ((_, course_id), (centre, cohort, lessons)) in completions {
        let (Some(course), Some(centre)) = (catalog.course(&course_id), centre) else {
            continue;
        };
        let all = course
            .lessons
            .iter()
            .all(|l| lessons.iter().any(|(id, _)| *id == l.id));
        let last = course
            .lessons
            .iter()
            .filter_map(|l| {
                lessons
                    .iter()
                    .find(|(id, _)| *id == l.id)
                    .map(|(_, at)| *at)
            })
            .max();
        if let (true, Some(last)) = (all && !course.lessons.is_empty(), last) {
            by_day
                .entry((centre, cohort.unwrap_or(0), day(last)))
                .or_default()
                .courses_passed += 1;
        }
    }
    Ok(by_day)
}
