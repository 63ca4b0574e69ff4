//! Courses as authors write them: a folder per course with a `course.toml`, a folder per
//! lesson (`01-what-is-ai/`) with one `lesson.<lang>.md` per language.
//!
//! Everything is read and checked once, into the typed [`Catalog`] the pages use; every
//! mistake found is reported together, each with its file, line and a hint.

mod answers;
mod front_matter;
mod links;
mod loader;
mod markdown;
mod media;
mod practice;
mod problem;
mod quiz;
mod raw_html;
pub mod report;
mod watcher;

#[cfg(test)]
mod properties;

pub use answers::normalize_answer;
pub use loader::{load_catalog, Loaded};
pub use media::{is_plain_file_name, media_type, regular_file, MEDIA_DIR};
pub use problem::{count, LoadError, Problem, Severity};
pub use watcher::{log_problems, watch, CourseWatcher};
