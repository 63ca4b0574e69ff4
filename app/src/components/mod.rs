pub mod forms;
pub mod layout;
pub mod table;
pub mod text;
