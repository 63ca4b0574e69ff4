//! Property tests of the lesson parser and the quiz parser (`proptest`), beside the seeded
//! tests in `tests/robustness.rs`, which run the whole loader on files.
//!
//! Two kinds of input: arbitrary bytes and Markdown soup, which mostly end at the first
//! mistake; and lessons built from a model (front matter, headings, text, a quiz with
//! random questions), valid or with exactly one mistake, which reach the deep code and
//! whose expected result is known.

use super::answers::normalize_answer;
use super::loader::is_slug;
use super::markdown::{parse_lesson, ParsedLesson, Shown};
use super::problem::{Position, Problem};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use std::path::Path;
use tifawt_app::catalog::{Answer, Choice, TranslationStatus};

/// Cases per property: the five take about 5 s of a debug `cargo test` on 2 cores.
const CASES: u32 = 512;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: CASES,
        ..ProptestConfig::default()
    }
}

type Parsed = (Result<ParsedLesson, Vec<Problem>>, Vec<Problem>);

fn parse(source: &str) -> Parsed {
    let mut warnings = Vec::new();
    let result = parse_lesson(
        Path::new("l.md"),
        source,
        "/media/c/l",
        Shown::AsWritten(tifawt_app::i18n::Locale::Fr),
        &mut warnings,
    );
    (result, warnings)
}

/// Every problem is placed inside the file: a line that exists, a column within it.
fn assert_placed(source: &str, problems: &[Problem]) -> Result<(), TestCaseError> {
    let lines: Vec<&str> = source.split('\n').collect();
    for problem in problems {
        prop_assert!(
            (1..=lines.len()).contains(&problem.line),
            "line {} of {}: {problem}",
            problem.line,
            lines.len()
        );
        let width = lines[problem.line - 1].chars().count();
        prop_assert!(
            (1..=width + 1).contains(&problem.column),
            "column {} of a {width}-character line: {problem}",
            problem.column
        );
    }
    Ok(())
}

/// No tag of sanitised HTML can run code: no `<script`, no `on…=` handler, no
/// `javascript:` address (a short form of `tests/robustness.rs`' `assert_safe`, which unit
/// tests cannot reach). Text may mention them: sanitised text has `<` escaped, so any `<`
/// starts a real tag.
fn assert_safe(html: &str) -> Result<(), TestCaseError> {
    for tag in html
        .to_lowercase()
        .split('<')
        .skip(1)
        .map(|rest| rest.split('>').next().unwrap_or("").to_string())
    {
        prop_assert!(!tag.starts_with("script"), "<{tag}> in {html}");
        prop_assert!(!tag.contains("javascript:"), "<{tag}> in {html}");
        for attribute in tag.split_whitespace().skip(1) {
            let handler = attribute.contains('=') && attribute.starts_with("on");
            prop_assert!(!handler, "handler in <{tag}>: {html}");
        }
    }
    Ok(())
}

/// What holds for any input: no panic, problems inside the file, errors only in `Err`,
/// warnings only as warnings, safe HTML everywhere, a quiz that keeps its own rules, and
/// the same verdict every time.
fn check_any(source: &str) -> Result<(), TestCaseError> {
    let (result, warnings) = parse(source);
    assert_placed(source, &warnings)?;
    prop_assert!(warnings.iter().all(|w| !w.is_error()));
    match &result {
        Err(problems) => {
            prop_assert!(!problems.is_empty());
            prop_assert!(problems.iter().all(Problem::is_error));
            assert_placed(source, problems)?;
        }
        Ok(lesson) => {
            assert_safe(&lesson.html)?;
            prop_assert!(!lesson.front.title.trim().is_empty());
            if let Some(quiz) = &lesson.quiz {
                prop_assert!(!quiz.questions.is_empty());
                let mut ids = std::collections::BTreeSet::new();
                for question in &quiz.questions {
                    prop_assert!(is_slug(&question.id), "{:?}", question.id);
                    prop_assert!(ids.insert(&question.id), "repeated {:?}", question.id);
                    assert_safe(&question.prompt_html)?;
                    let correct = |choices: &[Choice]| choices.iter().filter(|c| c.correct).count();
                    match &question.answer {
                        Answer::Single(choices) => {
                            prop_assert!(choices.len() >= 2 && correct(choices) == 1);
                        }
                        Answer::Multiple(choices) => {
                            prop_assert!(choices.len() >= 2 && correct(choices) >= 1);
                        }
                        Answer::Short { accepted, .. } => {
                            prop_assert!(
                                !accepted.is_empty(),
                                "a short question no answer can pass: {:?}",
                                question.id
                            );
                        }
                    }
                    if let Answer::Single(choices) | Answer::Multiple(choices) = &question.answer {
                        for choice in choices {
                            assert_safe(&choice.label_html)?;
                            assert_safe(choice.feedback_html.as_deref().unwrap_or(""))?;
                        }
                    }
                }
            }
        }
    }
    let (again, warnings_again) = parse(source);
    prop_assert_eq!(
        format!("{result:?}"),
        format!("{again:?}"),
        "not deterministic"
    );
    prop_assert_eq!(warnings, warnings_again);
    Ok(())
}

