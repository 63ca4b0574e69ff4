//! The browser assets built by `scripts/build-site.sh`: the WebAssembly bundle and its
//! JavaScript glue under `/pkg`, the stylesheet and fonts under `/assets`.
//!
//! File names carry a content hash (written to `manifest.toml` by the build), so they
//! are served with a one-year `immutable` cache lifetime, precompressed (brotli, gzip).

use super::AppState;
use anyhow::Context;
use axum::http::header::CACHE_CONTROL;
use axum::http::{HeaderValue, Response};
use axum::Router;
use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

#[derive(Debug, Clone, Deserialize)]
pub struct SiteAssets {
    /// The WebAssembly bundle's file stem, e.g. `tifawt.3f9a…` for `pkg/tifawt.3f9a….js`.
    pub output_name: String,
    /// The stylesheet's file name under `/assets`.
    pub stylesheet: Option<String>,
    /// The icon's file name under `/assets`.
    #[serde(default)]
    pub favicon: Option<String>,
    #[serde(skip)]
    dir: PathBuf,
}

const MANIFEST: &str = "manifest.toml";

impl SiteAssets {
    /// Reads the build's manifest. Without a built site the pages still work (the server
    /// renders everything), just unstyled; that is logged, not fatal.
    pub fn load(dir: &Path) -> anyhow::Result<SiteAssets> {
        let path = dir.join(MANIFEST);
        let assets = match std::fs::read_to_string(&path) {
            Ok(text) => toml::from_str::<SiteAssets>(&text).with_context(|| {
                format!(
                    "{} is not a valid asset manifest; rebuild with scripts/build-site.sh",
                    path.display()
                )
            })?,
            Err(_) => {
                tracing::warn!(
                    "no built assets at {}: pages will have no stylesheet or scripts; run scripts/build-site.sh",
                    dir.display()
                );
                SiteAssets {
                    output_name: "tifawt".into(),
                    stylesheet: None,
                    favicon: None,
                    dir: PathBuf::new(),
                }
            }
        };
        Ok(SiteAssets {
            dir: dir.to_path_buf(),
            ..assets
        })
    }

    pub fn stylesheet_href(&self) -> Option<Arc<str>> {
        asset_href(self.stylesheet.as_deref())
    }

    pub fn favicon_href(&self) -> Option<Arc<str>> {
        asset_href(self.favicon.as_deref())
    }

    pub fn routes(&self) -> Router<AppState> {
        Router::new()
            .nest_service("/pkg", immutable_files(&self.dir.join("pkg")))
            .nest_service("/assets", immutable_files(&self.dir.join("assets")))
    }
}

fn asset_href(name: Option<&str>) -> Option<Arc<str>> {
    name.map(|name| format!("/assets/{name}").into())
}

fn immutable_files(dir: &Path) -> Router {
    // Only successful answers are cached: a 404 must not stick for a year.
    let cache = |response: &Response<_>| {
        response
            .status()
            .is_success()
            .then_some(HeaderValue::from_static(
                "public, max-age=31536000, immutable",
            ))
    };
    Router::new()
        .fallback_service(ServeDir::new(dir).precompressed_br().precompressed_gzip())
        .layer(SetResponseHeaderLayer::overriding(CACHE_CONTROL, cache))
}
