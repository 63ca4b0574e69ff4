//! Learning progress: scoring quizzes against the course as it is now, and recording
//! lessons opened, time spent, attempts and completion, each write in one transaction.

pub mod scoring;
pub mod store;
pub mod summary;
