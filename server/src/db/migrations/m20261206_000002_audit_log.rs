//! The audit log of staff actions (accounts created, passwords reset, imports, exports,
//! erasures, demo accounts removed), and the activity of erased learners, kept anonymous so
//! the impact summary's past counts survive an erasure and still equal a recount.

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
                    .table(AuditLog::Table)
                    .col(
                        ColumnDef::new(AuditLog::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(AuditLog::At)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    // NULL: the command line, or an actor since erased (their name stays).
                    .col(ColumnDef::new(AuditLog::ActorUserId).integer().null())
                    .col(
                        ColumnDef::new(AuditLog::ActorUsername)
                            .string_len(64)
                            .null(),
                    )
                    // A short code: `learner-created`, `password-reset`, `learner-erased`, …
                    .col(ColumnDef::new(AuditLog::Action).string_len(32).not_null())
                    .col(ColumnDef::new(AuditLog::CentreId).integer().null())
                    .col(
                        ColumnDef::new(AuditLog::SubjectUsername)
                            .string_len(64)
                            .null(),
                    )
                    // A small JSON object (a count, a format); never a password.
                    .col(ColumnDef::new(AuditLog::Details).text().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(AuditLog::Table, AuditLog::ActorUserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(AuditLog::Table, AuditLog::CentreId)
                            .to(Centres::Table, Centres::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("audit_log_at")
                    .table(AuditLog::Table)
                    .col(AuditLog::At)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ErasedActivity::Table)
                    .col(
                        ColumnDef::new(ErasedActivity::CentreId)
                            .integer()
                            .not_null(),
                    )
                    // 0: learners in no cohort, as in `daily_activity`.
                    .col(
                        ColumnDef::new(ErasedActivity::CohortId)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ErasedActivity::Day)
                            .string_len(10)
                            .not_null(),
                    )
                    .col(count(ErasedActivity::LessonsCompleted))
                    .col(count(ErasedActivity::CoursesPassed))
                    .col(count(ErasedActivity::Attempts))
                    .col(count(ErasedActivity::ScoreSum))
                    .primary_key(
                        Index::create()
                            .col(ErasedActivity::CentreId)
                            .col(ErasedActivity::CohortId)
                            .col(ErasedActivity::Day),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ErasedActivity::Table, ErasedActivity::CentreId)
                            .to(Centres::Table, Centres::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ErasedActivity::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(AuditLog::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    At,
    ActorUserId,
    ActorUsername,
    Action,
    CentreId,
    SubjectUsername,
    Details,
}

#[derive(DeriveIden)]
enum ErasedActivity {
    Table,
    CentreId,
    CohortId,
    Day,
    LessonsCompleted,
    CoursesPassed,
    Attempts,
    ScoreSum,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Centres {
    Table,
    Id,
}
