//! Command-line tasks beside `serve`.

pub mod report;
pub mod users;
