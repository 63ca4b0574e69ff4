//! Mistakes in course files, reported to authors as `path:line:col: error: message`.
//! Errors stop a course from loading; warnings are shown and the course still loads.

use serde::Serialize;
use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub severity: Severity,
    pub path: PathBuf,
    /// 1-based.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    pub message: String,
    /// What to do about it, for someone who is not a programmer.
    pub hint: Option<String>,
}

impl Problem {
    pub fn new(path: &Path, position: Position, message: impl Into<String>) -> Problem {
        Problem {
            severity: Severity::Error,
            path: path.to_path_buf(),
            line: position.line,
            column: position.column,
            message: message.into(),
            hint: None,
        }
    }

    /// A problem with a whole file or folder rather than a place in it.
    pub fn at_start(path: &Path, message: impl Into<String>) -> Problem {
        Problem::new(path, Position { line: 1, column: 1 }, message)
    }

    /// Makes this a warning: shown to the author, but the course still loads.
    pub fn warning(mut self) -> Problem {
        self.severity = Severity::Warning;
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Problem {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.path.display(),
            self.line,
            self.column,
            match self.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            },
            self.message
        )?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

/// A place in a text file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    /// The position of a byte offset in `text` (clamped to its end and to a char boundary).
    pub fn of_offset(text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Position {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

/// Why the courses could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read the courses folder {}: {source}", path.display())]
    Unreadable {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}", list(.0))]
    Invalid(Vec<Problem>),
}

fn list(problems: &[Problem]) -> String {
    let mut out = String::new();
    for problem in problems {
        out.push_str(&problem.to_string());
        out.push('\n');
    }
    out.push_str(&format!("{} in the courses", count(problems)));
    out
}

/// "2 errors and 1 warning", for summaries.
pub fn count(problems: &[Problem]) -> String {
    let errors = problems.iter().filter(|p| p.is_error()).count();
    let warnings = problems.len() - errors;
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    format!(
        "{} and {}",
        plural(errors, "error"),
        plural(warnings, "warning")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters() {
        let text = "ab\nⵜⵉⴼ=x\n";
        assert_eq!(
            Position::of_offset(text, 0),
            Position { line: 1, column: 1 }
        );
        // "ⵜⵉⴼ" is 9 bytes but 3 characters.
        assert_eq!(
            Position::of_offset(text, 3 + 9),
            Position { line: 2, column: 4 }
        );
        assert_eq!(
            Position::of_offset(text, 4),
            Position { line: 2, column: 1 },
            "mid-character"
        );
        assert_eq!(
            Position::of_offset(text, 999),
            Position { line: 3, column: 1 }
        );
    }

    #[test]
    fn displays_like_a_compiler() {
        let p = Problem::new(Path::new("c/l.md"), Position { line: 3, column: 5 }, "bad")
            .hint("fix it");
        assert_eq!(p.to_string(), "c/l.md:3:5: error: bad\n  hint: fix it");
    }
}
