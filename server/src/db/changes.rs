//! Has the database changed? Every signed-in request reads the same few rows (the session
//! with its person, the learner's progress); [`super::cache::Cache`] keeps them only as long
//! as the answer is "no", so a cached row is never staler than the database, whichever
//! process or server changed it. The answer is given per [`Scope`]: a learner's quiz
//! changes progress, not who is signed in, so it leaves every session cached.
//!
//! - **SQLite**: `PRAGMA data_version` on a connection of our own, which changes whenever
//!   any other connection commits: this server's pool, another server sharing the file, the
//!   `tifawt` command line, the `sqlite3` shell. Asking costs a few microseconds and no
//!   thread hand-off (a query through sqlx's SQLite driver costs two). When it moved, the
//!   same connection reads the counts that triggers keep per scope (migration
//!   `m20261207_000003_change_counts`) to tell which scopes changed.
//! - **PostgreSQL**: triggers on the tables the caches read send `NOTIFY tifawt_changes`
//!   with the table's name (migration `m20261207_000002_change_notices`), and every server
//!   listens. A change made on another server counts from when PostgreSQL delivers the
//!   notice, about a millisecond after its commit. While the listening connection is down,
//!   nothing is cached.
//!
//! Changes this process makes itself count at once: on SQLite the next request's
//! `data_version` shows them; on PostgreSQL, where the notice comes later, [`Changes::wrote`]
//! counts them in every scope.

use sea_orm::{ConnectionTrait, DatabaseConnection};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The PostgreSQL channel the triggers notify.
pub const CHANNEL: &str = "tifawt_changes";

/// How long to wait before listening again after the PostgreSQL connection was lost.
const RECONNECT_AFTER: Duration = Duration::from_secs(1);

/// What a cache holds, and so which changes make it stale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Sessions and the people they belong to (`auth::session::SessionCache`).
    People = 0,
    /// Learners' lesson progress (`progress::store::ProgressCache`).
    Progress = 1,
}

impl Scope {
    const ALL: [Scope; 2] = [Scope::People, Scope::Progress];

    /// Its row in SQLite's `change_counts`.
    fn name(self) -> &'static str {
        match self {
            Scope::People => "people",
            Scope::Progress => "progress",
        }
    }

    /// The scope a table's changes count in (PostgreSQL's notices name the table).
    fn of_table(table: &str) -> Option<Scope> {
        match table {
            "sessions" | "users" => Some(Scope::People),
            "lesson_progress" => Some(Scope::Progress),
            _ => None,
        }
    }
}

/// The counts of changes, one per scope, as a request began: an entry cached at one count
/// of its scope is good while that count is the same.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Epoch([u64; 2]);

impl Epoch {
    pub fn of(self, scope: Scope) -> u64 {
        self.0[scope as usize]
    }
}

/// Counts the changes seen, per scope.
pub struct Changes {
    epochs: [AtomicU64; 2],
    watch: Watch,
}

enum Watch {
    Sqlite(Mutex<DataVersion>),
    /// Whether the `LISTEN` connection is up: if not, changes could be missed.
    Postgres(AtomicBool),
    /// Changes cannot be seen (an in-memory database): nothing may be cached.
    Blind,
}

