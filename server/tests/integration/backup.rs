//! `tifawt backup` and `tifawt restore` with the real binary: a backup taken during a stream
//! of quiz submissions restores to a database that passes the integrity checks; restore
//! refuses while a server serves the database, and works once it stopped or was killed;
//! neither overwrites nor accepts what it should not; PostgreSQL is sent to pg_dump.

use crate::support::{
    demo_server, eventually, integrity, quiz_courses, request, run_cli, spawn_demo_server, Backend,
    Browser, QuizStream, TempFolder, TestDatabase, TestServer, DEMO_LEARNER,
};
use std::path::Path;

fn sqlite_url(file: &Path) -> String {
    format!("sqlite://{}?mode=rwc", file.display())
}

fn backup(database_url: &str, file: &Path, extra: &[&str]) -> (i32, String) {
    let file = file.to_string_lossy();
    let mut args = vec!["backup", &file, "--database-url", database_url];
    args.extend_from_slice(extra);
    run_cli(&args, &[])
}

fn restore(database_url: &str, file: &Path) -> (i32, String) {
    let courses = quiz_courses();
    run_cli(
        &[
            "restore",
            &file.to_string_lossy(),
            "--database-url",
            database_url,
            "--courses-dir",
            &courses.to_string_lossy(),
        ],
        &[],
    )
}

/// Counts with one query on a database given by URL.
fn count(url: &str, sql: &str) -> i64 {
    TestDatabase::at(url).count(sql)
}

/// A server with the demo learner signed in and answering quizzes as fast as it can.
/// A demo server on `database_url` and a learner submitting quizzes to it; `spawned`: the
/// real `tifawt` process (to stop or kill it), else served in this process.
fn serve_with_submissions(
    database_url: Option<String>,
    tag: &str,
    spawned: bool,
) -> (TestServer, QuizStream) {
    let server = if spawned {
        spawn_demo_server(Backend::Sqlite, quiz_courses(), database_url)
    } else {
        demo_server(Backend::Sqlite, quiz_courses(), database_url)
    };
    let mut learner = Browser::new(&server);
    learner.sign_in(DEMO_LEARNER.0, DEMO_LEARNER.1);
    learner.get("/fr/courses/basics/first");
    let stream = QuizStream::start(&learner, tag);
    (server, stream)
}

#[test]
fn a_backup_taken_during_submissions_restores_to_a_whole_database() {
    let folder = TempFolder::new();
    let (server, stream) = serve_with_submissions(None, "stream", false);
    eventually("submissions are being recorded", || stream.answered() >= 20);
    let file = folder.join("tifawt-backup.db");
    let (code, output) = backup(&server.db.url, &file, &[]);
    assert_eq!(code, 0, "{output}");
    assert!(output.contains("integrity check ok"), "{output}");
    assert!(output.contains("quiz_attempts "), "row counts: {output}");
    let at_backup = stream.answered();
    eventually("more submissions after the backup", || {
        stream.answered() > at_backup + 10
    });
    let answered = stream.stop();
    println!("{output}");
    let partial: Vec<_> = std::fs::read_dir(&folder.0)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(partial, ["tifawt-backup.db"], "no temporary file left");

    let target = folder.join("restored/tifawt.db");
    let restored_url = sqlite_url(&target);
    let (code, output) = restore(&restored_url, &file);
    assert_eq!(code, 0, "{output}");
    println!("{output}");
    assert!(output.contains(": ok\nno orphan rows: ok\n"), "{output}");
    assert!(
        output.contains("daily activity equals a recount from the progress tables: ok"),
        "{output}"
    );
    assert!(
        !output.contains("kept as"),
        "nothing was replaced: {output}"
    );

    let report = integrity(&restored_url, &quiz_courses());
    assert!(report.is_ok(), "{report}");
    let attempts = count(&restored_url, "SELECT COUNT(*) FROM quiz_attempts");
    let live = server.db.count("SELECT COUNT(*) FROM quiz_attempts");
    assert!(attempts >= 20, "the backup has the attempts before it");
    assert!(
        attempts < live && live == answered as i64,
        "a snapshot of that moment: {attempts} of {live}"
    );
    assert_eq!(report.attempts, attempts);
    assert_eq!(
        count(
            &restored_url,
            "SELECT CAST(SUM(attempts) AS BIGINT) FROM daily_activity"
        ),
        attempts
    );

    // The restored database serves.
    drop(server);
    let server = demo_server(Backend::Sqlite, quiz_courses(), Some(restored_url));
    assert_eq!(
        request("GET", &server.url("/healthz"), &[], None).status,
        200
    );
    Browser::new(&server).sign_in(DEMO_LEARNER.0, DEMO_LEARNER.1);
}

