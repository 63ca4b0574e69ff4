//! Who is using a SQLite database file: every `tifawt serve` holds a shared lock on
//! `<database>.serving` while it runs, and `tifawt restore` takes it exclusively, so a restore
//! never replaces the file under a running server, and no server starts during a restore.
//!
//! These are the operating system's file locks (`flock`), released by the kernel when the
//! process ends however it ends, SIGKILL included: the `.serving` file left behind blocks
//! nothing. It is never deleted (deleting a lock file races with whoever opens it next).

use anyhow::{bail, Context};
use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

/// Held while serving, or while restoring; the lock goes with it.
#[derive(Debug)]
pub struct Lock {
    _file: File,
    pub path: PathBuf,
}

/// `data/tifawt.db` → `data/tifawt.db.serving`.
pub fn lock_path(database: &Path) -> PathBuf {
    let mut name = database.as_os_str().to_owned();
    name.push(".serving");
    PathBuf::from(name)
}

fn open(database: &Path) -> anyhow::Result<(File, PathBuf)> {
    let path = lock_path(database);
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create the data folder {}", dir.display()))?;
    }
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .with_context(|| format!("cannot open {}", path.display()))?;
    Ok((file, path))
}

/// For `serve`: a shared lock (several servers may share one file, as before). Fails only
/// while a restore of this database is under way. A file system without locks (some
/// network mounts) only costs the protection: a warning, and the server starts.
pub fn while_serving(database: &Path) -> anyhow::Result<Option<Lock>> {
    let (file, path) = open(database)?;
    match file.try_lock_shared() {
        Ok(()) => Ok(Some(Lock { _file: file, path })),
        Err(TryLockError::WouldBlock) => bail!(
            "{} is being restored (`tifawt restore` holds {}); start the server when it has finished",
            database.display(),
            path.display()
        ),
        Err(TryLockError::Error(error)) => {
            tracing::warn!(%error, file = %path.display(), "cannot lock the database's serving marker: `tifawt restore` will not see this server");
            Ok(None)
        }
    }
}

/// For `restore`: the exclusive lock, refused while any server holds its shared one.
pub fn for_restore(database: &Path) -> anyhow::Result<Lock> {
    let (file, path) = open(database)?;
    match file.try_lock() {
        Ok(()) => Ok(Lock { _file: file, path }),
        Err(TryLockError::WouldBlock) => bail!(
            "a Tifawt server is serving {} (it holds {}), or another restore is under way; \
             stop the server first (e.g. `systemctl stop tifawt`), then restore",
            database.display(),
            path.display()
        ),
        Err(TryLockError::Error(error)) => {
            Err(error).with_context(|| format!("cannot lock {} to restore safely", path.display()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn servers_share_and_a_restore_excludes_them() {
        let dir = std::env::temp_dir().join(format!("tifawt_lock_{}", std::process::id()));
        let database = dir.join("tifawt.db");
        let first = while_serving(&database).unwrap();
        let second = while_serving(&database).unwrap();
        assert!(first.is_some() && second.is_some(), "two servers may share");
        let refused = for_restore(&database).unwrap_err().to_string();
        assert!(refused.contains("is serving"), "{refused}");
        drop((first, second));
        let restoring = for_restore(&database).unwrap();
        let refused = while_serving(&database).unwrap_err().to_string();
        assert!(refused.contains("is being restored"), "{refused}");
        drop(restoring);
        assert!(
            lock_path(&database).exists(),
            "the marker stays, and blocks nothing"
        );
        assert!(for_restore(&database).is_ok());
        let _ = std::fs::remove_dir_all(dir);
    }
}
