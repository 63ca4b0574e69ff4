//! `tifawt backup FILE` and `tifawt restore FILE` (SQLite). For PostgreSQL they say which
//! tools to use and exit with code 2: `pg_dump`/`pg_restore` already do this well, must match
//! the server's version, and take their connection settings from the same places psql does.

use crate::db::{self, backup};
use std::path::Path;
use std::process::ExitCode;

/// Exit code of a command asked for something it does not do (PostgreSQL).
const NOT_HERE: u8 = 2;

fn size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 20 => format!("{:.1} MB", b as f64 / f64::from(1 << 20)),
        b if b >= 1 << 10 => format!("{:.0} KB", b as f64 / f64::from(1 << 10)),
        b => format!("{b} bytes"),
    }
}

fn rows(rows: &[(&str, i64)]) -> String {
    rows.iter()
        .map(|(table, n)| format!("{table} {n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The SQLite file of `url`, or the message for other databases.
fn sqlite_file<'a>(url: &'a str, postgres_advice: &str) -> Result<&'a Path, ExitCode> {
    if let Some(file) = db::sqlite_file(url) {
        return Ok(file);
    }
    if url.starts_with("postgres") {
        eprintln!(
            "error: {} is a PostgreSQL database; {postgres_advice}",
            db::redact(url)
        );
    } else {
        eprintln!(
            "error: {} is not a SQLite database file; nothing to do",
            db::redact(url)
        );
    }
    Err(ExitCode::from(NOT_HERE))
}

pub async fn backup(database_url: &str, file: &Path, force: bool) -> anyhow::Result<ExitCode> {
    let source = match sqlite_file(
        database_url,
        "back it up with PostgreSQL's own tool, which copies a consistent snapshot while \
         Tifawt runs:\n  pg_dump --format=custom --file=tifawt.dump \"$DATABASE_URL\"\n\
         (restore with `pg_restore --clean --if-exists --dbname=\"$DATABASE_URL\" tifawt.dump`)",
    ) {
        Ok(source) => source,
        Err(code) => return Ok(code),
    };
    let made = backup::backup(source, file, force).await?;
    println!(
        "backed up {} to {}: {} in {:.2} s; integrity check ok",
        source.display(),
        made.file.display(),
        size(made.bytes),
        made.elapsed.as_secs_f64()
    );
    println!("rows: {}", rows(&made.rows));
    Ok(ExitCode::SUCCESS)
}

pub async fn restore(
    database_url: &str,
    file: &Path,
    courses_dir: &Path,
) -> anyhow::Result<ExitCode> {
    let target = match sqlite_file(
        database_url,
        "restore a `pg_dump --format=custom` file with PostgreSQL's own tool, servers stopped:\n  \
         pg_restore --clean --if-exists --dbname=\"$DATABASE_URL\" tifawt.dump",
    ) {
        Ok(target) => target,
        Err(code) => return Ok(code),
    };
    let loaded = crate::courses::load_catalog(courses_dir);
    if let Err(error) = &loaded {
        eprintln!(
            "warning: cannot load the courses ({error}); the courses passed per day are not compared"
        );
    }
    let catalog = loaded.as_ref().ok().map(|l| &l.catalog);
    let restored = backup::restore(file, target, catalog).await?;
    println!(
        "restored {} to {}",
        file.display(),
        restored.target.display()
    );
    if let Some(kept) = &restored.kept {
        println!("the database it replaced is kept as {}", kept.display());
    }
    if restored.migrated > 0 {
        println!("applied {} migrations the backup lacked", restored.migrated);
    }
    println!("rows: {}", rows(&restored.rows));
    println!("{}", restored.integrity);
    if !restored.integrity.is_ok() {
        eprintln!("warning: the backup holds the problems above; the data is restored as it was");
    }
    Ok(ExitCode::SUCCESS)
}
