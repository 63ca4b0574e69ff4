//! Sign-in throttling as OWASP's authentication guidance suggests: guesses are slowed with
//! growing delays, never locked out, and counted in the database, so every app server sees
//! the same counts.
//!
//! Three kinds of key, each with its own [`Budget`]:
//! - the **account**, for attempts from browsers its owner never signed in on: guessing one
//!   account stays slow whatever the number of addresses used;
//! - the **account on one trusted browser** (see [`super::device`]): its owner, on a
//!   computer they used before, is not slowed by guesses from elsewhere, and a classmate
//!   guessing on that same shared computer is slowed on their own key;
//! - the **address**: a whole centre shares one, so it is only slowed, and only far above
//!   what a class mistyping passwords does.
//!
//! An attempt is counted as a failure *before* the password is checked, by a compare-and-set
//! on the count, so parallel attempts get no more guesses than allowed; a right password
//! takes its count back.

use crate::db::entities::sign_in_throttle::{self, Column};
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};

/// How many failures a key may have before it is slowed, and how: the wait after the last
/// failure starts at `first_delay` and doubles with each further failure up to `max_delay`;
/// a key with no failure for `forget_after` starts again.
pub struct Budget {
    pub free: i32,
    pub first_delay: Duration,
    pub max_delay: Duration,
    pub forget_after: Duration,
    /// A right password clears the key's whole count (a trusted browser's), instead of
    /// taking back only its own attempt.
    pub cleared_by_success: bool,
}

/// One account from browsers its owner never used: 10 guesses, then waits of 1, 2, 4 … 60
/// minutes: at most 15 guesses in the first hour, then one an hour (38 in a day).
pub const ACCOUNT: Budget = Budget {
    free: 10,
    first_delay: Duration::minutes(1),
    max_delay: Duration::hours(1),
    forget_after: Duration::hours(24),
    cleared_by_success: false,
};

/// One account on one browser its owner signed in on: 5 guesses, then 30 s, 1 min … 1 h
/// (11 in the first hour).
pub const TRUSTED_DEVICE: Budget = Budget {
    free: 5,
    first_delay: Duration::seconds(30),
    max_delay: Duration::hours(1),
    forget_after: Duration::hours(24),
    cleared_by_success: true,
};

/// One address, every account: a class of 30 mistyping ten times each is 300; past that,
/// each failure waits 5 s, 10 s … at most a minute. Slowed, never locked.
pub const ADDRESS: Budget = Budget {
    free: 300,
    first_delay: Duration::seconds(5),
    max_delay: Duration::minutes(1),
    forget_after: Duration::hours(1),
    cleared_by_success: false,
};

impl Budget {
    /// How long an attempt must still wait, given a key's count and last failure.
    fn wait(&self, row: &sign_in_throttle::Model, now: DateTime<Utc>) -> Duration {
        if self.forgotten(row, now) || row.failures < self.free {
            return Duration::zero();
        }
        let doublings = (row.failures - self.free).clamp(0, 20) as u32;
        let delay = (self.first_delay * 2i32.pow(doublings)).min(self.max_delay);
        (row.last_failure_at + delay - now).max(Duration::zero())
    }

    fn forgotten(&self, row: &sign_in_throttle::Model, now: DateTime<Utc>) -> bool {
        now - row.last_failure_at >= self.forget_after
    }
}

/// A throttled key and its budget.
pub struct Key {
    pub name: String,
    pub budget: &'static Budget,
}

/// The keys an attempt counts against: its address, and the account — on its own, or on
/// this browser when its owner signed in on it before (`trusted_device`, the SHA-256 of the
/// browser's device token).
pub fn keys(username: &str, address: &str, trusted_device: Option<&str>) -> Vec<Key> {
    let username = username.trim().to_lowercase();
    let account = match trusted_device {
        Some(device) => Key {
            name: format!("device:{device}:{username}"),
            budget: &TRUSTED_DEVICE,
        },
        None => Key {
            name: format!("account:{username}"),
            budget: &ACCOUNT,
        },
    };
    vec![
        Key {
            name: format!("address:{address}"),
            budget: &ADDRESS,
        },
        account,
    ]
}

/// Whether an attempt may check its password now.
#[derive(Debug, PartialEq, Eq)]
pub enum Admission {
    /// Counted as a failure until [`forgive`] takes it back.
    Admitted,
    /// Not counted; try again after this long.
    Wait(Duration),
}

