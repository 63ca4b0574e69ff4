//! Personal data is taken out of a text before it goes to the model: e-mail addresses,
//! phone numbers, identity-card numbers, street addresses, and the names and details the
//! platform knows belong to the learner. What was taken out is said to the learner.

use regex::{Regex, RegexBuilder};
use std::sync::LazyLock;

/// The kinds of personal data replaced, and the mark that takes their place (the model's
/// instructions say what the marks mean).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Removed {
    Email,
    Phone,
    IdNumber,
    Address,
    Name,
}

impl Removed {
    pub fn mark(self) -> &'static str {
        match self {
            Removed::Email => "[e-mail]",
            Removed::Phone => "[phone]",
            Removed::IdNumber => "[id-number]",
            Removed::Address => "[address]",
            Removed::Name => "[name]",
        }
    }

    /// The Fluent message naming this kind to the learner.
    pub fn message_id(self) -> &'static str {
        match self {
            Removed::Email => "assistant-removed-email",
            Removed::Phone => "assistant-removed-phone",
            Removed::IdNumber => "assistant-removed-id-number",
            Removed::Address => "assistant-removed-address",
            Removed::Name => "assistant-removed-name",
        }
    }
}

static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+").expect("a valid pattern"));
/// A run of at least eight digits, maybe with a leading `+` and spaces, dots, dashes or
/// brackets between them: Moroccan numbers (06 12 34 56 78, +212 6…) and others.
static PHONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\+?\(?\d[\d\s.\-()]{6,}\d").expect("a valid pattern"));
/// A Moroccan national identity card number (CIN): one or two letters, then digits.
static ID_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b[A-Z]{1,2}\d{5,6}\b").expect("a valid pattern"));
/// A street address: a number and a street word in French, or a street word in Arabic,
/// with what follows it up to the end of the line or a comma.
static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    RegexBuilder::new(
        r"(?:\b\d{1,4}\s*,?\s*(?:rue|avenue|av\.|bd|boulevard|derb|lot|lotissement|hay|quartier|résidence|immeuble)\b|(?:زنقة|شارع|درب|حي|تجزئة|إقامة)\s)[^,،\n]*",
    )
    .case_insensitive(true)
    .build()
    .expect("a valid pattern")
});

/// `text` with personal data replaced by marks, and the kinds replaced. `known` are the
/// learner's own details (name, username, a CV's contact fields): each is replaced where
/// it appears as a whole word, and so is each word of three letters or more of a name.
pub fn redact(text: &str, known: &[&str]) -> (String, Vec<Removed>) {
    let mut removed = Vec::new();
    let mut text = text.to_string();
    let mut replace =
        |pattern: &Regex, kind: Removed, text: &mut String, keep: &dyn Fn(&str) -> bool| {
            let replaced = pattern.replace_all(text, |found: &regex::Captures<'_>| {
                let found = &found[0];
                if keep(found) {
                    found.to_string()
                } else {
                    removed.push(kind);
                    kind.mark().to_string()
                }
            });
            *text = replaced.into_owned();
        };
    let never = |_: &str| false;
    replace(&EMAIL, Removed::Email, &mut text, &never);
    // Years and short counts are not phone numbers: fewer than eight digits are kept.
    replace(&PHONE, Removed::Phone, &mut text, &|found| {
        found.chars().filter(char::is_ascii_digit).count() < 8
    });
    replace(&ID_NUMBER, Removed::IdNumber, &mut text, &never);
    replace(&ADDRESS, Removed::Address, &mut text, &never);
    let mut words: Vec<&str> = known
        .iter()
        .map(|value| value.trim())
        .filter(|value| value.chars().count() >= 3)
        .collect();
    words.extend(
        known
            .iter()
            .flat_map(|value| value.split_whitespace())
            .filter(|word| word.chars().count() >= 3),
    );
    // The longest first, so a full name goes as one mark.
    words.sort_by_key(|word| std::cmp::Reverse(word.len()));
    words.dedup();
    for word in words {
        let pattern = RegexBuilder::new(&format!(r"\b{}\b", regex::escape(word)))
            .case_insensitive(true)
            .build();
        if let Ok(pattern) = pattern {
            replace(&pattern, Removed::Name, &mut text, &never);
        }
    }
    removed.sort();
    removed.dedup();
    (text, removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contact_details_are_replaced() {
        let (text, removed) = redact(
            "Écris à amal.idrissi@gmail.com ou au 06 12 34 56 78, ou +212 (0)6-98.76.54.32. \
             Ma CIN est JB123456. J'habite 12 rue des Palmiers, Tinghir.",
            &[],
        );
        assert_eq!(
            text,
            "Écris à [e-mail] ou au [phone], ou [phone]. Ma CIN est [id-number]. \
             J'habite [address], Tinghir."
        );
        assert_eq!(
            removed,
            [
                Removed::Email,
                Removed::Phone,
                Removed::IdNumber,
                Removed::Address
            ]
        );
    }

    #[test]
    fn arabic_addresses_and_numbers_are_replaced() {
        let (text, removed) = redact("أسكن في زنقة الأمل رقم 5، هاتفي 0612345678", &[]);
        assert_eq!(text, "أسكن في [address]، هاتفي [phone]");
        assert_eq!(removed, [Removed::Phone, Removed::Address]);
    }

    #[test]
    fn the_learners_own_names_are_replaced_in_any_case_and_script() {
        let (text, removed) = redact(
            "Je m'appelle Amal Idrissi. AMAL aime le code. Écris un CV pour idrissi. ⴰⵎⴰⵍ ⵜⵍⵍⴰ.",
            &["Amal Idrissi", "ⴰⵎⴰⵍ", "amal.i"],
        );
        assert_eq!(
            text,
            "Je m'appelle [name]. [name] aime le code. Écris un CV pour [name]. [name] ⵜⵍⵍⴰ."
        );
        assert_eq!(removed, [Removed::Name]);
    }

    #[test]
    fn ordinary_text_is_left_alone() {
        let text = "En 2024, 35 élèves de 16 ans ont écrit 3 prompts. Amalgame et rue: des mots.";
        assert_eq!(redact(text, &["Amal"]), (text.to_string(), vec![]));
    }
}
