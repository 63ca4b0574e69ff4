//! The interactive parts of pages: the only components compiled to WebAssembly.
//!
//! Each island enhances a plain HTML form that already works without JavaScript.

use crate::preferences::{preference_cookie, TextSize, TEXT_SIZE_COOKIE};
use leptos::prelude::*;

/// The text-size buttons. Without JavaScript each button posts the form and the server
/// remembers the choice and redirects back; once hydrated, a click applies the size at
/// once, keeps the reading position and remembers it in the same cookie.
#[island]
pub fn TextSizeControl(
    current: TextSize,
    /// The visible name of the group.
    legend: String,
    /// The button labels, in the order of [`TextSize::ALL`].
    labels: Vec<String>,
    /// Where the server sends the visitor back to when JavaScript is off.
    return_to: String,
) -> impl IntoView {
    let (size, set_size) = signal(current);
    // Marks the form once hydrated, so styles and tests can tell the enhanced version.
    let form = NodeRef::<leptos::html::Form>::new();
    Effect::new(move |_| {
        if let Some(form) = form.get() {
            let _ = form.set_attribute("data-enhanced", "");
        }
    });
    let buttons = TextSize::ALL
        .into_iter()
        .zip(labels)
        .map(|(option, label)| {
            let on_click = move |ev: leptos::ev::MouseEvent| {
                ev.prevent_default();
                set_size.set(option);
                apply_in_browser(option);
            };
            view! {
                <button
                    type="submit"
                    name="size"
                    value=option.as_str()
                    aria-pressed=move || if size.get() == option { "true" } else { "false" }
                    on:click=on_click
                >
                    {label}
                </button>
            }
        })
        .collect_view();
    view! {
        <form node_ref=form method="post" action="/preferences/text-size" class="text-size">
            <fieldset>
                <legend>{legend}</legend>
                <input type="hidden" name="return_to" value=return_to/>
                {buttons}
            </fieldset>
        </form>
    }
}

/// Applies a text size to the open page and remembers it, as the server would.
fn apply_in_browser(size: TextSize) {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let document = leptos::prelude::document();
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("data-text-size", size.as_str());
        }
        if let Ok(html) = document.dyn_into::<web_sys::HtmlDocument>() {
            let _ = html.set_cookie(&preference_cookie(TEXT_SIZE_COOKIE, size.as_str()));
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (size, preference_cookie, TEXT_SIZE_COOKIE);
}
