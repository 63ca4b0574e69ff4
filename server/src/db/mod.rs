//! The database: SQLite (one server, the default) or PostgreSQL (several servers), chosen by
//! `DATABASE_URL`. Migrations run at every start-up, so a new version upgrades in place.

pub mod backup;
pub mod cache;
pub mod changes;
pub mod entities;
pub mod integrity;
mod migrations;
pub mod serving;
#[cfg(test)]
pub mod test_file;
pub mod transaction;

use anyhow::Context;
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database, DatabaseConnection};
use sea_orm_migration::MigratorTrait;
use std::path::Path;
use std::time::Duration;

pub use migrations::Migrator;

/// Connects, then applies pending migrations.
pub async fn connect(url: &str) -> anyhow::Result<DatabaseConnection> {
    if let Some(file) = sqlite_file(url) {
        if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create the data folder {}", dir.display()))?;
        }
    }
    let mut options = ConnectOptions::new(url);
    options
        .sqlx_logging(false)
        // A SQLite connection is a file handle that cannot drop: pinging it before each
        // query only costs two thread switches. PostgreSQL's are tested (a restart drops them).
        .test_before_acquire(!url.starts_with("sqlite:"))
        .connect_timeout(Duration::from_secs(5))
        .acquire_timeout(Duration::from_secs(5))
        .map_sqlx_sqlite_opts(|o| {
            // WAL lets readers go on while one writer writes, and survives a killed process.
            o.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(5))
                .foreign_keys(true)
        });
    let db = Database::connect(options)
        .await
        .with_context(|| format!("cannot connect to the database {}", redact(url)))?;
    Migrator::up(&db, None)
        .await
        .with_context(|| format!("cannot apply migrations to {}", redact(url)))?;
    Ok(db)
}

/// The file of a `sqlite:` URL, unless it is in memory.
pub fn sqlite_file(url: &str) -> Option<&Path> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or(rest);
    (!path.is_empty() && path != ":memory:").then(|| Path::new(path))
}

/// The URL without its password, for messages and logs.
pub(crate) fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let credentials = &url[scheme_end + 3..at];
            match credentials.split_once(':') {
                Some((user, _password)) => {
                    format!("{}{user}:***{}", &url[..scheme_end + 3], &url[at..])
                }
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_sqlite_file() {
        assert_eq!(
            sqlite_file("sqlite://data/tifawt.db?mode=rwc"),
            Some(Path::new("data/tifawt.db"))
        );
        assert_eq!(sqlite_file("sqlite::memory:"), None);
        assert_eq!(sqlite_file("postgres://localhost/test"), None);
    }

    #[test]
    fn passwords_never_reach_messages() {
        assert_eq!(
            redact("postgres://tifawt:s3cret@db:5432/x"),
            "postgres://tifawt:***@db:5432/x"
        );
        assert_eq!(
            redact("postgres://postgres@127.0.0.1/test"),
            "postgres://postgres@127.0.0.1/test"
        );
    }
}
