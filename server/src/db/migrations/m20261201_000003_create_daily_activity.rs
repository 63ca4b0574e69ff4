//! Activity counted per centre, cohort and day as it happens, so the programme's impact
//! summary reads thousands of rows instead of every attempt.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

fn count<T: IntoIden>(column: T) -> ColumnDef {
    ColumnDef::new(column)
        .big_integer()
        .not_null()
        .default(0)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(DailyActivity::Table)
                    .col(ColumnDef::new(DailyActivity::CentreId).integer().not_null())
                    // 0: learners in no cohort (a NULL would make every row unique).
                    .col(ColumnDef::new(DailyActivity::CohortId).integer().not_null())
                    // YYYY-MM-DD, UTC.
                    .col(ColumnDef::new(DailyActivity::Day).string_len(10).not_null())
                    .col(count(DailyActivity::LessonsCompleted))
                    .col(count(DailyActivity::CoursesPassed))
                    .col(count(DailyActivity::Attempts))
                    .col(count(DailyActivity::ScoreSum))
                    .primary_key(
                        Index::create()
                            .col(DailyActivity::CentreId)
                            .col(DailyActivity::CohortId)
                            .col(DailyActivity::Day),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("daily_activity_day")
                    .table(DailyActivity::Table)
                    .col(DailyActivity::Day)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(DailyActivity::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum DailyActivity {
    Table,
    CentreId,
    CohortId,
    Day,
    LessonsCompleted,
    CoursesPassed,
    Attempts,
    ScoreSum,
}
