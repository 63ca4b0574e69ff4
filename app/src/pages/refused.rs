//! The pages a refused request gets: not found, form expired, service unavailable. Each is
//! in the page's language, inside the site's frame, with the status its handler set.

use super::page_title;
use crate::context::use_request;
use leptos::prelude::*;

/// Why a request was refused, as the visitor is told.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// Any path that is not a page, and pages this person may not see (the same answer,
    /// so it tells nothing about what exists).
    NotFound,
    /// A form whose anti-forgery token does not match: typically a page left open across a
    /// sign-in or sign-out.
    FormExpired,
    /// The database cannot be reached: nothing was saved, and the browser still has the form.
    Unavailable,
}

impl Refused {
    /// The messages of its title and its explanation, and of its link home, if it has one.
    fn messages(self) -> (&'static str, &'static str, Option<&'static str>) {
        match self {
            Refused::NotFound => (
                "not-found-title",
                "not-found-body",
                Some("not-found-home-link"),
            ),
            Refused::FormExpired => ("form-expired-title", "form-expired-body", Some("site-name")),
            Refused::Unavailable => ("unavailable-title", "unavailable-body", None),
        }
    }
}

#[component]
pub fn RefusedPage(refused: Refused) -> impl IntoView {
    let request = use_request();
    let t = request.translator();
    let (title, body, link) = refused.messages();
    view! {
        {page_title(t, &t.t(title))}
        <h1>{t.t(title)}</h1>
        <p>{t.t(body)}</p>
        {link.map(|link| view! {
            <p>
                <a href=request.href("/")>{t.t(link)}</a>
            </p>
        })}
    }
}
