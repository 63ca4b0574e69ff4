//! Question analysis: for each quiz question, how many answers, how many were right at the
//! learner's first attempt, and the wrong answer chosen most, so authors can fix unclear
//! questions. One grouped query; the grouping by question is done here.

use super::learners::lesson_title_text;
use sea_orm::{ConnectionTrait, DbErr, Statement, Value};
use std::collections::BTreeMap;
use tifawt_app::catalog::{Answer, Catalog};
use tifawt_app::i18n::{Locale, Translator};
use tifawt_app::reports::QuestionRow;

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

/// The rows of the question analysis, in course order, as a reader of `locale` sees the
/// questions; questions no longer in the courses are left out.
pub fn analysis(
    catalog: &Catalog,
    locale: Locale,
    stats: &BTreeMap<(String, String, String), QuestionStats>,
) -> Vec<QuestionRow> {
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
                    top_wrong: stat
                        .top_wrong
                        .as_ref()
                        .map(|(response, n)| (response_words(catalog, locale, &key, response), *n)),
                });
            }
        }
    }
    rows
}

/// The question analysis as CSV, in `locale`.
pub fn csv(rows: &[QuestionRow], catalog: &Catalog, locale: Locale) -> String {
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
                lesson_title_text(catalog, locale, &r.course_id, &r.lesson_id),
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
    crate::spreadsheet::table(&headers, &table)
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
