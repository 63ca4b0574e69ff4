//! CSV files for spreadsheet programs, the one way Tifawt writes them (reports, account
//! exports, sign-in details): UTF-8 with a byte order mark, so spreadsheet programs read
//! Arabic and Tifinagh names, and no cell that a spreadsheet would run as a formula.

use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::HeaderValue;
use axum::response::{IntoResponse, Response};
use std::borrow::Cow;

/// A cell as a spreadsheet should show it. Excel and LibreOffice run a cell that begins with
/// `=`, `+`, `-` or `@` as a formula (and tab or carriage return can hide such a start), so
/// such a cell gets a leading apostrophe, which they show as text (OWASP, "CSV Injection").
/// Learners' words reach reports (a short answer is "the most chosen wrong answer"), so
/// every cell goes through here.
pub fn cell(value: &str) -> Cow<'_, str> {
    match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{value}")),
        _ => Cow::Borrowed(value),
    }
}

/// The CSV text of a table, byte order mark first.
pub fn table<H: AsRef<str>, C: AsRef<str>>(headers: &[H], rows: &[Vec<C>]) -> String {
    let mut out = csv::Writer::from_writer(Vec::new());
    let mut write = |record: &mut dyn Iterator<Item = &str>| {
        // Writing to memory fails only if a record is refused, which `csv` never does for
        // strings.
        let _ = out.write_record(record.map(|value| cell(value).into_owned()));
    };
    write(&mut headers.iter().map(AsRef::as_ref));
    for row in rows {
        write(&mut row.iter().map(AsRef::as_ref));
    }
    let bytes = out.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

/// A download named `file_name`.
pub fn download(file_name: &str, text: String) -> Response {
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\""))
        .unwrap_or(HeaderValue::from_static("attachment"));
    (
        [
            (
                CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            ),
            (CONTENT_DISPOSITION, disposition),
        ],
        text,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::{cell, table};

    #[test]
    fn starts_with_a_byte_order_mark_and_quotes_what_needs_it() {
        let text = table(
            &["name", "note"],
            &[vec!["يوسف", "a, b"], vec!["ⵜⴰⵍⵍⵉ", "\"x\""]],
        );
        assert_eq!(
            text,
            "\u{feff}name,note\nيوسف,\"a, b\"\nⵜⴰⵍⵍⵉ,\"\"\"x\"\"\"\n"
        );
    }

    #[test]
    fn cells_a_spreadsheet_would_run_are_shown_as_text() {
        for formula in [
            "=HYPERLINK(\"http://evil.example\",\"x\")",
            "+1+1",
            "-2+3",
            "@SUM(A1)",
            "\t=1",
            "\r=1",
        ] {
            assert_eq!(cell(formula), format!("'{formula}"));
        }
        for text in ["Amina", "42", "يوسف", "ⵜⴰⵍⵍⵉ", "a=b", " =x", ""] {
            assert_eq!(cell(text), text);
        }
        assert_eq!(
            table(&["answer"], &[vec!["=1+1"]]),
            "\u{feff}answer\n'=1+1\n"
        );
    }
}