const FRONT: &str = "+++\ntitle = \"T\"\nminutes = 5\n+++\n";

/// Pieces of lesson and quiz syntax, for soup that reaches the quiz parser.
const PIECES: &[&str] = &[
    "## Quiz {.quiz}\n",
    "## ",
    "### ",
    "#### ",
    "# ",
    "{#a}",
    "{#b}",
    "{#a .multiple}",
    "{#b .short}",
    "### Q {#s .short}\n",
    "{.short}",
    "{.quiz}",
    "{#A}",
    "- [ ] ",
    "- [x] ",
    "- [X] ",
    "  - ",
    "  > ",
    "> ",
    "1. ",
    "- ",
    "* ",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    "  ",
    "\t",
    "x",
    "ⵜⵉⴼⴰⵡⵜ",
    "تيفاوت",
    "é",
    ".",
    "?",
    "؟",
    "`",
    "```\n",
    "*",
    "|",
    "|---|",
    "[^1]",
    "[l](../02-x/lesson.fr.md)",
    "![](media/a.png)",
    "![a](https://example.org/a.png)",
    "<script>alert(1)</script>",
    "<img src=x alt=x onerror=alert(1)>",
    "<IMG SRC=x>",
    "<img\n",
    "[x](javascript:alert(1))",
    "+++",
    "title = \"T\"\n",
    "minutes = 5\n",
];

fn soup() -> impl Strategy<Value = String> {
    vec(select(PIECES), 0..60).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_bytes_give_a_lesson_or_placed_problems(
        bytes in vec(any::<u8>(), 0..1500),
        front in any::<bool>(),
    ) {
        let text = String::from_utf8_lossy(&bytes);
        let source = if front { format!("{FRONT}{text}") } else { text.into_owned() };
        check_any(&source)?;
    }

    #[test]
    fn quiz_soup_gives_a_lesson_or_placed_problems(
        body in soup(),
        start in select(&["", FRONT, "+++\ntitle = \"T\"\nminutes = 5\n+++\n## Quiz {.quiz}\n"][..]),
    ) {
        check_any(&format!("{start}{body}"))?;
    }

    /// `Position::of_offset` names the place of every byte offset: from the line and column
    /// back to the same offset (clamped to the text and to a character boundary).
    #[test]
    fn positions_lead_back_to_their_offset(text in "(\\PC|\n|\r){0,80}", offset in 0usize..400) {
        let position = Position::of_offset(&text, offset);
        let mut expected = offset.min(text.len());
        while !text.is_char_boundary(expected) {
            expected -= 1;
        }
        let line_start: usize = text
            .split_inclusive('\n')
            .take(position.line - 1)
            .map(str::len)
            .sum();
        let column_bytes: usize = text[line_start..]
            .chars()
            .take(position.column - 1)
            .map(char::len_utf8)
            .sum();
        prop_assert_eq!(line_start + column_bytes, expected);
        prop_assert!(!text[line_start..expected].contains('\n'));
    }
}

