//! Learners' CVs: the checks of their fields, storage, JSON Resume, and the PDF.

pub mod check;
pub mod json_resume;
pub mod pdf;
pub mod store;
