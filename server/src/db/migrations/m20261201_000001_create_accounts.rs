//! People and their sign-in: cohorts inside centres, users with a role, sessions kept in the
//! database (so several app servers share them) and the sign-in failure counters behind
//! rate limiting.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

fn created_at<T: IntoIden>(column: T) -> ColumnDef {
    ColumnDef::new(column)
        .timestamp_with_time_zone()
        .not_null()
        .default(Expr::current_timestamp())
        .to_owned()
}

fn id<T: IntoIden>(column: T) -> ColumnDef {
    ColumnDef::new(column)
        .integer()
        .not_null()
        .auto_increment()
        .primary_key()
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Cohorts::Table)
                    .col(id(Cohorts::Id))
                    .col(ColumnDef::new(Cohorts::CentreId).integer().not_null())
                    .col(ColumnDef::new(Cohorts::Name).string().not_null())
                    .col(created_at(Cohorts::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Cohorts::Table, Cohorts::CentreId)
                            .to(Centres::Table, Centres::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("cohorts_centre_name")
                    .table(Cohorts::Table)
                    .col(Cohorts::CentreId)
                    .col(Cohorts::Name)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Users::Table)
                    .col(id(Users::Id))
                    // Stored lower-cased, so sign-in ignores case.
                    .col(
                        ColumnDef::new(Users::Username)
                            .string_len(64)
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(Users::DisplayName).string().not_null())
                    .col(ColumnDef::new(Users::PasswordHash).string().not_null())
                    // learner | facilitator | admin
                    .col(ColumnDef::new(Users::Role).string_len(16).not_null())
                    .col(ColumnDef::new(Users::CentreId).integer().null())
                    .col(ColumnDef::new(Users::CohortId).integer().null())
                    // Preferences, restored at sign-in on any computer; NULL: not chosen yet.
                    .col(ColumnDef::new(Users::Locale).string_len(8).null())
                    .col(ColumnDef::new(Users::TextSize).string_len(16).null())
                    .col(ColumnDef::new(Users::Theme).string_len(16).null())
                    .col(ColumnDef::new(Users::Motion).string_len(16).null())
                    .col(created_at(Users::CreatedAt))
                    .col(
                        ColumnDef::new(Users::LastSignInAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Users::Table, Users::CentreId)
                            .to(Centres::Table, Centres::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Users::Table, Users::CohortId)
                            .to(Cohorts::Table, Cohorts::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("users_centre")
                    .table(Users::Table)
                    .col(Users::CentreId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Sessions::Table)
                    // The SHA-256 of the cookie's token: a copy of the database signs no one in.
                    .col(
                        ColumnDef::new(Sessions::Id)
                            .string_len(64)
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(Sessions::UserId).integer().not_null())
                    .col(
                        ColumnDef::new(Sessions::CsrfToken)
                            .string_len(64)
                            .not_null(),
                    )
                    .col(created_at(Sessions::CreatedAt))
                    .col(
                        ColumnDef::new(Sessions::LastSeenAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Sessions::Table, Sessions::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("sessions_user")
                    .table(Sessions::Table)
                    .col(Sessions::UserId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SignInFailures::Table)
                    // "user:<name>" or "address:<ip>"
                    .col(
                        ColumnDef::new(SignInFailures::Key)
                            .string()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(SignInFailures::Failures)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SignInFailures::FirstFailureAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            SignInFailures::Table.into_iden(),
            Sessions::Table.into_iden(),
            Users::Table.into_iden(),
            Cohorts::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Centres {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Cohorts {
    Table,
    Id,
    CentreId,
    Name,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Username,
    DisplayName,
    PasswordHash,
    Role,
    CentreId,
    CohortId,
    Locale,
    TextSize,
    Theme,
    Motion,
    CreatedAt,
    LastSignInAt,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    Id,
    UserId,
    CsrfToken,
    CreatedAt,
    LastSeenAt,
}

#[derive(DeriveIden)]
enum SignInFailures {
    Table,
    Key,
    Failures,
    FirstFailureAt,
}
