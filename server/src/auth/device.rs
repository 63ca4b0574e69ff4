//! Browsers a person has signed in on. After a successful sign-in the browser keeps a
//! random token (`tifawt_device`, a year) and the database the pair (its SHA-256, the
//! person). Guesses at an account from elsewhere then cannot slow down its owner on a
//! browser they used before: OWASP's "device cookies" against online guessing. On a shared
//! centre computer the one browser is trusted for each person who signed in on it, each on
//! their own, and is still slowed for guesses at any of them.

use super::token_hash;
use crate::db::entities::trusted_device;
use chrono::Utc;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, Set};

/// The cookie holding the browser's device token.
pub const DEVICE_COOKIE: &str = "tifawt_device";

/// How long a browser keeps its device token: a year, in seconds.
pub const DEVICE_COOKIE_MAX_AGE: i64 = 365 * 24 * 3600;

/// Whether `user_id` has signed in on the browser whose token is `token`.
pub async fn is_trusted<C: ConnectionTrait>(
    db: &C,
    token: &str,
    user_id: i32,
) -> Result<bool, DbErr> {
    Ok(
        trusted_device::Entity::find_by_id((token_hash(token), user_id))
            .one(db)
            .await?
            .is_some(),
    )
}

/// Remembers that `user_id` signed in on the browser whose token is `token`.
pub async fn trust<C: ConnectionTrait>(db: &C, token: &str, user_id: i32) -> Result<(), DbErr> {
    trusted_device::Entity::insert(trusted_device::ActiveModel {
        device: Set(token_hash(token)),
        user_id: Set(user_id),
        created_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::columns([
            trusted_device::Column::Device,
            trusted_device::Column::UserId,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}
