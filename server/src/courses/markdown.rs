//! A lesson file: front matter, then CommonMark + GFM, rendered to sanitised HTML.

use super::front_matter::{self, FrontMatter};
use super::practice::{self, parse_practice, PRACTICE_CLASS};
use super::problem::{Position, Problem};
use super::quiz::{depth_after, matching_end, parse_quiz, Spanned, QUIZ_CLASS};
use super::raw_html::{self, ImageScanner};
use super::{links, media};
use pulldown_cmark::{Event, HeadingLevel, MetadataBlockKind, Options, Parser, Tag, TagEnd};
use std::path::Path;
use std::sync::LazyLock;
use tifawt_app::catalog::{Practice, Quiz};
use tifawt_app::i18n::{Locale, Translator};
use tifawt_app::tifinagh::ToLatin;

/// How a lesson file is shown: in the language it is written in, or, for a Tamazight file
/// in Tifinagh, in Latin script (the `zgh-Latn` version, when no author wrote one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    AsWritten(Locale),
    InLatin,
}

impl Shown {
    fn locale(self) -> Locale {
        match self {
            Shown::AsWritten(locale) => locale,
            Shown::InLatin => Locale::ZghLatn,
        }
    }
}

#[derive(Debug)]
pub struct ParsedLesson {
    pub front: FrontMatter,
    /// Safe to put in a page as is; up to the first practice block, without the quiz.
    pub html: String,
    pub practice: Vec<Practice>,
    pub quiz: Option<Quiz>,
    /// The recorded reading's address, relative to the lesson page.
    pub narration: Option<String>,
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
        .add_allowed_classes("span", ["visually-hidden"])
        .link_rel(Some("noopener noreferrer"));
    builder
});

