//! Tifawt's user interface.
//!
//! Pages are rendered on the server only (Leptos "islands" mode): the browser receives
//! finished HTML that works without JavaScript, and only the components marked `#[island]`
//! (in [`islands`]) are compiled to WebAssembly and hydrated to make the page nicer.
//! So everything except `assistant`, `i18n::Locale`, `preferences`, `viewer` and `islands` is
//! server-only.

pub mod assistant;
pub mod i18n;
pub mod islands;
pub mod preferences;
#[cfg(feature = "ssr")]
pub mod tifinagh;
pub mod viewer;

#[cfg(feature = "ssr")]
pub mod accounts;
#[cfg(feature = "ssr")]
pub mod catalog;
#[cfg(feature = "ssr")]
mod components;
#[cfg(feature = "ssr")]
pub mod context;
#[cfg(feature = "ssr")]
pub mod cv;
#[cfg(feature = "ssr")]
pub mod forms;
#[cfg(feature = "ssr")]
pub mod page;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod progress;
#[cfg(feature = "ssr")]
pub mod reports;
#[cfg(feature = "ssr")]
mod shell;

#[cfg(feature = "ssr")]
pub use shell::shell;

/// Entry point of the WebAssembly bundle: hydrates the islands on the page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
