//! Has the database changed? Every signed-in request reads the same few rows (the session
//! with its person, the learner's progress); [`super::cache::Cache`] keeps them only as long
//! as the answer is "no", so a cached row is never staler than the database, whichever
//! process or server changed it:
//!
//! - **SQLite**: `PRAGMA data_version` on a connection of our own, which changes whenever
//!   any other connection commits: this server's pool, another server sharing the file, the
//!   `tifawt` command line, the `sqlite3` shell. Asking costs a few microseconds and no
//!   thread hand-off (a query through sqlx's SQLite driver costs two).
//! - **PostgreSQL**: triggers on the tables the caches read send `NOTIFY tifawt_changes`
//!   (migration `m20261207_000002_change_notices`), and every server listens. A change made
//!   on another server counts from when PostgreSQL delivers the notice, about a millisecond
//!   after its commit. While the listening connection is down, nothing is cached.
//!
//! Changes this process makes itself are counted at once ([`Changes::wrote`]), so its own
//! next request never waits for a notice.

use sea_orm::{ConnectionTrait, DatabaseConnection};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The PostgreSQL channel the triggers notify.
pub const CHANNEL: &str = "tifawt_changes";

/// How long to wait before listening again after the PostgreSQL connection was lost.
const RECONNECT_AFTER: Duration = Duration::from_secs(1);

/// Counts the changes seen; an entry cached at one count is good while the count is the same.
pub struct Changes {
    epoch: AtomicU64,
    watch: Watch,
}

enum Watch {
    Sqlite(Mutex<DataVersion>),
    /// Whether the `LISTEN` connection is up: if not, changes could be missed.
    Postgres(AtomicBool),
    /// Changes cannot be seen (an in-memory database): nothing may be cached.
    Blind,
}

/// A connection that only ever asks `PRAGMA data_version`, and the last answer.
struct DataVersion {
    connection: rusqlite::Connection,
    last: Option<i64>,
}

impl DataVersion {
    fn open(file: &Path) -> rusqlite::Result<DataVersion> {
        use rusqlite::OpenFlags;
        // Read-write, though it never writes: a read-only connection to a WAL database
        // needs the `-shm` file to exist already.
        let connection = rusqlite::Connection::open_with_flags(
            file,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        connection.busy_timeout(Duration::from_secs(1))?;
        Ok(DataVersion {
            connection,
            last: None,
        })
    }

    /// Whether another connection committed since the last call (`None`: cannot tell).
    fn changed(&mut self) -> Option<bool> {
        let version = self
            .connection
            .prepare_cached("PRAGMA data_version")
            .and_then(|mut statement| statement.query_row([], |row| row.get::<_, i64>(0)));
        match version {
            Ok(version) => {
                let changed = self.last != Some(version);
                self.last = Some(version);
                Some(changed)
            }
            Err(error) => {
                tracing::debug!(%error, "cannot read SQLite's data_version");
                None
            }
        }
    }
}

impl Changes {
    /// Watches the database `db` (at `url`): opens the SQLite connection, or starts
    /// listening to PostgreSQL (waiting for the first `LISTEN`, so that the first requests
    /// are cached too; if it fails, the server works uncached until it succeeds).
    pub async fn watch(db: &DatabaseConnection, url: &str) -> Arc<Changes> {
        match db.get_database_backend() {
            sea_orm::DatabaseBackend::Postgres => {
                let changes = Arc::new(Changes::with(Watch::Postgres(AtomicBool::new(false))));
                let pool = db.get_postgres_connection_pool().clone();
                let (ready, first) = tokio::sync::oneshot::channel();
                tokio::spawn(listen(pool, Arc::downgrade(&changes), ready));
                let _ = tokio::time::timeout(Duration::from_secs(5), first).await;
                changes
            }
            _ => {
                let watch = match super::sqlite_file(url).map(DataVersion::open) {
                    Some(Ok(version)) => Watch::Sqlite(Mutex::new(version)),
                    Some(Err(error)) => {
                        tracing::warn!(%error, "cannot watch the database for changes: signed-in pages are not cached");
                        Watch::Blind
                    }
                    None => Watch::Blind,
                };
                Arc::new(Changes::with(watch))
            }
        }
    }

