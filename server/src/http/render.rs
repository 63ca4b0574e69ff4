//! Rendering a page from a handler: the handler has checked who may see it and loaded what
//! it shows; the page component reads that from the Leptos context.

use super::AppState;
use axum::body::Body;
use axum::extract::Request;
use axum::http::request::Parts;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use leptos::prelude::provide_context;
use tifawt_app::shell;

/// Renders the page at `path` (which the router maps to a component), with `data` in
/// context, answering `status`.
pub async fn page<T: Clone + Send + Sync + 'static>(
    state: &AppState,
    mut parts: Parts,
    path: &str,
    status: StatusCode,
    data: T,
) -> Response {
    if let Ok(uri) = path.parse::<Uri>() {
        parts.uri = uri;
    }
    let site = state.site.clone();
    let options = state.leptos.clone();
    let handler = leptos_axum::render_app_to_stream_with_context(
        move || {
            provide_context(site.clone());
            provide_context(data.clone());
            super::security::send_page_policy();
        },
        move || shell(options.clone()),
    );
    let mut response = handler(Request::from_parts(parts, Body::empty()))
        .await
        .into_response();
    if status != StatusCode::OK {
        *response.status_mut() = status;
    }
    response
}
