//! What every page rendering needs to know: the site (provided once by the server) and the
//! request (read from the HTTP request by the shell).

use crate::catalog::LiveCatalog;
use crate::i18n::{self, Locale, Translator, LOCALE_COOKIE};
use crate::preferences::Preferences;
use crate::viewer::{Viewer, Visitor};
use leptos::prelude::*;
use std::sync::Arc;

/// The site as the server loaded it. Cheap to clone.
#[derive(Clone, Debug)]
pub struct SiteContext {
    pub catalog: LiveCatalog,
    /// The language for a first visit whose browser asks for none of ours.
    pub default_locale: Locale,
    /// The address of the fingerprinted stylesheet, when the site assets are built.
    pub stylesheet: Option<Arc<str>>,
    /// The address of the fingerprinted icon, when the site assets are built.
    pub favicon: Option<Arc<str>>,
    /// Whether this server has an AI assistant (practice blocks, CV wording).
    pub assistant: bool,
}

/// The request being rendered, as the pages need it.
#[derive(Clone, Debug)]
pub struct RequestContext {
    /// The language of the page: from the path, or negotiated when the path has none.
    pub locale: Locale,
    /// Whether the path starts with a language (every real page does).
    pub path_has_locale: bool,
    /// The path after the language segment, always starting with `/` (just `/` when the
    /// path has no language).
    pub path_rest: String,
    /// The display preferences: the account's when signed in, else this computer's cookies.
    pub preferences: Preferences,
    pub visitor: Visitor,
}

impl RequestContext {
    pub fn from_request(parts: &http::request::Parts, site: &SiteContext) -> RequestContext {
        let header = |name: http::HeaderName| {
            parts
                .headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
        };
        let cookies = header(http::header::COOKIE);
        let cookie = |name: &str| i18n::cookie_value(cookies, name);
        let visitor = parts
            .extensions
            .get::<Visitor>()
            .cloned()
            .unwrap_or_default();
        let path = parts.uri.path();
        let (first, rest) = match path.trim_start_matches('/').split_once('/') {
            Some((first, rest)) => (first, format!("/{rest}")),
            None => (path.trim_start_matches('/'), "/".to_string()),
        };
        let path_locale = Locale::from_tag(first);
        let locale = path_locale.unwrap_or_else(|| {
            i18n::negotiate(
                visitor
                    .viewer
                    .as_ref()
                    .and_then(|v| v.locale)
                    .map(Locale::tag)
                    .or(cookie(LOCALE_COOKIE)),
                Some(header(http::header::ACCEPT_LANGUAGE)),
                site.default_locale,
            )
        });
        RequestContext {
            locale,
            path_has_locale: path_locale.is_some(),
            // A page that does not exist has no translation: its language links go home.
            path_rest: if path_locale.is_some() {
                rest
            } else {
                "/".to_string()
            },
            preferences: match visitor.viewer.as_ref() {
                Some(viewer) => viewer.preferences,
                None => Preferences::from_cookies(|name| cookie(name)),
            },
            visitor,
        }
    }

    /// The signed-in person, if any.
    pub fn viewer(&self) -> Option<&Viewer> {
        self.visitor.viewer.as_ref()
    }

    pub fn csrf_token(&self) -> String {
        self.visitor.csrf_token.clone()
    }

    pub fn translator(&self) -> Translator {
        Translator(self.locale)
    }

    /// This page's address in another language.
    pub fn path_in(&self, locale: Locale) -> String {
        format!("/{locale}{}", self.path_rest)
    }

    /// An address inside the current language, e.g. `href("/courses/x")`.
    pub fn href(&self, rest: &str) -> String {
        format!("/{}{rest}", self.locale)
    }
}

pub fn use_site() -> SiteContext {
    expect_context::<SiteContext>()
}

pub fn use_request() -> RequestContext {
    expect_context::<RequestContext>()
}
