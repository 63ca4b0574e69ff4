//! Reloads the courses while the server runs, so an author sees a saved edit on the next
//! page load. A reload is all or nothing: an edit with problems keeps the last good
//! version online, and the problems go to the log with their file and line.

use super::{load_catalog, LoadError, Loaded, Problem};
use notify::event::{AccessKind, AccessMode, ModifyKind};
use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher};
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;
use tifawt_app::catalog::LiveCatalog;

/// Watching goes on while this lives.
pub struct CourseWatcher {
    _watcher: RecommendedWatcher,
}

/// Editors save in several steps (temporary file, rename): changes are gathered until the
/// folder has been quiet this long, then the courses are reloaded once.
const SETTLE: Duration = Duration::from_millis(250);

pub fn watch(dir: &Path, live: LiveCatalog) -> anyhow::Result<CourseWatcher> {
    let (changed, changes) = mpsc::channel::<()>();
    let mut watcher =
        notify::recommended_watcher(move |event: notify::Result<Event>| match event {
            Ok(event) if is_change(&event.kind) => {
                let _ = changed.send(());
            }
            Ok(_) => {}
            Err(error) => tracing::warn!(%error, "watching the courses folder"),
        })?;
    watcher.watch(dir, RecursiveMode::Recursive)?;
    let root = dir.to_path_buf();
    // Ends when the watcher is dropped, which closes the channel.
    std::thread::spawn(move || {
        while changes.recv().is_ok() {
            while changes.recv_timeout(SETTLE).is_ok() {}
            reload(&root, &live);
        }
    });
    tracing::info!("watching {} for course changes", dir.display());
    Ok(CourseWatcher { _watcher: watcher })
}

/// Whether an event changes what the courses say. Reading them (which the reload itself
/// does) and metadata changes do not; a reload on them would reload forever.
fn is_change(kind: &EventKind) -> bool {
    match kind {
        EventKind::Create(_) | EventKind::Remove(_) => true,
        EventKind::Modify(ModifyKind::Metadata(_)) => false,
        EventKind::Modify(_) => true,
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) | EventKind::Any | EventKind::Other => false,
    }
}

fn reload(dir: &Path, live: &LiveCatalog) {
    match load_catalog(dir) {
        Ok(Loaded { catalog, warnings }) => {
            log_problems(&warnings);
            let lessons: usize = catalog.courses.iter().map(|c| c.lessons.len()).sum();
            tracing::info!(courses = catalog.courses.len(), lessons, "courses reloaded");
            live.replace(catalog);
        }
        Err(LoadError::Invalid(problems)) => {
            log_problems(&problems);
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

/// Logs each problem with its place, as an error or a warning.
pub fn log_problems(problems: &[Problem]) {
    for problem in problems {
        let (file, hint) = (
            problem.path.display(),
            problem.hint.as_deref().unwrap_or(""),
        );
        let (line, column) = (problem.line, problem.column);
        if problem.is_error() {
            tracing::error!(%file, line, column, hint, "{}", problem.message);
        } else {
            tracing::warn!(%file, line, column, hint, "{}", problem.message);
        }
    }
}
