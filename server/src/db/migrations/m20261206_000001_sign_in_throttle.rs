//! Sign-in throttling with growing delays instead of lockouts: one row per throttled key
//! (an address, an account, or an account on one trusted browser) with its count of
//! failures and the time of the last; and the browsers each person has signed in on, which
//! someone else's guessing does not slow down. The old lockout counts are dropped: they
//! only ever held the last fifteen minutes.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SignInFailures::Table).to_owned())
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SignInThrottle::Table)
                    // "address:<ip>", "account:<username>" or "device:<hash>:<username>"
                    .col(
                        ColumnDef::new(SignInThrottle::Key)
                            .string()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(SignInThrottle::Failures)
                            .integer()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(SignInThrottle::LastFailureAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(TrustedDevices::Table)
                    // The SHA-256 (hex) of the browser's device token.
                    .col(ColumnDef::new(TrustedDevices::Device).string().not_null())
                    .col(ColumnDef::new(TrustedDevices::UserId).integer().not_null())
                    .col(
                        ColumnDef::new(TrustedDevices::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .primary_key(
                        Index::create()
                            .col(TrustedDevices::Device)
                            .col(TrustedDevices::UserId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(TrustedDevices::Table, TrustedDevices::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(TrustedDevices::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(SignInThrottle::Table).to_owned())
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SignInFailures::Table)
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
}

#[derive(DeriveIden)]
enum SignInFailures {
    Table,
    Key,
    Failures,
    FirstFailureAt,
}

#[derive(DeriveIden)]
enum SignInThrottle {
    Table,
    Key,
    Failures,
    LastFailureAt,
}

#[derive(DeriveIden)]
enum TrustedDevices {
    Table,
    Device,
    UserId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}