    fn with(watch: Watch) -> Changes {
        Changes {
            epoch: AtomicU64::new(1),
            watch,
        }
    }

    /// The count of changes now, or `None` when changes may go unseen (do not cache).
    pub fn epoch(&self) -> Option<u64> {
        match &self.watch {
            Watch::Sqlite(version) => {
                let mut version = version.lock().unwrap_or_else(|p| p.into_inner());
                if version.changed()? {
                    self.wrote();
                }
            }
            Watch::Postgres(listening) => {
                if !listening.load(Ordering::Acquire) {
                    return None;
                }
            }
            Watch::Blind => return None,
        }
        Some(self.epoch.load(Ordering::Acquire))
    }

    /// This process changed (or may have changed) the database: what was cached is stale.
    pub fn wrote(&self) {
        self.epoch.fetch_add(1, Ordering::AcqRel);
    }
}

/// Listens to PostgreSQL's notices for as long as `changes` exists; reconnects when the
/// connection is lost. `ready` is told when the first `LISTEN` is in place (or failed).
async fn listen(
    pool: sea_orm::sqlx::PgPool,
    changes: std::sync::Weak<Changes>,
    ready: tokio::sync::oneshot::Sender<()>,
) {
    use sea_orm::sqlx::postgres::PgListener;
    let mut ready = Some(ready);
    let listening = |changes: &Changes, up: bool| {
        if let Watch::Postgres(listening) = &changes.watch {
            // Down: stop caching first. Up: what was cached before is stale, then cache.
            if !up {
                listening.store(false, Ordering::Release);
            }
            changes.wrote();
            if up {
                listening.store(true, Ordering::Release);
            }
        }
    };
    loop {
        let subscribed = match PgListener::connect_with(&pool).await {
            Ok(mut listener) => listener.listen(CHANNEL).await.map(|()| listener),
            Err(error) => Err(error),
        };
        match subscribed {
            Ok(mut listener) => {
                let Some(up) = changes.upgrade() else {
                    return;
                };
                listening(&up, true);
                drop(up);
                if let Some(ready) = ready.take() {
                    let _ = ready.send(());
                }
                loop {
                    let notice = listener.try_recv().await;
                    let Some(changes) = changes.upgrade() else {
                        return;
                    };
                    match notice {
                        Ok(Some(_)) => changes.wrote(),
                        // `None`: the connection was lost.
                        Ok(None) | Err(_) => {
                            tracing::warn!("lost PostgreSQL's change notices: signed-in pages are not cached until they are back");
                            listening(&changes, false);
                            break;
                        }
                    }
                }
            }
            Err(error) => {
                tracing::warn!(%error, "cannot listen to PostgreSQL's change notices: signed-in pages are not cached until it can");
                if let Some(ready) = ready.take() {
                    let _ = ready.send(());
                }
            }
        }
        if changes.strong_count() == 0 {
            return;
        }
        tokio::time::sleep(RECONNECT_AFTER).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_commits_by_another_connection_are_seen() {
        let dir = std::env::temp_dir().join(format!("tifawt-changes-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("db.sqlite");
        let writer = rusqlite::Connection::open(&file).unwrap();
        writer
            .execute_batch("PRAGMA journal_mode = WAL; CREATE TABLE t (x INTEGER);")
            .unwrap();
        let changes = Changes::with(Watch::Sqlite(Mutex::new(DataVersion::open(&file).unwrap())));
        let first = changes.epoch().expect("SQLite changes are seen");
        assert_eq!(changes.epoch(), Some(first), "nothing changed");
        writer.execute("INSERT INTO t VALUES (1)", []).unwrap();
        let second = changes.epoch().unwrap();
        assert_ne!(second, first, "a commit by another connection");
        assert_eq!(changes.epoch(), Some(second));
        changes.wrote();
        assert_ne!(changes.epoch(), Some(second), "this process's own change");
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn nothing_is_cached_when_changes_cannot_be_seen() {
        assert_eq!(Changes::with(Watch::Blind).epoch(), None);
        let postgres = Changes::with(Watch::Postgres(AtomicBool::new(false)));
        assert_eq!(postgres.epoch(), None, "not listening yet");
    }
}
