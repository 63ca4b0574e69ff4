//! Demo accounts for trying Tifawt: a centre, a cohort, an admin, a facilitator and a
//! learner, created on an empty database by `serve --demo` (the README's run command).
//! Their passwords are public, so a production server never passes `--demo`.

use super::{password, store, Name, Username};
use sea_orm::{DatabaseConnection, TransactionTrait};
use tifawt_app::i18n::Locale;
use tifawt_app::viewer::Role;

pub struct DemoAccount {
    pub role: Role,
    pub username: &'static str,
    pub password: &'static str,
}

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
    let centre = store::create_centre(&txn, &name("Dar Taliba Demo"), Locale::Ar)
        .await?
        .ok_or_else(|| anyhow::anyhow!("a centre named Dar Taliba Demo already exists"))?;
    let cohort = store::create_cohort(&txn, centre.id, &name("Groupe 1"))
        .await?
        .ok_or_else(|| anyhow::anyhow!("the demo cohort already exists"))?;
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
