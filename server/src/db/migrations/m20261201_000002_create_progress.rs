//! Learning progress, keyed by the stable course, lesson and question ids authors give, so
//! editing or reordering a course keeps every learner's progress.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

fn id<T: IntoIden>(column: T) -> ColumnDef {
    ColumnDef::new(column)
        .integer()
        .not_null()
        .auto_increment()
        .primary_key()
        .to_owned()
}

fn text<T: IntoIden>(column: T) -> ColumnDef {
    ColumnDef::new(column).string().not_null().to_owned()
}

fn time<T: IntoIden>(column: T) -> ColumnDef {
    ColumnDef::new(column)
        .timestamp_with_time_zone()
        .not_null()
        .to_owned()
}

fn user_key<T: IntoIden + 'static>(table: T, column: impl IntoIden) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, column)
        .to(Users::Table, Users::Id)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(LessonProgress::Table)
                    .col(id(LessonProgress::Id))
                    .col(ColumnDef::new(LessonProgress::UserId).integer().not_null())
                    .col(text(LessonProgress::CourseId))
                    .col(text(LessonProgress::LessonId))
                    .col(time(LessonProgress::FirstOpenedAt))
                    .col(time(LessonProgress::LastActiveAt))
                    .col(
                        ColumnDef::new(LessonProgress::SecondsSpent)
                            .integer()
                            .not_null()
                            .default(0),
                    )
                    .col(
                        ColumnDef::new(LessonProgress::CompletedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .col(ColumnDef::new(LessonProgress::BestScore).integer().null())
                    .col(ColumnDef::new(LessonProgress::LatestScore).integer().null())
                    .foreign_key(&mut user_key(LessonProgress::Table, LessonProgress::UserId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("lesson_progress_user_lesson")
                    .table(LessonProgress::Table)
                    .col(LessonProgress::UserId)
                    .col(LessonProgress::CourseId)
                    .col(LessonProgress::LessonId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(QuizAttempts::Table)
                    .col(id(QuizAttempts::Id))
                    .col(ColumnDef::new(QuizAttempts::UserId).integer().not_null())
                    .col(text(QuizAttempts::CourseId))
                    .col(text(QuizAttempts::LessonId))
                    // The form's one-time token: a resubmitted form is recorded once.
                    .col(
                        ColumnDef::new(QuizAttempts::Token)
                            .string_len(64)
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(QuizAttempts::Correct).integer().not_null())
                    .col(ColumnDef::new(QuizAttempts::Total).integer().not_null())
                    .col(ColumnDef::new(QuizAttempts::Score).integer().not_null())
                    .col(ColumnDef::new(QuizAttempts::Passed).boolean().not_null())
                    .col(time(QuizAttempts::SubmittedAt))
                    .foreign_key(&mut user_key(QuizAttempts::Table, QuizAttempts::UserId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("quiz_attempts_user_lesson")
                    .table(QuizAttempts::Table)
                    .col(QuizAttempts::UserId)
                    .col(QuizAttempts::CourseId)
                    .col(QuizAttempts::LessonId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(QuizAnswers::Table)
                    .col(id(QuizAnswers::Id))
                    .col(ColumnDef::new(QuizAnswers::AttemptId).integer().not_null())
                    .col(text(QuizAnswers::QuestionId))
                    // Chosen choice numbers ("0,2") or the text typed.
                    .col(text(QuizAnswers::Response))
                    .col(ColumnDef::new(QuizAnswers::Correct).boolean().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(QuizAnswers::Table, QuizAnswers::AttemptId)
                            .to(QuizAttempts::Table, QuizAttempts::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("quiz_answers_attempt")
                    .table(QuizAnswers::Table)
                    .col(QuizAnswers::AttemptId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            QuizAnswers::Table.into_iden(),
            QuizAttempts::Table.into_iden(),
            LessonProgress::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum LessonProgress {
    Table,
    Id,
    UserId,
    CourseId,
    LessonId,
    FirstOpenedAt,
    LastActiveAt,
    SecondsSpent,
    CompletedAt,
    BestScore,
    LatestScore,
}

#[derive(DeriveIden)]
enum QuizAttempts {
    Table,
    Id,
    UserId,
    CourseId,
    LessonId,
    Token,
    Correct,
    Total,
    Score,
    Passed,
    SubmittedAt,
}

#[derive(DeriveIden)]
enum QuizAnswers {
    Table,
    Id,
    AttemptId,
    QuestionId,
    Response,
    Correct,
}
