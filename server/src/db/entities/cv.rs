use sea_orm::entity::prelude::*;
use tifawt_app::cv::{CvLanguage, Template};

/// One learner's CV; its content is a JSON document (see `crate::cv::store`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "cvs")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub user_id: i32,
    pub title: String,
    pub language: CvLanguage,
    pub template: Template,
    pub content: String,
    /// Whether the centre's facilitators may read it.
    pub shared: bool,
    /// The step last saved or opened (a `Step` slug).
    pub step: Option<String>,
    /// Whether it is complete now.
    pub complete: bool,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// When it first became complete.
    pub completed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
