//! Schema migrations, one file each, named `mYYYYMMDD_NNNNNN_what.rs`, applied in order.

use sea_orm_migration::prelude::*;

mod m20261130_000001_create_centres;
mod m20261201_000001_create_accounts;
mod m20261201_000002_create_progress;
mod m20261201_000003_create_daily_activity;
mod m20261206_000001_sign_in_throttle;
mod m20261206_000002_audit_log;
mod m20261206_000003_cvs;
mod m20261207_000001_practice_transcripts;
mod m20261207_000002_change_notices;
mod m20261207_000003_change_counts;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261130_000001_create_centres::Migration),
            Box::new(m20261201_000001_create_accounts::Migration),
            Box::new(m20261201_000002_create_progress::Migration),
            Box::new(m20261201_000003_create_daily_activity::Migration),
            Box::new(m20261206_000001_sign_in_throttle::Migration),
            Box::new(m20261206_000002_audit_log::Migration),
            Box::new(m20261206_000003_cvs::Migration),
            Box::new(m20261207_000001_practice_transcripts::Migration),
            Box::new(m20261207_000002_change_notices::Migration),
            Box::new(m20261207_000003_change_counts::Migration),
        ]
    }
}
