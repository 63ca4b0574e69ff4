//! The interface languages and how a request picks one.
//!
//! The language of a page is the first segment of its path (`/ar/…`, `/zgh/…`, `/fr/…`),
//! so every page has one address per language, which `hreflang` links point to. A path
//! without a language is redirected to the negotiated one: the remembered choice (a
//! cookie), then the browser's `Accept-Language`, then the configured default.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Locale {
    /// Arabic, written right to left.
    Ar,
    /// Standard Moroccan Tamazight in Tifinagh.
    Zgh,
    /// Standard Moroccan Tamazight in Latin script, made from the Tifinagh (see
    /// [`crate::tifinagh`]) unless an author wrote it: screen readers can say it.
    ZghLatn,
    /// French.
    Fr,
}

/// The name of the cookie that remembers the last language a visitor read in.
pub const LOCALE_COOKIE: &str = "tifawt_lang";

impl Locale {
    pub const ALL: [Locale; 4] = [Locale::Ar, Locale::Zgh, Locale::ZghLatn, Locale::Fr];

    /// The BCP 47 tag used in URLs, `lang` attributes and file names.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::Ar => "ar",
            Locale::Zgh => "zgh",
            Locale::ZghLatn => "zgh-Latn",
            Locale::Fr => "fr",
        }
    }

    /// The language's name for itself, as a language menu shows it. The two scripts of
    /// Tamazight say which is which (a screen reader cannot tell "ⵜⴰⵎⴰⵣⵉⵖⵜ" from "Tamaziɣt"
    /// by ear otherwise: it reads the first as letter names).
    pub fn own_name(self) -> &'static str {
        match self {
            Locale::Ar => "العربية",
            Locale::Zgh => "ⵜⴰⵎⴰⵣⵉⵖⵜ",
            Locale::ZghLatn => "Tamaziɣt (Latin)",
            Locale::Fr => "Français",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// Maps a language tag a browser may send to one of ours, by its primary subtag.
    /// Other Amazigh languages (Central Atlas `tzm`, Tachelhit `shi`, Tarifit `rif`,
    /// generic `ber`) read Standard Moroccan Tamazight, so they get `zgh`, in Latin script
    /// when the tag asks for it (`tzm-Latn`).
    fn from_accept_tag(tag: &str) -> Option<Locale> {
        let mut subtags = tag.split(['-', '_']).map(str::to_ascii_lowercase);
        let primary = subtags.next()?;
        match primary.as_str() {
            "ar" => Some(Locale::Ar),
            "fr" => Some(Locale::Fr),
            "zgh" | "tzm" | "shi" | "rif" | "ber" if subtags.any(|s| s == "latn") => {
                Some(Locale::ZghLatn)
            }
            "zgh" | "tzm" | "shi" | "rif" | "ber" => Some(Locale::Zgh),
            _ => None,
        }
    }

    /// The writing direction, for the `dir` attribute.
    pub fn dir(self) -> &'static str {
        match self {
            Locale::Ar => "rtl",
            Locale::Zgh | Locale::ZghLatn | Locale::Fr => "ltr",
        }
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// The language a path starts with: `/zgh/courses` → `zgh`.
pub fn locale_of_path(path: &str) -> Option<Locale> {
    path.trim_start_matches('/')
        .split('/')
        .next()
        .and_then(Locale::from_tag)
}

/// Picks the interface language of a request that has none in its path.
pub fn negotiate(cookie: Option<&str>, accept_language: Option<&str>, default: Locale) -> Locale {
    cookie
        .and_then(Locale::from_tag)
        .or_else(|| accept_language.and_then(best_accepted))
        .unwrap_or(default)
}

/// The value of one cookie in a `Cookie` header.
pub fn cookie_value<'a>(cookie_header: &'a str, name: &str) -> Option<&'a str> {
    cookie_header.split(';').find_map(|pair| {
        let (key, value) = pair.trim().split_once('=')?;
        (key == name).then_some(value)
    })
}