// ---- Lessons built from a model -------------------------------------------------------

/// Letters and digits of the three languages: never Markdown syntax on their own. The first
/// is not the Tifinagh schwa ⴻ, which answers are compared without (standard spelling omits
/// it): a word of schwas alone would be a short answer that accepts nothing.
fn word() -> impl Strategy<Value = String> {
    "[a-zA-Zéèàç\u{0627}-\u{063A}\u{0641}-\u{064A}\u{2D30}-\u{2D3A}\u{2D3C}-\u{2D65}0-9]\
     [a-zA-Zéèàç\u{0627}-\u{063A}\u{0641}-\u{064A}\u{2D30}-\u{2D65}0-9]{0,7}"
}

fn words(max: usize) -> impl Strategy<Value = String> {
    vec(word(), 1..=max).prop_map(|w| w.join(" "))
}

/// Hostile markup an author might paste: it is cleaned, with a warning for raw HTML.
const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "<img src=x alt=x onerror=alert(1)>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<svg onload=alert(1)>",
    "[x](javascript:alert(1))",
];

/// A line of text: words, emphasis, code, links, and now and then hostile markup.
fn inline() -> impl Strategy<Value = String> {
    let segment = prop_oneof![
        6 => word(),
        1 => word().prop_map(|w| format!("*{w}*")),
        1 => word().prop_map(|w| format!("**{w}**")),
        1 => word().prop_map(|w| format!("`{w}`")),
        1 => word().prop_map(|w| format!("[{w}](https://example.org/{w})")),
        1 => select(HOSTILE).prop_map(String::from),
    ];
    (word(), vec(segment, 0..8)).prop_map(|(first, rest)| {
        std::iter::once(first)
            .chain(rest)
            .collect::<Vec<_>>()
            .join(" ")
    })
}

#[derive(Clone, Debug)]
enum Block {
    /// A level from 2 to 6, lowered when rendered so no level is skipped.
    Heading(usize, String),
    Paragraph(String),
    List(Vec<String>),
    Numbered(Vec<String>),
    Quote(String),
    Code(Vec<String>),
    Table(Vec<(String, String)>),
    Image(String),
}

fn block() -> impl Strategy<Value = Block> {
    prop_oneof![
        2 => (2usize..=6, words(4)).prop_map(|(l, t)| Block::Heading(l, t)),
        3 => inline().prop_map(Block::Paragraph),
        1 => vec(inline(), 1..4).prop_map(Block::List),
        1 => vec(inline(), 1..4).prop_map(Block::Numbered),
        1 => inline().prop_map(Block::Quote),
        1 => vec(words(5), 0..3).prop_map(Block::Code),
        1 => vec((word(), word()), 1..4).prop_map(Block::Table),
        1 => words(3).prop_map(Block::Image),
    ]
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Single,
    Multiple,
    Short,
}

#[derive(Clone, Debug)]
struct GenChoice {
    label: String,
    correct: bool,
    feedback: Option<String>,
}

#[derive(Clone, Debug)]
struct GenQuestion {
    id: Option<String>,
    /// The class in the heading's braces, if any.
    class: Option<&'static str>,
    kind: Kind,
    prompt: String,
    choices: Vec<GenChoice>,
    /// A blank line between choices (a loose list).
    loose: bool,
}

fn question(index: usize) -> impl Strategy<Value = GenQuestion> {
    let kind = prop_oneof![Just(Kind::Single), Just(Kind::Multiple), Just(Kind::Short)];
    let choice = (
        inline(),
        any::<bool>(),
        prop::option::weighted(0.3, inline()),
    );
    (
        "[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,4})?",
        kind,
        inline(),
        vec(choice, 1..=5),
        any::<usize>(),
        any::<bool>(),
    )
        .prop_map(move |(base, kind, prompt, choices, pick, loose)| {
            let mut choices: Vec<GenChoice> = choices
                .into_iter()
                .map(|(label, correct, feedback)| GenChoice {
                    label,
                    correct,
                    feedback,
                })
                .collect();
            if kind != Kind::Short && choices.len() < 2 {
                choices.push(choices[0].clone());
            }
            let right = pick % choices.len();
            for (i, choice) in choices.iter_mut().enumerate() {
                choice.correct = match kind {
                    Kind::Single => i == right,
                    Kind::Multiple => choice.correct || i == right,
                    Kind::Short => true,
                };
            }
            GenQuestion {
                // The index as last character keeps the ids of a quiz apart.
                id: Some(format!("{base}{index}")),
                class: match kind {
                    Kind::Single => None,
                    Kind::Multiple => Some("multiple"),
                    Kind::Short => Some("short"),
                },
                kind,
                prompt,
                choices,
                loose,
            }
        })
}

