//! One transaction's statements, run through SeaORM on either database, or on SQLite straight
//! on the connection's handle.
//!
//! Why: through sqlx's SQLite driver every statement is two thread hand-offs (to the
//! connection's own thread and back), about 130 µs on this project's machines, and SQLite
//! writes one transaction at a time. A quiz submission's eight statements held the write
//! lock for about a millisecond, mostly waiting for threads, which capped submissions
//! whatever the processors (docs/performance.md). Taking the connection from sqlx for each
//! transaction still left it idle between turns: sqlx gives a connection back to its pool
//! through a task of its own that pings it first, and each of those steps waits for a
//! busy runtime. So on SQLite a [`Writer`] thread takes the connection from sqlx and keeps
//! it while transactions queue for it, running them one after the other on the calling
//! thread with their statements prepared once per turn.
//!
//! A piece of work ([`Transactional`]) is written once, against [`Executor`], and its
//! statements are built with SeaORM's query builders for the database at hand: the two ways
//! differ only in who sends the statement and reads its rows.

use sea_orm::sea_query::Value;
use sea_orm::sqlx;
use sea_orm::{
    ConnectionTrait, DatabaseConnection, DbBackend, DbErr, QueryResult, Statement, TransactionTrait,
};
use std::future::Future;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::pin::pin;
use std::sync::mpsc;
use std::task::{Context, Poll, Waker};

/// Sends a transaction's statements and reads their rows.
#[allow(async_fn_in_trait)] // Only ever used with concrete executors, in this crate.
pub trait Executor {
    /// The database the statements are built for.
    fn backend(&self) -> DbBackend;

    /// Runs a statement that returns no rows.
    async fn execute(&self, statement: Statement) -> Result<(), DbErr>;

    /// The first row a statement returns, if any.
    async fn one<R: FromRow>(&self, statement: Statement) -> Result<Option<R>, DbErr>;

    /// [`Executor::one`] for an `INSERT … RETURNING`, but `Ok(None)` when the row breaks a
    /// unique index. The transaction can then only be rolled back (PostgreSQL has already
    /// aborted it).
    async fn insert_unique<R: FromRow>(&self, statement: Statement) -> Result<Option<R>, DbErr>;
}

/// A row as a Rust value, read from either executor.
pub trait FromRow: Sized {
    fn from_orm(row: &QueryResult) -> Result<Self, DbErr>;
    fn from_sqlite(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self>;
}

/// A single number, e.g. a `COUNT(*)` or a `RETURNING id`.
macro_rules! number_from_row {
    ($($number:ty),*) => {$(
        impl FromRow for $number {
            fn from_orm(row: &QueryResult) -> Result<Self, DbErr> {
                row.try_get_by_index(0)
            }
            fn from_sqlite(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
                row.get(0)
            }
        }
    )*};
}

number_from_row!(i32, i64);

/// Work done in one transaction, all of it or none.
#[allow(async_fn_in_trait)] // Only ever used with concrete work, in this crate.
pub trait Transactional {
    type Output;

    /// Whether what [`Transactional::run`] returned is committed; if not, it is rolled back.
    fn keeps(output: &Self::Output) -> bool;

    async fn run<E: Executor>(&self, tx: &E) -> Result<Self::Output, DbErr>;
}

/// Where transactions many learners make at once are written ([`Writer::run`]): on SQLite
/// a thread of its own, elsewhere SeaORM's transactions.
#[derive(Clone)]
pub struct Writer(Way);

#[derive(Clone)]
enum Way {
    /// The queue of the thread that writes on SQLite's connection ([`write_queued`]).
    Sqlite(mpsc::Sender<Job>),
    Orm(DatabaseConnection),
}

/// A transaction for the SQLite thread: given the connection, or why there is none.
type Job = Box<dyn FnOnce(Result<&rusqlite::Connection, DbErr>) + Send>;

/// The most transactions run in one turn, while the other queries of the server (a
/// session read, a lesson opened) wait for the connection: a long queue lets them in
/// between turns.
const TURN: usize = 16;

impl Writer {
    /// The writer of `db`. On SQLite it starts the writing thread, which ends when the last
    /// clone of the writer is dropped; it needs the tokio runtime the server runs on.
    pub fn new(db: &DatabaseConnection) -> Writer {
        let orm = || Writer(Way::Orm(db.clone()));
        if db.get_database_backend() != DbBackend::Sqlite {
            return orm();
        }
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            tracing::warn!("no tokio runtime: progress is written through sqlx's thread");
            return orm();
        };
        let (jobs, queue) = mpsc::channel();
        let pool = db.get_sqlite_connection_pool().clone();
        let thread = std::thread::Builder::new()
            .name("sqlite-writer".into())
            .spawn(move || write_queued(&runtime, &pool, &queue));
        match thread {
            Ok(_) => Writer(Way::Sqlite(jobs)),
            Err(error) => {
                tracing::warn!(%error, "cannot start SQLite's writing thread: progress is written through sqlx's thread");
                orm()
            }
        }
    }

