//! Signing in and staying signed in: sessions stored in the database, anti-forgery tokens
//! and sign-in rate limiting.

pub mod csrf;
pub mod device;
pub mod session;
pub mod throttle;

/// 32 random bytes, URL-safe base64: a session token or an anti-forgery token.
pub fn random_token() -> String {
    use base64::Engine;
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// What the database keeps of a token from a cookie: its SHA-256 (hex), so a copy of the
/// database opens no session.
pub fn token_hash(token: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