fn questions() -> impl Strategy<Value = Vec<GenQuestion>> {
    (1usize..=6).prop_flat_map(|n| (0..n).map(question).collect::<Vec<_>>())
}

#[derive(Clone, Debug)]
struct GenLesson {
    title: String,
    /// Spaces around the title, which are trimmed.
    padding: (bool, bool),
    minutes: u16,
    objectives: Option<Vec<String>>,
    translation: Option<TranslationStatus>,
    before: Vec<Block>,
    quiz: Option<(String, Vec<GenQuestion>)>,
    /// After the quiz: starts with a level-2 heading.
    after: Vec<Block>,
}

fn lesson() -> impl Strategy<Value = GenLesson> {
    let title = (
        words(4),
        prop::option::weighted(0.2, Just("<script>alert(1)</script>")),
    )
        .prop_map(|(w, hostile)| format!("{w}{}", hostile.unwrap_or("")));
    let translation = prop::option::of(prop_oneof![
        Just(TranslationStatus::Draft),
        Just(TranslationStatus::Reviewed)
    ]);
    (
        (
            title,
            any::<(bool, bool)>(),
            1u16..=240,
            prop::option::of(vec(words(3), 0..3)),
            translation,
        ),
        vec(block(), 0..8),
        prop::option::weighted(0.8, (words(3), questions())),
        vec(block(), 0..3),
    )
        .prop_map(
            |((title, padding, minutes, objectives, translation), before, quiz, after)| {
                let mut after = after;
                if quiz.is_some() && !after.is_empty() {
                    after.insert(0, Block::Heading(2, "Fin".into()));
                }
                GenLesson {
                    title,
                    padding,
                    minutes,
                    objectives,
                    translation,
                    before,
                    quiz,
                    after,
                }
            },
        )
}

/// The lesson file, and where things landed in it.
struct Rendered {
    text: String,
    /// The line of each question's heading.
    question_lines: Vec<usize>,
    /// The heading rendered one level too deep: (line, its level, the level before).
    skipped: Option<(usize, usize, usize)>,
}

