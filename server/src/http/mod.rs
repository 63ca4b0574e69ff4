//! Every HTTP route, registered in one place: each is one handler, which takes what it
//! needs from the request with the extractors of [`extract`], and answers with a [`page::Page`]
//! (its component with typed props), a redirect or a download, or a [`refusal::Refusal`].

mod admin;
pub mod assets;
mod centres;
mod cv;
mod extract;
mod forms;
mod health;
mod learner;
mod learner_data;
mod lessons;
pub mod listen;
mod locale;
mod media;
mod page;
mod practice;
mod preferences;
mod refusal;
mod reports;
mod security;
mod sign_in;
mod visitor;

use crate::assistant::Assistant;
use crate::auth::session::SessionCache;
use crate::config::ServeArgs;
use crate::db::changes::{Changes, Scope};
use crate::db::entities::lesson_progress;
use crate::db::transaction::Writer;
use crate::progress::store::ProgressCache;
use assets::SiteAssets;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;
use http::header::CACHE_CONTROL;
use http::{HeaderValue, StatusCode};
use leptos::prelude::*;
use sea_orm::DatabaseConnection;
use std::sync::Arc;
use tifawt_app::catalog::LiveCatalog;
use tifawt_app::context::SiteContext;
use tower_http::compression::predicate::{NotForContentType, Predicate};
use tower_http::compression::{CompressionLayer, DefaultPredicate};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;
use visitor::SessionState;

#[derive(Clone)]
pub struct AppState {
    pub leptos: LeptosOptions,
    pub db: DatabaseConnection,
    pub site: SiteContext,
    pub assets: Arc<SiteAssets>,
    pub session_idle_minutes: u32,
    pub secure_cookies: bool,
    pub request_timeout: std::time::Duration,
    /// Reverse proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: Arc<[std::net::IpAddr]>,
    /// The local AI assistant (off without `--ai-url`).
    pub assistant: Assistant,
    /// Whether the database changed, for the two caches below (`db::changes`).
    pub changes: Arc<Changes>,
    /// Who is signed in, by session (`auth::session`).
    pub session_cache: Arc<SessionCache>,
    /// Each learner's progress rows (`progress::store::of_learner_cached`).
    pub progress_cache: Arc<ProgressCache>,
    /// Where quiz submissions and lessons marked done are written (`db::transaction`).
    pub writer: Writer,
}

/// The largest form a page posts (a quiz with its short answers is a few kilobytes).
const FORM_BODY_LIMIT: usize = 64 * 1024;
/// A practice prompt with the earlier exchanges it carries back: Tifinagh, percent-encoded,
/// takes 9 bytes a letter.
const PRACTICE_BODY_LIMIT: usize = 256 * 1024;
/// The learners import: 1,000 rows of names, usernames, cohorts and passwords, with room.
const IMPORT_BODY_LIMIT: usize = 1024 * 1024;

impl AppState {
    pub fn new(
        db: DatabaseConnection,
        catalog: LiveCatalog,
        assets: SiteAssets,
        assistant: Assistant,
        changes: Arc<Changes>,
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
            writer: Writer::new(&db),
            db,
            site: SiteContext {
                catalog,
                default_locale: args.default_locale,
                stylesheet: assets.stylesheet_href(),
                favicon: assets.favicon_href(),
                assistant: assistant.is_set_up(),
            },
            assets: Arc::new(assets),
            session_idle_minutes: args.session_idle_minutes,
            secure_cookies: args.secure_cookies,
            request_timeout: std::time::Duration::from_secs(args.request_timeout_seconds),
            trusted_proxies: args.trusted_proxies.clone().into(),
            assistant,
            changes,
            session_cache: Arc::default(),
            progress_cache: Arc::default(),
        }
    }

    /// A learner's progress rows, most recently active first, cached until the database
    /// changes (`session`: the request's count of changes).
    pub async fn progress_of(
        &self,
        session: &SessionState,
        user_id: i32,
    ) -> Result<Arc<[lesson_progress::Model]>, sea_orm::DbErr> {
        crate::progress::store::of_learner_cached(
            &self.db,
            session.epoch.map(|e| e.of(Scope::Progress)),
            &self.progress_cache,
            user_id,
        )
        .await
    }
}

