//! A learner's progress as the pages show it: what the progress store and the scoring
//! produce, and the pages display. Shared by the server (which fills it) and the pages.

use std::collections::{BTreeMap, BTreeSet};

/// A quiz form as posted: question id → the values sent (choice numbers, or the text typed).
pub type Responses = BTreeMap<String, Vec<String>>;

/// A learner's standing on one lesson.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LessonProgress {
    pub completed: bool,
    pub best_score: Option<u8>,
    pub latest_score: Option<u8>,
}

/// A scored submission.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuizResult {
    pub correct: u32,
    pub total: u32,
    /// Percent.
    pub score: u8,
    pub pass_mark: u8,
    pub passed: bool,
    pub correct_questions: BTreeSet<String>,
    /// Whether it was recorded (signed in).
    pub saved: bool,
}

/// Where a signed-in learner stands: on the home page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LearnerProgress {
    /// The lesson to go on with; `None` when every lesson is complete.
    pub continue_to: Option<ContinueLink>,
    /// By course id.
    pub courses: BTreeMap<String, CourseProgress>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContinueLink {
    pub course_id: String,
    pub lesson_id: String,
    /// Whether the learner has opened it already ("Continue") or not ("Start").
    pub started: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CourseProgress {
    pub completed: u32,
    pub total: u32,
    pub passed: bool,
}

/// A signed-in learner's lessons of this course: lesson id → completed (absent: not opened).
#[derive(Clone, Debug, Default)]
pub struct LessonStatuses(pub BTreeMap<String, bool>);
