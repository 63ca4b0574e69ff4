//! What a form post tells the page that shows it again: the values typed, and each mistake
//! as a translatable message tied to the field it is about.

use crate::i18n::Translator;
use std::borrow::Cow;

/// A message in the interface language: a Fluent key and its arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Message {
    pub fn new(key: &'static str) -> Message {
        Message {
            key,
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, value: impl ToString) -> Message {
        self.args.push((name, value.to_string()));
        self
    }

    pub fn text(&self, t: Translator) -> String {
        use fluent_templates::fluent_bundle::FluentValue;
        // Numbers as numbers, so that messages select their plural form ("une minute",
        // Arabic's six forms); anything that would not read back the same stays text.
        let value_of = |value: &String| match value.parse::<i64>() {
            Ok(number) if number.to_string() == *value => FluentValue::from(number),
            _ => FluentValue::from(value.clone()),
        };
        let args: Vec<_> = self
            .args
            .iter()
            .map(|(name, value)| (*name, value_of(value)))
            .collect();
        t.t_with(self.key, &args)
    }
}

/// One mistake in a form, about the control whose `id` is `field`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Cow<'static, str>,
    pub message: Message,
}

/// Every mistake in one submission of a form, in the order of the form's fields.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormErrors(pub Vec<FieldError>);

impl FormErrors {
    pub fn add(&mut self, field: impl Into<Cow<'static, str>>, message: Message) {
        self.0.push(FieldError {
            field: field.into(),
            message,
        });
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The first message about `field`, shown beside it.
    pub fn for_field(&self, field: &str) -> Option<&Message> {
        self.0.iter().find(|e| e.field == field).map(|e| &e.message)
    }
}

/// One form as it was posted: the values to show again and its mistakes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormState {
    pub values: Vec<(&'static str, String)>,
    pub errors: FormErrors,
}

impl FormState {
    /// The value typed in `field`, or "".
    pub fn value(&self, field: &str) -> String {
        self.values
            .iter()
            .find(|(name, _)| *name == field)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::Message;
    use crate::i18n::{Locale, Translator};

    #[test]
    fn numbers_select_their_plural_form() {
        let wait = |minutes: i64, locale| {
            Message::new("error-sign-in-throttled")
                .with("minutes", minutes)
                .text(Translator(locale))
                .replace(['\u{2068}', '\u{2069}'], "")
        };
        assert!(wait(1, Locale::Fr).contains("Attendez une minute,"));
        assert!(wait(15, Locale::Fr).contains("Attendez 15 minutes,"));
        assert!(wait(2, Locale::Ar).contains("دقيقتين"));
        let taken = Message::new("error-username-taken")
            .with("username", "007")
            .text(Translator(Locale::Fr));
        assert!(
            taken.contains("007"),
            "text that only looks like a number: {taken}"
        );
    }
}
