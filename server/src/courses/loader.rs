//! Reads the courses folder into a [`Catalog`], collecting every problem on the way.

use super::markdown::{parse_lesson, Shown};
use super::media;
use super::problem::{LoadError, Position, Problem};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use tifawt_app::catalog::{Catalog, Course, Lesson, LessonVersion, Localized};
use tifawt_app::i18n::Locale;
use tifawt_app::tifinagh;

const COURSE_FILE: &str = "course.toml";
const KNOWN_LANGUAGES: &str = "ar, zgh, zgh-Latn (Tamazight in Latin script) or fr";

/// The courses, and what the author may want to improve in them.
#[derive(Debug)]
pub struct Loaded {
    pub catalog: Catalog,
    pub warnings: Vec<Problem>,
}

/// Loads every course under `dir`; fails with all problems found (errors and warnings) if
/// any course has an error.
pub fn load_catalog(dir: &Path) -> Result<Loaded, LoadError> {
    let unreadable = |source| LoadError::Unreadable {
        path: dir.to_path_buf(),
        source,
    };
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    let mut courses = Vec::new();
    for folder in sorted_subfolders(dir).map_err(unreadable)? {
        if !folder.join(COURSE_FILE).is_file() {
            problems.push(
                Problem::at_start(&folder, format!("this folder has no {COURSE_FILE}"))
                    .hint(format!("every folder in the courses folder is a course and needs a {COURSE_FILE}; see courses/README.md")),
            );
            continue;
        }
        match load_course(&folder, &mut warnings) {
            Ok(course) => courses.push(course),
            Err(mut found) => problems.append(&mut found),
        }
    }
    courses
        .sort_by(|(a_order, a), (b_order, b)| a_order.cmp(b_order).then_with(|| a.id.cmp(&b.id)));
    let mut seen = BTreeSet::new();
    for (_, course) in &courses {
        if !seen.insert(course.id.as_str()) {
            problems.push(
                Problem::at_start(
                    &dir.join(&course.id),
                    format!("two courses have the id `{}`", course.id),
                )
                .hint("each course needs its own `id` in its course.toml"),
            );
        }
    }
    // In file order, as an editor's problem list shows them.
    let in_file_order =
        |a: &Problem, b: &Problem| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column));
    if !problems.is_empty() {
        problems.append(&mut warnings);
        problems.sort_by(in_file_order);
        return Err(LoadError::Invalid(problems));
    }
    warnings.sort_by(in_file_order);
    Ok(Loaded {
        catalog: Catalog {
            courses: courses.into_iter().map(|(_, course)| course).collect(),
        },
        warnings,
    })
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CourseFile {
    id: String,
    order: u32,
    /// Fallback order for lessons missing in the learner's language.
    languages: Vec<String>,
    title: BTreeMap<String, String>,
    summary: BTreeMap<String, String>,
    /// The percentage of a quiz's questions to answer right to pass it.
    #[serde(default = "default_pass_mark")]
    pass_mark: u8,
    /// What learners will be able to do, per language.
    #[serde(default)]
    competences: BTreeMap<String, Vec<String>>,
}

fn default_pass_mark() -> u8 {
    70
}