    /// Runs `work` in one transaction: all of it, or none if it fails or panics.
    pub async fn run<T>(&self, work: T) -> Result<T::Output, DbErr>
    where
        T: Transactional + Send + 'static,
        T::Output: Send + 'static,
    {
        let jobs = match &self.0 {
            Way::Orm(db) => return through_orm(db, &work).await,
            Way::Sqlite(jobs) => jobs,
        };
        let (reply, answer) = tokio::sync::oneshot::channel();
        let job: Job = Box::new(move |sqlite| {
            let _ = reply.send(sqlite.and_then(|sqlite| in_sqlite_transaction(sqlite, &work)));
        });
        let lost = || DbErr::Custom("SQLite's writing thread lost the transaction".into());
        jobs.send(job).map_err(|_| lost())?;
        // No answer: the work panicked, and its transaction rolled back.
        answer.await.map_err(|_| lost())?
    }
}

/// [`Writer::run`] through SeaORM, on any database.
pub async fn through_orm<T: Transactional>(
    db: &DatabaseConnection,
    work: &T,
) -> Result<T::Output, DbErr> {
    let txn = db.begin().await?;
    let output = work.run(&Orm(&txn)).await?;
    if T::keeps(&output) {
        txn.commit().await?;
    }
    Ok(output)
}

/// The SQLite writing thread: for each turn, takes the pool's connection from sqlx, runs up
/// to [`TURN`] queued transactions on it, and gives it back. Ends when the queue's every
/// sender is gone.
///
/// Only while another process (the `tifawt` command line) writes does a `BEGIN IMMEDIATE`
/// wait, up to the connection's busy timeout, as every query of the server's one connection
/// would wait anyway.
fn write_queued(
    runtime: &tokio::runtime::Handle,
    pool: &sqlx::SqlitePool,
    queue: &mpsc::Receiver<Job>,
) {
    // sqlx gives a connection back to its pool with a task on the runtime.
    let _runtime = runtime.enter();
    while let Ok(first) = queue.recv() {
        let mut next = Some(first);
        if let Err(error) = run_turn(runtime, pool, queue, &mut next) {
            // No connection for the turn: the job that opened it hears why.
            if let Some(job) = next {
                job(Err(error));
            }
        }
    }
}

/// One turn of [`write_queued`]: runs `next` and up to [`TURN`] − 1 more queued jobs on the
/// connection, taken from sqlx for the turn. On an error taking it, `next` is left to run.
fn run_turn(
    runtime: &tokio::runtime::Handle,
    pool: &sqlx::SqlitePool,
    queue: &mpsc::Receiver<Job>,
    next: &mut Option<Job>,
) -> Result<(), DbErr> {
    let mut connection = runtime.block_on(pool.acquire()).map_err(sqlx_error)?;
    let mut handle = runtime
        .block_on(connection.lock_handle())
        .map_err(sqlx_error)?;
    // SAFETY: the handle is sqlx's open connection, locked away from sqlx's thread until
    // `handle` drops, which is after `sqlite` drops (declared later, dropped first). It is the
    // same SQLite library (one libsqlite3-sys in Cargo.lock, shared by sqlx and rusqlite).
    // `from_handle` does not own it: dropping `sqlite` finalizes only its own statements and
    // leaves the connection open for sqlx.
    let sqlite = unsafe { rusqlite::Connection::from_handle(handle.as_raw_handle().as_ptr()) }
        .map_err(sqlite_error)?;
    let mut ran = 0;
    while let Some(job) = next.take() {
        // A panic unwinds through the work's transaction, which rolls back.
        if catch_unwind(AssertUnwindSafe(|| job(Ok(&sqlite)))).is_err() {
            tracing::error!("a transaction on SQLite's connection panicked: rolled back");
        }
        ran += 1;
        if ran < TURN {
            *next = queue.try_recv().ok();
        }
    }
    // No statement may stay prepared on the connection sqlx gets back: sqlx panics when it
    // closes a connection with statements left.
    sqlite.flush_prepared_statement_cache();
    Ok(())
}

