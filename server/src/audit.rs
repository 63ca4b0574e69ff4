//! The audit log of staff actions: accounts created, passwords reset, learners imported,
//! a learner's data exported or erased, demo accounts removed. Kept in the database, read
//! by admins on `/{lang}/admin/audit`. A row is written in the same transaction as the
//! action it records wherever the action is one; it never holds a password.
//!
//! The actor's username is kept with their id, so the row still says who acted after the
//! actor's account is gone (the id then becomes NULL). NULL for both: the command line.
//! The subject's username is kept too, also after an erasure: the log is the record that
//! the erasure was done, and holds nothing else about the person (no name, no progress).

use crate::db::entities::audit_log;
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DbErr, EntityTrait, QueryOrder, QuerySelect, Set,
};
pub use tifawt_app::accounts::AuditAction as Action;
use tifawt_app::viewer::Viewer;

/// Who acted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    pub user_id: Option<i32>,
    pub username: Option<String>,
}

impl Actor {
    /// `tifawt users …` on the server.
    pub fn command_line() -> Actor {
        Actor {
            user_id: None,
            username: None,
        }
    }

    pub fn of(viewer: &Viewer) -> Actor {
        Actor {
            user_id: Some(viewer.user_id),
            username: Some(viewer.username.clone()),
        }
    }
}

/// One action to record.
pub struct Entry<'a> {
    pub action: Action,
    pub centre_id: Option<i32>,
    pub subject: Option<&'a str>,
    /// A small JSON object (`{"count": 12}`, `{"format": "csv"}`); never a password.
    pub details: serde_json::Value,
}

pub async fn record<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    entry: Entry<'_>,
) -> Result<(), DbErr> {
    audit_log::ActiveModel {
        at: Set(Utc::now()),
        actor_user_id: Set(actor.user_id),
        actor_username: Set(actor.username.clone()),
        action: Set(entry.action.code().to_string()),
        centre_id: Set(entry.centre_id),
        subject_username: Set(entry.subject.map(str::to_string)),
        details: Set(entry.details.to_string()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The newest `limit` rows, newest first.
pub async fn recent<C: ConnectionTrait>(
    db: &C,
    limit: u64,
) -> Result<Vec<audit_log::Model>, DbErr> {
    audit_log::Entity::find()
        .order_by_desc(audit_log::Column::At)
        .order_by_desc(audit_log::Column::Id)
        .limit(limit)
        .all(db)
        .await
}
