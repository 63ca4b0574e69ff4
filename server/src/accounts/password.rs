//! Password hashing with Argon2id (the `argon2` crate's defaults follow OWASP: 19 MiB, two
//! passes). Hashing takes tens of milliseconds on purpose, so it runs off the async threads,
//! and no more at once than the machine has cores: a burst of sign-ins waits its turn
//! instead of taking every core and 19 MiB each.

use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;
use std::sync::LazyLock;
use tokio::sync::Semaphore;

/// One Argon2 computation per core at a time.
static HASHING: LazyLock<Semaphore> =
    LazyLock::new(|| Semaphore::new(std::thread::available_parallelism().map_or(2, |n| n.get())));

/// Runs `work` on a blocking thread once a core is free for it.
async fn on_a_free_core<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, tokio::task::JoinError> {
    // The semaphore is never closed.
    let _permit = HASHING.acquire().await;
    tokio::task::spawn_blocking(work).await
}

/// A PHC string (`$argon2id$v=19$…`) for storage.
pub async fn hash(password: &str) -> anyhow::Result<String> {
    let password = password.to_string();
    on_a_free_core(move || hash_now(&password)).await?
}

fn hash_now(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("cannot hash a password: {e}"))
}

/// Whether `password` matches `stored`. With no stored hash (unknown user) it still spends
/// the same time, so the answer's speed does not tell which usernames exist.
pub async fn verify(stored: Option<String>, password: &str) -> bool {
    let password = password.to_string();
    on_a_free_core(move || {
        let known = stored.is_some();
        let stored = stored.as_deref().unwrap_or(&DUMMY_HASH);
        let matches = PasswordHash::new(stored)
            .map(|parsed| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false);
        known && matches
    })
    .await
    .unwrap_or(false)
}

static DUMMY_HASH: LazyLock<String> =
    LazyLock::new(|| hash_now("no one has this password").expect("hashing a constant works"));

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn verifies_only_the_right_password() {
        let stored = hash("4821-7390-2215").await.unwrap();
        assert!(stored.starts_with("$argon2id$"));
        assert!(verify(Some(stored.clone()), "4821-7390-2215").await);
        assert!(!verify(Some(stored), "4821-7390-2216").await);
        assert!(!verify(None, "no one has this password").await);
        assert!(!verify(Some("not a hash".into()), "x").await);
    }
}
