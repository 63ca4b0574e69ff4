//! Practice transcripts, kept only for a centre whose admin turned them on: the prompt as it
//! was sent (personal data taken out) and the answer, for the centre's facilitators to read
//! on the learner's page, in the learner's data export, and erased with the learner.

use crate::db::entities::{centre, practice_transcript, user};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

/// Where a practice prompt was sent from.
#[derive(Clone, Copy, Debug)]
pub struct BlockKey<'a> {
    pub course_id: &'a str,
    pub lesson_id: &'a str,
    pub block_id: &'a str,
}

/// Whether `user_id`'s centre keeps transcripts.
pub async fn kept_for<C: ConnectionTrait>(db: &C, user_id: i32) -> Result<bool, DbErr> {
    let Some(centre_id) = user::Entity::find_by_id(user_id)
        .select_only()
        .column(user::Column::CentreId)
        .into_tuple::<Option<i32>>()
        .one(db)
        .await?
        .flatten()
    else {
        return Ok(false);
    };
    Ok(centre::Entity::find_by_id(centre_id)
        .select_only()
        .column(centre::Column::KeepPracticeTranscripts)
        .into_tuple::<bool>()
        .one(db)
        .await?
        .unwrap_or(false))
}

/// Keeps one exchange, if the learner's centre keeps transcripts.
pub async fn keep_if_kept<C: ConnectionTrait>(
    db: &C,
    user_id: i32,
    block: BlockKey<'_>,
    prompt: &str,
    answer: &str,
    at: DateTime<Utc>,
) -> Result<(), DbErr> {
    if !kept_for(db, user_id).await? {
        return Ok(());
    }
    practice_transcript::ActiveModel {
        user_id: Set(user_id),
        course_id: Set(block.course_id.to_string()),
        lesson_id: Set(block.lesson_id.to_string()),
        block_id: Set(block.block_id.to_string()),
        prompt: Set(prompt.to_string()),
        answer: Set(answer.to_string()),
        at: Set(at),
        ..Default::default()
    }
    .insert(db)
    .await
    .map(|_| ())
}

/// A learner's transcripts, newest first.
pub async fn of_learner<C: ConnectionTrait>(
    db: &C,
    user_id: i32,
) -> Result<Vec<practice_transcript::Model>, DbErr> {
    practice_transcript::Entity::find()
        .filter(practice_transcript::Column::UserId.eq(user_id))
        .order_by_desc(practice_transcript::Column::At)
        .order_by_desc(practice_transcript::Column::Id)
        .all(db)
        .await
}

/// Turns keeping transcripts on or off for a centre; turned off, the centre's kept
/// transcripts are deleted (nobody is meant to read them any more).
pub async fn set_kept<C: ConnectionTrait>(db: &C, centre_id: i32, keep: bool) -> Result<(), DbErr> {
    centre::Entity::update_many()
        .col_expr(centre::Column::KeepPracticeTranscripts, keep.into())
        .filter(centre::Column::Id.eq(centre_id))
        .exec(db)
        .await?;
    if !keep {
        delete_of_centre(db, centre_id).await?;
    }
    Ok(())
}

async fn delete_of_centre<C: ConnectionTrait>(db: &C, centre_id: i32) -> Result<(), DbErr> {
    use sea_orm::sea_query::Query;
    let learners = Query::select()
        .column(user::Column::Id)
        .from(user::Entity)
        .and_where(user::Column::CentreId.eq(centre_id))
        .to_owned();
    practice_transcript::Entity::delete_many()
        .filter(practice_transcript::Column::UserId.in_subquery(learners))
        .exec(db)
        .await?;
    Ok(())
}

/// Deletes a learner's transcripts (their erasure).
pub async fn delete_of_learner<C: ConnectionTrait>(db: &C, user_id: i32) -> Result<(), DbErr> {
    practice_transcript::Entity::delete_many()
        .filter(practice_transcript::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}
