//! Display preferences: text size, colour theme and motion. Before sign-in they live in
//! cookies on this computer; a signed-in learner's choices are stored with their account and
//! restored on any computer.

use serde::{Deserialize, Serialize};

/// The name of the cookie that remembers the text size.
pub const TEXT_SIZE_COOKIE: &str = "tifawt_text_size";
/// The name of the cookie that remembers the colour theme.
pub const THEME_COOKIE: &str = "tifawt_theme";
/// The name of the cookie that remembers the motion preference.
pub const MOTION_COOKIE: &str = "tifawt_motion";

/// A closed set of choices, each with the word used in forms, cookies, the database and the
/// `data-*` attribute on `<html>`.
macro_rules! choice {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum $name {
            #[default]
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            pub fn parse(value: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|v| v.as_str() == value)
            }
        }
    };
}

choice! {
    /// How large the page's text is, applied as `data-text-size` on `<html>`.
    TextSize { Normal => "normal", Large => "large", Larger => "larger" }
}

choice! {
    /// The colours, applied as `data-theme`; `system` follows the computer's settings.
    Theme { System => "system", Light => "light", Dark => "dark", HighContrast => "high-contrast" }
}

choice! {
    /// Animations and smooth scrolling, applied as `data-motion`; `system` follows the
    /// computer's settings.
    Motion { System => "system", Reduce => "reduce" }
}

/// Every display preference of one visitor.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preferences {
    pub text_size: TextSize,
    pub theme: Theme,
    pub motion: Motion,
}

impl Preferences {
    /// The choices remembered on this computer, from a `Cookie` header's `value_of(name)`.
    pub fn from_cookies<'a>(value_of: impl Fn(&str) -> Option<&'a str>) -> Preferences {
        Preferences {
            text_size: value_of(TEXT_SIZE_COOKIE)
                .and_then(TextSize::parse)
                .unwrap_or_default(),
            theme: value_of(THEME_COOKIE)
                .and_then(Theme::parse)
                .unwrap_or_default(),
            motion: value_of(MOTION_COOKIE)
                .and_then(Motion::parse)
                .unwrap_or_default(),
        }
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
    fn choices_round_trip_and_reject_others() {
        for size in TextSize::ALL {
            assert_eq!(TextSize::parse(size.as_str()), Some(*size));
        }
        for theme in Theme::ALL {
            assert_eq!(Theme::parse(theme.as_str()), Some(*theme));
        }
        assert_eq!(Motion::parse("reduce"), Some(Motion::Reduce));
        assert_eq!(TextSize::parse("huge"), None);
        assert_eq!(Theme::default(), Theme::System);
    }
}
