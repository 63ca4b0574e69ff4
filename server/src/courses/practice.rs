//! A practice block: a section where the learner tries a prompt on the centre's AI
//! assistant, written in plain Markdown that previews readably anywhere (see
//! courses/README.md):
//!
//! ````markdown
//! ## Essayez : une demande précise {.try #precise-prompt}
//!
//! Ajoutez le contexte, la tâche et le format, puis envoyez la demande.
//!
//! ```prompt
//! Parle-moi de l'eau.
//! ```
//!
//! ```instructions
//! The learner is practising precise prompts. Answer in at most 120 words.
//! ```
//! ````

use super::problem::{Position, Problem};
use super::quiz::{matching_end, Spanned};
use pulldown_cmark::{CodeBlockKind, CowStr, Event, Tag};
use std::path::Path;
use tifawt_app::catalog::{Practice, MAX_PROMPT_CHARS};

/// The class that marks a level-2 heading as a practice block.
pub const PRACTICE_CLASS: &str = "try";
/// The fenced block holding the starter prompt.
const PROMPT_INFO: &str = "prompt";
/// The fenced block holding the instructions for the model.
const INSTRUCTIONS_INFO: &str = "instructions";

/// Which of the practice block's own fenced blocks `event` starts, if it is one.
pub fn own_block(event: &Event<'_>) -> Option<&'static str> {
    match event {
        Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
            [PROMPT_INFO, INSTRUCTIONS_INFO]
                .into_iter()
                .find(|own| info.trim() == *own)
        }
        _ => None,
    }
}

/// The heading of a practice block and where it is.
pub struct Heading<'h> {
    pub title: String,
    pub id: Option<&'h str>,
    pub classes: &'h [CowStr<'h>],
    pub offset: usize,
}

