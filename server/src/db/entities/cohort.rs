use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "cohorts")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub centre_id: i32,
    pub name: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::centre::Entity",
        from = "Column::CentreId",
        to = "super::centre::Column::Id"
    )]
    Centre,
}

impl Related<super::centre::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Centre.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