/// The most preferred of our languages in an `Accept-Language` header (RFC 9110 §12.5.4).
fn best_accepted(header: &str) -> Option<Locale> {
    let mut best: Option<(u16, Locale)> = None;
    for item in header.split(',') {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or("").trim();
        let quality = parts
            .find_map(|p| p.trim().strip_prefix("q="))
            .map_or(Some(1000), parse_quality);
        let (Some(quality), Some(locale)) = (quality, Locale::from_accept_tag(tag)) else {
            continue;
        };
        // Strictly greater: among equal weights the first listed wins.
        if quality > 0 && best.is_none_or(|(q, _)| quality > q) {
            best = Some((quality, locale));
        }
    }
    best.map(|(_, locale)| locale)
}

/// A quality value as thousandths, so that `0.8` and `0.80` compare equal.
fn parse_quality(value: &str) -> Option<u16> {
    let value: f32 = value.trim().parse().ok()?;
    (0.0..=1.0)
        .contains(&value)
        .then(|| (value * 1000.0).round() as u16)
}

#[cfg(feature = "ssr")]
pub use translate::Translator;

#[cfg(feature = "ssr")]
mod translate {
    use super::Locale;
    use fluent_templates::fluent_bundle::concurrent::FluentBundle;
    use fluent_templates::fluent_bundle::{FluentArgs, FluentResource, FluentValue};
    use fluent_templates::{LanguageIdentifier, Loader};
    use std::borrow::Cow;
    use std::collections::HashMap;
    use std::sync::LazyLock;

    fluent_templates::static_loader! {
        static LOCALES = {
            locales: "../locales",
            fallback_language: "fr",
        };
    }

    static IDS: LazyLock<[LanguageIdentifier; 4]> = LazyLock::new(|| {
        Locale::ALL.map(|l| l.tag().parse().expect("our language tags are valid BCP 47"))
    });

