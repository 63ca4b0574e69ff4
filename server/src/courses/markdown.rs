//! A lesson file: front matter, then CommonMark + GFM, rendered to sanitised HTML.

use super::front_matter::{self, FrontMatter};
use super::problem::{Position, Problem};
use pulldown_cmark::{Event, HeadingLevel, MetadataBlockKind, Options, Parser, Tag, TagEnd};
use std::path::Path;
use std::sync::LazyLock;

#[derive(Debug)]
pub struct ParsedLesson {
    pub front: FrontMatter,
    /// Safe to put in a page as is.
    pub html: String,
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
}

/// The allow-list every lesson's HTML goes through, whatever the author wrote.
static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    builder
        .add_generic_attributes(["dir"])
        .link_rel(Some("noopener noreferrer"));
    builder
});

pub fn parse_lesson(path: &Path, source: &str) -> Result<ParsedLesson, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut events = Parser::new_ext(source, options())
        .into_offset_iter()
        .peekable();

    let mut front = None;
    if let Some((Event::Start(Tag::MetadataBlock(MetadataBlockKind::PlusesStyle)), _)) =
        events.peek()
    {
        events.next();
        let (mut text, mut offset) = (String::new(), None);
        for (event, range) in events.by_ref() {
            match event {
                Event::Text(t) => {
                    offset.get_or_insert(range.start);
                    text.push_str(&t);
                }
                Event::End(TagEnd::MetadataBlock(_)) => break,
                _ => {}
            }
        }
        match front_matter::parse(path, source, offset.unwrap_or(0), &text) {
            Ok(parsed) => front = Some(parsed),
            Err(problem) => problems.push(problem),
        }
    } else {
        problems.push(
            Problem::at_start(path, "the lesson has no front matter")
                .hint("start the file with a block between two `+++` lines holding `title = \"…\"` and `minutes = 5`"),
        );
    }

    let mut body = Vec::new();
    let mut previous_level = 1;
    for (event, range) in events {
        if let Event::Start(Tag::Heading { level, .. }) = &event {
            let level = heading_number(*level);
            let at = Position::of_offset(source, range.start);
            if level == 1 {
                problems.push(
                    Problem::new(path, at, "a lesson cannot have a level-1 heading (`# …`)")
                        .hint("the page shows the lesson title as its main heading; start sections with `##`"),
                );
            } else if level > previous_level + 1 {
                problems.push(
                    Problem::new(
                        path,
                        at,
                        format!(
                            "heading level skipped: level {level} after level {previous_level}"
                        ),
                    )
                    .hint(format!(
                        "use `{}` here, so screen-reader users can follow the outline",
                        "#".repeat(previous_level + 1)
                    )),
                );
            }
            previous_level = level;
        }
        body.push(event);
    }

    if !problems.is_empty() {
        return Err(problems);
    }
    let mut html = String::with_capacity(source.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, body.into_iter());
    Ok(ParsedLesson {
        front: front.expect("no problems means the front matter parsed"),
        html: SANITIZER.clean(&html).to_string(),
    })
}

fn heading_number(level: HeadingLevel) -> usize {
    level as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRONT: &str = "+++\ntitle = \"T\"\nminutes = 5\n+++\n";

    fn parse(body: &str) -> Result<ParsedLesson, Vec<Problem>> {
        parse_lesson(Path::new("l.md"), &format!("{FRONT}{body}"))
    }

    #[test]
    fn renders_markdown_to_html() {
        let lesson = parse("## Part\n\nSome *text* and a [link](https://example.org).\n").unwrap();
        assert_eq!(lesson.front.title, "T");
        assert!(lesson.html.contains("<h2>Part</h2>"), "{}", lesson.html);
        assert!(lesson.html.contains("<em>text</em>"));
        assert!(
            lesson.html.contains(r#"rel="noopener noreferrer""#),
            "{}",
            lesson.html
        );
    }

    #[test]
    fn strips_scripts_and_event_handlers() {
        let lesson = parse("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))\n").unwrap();
        assert!(!lesson.html.contains("<script"), "{}", lesson.html);
        assert!(!lesson.html.contains("onerror"), "{}", lesson.html);
        assert!(!lesson.html.contains("javascript:"), "{}", lesson.html);
    }

    #[test]
    fn missing_front_matter_is_reported_at_the_top() {
        let problems = parse_lesson(Path::new("l.md"), "## Hello\n").unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!((problems[0].line, problems[0].column), (1, 1));
        assert!(problems[0].message.contains("no front matter"));
    }

    #[test]
    fn heading_problems_are_all_reported_with_lines() {
        let problems = parse("# Title\n\n## Ok\n\n#### Skipped\n").unwrap_err();
        let lines: Vec<_> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, vec![5, 9], "{problems:?}");
        assert!(problems[1].message.contains("level 4 after level 2"));
    }

    #[test]
    fn front_matter_and_body_problems_come_together() {
        let source = "+++\ntitle = 3\nminutes = 5\n+++\n# Big\n";
        let problems = parse_lesson(Path::new("l.md"), source).unwrap_err();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert_eq!(problems[0].line, 2);
        assert_eq!(problems[1].line, 5);
    }
}
