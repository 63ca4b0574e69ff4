//! PostgreSQL only: every change to the rows that servers cache (sessions, people, lesson
//! progress) sends `NOTIFY tifawt_changes` when it commits, so that every server sharing
//! the database drops what it cached (`db/changes.rs`). One notice per statement; notices
//! of one transaction are delivered once, at its commit. SQLite needs nothing: servers
//! sharing a file see each other's commits through `PRAGMA data_version`.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLES: [&str; 3] = ["sessions", "users", "lesson_progress"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DatabaseBackend::Postgres {
            return Ok(());
        }
        let db = manager.get_connection();
        db.execute_unprepared(
            "CREATE FUNCTION tifawt_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
             BEGIN
               PERFORM pg_notify('tifawt_changes', TG_TABLE_NAME);
               RETURN NULL;
             END $$",
        )
        .await?;
        for table in TABLES {
            db.execute_unprepared(&format!(
                "CREATE TRIGGER {table}_notify_change
                 AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table}
                 FOR EACH STATEMENT EXECUTE FUNCTION tifawt_notify_change()"
            ))
            .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DatabaseBackend::Postgres {
            return Ok(());
        }
        let db = manager.get_connection();
        for table in TABLES {
            db.execute_unprepared(&format!(
                "DROP TRIGGER IF EXISTS {table}_notify_change ON {table}"
            ))
            .await?;
        }
        db.execute_unprepared("DROP FUNCTION IF EXISTS tifawt_notify_change()")
            .await?;
        Ok(())
    }
}
