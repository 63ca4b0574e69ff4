//! The programme's impact for a period: learners enrolled, active in the last 30 days,
//! lessons completed, courses passed (each earns a certificate), CVs started and completed,
//! average quiz score; by
//! centre, by cohort and by month. Counted in the database with grouped queries.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{ConnectionTrait, DatabaseBackend, DbErr, Statement, Value};
use std::collections::BTreeMap;
use tifawt_app::reports::ImpactRow;

/// What is counted for one group (centre, cohort, month or the whole scope).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Figures {
    pub enrolled: u64,
    pub active_30_days: u64,
    pub lessons_completed: u64,
    pub courses_passed: u64,
    pub cvs_started: u64,
    pub cvs_completed: u64,
    pub score_sum: i64,
    pub attempts: u64,
}

impl Figures {
    /// The average quiz score, in percent, rounded to one decimal.
    pub fn average_score(&self) -> Option<f64> {
        (self.attempts > 0)
            .then(|| (self.score_sum as f64 / self.attempts as f64 * 10.0).round() / 10.0)
    }

    fn add(&mut self, other: &Figures) {
        self.enrolled += other.enrolled;
        self.active_30_days += other.active_30_days;
        self.lessons_completed += other.lessons_completed;
        self.courses_passed += other.courses_passed;
        self.cvs_started += other.cvs_started;
        self.cvs_completed += other.cvs_completed;
        self.score_sum += other.score_sum;
        self.attempts += other.attempts;
    }
}

/// A centre and cohort (`None`: learners in no cohort).
pub type Group = (i32, Option<i32>);

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Impact {
    pub by_group: BTreeMap<Group, Figures>,
    /// `YYYY-MM` → figures of that month (enrolled and active are not counted per month).
    pub by_month: BTreeMap<String, Figures>,
}

impl Impact {
    pub fn by_centre(&self) -> BTreeMap<i32, Figures> {
        let mut centres: BTreeMap<i32, Figures> = BTreeMap::new();
        for ((centre, _), figures) in &self.by_group {
            centres.entry(*centre).or_default().add(figures);
        }
        centres
    }

    pub fn total(&self) -> Figures {
        let mut total = Figures::default();
        for figures in self.by_group.values() {
            total.add(figures);
        }
        total
    }
}

/// The period `[from, to)` and the scope: one centre, or all when `None`.
pub struct Scope {
    pub centre_id: Option<i32>,
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    pub now: DateTime<Utc>,
}

/// SQL with `?` placeholders, numbered for PostgreSQL.
fn statement(backend: DatabaseBackend, sql: &str, values: Vec<Value>) -> Statement {
    let sql = if backend == DatabaseBackend::Postgres {
        let mut numbered = String::with_capacity(sql.len() + 8);
        let mut n = 0;
        for c in sql.chars() {
            if c == '?' {
                n += 1;
                numbered.push_str(&format!("${n}"));
            } else {
                numbered.push(c);
            }
        }
        numbered
    } else {
        sql.to_string()
    };
    Statement::from_sql_and_values(backend, sql, values)
}

pub async fn impact<C: ConnectionTrait>(db: &C, scope: &Scope) -> Result<Impact, DbErr> {
    let backend = db.get_database_backend();
    let centre_filter = if scope.centre_id.is_some() {
        " AND u.centre_id = ?"
    } else {
        ""
    };
    let with_centre = |mut values: Vec<Value>| {
        if let Some(centre) = scope.centre_id {
            values.push(centre.into());
        }
        values
    };
    let mut impact = Impact::default();
    let group_of = |row: &sea_orm::QueryResult| -> Result<Option<Group>, DbErr> {
        let centre: Option<i32> = row.try_get("", "centre_id")?;
        let cohort: Option<i32> = row.try_get("", "cohort_id")?;
        Ok(centre.map(|c| (c, cohort)))
    };
    let count = |row: &sea_orm::QueryResult, column: &str| -> Result<u64, DbErr> {
        Ok(row.try_get::<i64>("", column)?.max(0) as u64)
    };

    // Learners enrolled by the end of the period.
    let sql = format!(
        "SELECT u.centre_id, u.cohort_id, COUNT(*) AS n FROM users u \
         WHERE u.role = 'learner' AND u.created_at < ?{centre_filter} GROUP BY u.centre_id, u.cohort_id"
    );
    for row in db
        .query_all(statement(backend, &sql, with_centre(vec![scope.to.into()])))
        .await?
    {
        if let Some(group) = group_of(&row)? {
            impact.by_group.entry(group).or_default().enrolled = count(&row, "n")?;
        }
    }

    // Active in the last 30 days (before now): worked on a lesson.
    let sql = format!(
        "SELECT u.centre_id, u.cohort_id, COUNT(DISTINCT p.user_id) AS n FROM lesson_progress p \
         JOIN users u ON u.id = p.user_id WHERE u.role = 'learner' AND p.last_active_at >= ?{centre_filter} \
         GROUP BY u.centre_id, u.cohort_id"
    );
    let since = scope.now - Duration::days(30);
    for row in db
        .query_all(statement(backend, &sql, with_centre(vec![since.into()])))
        .await?
    {
        if let Some(group) = group_of(&row)? {
            impact.by_group.entry(group).or_default().active_30_days = count(&row, "n")?;
        }
    }

    // Lessons completed, courses passed and quiz scores in the period, from the daily
    // counts (see `daily`): thousands of rows, not every attempt.
    let (first_day, last_day) = (
        scope.from.format("%Y-%m-%d").to_string(),
        (scope.to - Duration::seconds(1))
            .format("%Y-%m-%d")
            .to_string(),
    );
    let daily_centre_filter = if scope.centre_id.is_some() {
        " AND centre_id = ?"
    } else {
        ""
    };
    let sql = format!(
        "SELECT centre_id, cohort_id, substr(day, 1, 7) AS month, \
           CAST(SUM(lessons_completed) AS BIGINT) AS lessons, CAST(SUM(courses_passed) AS BIGINT) AS courses, \
           CAST(SUM(attempts) AS BIGINT) AS attempts, CAST(SUM(score_sum) AS BIGINT) AS total, \
           CAST(SUM(cvs_started) AS BIGINT) AS cvs_started, CAST(SUM(cvs_completed) AS BIGINT) AS cvs_completed \
         FROM daily_activity WHERE day >= ? AND day <= ?{daily_centre_filter} \
         GROUP BY centre_id, cohort_id, substr(day, 1, 7)"
    );
    let values = with_centre(vec![first_day.into(), last_day.into()]);
    for row in db.query_all(statement(backend, &sql, values)).await? {
        let centre: i32 = row.try_get("", "centre_id")?;
        let cohort: i32 = row.try_get("", "cohort_id")?;
        let month: String = row.try_get("", "month")?;
        let figures = Figures {
            lessons_completed: count(&row, "lessons")?,
            courses_passed: count(&row, "courses")?,
            cvs_started: count(&row, "cvs_started")?,
            cvs_completed: count(&row, "cvs_completed")?,
            attempts: count(&row, "attempts")?,
            score_sum: row.try_get("", "total")?,
            ..Figures::default()
        };
        impact.by_month.entry(month).or_default().add(&figures);
        let group = (centre, (cohort != 0).then_some(cohort));
        impact.by_group.entry(group).or_default().add(&figures);
    }
    Ok(impact)
}

