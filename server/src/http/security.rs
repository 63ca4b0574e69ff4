//! What every response tells the browser to refuse: scripts the page did not send itself
//! (Content-Security-Policy), being framed by another site, guessing content types, and
//! leaking addresses to other sites.

use axum::http::header::{
    CONTENT_SECURITY_POLICY, REFERRER_POLICY, STRICT_TRANSPORT_SECURITY, X_CONTENT_TYPE_OPTIONS,
    X_FRAME_OPTIONS,
};
use axum::http::HeaderValue;
use axum::Router;
use leptos::prelude::use_context;
use tower_http::set_header::SetResponseHeaderLayer;

/// A page's policy: its own scripts, styles, fonts, images and media; the inline script
/// that starts the islands only with this response's nonce; WebAssembly for the islands.
/// No inline style, no plug-in, no other site, no framing.
pub fn page_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self'; font-src 'self'; media-src 'self'; \
         connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
         frame-ancestors 'none'"
    )
}

/// Anything else (CSV files, media, the form-expired page, plain errors) runs nothing.
const DEFAULT_POLICY: &str =
    "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Run while rendering each page (a Leptos context function): sends [`page_policy`] with
/// the nonce Leptos puts on the page's scripts.
pub fn send_page_policy() {
    let (Some(nonce), Some(response)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) else {
        return;
    };
    if let Ok(value) = HeaderValue::from_str(&page_policy(&nonce)) {
        response.insert_header(CONTENT_SECURITY_POLICY, value);
    }
}

/// The headers every response carries; `Strict-Transport-Security` when served over TLS
/// (cookies marked `Secure`).
pub fn headers<S: Clone + Send + Sync + 'static>(router: Router<S>, tls: bool) -> Router<S> {
    let always = |name, value: &'static str| {
        SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
    };
    let router = router
        .layer(always(CONTENT_SECURITY_POLICY, DEFAULT_POLICY))
        .layer(always(X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(always(REFERRER_POLICY, "same-origin"))
        // For browsers older than `frame-ancestors`.
        .layer(always(X_FRAME_OPTIONS, "DENY"));
    if tls {
        router.layer(always(STRICT_TRANSPORT_SECURITY, "max-age=31536000"))
    } else {
        router
    }
}
