use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "centres")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub name: String,
    pub default_locale: String,
    pub created_at: DateTimeUtc,
    /// Whether the prompts and answers of its learners' practice are kept for its
    /// facilitators to read (off: only counts are logged).
    pub keep_practice_transcripts: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(has_many = "super::cohort::Entity")]
    Cohort,
    #[sea_orm(has_many = "super::user::Entity")]
    User,
}

impl Related<super::cohort::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Cohort.def()
    }
}

impl Related<super::user::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::User.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
