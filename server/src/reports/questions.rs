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
    // Whether an attempt was the learner's first on that lesson is looked up by the
    // attempts' (user, course, lesson) index; the centre filter reads only its learners.
    let filter = match (centre_id, backend) {
        (None, _) => "WHERE u.role = 'learner'",
        (Some(_), sea_orm::DatabaseBackend::Postgres) => {
            "WHERE u.centre_id = $1 AND u.role = 'learner'"
        }
        (Some(_), _) => "WHERE u.centre_id = ? AND u.role = 'learner'",
    };
    let sql = format!(
        "SELECT course_id, lesson_id, question_id, correct, response, first_time, COUNT(*) AS n FROM ( \
           SELECT a.course_id, a.lesson_id, q.question_id, q.correct, q.response, \
             CASE WHEN a.id = (SELECT MIN(f.id) FROM quiz_attempts f WHERE f.user_id = a.user_id \
               AND f.course_id = a.course_id AND f.lesson_id = a.lesson_id) THEN 1 ELSE 0 END AS first_time \
           FROM users u \
           JOIN quiz_attempts a ON a.user_id = u.id \
           JOIN quiz_answers q ON q.attempt_id = a.id \
           {filter} \
         ) answers \
         GROUP BY course_id, lesson_id, question_id, correct, response, first_time"
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
