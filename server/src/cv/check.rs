//! The checks every field of a CV passes, whether typed in a builder page or read from a
//! JSON Resume file: one rule per kind of field, so both say the same thing.

use tifawt_app::cv::{Cefr, PartialDate, LONG_TEXT, SHORT_TEXT};
use tifawt_app::forms::Message;

/// Text as kept: trimmed, line ends made `\n`, no control characters.
pub fn clean(value: &str) -> String {
    value
        .trim()
        .replace("\r\n", "\n")
        .chars()
        .filter(|c| *c == '\n' || !c.is_control())
        .collect()
}

fn within(value: &str, max: usize) -> Result<String, Message> {
    let value = clean(value);
    let length = value.chars().count();
    if length > max {
        return Err(Message::new("cv-error-too-long")
            .with("max", max)
            .with("length", length));
    }
    Ok(value)
}

/// A one-line field; may be empty.
pub fn line(value: &str) -> Result<String, Message> {
    let value = within(value, SHORT_TEXT)?;
    Ok(value.replace('\n', " "))
}

/// A paragraph; may be empty.
pub fn paragraph(value: &str) -> Result<String, Message> {
    within(value, LONG_TEXT)
}

/// A field that must be filled.
pub fn required(value: &str) -> Result<String, Message> {
    let value = line(value)?;
    if value.is_empty() {
        return Err(Message::new("cv-error-required"));
    }
    Ok(value)
}

/// An e-mail address: something@somewhere, no spaces; may be empty.
pub fn email(value: &str) -> Result<String, Message> {
    let value = line(value)?;
    let ok = value.is_empty()
        || value.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty() && domain.contains('.') && !domain.starts_with('.')
        }) && !value.contains(char::is_whitespace);
    if !ok {
        return Err(Message::new("cv-error-email"));
    }
    Ok(value)
}

/// A phone number: digits, spaces, and `+ - . ( )`; may be empty.
pub fn phone(value: &str) -> Result<String, Message> {
    let value = line(value)?;
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let ok = value.is_empty()
        || (value
            .chars()
            .all(|c| c.is_ascii_digit() || " +-.()".contains(c))
            && (6..=15).contains(&digits));
    if !ok {
        return Err(Message::new("cv-error-phone"));
    }
    Ok(value)
}

/// A date as a year or a year and month; empty is `None`.
pub fn date(value: &str) -> Result<Option<PartialDate>, Message> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    PartialDate::parse(value)
        .map(Some)
        .ok_or_else(|| Message::new("cv-error-date"))
}

/// A start and an end in the right order.
pub fn period(start: Option<PartialDate>, end: Option<PartialDate>) -> Result<(), Message> {
    match (start, end) {
        (Some(start), Some(end))
            if end.year < start.year
                || (end.year == start.year
                    && end.month.unwrap_or(12) < start.month.unwrap_or(1)) =>
        {
            Err(Message::new("cv-error-end-before-start"))
        }
        _ => Ok(()),
    }
}

/// A language level: A1…C2 or native.
pub fn level(value: &str) -> Result<Cefr, Message> {
    Cefr::parse(value).ok_or_else(|| Message::new("cv-error-level"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_cleaned_and_limited() {
        assert_eq!(line("  Amal\r\nAit ").unwrap(), "Amal Ait");
        assert_eq!(paragraph("a\r\nb\u{7}").unwrap(), "a\nb");
        let long = "ⵣ".repeat(SHORT_TEXT + 1);
        assert_eq!(line(&long).unwrap_err().key, "cv-error-too-long");
        assert!(
            line(&"ⵣ".repeat(SHORT_TEXT)).is_ok(),
            "characters, not bytes"
        );
        assert_eq!(required("  ").unwrap_err().key, "cv-error-required");
    }

    #[test]
    fn addresses_and_numbers() {
        assert!(email("amal@example.ma").is_ok());
        assert!(email("").is_ok());
        for bad in [
            "amal",
            "amal@",
            "@x.ma",
            "amal@ma",
            "a mal@x.ma",
            "amal@.ma",
        ] {
            assert!(email(bad).is_err(), "{bad}");
        }
        assert!(phone("+212 6 00-00.00 00").is_ok());
        assert!(phone("(0535) 12 34 56").is_ok());
        for bad in ["12", "phone", "+212 6 00 00 00 00 00 00 00", "٠٦٠٠٠٠٠٠٠٠"] {
            assert!(phone(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn periods_end_after_they_start() {
        let d = |s| PartialDate::parse(s);
        assert!(period(d("2021-09"), d("2024")).is_ok());
        assert!(
            period(d("2024"), d("2024-03")).is_ok(),
            "same year, month unknown"
        );
        assert!(period(d("2024-09"), d("2024-03")).is_err());
        assert!(period(d("2024"), d("2023-12")).is_err());
        assert!(period(None, d("2023")).is_ok());
    }
}
