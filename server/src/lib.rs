//! The Tifawt server: configuration, storage, course loading and the HTTP layer.
//!
//! Errors: the course loader reports author mistakes as [`courses::Problem`]s (file, line,
//! hint), all of them at once; start-up failures (bad configuration, unreachable database,
//! port in use) are `anyhow` errors with context, printed once by `main` with exit code 1.

pub mod config;
pub mod courses;
pub mod db;
pub mod http;
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
    let started = std::time::Instant::now();
    let loaded = courses::load_catalog(&args.courses_dir)?;
    courses::log_problems(&loaded.warnings);
    let catalog = LiveCatalog::new(loaded.catalog);
    // Kept alive while serving: dropping it stops the watching.
    let _watcher = if args.watch_courses {
        Some(courses::watch(&args.courses_dir, catalog.clone())?)
    } else {
        None
    };
    let db = db::connect(&args.database_url).await?;
    let assets = http::assets::SiteAssets::load(&args.site_dir)?;
    let listener = TcpListener::bind(args.listen).await.with_context(|| {
        format!(
            "cannot listen on {} (is another server using that port?)",
            args.listen
        )
    })?;
    let address = listener.local_addr()?;
    let state = http::AppState::new(db.clone(), catalog, assets, &args);
    tracing::info!(
        courses = state.site.catalog.current().courses.len(),
        elapsed_ms = started.elapsed().as_millis() as u64,
        "Tifawt is listening on http://{address}"
    );
    axum::serve(listener, http::router(state))
        .with_graceful_shutdown(shutdown_signal())
        .await
        .context("the HTTP server stopped with an error")?;
    db.close().await.context("closing the database")?;
    tracing::info!("stopped cleanly");
    Ok(())
}

/// Resolves on SIGTERM (service managers) or Ctrl-C; requests in flight are finished.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}
