//! `/healthz`: for load balancers and monitoring; 503 when the database is unreachable.
//! It also says whether the AI assistant answers.

use super::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::Serialize;

#[derive(Serialize)]
pub struct Health {
    status: &'static str,
    database: &'static str,
    courses: usize,
    /// The AI assistant: `off` (not set up), `ok` or `unreachable`. Pages work without it,
    /// so it does not make the server unhealthy.
    assistant: &'static str,
}

pub async fn healthz(State(state): State<AppState>) -> (StatusCode, Json<Health>) {
    let (database, assistant) = tokio::join!(state.db.ping(), state.assistant.health());
    let database_ok = database.is_ok();
    let status = if database_ok {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let health = Health {
        status: if database_ok { "ok" } else { "unavailable" },
        database: if database_ok { "ok" } else { "unreachable" },
        courses: state.site.catalog.current().courses.len(),
        assistant,
    };
    (status, Json(health))
}
