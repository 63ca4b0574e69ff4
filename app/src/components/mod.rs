pub mod layout;
pub mod text;
