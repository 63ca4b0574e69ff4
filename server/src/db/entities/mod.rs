//! SeaORM entities, one per table, matching the migrations.

pub mod centre;
pub mod cohort;
pub mod session;
pub mod sign_in_failure;
pub mod user;
