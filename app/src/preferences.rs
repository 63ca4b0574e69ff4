//! Display preferences a visitor can change before signing in, kept in cookies.

use serde::{Deserialize, Serialize};

/// The name of the cookie that remembers the text size.
pub const TEXT_SIZE_COOKIE: &str = "tifawt_text_size";

/// How large the page's text is, applied as `data-text-size` on `<html>`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    Larger,
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Normal, TextSize::Large, TextSize::Larger];

    pub fn as_str(self) -> &'static str {
        match self {
            TextSize::Normal => "normal",
            TextSize::Large => "large",
            TextSize::Larger => "larger",
        }
    }

    pub fn parse(value: &str) -> Option<TextSize> {
        TextSize::ALL.into_iter().find(|s| s.as_str() == value)
    }
}

/// A `Set-Cookie` value that remembers a preference for a year on this computer.
pub fn preference_cookie(name: &str, value: &str) -> String {
    format!("{name}={value}; Path=/; Max-Age=31536000; SameSite=Lax")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_sizes_round_trip_and_reject_others() {
        for size in TextSize::ALL {
            assert_eq!(TextSize::parse(size.as_str()), Some(size));
        }
        assert_eq!(TextSize::parse("huge"), None);
    }
}
