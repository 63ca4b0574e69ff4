//! Report tables as CSV files: UTF-8 with a byte order mark, so spreadsheet programs read
//! Arabic and Tifinagh names.

use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::HeaderValue;
use axum::response::{IntoResponse, Response};

/// The CSV text of a table.
pub fn table(headers: &[String], rows: &[Vec<String>]) -> String {
    let mut out = csv::Writer::from_writer(Vec::new());
    let _ = out.write_record(headers);
    for row in rows {
        let _ = out.write_record(row);
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
    #[test]
    fn starts_with_a_byte_order_mark_and_quotes_what_needs_it() {
        let text = super::table(
            &["name".into(), "note".into()],
            &[
                vec!["يوسف".into(), "a, b".into()],
                vec!["ⵜⴰⵍⵍⵉ".into(), "\"x\"".into()],
            ],
        );
        assert_eq!(
            text,
            "\u{feff}name,note\nيوسف,\"a, b\"\nⵜⴰⵍⵍⵉ,\"\"\"x\"\"\"\n"
        );
    }
}