/// The CV builder's addresses (`http/cv.rs`). A CV is personal data on a shared computer:
/// no cache, not even the browser's, keeps any of these answers.
fn cv_routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/cv", get(cv::list).post(cv::create))
        .route(
            "/{lang}/cv/import",
            post(cv::import).layer(DefaultBodyLimit::max(cv_import_limit())),
        )
        .route("/{lang}/cv/{id}", get(cv::show))
        .route("/{lang}/cv/{id}/settings", post(cv::settings))
        .route(
            "/{lang}/cv/{id}/delete",
            get(cv::confirm_delete).post(cv::delete),
        )
        .route("/{lang}/cv/{id}/print", get(cv::output::print))
        .route("/{lang}/cv/{id}/cv.pdf", get(cv::output::pdf))
        .route("/{lang}/cv/{id}/resume.json", get(cv::output::json))
        .route(
            "/{lang}/cv/{id}/{step}",
            get(cv::steps::step).post(cv::steps::save_step),
        )
        .route(
            "/{lang}/cv/{id}/{step}/suggestions",
            post(cv::steps::add_suggestions),
        )
        .route(
            "/{lang}/cv/{id}/{step}/wording",
            post(cv::wording::step_wording),
        )
        .route(
            "/{lang}/cv/{id}/{step}/{index}/wording",
            post(cv::wording::entry_wording),
        )
        .route(
            "/{lang}/cv/{id}/{step}/{index}",
            get(cv::steps::entry).post(cv::steps::save_entry),
        )
        .route(
            "/{lang}/cv/{id}/{step}/{index}/{action}",
            post(cv::steps::entry_action),
        )
        .route(
            "/{lang}/centres/{centre}/learners/{user}/cvs/{cv}",
            get(cv::output::shared),
        )
        .layer(SetResponseHeaderLayer::overriding(
            CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
}

/// A JSON Resume file and the form around it.
fn cv_import_limit() -> usize {
    crate::cv::json_resume::MAX_BYTES + 16 * 1024
}

pub fn router(state: AppState) -> Router {
    // Rendering a page spawns its tasks on tokio (an error only says it is already set up).
    let _ = any_spawner::Executor::init_tokio();
    let pages = Router::new()
        .route("/", get(locale::redirect_to_language))
        .route("/{lang}/", get(learner::home))
        .route("/{lang}/courses/{course}", get(learner::course))
        .route("/{lang}/courses/{course}/{lesson}", get(lessons::show))
        .route(
            "/{lang}/courses/{course}/{lesson}/quiz",
            post(lessons::submit_quiz),
        )
        .route(
            "/{lang}/courses/{course}/{lesson}/done",
            post(lessons::mark_done),
        )
        .route(
            "/{lang}/courses/{course}/{lesson}/try/{block}",
            post(practice::send).layer(DefaultBodyLimit::max(PRACTICE_BODY_LIMIT)),
        )
        .route(
            "/{lang}/courses/{course}/{lesson}/try/{block}/stream",
            post(practice::stream).layer(DefaultBodyLimit::max(PRACTICE_BODY_LIMIT)),
        )
        .route("/{lang}/certificates/{course}", get(learner::certificate))
        .route("/{lang}/sign-in", get(sign_in::show).post(sign_in::submit))
        .route("/sign-out", post(sign_in::sign_out))
        .route("/session/keep-alive", post(sign_in::keep_alive))
        .route("/preferences/text-size", post(preferences::set_text_size))
        .route(
            "/{lang}/preferences",
            get(preferences::show).post(preferences::submit),
        )
        .route("/{lang}/admin", get(admin::show))
        .route("/{lang}/admin/audit", get(admin::audit_log))
        .route("/{lang}/admin/centres", post(admin::add_centre))
        .route("/{lang}/admin/facilitators", post(admin::add_facilitator))
        .route("/{lang}/centres/{centre}", get(centres::show))
        .route(
            "/{lang}/centres/{centre}/learners",
            post(centres::add_learner),
        )
        .route(
            "/{lang}/centres/{centre}/import",
            post(centres::import_learners).layer(DefaultBodyLimit::max(IMPORT_BODY_LIMIT)),
        )
        .route(
            "/{lang}/centres/{centre}/cohorts",
            post(centres::add_cohort),
        )
        .route(
            "/{lang}/centres/{centre}/practice-transcripts",
            post(centres::set_practice_transcripts),
        )
        .route(
            "/{lang}/centres/{centre}/learners/{user}/password",
            post(centres::reset_password),
        )
        .route("/{lang}/centres/{centre}/progress", get(reports::progress))
        .route(
            "/{lang}/centres/{centre}/questions",
            get(reports::question_analysis),
        )
        .route(
            "/{lang}/centres/{centre}/learners/{user}",
            get(reports::learner),
        )
        .route(
            "/{lang}/centres/{centre}/learners/{user}/data.json",
            get(learner_data::json),
        )
        .route(
            "/{lang}/centres/{centre}/learners/{user}/data.csv",
            get(learner_data::csv),
        )
        .route(
            "/{lang}/centres/{centre}/learners/{user}/erase",
            post(learner_data::erase),
        )
        .route("/{lang}/reports/impact", get(reports::impact))
        .merge(cv_routes())
        .fallback(|| async { refusal::Refusal::NotFound })
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            page::render_pages,
        ))
        .layer(axum::middleware::from_fn(locale::remember_language))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            visitor::resolve_visitor,
        ))
        // Pages change with the courses and the cookies: always revalidate; and each carries
        // its visitor's anti-forgery token, so no shared cache may keep one.
        .layer(SetResponseHeaderLayer::if_not_present(
            CACHE_CONTROL,
            HeaderValue::from_static("private, no-cache"),
        ))
        // A PDF's streams are compressed already: squeezing it again costs CPU for nothing.
        .layer(CompressionLayer::new().compress_when(
            DefaultPredicate::new().and(NotForContentType::const_new("application/pdf")),
        ));
    let request_timeout = state.request_timeout;
    let tls = state.secure_cookies;
    let router = Router::new()
        .route("/healthz", get(health::healthz))
        .route("/media/{course}/{lesson}/{file}", get(media::lesson_media))
        .merge(state.assets.routes())
        .merge(pages)
        .layer(DefaultBodyLimit::max(FORM_BODY_LIMIT))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            request_timeout,
        ))
        .with_state(state);
    security::headers(router, tls).layer(TraceLayer::new_for_http())
}
