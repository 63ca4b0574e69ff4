//! Files beside a lesson (`media/robot.webp`, `media/what-is-ai.fr.mp3`): authors refer to
//! them relative to the lesson file; pages refer to them as
//! `/media/<course id>/<lesson id>/<file>`, the same in every language, served by the
//! media route.

use std::path::{Component, Path};

/// The folder inside a lesson folder that holds its media.
pub const MEDIA_DIR: &str = "media";

/// Whether a link points outside Tifawt (or is not a file path at all).
pub fn is_external(url: &str) -> bool {
    url.contains(':') || url.starts_with("//") || url.starts_with('#')
}

/// The file name of a reference to a lesson's media (`media/NAME`), if it is one and the
/// file exists; else why not.
pub fn resolve<'a>(lesson_folder: &Path, reference: &'a str) -> Result<&'a str, String> {
    let name = reference
        .strip_prefix("./")
        .unwrap_or(reference)
        .strip_prefix("media/")
        .filter(|name| is_plain_file_name(name))
        .ok_or_else(|| format!("`{reference}` is not in this lesson's `media/` folder"))?;
    if lesson_folder.join(MEDIA_DIR).join(name).is_file() {
        Ok(name)
    } else {
        Err(format!("the file `{reference}` does not exist"))
    }
}

/// Where a lesson's media are served: `/media/<course id>/<lesson id>`.
pub fn base(course_id: &str, lesson_id: &str) -> String {
    format!("/{MEDIA_DIR}/{course_id}/{lesson_id}")
}

/// The address of one media file under a lesson's base.
pub fn href(base: &str, name: &str) -> String {
    format!("{base}/{name}")
}

/// A single file name: no folders, no `..`, nothing hidden.
pub fn is_plain_file_name(name: &str) -> bool {
    let mut components = Path::new(name).components();
    matches!(
        (components.next(), components.next()),
        (Some(Component::Normal(_)), None)
    ) && !name.starts_with('.')
        && !name.contains('\\')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_names_in_media_are_accepted() {
        assert!(is_plain_file_name("robot.webp"));
        for bad in ["../x", "a/b", ".hidden", "..", "a\\b", ""] {
            assert!(!is_plain_file_name(bad), "{bad}");
        }
        let folder = Path::new("/nonexistent");
        assert!(resolve(folder, "images/x.png")
            .unwrap_err()
            .contains("not in this lesson's `media/` folder"));
        assert!(resolve(folder, "media/../../etc/passwd").is_err());
        assert!(resolve(folder, "media/x.png")
            .unwrap_err()
            .contains("does not exist"));
    }

    #[test]
    fn external_links_are_recognised() {
        for url in [
            "https://example.org",
            "mailto:a@b",
            "//cdn.example",
            "#part",
        ] {
            assert!(is_external(url), "{url}");
        }
        assert!(!is_external("media/x.png"));
        assert!(!is_external("../02-next/lesson.fr.md"));
    }
}
