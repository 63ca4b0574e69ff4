//! Backing up and restoring a SQLite database.
//!
//! A backup is `VACUUM INTO` a temporary file beside the destination: SQLite copies one
//! read transaction's snapshot, so a server writing meanwhile (WAL mode) is neither stopped
//! nor half-copied. The copy is checked (`PRAGMA integrity_check`), flushed to disk, and only
//! then renamed to its final name: a file with that name is always a whole backup.
//!
//! A restore checks the file is a Tifawt database this version can run, copies it beside the
//! database, migrates and checks the copy there, then swaps it in under the exclusive lock
//! of [`super::serving`]. The replaced database is kept, with its write-ahead log.

use super::integrity::{self, Report};
use super::{serving, Migrator};
use anyhow::{bail, Context};
use sea_orm::sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions};
use sea_orm::{ConnectionTrait, DatabaseConnection, SqlxSqliteConnector, Statement};
use sea_orm_migration::MigratorTrait;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use tifawt_app::catalog::Catalog;

/// The tables whose row counts are printed, in the order of the schema.
const TABLES: [&str; 7] = [
    "centres",
    "cohorts",
    "users",
    "lesson_progress",
    "quiz_attempts",
    "quiz_answers",
    "daily_activity",
];

/// Where sea-orm records the migrations applied.
const MIGRATIONS_TABLE: &str = "seaql_migrations";

/// Every SQLite database file begins with these 16 bytes.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