/// Writes the lesson; `skip` renders that heading (counted across the lesson, quiz aside)
/// two levels under the one before, if there is room.
fn render(lesson: &GenLesson, skip: Option<usize>) -> Rendered {
    let mut lines: Vec<String> = vec!["+++".into()];
    let (left, right) = lesson.padding;
    lines.push(format!(
        "title = \"{}{}{}\"",
        if left { "  " } else { "" },
        lesson.title,
        if right { " " } else { "" }
    ));
    lines.push(format!("minutes = {}", lesson.minutes));
    if let Some(objectives) = &lesson.objectives {
        let quoted: Vec<String> = objectives.iter().map(|o| format!("\"{o}\"")).collect();
        lines.push(format!("objectives = [{}]", quoted.join(", ")));
    }
    match lesson.translation {
        Some(TranslationStatus::Draft) => lines.push("translation = \"draft\"".into()),
        Some(TranslationStatus::Reviewed) => lines.push("translation = \"reviewed\"".into()),
        None => {}
    }
    lines.push("+++".into());

    let mut previous = 1;
    let mut heading_index = 0;
    let mut skipped = None;
    // Only headings before the quiz are made too deep: the one after it must stay `##`.
    let mut blocks =
        |lines: &mut Vec<String>, blocks: &[Block], previous: &mut usize, skippable: bool| {
            for block in blocks {
                match block {
                    Block::Heading(level, text) => {
                        let mut level = (*level).min(*previous + 1);
                        if skippable {
                            if skip == Some(heading_index) && *previous + 2 <= 6 {
                                level = *previous + 2;
                                skipped = Some((lines.len() + 1, level, *previous));
                            }
                            heading_index += 1;
                        }
                        *previous = level;
                        lines.push(format!("{} {text}", "#".repeat(level)));
                    }
                    Block::Paragraph(text) => lines.push(text.clone()),
                    Block::List(items) => lines.extend(items.iter().map(|i| format!("- {i}"))),
                    Block::Numbered(items) => lines.extend(
                        items
                            .iter()
                            .enumerate()
                            .map(|(n, i)| format!("{}. {i}", n + 1)),
                    ),
                    Block::Quote(text) => lines.push(format!("> {text}")),
                    Block::Code(code) => {
                        lines.push("```".into());
                        lines.extend(code.iter().cloned());
                        lines.push("```".into());
                    }
                    Block::Table(rows) => {
                        for (i, (a, b)) in rows.iter().enumerate() {
                            lines.push(format!("| {a} | {b} |"));
                            if i == 0 {
                                lines.push("|---|---|".into());
                            }
                        }
                    }
                    Block::Image(alt) => lines.push(format!("![{alt}](https://example.org/a.png)")),
                }
                lines.push(String::new());
            }
        };
    blocks(&mut lines, &lesson.before, &mut previous, true);
    let mut question_lines = Vec::new();
    if let Some((title, questions)) = &lesson.quiz {
        lines.push(format!("## {title} {{.quiz}}"));
        lines.push(String::new());
        previous = 2;
        for q in questions {
            let mut braces: Vec<String> = Vec::new();
            braces.extend(q.id.iter().map(|id| format!("#{id}")));
            braces.extend(q.class.iter().map(|c| format!(".{c}")));
            question_lines.push(lines.len() + 1);
            if braces.is_empty() {
                lines.push(format!("### {}", q.prompt));
            } else {
                lines.push(format!("### {} {{{}}}", q.prompt, braces.join(" ")));
            }
            for choice in &q.choices {
                let mark = if choice.correct { 'x' } else { ' ' };
                lines.push(format!("- [{mark}] {}", choice.label));
                if let Some(feedback) = &choice.feedback {
                    lines.push(format!("  > {feedback}"));
                }
                if q.loose {
                    lines.push(String::new());
                }
            }
            lines.push(String::new());
        }
    }
    blocks(&mut lines, &lesson.after, &mut previous, false);
    Rendered {
        text: lines.join("\n") + "\n",
        question_lines,
        skipped,
    }
}

/// Words only, no markup.
fn plain(text: &str) -> bool {
    text.chars().all(|c| c.is_alphanumeric() || c == ' ')
}

/// One mistake put in a valid lesson.
#[derive(Clone, Copy, Debug)]
enum Mistake {
    NoId(usize),
    NoCorrectAnswer(usize),
    AllCorrect(usize),
    RepeatedId(usize),
    UnknownType(usize),
    SkippedLevel(usize),
    ZeroMinutes,
}

fn mistake() -> impl Strategy<Value = Mistake> {
    let n = any::<usize>();
    prop_oneof![
        n.prop_map(Mistake::NoId),
        n.prop_map(Mistake::NoCorrectAnswer),
        n.prop_map(Mistake::AllCorrect),
        n.prop_map(Mistake::RepeatedId),
        n.prop_map(Mistake::UnknownType),
        n.prop_map(Mistake::SkippedLevel),
        Just(Mistake::ZeroMinutes),
    ]
}

