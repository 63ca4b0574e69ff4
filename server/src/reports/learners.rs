//! The cohort view (learners × lessons) and one learner's detail.

use crate::db::entities::{lesson_progress, quiz_answer, quiz_attempt, user};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;
use tifawt_app::viewer::Role;

/// Progress rows of the learners of a centre (and cohort), by user id.
pub async fn progress_of_centre<C: ConnectionTrait>(
    db: &C,
    centre_id: i32,
    cohort_id: Option<i32>,
) -> Result<(Vec<user::Model>, HashMap<i32, Vec<lesson_progress::Model>>), DbErr> {
    let mut learners = user::Entity::find()
        .filter(user::Column::CentreId.eq(centre_id))
        .filter(user::Column::Role.eq(Role::Learner));
    if let Some(cohort) = cohort_id {
        learners = learners.filter(user::Column::CohortId.eq(cohort));
    }
    let learners = learners
        .order_by_asc(user::Column::DisplayName)
        .order_by_asc(user::Column::Id)
        .all(db)
        .await?;
    let mut by_user: HashMap<i32, Vec<lesson_progress::Model>> = HashMap::new();
    for ids in learners.chunks(500) {
        let rows = lesson_progress::Entity::find()
            .filter(lesson_progress::Column::UserId.is_in(ids.iter().map(|u| u.id)))
            .all(db)
            .await?;
        for row in rows {
            by_user.entry(row.user_id).or_default().push(row);
        }
    }
    Ok((learners, by_user))
}

/// One learner's attempts, newest first, each with its answers.
pub async fn attempts_of<C: ConnectionTrait>(
    db: &C,
    user_id: i32,
) -> Result<Vec<(quiz_attempt::Model, Vec<quiz_answer::Model>)>, DbErr> {
    let attempts = quiz_attempt::Entity::find()
        .filter(quiz_attempt::Column::UserId.eq(user_id))
        .order_by_desc(quiz_attempt::Column::SubmittedAt)
        .order_by_desc(quiz_attempt::Column::Id)
        .all(db)
        .await?;
    let mut answers: HashMap<i32, Vec<quiz_answer::Model>> = HashMap::new();
    for ids in attempts.chunks(500) {
        for answer in quiz_answer::Entity::find()
            .filter(quiz_answer::Column::AttemptId.is_in(ids.iter().map(|a| a.id)))
            .order_by_asc(quiz_answer::Column::Id)
            .all(db)
            .await?
        {
            answers.entry(answer.attempt_id).or_default().push(answer);
        }
    }
    Ok(attempts
        .into_iter()
        .map(|a| {
            let list = answers.remove(&a.id).unwrap_or_default();
            (a, list)
        })
        .collect())
}
