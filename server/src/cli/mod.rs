//! Command-line tasks beside `serve`.

pub mod backup;
pub mod report;
pub mod users;
