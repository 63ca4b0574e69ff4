use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "lesson_progress")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub user_id: i32,
    pub course_id: String,
    pub lesson_id: String,
    pub first_opened_at: DateTimeUtc,
    pub last_active_at: DateTimeUtc,
    pub seconds_spent: i32,
    pub completed_at: Option<DateTimeUtc>,
    /// Percent.
    pub best_score: Option<i32>,
    pub latest_score: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
