//! Report rows as the reports compute them (`server/src/reports/`) and the pages and CSV
//! files show them: a cell's words are defined once, here, for both.

use crate::i18n::Translator;

/// One row of figures, ready to show.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImpactRow {
    /// The centre, cohort or month.
    pub label: String,
    pub enrolled: Option<u64>,
    pub active_30_days: Option<u64>,
    pub lessons_completed: u64,
    pub courses_passed: u64,
    pub cvs_started: u64,
    pub cvs_completed: u64,
    pub average_score: Option<f64>,
}

/// The column headers of every impact table, after the first; the CSV uses them too.
pub fn impact_headers(t: Translator, with_people: bool) -> Vec<String> {
    let mut headers = Vec::new();
    if with_people {
        headers.push(t.t("impact-enrolled"));
        headers.push(t.t("impact-active"));
    }
    headers.extend([
        t.t("impact-lessons-completed"),
        t.t("impact-courses-passed"),
        t.t("impact-cvs-started"),
        t.t("impact-cvs-completed"),
        t.t("impact-average-score"),
    ]);
    headers
}

/// A row's cells after its label, as text (the CSV uses them too).
pub fn impact_cells(row: &ImpactRow, with_people: bool) -> Vec<String> {
    let mut cells = Vec::new();
    if with_people {
        cells.push(row.enrolled.unwrap_or(0).to_string());
        cells.push(row.active_30_days.unwrap_or(0).to_string());
    }
    cells.extend([
        row.lessons_completed.to_string(),
        row.courses_passed.to_string(),
        row.cvs_started.to_string(),
        row.cvs_completed.to_string(),
        row.average_score
            .map(|s| format!("{s:.1}"))
            .unwrap_or_else(|| "—".into()),
    ]);
    cells
}

/// One cell of the learners × lessons table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LessonCell {
    NotStarted,
    Started,
    Completed { best: Option<u8> },
}

impl LessonCell {
    /// The state in words, in the page's language (the CSV uses it too).
    pub fn text(self, t: Translator) -> String {
        match self {
            LessonCell::NotStarted => t.t("report-not-started"),
            LessonCell::Started => t.t("report-started"),
            LessonCell::Completed { best: Some(best) } => {
                t.t_with("report-completed-score", &[("percent", best.into())])
            }
            LessonCell::Completed { best: None } => t.t("report-completed"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LearnerProgressRow {
    pub user_id: i32,
    pub display_name: String,
    pub cells: Vec<LessonCell>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LessonDetailRow {
    pub course_id: String,
    pub lesson_id: String,
    pub first_opened: String,
    pub last_active: String,
    pub completed: Option<String>,
    pub best: Option<u8>,
    pub latest: Option<u8>,
    pub minutes: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttemptRow {
    pub course_id: String,
    pub lesson_id: String,
    pub submitted: String,
    pub score: u8,
    pub passed: bool,
    /// (question id, response, correct)
    pub answers: Vec<(String, String, bool)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionRow {
    pub course_id: String,
    pub lesson_id: String,
    pub question_id: String,
    pub answers: u64,
    pub first_answers: u64,
    /// Percent right at the first attempt.
    pub first_correct: Option<u8>,
    /// The wrong answer chosen most (a choice's words, or the text typed) and how often.
    pub top_wrong: Option<(String, u64)>,
}
