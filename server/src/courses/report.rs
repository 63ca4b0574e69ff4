//! What `tifawt check` prints: every problem, and which lessons exist in which language.

use super::problem::{count, LoadError, Problem};
use super::{load_catalog, Loaded};
use serde::Serialize;
use std::fmt::Write as _;
use std::path::Path;
use tifawt_app::catalog::{Catalog, TranslationStatus};
use tifawt_app::i18n::Locale;

/// The translation state of one lesson in one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Translation {
    Reviewed,
    Draft,
    Missing,
}

/// Where the Latin-script Tamazight of one lesson comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Latin {
    /// The author wrote `lesson.zgh-Latn.md`.
    Written,
    /// Made from the Tifinagh lesson with the IRCAM table.
    Transliterated,
    Missing,
}

#[derive(Debug, Serialize)]
pub struct CoverageRow {
    pub course: String,
    pub lesson: String,
    pub ar: Translation,
    pub zgh: Translation,
    #[serde(rename = "zgh-Latn")]
    pub zgh_latn: Latin,
    pub fr: Translation,
}

#[derive(Debug, Serialize)]
pub struct Report {
    /// False when any problem is an error: the courses would not load.
    pub ok: bool,
    pub courses: usize,
    pub lessons: usize,
    pub problems: Vec<Problem>,
    /// Empty when the courses do not load.
    pub coverage: Vec<CoverageRow>,
}

pub fn check(dir: &Path) -> Result<Report, LoadError> {
    match load_catalog(dir) {
        Ok(Loaded { catalog, warnings }) => Ok(Report {
            ok: true,
            courses: catalog.courses.len(),
            lessons: catalog.courses.iter().map(|c| c.lessons.len()).sum(),
            problems: warnings,
            coverage: coverage(&catalog),
        }),
        Err(LoadError::Invalid(problems)) => Ok(Report {
            ok: false,
            courses: 0,
            lessons: 0,
            problems,
            coverage: vec![],
        }),
        Err(unreadable) => Err(unreadable),
    }
}

fn coverage(catalog: &Catalog) -> Vec<CoverageRow> {
    let mut rows = Vec::new();
    for course in &catalog.courses {
        for lesson in &course.lessons {
            let state = |locale| match lesson.versions.get(locale) {
                Some(version) if version.translation == TranslationStatus::Reviewed => {
                    Translation::Reviewed
                }
                Some(_) => Translation::Draft,
                None => Translation::Missing,
            };
            rows.push(CoverageRow {
                course: course.id.clone(),
                lesson: lesson.id.clone(),
                ar: state(Locale::Ar),
                zgh: state(Locale::Zgh),
                zgh_latn: match lesson.versions.get(Locale::ZghLatn) {
                    None => Latin::Missing,
                    Some(_) if lesson.folder.join("lesson.zgh-Latn.md").is_file() => Latin::Written,
                    Some(_) => Latin::Transliterated,
                },
                fr: state(Locale::Fr),
            });
        }
    }
    rows
}

impl Report {
    /// The report as an author reads it in a terminal.
    pub fn to_text(&self, dir: &Path) -> String {
        let mut out = String::new();
        for problem in &self.problems {
            let _ = writeln!(out, "{problem}");
        }
        if !self.coverage.is_empty() {
            let width = self
                .coverage
                .iter()
                .map(|r| r.course.len() + r.lesson.len() + 1)
                .max()
                .unwrap_or(0);
            if !out.is_empty() {
                out.push('\n');
            }
            let _ = writeln!(
                out,
                "Translations (reviewed, draft, - missing; zgh-Latn: written by hand, or made from the Tifinagh):"
            );
            let _ = writeln!(
                out,
                "  {:width$}  {:8}  {:8}  {:8}  fr",
                "lesson", "ar", "zgh", "zgh-Latn"
            );
            let cell = |t: Translation| match t {
                Translation::Reviewed => "reviewed",
                Translation::Draft => "draft",
                Translation::Missing => "-",
            };
            let latin_cell = |l: Latin| match l {
                Latin::Written => "written",
                Latin::Transliterated => "made",
                Latin::Missing => "-",
            };
            for row in &self.coverage {
                let name = format!("{}/{}", row.course, row.lesson);
                let (ar, zgh, fr) = (cell(row.ar), cell(row.zgh), cell(row.fr));
                let latin = latin_cell(row.zgh_latn);
                let _ = writeln!(out, "  {name:width$}  {ar:8}  {zgh:8}  {latin:8}  {fr}");
            }
            for (locale, pick) in [
                (
                    Locale::Ar,
                    (|r: &CoverageRow| r.ar) as fn(&CoverageRow) -> Translation,
                ),
                (Locale::Zgh, |r| r.zgh),
                (Locale::Fr, |r| r.fr),
            ] {
                let present = self
                    .coverage
                    .iter()
                    .filter(|r| pick(r) != Translation::Missing)
                    .count();
                let reviewed = self
                    .coverage
                    .iter()
                    .filter(|r| pick(r) == Translation::Reviewed)
                    .count();
                let _ = writeln!(
                    out,
                    "  {locale}: {present} of {} lessons, {reviewed} reviewed",
                    self.coverage.len()
                );
            }
            let latin = |kind| self.coverage.iter().filter(|r| r.zgh_latn == kind).count();
            let _ = writeln!(
                out,
                "  zgh-Latn: {} of {} lessons, {} written by hand, {} made from the Tifinagh",
                self.coverage.len() - latin(Latin::Missing),
                self.coverage.len(),
                latin(Latin::Written),
                latin(Latin::Transliterated)
            );
            out.push('\n');
        }
        if self.ok {
            let (courses, lessons) = (self.courses, self.lessons);
            let _ = write!(
                out,
                "{}: {courses} courses, {lessons} lessons, {}",
                dir.display(),
                count(&self.problems)
            );
        } else {
            let problems = count(&self.problems);
            let _ = write!(
                out,
                "{}: {problems}; the courses cannot load until the errors are fixed",
                dir.display()
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_courses_have_no_problem_and_full_coverage() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../courses");
        let report = check(&dir).unwrap();
        assert!(
            report.ok && report.problems.is_empty(),
            "{:?}",
            report.problems
        );
        assert!(report.lessons >= 13);
        for row in &report.coverage {
            for state in [row.ar, row.zgh, row.fr] {
                assert_ne!(state, Translation::Missing, "{}/{}", row.course, row.lesson);
            }
            assert_ne!(
                row.zgh_latn,
                Latin::Missing,
                "{}/{}",
                row.course,
                row.lesson
            );
        }
        let text = report.to_text(&dir);
        assert!(text.contains("ai-literacy/what-is-ai"), "{text}");
        assert!(
            text.contains(&format!(
                "zgh-Latn: {0} of {0} lessons, 0 written by hand, {0} made from the Tifinagh",
                report.lessons
            )),
            "{text}"
        );
        assert!(text.ends_with("0 errors and 0 warnings"), "{text}");
    }
}
