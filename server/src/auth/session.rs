//! Sessions: a random token in an `HttpOnly` cookie, its SHA-256 in the database. Signing in
//! always makes a new session (no fixation); a session ends on sign-out, on a password
//! reset, or after the idle time without a request.

use super::{random_token, token_hash};
use crate::db::cache::Cache;
use crate::db::entities::{session, user};
use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
};
use std::sync::Arc;

/// The cookie holding the session token.
pub const SESSION_COOKIE: &str = "tifawt_session";

/// How often `last_seen_at` is written: not on every request, to spare the database.
const TOUCH_EVERY: Duration = Duration::seconds(60);

/// A new session for `user_id`: returns the token for the cookie.
pub async fn create<C: ConnectionTrait>(db: &C, user_id: i32) -> Result<String, DbErr> {
    let token = random_token();
    let now = Utc::now();
    session::ActiveModel {
        id: Set(token_hash(&token)),
        user_id: Set(user_id),
        csrf_token: Set(random_token()),
        created_at: Set(now),
        last_seen_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// A session that is signed in: what a request needs of it, as kept between requests.
#[derive(Clone, Debug)]
pub struct Active {
    pub user: Arc<user::Model>,
    pub csrf_token: Arc<str>,
    /// When the database last recorded activity (after this lookup's own touch, if any).
    seen_at: DateTime<Utc>,
}

/// What a session cookie turned out to be.
pub enum Lookup {
    Active(Active),
    /// It existed but was idle too long; it is deleted now.
    Expired,
    Unknown,
}

/// Signed-in sessions by token hash, kept until sessions or people change in the database
/// (`db::changes::Scope::People`).
pub type SessionCache = Cache<String, Active>;

/// The session of `token` (as [`lookup_hash`] finds it), answered from `cache` while no
/// session or person changed in the database (`epoch`, that scope's count from
/// `db::changes`, taken before any read) and the session's recorded activity is less than
/// [`TOUCH_EVERY`] old. Within that time the database would say the same: the session
/// cannot have been idle for the idle time (a minute at least), and it needs no touch. A
/// sign-out, a password reset or an erasure is a change, so it ends the cached session
/// too, on every server (see `db::changes`).
pub async fn lookup<C: ConnectionTrait>(
    db: &C,
    epoch: Option<u64>,
    cache: &SessionCache,
    token: &str,
    idle: Duration,
    now: DateTime<Utc>,
) -> Result<Lookup, DbErr> {
    let id = token_hash(token);
    if let Some(active) = cache.get(epoch, &id) {
        let since = now - active.seen_at;
        if since >= Duration::zero() && since < TOUCH_EVERY {
            return Ok(Lookup::Active(active));
        }
    }
    let found = lookup_hash(db, id.clone(), idle, now).await?;
    if let Lookup::Active(active) = &found {
        cache.put(epoch, id, active.clone());
    }
    Ok(found)
}

/// Finds the session whose token hashes to `id`, ends it if idle longer than `idle`, and
/// records the activity otherwise.
async fn lookup_hash<C: ConnectionTrait>(
    db: &C,
    id: String,
    idle: Duration,
    now: DateTime<Utc>,
) -> Result<Lookup, DbErr> {
    let Some((found, Some(user))) = session::Entity::find_by_id(id.clone())
        .find_also_related(user::Entity)
        .one(db)
        .await?
    else {
        return Ok(Lookup::Unknown);
    };
    if now - found.last_seen_at > idle {
        session::Entity::delete_by_id(id).exec(db).await?;
        return Ok(Lookup::Expired);
    }
    let mut seen_at = found.last_seen_at;
    if now - seen_at > TOUCH_EVERY {
        session::Entity::update_many()
            .col_expr(
                session::Column::LastSeenAt,
                sea_orm::sea_query::Expr::value(now),
            )
            .filter(session::Column::Id.eq(id))
            .exec(db)
            .await?;
        seen_at = now;
    }
    Ok(Lookup::Active(Active {
        user: Arc::new(user),
        csrf_token: found.csrf_token.into(),
        seen_at,
    }))
}

/// Ends the session of `token`, if any.
pub async fn delete<C: ConnectionTrait>(db: &C, token: &str) -> Result<(), DbErr> {
    session::Entity::delete_by_id(token_hash(token))
        .exec(db)
        .await?;
    Ok(())
}

/// Marks the session as active now (the "stay signed in" button).
pub async fn keep_alive<C: ConnectionTrait>(db: &C, token: &str) -> Result<(), DbErr> {
    session::Entity::update_many()
        .col_expr(
            session::Column::LastSeenAt,
            sea_orm::sea_query::Expr::value(Utc::now()),
        )
        .filter(session::Column::Id.eq(token_hash(token)))
        .exec(db)
        .await?;
    Ok(())
}

/// Deletes sessions idle longer than `idle` (run now and then; lookups also expire them).
pub async fn delete_expired<C: ConnectionTrait>(db: &C, idle: Duration) -> Result<u64, DbErr> {
    let result = session::Entity::delete_many()
        .filter(session::Column::LastSeenAt.lt(Utc::now() - idle))
        .exec(db)
        .await?;
    Ok(result.rows_affected)
}

#[cfg(test)]
mod tests {
    use super::token_hash;

    #[test]
    fn stores_a_hash_never_the_token() {
        let hash = token_hash("abc");
        assert_eq!(hash.len(), 64);
        assert_eq!(
            hash,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
