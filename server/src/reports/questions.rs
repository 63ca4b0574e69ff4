//! Question analysis: for each quiz question, how many answers, how many were right at the
//! learner's first attempt, and the wrong answer chosen most, so authors can fix unclear
//! questions. One grouped query; the grouping by question is done here.

use sea_orm::{ConnectionTrait, DbErr, Statement, Value};
use std::collections::BTreeMap;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QuestionStats {
    pub answers: u64,
    pub first_answers: u64,
    pub first_correct: u64,
    /// The wrong response given most often, and how often.
    pub top_wrong: Option<(String, u64)>,
}

/// (course, lesson, question) → stats, for the learners of `centre_id` (all when `None`).
pub async fn question_stats<C: ConnectionTrait>(
    db: &C,
    centre_id: Option<i32>,
) -> Result<BTreeMap<(String, String, String), QuestionStats>, DbErr> {
    let backend = db.get_database_backend();
    let placeholder = match backend {
        sea_orm::DatabaseBackend::Postgres => "$1",
        _ => "?",
    };
    let filter = if centre_id.is_some() {
        format!("WHERE u.centre_id = {placeholder}")
    } else {
        String::new()
    };
    let first = "CASE WHEN f.id IS NULL THEN 0 ELSE 1 END";
    let sql = format!(
        "WITH firsts AS (SELECT MIN(id) AS id FROM quiz_attempts GROUP BY user_id, course_id, lesson_id) \
         SELECT a.course_id, a.lesson_id, q.question_id, q.correct, q.response, {first} AS first_time, COUNT(*) AS n \
         FROM quiz_answers q \
         JOIN quiz_attempts a ON a.id = q.attempt_id \
         JOIN users u ON u.id = a.user_id \
         LEFT JOIN firsts f ON f.id = a.id \
         {filter} \
         GROUP BY a.course_id, a.lesson_id, q.question_id, q.correct, q.response, {first}"
    );
    let values: Vec<Value> = centre_id.map(Value::from).into_iter().collect();
    let rows = db
        .query_all(Statement::from_sql_and_values(backend, sql, values))
        .await?;
    let mut stats: BTreeMap<(String, String, String), QuestionStats> = BTreeMap::new();
    let mut wrong: BTreeMap<(String, String, String), BTreeMap<String, u64>> = BTreeMap::new();
    for row in rows {
        let key = (
            row.try_get::<String>("", "course_id")?,
            row.try_get::<String>("", "lesson_id")?,
            row.try_get::<String>("", "question_id")?,
        );
        let correct: bool = row.try_get("", "correct")?;
        let response: String = row.try_get("", "response")?;
        let first_time = row.try_get::<i32>("", "first_time")? == 1;
        let n = row.try_get::<i64>("", "n")? as u64;
        let entry = stats.entry(key.clone()).or_default();
        entry.answers += n;
        if first_time {
            entry.first_answers += n;
            if correct {
                entry.first_correct += n;
            }
        }
        if !correct {
            *wrong.entry(key).or_default().entry(response).or_default() += n;
        }
    }
    for (key, responses) in wrong {
        // Most chosen; ties go to the first in order, so the report is stable.
        let top =
            responses
                .into_iter()
                .fold(None::<(String, u64)>, |best, (response, n)| match best {
                    Some((_, most)) if most >= n => best,
                    _ => Some((response, n)),
                });
        if let Some(entry) = stats.get_mut(&key) {
            entry.top_wrong = top;
        }
    }
    Ok(stats)
}
