//! Anti-forgery tokens. Every form carries a token that only this site's pages know: the
//! session's token once signed in, before that a random token in an `HttpOnly` cookie
//! (double submit). A POST whose token does not match is refused.

use subtle::ConstantTimeEq;

/// The cookie holding an anonymous visitor's token.
pub const CSRF_COOKIE: &str = "tifawt_csrf";

/// Whether a submitted token matches the expected one (in constant time).
pub fn matches(expected: &str, submitted: &str) -> bool {
    !expected.is_empty() && bool::from(expected.as_bytes().ct_eq(submitted.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn only_the_same_non_empty_token_matches() {
        assert!(matches("abc", "abc"));
        assert!(!matches("abc", "abd"));
        assert!(!matches("abc", ""));
        assert!(!matches("", ""));
    }
}
