use sea_orm::entity::prelude::*;
use tifawt_app::viewer::Role;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub username: String,
    pub display_name: String,
    pub password_hash: String,
    pub role: Role,
    pub centre_id: Option<i32>,
    pub cohort_id: Option<i32>,
    pub locale: Option<String>,
    pub text_size: Option<String>,
    pub theme: Option<String>,
    pub motion: Option<String>,
    pub created_at: DateTimeUtc,
    pub last_sign_in_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::centre::Entity",
        from = "Column::CentreId",
        to = "super::centre::Column::Id"
    )]
    Centre,
    #[sea_orm(
        belongs_to = "super::cohort::Entity",
        from = "Column::CohortId",
        to = "super::cohort::Column::Id"
    )]
    Cohort,
}

impl Related<super::centre::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Centre.def()
    }
}

impl Related<super::cohort::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Cohort.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