/// Counts the attempt against every key if each allows one now.
pub async fn admit<C: ConnectionTrait>(
    db: &C,
    keys: &[Key],
    now: DateTime<Utc>,
) -> Result<Admission, DbErr> {
    // Nothing is written for an attempt that must wait.
    let mut wait = Duration::zero();
    let mut rows = Vec::with_capacity(keys.len());
    for key in keys {
        let row = find(db, &key.name).await?;
        if let Some(row) = &row {
            wait = wait.max(key.budget.wait(row, now));
        }
        rows.push(row);
    }
    if wait > Duration::zero() {
        return Ok(Admission::Wait(wait));
    }
    for (key, row) in keys.iter().zip(rows) {
        if let Admission::Wait(wait) = count_one(db, key, row, now).await? {
            return Ok(Admission::Wait(wait));
        }
    }
    Ok(Admission::Admitted)
}

/// Adds one failure to `key` (whose row was just read as `row`), unless it must wait;
/// read again and retried until no parallel attempt changed the count in between.
async fn count_one<C: ConnectionTrait>(
    db: &C,
    key: &Key,
    mut row: Option<sign_in_throttle::Model>,
    now: DateTime<Utc>,
) -> Result<Admission, DbErr> {
    loop {
        let Some(current) = row else {
            let inserted = sign_in_throttle::Entity::insert(sign_in_throttle::ActiveModel {
                key: Set(key.name.clone()),
                failures: Set(1),
                last_failure_at: Set(now),
            })
            .on_conflict(OnConflict::column(Column::Key).do_nothing().to_owned())
            .exec_without_returning(db)
            .await?;
            if inserted == 1 {
                return Ok(Admission::Admitted);
            }
            row = find(db, &key.name).await?;
            continue;
        };
        let wait = key.budget.wait(&current, now);
        if wait > Duration::zero() {
            return Ok(Admission::Wait(wait));
        }
        let failures = if key.budget.forgotten(&current, now) {
            1
        } else {
            current.failures + 1
        };
        let updated = sign_in_throttle::Entity::update_many()
            .col_expr(Column::Failures, Expr::value(failures))
            .col_expr(Column::LastFailureAt, Expr::value(now))
            .filter(Column::Key.eq(key.name.clone()))
            .filter(Column::Failures.eq(current.failures))
            .exec(db)
            .await?;
        if updated.rows_affected == 1 {
            return Ok(Admission::Admitted);
        }
        row = find(db, &key.name).await?;
    }
}

/// The password was right: the attempt was no guess. Its browser's count for the account
/// starts again; the address's and the account's lose this attempt only (a guesser's
/// earlier failures still count).
pub async fn forgive<C: ConnectionTrait>(db: &C, keys: &[Key]) -> Result<(), DbErr> {
    for key in keys {
        // Not `std::ptr::eq(key.budget, &TRUSTED_DEVICE)`: each use of a `const` may be a
        // copy of its own, so that was false (release and debug builds alike) and a trusted
        // browser's count only lost one failure (found by scripts/soak.sh, docs/soak.md).
        if key.budget.cleared_by_success {
            sign_in_throttle::Entity::delete_by_id(key.name.clone())
                .exec(db)
                .await?;
        } else {
            sign_in_throttle::Entity::update_many()
                .col_expr(Column::Failures, Expr::col(Column::Failures).sub(1))
                .filter(Column::Key.eq(key.name.clone()))
                .filter(Column::Failures.gt(0))
                .exec(db)
                .await?;
        }
    }
    Ok(())
}

async fn find<C: ConnectionTrait>(
    db: &C,
    key: &str,
) -> Result<Option<sign_in_throttle::Model>, DbErr> {
    sign_in_throttle::Entity::find_by_id(key.to_string())
        .one(db)
        .await
}

