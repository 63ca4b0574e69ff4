//! `/healthz`: for load balancers and monitoring; 503 when the database is unreachable.

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
}

pub async fn healthz(State(state): State<AppState>) -> (StatusCode, Json<Health>) {
    let database_ok = state.db.ping().await.is_ok();
    let status = if database_ok {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let health = Health {
        status: if database_ok { "ok" } else { "unavailable" },
        database: if database_ok { "ok" } else { "unreachable" },
        courses: state.site.catalog.current().courses.len(),
    };
    (status, Json(health))
}
