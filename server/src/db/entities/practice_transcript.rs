use sea_orm::entity::prelude::*;

/// A prompt a learner sent to a practice block (personal data taken out) and the answer,
/// kept when their centre keeps transcripts.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "practice_transcripts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub user_id: i32,
    pub course_id: String,
    pub lesson_id: String,
    pub block_id: String,
    pub prompt: String,
    pub answer: String,
    pub at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
