//! Learners' CVs (one JSON document each, see `tifawt_app::cv::Cv`), and the CVs started and
//! completed in the daily counts of the impact summary (and in the kept counts of erased
//! learners and deleted CVs, so a recount still equals them).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Cvs::Table)
                    .col(
                        ColumnDef::new(Cvs::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(Cvs::UserId).integer().not_null())
                    .col(ColumnDef::new(Cvs::Title).string_len(100).not_null())
                    .col(ColumnDef::new(Cvs::Language).string_len(8).not_null())
                    .col(ColumnDef::new(Cvs::Template).string_len(16).not_null())
                    // The CV's content as JSON, `tifawt_app::cv::Cv` with its format version.
                    .col(ColumnDef::new(Cvs::Content).text().not_null())
                    .col(
                        ColumnDef::new(Cvs::Shared)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    // The step last saved or opened (a `Step` slug), to come back to it.
                    .col(ColumnDef::new(Cvs::Step).string_len(16).null())
                    .col(
                        ColumnDef::new(Cvs::Complete)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .col(
                        ColumnDef::new(Cvs::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Cvs::UpdatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    // When it first became complete: counted once, in that day.
                    .col(
                        ColumnDef::new(Cvs::CompletedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Cvs::Table, Cvs::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("cvs_user")
                    .table(Cvs::Table)
                    .col(Cvs::UserId)
                    .to_owned(),
            )
            .await?;
        for table in [Counts::DailyActivity, Counts::ErasedActivity] {
            for column in [Counts::CvsStarted, Counts::CvsCompleted] {
                manager
                    .alter_table(
                        Table::alter()
                            .table(table)
                            .add_column(ColumnDef::new(column).big_integer().not_null().default(0))
                            .to_owned(),
                    )
                    .await?;
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [Counts::DailyActivity, Counts::ErasedActivity] {
            for column in [Counts::CvsStarted, Counts::CvsCompleted] {
                manager
                    .alter_table(Table::alter().table(table).drop_column(column).to_owned())
                    .await?;
            }
        }
        manager
            .drop_table(Table::drop().table(Cvs::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Cvs {
    Table,
    Id,
    UserId,
    Title,
    Language,
    Template,
    Content,
    Shared,
    Step,
    Complete,
    CreatedAt,
    UpdatedAt,
    CompletedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Counts {
    DailyActivity,
    ErasedActivity,
    CvsStarted,
    CvsCompleted,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}
