//! The pages a refused request gets: not found, form expired, service unavailable. Each is
//! in the page's language, inside the site's frame, with the status its handler set.

use super::page_title;
use crate::context::use_request;
use leptos::prelude::*;

/// For any path that is not a page, and for pages this person may not see (the same
/// answer, so it tells nothing about what exists).
#[component]
pub fn NotFound() -> impl IntoView {
    let request = use_request();
    let t = request.translator();
    view! {
        {page_title(t, &t.t("not-found-title"))}
        <h1>{t.t("not-found-title")}</h1>
        <p>{t.t("not-found-body")}</p>
        <p>
            <a href=request.href("/")>{t.t("not-found-home-link")}</a>
        </p>
    }
}

/// A form whose anti-forgery token does not match: typically a page left open across a
/// sign-in or sign-out.
#[component]
pub fn FormExpired() -> impl IntoView {
    let request = use_request();
    let t = request.translator();
    view! {
        {page_title(t, &t.t("form-expired-title"))}
        <h1>{t.t("form-expired-title")}</h1>
        <p>{t.t("form-expired-body")}</p>
        <p>
            <a href=request.href("/")>{t.t("site-name")}</a>
        </p>
    }
}

/// The database cannot be reached: nothing was saved, and the browser still has the form.
#[component]
pub fn Unavailable() -> impl IntoView {
    let request = use_request();
    let t = request.translator();
    view! {
        {page_title(t, &t.t("unavailable-title"))}
        <h1>{t.t("unavailable-title")}</h1>
        <p>{t.t("unavailable-body")}</p>
    }
}
