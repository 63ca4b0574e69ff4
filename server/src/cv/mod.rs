//! The CV builder's server side.

pub mod pdf;