#[test]
fn restore_refuses_while_serving_and_works_after_a_stop_or_a_kill() {
    let folder = TempFolder::new();
    let database = folder.join("data/tifawt.db");
    let url = sqlite_url(&database);
    let file = folder.join("backup.db");

    let (server, stream) = serve_with_submissions(Some(url.clone()), "first", true);
    eventually("submissions are being recorded", || stream.answered() >= 5);
    let (code, output) = backup(&url, &file, &[]);
    assert_eq!(code, 0, "{output}");
    let in_backup = count(&sqlite_url(&file), "SELECT COUNT(*) FROM quiz_attempts");

    let (code, output) = restore(&url, &file);
    assert_eq!(code, 1, "{output}");
    assert!(
        output.contains("a Tifawt server is serving") && output.contains("stop the server first"),
        "{output}"
    );
    assert!(!output.contains("panicked"), "{output}");
    stream.stop();
    let (stopped, log) = server.terminate();
    assert!(stopped, "{log}");
    let served = count(&url, "SELECT COUNT(*) FROM quiz_attempts");

    let (code, output) = restore(&url, &file);
    assert_eq!(code, 0, "{output}");
    let kept = output
        .split("kept as ")
        .nth(1)
        .and_then(|rest| rest.lines().next())
        .unwrap_or_else(|| panic!("the replaced database is kept: {output}"))
        .to_string();
    assert!(kept.contains("tifawt.db.before-restore-"), "{kept}");
    assert_eq!(count(&url, "SELECT COUNT(*) FROM quiz_attempts"), in_backup);
    assert_eq!(
        count(
            &sqlite_url(Path::new(&kept)),
            "SELECT COUNT(*) FROM quiz_attempts"
        ),
        served,
        "the replaced database is kept whole"
    );

    // A server killed with SIGKILL: its lock is gone with it, its marker stays and blocks
    // nothing; what it wrote (perhaps only in its write-ahead log) is kept.
    let (server, stream) = serve_with_submissions(Some(url.clone()), "second", true);
    eventually("submissions are being recorded", || stream.answered() >= 5);
    let (code, output) = restore(&url, &file);
    assert_eq!(code, 1, "{output}");
    drop(server); // SIGKILL
    let answered = stream.stop() as i64;
    assert!(folder.join("data/tifawt.db.serving").exists());
    assert!(
        folder.join("data/tifawt.db-wal").exists(),
        "the killed server's write-ahead log is left"
    );
    let (code, output) = restore(&url, &file);
    assert_eq!(code, 0, "{output}");
    let kept = output
        .split("kept as ")
        .nth(1)
        .and_then(|rest| rest.lines().next())
        .expect("kept")
        .to_string();
    assert!(
        Path::new(&format!("{kept}-wal")).exists(),
        "its log went with it"
    );
    assert!(!folder.join("data/tifawt.db-wal").exists());
    // Every answered submission (and perhaps the one the kill interrupted after its commit).
    let kept_attempts = count(
        &sqlite_url(Path::new(&kept)),
        "SELECT COUNT(*) FROM quiz_attempts",
    );
    assert!(
        (in_backup + answered..=in_backup + answered + 1).contains(&kept_attempts),
        "{kept_attempts} kept, {in_backup} + {answered} expected"
    );
    assert_eq!(count(&url, "SELECT COUNT(*) FROM quiz_attempts"), in_backup);
    assert!(integrity(&url, &quiz_courses()).is_ok());
}

