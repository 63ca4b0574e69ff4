//! A learner's progress over the courses as they are now: what to continue, and how far
//! each course is. Rows for lessons an author removed are ignored; moved lessons keep theirs.

use crate::db::entities::lesson_progress;
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;
use tifawt_app::catalog::Catalog;
use tifawt_app::progress::{ContinueLink, CourseProgress, LearnerProgress};

/// `rows` most recently active first (as [`super::store::of_learner`] returns them).
pub fn summarise(catalog: &Catalog, rows: &[lesson_progress::Model]) -> LearnerProgress {
    let completed = |course: &str, lesson: &str| {
        rows.iter()
            .any(|r| r.course_id == course && r.lesson_id == lesson && r.completed_at.is_some())
    };
    let mut courses = BTreeMap::new();
    for course in &catalog.courses {
        let total = course.lessons.len() as u32;
        let done = course
            .lessons
            .iter()
            .filter(|l| completed(&course.id, &l.id))
            .count() as u32;
        courses.insert(
            course.id.clone(),
            CourseProgress {
                completed: done,
                total,
                passed: total > 0 && done == total,
            },
        );
    }
    LearnerProgress {
        continue_to: continue_to(catalog, rows, &completed),
        courses,
    }
}

/// The lesson last worked on if unfinished, else the next unfinished lesson after it (in
/// its course, then in the following courses), else the first unfinished lesson anywhere.
fn continue_to(
    catalog: &Catalog,
    rows: &[lesson_progress::Model],
    completed: &dyn Fn(&str, &str) -> bool,
) -> Option<ContinueLink> {
    let order: Vec<(&str, &str)> = catalog
        .courses
        .iter()
        .flat_map(|c| {
            c.lessons
                .iter()
                .map(move |l| (c.id.as_str(), l.id.as_str()))
        })
        .collect();
    let latest = rows.iter().find_map(|r| {
        order
            .iter()
            .position(|(c, l)| *c == r.course_id && *l == r.lesson_id)
    });
    let start = latest.unwrap_or(0);
    order[start..]
        .iter()
        .chain(order[..start].iter())
        .find(|(c, l)| !completed(c, l))
        .map(|(course, lesson)| ContinueLink {
            course_id: course.to_string(),
            lesson_id: lesson.to_string(),
            started: rows
                .iter()
                .any(|r| r.course_id == *course && r.lesson_id == *lesson),
        })
}

/// When the learner completed the course's last lesson, if they completed them all.
pub fn completed_on(
    catalog: &Catalog,
    course_id: &str,
    rows: &[lesson_progress::Model],
) -> Option<DateTime<Utc>> {
    let course = catalog.course(course_id)?;
    let mut last = None;
    for lesson in &course.lessons {
        let done = rows
            .iter()
            .find(|r| r.course_id == course.id && r.lesson_id == lesson.id)?
            .completed_at?;
        last = Some(last.map_or(done, |l: DateTime<Utc>| l.max(done)));
    }
    last
}
