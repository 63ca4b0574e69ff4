use super::page_title;
use crate::context::use_request;
use leptos::prelude::*;

/// Answers any path that is not a page, with status 404.
#[component]
pub fn NotFound() -> impl IntoView {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
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