/// Deletes keys that no budget remembers any more.
pub async fn delete_stale<C: ConnectionTrait>(db: &C) -> Result<u64, DbErr> {
    let longest = [&ACCOUNT, &TRUSTED_DEVICE, &ADDRESS]
        .iter()
        .map(|b| b.forget_after)
        .max()
        .unwrap_or(Duration::hours(24));
    let result = sign_in_throttle::Entity::delete_many()
        .filter(Column::LastFailureAt.lt(Utc::now() - longest))
        .exec(db)
        .await?;
    Ok(result.rows_affected)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(failures: i32, seconds_ago: i64, now: DateTime<Utc>) -> sign_in_throttle::Model {
        sign_in_throttle::Model {
            key: "k".into(),
            failures,
            last_failure_at: now - Duration::seconds(seconds_ago),
        }
    }

    /// Three failures counted on each key, then a right password: the trusted browser's
    /// count is gone, the account's and the address's lose one.
    #[tokio::test]
    async fn a_right_password_clears_a_trusted_browsers_count_only() {
        let dir = std::env::temp_dir().join(format!("tifawt-throttle-{}", std::process::id()));
        let db = crate::db::connect(&format!("sqlite://{}/t.db?mode=rwc", dir.display()))
            .await
            .expect("a database");
        let now = Utc::now();
        for trusted in [None, Some("browser")] {
            let keys = keys("amina", "10.0.0.1", trusted);
            for _ in 0..3 {
                assert_eq!(admit(&db, &keys, now).await.unwrap(), Admission::Admitted);
            }
            forgive(&db, &keys).await.unwrap();
        }
        let failures = |key: &'static str| {
            let db = &db;
            async move { find(db, key).await.unwrap().map(|row| row.failures) }
        };
        assert_eq!(failures("device:browser:amina").await, None);
        assert_eq!(failures("account:amina").await, Some(2));
        assert_eq!(failures("address:10.0.0.1").await, Some(4));
        db.close().await.ok();
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn delays_grow_after_the_free_guesses_and_are_forgotten_later() {
        let now = Utc::now();
        assert_eq!(ACCOUNT.wait(&row(9, 0, now), now), Duration::zero());
        assert_eq!(ACCOUNT.wait(&row(10, 0, now), now), Duration::minutes(1));
        assert_eq!(ACCOUNT.wait(&row(11, 30, now), now), Duration::seconds(90));
        assert_eq!(ACCOUNT.wait(&row(13, 0, now), now), Duration::minutes(8));
        assert_eq!(ACCOUNT.wait(&row(40, 0, now), now), Duration::hours(1));
        assert_eq!(ACCOUNT.wait(&row(400, 0, now), now), Duration::hours(1));
        assert_eq!(
            ACCOUNT.wait(&row(40, 24 * 3600, now), now),
            Duration::zero()
        );
        assert_eq!(ADDRESS.wait(&row(299, 0, now), now), Duration::zero());
        assert_eq!(ADDRESS.wait(&row(300, 0, now), now), Duration::seconds(5));
        assert_eq!(ADDRESS.wait(&row(9000, 0, now), now), Duration::minutes(1));
    }

    /// The figures the module's documentation states: guesses at one account in an hour,
    /// and in a day, by someone who always guesses as soon as allowed.
    #[test]
    fn guessing_one_account_stays_slow() {
        let guesses_within = |budget: &Budget, within: Duration| {
            let start = Utc::now();
            let mut state = row(0, 0, start);
            state.last_failure_at = start - Duration::days(2);
            let mut now = start;
            let mut guesses = 0;
            while now < start + within {
                now += budget.wait(&state, now);
                if now >= start + within {
                    break;
                }
                state.failures = if budget.forgotten(&state, now) {
                    1
                } else {
                    state.failures + 1
                };
                state.last_failure_at = now;
                guesses += 1;
            }
            guesses
        };
        assert_eq!(guesses_within(&ACCOUNT, Duration::hours(1)), 15);
        assert_eq!(guesses_within(&ACCOUNT, Duration::hours(24)), 38);
        assert_eq!(guesses_within(&TRUSTED_DEVICE, Duration::hours(1)), 11);
        // A whole address: slowed to about one a minute, never stopped.
        let address_day = guesses_within(&ADDRESS, Duration::hours(24));
        assert!((1700..1800).contains(&address_day), "{address_day}");
    }

    #[test]
    fn keys_follow_the_browser_and_ignore_case() {
        let names = |keys: Vec<Key>| keys.into_iter().map(|k| k.name).collect::<Vec<_>>();
        assert_eq!(
            names(keys(" Demo.Learner ", "10.0.0.1", None)),
            ["address:10.0.0.1", "account:demo.learner"]
        );
        assert_eq!(
            names(keys("demo.learner", "10.0.0.1", Some("abc"))),
            ["address:10.0.0.1", "device:abc:demo.learner"]
        );
    }
}