fn load_course(folder: &Path, warnings: &mut Vec<Problem>) -> Result<(u32, Course), Vec<Problem>> {
    let path = folder.join(COURSE_FILE);
    let source = read_text(&path).map_err(|p| vec![p])?;
    let file: CourseFile = toml::from_str(&source).map_err(|error| {
        let at = Position::of_offset(&source, error.span().map_or(0, |s| s.start));
        vec![Problem::new(&path, at, error.message().trim().to_string())
            .hint("course.toml needs `id`, `order`, `languages`, and `[title]` and `[summary]` tables keyed by language")]
    })?;
    let mut problems = Vec::new();
    let locate = |needle: &str| locate(&source, needle);

    if !is_slug(&file.id) {
        problems.push(
            Problem::new(&path, locate("id"), format!("the course id `{}` is not a valid id", file.id))
                .hint("use lowercase letters, digits and hyphens, e.g. `ai-literacy`; it appears in addresses"),
        );
    }
    let fallback = parse_languages(&path, &file.languages, locate("languages"), &mut problems);
    let text = |values: BTreeMap<String, String>| {
        values
            .into_iter()
            .map(|(k, v)| (k, v.trim().to_string()))
            .collect()
    };
    let blank = |text: &String| text.is_empty();
    let title = localized(
        &path,
        "title",
        text(file.title),
        blank,
        true,
        &locate,
        &mut problems,
    );
    let summary = localized(
        &path,
        "summary",
        text(file.summary),
        blank,
        true,
        &locate,
        &mut problems,
    );
    let lists = file
        .competences
        .into_iter()
        .map(|(k, list)| (k, list.iter().map(|c| c.trim().to_string()).collect()));
    let blank_list = |list: &Vec<String>| list.is_empty() || list.iter().any(String::is_empty);
    let competences = localized(
        &path,
        "competences",
        lists.collect(),
        blank_list,
        false,
        &locate,
        &mut problems,
    );
    // Tamazight in Latin script, from the Tifinagh unless the author wrote it.
    let title = title.with_latin(|t| tifinagh::to_latin(t));
    let summary = summary.with_latin(|t| tifinagh::to_latin(t));
    let competences =
        competences.with_latin(|list| list.iter().map(|c| tifinagh::to_latin(c)).collect());
    if !(1..=100).contains(&file.pass_mark) {
        problems.push(
            Problem::new(&path, locate("pass_mark"), format!("`pass_mark` is {}", file.pass_mark))
                .hint("the percentage of quiz answers a learner needs right, from 1 to 100, e.g. `pass_mark = 70`"),
        );
    }

    let mut lessons: Vec<(u32, Lesson)> = Vec::new();
    match sorted_subfolders(folder) {
        Ok(folders) => {
            for lesson_folder in folders {
                match load_lesson(&lesson_folder, &file.id, warnings) {
                    Ok(lesson) => lessons.push(lesson),
                    Err(mut found) => problems.append(&mut found),
                }
            }
        }
        Err(error) => problems.push(Problem::at_start(
            folder,
            format!("cannot read this folder: {error}"),
        )),
    }
    lessons.sort_by_key(|(order, _)| *order);
    for pair in lessons.windows(2) {
        if pair[0].1.id == pair[1].1.id || pair[0].0 == pair[1].0 {
            problems.push(
                Problem::at_start(folder, format!("two lessons share the number {:02} or the id `{}`", pair[1].0, pair[1].1.id))
                    .hint("give each lesson folder its own number and name, e.g. `01-what-is-ai`, `02-chatbots`"),
            );
        }
    }
    if lessons.is_empty() && problems.is_empty() {
        problems.push(
            Problem::at_start(folder, "this course has no lessons")
                .hint("add a folder such as `01-first-lesson/` holding `lesson.fr.md`"),
        );
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok((
        file.order,
        Course {
            id: file.id,
            title,
            summary,
            competences,
            pass_mark: file.pass_mark,
            fallback,
            lessons: lessons.into_iter().map(|(_, lesson)| lesson).collect(),
        },
    ))
}

/// A lesson folder is named `NN-id`: the number orders it, the id identifies it for good.
fn load_lesson(
    folder: &Path,
    course_id: &str,
    warnings: &mut Vec<Problem>,
) -> Result<(u32, Lesson), Vec<Problem>> {
    let name = folder.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let Some((order, id)) = lesson_folder_name(name) else {
        return Err(vec![Problem::at_start(
            folder,
            format!("`{name}` is not a lesson folder name"),
        )
        .hint(
            "name lesson folders with a number and an id, e.g. `01-what-is-ai`",
        )]);
    };
    let mut problems = Vec::new();
    let mut versions = BTreeMap::new();
    let mut tamazight_source = None;
    let media_base = media::base(course_id, id);
    let entries = fs::read_dir(folder).map_err(|e| {
        vec![Problem::at_start(
            folder,
            format!("cannot read this folder: {e}"),
        )]
    })?;
    for entry in entries.flatten() {
        let path = entry.path();
        let file_name = entry.file_name();
        let Some(tag) = file_name
            .to_str()
            .and_then(|n| n.strip_prefix("lesson.")?.strip_suffix(".md"))
        else {
            continue;
        };
        let Some(locale) = Locale::from_tag(tag) else {
            problems.push(
                Problem::at_start(&path, format!("unknown language `{tag}` in the file name"))
                    .hint(format!("lesson files are named `lesson.<language>.md` with the language {KNOWN_LANGUAGES}")),
            );
            continue;
        };
        let parsed = read_text(&path).map_err(|p| vec![p]).and_then(|source| {
            let version = parse_lesson(
                &path,
                &source,
                &media_base,
                Shown::AsWritten(locale),
                warnings,
            )?;
            if locale == Locale::Zgh {
                tamazight_source = Some((path.clone(), source));
            }
            Ok(version)
        });
        match parsed {
            Ok(parsed) => {
                versions.insert(locale, lesson_version(parsed));
            }
            Err(mut found) => problems.append(&mut found),
        }
    }
    // The Latin-script Tamazight lesson, made from the Tifinagh one unless the author wrote
    // `lesson.zgh-Latn.md`. It parsed once already: its problems were reported then.
    if let (Some((path, source)), std::collections::btree_map::Entry::Vacant(latin)) =
        (tamazight_source, versions.entry(Locale::ZghLatn))
    {
        warn_unmapped_tifinagh(&path, &source, warnings);
        match parse_lesson(&path, &source, &media_base, Shown::InLatin, &mut Vec::new()) {
            Ok(parsed) => {
                latin.insert(lesson_version(parsed));
            }
            Err(mut found) => problems.append(&mut found),
        }
    }
    if versions.is_empty() && problems.is_empty() {
        problems.push(
            Problem::at_start(folder, "this lesson has no lesson file").hint(format!(
                "add `lesson.fr.md` (or another language: {KNOWN_LANGUAGES})"
            )),
        );
    }
    if problems.is_empty() {
        check_same_ids(folder, &versions, &mut problems);
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok((
        order,
        Lesson {
            id: id.to_string(),
            versions: Localized::new(versions),
            folder: folder.to_path_buf(),
        },
    ))
}

fn lesson_version(parsed: super::markdown::ParsedLesson) -> LessonVersion {
    LessonVersion {
        title: parsed.front.title,
        minutes: parsed.front.minutes,
        objectives: parsed.front.objectives,
        translation: parsed.front.translation,
        html: parsed.html,
        practice: parsed.practice,
        quiz: parsed.quiz,
        narration: parsed.narration,
    }
}

/// A Tifinagh character the Latin table lacks is shown as it is in the Latin view, where a
/// screen reader reads it by its name: worth a warning, at its place.
fn warn_unmapped_tifinagh(path: &Path, source: &str, warnings: &mut Vec<Problem>) {
    for (offset, c) in tifinagh::unmapped(source) {
        warnings.push(
            Problem::new(path, Position::of_offset(source, offset), format!(
                "`{c}` (U+{:04X}) has no Latin letter: the Latin-script view shows it in Tifinagh",
                u32::from(c)
            ))
            .hint("check the spelling (Standard Moroccan Tamazight uses the IRCAM letters), or write the Latin version by hand in `lesson.zgh-Latn.md`")
            .warning(),
        );
    }
}

/// Progress is kept by question id, so every language of a lesson asks the same questions;
/// a practice block's address holds its id, so every language has the same blocks.
fn check_same_ids(
    folder: &Path,
    versions: &BTreeMap<Locale, LessonVersion>,
    problems: &mut Vec<Problem>,
) {
    same_ids(
        folder,
        versions,
        |version| {
            version
                .quiz
                .iter()
                .flat_map(|q| q.questions.iter().map(|q| q.id.clone()))
                .collect()
        },
        "the quiz does not ask the same questions",
        "translate every question and keep its `{#id}` the same in every language",
        problems,
    );
    same_ids(
        folder,
        versions,
        |version| version.practice.iter().map(|p| p.id.clone()).collect(),
        "the lesson does not have the same practice blocks",
        "translate every practice block and keep its `{.try #id}` the same in every language",
        problems,
    );
}

/// Reports each language whose `ids` differ from the first language's, with what is
/// missing and what is extra.
fn same_ids(
    folder: &Path,
    versions: &BTreeMap<Locale, LessonVersion>,
    ids: impl Fn(&LessonVersion) -> Vec<String>,
    differ: &str,
    hint: &str,
    problems: &mut Vec<Problem>,
) {
    let Some((first_locale, first)) = versions.iter().next() else {
        return;
    };
    let expected = ids(first);
    for (locale, version) in versions.iter().skip(1) {
        let found = ids(version);
        let mut sorted_expected = expected.clone();
        let mut sorted_found = found.clone();
        sorted_expected.sort();
        sorted_found.sort();
        if sorted_expected != sorted_found {
            let missing: Vec<_> = expected
                .iter()
                .filter(|id| !found.contains(id))
                .map(|id| format!("`{id}`"))
                .collect();
            let extra: Vec<_> = found
                .iter()
                .filter(|id| !expected.contains(id))
                .map(|id| format!("`{id}`"))
                .collect();
            let mut message = format!("{differ} as lesson.{first_locale}.md");
            if !missing.is_empty() {
                message.push_str(&format!(": missing {}", missing.join(", ")));
            }
            if !extra.is_empty() {
                message.push_str(&format!(
                    "{} not in lesson.{first_locale}.md: {}",
                    if missing.is_empty() { ":" } else { ";" },
                    extra.join(", ")
                ));
            }
            problems.push(
                Problem::at_start(&folder.join(format!("lesson.{locale}.md")), message).hint(hint),
            );
        }
    }
}

fn parse_languages(
    path: &Path,
    tags: &[String],
    at: Position,
    problems: &mut Vec<Problem>,
) -> Vec<Locale> {
    let mut locales = Vec::new();
    for tag in tags {
        match Locale::from_tag(tag) {
            Some(locale) if !locales.contains(&locale) => locales.push(locale),
            Some(_) => problems.push(Problem::new(
                path,
                at,
                format!("`{tag}` is listed twice in `languages`"),
            )),
            None => problems.push(
                Problem::new(path, at, format!("unknown language `{tag}` in `languages`"))
                    .hint(format!("use {KNOWN_LANGUAGES}")),
            ),
        }
    }
    locales
}

/// A table keyed by language (`[title]`, `[competences]`): every key a known language,
/// no value blank, and at least one value when `required`.
fn localized<T>(
    path: &Path,
    table: &str,
    values: BTreeMap<String, T>,
    is_blank: fn(&T) -> bool,
    required: bool,
    locate: &dyn Fn(&str) -> Position,
    problems: &mut Vec<Problem>,
) -> Localized<T> {
    let at = || locate(&format!("[{table}]"));
    let mut out = BTreeMap::new();
    for (tag, value) in values {
        match Locale::from_tag(&tag) {
            Some(_) if is_blank(&value) => problems.push(Problem::new(
                path,
                at(),
                format!("the {table} in `{tag}` is empty"),
            )),
            Some(locale) => {
                out.insert(locale, value);
            }
            None => problems.push(
                Problem::new(path, at(), format!("unknown language `{tag}` in [{table}]"))
                    .hint(format!("use {KNOWN_LANGUAGES}")),
            ),
        }
    }
    if required && out.is_empty() && problems.is_empty() {
        problems.push(
            Problem::new(path, at(), format!("the course has no {table}"))
                .hint(format!("add a [{table}] table with at least `fr = \"…\"`")),
        );
    }
    Localized::new(out)
}

/// The position of the first line starting with `needle`, for messages about a key that
/// parsed but holds a bad value (TOML gives spans only for syntax errors).
fn locate(source: &str, needle: &str) -> Position {
    let offset = source
        .lines()
        .scan(0, |offset, line| {
            let start = *offset;
            *offset += line.len() + 1;
            Some((start, line))
        })
        .find(|(_, line)| line.trim_start().starts_with(needle))
        .map_or(0, |(start, _)| start);
    Position::of_offset(source, offset)
}

/// `02-how-chatbots-work` → (2, `how-chatbots-work`): the number orders the lesson, the id
/// names it for good.
pub(super) fn lesson_folder_name(name: &str) -> Option<(u32, &str)> {
    let (number, id) = name.split_once('-')?;
    Some((number.parse().ok()?, id)).filter(|_| is_slug(id))
}

pub(super) fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

fn read_text(path: &Path) -> Result<String, Problem> {
    let bytes = fs::read(path)
        .map_err(|e| Problem::at_start(path, format!("cannot read this file: {e}")))?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let at = Position::of_offset(std::str::from_utf8(valid).unwrap_or(""), valid.len());
        Problem::new(path, at, "this file is not valid UTF-8 text")
            .hint("save the file as UTF-8 in your text editor")
    })
}

