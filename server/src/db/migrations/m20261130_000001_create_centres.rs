//! Centres (a Dar Talib, an association): the root of the programme's data. Cohorts,
//! learners and progress hang off them in later migrations.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Centres::Table)
                    .if_not_exists()
                    .col(
                        ColumnDef::new(Centres::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(Centres::Name)
                            .string()
                            .not_null()
                            .unique_key(),
                    )
                    // The interface language before anyone chooses one, e.g. "ar".
                    .col(
                        ColumnDef::new(Centres::DefaultLocale)
                            .string_len(8)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Centres::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null()
                            .default(Expr::current_timestamp()),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Centres::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Centres {
    Table,
    Id,
    Name,
    DefaultLocale,
    CreatedAt,
}
