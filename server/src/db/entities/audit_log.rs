use sea_orm::entity::prelude::*;

/// One staff action. Rows are only ever added.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_log")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub at: DateTimeUtc,
    /// `None`: the command line, or an actor since erased.
    pub actor_user_id: Option<i32>,
    /// Kept when the actor's account goes; `None` for the command line.
    pub actor_username: Option<String>,
    /// See `crate::audit::Action`.
    pub action: String,
    pub centre_id: Option<i32>,
    pub subject_username: Option<String>,
    /// A small JSON object; never a password.
    pub details: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
