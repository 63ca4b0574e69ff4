//! SQLite only: a count of changes per kind of cached row, kept by the database itself.
//! `PRAGMA data_version` tells a server that *something* was committed, not what; with
//! these counts it drops only the cache whose rows changed (`db/changes.rs`): a learner's
//! quiz no longer makes every other learner's session be read again. Triggers count every
//! writer (this server, another sharing the file, the command line, the `sqlite3` shell).
//! PostgreSQL's notices carry the table's name instead (`m20261207_000002_change_notices`).

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The counted tables, and the scope (`db::changes::Scope`) each one's changes count in.
const COUNTED: [(&str, &str); 3] = [
    ("sessions", "people"),
    ("users", "people"),
    ("lesson_progress", "progress"),
];

const EVENTS: [&str; 3] = ["INSERT", "UPDATE", "DELETE"];

/// The one change that does not count: a session's activity recorded later, as a
/// signed-in request does once a minute. It cannot make a cached session wrong: the cache
/// is trusted for less than a minute after the activity it holds (`auth::session::lookup`).
const SESSION_SEEN_LATER: &str = "NEW.id IS OLD.id AND NEW.user_id IS OLD.user_id
     AND NEW.csrf_token IS OLD.csrf_token AND NEW.created_at IS OLD.created_at
     AND julianday(NEW.last_seen_at) >= julianday(OLD.last_seen_at)";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DatabaseBackend::Sqlite {
            return Ok(());
        }
        let db = manager.get_connection();
        db.execute_unprepared(
            "CREATE TABLE change_counts (
               scope TEXT NOT NULL PRIMARY KEY,
               count INTEGER NOT NULL
             ) WITHOUT ROWID;
             INSERT INTO change_counts (scope, count) VALUES ('people', 0), ('progress', 0);",
        )
        .await?;
        for (table, scope) in COUNTED {
            for event in EVENTS {
                let name = event.to_lowercase();
                let when = match (table, event) {
                    ("sessions", "UPDATE") => format!("WHEN NOT ({SESSION_SEEN_LATER})"),
                    _ => String::new(),
                };
                db.execute_unprepared(&format!(
                    "CREATE TRIGGER {table}_counted_{name} AFTER {event} ON {table} {when}
                     BEGIN
                       UPDATE change_counts SET count = count + 1 WHERE scope = '{scope}';
                     END"
                ))
                .await?;
            }
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DatabaseBackend::Sqlite {
            return Ok(());
        }
        let db = manager.get_connection();
        for (table, _) in COUNTED {
            for event in EVENTS {
                let name = event.to_lowercase();
                db.execute_unprepared(&format!("DROP TRIGGER IF EXISTS {table}_counted_{name}"))
                    .await?;
            }
        }
        db.execute_unprepared("DROP TABLE IF EXISTS change_counts")
            .await?;
        Ok(())
    }
}
