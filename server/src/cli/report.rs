//! `tifawt report export`: the impact summary as CSV, for programme staff and scripts.

use crate::config::ReportCommand;
use crate::reports::impact::{self, Scope};
use anyhow::bail;
use sea_orm::DatabaseConnection;
use std::io::Write;
use std::process::ExitCode;
use tifawt_app::catalog::Catalog;
use tifawt_app::i18n::{Locale, Translator};

pub async fn run(
    db: &DatabaseConnection,
    catalog: &Catalog,
    command: ReportCommand,
) -> anyhow::Result<ExitCode> {
    let (from, to, table) = match command {
        ReportCommand::Export { from, to, table } => (from, to, table),
        ReportCommand::Seed {
            centres,
            learners,
            months,
            seed,
        } => {
            let size = crate::reports::seed::SeedSize {
                centres,
                learners,
                months,
            };
            let started = std::time::Instant::now();
            let seeded = crate::reports::seed::seed(db, catalog, &size, seed).await?;
            println!(
                "seeded {} centres, {} learners, {} lessons opened, {} attempts, {} answers, {} CVs ({} complete) in {:.1} s",
                seeded.centres,
                seeded.learners,
                seeded.lessons_opened,
                seeded.attempts,
                seeded.answers,
                seeded.cvs,
                seeded.cvs_complete,
                started.elapsed().as_secs_f64()
            );
            return Ok(ExitCode::SUCCESS);
        }
        ReportCommand::Bench { runs } => {
            crate::reports::bench::run(db, runs.max(1)).await?;
            return Ok(ExitCode::SUCCESS);
        }
    };
    let now = chrono::Utc::now();
    let (from, to, wrong) = crate::reports::period::period(&from, &to, now.date_naive());
    if wrong {
        bail!("--from and --to must be dates as YYYY-MM-DD, --from not after --to");
    }
    let midnight =
        |d: chrono::NaiveDate| d.and_hms_opt(0, 0, 0).map(|t| t.and_utc()).unwrap_or(now);
    let scope = Scope {
        centre_id: None,
        from: midnight(from),
        to: midnight(to + chrono::Duration::days(1)),
        now,
    };
    // Column names in French: one language keeps scripts simple.
    let t = Translator(Locale::Fr);
    let figures = impact::impact(db, &scope).await?;
    let tables = impact::tables(db, &figures, &t.t("centre-no-cohort")).await?;
    std::io::stdout().write_all(impact::csv(&tables, table, t).as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