/// The tables of the impact page (and of `tifawt report export`), with names resolved.
pub struct ImpactTables {
    pub total: ImpactRow,
    pub centres: Vec<ImpactRow>,
    pub cohorts: Vec<ImpactRow>,
    pub months: Vec<ImpactRow>,
}

fn row(label: String, figures: &Figures, with_people: bool) -> ImpactRow {
    ImpactRow {
        label,
        enrolled: with_people.then_some(figures.enrolled),
        active_30_days: with_people.then_some(figures.active_30_days),
        lessons_completed: figures.lessons_completed,
        courses_passed: figures.courses_passed,
        cvs_started: figures.cvs_started,
        cvs_completed: figures.cvs_completed,
        average_score: figures.average_score(),
    }
}

/// Names every group: centres and cohorts by name, learners in no cohort as `no_cohort`.
pub async fn tables<C: ConnectionTrait>(
    db: &C,
    impact: &Impact,
    no_cohort: &str,
) -> Result<ImpactTables, DbErr> {
    use crate::accounts::store;
    let centres: BTreeMap<i32, String> = store::centres(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect();
    let mut cohort_names: BTreeMap<i32, String> = BTreeMap::new();
    for centre in centres.keys() {
        for cohort in store::cohorts_of(db, *centre).await? {
            cohort_names.insert(cohort.id, cohort.name);
        }
    }
    let centre_name = |id: &i32| centres.get(id).cloned().unwrap_or_else(|| id.to_string());
    let mut cohorts: Vec<ImpactRow> = impact
        .by_group
        .iter()
        .map(|((centre, cohort), figures)| {
            let cohort = cohort
                .and_then(|c| cohort_names.get(&c).cloned())
                .unwrap_or_else(|| no_cohort.to_string());
            row(format!("{} — {cohort}", centre_name(centre)), figures, true)
        })
        .collect();
    cohorts.sort_by(|a, b| a.label.cmp(&b.label));
    let mut by_centre: Vec<ImpactRow> = impact
        .by_centre()
        .iter()
        .map(|(centre, figures)| row(centre_name(centre), figures, true))
        .collect();
    by_centre.sort_by(|a, b| a.label.cmp(&b.label));
    Ok(ImpactTables {
        total: row(String::new(), &impact.total(), true),
        centres: by_centre,
        cohorts,
        months: impact
            .by_month
            .iter()
            .map(|(month, figures)| row(month.clone(), figures, false))
            .collect(),
    })
}

/// One impact table as CSV (UTF-8 with BOM), headed in `t`'s language.
pub fn csv(
    tables: &ImpactTables,
    table: crate::config::ImpactTable,
    t: tifawt_app::i18n::Translator,
) -> String {
    use crate::config::ImpactTable;
    use tifawt_app::reports::{impact_cells, impact_headers};
    let (first, rows, with_people) = match table {
        ImpactTable::Centres => (t.t("field-centre"), &tables.centres, true),
        ImpactTable::Cohorts => (t.t("field-cohort"), &tables.cohorts, true),
        ImpactTable::Months => (t.t("impact-month"), &tables.months, false),
    };
    let mut headers = vec![first];
    headers.extend(impact_headers(t, with_people));
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            std::iter::once(r.label.clone())
                .chain(impact_cells(r, with_people))
                .collect()
        })
        .collect();
    crate::spreadsheet::table(&headers, &rows)
}
