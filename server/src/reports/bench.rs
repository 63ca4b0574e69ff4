//! `tifawt report bench`: times every report on the database at hand (after `report seed`)
//! and prints p50/p95 latencies and rows read, against the budget (p95 ≤ 100 ms).

use super::impact::{self, Scope};
use super::{learners, questions};
use crate::db::entities::{centre, user};
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
};
use std::future::Future;
use std::time::{Duration, Instant};
use tifawt_app::viewer::Role;

const BUDGET: Duration = Duration::from_millis(100);

async fn time<F, Fut>(runs: usize, mut report: F) -> anyhow::Result<(Vec<Duration>, usize)>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = anyhow::Result<usize>>,
{
    let mut rows = 0;
    // One run first to warm caches, as a report page read twice would be.
    report().await?;
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let started = Instant::now();
        rows = report().await?;
        times.push(started.elapsed());
    }
    times.sort();
    Ok((times, rows))
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[index]
}

pub async fn run(db: &DatabaseConnection, runs: usize) -> anyhow::Result<()> {
    let centre = centre::Entity::find()
        .order_by_asc(centre::Column::Id)
        .one(db)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no centre: run `tifawt report seed` first"))?;
    let learner = user::Entity::find()
        .filter(user::Column::CentreId.eq(centre.id))
        .filter(user::Column::Role.eq(Role::Learner))
        .one(db)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no learner in the first centre"))?;
    let learners_total = user::Entity::find()
        .filter(user::Column::Role.eq(Role::Learner))
        .count(db)
        .await?;
    let now = chrono::Utc::now();
    let year = |centre_id| Scope {
        centre_id,
        from: now - chrono::Duration::days(365),
        to: now,
        now,
    };
    println!(
        "{:<38} {:>9} {:>9} {:>9} {:>8}  budget p95 <= {} ms",
        "report (one centre of the programme)",
        "p50 ms",
        "p95 ms",
        "max ms",
        "rows",
        BUDGET.as_millis()
    );
    println!("database: {} learners in all", learners_total);
    let mut lines = Vec::new();
    lines.push((
        "centre progress (learners x lessons)",
        time(runs, || async {
            let (users, rows) = learners::progress_of_centre(db, centre.id, None).await?;
            Ok(users.len() + rows.values().map(Vec::len).sum::<usize>())
        })
        .await?,
    ));
    lines.push((
        "one learner's detail",
        time(runs, || async {
            let attempts = learners::attempts_of(db, learner.id).await?;
            Ok(attempts.len() + attempts.iter().map(|(_, a)| a.len()).sum::<usize>())
        })
        .await?,
    ));
    lines.push((
        "question analysis (centre)",
        time(runs, || async {
            Ok(questions::question_stats(db, Some(centre.id)).await?.len())
        })
        .await?,
    ));
    lines.push((
        "impact, one centre, 12 months",
        time(runs, || async {
            let figures = impact::impact(db, &year(Some(centre.id))).await?;
            Ok(figures.by_group.len() + figures.by_month.len())
        })
        .await?,
    ));
    lines.push((
        "impact, all centres, 12 months",
        time(runs, || async {
            let figures = impact::impact(db, &year(None)).await?;
            let tables = impact::tables(db, &figures, "-").await?;
            Ok(tables.cohorts.len() + tables.months.len())
        })
        .await?,
    ));
    for (name, (times, rows)) in lines {
        let p95 = percentile(&times, 0.95);
        println!(
            "{:<38} {:>9.1} {:>9.1} {:>9.1} {:>8}  {}",
            name,
            percentile(&times, 0.5).as_secs_f64() * 1000.0,
            p95.as_secs_f64() * 1000.0,
            times.last().copied().unwrap_or_default().as_secs_f64() * 1000.0,
            rows,
            if p95 <= BUDGET { "within" } else { "OVER" }
        );
    }
    Ok(())
}
