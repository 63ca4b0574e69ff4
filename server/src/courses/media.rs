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

/// The kinds of file a lesson may show or play, by extension, and the type they are served
/// as. Nothing else is served: an HTML file (or anything a browser might run) put in
/// `media/` would run as Tifawt's own pages. SVG is served with a policy that runs nothing
/// when it is opened on its own.
const MEDIA_TYPES: [(&str, &str); 14] = [
    ("avif", "image/avif"),
    ("gif", "image/gif"),
    ("jpeg", "image/jpeg"),
    ("jpg", "image/jpeg"),
    ("png", "image/png"),
    ("svg", "image/svg+xml"),
    ("webp", "image/webp"),
    ("m4a", "audio/mp4"),
    ("mp3", "audio/mpeg"),
    ("oga", "audio/ogg"),
    ("ogg", "audio/ogg"),
    ("opus", "audio/ogg"),
    ("mp4", "video/mp4"),
    ("webm", "video/webm"),
];

/// The type a media file is served as, or `None` for a kind of file never served.
pub fn media_type(name: &str) -> Option<&'static str> {
    let (_, extension) = name.rsplit_once('.')?;
    MEDIA_TYPES
        .iter()
        .find(|(known, _)| extension.eq_ignore_ascii_case(known))
        .map(|(_, media_type)| *media_type)
}

/// The file `name` of a lesson's `media/` folder, if it is a regular file there: not a
/// symbolic link, and not inside a `media/` folder that is one (either could lead out of
/// the courses, to any file the server may read).
pub fn regular_file(lesson_folder: &Path, name: &str) -> Result<std::path::PathBuf, String> {
    let folder = lesson_folder.join(MEDIA_DIR);
    let path = folder.join(name);
    let is_link = |p: &Path| {
        p.symlink_metadata()
            .is_ok_and(|m| m.file_type().is_symlink())
    };
    if is_link(&folder) || is_link(&path) {
        return Err("it is a symbolic link: copy the file itself into `media/`".into());
    }
    if path.is_file() {
        Ok(path)
    } else {
        Err("it does not exist".into())
    }
}

/// The file name of a reference to a lesson's media (`media/NAME`), if it is one, of a kind
/// served, and a regular file there; else why not.
pub fn resolve<'a>(lesson_folder: &Path, reference: &'a str) -> Result<&'a str, String> {
    let name = reference
        .strip_prefix("./")
        .unwrap_or(reference)
        .strip_prefix("media/")
        .filter(|name| is_plain_file_name(name))
        .ok_or_else(|| format!("`{reference}` is not in this lesson's `media/` folder"))?;
    if media_type(name).is_none() {
        let known: Vec<&str> = MEDIA_TYPES
            .iter()
            .map(|(extension, _)| *extension)
            .collect();
        return Err(format!(
            "`{reference}` is not a kind of file lessons may show (use one of: {})",
            known.join(", ")
        ));
    }
    match regular_file(lesson_folder, name) {
        Ok(_) => Ok(name),
        Err(why) if why.starts_with("it does not") => {
            Err(format!("the file `{reference}` does not exist"))
        }
        Err(why) => Err(format!("`{reference}`: {why}")),
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
        assert!(resolve(folder, "media/page.html")
            .unwrap_err()
            .contains("is not a kind of file lessons may show"));
    }

    #[test]
    fn only_known_kinds_of_file_are_served_with_their_own_type() {
        assert_eq!(media_type("robot.WEBP"), Some("image/webp"));
        assert_eq!(media_type("a.b.mp3"), Some("audio/mpeg"));
        assert_eq!(media_type("diagram.svg"), Some("image/svg+xml"));
        for never in [
            "page.html",
            "x.htm",
            "x.js",
            "x.xml",
            "x.xhtml",
            "x",
            "mp3",
            "x.pdf",
        ] {
            assert_eq!(media_type(never), None, "{never}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn symbolic_links_are_refused() {
        let dir = std::env::temp_dir().join(format!("tifawt_media_{}", std::process::id()));
        let media = dir.join("lesson").join(MEDIA_DIR);
        std::fs::create_dir_all(&media).unwrap();
        std::fs::write(dir.join("secret.png"), b"x").unwrap();
        std::fs::write(media.join("real.png"), b"x").unwrap();
        std::os::unix::fs::symlink(dir.join("secret.png"), media.join("link.png")).unwrap();
        let lesson = dir.join("lesson");
        assert_eq!(resolve(&lesson, "media/real.png"), Ok("real.png"));
        assert!(resolve(&lesson, "media/link.png")
            .unwrap_err()
            .contains("symbolic link"));
        // A `media/` folder that is itself a link.
        let other = dir.join("other");
        std::fs::create_dir_all(&other).unwrap();
        std::os::unix::fs::symlink(&dir, other.join(MEDIA_DIR)).unwrap();
        assert!(resolve(&other, "media/secret.png")
            .unwrap_err()
            .contains("symbolic link"));
        std::fs::remove_dir_all(&dir).unwrap();
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