/// Parses one lesson file, whose media are served under `media_base`, to be shown as
/// `shown` says. Errors come back as `Err`; warnings (the lesson still loads) are added to
/// `warnings`.
pub fn parse_lesson(
    path: &Path,
    source: &str,
    media_base: &str,
    shown: Shown,
    warnings: &mut Vec<Problem>,
) -> Result<ParsedLesson, Vec<Problem>> {
    let folder = path.parent().unwrap_or(Path::new("."));
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

    let mut events: Vec<Spanned<'_>> = events.collect();
    if shown == Shown::InLatin {
        write_in_latin(&mut events);
        if let Some(front) = front.as_mut() {
            front.title = tifawt_app::tifinagh::to_latin(&front.title);
            for objective in &mut front.objectives {
                *objective = tifawt_app::tifinagh::to_latin(objective);
            }
        }
    }
    check_references(
        path,
        source,
        folder,
        media_base,
        &mut events,
        &mut problems,
        warnings,
    );
    name_other_sites(&mut events, shown.locale());
    // The text up to the first practice block, then each block with the text after it.
    let mut body = Vec::new();
    let mut practice_blocks: Vec<(Practice, Vec<Event<'_>>)> = Vec::new();
    let mut quiz = None;
    let mut seen_quiz = false;
    let mut previous_level = 1;
    // How many lists, quotes and other blocks hold the event: a section starts only
    // at a heading outside all of them.
    let mut depth = 0usize;
    let mut i = 0;
    while i < events.len() {
        let (event, range) = &events[i];
        let nested = depth > 0;
        if let Event::Start(Tag::Heading {
            level, classes, id, ..
        }) = event
        {
            let level_number = *level as usize;
            let at = || Position::of_offset(source, range.start);
            if level_number == 1 {
                problems.push(
                    Problem::new(path, at(), "a lesson cannot have a level-1 heading (`# …`)")
                        .hint("the page shows the lesson title as its main heading; start sections with `##`"),
                );
            } else if level_number > previous_level + 1 {
                problems.push(
                    Problem::new(path, at(), format!("heading level skipped: level {level_number} after level {previous_level}"))
                        .hint(format!("use `{}` here, so screen-reader users can follow the outline", "#".repeat(previous_level + 1))),
                );
            }
            previous_level = level_number;
            let has_class = |class: &str| classes.iter().any(|c| c.as_ref() == class);
            let is_section = has_class(QUIZ_CLASS) || has_class(PRACTICE_CLASS);
            if nested && is_section {
                problems.push(
                    Problem::new(path, at(), "a quiz or practice heading cannot be inside a list or a quote")
                        .hint("write the `## …` heading on a line of its own, outside any list (`-`) or quote (`>`)"),
                );
            }
            // A quiz or a practice block runs to the next section: a level-1 or level-2
            // heading outside any list or quote, so that its events stay balanced.
            let heading_end = matching_end(&events, i);
            let section_end = || {
                let mut depth = 0usize;
                events[heading_end + 1..]
                    .iter()
                    .position(|(e, _)| {
                        let top_level = depth == 0;
                        depth = depth_after(depth, e);
                        top_level
                            && matches!(
                                e,
                                Event::Start(Tag::Heading {
                                    level: HeadingLevel::H1 | HeadingLevel::H2,
                                    ..
                                })
                            )
                    })
                    .map_or(events.len(), |p| heading_end + 1 + p)
            };
            let section = !nested && is_section;
            if section
                && *level == HeadingLevel::H2
                && has_class(PRACTICE_CLASS)
                && !has_class(QUIZ_CLASS)
            {
                let section_end = section_end();
                if let Some(id) = id
                    .as_deref()
                    .filter(|id| practice_blocks.iter().any(|(block, _)| block.id == *id))
                {
                    problems.push(
                        Problem::new(
                            path,
                            at(),
                            format!("two practice blocks have the id `{id}`"),
                        )
                        .hint("give each practice block its own id"),
                    );
                }
                let heading = practice::Heading {
                    title: plain_text(&events[i + 1..heading_end]),
                    id: id.as_deref(),
                    classes,
                    offset: range.start,
                };
                let parsed = parse_practice(
                    path,
                    source,
                    heading,
                    &events[heading_end + 1..section_end],
                    &render,
                    &mut problems,
                );
                practice_blocks.extend(parsed.map(|block| (block, Vec::new())));
                i = section_end;
                continue;
            }
            if section && *level == HeadingLevel::H2 && has_class(QUIZ_CLASS) {
                let section_end = section_end();
                let title = plain_text(&events[i + 1..heading_end]);
                if has_class(PRACTICE_CLASS) {
                    problems.push(
                        Problem::new(
                            path,
                            at(),
                            "a heading is a quiz or a practice block, not both",
                        )
                        .hint("keep `.quiz` or `.try`"),
                    );
                }
                if seen_quiz {
                    problems.push(
                        Problem::new(path, at(), "a lesson has one quiz")
                            .hint("put all the questions under one `{.quiz}` heading"),
                    );
                }
                seen_quiz = true;
                quiz = parse_quiz(
                    path,
                    source,
                    title,
                    range.start,
                    &events[heading_end + 1..section_end],
                    &render,
                    &mut problems,
                );
                i = section_end;
                continue;
            }
        }
        if let Some(kind) = practice::own_block(event) {
            problems.push(
                Problem::new(path, Position::of_offset(source, range.start), format!("a ```` ```{kind} ```` block belongs in a practice block"))
                    .hint("put it under a `## Title {.try #an-id}` heading, or name the code block's language otherwise"),
            );
        }
        match practice_blocks.last_mut() {
            Some((_, after)) => after.push(event.clone()),
            None => body.push(event.clone()),
        }
        depth = depth_after(depth, event);
        i += 1;
    }

    let mut narration = None;
    if let Some(reference) = front.as_ref().and_then(|f| f.narration.as_deref()) {
        match media::resolve(folder, reference) {
            Ok(name) => narration = Some(media::href(media_base, name)),
            Err(why) => problems.push(
                Problem::new(path, Position::of_offset(source, source.find("narration").unwrap_or(0)), format!("narration: {why}"))
                    .hint("put the recording in the lesson's `media/` folder, e.g. `narration = \"media/lesson.fr.mp3\"`"),
            ),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let front = front.expect("no problems means the front matter parsed");
    Ok(ParsedLesson {
        front,
        html: render_events(body.into_iter()),
        practice: practice_blocks
            .into_iter()
            .map(|(block, after)| Practice {
                html_after: render_events(after.into_iter()),
                ..block
            })
            .collect(),
        quiz,
        narration,
    })
}

/// Images need alt text and an existing file, and links to other lessons an existing
/// lesson: their addresses are rewritten for the page. Raw HTML is cleaned, which the
/// author is warned about; an `<img>` in it needs an `alt` too (its address is left as
/// written).
fn check_references(
    path: &Path,
    source: &str,
    folder: &Path,
    media_base: &str,
    events: &mut [Spanned<'_>],
    problems: &mut Vec<Problem>,
    warnings: &mut Vec<Problem>,
) {
    let mut raw_images = ImageScanner::new();
    for i in 0..events.len() {
        // Counting lines is linear in the file: only done for a problem.
        let start = events[i].1.start;
        let at = || Position::of_offset(source, start);
        // A screen reader announces a link by its text: without any, it reads the address,
        // or nothing. The alt text of an image inside the link counts as its text.
        if let Event::Start(Tag::Link { dest_url, .. }) = &events[i].0 {
            let end = matching_end(events, i);
            if plain_text(&events[i + 1..end]).is_empty() {
                problems.push(
                    Problem::new(path, at(), format!("this link to `{dest_url}` has no text"))
                        .hint("say where it leads, between the brackets: `[the UNESCO guide on AI](https://…)`"),
                );
            }
        }
        // An image in raw HTML: reported on the line where its tag ends (an HTML block
        // comes one line at a time; an inline tag is one piece).
        if let Event::Html(html) | Event::InlineHtml(html) = &events[i].0 {
            for src in raw_images.feed(html) {
                problems.push(
                    Problem::new(path, at(), format!("this image `<img src=\"{src}\">` has no alt text"))
                        .hint(format!("describe what it shows, for learners who cannot see it: `<img src=\"{src}\" alt=\"a laptop with a chat window\">`; write `alt=\"\"` only if it is decoration")),
                );
            }
        }
        match &events[i].0 {
            Event::Start(Tag::Image { dest_url, .. }) => {
                let end = matching_end(events, i);
                if plain_text(&events[i + 1..end]).is_empty() {
                    problems.push(
                        Problem::new(path, at(), "this image has no alt text")
                            .hint("describe what the image shows, for learners who cannot see it: `![a laptop with a chat window](media/chat.webp)`"),
                    );
                }
                if !media::is_external(dest_url) {
                    match media::resolve(folder, dest_url) {
                        Ok(name) => {
                            let href = media::href(media_base, name);
                            if let Event::Start(Tag::Image { dest_url, .. }) = &mut events[i].0 {
                                *dest_url = href.into();
                            }
                        }
                        Err(why) => problems.push(
                            Problem::new(path, at(), format!("image: {why}"))
                                .hint("put images in the lesson's `media/` folder and write `![alt text](media/name.webp)`"),
                        ),
                    }
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) if !media::is_external(dest_url) && !dest_url.starts_with('/') => {
                match links::resolve(folder, dest_url) {
                    Ok(href) => {
                        if let Event::Start(Tag::Link { dest_url, .. }) = &mut events[i].0 {
                            *dest_url = href.into();
                        }
                    }
                    Err(why) => problems.push(
                        Problem::new(path, at(), format!("broken link to `{dest_url}`: {why}"))
                            .hint("link to another lesson by its folder, e.g. `[the next lesson](../02-how-chatbots-work/lesson.fr.md)`"),
                    ),
                }
            }
            Event::Start(Tag::HtmlBlock) | Event::InlineHtml(_) => warnings.push(
                Problem::new(path, at(), "raw HTML is cleaned before it is shown: scripts, styles, forms and unknown tags are removed")
                    .hint("write this in Markdown instead, so it shows as you meant")
                    .warning(),
            ),
            _ => {}
        }
    }
}

/// The text of a Tamazight lesson in Latin script: what is read (text, image descriptions,
/// raw HTML's text, a practice block's prompt and instructions) but not code, and not the Markdown structure or addresses, which are
/// not text events. Each block starts a sentence, which Latin spelling capitalises.
fn write_in_latin(events: &mut [Spanned<'_>]) {
    let mut latin = ToLatin::new();
    let mut in_code = false;
    for (event, _) in events.iter_mut() {
        match event {
            // A practice block's prompt and instructions are words, not code.
            event @ Event::Start(Tag::CodeBlock(_)) => {
                in_code = practice::own_block(&*event).is_none();
                latin.start_sentence();
            }
            Event::End(TagEnd::CodeBlock) => in_code = false,
            Event::Start(
                Tag::Paragraph
                | Tag::Heading { .. }
                | Tag::Item
                | Tag::TableCell
                | Tag::BlockQuote(_)
                | Tag::FootnoteDefinition(_)
                | Tag::Image { .. },
            ) => latin.start_sentence(),
            Event::Text(text) if !in_code => *text = latin.convert(text).into(),
            Event::Html(html) | Event::InlineHtml(html) => {
                let mut words = ToLatin::new();
                words.continue_sentence();
                *html = words.convert(html).into();
            }
            Event::Code(_) => latin.continue_sentence(),
            _ => {}
        }
    }
}

/// Links to other sites are marked by a sign (↗, in the stylesheet) and, for those who do
/// not see it, in words: "(other site)" in the lesson's language, read as part of the link.
fn name_other_sites(events: &mut Vec<Spanned<'_>>, locale: Locale) {
    let words = format!(" {}", Translator(locale).t("link-other-site"));
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::Link { dest_url, .. }) = &events[i].0 {
            if dest_url.starts_with("http://") || dest_url.starts_with("https://") {
                let end = matching_end(events, i);
                let range = events[end].1.clone();
                // The words as a text event: the HTML writer escapes them.
                let hidden = [
                    Event::InlineHtml(r#"<span class="visually-hidden">"#.into()),
                    Event::Text(words.clone().into()),
                    Event::InlineHtml("</span>".into()),
                ];
                events.splice(end..end, hidden.map(|event| (event, range.clone())));
                i = end + 3;
            }
        }
        i += 1;
    }
}

/// Markdown events to sanitised HTML.
fn render_events<'a>(events: impl Iterator<Item = Event<'a>>) -> String {
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events);
    raw_html::alt_for_every_image(SANITIZER.clean(&html).to_string())
}

fn render(events: &[Spanned<'_>]) -> String {
    render_events(events.iter().map(|(e, _)| e.clone()))
}

fn plain_text(events: &[Spanned<'_>]) -> String {
    events
        .iter()
        .filter_map(|(e, _)| match e {
            Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
            _ => None,
        })
        .collect::<String>()
        .trim()
        .to_string()
}

/// Parses a lesson text as `l.md` of the lesson `l`, for tests.
#[cfg(test)]
pub(super) fn parse_lesson_for_test(source: &str) -> Result<ParsedLesson, Vec<Problem>> {
    parse_lesson(
        Path::new("l.md"),
        source,
        "/media/c/l",
        Shown::AsWritten(Locale::Fr),
        &mut Vec::new(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRONT: &str = "+++\ntitle = \"T\"\nminutes = 5\n+++\n";

    fn parse(body: &str) -> Result<ParsedLesson, Vec<Problem>> {
        parse_lesson_for_test(&format!("{FRONT}{body}"))
    }

    /// The problem `body` has whose message contains `text` (a failure if there is none).
    fn problem_saying(body: &str, text: &str) -> Problem {
        let problems = parse(body).unwrap_err();
        problems
            .iter()
            .find(|p| p.message.contains(text))
            .cloned()
            .unwrap_or_else(|| panic!("{body:?}: {problems:?}"))
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
    fn a_link_without_text_is_an_error_with_its_line() {
        for body in [
            "## Part\n\nRead [](https://example.org).\n",
            "## Part\n\nRead [ ](https://example.org).\n",
            "## Part\n\nRead [![](media/x.webp)](https://example.org).\n",
        ] {
            let problem = problem_saying(body, "has no text");
            assert_eq!(problem.line, 7, "{body:?}");
            assert!(problem.message.contains("https://example.org"));
        }
        // Text, code, or an image's alt text: a name to announce.
        for body in [
            "## Part\n\nRead [the guide](https://example.org).\n",
            "## Part\n\nRead [`tifawt check`](https://example.org).\n",
        ] {
            assert!(parse(body).is_ok(), "{body:?}");
        }
    }

    #[test]
    fn a_quiz_or_practice_heading_inside_a_list_or_quote_is_a_placed_error() {
        // Found by the quiz-soup property (CI): a quiz heading in a quote in a list ended
        // the quiz before it in the middle of its list, and the choices' parser panicked.
        // In a quiz, it is a choice without a box.
        let problems =
            parse("## Quiz {.quiz}\n### ## Quiz {.quiz}\n### <img\n-   > ## Quiz {.quiz}\n")
                .unwrap_err();
        assert!(
            problems
                .iter()
                .any(|p| p.line == 8 && p.message.contains("has no `[ ]` or `[x]`")),
            "{problems:#?}"
        );
        for (body, line) in [
            ("## Part\n\n> ## Quiz {.quiz}\n", 7),
            ("## Part\n\n- ## Try it {.try #t}\n", 7),
        ] {
            let problem = problem_saying(body, "inside a list or a quote");
            assert_eq!(problem.line, line, "{body:?}");
        }
        // A quiz ends at the next section of the page, not at a heading inside its choices.
        let lesson = parse(
            "## Quiz {.quiz}\n\n### Which? {#which}\n- [x] Yes\n  > ## Not a section\n- [ ] No\n",
        )
        .unwrap_or_else(|p| panic!("{p:#?}"));
        assert_eq!(lesson.quiz.expect("a quiz").questions.len(), 1);
    }

    #[test]
    fn a_link_to_another_site_says_so_in_the_lessons_language() {
        let lesson =
            parse("## Part\n\nRead [the guide](https://example.org) or [this](#part).\n").unwrap();
        assert!(
            lesson
                .html
                .contains(r#">the guide<span class="visually-hidden"> (autre site)</span></a>"#),
            "{}",
            lesson.html
        );
        assert_eq!(
            lesson.html.matches("visually-hidden").count(),
            1,
            "{}",
            lesson.html
        );
    }

    #[test]
    fn an_image_in_raw_html_without_alt_is_an_error_with_its_line() {
        // Inline, in an HTML block of several tags (any case, quoted or not), in a quiz.
        for (body, line) in [
            ("## Part\n\nSee <img src=\"media/x.webp\"> here.\n", 7),
            ("## Part\n\n<p>\n<img src=media/a.webp alt=\"A\"><IMG SRC='media/x.webp'>\n</p>\n", 8),
            ("## Quiz {.quiz}\n\n### Which one? {#which}\n- [x] <img src=\"media/x.webp\">\n- [ ] Another\n", 8),
        ] {
            let problem = problem_saying(body, "has no alt text");
            assert!(problem.is_error());
            assert_eq!(problem.line, line, "{body:?}");
            assert!(problem.message.contains("media/x.webp"), "{problem:?}");
            assert!(problem.hint.as_deref().unwrap_or("").contains("alt="));
        }
        // alt="" says the author chose decoration; text, comments and textareas hold no image.
        for body in [
            "## Part\n\n<img src=\"media/x.webp\" alt=\"\">\n",
            "## Part\n\nSee <img src=media/x.webp ALT='a robot'>.\n",
            "## Part\n\nWrite `<img src=x>` and <!-- <img src=y> --> \\<img src=z>.\n",
        ] {
            assert!(parse(body).is_ok(), "{body:?}: {:?}", parse(body).err());
        }
    }

    #[test]
    fn every_image_reaching_the_sanitiser_gets_an_alt() {
        let html = render_events(
            [Event::Html("<p><img src=x><IMG SRC=y ALT=Y></p>\n".into())].into_iter(),
        );
        assert_eq!(
            html.trim_end(),
            r#"<p><img src="x" alt=""><img src="y" alt="Y"></p>"#
        );
    }

    #[test]
    fn a_tamazight_lesson_in_latin_keeps_structure_code_and_addresses() {
        let source = "+++\ntitle = \"ⴰⵣⵓⵍ\"\nminutes = 5\nobjectives = [\"ⴰⴷ ⵜⵙⵙⵏⴷ\"]\n+++\n\
            ## ⴰⵣⵓⵍ ⴼⵍⵍⴰⵡⵏ {#hello}\n\nⴰⵎⴰⵏ `ⴰⵎⴰⵏ` [ⴰⵙⵉⵜ](https://example.org/x) ⴷ ⴰⵎⴰⵏ.\n\n\
            ![ⵜⴰⵡⵍⴰⴼⵜ](https://example.org/x.webp)\n\n```\nⴰⵎⴰⵏ\n```\n\n\
            ## ⴰⵔⵎ {.quiz}\n\n### ⵎⴰⵏⵉ? {#q .short}\n- [x] ⴰⵙⵏⴰⵔⵓ\n";
        let mut warnings = Vec::new();
        let lesson = parse_lesson(
            Path::new("l.md"),
            source,
            "/m",
            Shown::InLatin,
            &mut warnings,
        )
        .unwrap();
        assert_eq!(lesson.front.title, "Azul");
        assert_eq!(lesson.front.objectives, ["Ad tssnd"]);
        let html = &lesson.html;
        assert!(html.contains("<h2>Azul fllawn</h2>"), "{html}");
        assert!(
            html.contains("<p>Aman <code>ⴰⵎⴰⵏ</code> <a href=\"https://example.org/x\""),
            "{html}"
        );
        assert!(
            html.contains(
                r#">asit<span class="visually-hidden"> (Asit nniḍn)</span></a> d aman.</p>"#
            ),
            "{html}"
        );
        assert!(html.contains(r#"alt="Tawlaft""#), "{html}");
        assert!(
            html.contains("<pre><code>ⴰⵎⴰⵏ\n</code></pre>"),
            "code is not text: {html}"
        );
        let quiz = lesson.quiz.unwrap();
        assert_eq!(quiz.title, "Arm");
        assert!(
            quiz.questions[0].prompt_html.contains("Mani?"),
            "{:?}",
            quiz.questions[0]
        );
        match &quiz.questions[0].answer {
            tifawt_app::catalog::Answer::Short { accepted, shown } => {
                assert_eq!(accepted, &["asnaru"]);
                assert_eq!(shown, "Asnaru");
            }
            other => panic!("{other:?}"),
        }
        // The same file as written keeps its Tifinagh.
        let written = parse_lesson(
            Path::new("l.md"),
            source,
            "/m",
            Shown::AsWritten(Locale::Zgh),
            &mut warnings,
        )
        .unwrap();
        assert_eq!(written.front.title, "ⴰⵣⵓⵍ");
        assert!(written.html.contains("ⴰⵣⵓⵍ ⴼⵍⵍⴰⵡⵏ"), "{}", written.html);
    }

    #[test]
    fn strips_scripts_and_event_handlers() {
        let lesson = parse("<script>alert(1)</script>\n\n<img src=x alt=x onerror=alert(1)>\n\n[x](javascript:alert(1))\n").unwrap();
        assert!(!lesson.html.contains("<script"), "{}", lesson.html);
        assert!(!lesson.html.contains("onerror"), "{}", lesson.html);
        assert!(!lesson.html.contains("javascript:"), "{}", lesson.html);
    }

    #[test]
    fn missing_front_matter_is_reported_at_the_top() {
        let problems = parse_lesson_for_test("## Hello\n").unwrap_err();
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
        let problems = parse_lesson_for_test(source).unwrap_err();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert_eq!(problems[0].line, 2);
        assert_eq!(problems[1].line, 5);
    }
}