fn in_sqlite_transaction<T: Transactional>(
    sqlite: &rusqlite::Connection,
    work: &T,
) -> Result<T::Output, DbErr> {
    // IMMEDIATE takes the write lock at the start, so no statement of the transaction can
    // find it taken half-way. Dropped without `commit`, the transaction rolls back (an
    // error, or a panic in `work`), so the connection goes back to sqlx with none open.
    let transaction =
        rusqlite::Transaction::new_unchecked(sqlite, rusqlite::TransactionBehavior::Immediate)
            .map_err(sqlite_error)?;
    let output = at_once(work.run(&Sqlite(&transaction))).ok_or_else(|| {
        DbErr::Custom("a transaction on SQLite's connection waited for something".into())
    })??;
    if T::keeps(&output) {
        transaction.commit().map_err(sqlite_error)?;
    }
    Ok(output)
}

/// The output of a future that finishes without waiting, as every [`Sqlite`] statement
/// does; `None` if it would wait.
fn at_once<F: Future>(future: F) -> Option<F::Output> {
    match pin!(future).poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(output) => Some(output),
        Poll::Pending => None,
    }
}

/// Statements sent through SeaORM: a transaction, or the connection itself.
pub struct Orm<'a, C>(pub &'a C);

impl<C: ConnectionTrait> Executor for Orm<'_, C> {
    fn backend(&self) -> DbBackend {
        self.0.get_database_backend()
    }

    async fn execute(&self, statement: Statement) -> Result<(), DbErr> {
        self.0.execute(statement).await.map(drop)
    }

    async fn one<R: FromRow>(&self, statement: Statement) -> Result<Option<R>, DbErr> {
        match self.0.query_one(statement).await? {
            Some(row) => R::from_orm(&row).map(Some),
            None => Ok(None),
        }
    }

    async fn insert_unique<R: FromRow>(&self, statement: Statement) -> Result<Option<R>, DbErr> {
        match self.one(statement).await {
            Err(error)
                if matches!(
                    error.sql_err(),
                    Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
                ) =>
            {
                Ok(None)
            }
            other => other,
        }
    }
}

/// Statements run on a SQLite connection, on the calling thread: each finishes at once.
struct Sqlite<'a>(&'a rusqlite::Connection);

impl Sqlite<'_> {
    /// Prepared once per turn of the [`Writer`]: parsing SQL was a tenth of a submission's
    /// processor time.
    fn prepare(&self, statement: &Statement) -> rusqlite::Result<rusqlite::CachedStatement<'_>> {
        let mut prepared = self.0.prepare_cached(&statement.sql)?;
        let values = statement.values.iter().flat_map(|values| values.0.iter());
        for (index, value) in values.enumerate() {
            prepared.raw_bind_parameter(index + 1, sqlite_value(value)?)?;
        }
        Ok(prepared)
    }

    fn first_row<R: FromRow>(&self, statement: &Statement) -> rusqlite::Result<Option<R>> {
        let mut prepared = self.prepare(statement)?;
        let mut rows = prepared.raw_query();
        rows.next()?.map(R::from_sqlite).transpose()
    }
}

impl Executor for Sqlite<'_> {
    fn backend(&self) -> DbBackend {
        DbBackend::Sqlite
    }

    async fn execute(&self, statement: Statement) -> Result<(), DbErr> {
        self.prepare(&statement)
            .and_then(|mut prepared| prepared.raw_execute())
            .map(drop)
            .map_err(sqlite_error)
    }

    async fn one<R: FromRow>(&self, statement: Statement) -> Result<Option<R>, DbErr> {
        self.first_row(&statement).map_err(sqlite_error)
    }

    async fn insert_unique<R: FromRow>(&self, statement: Statement) -> Result<Option<R>, DbErr> {
        match self.first_row(&statement) {
            Err(rusqlite::Error::SqliteFailure(error, _))
                if error.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE =>
            {
                Ok(None)
            }
            other => other.map_err(sqlite_error),
        }
    }
}

