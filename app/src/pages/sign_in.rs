//! Signing in: username and password, nothing else to solve (WCAG 3.3.8). Paste and
//! password managers work: the fields are plain inputs with `autocomplete`.

use super::page_title;
use crate::components::forms::{CsrfField, ErrorSummary, TextField};
use crate::context::use_request;
use crate::forms::FormErrors;
use leptos::prelude::*;

/// Why the sign-in page is shown, when it is not a first visit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignInNotice {
    SignedOut,
    /// The session ended after the idle time.
    Expired,
    /// A private page was asked for without signing in.
    Required,
}

/// What the sign-in page shows beyond the empty form.
#[derive(Clone, Debug, Default)]
pub struct SignInState {
    pub username: String,
    /// The local page to go to after signing in.
    pub next: String,
    pub errors: FormErrors,
    pub notice: Option<SignInNotice>,
}

#[component]
pub fn SignInPage(state: SignInState) -> impl IntoView {
    let request = use_request();
    let t = request.translator();
    let notice = state.notice.map(|notice| {
        let key = match notice {
            SignInNotice::SignedOut => "sign-in-notice-signed-out",
            SignInNotice::Expired => "sign-in-notice-expired",
            SignInNotice::Required => "sign-in-notice-required",
        };
        view! {
            <p class="notice" role="status">
                {t.t_with(key, &[("minutes", request.visitor.idle_minutes.into())])}
            </p>
        }
    });
    let errors = state.errors.clone();
    view! {
        {page_title(t, &t.t("sign-in-title"))}
        <ErrorSummary errors=errors.clone()/>
        <h1>{t.t("sign-in-title")}</h1>
        {notice}
        <p>{t.t("sign-in-intro")}</p>
        <form method="post" action=request.href("/sign-in") class="stacked" novalidate>
            <CsrfField/>
            <input type="hidden" name="next" value=state.next/>
            <TextField
                id="username"
                label=t.t("field-username")
                value=state.username
                errors=errors.clone()
                autocomplete="username"
            />
            <TextField
                id="password"
                label=t.t("field-password")
                input_type="password"
                errors=errors
                autocomplete="current-password"
            />
            <button type="submit">{t.t("sign-in")}</button>
        </form>
        <p>{t.t("sign-in-forgot")}</p>
    }
}
