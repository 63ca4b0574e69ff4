//! Practice transcripts: what a learner sent to the AI assistant (with personal data taken
//! out) and its answer, kept only for the centres whose admin turned it on, for their
//! facilitators to read. Off by default: otherwise only counts are logged.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Centres::Table)
                    .add_column(
                        ColumnDef::new(Centres::KeepPracticeTranscripts)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PracticeTranscripts::Table)
                    .col(
                        ColumnDef::new(PracticeTranscripts::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(PracticeTranscripts::UserId)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PracticeTranscripts::CourseId)
                            .string_len(64)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PracticeTranscripts::LessonId)
                            .string_len(64)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PracticeTranscripts::BlockId)
                            .string_len(64)
                            .not_null(),
                    )
                    // As sent to the model: personal data already taken out.
                    .col(
                        ColumnDef::new(PracticeTranscripts::Prompt)
                            .text()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PracticeTranscripts::Answer)
                            .text()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(PracticeTranscripts::At)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(PracticeTranscripts::Table, PracticeTranscripts::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("practice_transcripts_user")
                    .table(PracticeTranscripts::Table)
                    .col(PracticeTranscripts::UserId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(PracticeTranscripts::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Centres::Table)
                    .drop_column(Centres::KeepPracticeTranscripts)
                    .to_owned(),
            )
            .await
    }
}

#[derive(DeriveIden)]
enum Centres {
    Table,
    KeepPracticeTranscripts,
}

#[derive(DeriveIden)]
enum PracticeTranscripts {
    Table,
    Id,
    UserId,
    CourseId,
    LessonId,
    BlockId,
    Prompt,
    Answer,
    At,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}