/// Puts the mistake in the lesson; returns the file and the one problem expected, as
/// (line, message).
fn with_mistake(mut lesson: GenLesson, mistake: Mistake) -> (String, (usize, String)) {
    let count = lesson.quiz.as_ref().map_or(0, |(_, q)| q.len());
    let question = |n: usize| n % count.max(1);
    let expected_at_question = |lesson: &GenLesson, q: usize, message: String| {
        let rendered = render(lesson, None);
        (rendered.text, (rendered.question_lines[q], message))
    };
    match mistake {
        Mistake::SkippedLevel(n) => {
            let headings = lesson
                .before
                .iter()
                .filter(|b| matches!(b, Block::Heading(..)))
                .count();
            let rendered = render(&lesson, Some(n % headings.max(1)));
            if let Some((line, level, previous)) = rendered.skipped {
                let message =
                    format!("heading level skipped: level {level} after level {previous}");
                return (rendered.text, (line, message));
            }
        }
        Mistake::ZeroMinutes => {}
        _ if count == 0 => {}
        Mistake::NoId(n) => {
            let q = question(n);
            lesson.quiz.as_mut().unwrap().1[q].id = None;
            return expected_at_question(&lesson, q, "this question has no id".into());
        }
        Mistake::NoCorrectAnswer(n) | Mistake::AllCorrect(n) => {
            let q = question(n);
            let all = matches!(mistake, Mistake::AllCorrect(_));
            let questions = &mut lesson.quiz.as_mut().unwrap().1;
            let kind = questions[q].kind;
            for choice in &mut questions[q].choices {
                choice.correct = all;
            }
            let message = match (kind, all) {
                (Kind::Short, _) if all => None,
                (Kind::Short, _) => {
                    Some("a short-answer question lists accepted answers only".into())
                }
                (Kind::Single, true) => Some(format!(
                    "this question has {} correct answers but lets learners pick one",
                    questions[q].choices.len()
                )),
                (Kind::Multiple, true) => None,
                (_, false) => Some("this question has no correct answer".into()),
            };
            if let Some(message) = message {
                return expected_at_question(&lesson, q, message);
            }
        }
        Mistake::RepeatedId(n) if count >= 2 => {
            let q = 1 + n % (count - 1);
            let questions = &mut lesson.quiz.as_mut().unwrap().1;
            let first = questions[0].id.clone().unwrap();
            questions[q].id = Some(first.clone());
            return expected_at_question(
                &lesson,
                q,
                format!("two questions have the id `{first}`"),
            );
        }
        Mistake::RepeatedId(_) => {}
        Mistake::UnknownType(n) => {
            let q = question(n);
            lesson.quiz.as_mut().unwrap().1[q].class = Some("essay");
            return expected_at_question(&lesson, q, "unknown question type `.essay`".into());
        }
    }
    lesson.minutes = 0;
    let text = render(&lesson, None).text;
    (text, (2, "front matter: `minutes` is 0".into()))
}

