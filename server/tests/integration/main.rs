//! The integration tests, in one test binary: each module talks HTTP to the real router,
//! served in this process on a free port, against a database of its own (SQLite or the
//! PostgreSQL at 127.0.0.1:5432). Tests of the process itself (its log, SIGTERM, SIGKILL,
//! the command line, start-up failures) run the real `tifawt` binary
//! ([`support::TestServer::spawn_with`], [`support::run_cli`]).
//!
//! A test that runs on both databases is two tests, `name::sqlite` and `name::postgres`
//! (see [`backends!`]): `cargo test -p tifawt-server --test integration sqlite` runs the
//! SQLite half alone, `… progress::quizzes_are_scored_kept_and_counted_once::postgres` one.

/// `backends! { fn name(backend) { … } }`: the body, a test on each database, as the
/// tests `name::sqlite` and `name::postgres`, so a failure names its database and each can
/// run alone. `backend` is a [`support::Backend`].
macro_rules! backends {
    ($(#[$attr:meta])* fn $name:ident($backend:ident) $body:block) => {
        $(#[$attr])*
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            fn on($backend: $crate::support::Backend) $body

            #[test]
            fn sqlite() {
                on($crate::support::Backend::Sqlite);
            }

            #[test]
            fn postgres() {
                on($crate::support::Backend::Postgres);
            }
        }
    };
}

mod support;

mod accounts;
mod assistant;
mod backup;
mod caches;
mod cv;
mod http;
mod learner_data;
mod progress;
mod reload;
mod reports;
mod robustness;
mod snapshots;