#[test]
fn backup_never_overwrites_and_restore_refuses_what_is_not_a_tifawt_backup() {
    let folder = TempFolder::new();
    let url = sqlite_url(&folder.join("tifawt.db"));
    let (code, output) = run_cli(&["migrate", "--database-url", &url], &[]);
    assert_eq!(code, 0, "{output}");
    let file = folder.join("backup.db");
    assert_eq!(backup(&url, &file, &[]).0, 0);

    let (code, output) = backup(&url, &file, &[]);
    assert_eq!(code, 1, "{output}");
    assert!(
        output.contains("already exists; give another name, or add --force"),
        "{output}"
    );
    let (code, output) = backup(&url, &file, &["--force"]);
    assert_eq!(code, 0, "{output}");
    let (code, output) = backup(&url, &folder.join("unplugged/backup.db"), &[]);
    assert_eq!(code, 1, "{output}");
    assert!(
        output.contains("does not exist (is the drive plugged in"),
        "{output}"
    );
    let (code, output) = backup(&sqlite_url(&folder.join("none.db")), &file, &["--force"]);
    assert_eq!(code, 1, "{output}");
    assert!(output.contains("there is no database at"), "{output}");

    let target = sqlite_url(&folder.join("target/tifawt.db"));
    let text = folder.join("notes.txt");
    std::fs::write(&text, "not a database").unwrap();
    let (code, output) = restore(&target, &text);
    assert_eq!(code, 1, "{output}");
    assert!(
        output.contains("notes.txt is not a SQLite database"),
        "{output}"
    );
    let (code, output) = restore(&target, &folder.join("missing.db"));
    assert_eq!(code, 1, "{output}");
    assert!(output.contains("cannot read"), "{output}");

    let other = folder.join("other.db");
    let other_url = sqlite_url(&other);
    TestDatabase::at(&other_url).execute("CREATE TABLE notes (x TEXT)");
    let (code, output) = restore(&target, &other);
    assert_eq!(code, 1, "{output}");
    assert!(
        output.contains("is a SQLite database, but not Tifawt's"),
        "{output}"
    );

    let newer = folder.join("newer.db");
    std::fs::copy(&file, &newer).unwrap();
    TestDatabase::at(&sqlite_url(&newer)).execute(
        "INSERT INTO seaql_migrations (version, applied_at) VALUES ('m20991231_000001_future', 0)",
    );
    let (code, output) = restore(&target, &newer);
    assert_eq!(code, 1, "{output}");
    assert!(
        output.contains("comes from a newer Tifawt (its migration m20991231_000001_future"),
        "{output}"
    );
    for (_, output) in [restore(&target, &text), restore(&target, &newer)] {
        assert!(!output.contains("panicked"), "{output}");
    }
    assert!(
        !folder.join("target/tifawt.db").exists(),
        "nothing restored when refused"
    );
    assert_eq!(restore(&target, &file).0, 0, "the good backup restores");
}

#[test]
fn postgres_backups_are_left_to_pg_dump() {
    let db = TestDatabase::new(Backend::Postgres);
    let folder = TempFolder::new();
    let file = folder.join("tifawt.dump");
    let (code, output) = backup(&db.url, &file, &[]);
    assert_eq!(code, 2, "{output}");
    assert!(
        output.contains("is a PostgreSQL database")
            && output.contains("pg_dump --format=custom --file=tifawt.dump \"$DATABASE_URL\""),
        "{output}"
    );
    assert!(!file.exists());
    let (code, output) = restore(&db.url, &file);
    assert_eq!(code, 2, "{output}");
    assert!(
        output.contains("pg_restore --clean --if-exists --dbname=\"$DATABASE_URL\""),
        "{output}"
    );
}
