//! Links from one lesson to another lesson or course, written as paths between their
//! folders so they also work in any Markdown preview:
//! `[the next lesson](../02-how-chatbots-work/lesson.fr.md)`,
//! `[the digital skills course](../../digital-skills/)`.
//! On the page they become addresses relative to the lesson page (`../ai-literacy/
//! how-chatbots-work`), so they stay in the learner's language.

use super::loader::lesson_folder_name;
use std::path::{Component, Path, PathBuf};

/// Where an internal link leads, as a page address relative to the current lesson page;
/// or why it leads nowhere.
pub fn resolve(lesson_folder: &Path, link: &str) -> Result<String, String> {
    let (path, fragment) = match link.split_once('#') {
        Some((path, fragment)) => (path, format!("#{fragment}")),
        None => (link, String::new()),
    };
    // Absolute first: a relative courses folder (`../courses`) starts with `..`.
    let lesson_folder = lexical(&std::path::absolute(lesson_folder).map_err(|e| e.to_string())?);
    let root = lesson_folder
        .parent()
        .and_then(Path::parent)
        .ok_or("the lesson is not inside a course")?;
    let target = lexical(&lesson_folder.join(path));
    let inside: Vec<String> = target
        .strip_prefix(root)
        .map_err(|_| "it leads outside the courses folder".to_string())?
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let nowhere = || "no lesson or course is there".to_string();
    let course_folder = root.join(inside.first().ok_or_else(nowhere)?);
    let course_id = course_id(&course_folder).ok_or_else(nowhere)?;
    match inside.as_slice() {
        [_] => Ok(format!("../{course_id}{fragment}")),
        [_, lesson] | [_, lesson, _] => {
            let (_, lesson_id) = lesson_folder_name(lesson)
                .filter(|_| course_folder.join(lesson).is_dir())
                .ok_or_else(nowhere)?;
            if let [_, _, file] = inside.as_slice() {
                let is_lesson_file = file.starts_with("lesson.") && file.ends_with(".md");
                if !is_lesson_file || !course_folder.join(lesson).join(file).is_file() {
                    return Err(nowhere());
                }
            }
            Ok(format!("../{course_id}/{lesson_id}{fragment}"))
        }
        _ => Err(nowhere()),
    }
}

/// `..` and `.` removed without touching the disk.
fn lexical(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

fn course_id(course_folder: &Path) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct IdOnly {
        id: String,
    }
    let text = std::fs::read_to_string(course_folder.join("course.toml")).ok()?;
    // Only the id matters here (other keys are ignored); the course's own problems are
    // reported when it loads.
    toml::from_str::<IdOnly>(&text).ok().map(|course| course.id)
}

#[cfg(test)]
mod tests {
    use super::resolve;
    use std::path::Path;

    fn shipped(lesson: &str) -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../courses")
            .join(lesson)
    }

    #[test]
    fn links_between_lessons_and_courses_become_page_addresses() {
        let here = shipped("ai-literacy/01-what-is-ai");
        assert_eq!(
            resolve(&here, "../02-how-chatbots-work/lesson.fr.md").unwrap(),
            "../ai-literacy/how-chatbots-work"
        );
        assert_eq!(
            resolve(&here, "../02-how-chatbots-work/").unwrap(),
            "../ai-literacy/how-chatbots-work"
        );
        assert_eq!(
            resolve(&here, "../02-how-chatbots-work#part").unwrap(),
            "../ai-literacy/how-chatbots-work#part"
        );
        assert_eq!(
            resolve(
                &here,
                "../../digital-skills/05-passwords-and-safety/lesson.ar.md"
            )
            .unwrap(),
            "../digital-skills/passwords-and-safety"
        );
        assert_eq!(
            resolve(&here, "../../digital-skills/").unwrap(),
            "../digital-skills"
        );
    }

    #[test]
    fn a_relative_courses_folder_works_too() {
        // Tests run in server/, so this path starts with `..`, as `--courses-dir ../courses` does.
        let here = Path::new("../courses/ai-literacy/01-what-is-ai");
        assert_eq!(
            resolve(
                here,
                "../../digital-skills/05-passwords-and-safety/lesson.fr.md"
            )
            .unwrap(),
            "../digital-skills/passwords-and-safety"
        );
    }

    #[test]
    fn broken_links_say_why() {
        let here = shipped("ai-literacy/01-what-is-ai");
        assert_eq!(
            resolve(&here, "../09-nope/lesson.fr.md").unwrap_err(),
            "no lesson or course is there"
        );
        assert_eq!(
            resolve(&here, "../02-how-chatbots-work/lesson.en.md").unwrap_err(),
            "no lesson or course is there"
        );
        assert_eq!(
            resolve(&here, "../../../../etc/passwd").unwrap_err(),
            "it leads outside the courses folder"
        );
        assert_eq!(
            resolve(&here, "../../nope/").unwrap_err(),
            "no lesson or course is there"
        );
    }
}