    /// The Tamazight interface in Latin script: every `locales/zgh/*.ftl` file (listed by
    /// `build.rs`) written in Latin letters, then parsed, once. Only the text changes: Fluent
    /// ids, variables and syntax are ASCII, which the transliteration keeps.
    static LATIN: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| {
        const TAMAZIGHT_FILES: &[&str] = include!(concat!(env!("OUT_DIR"), "/tamazight_ftl.rs"));
        let mut bundle = FluentBundle::new_concurrent(vec![Locale::ZghLatn
            .tag()
            .parse()
            .expect("zgh-Latn is valid BCP 47")]);
        for source in TAMAZIGHT_FILES {
            let resource = FluentResource::try_new(ftl_in_latin(source))
                .expect("the Tamazight .ftl files parse (a test checks), and so do they in Latin");
            bundle
                .add_resource(resource)
                .expect("message ids are unique across the Tamazight .ftl files");
        }
        bundle
    });

    /// A Fluent file with its text in Latin script; each message and attribute value starts
    /// a sentence (so "ⴽⵛⵎ" becomes "Kcm").
    pub(super) fn ftl_in_latin(source: &str) -> String {
        let mut latin = crate::tifinagh::ToLatin::new();
        let mut out = String::with_capacity(source.len() + source.len() / 4);
        for line in source.split_inclusive('\n') {
            match line.split_once('=') {
                Some((id, value)) if is_entry_id(id) => {
                    out.push_str(id);
                    out.push('=');
                    latin.start_sentence();
                    latin.push(value, &mut out);
                }
                _ => latin.push(line, &mut out),
            }
        }
        out
    }

    /// `key `, `-term ` or `    .attribute `: the left of a line that starts a message value.
    fn is_entry_id(left: &str) -> bool {
        let id = left.trim();
        let id = id
            .strip_prefix('-')
            .or_else(|| id.strip_prefix('.'))
            .unwrap_or(id);
        !id.is_empty()
            && id.starts_with(|c: char| c.is_ascii_alphabetic())
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    }

    /// Looks up interface strings in one language. Every key exists in every language
    /// (a test checks), so a lookup never falls back at run time.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Translator(pub Locale);

    impl Translator {
        fn id(self) -> &'static LanguageIdentifier {
            &IDS[Locale::ALL.iter().position(|l| *l == self.0).unwrap_or(0)]
        }

        pub fn t(self, key: &str) -> String {
            match self.0 {
                Locale::ZghLatn => latin(key, None),
                _ => LOCALES.lookup(self.id(), key),
            }
        }

        /// A message with arguments, e.g. `t_with("lesson-minutes", &[("count", 8.into())])`.
        pub fn t_with(self, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
            if self.0 == Locale::ZghLatn {
                let mut fluent_args = FluentArgs::new();
                for (name, value) in args {
                    fluent_args.set(*name, value.clone());
                }
                return latin(key, Some(&fluent_args));
            }
            let args: HashMap<Cow<'static, str>, FluentValue<'static>> = args
                .iter()
                .map(|(name, value)| (Cow::Borrowed(*name), value.clone()))
                .collect();
            LOCALES.lookup_with_args(self.id(), key, &args)
        }
    }

    /// A message (or `message.attribute`) of the Latin interface. A key it lacks (a test
    /// checks there is none) comes back as the key itself rather than failing the page.
    fn latin(key: &str, args: Option<&FluentArgs>) -> String {
        let (id, attribute) = match key.split_once('.') {
            Some((id, attribute)) => (id, Some(attribute)),
            None => (key, None),
        };
        let pattern = LATIN.get_message(id).and_then(|message| match attribute {
            Some(name) => message.get_attribute(name).map(|a| a.value()),
            None => message.value(),
        });
        match pattern {
            Some(pattern) => LATIN
                .format_pattern(pattern, args, &mut Vec::new())
                .into_owned(),
            None => key.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
        }
        assert_eq!(Locale::from_tag("en"), None);
        assert_eq!(
            Locale::from_tag("AR"),
            None,
            "URL tags are as BCP 47 writes them"
        );
        assert_eq!(Locale::from_tag("zgh-Latn"), Some(Locale::ZghLatn));
        assert_eq!(Locale::from_tag("zgh-latn"), None);
    }

    #[test]
    fn only_arabic_is_right_to_left() {
        assert_eq!(Locale::Ar.dir(), "rtl");
        assert_eq!(Locale::Zgh.dir(), "ltr");
        assert_eq!(Locale::ZghLatn.dir(), "ltr");
        assert_eq!(Locale::Fr.dir(), "ltr");
    }

    #[test]
    fn cookie_wins_over_accept_language_and_default() {
        assert_eq!(
            negotiate(Some("zgh"), Some("fr-FR,fr;q=0.9"), Locale::Ar),
            Locale::Zgh
        );
    }

    #[test]
    fn unknown_cookie_is_ignored() {
        assert_eq!(negotiate(Some("xx"), Some("fr"), Locale::Ar), Locale::Fr);
    }

    #[test]
    fn accept_language_respects_quality_values() {
        assert_eq!(
            negotiate(None, Some("en;q=1, fr;q=0.5, ar-MA;q=0.8"), Locale::Zgh),
            Locale::Ar
        );
        assert_eq!(
            negotiate(None, Some("fr-FR,fr;q=0.9,en;q=0.8"), Locale::Ar),
            Locale::Fr
        );
        assert_eq!(
            negotiate(None, Some("ar;q=0, fr;q=0.1"), Locale::Zgh),
            Locale::Fr
        );
    }

    #[test]
    fn equal_weights_keep_the_listed_order() {
        assert_eq!(negotiate(None, Some("zgh, ar"), Locale::Fr), Locale::Zgh);
    }

    #[test]
    fn amazigh_languages_map_to_standard_tamazight() {
        for tag in ["tzm", "shi-MA", "rif", "ber", "zgh-Tfng"] {
            assert_eq!(negotiate(None, Some(tag), Locale::Fr), Locale::Zgh, "{tag}");
        }
        for tag in ["zgh-Latn", "tzm-Latn-MA", "shi_latn"] {
            assert_eq!(
                negotiate(None, Some(tag), Locale::Fr),
                Locale::ZghLatn,
                "{tag}"
            );
        }
        assert_eq!(
            negotiate(Some("zgh-Latn"), None, Locale::Fr),
            Locale::ZghLatn
        );
    }

    #[test]
    fn default_applies_when_nothing_matches_or_header_is_garbage() {
        assert_eq!(negotiate(None, None, Locale::Ar), Locale::Ar);
        assert_eq!(
            negotiate(None, Some("en-GB, de;q=0.5"), Locale::Ar),
            Locale::Ar
        );
        assert_eq!(
            negotiate(None, Some(";;q=x,,fr;q=2"), Locale::Zgh),
            Locale::Zgh
        );
    }

    #[test]
    fn cookie_values_are_found_among_others() {
        let header = "a=1; tifawt_lang=ar; b=2";
        assert_eq!(cookie_value(header, LOCALE_COOKIE), Some("ar"));
        assert_eq!(cookie_value(header, "missing"), None);
    }
}