/// A value as sqlx's SQLite driver stores it (the tables are shared with every query made
/// through SeaORM): booleans as 0 or 1, times as RFC 3339 text.
fn sqlite_value(value: &Value) -> rusqlite::Result<rusqlite::types::Value> {
    use rusqlite::types::Value as Sql;
    let integer = |number: Option<i64>| number.map_or(Sql::Null, Sql::Integer);
    Ok(match value {
        Value::Bool(flag) => integer(flag.map(i64::from)),
        Value::TinyInt(number) => integer(number.map(i64::from)),
        Value::SmallInt(number) => integer(number.map(i64::from)),
        Value::Int(number) => integer(number.map(i64::from)),
        Value::BigInt(number) => integer(*number),
        Value::TinyUnsigned(number) => integer(number.map(i64::from)),
        Value::SmallUnsigned(number) => integer(number.map(i64::from)),
        Value::Unsigned(number) => integer(number.map(i64::from)),
        // A `LIMIT`.
        Value::BigUnsigned(number) => match number.map(i64::try_from) {
            None => Sql::Null,
            Some(Ok(number)) => Sql::Integer(number),
            Some(Err(_)) => return Err(not_stored(value)),
        },
        Value::String(text) => text.as_deref().map_or(Sql::Null, |t| Sql::Text(t.clone())),
        Value::ChronoDateTimeUtc(time) => time.as_deref().map_or(Sql::Null, |time| {
            Sql::Text(time.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, false))
        }),
        other => return Err(not_stored(other)),
    })
}

fn not_stored(value: &Value) -> rusqlite::Error {
    let message = format!("no SQLite value for {value:?} in a direct transaction");
    rusqlite::Error::ToSqlConversionFailure(message.into())
}

fn sqlite_error(error: rusqlite::Error) -> DbErr {
    DbErr::Custom(format!("SQLite: {error}"))
}

fn sqlx_error(error: sqlx::Error) -> DbErr {
    DbErr::Conn(sea_orm::RuntimeErr::SqlxError(error))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_future_that_would_wait_is_not_finished_at_once() {
        assert_eq!(at_once(async { 7 }), Some(7));
        assert_eq!(at_once(std::future::pending::<()>()), None);
    }

    #[test]
    fn values_are_stored_as_sqlx_stores_them() {
        let time = chrono::DateTime::parse_from_rfc3339("2026-12-07T06:01:02.345678Z")
            .unwrap()
            .to_utc();
        let cases = [
            (Value::from(true), rusqlite::types::Value::Integer(1)),
            (Value::Int(None), rusqlite::types::Value::Null),
            (Value::from(42_i32), rusqlite::types::Value::Integer(42)),
            (Value::from(1_u64), rusqlite::types::Value::Integer(1)),
            (
                Value::from("ⵜⵉⴼⴰⵡⵜ"),
                rusqlite::types::Value::Text("ⵜⵉⴼⴰⵡⵜ".into()),
            ),
            (
                Value::from(time),
                rusqlite::types::Value::Text("2026-12-07T06:01:02.345678+00:00".into()),
            ),
        ];
        for (value, stored) in cases {
            assert_eq!(sqlite_value(&value).unwrap(), stored, "{value:?}");
        }
        assert!(sqlite_value(&Value::Double(Some(1.5))).is_err());
        assert!(sqlite_value(&Value::from(u64::MAX)).is_err());
    }

    /// Writes `x` into the table `t`, then panics if told to.
    struct WriteThen {
        x: i64,
        panic: bool,
    }

    impl Transactional for WriteThen {
        type Output = ();

        fn keeps(_: &()) -> bool {
            true
        }

        async fn run<E: Executor>(&self, tx: &E) -> Result<(), DbErr> {
            let sql = "INSERT INTO t (x) VALUES (?)";
            tx.execute(Statement::from_sql_and_values(
                tx.backend(),
                sql,
                [self.x.into()],
            ))
            .await?;
            assert!(!self.panic, "the work panicked (as this test wants)");
            Ok(())
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_transaction_that_panics_rolls_back_and_the_writer_goes_on() {
        let file = crate::db::test_file::TestFile::new("writer-panic");
        let db = crate::db::connect(&file.url()).await.unwrap();
        db.execute_unprepared("CREATE TABLE t (x INTEGER)")
            .await
            .unwrap();
        let writer = Writer::new(&db);
        let error = writer
            .run(WriteThen { x: 1, panic: true })
            .await
            .unwrap_err();
        assert!(
            error.to_string().contains("lost the transaction"),
            "{error}"
        );
        writer.run(WriteThen { x: 2, panic: false }).await.unwrap();
        assert_eq!(file.rows("t"), ["Integer(2)"]);
        // sqlx has the connection back, out of any transaction.
        db.execute_unprepared("INSERT INTO t (x) VALUES (3)")
            .await
            .unwrap();
        assert_eq!(file.rows("t"), ["Integer(2)", "Integer(3)"]);
        db.close().await.unwrap();
    }
}