/// Subfolders in name order, skipping hidden ones (`.git`, editor folders).
fn sorted_subfolders(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut folders: Vec<PathBuf> = fs::read_dir(dir)?
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.path())
        .collect();
    folders.sort();
    Ok(folders)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/courses")
            .join(name)
    }

    fn problems(name: &str) -> Vec<String> {
        match load_catalog(&fixture(name)) {
            Err(LoadError::Invalid(problems)) => placed(name, &problems),
            other => panic!("expected problems, got {other:?}"),
        }
    }

    /// `path:line:column: message`, the path within the fixture `name`.
    fn placed(name: &str, problems: &[Problem]) -> Vec<String> {
        problems
            .iter()
            .map(|p| {
                let relative = p.path.strip_prefix(fixture(name)).unwrap_or(&p.path);
                format!(
                    "{}:{}:{}: {}",
                    relative.display(),
                    p.line,
                    p.column,
                    p.message
                )
            })
            .collect()
    }

    #[test]
    fn the_shipped_courses_load() {
        let catalog = load_catalog(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../courses"))
            .unwrap()
            .catalog;
        assert!(!catalog.courses.is_empty());
        for course in &catalog.courses {
            for lesson in &course.lessons {
                for locale in Locale::ALL {
                    assert!(
                        lesson.versions.get(locale).is_some(),
                        "{}/{} lacks {locale}",
                        course.id,
                        lesson.id
                    );
                }
            }
        }
    }

    #[test]
    fn a_valid_course_loads_in_order_with_fallback() {
        let catalog = load_catalog(&fixture("valid")).unwrap().catalog;
        let course = catalog.course("sample").unwrap();
        assert_eq!(course.fallback, vec![Locale::Zgh, Locale::Ar, Locale::Fr]);
        let ids: Vec<_> = course.lessons.iter().map(|l| l.id.as_str()).collect();
        assert_eq!(ids, ["first", "second"]);
        assert_eq!(
            course.lessons[1].versions.locales().collect::<Vec<_>>(),
            vec![Locale::Fr]
        );
    }

    #[test]
    fn tamazight_in_latin_is_made_from_the_tifinagh_unless_the_author_wrote_it() {
        let Loaded { catalog, warnings } = load_catalog(&fixture("latin")).unwrap();
        let course = catalog.course("sample").unwrap();
        assert_eq!(course.title.get(Locale::ZghLatn).unwrap(), "Amdya");
        assert_eq!(
            course.summary.get(Locale::ZghLatn).unwrap(),
            "Aselmed n umedya.",
            "written in course.toml"
        );
        assert!(course.title.get(Locale::Fr).is_some());
        let latin = |lesson: usize| {
            course.lessons[lesson]
                .versions
                .get(Locale::ZghLatn)
                .unwrap()
        };
        assert_eq!(latin(0).title, "Tazwarut");
        assert!(latin(0).html.contains("<h2>Azul</h2>"), "{}", latin(0).html);
        assert!(latin(0).html.contains("Aḍriṣ aⴸ."), "{}", latin(0).html);
        assert_eq!(latin(1).title, "Tis snat (s ufus)", "written by hand");
        // The Tuareg letter ⴸ has no Latin letter: one warning, where it is, in the file
        // whose Latin version is made (the hand-written one needs none).
        let found = placed("latin", &warnings);
        assert_eq!(
            found,
            ["sample/01-made/lesson.zgh.md:8:8: `ⴸ` (U+2D38) has no Latin letter: the Latin-script view shows it in Tifinagh"]
        );
    }

    #[test]
    fn every_problem_is_reported_at_once_with_its_place() {
        assert_eq!(
            problems("broken"),
            vec![
                "bad-toml/course.toml:3:22: invalid basic string, expected `\"`",
                "no-toml:1:1: this folder has no course.toml",
                "sample/01-first/lesson.en.md:1:1: unknown language `en` in the file name",
                "sample/01-first/lesson.fr.md:3:11: front matter: invalid type: string \"five\", expected u16",
                "sample/01-first/lesson.fr.md:6:1: a lesson cannot have a level-1 heading (`# …`)",
                "sample/course.toml:4:1: unknown language `en` in `languages`",
                "sample/notes:1:1: `notes` is not a lesson folder name",
            ]
            .into_iter()
            .map(String::from)
            .collect::<Vec<_>>()
        );
    }

    #[test]
    fn media_problems_point_at_their_line_and_raw_html_is_a_warning() {
        let problems: Vec<String> = problems("media")
            .into_iter()
            .map(|p| p.replace("sample/01-first/lesson.fr.md:", ""))
            .collect();
        assert_eq!(
            problems,
            [
                "4:1: narration: the file `media/missing.fr.mp3` does not exist",
                "9:1: this image has no alt text",
                "11:1: image: the file `media/absent.svg` does not exist",
                "13:1: image: `../../secret.svg` is not in this lesson's `media/` folder",
                "15:1: raw HTML is cleaned before it is shown: scripts, styles, forms and unknown tags are removed",
                "17:12: raw HTML is cleaned before it is shown: scripts, styles, forms and unknown tags are removed",
                "17:19: raw HTML is cleaned before it is shown: scripts, styles, forms and unknown tags are removed",
                "19:1: broken link to `../02-nope/lesson.fr.md`: no lesson or course is there",
            ]
        );
    }

    #[test]
    fn media_addresses_are_relative_to_the_lesson_page() {
        let catalog = load_catalog(&fixture("valid")).unwrap().catalog;
        let lesson = &catalog.course("sample").unwrap().lessons[0];
        let version = lesson.versions.get(Locale::Fr).unwrap();
        assert_eq!(
            version.narration.as_deref(),
            Some("/media/sample/first/first.fr.mp3")
        );
        assert!(
            version.html.contains(
                r#"<img src="/media/sample/first/diagram.svg" alt="Un schéma à trois cases">"#
            ),
            "{}",
            version.html
        );
        assert!(lesson.folder.ends_with("01-first"));
    }

    #[test]
    fn a_missing_folder_is_unreadable_not_invalid() {
        assert!(matches!(
            load_catalog(&fixture("does-not-exist")),
            Err(LoadError::Unreadable { .. })
        ));
    }

    /// A one-course, one-lesson folder in a temporary directory, with the given lesson files.
    fn temp_course(name: &str, lessons: &[(&str, &[u8])]) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("tifawt-{name}-{}", std::process::id()));
        let lesson = dir.join("c/01-l");
        fs::create_dir_all(&lesson).unwrap();
        fs::write(
            dir.join("c/course.toml"),
            "id = \"c\"\norder = 1\nlanguages = [\"fr\"]\n[title]\nfr = \"C\"\n[summary]\nfr = \"S\"\n",
        )
        .unwrap();
        for (file, text) in lessons {
            fs::write(lesson.join(file), text).unwrap();
        }
        dir
    }

    #[test]
    fn pass_mark_and_competences_are_read_and_checked() {
        let catalog = load_catalog(&fixture("valid")).unwrap().catalog;
        let course = catalog.course("sample").unwrap();
        assert_eq!(course.pass_mark, 70, "the default");
        assert!(course.competences.get(Locale::Fr).is_none());

        let dir = temp_course(
            "pass-mark",
            &[("lesson.fr.md", b"+++\ntitle = \"T\"\nminutes = 1\n+++\n")],
        );
        fs::write(
            dir.join("c/course.toml"),
            "id = \"c\"\norder = 1\nlanguages = [\"fr\"]\npass_mark = 120\n[title]\nfr = \"C\"\n[summary]\nfr = \"S\"\n\
             [competences]\nfr = [\"Lire\", \"\"]\nen = [\"Read\"]\n",
        )
        .unwrap();
        let result = load_catalog(&dir);
        fs::remove_dir_all(&dir).unwrap();
        let Err(LoadError::Invalid(problems)) = result else {
            panic!("expected problems")
        };
        let messages: Vec<_> = problems
            .iter()
            .map(|p| format!("{}: {}", p.line, p.message))
            .collect();
        assert_eq!(
            messages,
            [
                "4: `pass_mark` is 120",
                "9: unknown language `en` in [competences]",
                "9: the competences in `fr` is empty"
            ]
        );
    }

    #[test]
    fn every_language_must_ask_the_same_questions() {
        let quiz = |ids: &[&str]| {
            let mut text = String::from("+++\ntitle = \"T\"\nminutes = 1\n+++\n## Quiz {.quiz}\n");
            for id in ids {
                text.push_str(&format!("### Q {{#{id}}}\n- [x] a\n- [ ] b\n\n"));
            }
            text
        };
        let (fr, ar) = (quiz(&["one", "two"]), quiz(&["two", "three"]));
        let dir = temp_course(
            "questions",
            &[
                ("lesson.fr.md", fr.as_bytes()),
                ("lesson.ar.md", ar.as_bytes()),
            ],
        );
        let result = load_catalog(&dir);
        fs::remove_dir_all(&dir).unwrap();
        let Err(LoadError::Invalid(problems)) = result else {
            panic!("expected a problem")
        };
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].path.ends_with("lesson.fr.md"),
            "{:?}",
            problems[0].path
        );
        assert_eq!(
            problems[0].message,
            "the quiz does not ask the same questions as lesson.ar.md: missing `three`; not in lesson.ar.md: `one`"
        );
    }

    #[test]
    fn every_language_must_have_the_same_practice_blocks() {
        let lesson = |id: &str| {
            format!("+++\ntitle = \"T\"\nminutes = 1\n+++\n## Try {{.try #{id}}}\n\nDo it.\n")
        };
        let (fr, zgh) = (lesson("precise"), lesson("vague"));
        let dir = temp_course(
            "practice",
            &[
                ("lesson.fr.md", fr.as_bytes()),
                ("lesson.zgh.md", zgh.as_bytes()),
            ],
        );
        let result = load_catalog(&dir);
        fs::remove_dir_all(&dir).unwrap();
        let Err(LoadError::Invalid(problems)) = result else {
            panic!("expected a problem")
        };
        let messages: Vec<_> = problems.iter().map(|p| p.message.as_str()).collect();
        assert!(
            messages.contains(
                &"the lesson does not have the same practice blocks as lesson.zgh.md: missing `vague`; not in lesson.zgh.md: `precise`"
            ),
            "{messages:?}"
        );
    }

    #[test]
    fn invalid_utf8_is_reported_with_its_line() {
        let dir = temp_course(
            "utf8",
            &[(
                "lesson.fr.md",
                b"+++\ntitle = \"T\"\nminutes = 1\n+++\nok \xff\n",
            )],
        );
        let result = load_catalog(&dir);
        fs::remove_dir_all(&dir).unwrap();
        let Err(LoadError::Invalid(problems)) = result else {
            panic!("expected a problem")
        };
        assert_eq!(
            (problems[0].line, problems[0].column),
            (5, 4),
            "{problems:?}"
        );
    }
}