#[cfg(all(test, feature = "ssr"))]
mod translation_tests {
    use super::{Locale, Translator};

    fn lessons(locale: Locale, count: u32) -> String {
        Translator(locale)
            .t_with("course-lessons", &[("count", count.into())])
            .replace(['\u{2068}', '\u{2069}'], "")
    }

    #[test]
    fn arabic_uses_its_six_plural_forms() {
        assert_eq!(lessons(Locale::Ar, 0), "لا دروس");
        assert_eq!(lessons(Locale::Ar, 1), "درس واحد");
        assert_eq!(lessons(Locale::Ar, 2), "درسان");
        assert_eq!(lessons(Locale::Ar, 3), "3 دروس");
        assert_eq!(lessons(Locale::Ar, 11), "11 درسًا");
        assert_eq!(lessons(Locale::Ar, 100), "100 درس");
    }

    #[test]
    fn french_and_tamazight_counts_read_right() {
        assert_eq!(lessons(Locale::Fr, 1), "1 leçon");
        assert_eq!(lessons(Locale::Fr, 2), "2 leçons");
        for count in [1, 2, 11] {
            assert_eq!(lessons(Locale::Zgh, count), format!("ⵜⵉⵎⵙⵉⵔⵉⵏ: {count}"));
        }
    }

    #[test]
    fn each_language_names_itself() {
        let names = Locale::ALL.map(Locale::own_name);
        assert_eq!(
            names,
            ["العربية", "ⵜⴰⵎⴰⵣⵉⵖⵜ", "Tamaziɣt (Latin)", "Français"]
        );
    }

    #[test]
    fn the_latin_interface_is_the_tamazight_one_in_latin_letters() {
        assert_eq!(
            lessons(Locale::ZghLatn, 3),
            "Timsirin: 3",
            "a message starts a sentence"
        );
        // Every message, with the same variables: made from the same file.
        let sign_in = Translator(Locale::ZghLatn).t("sign-in");
        assert_eq!(
            sign_in,
            crate::tifinagh::to_latin(&Translator(Locale::Zgh).t("sign-in"))
        );
        assert!(!crate::tifinagh::has_tifinagh(&sign_in), "{sign_in}");
        // A proper noun inside a message keeps its capital: it is a reference to the
        // message that holds it, which starts a sentence.
        let title = Translator(Locale::ZghLatn)
            .t_with("page-title", &[("page", "Azul".into())])
            .replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(title, "Azul — Tifawt");
    }

    #[test]
    fn fluent_syntax_survives_the_transliteration() {
        let source = "# ⴰⵙⵏⵉⵍ\nkey = ⴰⵣⵓⵍ { $name }. ⵎⴰⵏⵉⴽ?\n    .label = ⴽⵛⵎ\nmulti =\n    ⴰⵣⵓⵍ\n    ⴼⵍⵍⴰⴽ\n";
        assert_eq!(
            super::translate::ftl_in_latin(source),
            "# Asnil\nkey = Azul { $name }. Manik?\n    .label = Kcm\nmulti =\n    Azul\n    fllak\n"
        );
    }
}
