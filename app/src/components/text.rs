//! Author content shown inside a page of another language.

use crate::catalog::InLocale;
use crate::i18n::Locale;
use leptos::prelude::*;

/// Text marked with its own `lang` and `dir` when it is not in the page's language
/// (a fallback), so screen readers switch voice and bidi layout stays right.
pub fn in_language(text: InLocale<&String>, page: Locale) -> AnyView {
    let value = text.value.clone();
    if text.locale == page {
        value.into_any()
    } else {
        view! { <span lang=text.locale.tag() dir=text.locale.dir()>{value}</span> }.into_any()
    }
}