proptest! {
    #![proptest_config(config())]

    /// A lesson built by the rules loads with no error, as written: its front matter, its
    /// questions in order with their types, choices and feedback, safe HTML, and a warning
    /// exactly when it holds raw HTML.
    #[test]
    fn a_valid_lesson_parses_as_written(lesson in lesson()) {
        let rendered = render(&lesson, None);
        let source = &rendered.text;
        let (result, warnings) = parse(source);
        let parsed = match result {
            Ok(parsed) => parsed,
            Err(problems) => {
                return Err(TestCaseError::fail(format!("{problems:#?}\nin\n{source}")));
            }
        };
        assert_placed(source, &warnings)?;
        let body = source.splitn(3, "+++\n").nth(2).unwrap_or("");
        prop_assert_eq!(!warnings.is_empty(), body.contains('<'), "{:#?}", warnings);
        prop_assert_eq!(&parsed.front.title, lesson.title.trim());
        prop_assert_eq!(parsed.front.minutes, lesson.minutes);
        prop_assert_eq!(&parsed.front.objectives, &lesson.objectives.clone().unwrap_or_default());
        prop_assert_eq!(parsed.front.translation, lesson.translation.unwrap_or(TranslationStatus::Draft));
        assert_safe(&parsed.html)?;
        prop_assert!(!parsed.html.contains("quiz"), "the quiz is not in the text");

        let Some((title, questions)) = &lesson.quiz else {
            prop_assert!(parsed.quiz.is_none());
            return Ok(());
        };
        let quiz = parsed.quiz.expect("a quiz");
        prop_assert_eq!(&quiz.title, title);
        let ids: Vec<&str> = quiz.questions.iter().map(|q| q.id.as_str()).collect();
        let expected: Vec<&str> = questions.iter().map(|q| q.id.as_deref().unwrap()).collect();
        prop_assert_eq!(ids, expected);
        for (question, generated) in quiz.questions.iter().zip(questions) {
            assert_safe(&question.prompt_html)?;
            let choices = match (&question.answer, generated.kind) {
                (Answer::Single(c), Kind::Single) | (Answer::Multiple(c), Kind::Multiple) => c,
                (Answer::Short { accepted, .. }, Kind::Short) => {
                    prop_assert!(!accepted.is_empty());
                    // Labels of plain words are the accepted answers, normalised, once each.
                    if generated.choices.iter().all(|c| plain(&c.label)) {
                        let mut expected: Vec<String> = Vec::new();
                        for answer in generated.choices.iter().map(|c| normalize_answer(&c.label)) {
                            if !expected.contains(&answer) {
                                expected.push(answer);
                            }
                        }
                        prop_assert_eq!(accepted, &expected);
                    }
                    continue;
                }
                (answer, kind) => {
                    return Err(TestCaseError::fail(format!("{kind:?} read as {answer:?}")));
                }
            };
            prop_assert_eq!(choices.len(), generated.choices.len());
            for (choice, written) in choices.iter().zip(&generated.choices) {
                prop_assert_eq!(choice.correct, written.correct);
                prop_assert_eq!(choice.feedback_html.is_some(), written.feedback.is_some());
                assert_safe(&choice.label_html)?;
                assert_safe(choice.feedback_html.as_deref().unwrap_or(""))?;
                // A label of plain words is shown as written.
                if plain(&written.label) {
                    prop_assert_eq!(&choice.label_html, &written.label);
                }
            }
        }
    }

    /// A valid lesson with one mistake put in reports that mistake alone, at its line.
    #[test]
    fn one_mistake_is_reported_once_at_its_line(lesson in lesson(), mistake in mistake()) {
        let (source, (line, message)) = with_mistake(lesson, mistake);
        let (result, _) = parse(&source);
        let problems = match result {
            Err(problems) => problems,
            Ok(_) => return Err(TestCaseError::fail(format!("{mistake:?} not found in\n{source}"))),
        };
        let found: Vec<(usize, &str)> = problems.iter().map(|p| (p.line, p.message.as_str())).collect();
        prop_assert_eq!(found, vec![(line, message.as_str())], "{:?} in\n{}", mistake, source);
        prop_assert_eq!(problems[0].column, 1);
    }

    /// A short-answer question accepts each listed answer, normalised; when none of them
    /// is left after normalisation (punctuation alone), it is refused at its line, as no
    /// learner could pass it.
    #[test]
    fn short_answers_accept_what_they_list(
        labels in vec("[a-zéⵜا؟?!.,،]([a-zéⵜا؟?!.,، ]{0,6}[a-zéⵜا؟?!.,،])?", 1..4),
    ) {
        let mut source = format!("{FRONT}## Quiz {{.quiz}}\n\n### Q {{#q .short}}\n");
        for label in &labels {
            source.push_str(&format!("- [x] {label}\n"));
        }
        let mut expected: Vec<String> = Vec::new();
        for answer in labels.iter().map(|l| normalize_answer(l)) {
            if !answer.is_empty() && !expected.contains(&answer) {
                expected.push(answer);
            }
        }
        match parse(&source).0 {
            Ok(lesson) => {
                let quiz = lesson.quiz.expect("a quiz");
                let Answer::Short { accepted, .. } = &quiz.questions[0].answer else {
                    return Err(TestCaseError::fail("not a short answer"));
                };
                prop_assert_eq!(accepted, &expected);
                prop_assert!(!accepted.is_empty(), "no answer can pass: {source}");
            }
            Err(problems) => {
                prop_assert!(expected.is_empty(), "{problems:?}");
                prop_assert_eq!(problems.len(), 1);
                prop_assert_eq!(problems[0].line, 7);
            }
        }
    }
}
