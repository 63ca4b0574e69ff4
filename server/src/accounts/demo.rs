//! Demo accounts for trying Tifawt: a centre, a cohort, an admin, a facilitator and a
//! learner, created on an empty database by `serve --demo` (the README's run command).
//! Their passwords are public, so a production server never passes `--demo`.

use super::{password, store, Name, Username};
use anyhow::Context;
use sea_orm::{DatabaseConnection, TransactionTrait};
use tifawt_app::i18n::Locale;
use tifawt_app::viewer::Role;

pub struct DemoAccount {
    pub role: Role,
    pub username: &'static str,
    pub password: &'static str,
}

const DEMO_CENTRE: &str = "Dar Taliba Demo";

pub const DEMO_ACCOUNTS: [DemoAccount; 3] = [
    DemoAccount {
        role: Role::Learner,
        username: "demo.learner",
        password: "learner-demo-2026",
    },
    DemoAccount {
        role: Role::Facilitator,
        username: "demo.facilitator",
        password: "facilitator-demo-2026",
    },
    DemoAccount {
        role: Role::Admin,
        username: "demo.admin",
        password: "admin-demo-2026",
    },
];

/// Creates the demo accounts when nobody has an account yet. Returns whether it did.
pub async fn create_if_empty(db: &DatabaseConnection) -> anyhow::Result<bool> {
    if store::count_users(db).await? > 0 {
        return Ok(false);
    }
    let mut hashes = Vec::new();
    for account in &DEMO_ACCOUNTS {
        hashes.push(password::hash(account.password).await?);
    }
    let txn = db.begin().await?;
    let name = |s: &str| Name::parse(s).expect("demo names are valid");
    let centre = store::create_centre(&txn, &name(DEMO_CENTRE), Locale::Ar)
        .await
        .context("cannot create the centre Dar Taliba Demo")?;
    let cohort = store::create_cohort(&txn, centre.id, &name("Groupe 1"))
        .await
        .context("cannot create the demo cohort")?;
    let display_names = ["Fatima Demo", "Youssef Demo", "Admin Demo"];
    for ((account, hash), display_name) in DEMO_ACCOUNTS.iter().zip(hashes).zip(display_names) {
        let new = store::NewUser {
            username: Username::parse(account.username).expect("demo usernames are valid"),
            display_name: name(display_name),
            role: account.role,
            centre_id: (account.role != Role::Admin).then_some(centre.id),
            cohort_id: (account.role == Role::Learner).then_some(cohort.id),
        };
        store::create_user(&txn, &new, hash).await?;
    }
    txn.commit().await?;
    Ok(true)
}

/// The demo accounts that still sign in with their public password: a server that was
/// started once with `--demo` and then put into production keeps them, and anyone who read
/// the README could sign in as an admin.
pub async fn still_open(db: &DatabaseConnection) -> anyhow::Result<Vec<&'static str>> {
    let mut open = Vec::new();
    for account in &DEMO_ACCOUNTS {
        if let Some(user) = store::find_by_username(db, account.username).await? {
            if password::verify(Some(user.password_hash), account.password).await {
                open.push(account.username);
            }
        }
    }
    Ok(open)
}

/// Removes the demo accounts with everything they did, and the demo centre when nobody else
/// belongs to it. The impact summary's daily counts are dropped, to be recounted from the
/// progress that remains when the server next starts. Returns how many accounts went.
pub async fn remove(db: &DatabaseConnection) -> anyhow::Result<u64> {
    use crate::db::entities::{centre, cohort, daily_activity, user};
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    let txn = db.begin().await?;
    let usernames = DEMO_ACCOUNTS.iter().map(|a| a.username);
    let removed = user::Entity::delete_many()
        .filter(user::Column::Username.is_in(usernames))
        .exec(&txn)
        .await?
        .rows_affected;
    if let Some(demo) = store::find_centre_by_name(&txn, DEMO_CENTRE).await? {
        let members = user::Entity::find()
            .filter(user::Column::CentreId.eq(demo.id))
            .count(&txn)
            .await?;
        if members == 0 {
            cohort::Entity::delete_many()
                .filter(cohort::Column::CentreId.eq(demo.id))
                .exec(&txn)
                .await?;
            centre::Entity::delete_by_id(demo.id).exec(&txn).await?;
        }
    }
    if removed > 0 {
        daily_activity::Entity::delete_many().exec(&txn).await?;
        let entry = crate::audit::Entry {
            action: crate::audit::Action::DemoRemoved,
            centre_id: None,
            subject: None,
            details: serde_json::json!({ "count": removed }),
        };
        crate::audit::record(&txn, &crate::audit::Actor::command_line(), entry).await?;
    }
    txn.commit().await?;
    Ok(removed)
}
