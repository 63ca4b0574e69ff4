//! Sign-in rate limiting, stored in the database so every app server counts the same
//! failures. An account is locked for the rest of a 15-minute window after 5 failures;
//! an address after 100 (a whole centre often shares one address).

use crate::db::entities::sign_in_failure;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, EntityTrait, Set};

pub const WINDOW: Duration = Duration::minutes(15);
pub const MAX_PER_ACCOUNT: i32 = 5;
pub const MAX_PER_ADDRESS: i32 = 100;

/// What failures are counted against.
pub fn keys(username: &str, address: &str) -> [(String, i32); 2] {
    [
        (
            format!("user:{}", username.trim().to_lowercase()),
            MAX_PER_ACCOUNT,
        ),
        (format!("address:{address}"), MAX_PER_ADDRESS),
    ]
}

/// Minutes to wait if any key is locked now.
pub async fn locked_for<C: ConnectionTrait>(
    db: &C,
    keys: &[(String, i32)],
    now: DateTime<Utc>,
) -> Result<Option<i64>, DbErr> {
    let mut wait = None;
    for (key, limit) in keys {
        if let Some(row) = sign_in_failure::Entity::find_by_id(key.clone())
            .one(db)
            .await?
        {
            let ends = row.first_failure_at + WINDOW;
            if row.failures >= *limit && ends > now {
                let minutes = ((ends - now).num_seconds() + 59) / 60;
                wait = Some(wait.map_or(minutes, |w: i64| w.max(minutes)));
            }
        }
    }
    Ok(wait)
}

/// Counts one failure against every key (a new window when the last one is over).
pub async fn record_failure<C: ConnectionTrait>(
    db: &C,
    keys: &[(String, i32)],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    for (key, _) in keys {
        match sign_in_failure::Entity::find_by_id(key.clone())
            .one(db)
            .await?
        {
            Some(row) if row.first_failure_at + WINDOW > now => {
                let failures = row.failures + 1;
                let mut active: sign_in_failure::ActiveModel = row.into();
                active.failures = Set(failures);
                active.update(db).await?;
            }
            Some(row) => {
                let mut active: sign_in_failure::ActiveModel = row.into();
                active.failures = Set(1);
                active.first_failure_at = Set(now);
                active.update(db).await?;
            }
            None => {
                sign_in_failure::ActiveModel {
                    key: Set(key.clone()),
                    failures: Set(1),
                    first_failure_at: Set(now),
                }
                .insert(db)
                .await?;
            }
        }
    }
    Ok(())
}

/// A successful sign-in clears the account's count (not the address's).
pub async fn clear_account<C: ConnectionTrait>(db: &C, username: &str) -> Result<(), DbErr> {
    let [(key, _), _] = keys(username, "");
    sign_in_failure::Entity::delete_by_id(key).exec(db).await?;
    Ok(())
}

/// Deletes counts whose window is over.
pub async fn delete_stale<C: ConnectionTrait>(db: &C) -> Result<u64, DbErr> {
    use sea_orm::{ColumnTrait, QueryFilter};
    let result = sign_in_failure::Entity::delete_many()
        .filter(sign_in_failure::Column::FirstFailureAt.lt(Utc::now() - WINDOW))
        .exec(db)
        .await?;
    Ok(result.rows_affected)
}
