use sea_orm::entity::prelude::*;

/// What erased learners did, per centre, cohort and day, with nobody's name: added to the
/// recount of the progress tables so `daily_activity` keeps counting their past work.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "erased_activity")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub centre_id: i32,
    /// 0 for learners in no cohort.
    #[sea_orm(primary_key, auto_increment = false)]
    pub cohort_id: i32,
    /// `YYYY-MM-DD`, UTC.
    #[sea_orm(primary_key, auto_increment = false)]
    pub day: String,
    pub lessons_completed: i64,
    pub courses_passed: i64,
    pub attempts: i64,
    pub score_sum: i64,
    /// CVs created that day.
    pub cvs_started: i64,
    /// CVs that first became complete that day (`tifawt_app::cv::Cv::is_complete`).
    pub cvs_completed: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