#[derive(Debug)]
pub struct Backup {
    pub file: PathBuf,
    pub bytes: u64,
    pub elapsed: Duration,
    pub rows: Vec<(&'static str, i64)>,
}

#[derive(Debug)]
pub struct Restored {
    pub target: PathBuf,
    /// Where the database it replaced is now, if there was one.
    pub kept: Option<PathBuf>,
    /// Migrations the backup lacked, applied to it.
    pub migrated: usize,
    pub rows: Vec<(&'static str, i64)>,
    pub integrity: Report,
}

/// Opens a SQLite file by path (no URL: any file name works), never creating it.
async fn open(
    path: &Path,
    journal: Option<SqliteJournalMode>,
) -> anyhow::Result<DatabaseConnection> {
    let mut options = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(false)
        .busy_timeout(Duration::from_secs(10))
        .foreign_keys(true);
    if let Some(mode) = journal {
        options = options.journal_mode(mode);
    }
    let pool = SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await
        .with_context(|| format!("cannot open {}", path.display()))?;
    Ok(SqlxSqliteConnector::from_sqlx_sqlite_pool(pool))
}

async fn strings(db: &DatabaseConnection, sql: &str) -> anyhow::Result<Vec<String>> {
    let rows = db
        .query_all(Statement::from_string(db.get_database_backend(), sql))
        .await?;
    Ok(rows
        .iter()
        .filter_map(|row| row.try_get_by_index::<String>(0).ok())
        .collect())
}

/// `PRAGMA integrity_check`: Ok, or its first complaints.
async fn integrity_check(db: &DatabaseConnection, file: &Path) -> anyhow::Result<()> {
    let found = strings(db, "PRAGMA integrity_check(20)")
        .await
        .with_context(|| format!("cannot check {}", file.display()))?;
    if found != ["ok"] {
        bail!(
            "{} is damaged (SQLite's integrity check: {})",
            file.display(),
            found.join("; ")
        );
    }
    Ok(())
}

async fn row_counts(db: &DatabaseConnection) -> anyhow::Result<Vec<(&'static str, i64)>> {
    let present = strings(db, "SELECT name FROM sqlite_master WHERE type = 'table'").await?;
    let mut rows = Vec::new();
    for table in TABLES.iter().filter(|t| present.iter().any(|p| p == *t)) {
        let sql = format!("SELECT COUNT(*) FROM {table}");
        let row = db
            .query_one(Statement::from_string(db.get_database_backend(), sql))
            .await?;
        let n = row.map_or(Ok(0), |r| r.try_get_by_index::<i64>(0))?;
        rows.push((*table, n));
    }
    Ok(rows)
}

/// A file beside `path` named after it, removed when dropped unless kept.
struct Temporary {
    path: PathBuf,
    keep: bool,
}

impl Temporary {
    fn beside(path: &Path, what: &str) -> anyhow::Result<Temporary> {
        let name = path
            .file_name()
            .with_context(|| format!("{} is not a file name", path.display()))?;
        let mut temporary = std::ffi::OsString::from(".");
        temporary.push(name);
        temporary.push(format!(".{what}-{}", std::process::id()));
        let path = path.with_file_name(temporary);
        remove_if_present(&path)?;
        Ok(Temporary { path, keep: false })
    }
}

impl Drop for Temporary {
    fn drop(&mut self) {
        if !self.keep {
            let _ = std::fs::remove_file(&self.path);
            for side in ["-journal", "-wal", "-shm"] {
                let _ = std::fs::remove_file(with_suffix(&self.path, side));
            }
        }
    }
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn remove_if_present(path: &Path) -> anyhow::Result<()> {
    match std::fs::remove_file(path) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => {
            Err(error).with_context(|| format!("cannot remove {}", path.display()))
        }
        _ => Ok(()),
    }
}

/// The folder a file is in ("." for a bare name).
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Flushes a file, then its folder's entry, so a rename survives a power cut. The folder's
/// flush is best effort: some file systems (FAT on USB drives) cannot.
fn flush(file: &Path) -> anyhow::Result<()> {
    std::fs::File::open(file)
        .and_then(|f| f.sync_all())
        .with_context(|| format!("cannot write {} to disk", file.display()))
}

fn flush_folder(file: &Path) {
    if let Ok(dir) = std::fs::File::open(folder_of(file)) {
        let _ = dir.sync_all();
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// `tifawt backup`: a consistent copy of the database at `source`, as `file`.
pub async fn backup(source: &Path, file: &Path, force: bool) -> anyhow::Result<Backup> {
    let started = Instant::now();
    if !source.is_file() {
        bail!("there is no database at {}", source.display());
    }
    if file.is_dir() {
        bail!(
            "{} is a folder; give the backup's file name, e.g. {}",
            file.display(),
            file.join("tifawt.db").display()
        );
    }
    if same_file(source, file) {
        bail!("{} is the database itself", file.display());
    }
    if file.exists() && !force {
        bail!(
            "{} already exists; give another name, or add --force to replace it",
            file.display()
        );
    }
    let folder = folder_of(file);
    if !folder.is_dir() {
        bail!(
            "the folder {} does not exist (is the drive plugged in and mounted?)",
            folder.display()
        );
    }
    let mut temporary = Temporary::beside(file, "partial")?;
    let db = open(source, None).await?;
    let copied = db
        .execute(Statement::from_sql_and_values(
            db.get_database_backend(),
            "VACUUM INTO ?",
            [temporary.path.to_string_lossy().into_owned().into()],
        ))
        .await;
    db.close().await.ok();
    copied.with_context(|| format!("cannot copy {} to {}", source.display(), folder.display()))?;
    let copy = open(&temporary.path, None).await?;
    let checked = async {
        integrity_check(&copy, &temporary.path).await?;
        row_counts(&copy).await
    }
    .await;
    copy.close().await.ok();
    let rows = checked?;
    flush(&temporary.path)?;
    std::fs::rename(&temporary.path, file).with_context(|| {
        format!(
            "cannot rename {} to {}",
            temporary.path.display(),
            file.display()
        )
    })?;
    temporary.keep = true;
    flush_folder(file);
    let bytes = std::fs::metadata(file)
        .with_context(|| format!("cannot read {}", file.display()))?
        .len();
    Ok(Backup {
        file: file.to_path_buf(),
        bytes,
        elapsed: started.elapsed(),
        rows,
    })
}

/// Checks that `db` (a copy of `file`) is a Tifawt database whose migrations are ours or
/// an earlier version's; returns how many of ours it lacks.
async fn check_migrations(db: &DatabaseConnection, file: &Path) -> anyhow::Result<usize> {
    let tables = strings(db, "SELECT name FROM sqlite_master WHERE type = 'table'").await?;
    if !tables.iter().any(|t| t == MIGRATIONS_TABLE) {
        bail!(
            "{} is a SQLite database, but not Tifawt's (it has no {MIGRATIONS_TABLE} table)",
            file.display()
        );
    }
    let applied = strings(
        db,
        &format!("SELECT version FROM {MIGRATIONS_TABLE} ORDER BY version"),
    )
    .await?;
    let ours: Vec<String> = Migrator::migrations()
        .iter()
        .map(|m| m.name().to_string())
        .collect();
    if let Some(unknown) = applied.iter().find(|v| !ours.contains(v)) {
        bail!(
            "{} comes from a newer Tifawt (its migration {unknown} is unknown to this version); \
             restore it with that version or a later one",
            file.display()
        );
    }
    if ours.get(..applied.len()) != Some(applied.as_slice()) {
        bail!(
            "{}'s migrations ({}) are not a first part of this version's ({})",
            file.display(),
            applied.join(", "),
            ours.join(", ")
        );
    }
    Ok(ours.len() - applied.len())
}

/// `name.before-restore-YYYYMMDD-HHMMSS`, with a number added if that exists already.
fn kept_name(target: &Path) -> PathBuf {
    let stamp = chrono::Utc::now().format("%Y%m%d-%H%M%S");
    let base = with_suffix(target, &format!(".before-restore-{stamp}"));
    let mut candidate = base.clone();
    let mut n = 1;
    while candidate.exists() || with_suffix(&candidate, "-wal").exists() {
        n += 1;
        candidate = with_suffix(&base, &format!("-{n}"));
    }
    candidate
}

/// `tifawt restore`: replaces the database at `target` with the backup `file`.
/// `catalog`: the courses, for the daily counts' recount (see [`integrity::check`]).
pub async fn restore(
    file: &Path,
    target: &Path,
    catalog: Option<&Catalog>,
) -> anyhow::Result<Restored> {
    if file.is_dir() {
        bail!("{} is a folder, not a backup", file.display());
    }
    let mut header = [0u8; 16];
    let read = std::fs::File::open(file)
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut header))
        .map(|()| &header == SQLITE_HEADER);
    match read {
        Err(error) if error.kind() != std::io::ErrorKind::UnexpectedEof => {
            return Err(error).with_context(|| format!("cannot read {}", file.display()))
        }
        Ok(true) => {}
        _ => bail!(
            "{} is not a SQLite database (a backup made by `tifawt backup` is one)",
            file.display()
        ),
    }
    if std::fs::metadata(with_suffix(file, "-wal")).is_ok_and(|m| m.len() > 0) {
        bail!(
            "{} has a write-ahead log beside it ({}-wal): it is a database in use, not a backup; \
             make one with `tifawt backup`",
            file.display(),
            file.display()
        );
    }
    if same_file(file, target) {
        bail!("{} is the database itself", file.display());
    }
    let _lock = serving::for_restore(target)?;
    let temporary = Temporary::beside(target, "restoring")?;
    std::fs::copy(file, &temporary.path).with_context(|| {
        format!(
            "cannot copy {} to {}",
            file.display(),
            temporary.path.display()
        )
    })?;
    // A rollback journal keeps the copy one file until it is in place; the server turns
    // WAL back on when it opens it.
    let db = open(&temporary.path, Some(SqliteJournalMode::Delete)).await?;
    let checked = async {
        integrity_check(&db, file).await?;
        let migrated = check_migrations(&db, file).await?;
        Migrator::up(&db, None).await.with_context(|| {
            format!("cannot apply migrations to the copy of {}", file.display())
        })?;
        let integrity = integrity::check(&db, catalog)
            .await
            .context("cannot run the integrity checks")?;
        Ok::<_, anyhow::Error>((migrated, integrity, row_counts(&db).await?))
    }
    .await;
    db.close().await.ok();
    let (migrated, integrity, rows) = checked?;
    flush(&temporary.path)?;
    let kept = swap_in(&temporary, target)?;
    flush_folder(target);
    Ok(Restored {
        target: target.to_path_buf(),
        kept,
        migrated,
        rows,
        integrity,
    })
}

/// Moves the database at `target` aside, with its write-ahead log (committed transactions
/// may still be only there, after a killed server), drops its shared-memory index, and
/// renames the checked copy to `target`. The old log must be gone before the new file
/// arrives: SQLite would replay it into the restored database.
fn swap_in(temporary: &Temporary, target: &Path) -> anyhow::Result<Option<PathBuf>> {
    let rename = |from: &Path, to: &Path| {
        std::fs::rename(from, to)
            .with_context(|| format!("cannot rename {} to {}", from.display(), to.display()))
    };
    let kept = if target.exists() {
        let kept = kept_name(target);
        for side in ["-wal", "-journal"] {
            let log = with_suffix(target, side);
            if log.exists() {
                rename(&log, &with_suffix(&kept, side))?;
            }
        }
        rename(target, &kept)?;
        Some(kept)
    } else {
        // Logs without their database belong to nothing: they must not meet the new one.
        for side in ["-wal", "-journal"] {
            remove_if_present(&with_suffix(target, side))?;
        }
        None
    };
    remove_if_present(&with_suffix(target, "-shm"))?;
    rename(&temporary.path, target)?;
    Ok(kept)
}