/// A connection that only ever asks `PRAGMA data_version` and reads `change_counts`, and
/// the last answers.
struct DataVersion {
    connection: rusqlite::Connection,
    last: Option<i64>,
    counts: Option<[i64; 2]>,
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
            counts: None,
        })
    }

    /// Which scopes another connection committed changes to since the last call (`None`:
    /// cannot tell). The counts are read after `data_version`, so a commit between the two
    /// is seen now or, its version being new, at the next call.
    fn changed(&mut self) -> Option<[bool; 2]> {
        let version = self
            .connection
            .prepare_cached("PRAGMA data_version")
            .and_then(|mut statement| statement.query_row([], |row| row.get::<_, i64>(0)));
        let version = match version {
            Ok(version) => version,
            Err(error) => {
                tracing::debug!(%error, "cannot read SQLite's data_version");
                return None;
            }
        };
        if self.last == Some(version) {
            return Some([false; 2]);
        }
        self.last = Some(version);
        let before = self.counts.take();
        match self.read_counts() {
            Ok(counts) => {
                self.counts = Some(counts);
                Some(std::array::from_fn(|i| {
                    before.map(|b| b[i]) != Some(counts[i])
                }))
            }
            Err(error) => {
                // Something changed, but not known what: every scope did.
                tracing::debug!(%error, "cannot read change_counts");
                Some([true; 2])
            }
        }
    }

    fn read_counts(&self) -> rusqlite::Result<[i64; 2]> {
        let mut statement = self
            .connection
            .prepare_cached("SELECT scope, count FROM change_counts")?;
        let mut counts = [None; 2];
        let mut rows = statement.query([])?;
        while let Some(row) = rows.next()? {
            let scope = row.get_ref(0)?.as_str()?;
            if let Some(scope) = Scope::ALL.into_iter().find(|s| s.name() == scope) {
                counts[scope as usize] = Some(row.get::<_, i64>(1)?);
            }
        }
        match counts {
            [Some(people), Some(progress)] => Ok([people, progress]),
            _ => Err(rusqlite::Error::QueryReturnedNoRows),
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
            epochs: [AtomicU64::new(1), AtomicU64::new(1)],
            watch,
        }
    }

    /// The counts of changes now, or `None` when changes may go unseen (do not cache).
    pub fn epoch(&self) -> Option<Epoch> {
        match &self.watch {
            Watch::Sqlite(version) => {
                let changed = version
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .changed()?;
                for scope in Scope::ALL.into_iter().filter(|s| changed[*s as usize]) {
                    self.count(scope);
                }
            }
            Watch::Postgres(listening) => {
                if !listening.load(Ordering::Acquire) {
                    return None;
                }
            }
            Watch::Blind => return None,
        }
        Some(Epoch(Scope::ALL.map(|scope| {
            self.epochs[scope as usize].load(Ordering::Acquire)
        })))
    }

    /// This process changed (or may have changed) the database. On SQLite the next
    /// [`Changes::epoch`] sees the commit, and its scopes, by itself; elsewhere what was
    /// cached in any scope is stale from now on.
    pub fn wrote(&self) {
        if !matches!(self.watch, Watch::Sqlite(_)) {
            self.count_all();
        }
    }

    fn count(&self, scope: Scope) {
        self.epochs[scope as usize].fetch_add(1, Ordering::AcqRel);
    }

    fn count_all(&self) {
        for scope in Scope::ALL {
            self.count(scope);
        }
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
            changes.count_all();
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
                        Ok(Some(notice)) => match Scope::of_table(notice.payload()) {
                            Some(scope) => changes.count(scope),
                            None => changes.count_all(),
                        },
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
    use crate::db::test_file::TestFile;

    fn sqlite_watch(file: &Path) -> Changes {
        Changes::with(Watch::Sqlite(Mutex::new(DataVersion::open(file).unwrap())))
    }

    #[test]
    fn without_change_counts_a_commit_by_another_connection_changes_every_scope() {
        let file = TestFile::new("changes-uncounted");
        let writer = rusqlite::Connection::open(file.path()).unwrap();
        writer
            .execute_batch("PRAGMA journal_mode = WAL; CREATE TABLE t (x INTEGER);")
            .unwrap();
        let changes = sqlite_watch(file.path());
        let first = changes.epoch().expect("SQLite changes are seen");
        assert_eq!(changes.epoch(), Some(first), "nothing changed");
        writer.execute("INSERT INTO t VALUES (1)", []).unwrap();
        let second = changes.epoch().unwrap();
        for scope in Scope::ALL {
            assert_ne!(
                second.of(scope),
                first.of(scope),
                "{scope:?}: not known what changed"
            );
        }
        assert_eq!(changes.epoch(), Some(second));
    }

    /// Each write, by this process's pool or by another connection to the file, changes the
    /// scope of what it wrote, and only that.
    #[tokio::test]
    async fn sqlite_commits_change_only_the_scope_they_wrote_to() {
        let file = TestFile::new("changes-scoped");
        let db = crate::db::connect(&file.url()).await.unwrap();
        crate::accounts::demo::create_if_empty(&db).await.unwrap();
        let changes = sqlite_watch(file.path());
        let shell = rusqlite::Connection::open(file.path()).unwrap();
        let mut before = changes.epoch().unwrap();
        let mut expect = |what: &str, changed: &[Scope]| {
            let now = changes.epoch().unwrap();
            for scope in Scope::ALL {
                assert_eq!(
                    now.of(scope) != before.of(scope),
                    changed.contains(&scope),
                    "{what}: {scope:?}"
                );
            }
            before = now;
        };
        expect("nothing written", &[]);

        // Through this process's pool (sqlx), as the server writes.
        let learner = crate::accounts::store::find_by_username(&db, "demo.learner")
            .await
            .unwrap()
            .unwrap();
        let lessons = ["intro".to_string()];
        let key = crate::progress::store::LessonKey {
            user_id: learner.id,
            course_id: "ai-basics",
            lesson_id: "intro",
            course_lessons: &lessons,
        };
        crate::progress::store::record_open(&db, key, None, chrono::Utc::now())
            .await
            .unwrap();
        expect("a lesson opened", &[Scope::Progress]);
        let token = crate::auth::session::create(&db, learner.id).await.unwrap();
        expect("a sign-in", &[Scope::People]);
        crate::auth::session::keep_alive(&db, &token).await.unwrap();
        expect("activity recorded later", &[]);
        crate::auth::session::delete(&db, &token).await.unwrap();
        expect("a sign-out", &[Scope::People]);

        // By another program on the file: what an admin's `sqlite3` shell would do.
        let change = |sql: &str| shell.execute(sql, []).unwrap();
        change("UPDATE users SET display_name = 'Nadia' WHERE username = 'demo.learner'");
        expect("a person renamed", &[Scope::People]);
        change("DELETE FROM lesson_progress");
        expect("progress erased", &[Scope::Progress]);
        change("UPDATE centres SET name = 'Dar Taliba'");
        expect("a table no cache reads", &[]);
        change(
            "INSERT INTO sessions (id, user_id, csrf_token, created_at, last_seen_at)
             SELECT 'x', id, 'y', '2026-12-07T00:00:00+00:00', '2026-12-07T00:00:00+00:00'
             FROM users WHERE username = 'demo.learner'",
        );
        expect("a session made", &[Scope::People]);
        change("UPDATE sessions SET last_seen_at = '2026-12-06T23:00:00.5+00:00'");
        expect(
            "activity moved back: the session may have expired",
            &[Scope::People],
        );
        change("UPDATE sessions SET last_seen_at = '2026-12-07T09:00:00+00:00'");
        expect("activity recorded later by hand", &[]);
        change("UPDATE sessions SET csrf_token = 'z'");
        expect("a session's token changed", &[Scope::People]);
        change("DELETE FROM sessions");
        change("UPDATE lesson_progress SET best_score = 1");
        expect(
            "a session ended, then no progress to update",
            &[Scope::People],
        );

        // Counts that cannot be read: a change is a change to everything.
        change("DROP TABLE change_counts");
        expect("the counts dropped", &[Scope::People, Scope::Progress]);
        change("UPDATE centres SET name = 'Dar Talib'");
        expect("any commit after", &[Scope::People, Scope::Progress]);
    }

    #[test]
    fn this_process_own_writes_count_in_every_scope_where_no_data_version_sees_them() {
        let postgres = Changes::with(Watch::Postgres(AtomicBool::new(true)));
        let first = postgres.epoch().expect("listening");
        assert_eq!(postgres.epoch(), Some(first), "no notice, no write");
        postgres.wrote();
        let second = postgres.epoch().unwrap();
        for scope in Scope::ALL {
            assert_ne!(second.of(scope), first.of(scope), "{scope:?}");
        }
    }

    #[test]
    fn the_tables_notices_name_count_in_their_scope() {
        assert_eq!(Scope::of_table("sessions"), Some(Scope::People));
        assert_eq!(Scope::of_table("users"), Some(Scope::People));
        assert_eq!(Scope::of_table("lesson_progress"), Some(Scope::Progress));
        assert_eq!(Scope::of_table("centres"), None);
    }

    #[test]
    fn nothing_is_cached_when_changes_cannot_be_seen() {
        assert_eq!(Changes::with(Watch::Blind).epoch(), None);
        let postgres = Changes::with(Watch::Postgres(AtomicBool::new(false)));
        assert_eq!(postgres.epoch(), None, "not listening yet");
    }
}
