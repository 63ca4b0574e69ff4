//! The interactive parts of pages: the only components compiled to WebAssembly.
//!
//! Each island enhances a plain HTML form that already works without JavaScript.

use crate::preferences::{preference_cookie, TextSize, TEXT_SIZE_COOKIE};
use leptos::prelude::*;

mod practice;
pub use practice::PracticeBox;

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
    /// The visitor's anti-forgery token, sent back with the form.
    csrf_token: String,
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
        .iter()
        .copied()
        .zip(labels)
        .map(|(option, label)| {
            let token = csrf_token.clone();
            let on_click = move |ev: leptos::ev::MouseEvent| {
                ev.prevent_default();
                set_size.set(option);
                apply_in_browser(option);
                // The server saves it too: with the account when signed in, so it follows
                // the learner to another computer.
                let body = format!("size={}&csrf_token={token}", option.as_str());
                leptos::task::spawn_local(async move {
                    post_form("/preferences/text-size", &body).await;
                });
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
                <input type="hidden" name="csrf_token" value=csrf_token.clone()/>
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

/// Before an idle session ends, warns the learner and offers to stay signed in (WCAG 2.2.1).
/// Without JavaScript nothing shows: the sign-in page then says why the session ended.
#[island]
pub fn SessionTimeout(
    idle_seconds: u32,
    /// How long before the end the warning appears.
    warn_seconds: u32,
    csrf_token: String,
    /// "You will be signed out in N minutes", already translated.
    warning: String,
    stay_label: String,
    extended: String,
) -> impl IntoView {
    let (warning_shown, set_warning_shown) = signal(false);
    let (status, set_status) = signal(String::new());
    let button = NodeRef::<leptos::html::Button>::new();
    let delay =
        std::time::Duration::from_secs(u64::from(idle_seconds.saturating_sub(warn_seconds)));
    let show_warning = move || {
        set_status.set(String::new());
        set_warning_shown.set(true);
        // Once the warning is drawn (a hidden button cannot take focus).
        request_animation_frame(move || {
            if let Some(button) = button.get_untracked() {
                let _ = button.focus();
            }
        });
    };
    // The island may wake long after the page loaded (`islands/loader.js` fetches the code
    // a minute before the warning is due): the time since then has already passed.
    Effect::new(move |_| set_timeout(show_warning, delay.saturating_sub(since_page_load())));
    let stay = move |_| {
        let token = csrf_token.clone();
        let extended = extended.clone();
        leptos::task::spawn_local(async move {
            if keep_alive(&token).await {
                set_warning_shown.set(false);
                set_status.set(extended);
                set_timeout(show_warning, delay);
            }
        });
    };
    view! {
        <div class="session-timeout" role="status">
            <p>{move || status.get()}</p>
        </div>
        <div class="session-timeout" role="alert" hidden=move || !warning_shown.get()>
            <p>{move || if warning_shown.get() { warning.clone() } else { String::new() }}</p>
            <button type="button" node_ref=button on:click=stay>
                {stay_label}
            </button>
        </div>
    }
}

/// How long ago the page started loading.
fn since_page_load() -> std::time::Duration {
    #[cfg(feature = "hydrate")]
    {
        let milliseconds = leptos::prelude::window()
            .performance()
            .map_or(0.0, |performance| performance.now());
        std::time::Duration::from_millis(milliseconds.max(0.0) as u64)
    }
    #[cfg(not(feature = "hydrate"))]
    {
        std::time::Duration::ZERO
    }
}

/// Tells the server the learner is still here; true when it answered 2xx.
async fn keep_alive(csrf_token: &str) -> bool {
    post_form("/session/keep-alive", &format!("csrf_token={csrf_token}")).await
}

/// Posts a URL-encoded form in the background, without following a redirect; true when the
/// server answered 2xx.
async fn post_form(path: &str, body: &str) -> bool {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let init = web_sys::RequestInit::new();
        init.set_method("POST");
        init.set_redirect(web_sys::RequestRedirect::Manual);
        let Ok(headers) = web_sys::Headers::new() else {
            return false;
        };
        let _ = headers.set("content-type", "application/x-www-form-urlencoded");
        init.set_headers(&headers);
        init.set_body(&wasm_bindgen::JsValue::from_str(body));
        let promise = leptos::prelude::window().fetch_with_str_and_init(path, &init);
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(response) => response
                .dyn_into::<web_sys::Response>()
                .map(|r| r.ok())
                .unwrap_or(false),
            Err(_) => false,
        }
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = (path, body);
        false
    }
}
