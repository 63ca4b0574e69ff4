//! Reports for facilitators and programme staff, always within a scope the viewer may see:
//! one centre (optionally one cohort) for a facilitator, any centre for an admin.

pub mod bench;
pub mod daily;
pub mod impact;
pub mod learners;
pub mod period;
pub mod questions;
pub mod seed;

/// A moment's day, `YYYY-MM-DD` (UTC), as reports count and show it.
pub fn day(at: chrono::DateTime<chrono::Utc>) -> String {
    at.format("%Y-%m-%d").to_string()
}
