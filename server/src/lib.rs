//! The Tifawt server: configuration, storage, course loading and the HTTP layer.
//!
//! Errors: the course loader reports author mistakes as [`courses::Problem`]s (file, line,
//! hint), all of them at once; start-up failures (bad configuration, unreachable database,
//! port in use) are `anyhow` errors with context, printed once by `main` with exit code 1.

// Pages are built here from the app's components (`http/page.rs`): the layout of their
// deeply nested view types needs more than the default 128 levels.
#![recursion_limit = "256"]

pub mod accounts;
pub mod assistant;
pub mod audit;
pub mod auth;
mod cli;
pub mod config;
pub mod courses;
pub mod cv;
pub mod db;
pub mod http;
pub mod progress;
pub mod reports;
pub mod spreadsheet;
mod telemetry;

use anyhow::Context;
use config::{Cli, Command, ServeArgs};
use std::process::ExitCode;
use tifawt_app::catalog::LiveCatalog;
use tokio::net::TcpListener;

pub async fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command.unwrap_or(Command::Serve(cli.serve)) {
        Command::Serve(args) => serve(args).await.map(|()| ExitCode::SUCCESS),
        Command::Check { dir, format } => check(&dir, format),
        Command::Users {
            command,
            database_url,
        } => {
            telemetry::init_for_command();
            let db = db::connect(&database_url).await?;
            let code = cli::users::run(&db, command).await;
            db.close().await?;
            code
        }
        Command::Report {
            command,
            database_url,
            courses_dir,
        } => {
            telemetry::init_for_command();
            let loaded = courses::load_catalog(&courses_dir)?;
            let db = db::connect(&database_url).await?;
            let code = cli::report::run(&db, &loaded.catalog, command).await;
            db.close().await?;
            code
        }
        Command::Backup {
            file,
            database_url,
            force,
        } => cli::backup::backup(&database_url, &file, force).await,
        Command::Restore {
            file,
            database_url,
            courses_dir,
        } => cli::backup::restore(&database_url, &file, &courses_dir).await,
        Command::BenchPdf { runs } => {
            cv::pdf::bench(runs)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Migrate { database_url } => {
            telemetry::init(config::LogFormat::Text);
            db::connect(&database_url).await?.close().await?;
            println!("database is up to date: {}", db::redact(&database_url));
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `tifawt check DIR`: every problem in the courses and the translation coverage; exit
/// code 1 if any problem is an error.
fn check(dir: &std::path::Path, format: config::ReportFormat) -> anyhow::Result<ExitCode> {
    let report = courses::report::check(dir)?;
    match format {
        config::ReportFormat::Text => println!("{}", report.to_text(dir)),
        config::ReportFormat::Json => println!("{}", serde_json::to_string_pretty(&report)?),
    }
    Ok(if report.ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    telemetry::init(args.log_format);
    // Listened for from now on: a SIGTERM as soon as the server says it listens stops it
    // cleanly (the handler was set up on the first poll, after that, on a busy machine).
    let shutdown = shutdown_signal();
    let started = start(&args).await?;
    http::listen::serve(
        started.listener,
        started.app,
        started.header_timeout,
        shutdown,
    )
    .await;
    started.db.close().await.context("closing the database")?;
    tracing::info!("stopped cleanly");
    Ok(())
}

/// A server ready to accept connections: what `tifawt serve` has made before it serves
/// `app` on `listener` with [`http::listen::serve`]. The tests serve it in their own process.
pub struct Started {
    pub listener: TcpListener,
    pub app: axum::Router,
    pub db: sea_orm::DatabaseConnection,
    pub header_timeout: std::time::Duration,
    /// Kept alive while serving: dropping it stops the watching.
    _watcher: Option<courses::CourseWatcher>,
    /// Held until the server stops: `tifawt restore` refuses while it is.
    _serving: Option<db::serving::Lock>,
}

/// Everything `tifawt serve` does before serving: loads and watches the courses, takes the
/// serving lock (SQLite), connects and migrates, creates or refuses the demo accounts,
/// starts the session clean-up, binds `args.listen` and builds the router.
pub async fn start(args: &ServeArgs) -> anyhow::Result<Started> {
    let started = std::time::Instant::now();
    let loaded = courses::load_catalog(&args.courses_dir)?;
    courses::log_problems(&loaded.warnings);
    let catalog = LiveCatalog::new(loaded.catalog);
    let watcher = if args.watch_courses {
        Some(courses::watch(&args.courses_dir, catalog.clone())?)
    } else {
        None
    };
    let serving = match db::sqlite_file(&args.database_url) {
        Some(file) => db::serving::while_serving(file)?,
        None => None,
    };
    let db = db::connect(&args.database_url).await?;
    if args.demo {
        if accounts::demo::create_if_empty(&db).await? {
            tracing::info!("created the demo accounts");
        }
        print_demo_accounts();
    } else {
        let open = accounts::demo::still_open(&db).await?;
        if !open.is_empty() {
            anyhow::bail!(
                "the demo accounts {} still sign in with the public passwords of the README. \
                 Remove them (with all they did) with `tifawt users remove-demo`, or start \
                 with --demo to keep trying Tifawt",
                open.join(", ")
            );
        }
    }
    tokio::spawn(clean_up_sessions(db.clone(), args.session_idle_minutes));
    // Progress from before the daily counts existed is counted once.
    if reports::daily::rebuild_if_empty(&db, &catalog.current()).await? {
        tracing::info!("counted past activity for the impact summary");
    }
    let assets = http::assets::SiteAssets::load(&args.site_dir)?;
    let listener = TcpListener::bind(args.listen).await.with_context(|| {
        format!(
            "cannot listen on {} (is another server using that port?)",
            args.listen
        )
    })?;
    let address = listener.local_addr()?;
    let assistant = assistant::Assistant::new(args.ai.settings())
        .context("setting up the AI assistant's client")?;
    let changes = db::changes::Changes::watch(&db, &args.database_url).await;
    let state = http::AppState::new(db.clone(), catalog, assets, assistant, changes, args);
    tracing::info!(
        courses = state.site.catalog.current().courses.len(),
        assistant = state.assistant.is_set_up(),
        elapsed_ms = started.elapsed().as_millis() as u64,
        "Tifawt is listening on http://{address}"
    );
    Ok(Started {
        listener,
        app: http::router(state),
        db,
        header_timeout: std::time::Duration::from_secs(args.header_timeout_seconds),
        _watcher: watcher,
        _serving: serving,
    })
}

fn print_demo_accounts() {
    println!("Demo sign-in (public passwords: never use --demo in production):");
    for account in &accounts::demo::DEMO_ACCOUNTS {
        println!(
            "  {:<12} username {:<18} password {}",
            account.role.as_str(),
            account.username,
            account.password
        );
    }
}

/// Deletes idle sessions and old sign-in failure counts every ten minutes.
async fn clean_up_sessions(db: sea_orm::DatabaseConnection, idle_minutes: u32) {
    let idle = chrono::Duration::minutes(i64::from(idle_minutes));
    let mut every = tokio::time::interval(std::time::Duration::from_secs(600));
    loop {
        every.tick().await;
        if let Err(error) = auth::session::delete_expired(&db, idle).await {
            tracing::warn!(%error, "cannot delete expired sessions");
        }
        if let Err(error) = auth::throttle::delete_stale(&db).await {
            tracing::warn!(%error, "cannot delete old sign-in failures");
        }
    }
}

/// Resolves on SIGTERM (service managers) or Ctrl-C; requests in flight are finished. The
/// signals are caught from the call on, not from the first poll.
fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    #[cfg(unix)]
    let signals = {
        use tokio::signal::unix::{signal, SignalKind};
        (
            signal(SignalKind::terminate()).ok(),
            signal(SignalKind::interrupt()).ok(),
        )
    };
    async move {
        #[cfg(unix)]
        {
            let (terminate, interrupt) = signals;
            let received = |signal: Option<tokio::signal::unix::Signal>| async move {
                match signal {
                    Some(mut signal) => {
                        signal.recv().await;
                    }
                    None => std::future::pending::<()>().await,
                }
            };
            tokio::select! {
                () = received(terminate) => {},
                () = received(interrupt) => {},
            }
        }
        #[cfg(not(unix))]
        {
            let _ = tokio::signal::ctrl_c().await;
        }
        tracing::info!("shutting down: finishing requests in flight");
    }
}
