//! Reports for facilitators and programme staff, always within a scope the viewer may see:
//! one centre (optionally one cohort) for a facilitator, any centre for an admin.

pub mod bench;
pub mod daily;
pub mod impact;
pub mod learners;
pub mod period;
pub mod questions;
pub mod seed;
