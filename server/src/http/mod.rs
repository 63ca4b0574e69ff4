//! Every HTTP route, registered in one place.

pub mod assets;
mod health;
mod locale;
mod media;
mod preferences;

use crate::config::ServeArgs;
use assets::SiteAssets;
use axum::extract::FromRef;
use axum::routing::{get, post};
use axum::Router;
use http::header::CACHE_CONTROL;
use http::HeaderValue;
use leptos::prelude::*;
use leptos_axum::{generate_route_list, LeptosRoutes};
use sea_orm::DatabaseConnection;
use std::sync::Arc;
use tifawt_app::catalog::LiveCatalog;
use tifawt_app::context::SiteContext;
use tifawt_app::{shell, App};
use tower_http::compression::CompressionLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

#[derive(Clone)]
pub struct AppState {
    pub leptos: LeptosOptions,
    pub db: DatabaseConnection,
    pub site: SiteContext,
    pub assets: Arc<SiteAssets>,
}

impl AppState {
    pub fn new(
        db: DatabaseConnection,
        catalog: LiveCatalog,
        assets: SiteAssets,
        args: &ServeArgs,
    ) -> AppState {
        let leptos = LeptosOptions::builder()
            .output_name(assets.output_name.clone())
            .site_root(args.site_dir.to_string_lossy().to_string())
            .site_pkg_dir("pkg")
            .site_addr(args.listen)
            .build();
        AppState {
            leptos,
            db,
            site: SiteContext {
                catalog,
                default_locale: args.default_locale,
                stylesheet: assets.stylesheet_href(),
                favicon: assets.favicon_href(),
            },
            assets: Arc::new(assets),
        }
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos.clone()
    }
}

pub fn router(state: AppState) -> Router {
    let context = {
        let site = state.site.clone();
        move || provide_context(site.clone())
    };
    let app = {
        let options = state.leptos.clone();
        move || shell(options.clone())
    };
    let pages = Router::new()
        .route("/", get(locale::redirect_to_language))
        .route("/preferences/text-size", post(preferences::set_text_size))
        .leptos_routes_with_context(
            &state,
            generate_route_list(App),
            context.clone(),
            app.clone(),
        )
        .fallback(leptos_axum::render_app_to_stream_with_context(context, app))
        .layer(axum::middleware::from_fn(locale::remember_language))
        // Pages change with the courses and the cookies: always revalidate.
        .layer(SetResponseHeaderLayer::if_not_present(
            CACHE_CONTROL,
            HeaderValue::from_static("no-cache"),
        ))
        .layer(CompressionLayer::new());
    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/media/{course}/{lesson}/{file}", get(media::lesson_media))
        .merge(state.assets.routes())
        .merge(pages)
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
