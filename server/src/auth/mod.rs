//! Signing in and staying signed in: sessions stored in the database, anti-forgery tokens
//! and sign-in rate limiting.

pub mod csrf;
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
