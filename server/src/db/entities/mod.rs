//! SeaORM entities, one per table, matching the migrations.

pub mod audit_log;
pub mod centre;
pub mod cohort;
pub mod cv;
pub mod daily_activity;
pub mod erased_activity;
pub mod lesson_progress;
pub mod practice_transcript;
pub mod quiz_answer;
pub mod quiz_attempt;
pub mod session;
pub mod sign_in_throttle;
pub mod trusted_device;
pub mod user;
