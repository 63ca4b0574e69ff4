//! Every way a request can be refused, as one type: handlers and extractors return
//! `Err(Refusal::…)` (or `?` a database error), and the visitor gets the translated page
//! with the right status, or the redirect to sign in.

use super::page::Page;
use axum::http::header::{CACHE_CONTROL, RETRY_AFTER};
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use sea_orm::DbErr;
use tifawt_app::pages::refused::{Refused, RefusedPage};

#[derive(Debug)]
pub enum Refusal {
    /// Not a page, or not one this person may see: the same answer for both, so it tells
    /// nothing about what exists (404).
    NotFound,
    /// A private page asked for without a session: sign in, then come back (303 to
    /// `sign_in`, the sign-in address with the way back in its query).
    SignInFirst { sign_in: String },
    /// A form post without the visitor's anti-forgery token, or sent by another site (403).
    FormExpired,
    /// The database cannot be reached (503); logged when the refusal is made.
    Unavailable,
    /// An answer an extractor made itself (e.g. axum's 415 for a form in another format).
    Rejected(Box<Response>),
}

/// Database errors are the visitor's "try again in a minute", and the operator's log line.
impl From<DbErr> for Refusal {
    fn from(error: DbErr) -> Refusal {
        tracing::error!(%error, "database error while handling a request");
        Refusal::Unavailable
    }
}

/// What fails while storing an account (hashing its password, or the database): the same.
impl From<anyhow::Error> for Refusal {
    fn from(error: anyhow::Error) -> Refusal {
        tracing::error!(error = format!("{error:#}"), "cannot store an account");
        Refusal::Unavailable
    }
}

impl IntoResponse for Refusal {
    fn into_response(self) -> Response {
        let page = |refused: Refused, status: StatusCode| {
            Page::new(move || view! { <RefusedPage refused/> }).status(status)
        };
        match self {
            Refusal::NotFound => page(Refused::NotFound, StatusCode::NOT_FOUND).into_response(),
            Refusal::SignInFirst { sign_in } => super::forms::see_other(&sign_in),
            Refusal::FormExpired => {
                page(Refused::FormExpired, StatusCode::FORBIDDEN).into_response()
            }
            Refusal::Unavailable => (
                [
                    (RETRY_AFTER, HeaderValue::from_static("60")),
                    (CACHE_CONTROL, HeaderValue::from_static("no-store")),
                ],
                page(Refused::Unavailable, StatusCode::SERVICE_UNAVAILABLE),
            )
                .into_response(),
            Refusal::Rejected(response) => *response,
        }
    }
}

/// What a handler returns: its answer, or why the request was refused.
pub type Answer<T = Response> = Result<T, Refusal>;