/// Parses the events of a practice section (after its heading) into a [`Practice`]; the
/// text that follows it is for the caller to add.
pub fn parse_practice(
    path: &Path,
    source: &str,
    heading: Heading<'_>,
    events: &[Spanned<'_>],
    render: &dyn Fn(&[Spanned<'_>]) -> String,
    problems: &mut Vec<Problem>,
) -> Option<Practice> {
    let before = problems.len();
    let mut report = |offset: usize, message: String, hint: &str| {
        problems.push(Problem::new(path, Position::of_offset(source, offset), message).hint(hint));
    };
    let id = match heading.id {
        Some(id) if super::loader::is_slug(id) => id.to_string(),
        Some(id) => {
            report(
                heading.offset,
                format!("the practice id `{id}` is not a valid id"),
                "use lowercase letters, digits and hyphens, e.g. `{.try #precise-prompt}`",
            );
            String::new()
        }
        None => {
            report(
                heading.offset,
                "this practice block has no id".into(),
                "end the heading with an id that never changes, e.g. `{.try #precise-prompt}`",
            );
            String::new()
        }
    };
    if let Some(other) = heading
        .classes
        .iter()
        .find(|c| c.as_ref() != PRACTICE_CLASS)
    {
        report(
            heading.offset,
            format!("unknown class `.{other}` on a practice block"),
            "write the heading as `## Title {.try #an-id}`",
        );
    }
    let mut task = Vec::new();
    let (mut starter, mut instructions) = (None, None);
    let mut i = 0;
    while i < events.len() {
        let end = matching_end(events, i);
        match own_block(&events[i].0) {
            Some(kind) => {
                let text: String = events[i + 1..end]
                    .iter()
                    .filter_map(|(event, _)| match event {
                        Event::Text(text) => Some(text.as_ref()),
                        _ => None,
                    })
                    .collect();
                let slot = if kind == PROMPT_INFO {
                    &mut starter
                } else {
                    &mut instructions
                };
                if slot.is_some() {
                    report(
                        events[i].1.start,
                        format!("a practice block has one ```` ```{kind} ```` block"),
                        "join the two blocks into one",
                    );
                }
                *slot = Some((text.trim().to_string(), events[i].1.start));
            }
            None => task.extend_from_slice(&events[i..=end]),
        }
        i = end + 1;
    }
    let task_html = render(&task);
    if !task
        .iter()
        .any(|(event, _)| matches!(event, Event::Text(t) if !t.trim().is_empty()))
    {
        report(
            heading.offset,
            "this practice block does not say what to try".into(),
            "write the task under the heading, e.g. `Add who you are and what you want, then send it.`",
        );
    }
    if let Some((prompt, offset)) = &starter {
        let chars = prompt.chars().count();
        if chars > MAX_PROMPT_CHARS {
            report(
                *offset,
                format!("the starter prompt has {chars} characters; learners may send {MAX_PROMPT_CHARS}"),
                "shorten it: a starter prompt is a first try for the learner to improve",
            );
        }
    }
    (problems.len() == before).then(|| Practice {
        id,
        title: heading.title,
        task_html,
        starter_prompt: starter.map(|(prompt, _)| prompt).unwrap_or_default(),
        instructions: instructions
            .map(|(text, _)| text)
            .filter(|text| !text.is_empty()),
        html_after: String::new(),
    })
}

#[cfg(test)]
mod tests {
    use crate::courses::markdown::parse_lesson_for_test;
    use crate::courses::Problem;

    const FRONT: &str = "+++\ntitle = \"T\"\nminutes = 5\n+++\n";

    fn errors(body: &str) -> Vec<String> {
        match parse_lesson_for_test(&format!("{FRONT}{body}")) {
            Ok(_) => vec![],
            Err(problems) => problems.iter().map(Problem::to_string).collect(),
        }
    }

    #[test]
    fn a_block_has_its_task_prompt_and_instructions_and_the_text_after_it() {
        let lesson = parse_lesson_for_test(&format!(
            "{FRONT}## Intro\n\nBefore.\n\n## Try it {{.try #precise}}\n\nMake it *precise*.\n\n\
             ```prompt\nTell me about water.\n```\n\n```instructions\nAnswer briefly.\n```\n\n\
             ## After\n\nMore text.\n\n## Quiz {{.quiz}}\n\n### Q? {{#q}}\n- [x] a\n- [ ] b\n"
        ))
        .unwrap();
        assert!(lesson.html.contains("Before."), "{}", lesson.html);
        assert!(!lesson.html.contains("Try it"), "{}", lesson.html);
        assert!(!lesson.html.contains("After"), "{}", lesson.html);
        let [practice] = lesson.practice.as_slice() else {
            panic!("one block: {:?}", lesson.practice)
        };
        assert_eq!(practice.id, "precise");
        assert_eq!(practice.title, "Try it");
        assert_eq!(practice.task_html, "<p>Make it <em>precise</em>.</p>\n");
        assert_eq!(practice.starter_prompt, "Tell me about water.");
        assert_eq!(practice.instructions.as_deref(), Some("Answer briefly."));
        assert!(
            practice.html_after.contains("<h2>After</h2>")
                && practice.html_after.contains("More text."),
            "{}",
            practice.html_after
        );
        assert!(!practice.html_after.contains("Quiz"));
        assert!(lesson.quiz.is_some());
    }

    #[test]
    fn the_prompt_and_instructions_are_optional() {
        let lesson =
            parse_lesson_for_test(&format!("{FRONT}## Try {{.try #free}}\n\nAsk anything.\n"))
                .unwrap();
        assert_eq!(lesson.practice[0].starter_prompt, "");
        assert_eq!(lesson.practice[0].instructions, None);
    }

    #[test]
    fn mistakes_are_reported_at_their_line() {
        let no_id = errors("## Try\n\nx\n\n## Other {.try}\n\nDo it.\n");
        assert!(
            no_id[0].starts_with("l.md:9:1: error: this practice block has no id"),
            "{no_id:?}"
        );
        let empty = errors("## Try {.try #t}\n\n```prompt\nhello\n```\n");
        assert!(
            empty[0].contains("5:1: error: this practice block does not say what to try"),
            "{empty:?}"
        );
        let twice = errors("## Try {.try #t}\n\nDo.\n\n```prompt\na\n```\n\n```prompt\nb\n```\n");
        assert!(
            twice[0].contains("13:1: error: a practice block has one ```` ```prompt ```` block"),
            "{twice:?}"
        );
        let long = errors(&format!(
            "## Try {{.try #t}}\n\nDo.\n\n```prompt\n{}\n```\n",
            "a".repeat(1001)
        ));
        assert!(
            long[0].contains("9:1: error: the starter prompt has 1001 characters"),
            "{long:?}"
        );
        let outside = errors("## Part\n\n```instructions\nsecret\n```\n");
        assert!(
            outside[0].contains(
                "7:1: error: a ```` ```instructions ```` block belongs in a practice block"
            ),
            "{outside:?}"
        );
        let same = errors("## A {.try #t}\n\nDo.\n\n## B {.try #t}\n\nDo.\n");
        assert!(
            same[0].contains("9:1: error: two practice blocks have the id `t`"),
            "{same:?}"
        );
        let class = errors("## A {.try .quiz #t}\n\nDo.\n");
        assert!(!class.is_empty(), "a heading cannot be both");
    }

    #[test]
    fn other_code_blocks_are_part_of_the_task() {
        let lesson = parse_lesson_for_test(&format!(
            "{FRONT}## Try {{.try #t}}\n\nCompare:\n\n```\nan example\n```\n"
        ))
        .unwrap();
        assert!(
            lesson.practice[0]
                .task_html
                .contains("<code>an example\n</code>"),
            "{}",
            lesson.practice[0].task_html
        );
    }
}
