//! Reloads the courses while the server runs, so an author sees a saved edit on the next
//! page load. A reload is all or nothing: an edit with problems keeps the last good
//! version online, and the problems go to the log with their file and line.

use super::{load_catalog, LoadError};
use notify_debouncer_mini::notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_mini::{new_debouncer, DebounceEventResult, Debouncer};
use std::path::{Path, PathBuf};
use std::time::Duration;
use tifawt_app::catalog::LiveCatalog;

/// Watching goes on while this lives.
pub struct CourseWatcher {
    _debouncer: Debouncer<RecommendedWatcher>,
}

/// Editors save in several steps (temporary file, rename): changes are gathered for a
/// moment before reloading once.
const SETTLE: Duration = Duration::from_millis(250);

pub fn watch(dir: &Path, live: LiveCatalog) -> anyhow::Result<CourseWatcher> {
    let root = dir.to_path_buf();
    let mut debouncer = new_debouncer(SETTLE, move |result: DebounceEventResult| match result {
        Ok(_) => reload(&root, &live),
        Err(error) => tracing::warn!(%error, "watching the courses folder"),
    })?;
    debouncer.watcher().watch(dir, RecursiveMode::Recursive)?;
    tracing::info!("watching {} for course changes", dir.display());
    Ok(CourseWatcher {
        _debouncer: debouncer,
    })
}

fn reload(dir: &PathBuf, live: &LiveCatalog) {
    match load_catalog(dir) {
        Ok(catalog) => {
            let lessons: usize = catalog.courses.iter().map(|c| c.lessons.len()).sum();
            tracing::info!(courses = catalog.courses.len(), lessons, "courses reloaded");
            live.replace(catalog);
        }
        Err(LoadError::Invalid(problems)) => {
            for problem in &problems {
                tracing::error!(
                    file = %problem.path.display(),
                    line = problem.line,
                    column = problem.column,
                    hint = problem.hint.as_deref().unwrap_or(""),
                    "{}",
                    problem.message
                );
            }
            tracing::warn!(
                problems = problems.len(),
                "the courses changed but have problems: the last good version stays online"
            );
        }
        Err(error) => {
            tracing::error!(%error, "the last good version of the courses stays online");
        }
    }
}
