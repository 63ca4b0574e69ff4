//! Command-line tasks beside `serve`.

pub mod users;
