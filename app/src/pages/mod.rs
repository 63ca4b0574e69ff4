pub mod admin;
pub mod audit;
pub mod cards;
pub mod centre;
pub mod certificate;
pub mod course;
pub mod cv;
pub mod home;
pub mod impact;
pub mod lesson;
pub mod practice;
pub mod preferences;
pub mod quiz;
pub mod refused;
pub mod reports;
pub mod sign_in;

use crate::i18n::Translator;
use leptos::prelude::*;
use leptos_meta::Title;

/// The document title: "<page> — Tifawt", in the page's language.
fn page_title(t: Translator, page: &str) -> impl IntoView {
    view! { <Title text=t.t_with("page-title", &[("page", page.to_string().into())])/> }
}
