//! Pages: a handler answers with a [`Page`] (its component with typed props, and a status);
//! [`render_pages`], around every route, renders it in the site's frame for the request
//! that asked for it.

use super::AppState;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use leptos::prelude::{provide_context, IntoView};
use tifawt_app::page::PageView;
use tifawt_app::shell;

/// A page to send: e.g. `Page::new(move || view! { <CentrePage page=page.clone()/> })`.
#[must_use]
pub struct Page {
    status: StatusCode,
    view: PageView,
}

impl Page {
    /// The page `view` builds, answered with 200.
    pub fn new<V: IntoView + 'static>(view: impl Fn() -> V + Send + Sync + 'static) -> Page {
        Page {
            status: StatusCode::OK,
            view: PageView::new(view),
        }
    }

    /// The same page with another status (422 for a form with mistakes, 404…).
    pub fn status(mut self, status: StatusCode) -> Page {
        self.status = status;
        self
    }
}

/// The page travels to [`render_pages`] in the response's extensions; the headers the
/// handler added (cookies) are kept.
impl IntoResponse for Page {
    fn into_response(self) -> Response {
        let mut response = self.status.into_response();
        response.extensions_mut().insert(self.view);
        response
    }
}

/// Renders the [`Page`] a handler answered with, if any, for the request as the handler
/// saw it (language, who is signed in, the anti-forgery token).
pub async fn render_pages(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let asked = parts.clone();
    let response = next.run(Request::from_parts(parts, body)).await;
    render(&state, asked, response).await
}

/// `response` with its [`Page`], if it carries one, rendered for the request `asked`; the
/// status and the headers it has (cookies) are kept.
pub async fn render(state: &AppState, asked: Parts, mut response: Response) -> Response {
    let Some(view) = response.extensions_mut().remove::<PageView>() else {
        return response;
    };
    let site = state.site.clone();
    let options = state.leptos.clone();
    let render = leptos_axum::render_app_to_stream_with_context(
        move || {
            provide_context(site.clone());
            super::security::send_page_policy();
        },
        move || shell(options.clone(), view.clone()),
    );
    let mut page = render(Request::from_parts(asked, Body::empty()))
        .await
        .into_response();
    *page.status_mut() = response.status();
    // `drain` names a header once, before all its values (several cookies).
    let mut name = None;
    for (next_name, value) in response.headers_mut().drain() {
        name = next_name.or(name);
        match &name {
            Some(n) if *n != CONTENT_TYPE && *n != CONTENT_LENGTH => {
                page.headers_mut().append(n.clone(), value);
            }
            _ => {}
        }
    }
    page
}
