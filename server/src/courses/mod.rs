//! Courses as authors write them: a folder per course with a `course.toml`, a folder per
//! lesson (`01-what-is-ai/`) with one `lesson.<lang>.md` per language.
//!
//! Everything is read and checked once, into the typed [`Catalog`] the pages use; every
//! mistake found is reported together, each with its file, line and a hint.

mod answers;
mod front_matter;
mod loader;
mod markdown;
mod problem;
mod quiz;
mod watcher;

pub use loader::load_catalog;
pub use problem::{LoadError, Problem};
pub use watcher::{watch, CourseWatcher};
