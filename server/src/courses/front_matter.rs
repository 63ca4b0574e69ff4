//! The `+++` TOML block at the top of a lesson file.

use super::problem::{Position, Problem};
use serde::Deserialize;
use std::path::Path;
use tifawt_app::catalog::TranslationStatus;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    title: String,
    minutes: u16,
    #[serde(default)]
    objectives: Vec<String>,
    #[serde(default)]
    translation: RawTranslation,
    #[serde(default)]
    narration: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
enum RawTranslation {
    #[default]
    Draft,
    Reviewed,
}

#[derive(Debug, PartialEq)]
pub struct FrontMatter {
    pub title: String,
    pub minutes: u16,
    pub objectives: Vec<String>,
    pub translation: TranslationStatus,
    /// A recorded reading of the lesson, relative to the lesson file (checked by the caller).
    pub narration: Option<String>,
}

const MAX_MINUTES: u16 = 240;

/// Parses the front matter whose TOML text starts at byte `offset` of the file `source`.
pub fn parse(
    path: &Path,
    source: &str,
    offset: usize,
    toml_text: &str,
) -> Result<FrontMatter, Problem> {
    let at = |relative: usize| Position::of_offset(source, offset + relative);
    let raw: Raw = toml::from_str(toml_text).map_err(|error| {
        let position = at(error.span().map_or(0, |span| span.start));
        Problem::new(path, position, format!("front matter: {}", error.message().trim()))
            .hint("the block between the `+++` lines needs `title = \"…\"` and `minutes = 5`; text goes in quotes")
    })?;
    if raw.title.trim().is_empty() {
        return Err(Problem::new(path, at(0), "front matter: `title` is empty")
            .hint("give the lesson a short title in this file's language"));
    }
    if raw.minutes == 0 || raw.minutes > MAX_MINUTES {
        return Err(Problem::new(
            path,
            at(0),
            format!("front matter: `minutes` is {}", raw.minutes),
        )
        .hint(format!(
            "estimate the reading time in whole minutes, from 1 to {MAX_MINUTES}"
        )));
    }
    Ok(FrontMatter {
        title: raw.title.trim().to_string(),
        minutes: raw.minutes,
        objectives: raw.objectives,
        translation: match raw.translation {
            RawTranslation::Draft => TranslationStatus::Draft,
            RawTranslation::Reviewed => TranslationStatus::Reviewed,
        },
        narration: raw.narration,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_block(block: &str) -> Result<FrontMatter, Problem> {
        let source = format!("+++\n{block}+++\n");
        parse(Path::new("l.md"), &source, 4, block)
    }

    #[test]
    fn reads_all_fields() {
        let fm = parse_block(
            "title = \"A\"\nminutes = 5\nobjectives = [\"x\"]\ntranslation = \"reviewed\"\n",
        )
        .unwrap();
        assert_eq!(fm.title, "A");
        assert_eq!(fm.minutes, 5);
        assert_eq!(fm.objectives, vec!["x".to_string()]);
        assert_eq!(fm.translation, TranslationStatus::Reviewed);
    }

    #[test]
    fn translation_defaults_to_draft() {
        assert_eq!(
            parse_block("title = \"A\"\nminutes = 5\n")
                .unwrap()
                .translation,
            TranslationStatus::Draft
        );
    }

    #[test]
    fn errors_point_at_the_line_in_the_file() {
        let problem = parse_block("title = \"A\"\nminutes = \"five\"\n").unwrap_err();
        assert_eq!((problem.line, problem.column), (3, 11), "{problem}");
        assert!(problem.message.contains("front matter"), "{problem}");
    }

    #[test]
    fn unknown_keys_and_missing_fields_are_errors() {
        let problem = parse_block("title = \"A\"\nminutse = 5\n").unwrap_err();
        assert!(problem.message.contains("minutse"), "{problem}");
        assert!(parse_block("title = \"A\"\n")
            .unwrap_err()
            .message
            .contains("minutes"));
    }

    #[test]
    fn minutes_must_be_sensible() {
        assert!(parse_block("title = \"A\"\nminutes = 0\n").is_err());
        assert!(parse_block("title = \"A\"\nminutes = 1000\n").is_err());
        assert!(parse_block("title = \"  \"\nminutes = 3\n").is_err());
    }
}
