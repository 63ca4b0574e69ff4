//! The quiz at the end of a lesson, written in plain Markdown that previews readably
//! anywhere (see courses/README.md):
//!
//! ```markdown
//! ## Testez-vous {.quiz}
//!
//! ### Lequel de ces outils utilise l'IA ? {#which-tool}
//! - [ ] Une calculatrice
//!   > Non : elle suit des règles fixes.
//! - [x] Un assistant vocal
//!
//! ### Choisissez les données personnelles. {#personal-data .multiple}
//! ### Comment appelle-t-on une réponse inventée ? {#made-up .short}
//! - [x] hallucination
//! ```

use super::answers::normalize_answer;
use super::problem::{Position, Problem};
use pulldown_cmark::{Event, HeadingLevel, Tag, TagEnd};
use std::collections::BTreeSet;
use std::ops::Range;
use std::path::Path;
use tifawt_app::catalog::{Answer, Choice, Question, Quiz};

pub type Spanned<'a> = (Event<'a>, Range<usize>);

/// The class that marks a level-2 heading as the lesson's quiz.
pub const QUIZ_CLASS: &str = "quiz";

/// Where problems go, with the file they are in.
struct Report<'p> {
    path: &'p Path,
    source: &'p str,
    problems: &'p mut Vec<Problem>,
}

impl Report<'_> {
    fn at(&mut self, offset: usize, message: impl Into<String>, hint: &str) {
        let position = Position::of_offset(self.source, offset);
        self.problems
            .push(Problem::new(self.path, position, message).hint(hint));
    }
}

/// Parses the events of a quiz section (after its heading) into a [`Quiz`].
pub fn parse_quiz(
    path: &Path,
    source: &str,
    title: String,
    heading_offset: usize,
    events: &[Spanned<'_>],
    render: &dyn Fn(&[Spanned<'_>]) -> String,
    problems: &mut Vec<Problem>,
) -> Option<Quiz> {
    let before = problems.len();
    let mut report = Report {
        path,
        source,
        problems,
    };
    let mut questions = Vec::new();
    let mut ids = BTreeSet::new();
    let mut i = 0;
    while i < events.len() {
        let end = matching_end(events, i);
        match &events[i].0 {
            Event::Start(Tag::Heading {
                level: HeadingLevel::H3,
                id,
                classes,
                ..
            }) => {
                let offset = events[i].1.start;
                let prompt = &events[i + 1..end];
                // The choices are the list right after the heading.
                let list_start = end + 1;
                let list = match events.get(list_start) {
                    Some((Event::Start(Tag::List(None)), _)) => {
                        let list_end = matching_end(events, list_start);
                        i = list_end + 1;
                        &events[list_start + 1..list_end]
                    }
                    _ => {
                        i = end + 1;
                        &[][..]
                    }
                };
                if let Some(id) = id.as_deref().filter(|id| !ids.insert(id.to_string())) {
                    report.at(
                        offset,
                        format!("two questions have the id `{id}`"),
                        "give each question its own id",
                    );
                }
                let question = parse_question(
                    &mut report,
                    offset,
                    id.as_deref(),
                    classes,
                    prompt,
                    list,
                    render,
                );
                questions.extend(question);
                continue;
            }
            Event::Start(_) => report.at(
                events[i].1.start,
                "a quiz holds only questions (`### …`) each followed by its choices (`- [ ] …`)",
                "move other text above the quiz heading",
            ),
            _ => {}
        }
        i = end + 1;
    }
    if questions.is_empty() && report.problems.len() == before {
        report.at(
            heading_offset,
            "the quiz has no questions",
            "add a question as `### Question? {#an-id}` followed by its choices",
        );
    }
    (report.problems.len() == before).then_some(Quiz { title, questions })
}

fn parse_question(
    report: &mut Report<'_>,
    offset: usize,
    id: Option<&str>,
    classes: &[pulldown_cmark::CowStr<'_>],
    prompt: &[Spanned<'_>],
    list: &[Spanned<'_>],
    render: &dyn Fn(&[Spanned<'_>]) -> String,
) -> Option<Question> {
    let problems_before = report.problems.len();
    let id = match id {
        Some(id) if super::loader::is_slug(id) => id.to_string(),
        Some(id) => {
            report.at(
                offset,
                format!("the question id `{id}` is not a valid id"),
                "use lowercase letters, digits and hyphens, e.g. `{#which-tool}`",
            );
            String::new()
        }
        None => {
            report.at(
                offset,
                "this question has no id",
                "end the heading with an id that never changes, e.g. `{#which-tool}`",
            );
            String::new()
        }
    };
    let kind = match classes
        .iter()
        .map(|c| c.as_ref())
        .collect::<Vec<_>>()
        .as_slice()
    {
        [] => Kind::Single,
        ["multiple"] => Kind::Multiple,
        ["short"] => Kind::Short,
        other => {
            report.at(
                offset,
                format!("unknown question type `.{}`", other.join(" .")),
                "leave it out for one answer, or use `.multiple` or `.short`",
            );
            return None;
        }
    };
    let choices = parse_choices(report, list, render);
    if report.problems.len() > problems_before {
        return None; // the choices' own problems say it best
    }
    if list.is_empty() {
        report.at(
            offset,
            "this question has no choices",
            "list the choices under the question as `- [ ] wrong` and `- [x] right`",
        );
        return None;
    }
    let answer = match answer_of(kind, choices) {
        Ok(answer) => answer,
        Err((message, hint)) => {
            report.at(offset, message, hint);
            return None;
        }
    };
    (report.problems.len() == problems_before).then(|| Question {
        id,
        prompt_html: render(prompt),
        answer,
    })
}

enum Kind {
    Single,
    Multiple,
    Short,
}

/// Checks the choices against the question type: (message, hint) when they do not fit.
fn answer_of(kind: Kind, choices: Vec<(String, Choice)>) -> Result<Answer, (String, &'static str)> {
    let correct = choices.iter().filter(|(_, c)| c.correct).count();
    let fail = |message: &str, hint| Err((message.to_string(), hint));
    match kind {
        Kind::Single | Kind::Multiple if correct == 0 => fail(
            "this question has no correct answer",
            "mark the right choice with `[x]`",
        ),
        Kind::Single if correct > 1 => fail(
            &format!("this question has {correct} correct answers but lets learners pick one"),
            "keep one `[x]`, or add `.multiple` to the heading's braces",
        ),
        Kind::Single | Kind::Multiple if choices.len() < 2 => fail(
            "a choice question needs at least two choices",
            "add another `- [ ] …` choice",
        ),
        Kind::Single => Ok(Answer::Single(
            choices.into_iter().map(|(_, c)| c).collect(),
        )),
        Kind::Multiple => Ok(Answer::Multiple(
            choices.into_iter().map(|(_, c)| c).collect(),
        )),
        Kind::Short if correct != choices.len() => fail(
            "a short-answer question lists accepted answers only",
            "mark every answer that counts as right with `[x]`, and remove the others",
        ),
        Kind::Short => {
            let mut accepted: Vec<String> = Vec::new();
            for answer in choices.iter().map(|(text, _)| normalize_answer(text)) {
                if !answer.is_empty() && !accepted.contains(&answer) {
                    accepted.push(answer);
                }
            }
            // Shown as the author wrote it: the compared form is lowercase, and Tamazight's
            // is in Latin letters whatever the script of the page.
            let shown = choices
                .iter()
                .map(|(text, _)| text.trim())
                .find(|text| !normalize_answer(text).is_empty());
            let Some(shown) = shown else {
                // Answers are compared without case, spaces and end punctuation: "!"
                // alone would accept nothing a learner can type.
                return fail(
                    "this short-answer question accepts no answer: punctuation alone is not compared",
                    "write each accepted answer with letters or digits",
                );
            };
            Ok(Answer::Short {
                accepted,
                shown: shown.to_string(),
            })
        }
    }
}

fn parse_choices(
    report: &mut Report<'_>,
    list: &[Spanned<'_>],
    render: &dyn Fn(&[Spanned<'_>]) -> String,
) -> Vec<(String, Choice)> {
    let mut choices = Vec::new();
    let mut i = 0;
    while i < list.len() {
        let end = matching_end(list, i);
        if let (Event::Start(Tag::Item), range) = &list[i] {
            let item = &list[i + 1..end];
            let mut marker = None;
            let mut label: Vec<Spanned<'_>> = Vec::new();
            let mut feedback: &[Spanned<'_>] = &[];
            let mut j = 0;
            while j < item.len() {
                match &item[j].0 {
                    Event::TaskListMarker(checked) => marker = Some(*checked),
                    Event::Start(Tag::BlockQuote(_)) => {
                        let quote_end = matching_end(item, j);
                        feedback = &item[j + 1..quote_end];
                        j = quote_end;
                    }
                    Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => {}
                    Event::Start(Tag::List(_)) => {
                        report.at(
                            item[j].1.start,
                            "a choice cannot hold a list",
                            "write the choice on one line; explain in a `> …` line under it",
                        );
                        j = matching_end(item, j);
                    }
                    _ => label.push(item[j].clone()),
                }
                j += 1;
            }
            match marker {
                Some(correct) => {
                    let label_text = label
                        .iter()
                        .filter_map(|(e, _)| match e {
                            Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                            Event::SoftBreak | Event::HardBreak => Some(" "),
                            _ => None,
                        })
                        .collect::<String>();
                    if label_text.trim().is_empty() {
                        report.at(
                            range.start,
                            "this choice is empty",
                            "write the choice after `[ ]` or `[x]`",
                        );
                    }
                    let feedback_html = (!feedback.is_empty()).then(|| render(feedback));
                    let label_html = render(&label);
                    choices.push((
                        label_text,
                        Choice {
                            label_html,
                            correct,
                            feedback_html,
                        },
                    ));
                }
                None => report.at(
                    range.start,
                    "this choice has no `[ ]` or `[x]`",
                    "start each choice with `- [ ]` (wrong) or `- [x]` (right)",
                ),
            }
        }
        i = end + 1;
    }
    choices
}

/// How many blocks are open after `event`, when `depth` were open before it.
pub fn depth_after(depth: usize, event: &Event<'_>) -> usize {
    match event {
        Event::Start(_) => depth + 1,
        Event::End(_) => depth.saturating_sub(1),
        _ => depth,
    }
}

/// The index of the event closing the one at `start` (itself when it opens nothing).
pub fn matching_end(events: &[Spanned<'_>], start: usize) -> usize {
    let mut depth = 0usize;
    for (offset, (event, _)) in events[start..].iter().enumerate() {
        depth = depth_after(depth, event);
        if depth == 0 {
            return start + offset;
        }
    }
    events.len().saturating_sub(1).max(start)
}

#[cfg(test)]
mod tests {
    use crate::courses::markdown::parse_lesson_for_test;
    use tifawt_app::catalog::{Answer, Quiz};

    const FRONT: &str = "+++\ntitle = \"T\"\nminutes = 5\n+++\n";

    fn quiz(body: &str) -> Quiz {
        let lesson =
            parse_lesson_for_test(&format!("{FRONT}{body}")).unwrap_or_else(|p| panic!("{p:#?}"));
        assert!(
            !lesson.html.contains("quiz"),
            "the quiz is not part of the lesson text: {}",
            lesson.html
        );
        lesson.quiz.expect("a quiz")
    }

    /// Each problem as "line:column: message".
    fn problems(body: &str) -> Vec<String> {
        let problems = parse_lesson_for_test(&format!("{FRONT}{body}")).expect_err("problems");
        problems
            .iter()
            .map(|p| format!("{}:{}: {}", p.line, p.column, p.message))
            .collect()
    }

    const ALL_TYPES: &str = "Text.

## Testez-vous {.quiz}

### Lequel utilise l'*IA* ? {#which-tool}
- [ ] Une calculatrice
  > Non : elle suit des règles fixes.
- [x] Un assistant vocal

### Données personnelles ? {#personal-data .multiple}
- [x] Votre numéro
- [ ] La capitale
- [x] Votre photo

### Une réponse inventée ? {#made-up .short}
- [x] Hallucination
- [x] une   hallucination.
- [x] hallucination
";

    #[test]
    fn reads_every_question_type() {
        let quiz = quiz(ALL_TYPES);
        assert_eq!(quiz.title, "Testez-vous");
        let ids: Vec<_> = quiz.questions.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(ids, ["which-tool", "personal-data", "made-up"]);
        assert_eq!(
            quiz.questions[0].prompt_html,
            "Lequel utilise l'<em>IA</em> ?"
        );
        let Answer::Single(choices) = &quiz.questions[0].answer else {
            panic!("single")
        };
        assert_eq!(
            choices.iter().map(|c| c.correct).collect::<Vec<_>>(),
            [false, true]
        );
        assert_eq!(choices[0].label_html, "Une calculatrice");
        assert_eq!(
            choices[0].feedback_html.as_deref(),
            Some("<p>Non : elle suit des règles fixes.</p>\n")
        );
        assert_eq!(choices[1].feedback_html, None);
        let Answer::Multiple(choices) = &quiz.questions[1].answer else {
            panic!("multiple")
        };
        assert_eq!(choices.iter().filter(|c| c.correct).count(), 2);
        let Answer::Short { accepted, shown } = &quiz.questions[2].answer else {
            panic!("short")
        };
        assert_eq!(
            accepted,
            &["hallucination", "une hallucination"],
            "normalised, without repeats"
        );
        assert_eq!(shown, "Hallucination", "shown as written");
    }

    #[test]
    fn every_mistake_is_reported_at_its_question() {
        let body = "## Quiz {.quiz}

### No id
- [x] a
- [ ] b

### Two right {#two}
- [x] a
- [x] b

### None right {#none .multiple}
- [ ] a
- [ ] b

### Short {#short .short}
- [x] yes
- [ ] no

### Odd {#odd .essay}
- [x] a

### Bare {#bare}

### Unmarked {#unmarked}
- [x] a
- b

### Two right {#two}
- [x] a
- [ ] b
";
        assert_eq!(
            problems(body),
            [
                "7:1: this question has no id",
                "11:1: this question has 2 correct answers but lets learners pick one",
                "15:1: this question has no correct answer",
                "19:1: a short-answer question lists accepted answers only",
                "23:1: unknown question type `.essay`",
                "26:1: this question has no choices",
                "30:1: this choice has no `[ ]` or `[x]`",
                "32:1: two questions have the id `two`",
            ]
        );
    }

    #[test]
    fn other_content_in_a_quiz_and_a_second_quiz_are_refused() {
        let body = "## Quiz {.quiz}\n\nSome text.\n\n### Q {#q}\n- [x] a\n- [ ] b\n\n## More {.quiz}\n\n### R {#r}\n- [x] a\n- [ ] b\n";
        assert_eq!(
            problems(body),
            [
                "7:1: a quiz holds only questions (`### …`) each followed by its choices (`- [ ] …`)",
                "13:1: a lesson has one quiz",
            ]
        );
        assert_eq!(
            problems("## Quiz {.quiz}\n"),
            ["5:1: the quiz has no questions"]
        );
    }

    /// Found by `properties::short_answers_accept_what_they_list`: `!` was accepted as the
    /// only answer, and normalised to nothing, so no learner could pass the question.
    #[test]
    fn a_short_answer_of_punctuation_alone_is_refused() {
        assert_eq!(
            problems("## Quiz {.quiz}\n\n### Q {#q .short}\n- [x] !\n- [x] ؟ .\n"),
            ["7:1: this short-answer question accepts no answer: punctuation alone is not compared"]
        );
    }

    #[test]
    fn author_html_in_choices_and_feedback_is_sanitised() {
        let quiz = quiz("## Q {.quiz}\n\n### Q <img src=x alt=x onerror=alert(1)> {#q}\n- [x] <script>alert(1)</script>yes\n  > <a href=\"javascript:alert(1)\">why</a>\n- [ ] no\n");
        let Answer::Single(choices) = &quiz.questions[0].answer else {
            panic!("single")
        };
        let all = format!(
            "{}{}{:?}",
            quiz.questions[0].prompt_html, choices[0].label_html, choices[0].feedback_html
        );
        assert!(
            !all.contains("script") && !all.contains("onerror") && !all.contains("javascript:"),
            "{all}"
        );
    }

    #[test]
    fn text_after_the_quiz_stays_in_the_lesson() {
        let lesson = parse_lesson_for_test(&format!(
            "{FRONT}## Quiz {{.quiz}}\n\n### Q {{#q}}\n- [x] a\n- [ ] b\n\n## À retenir\n\nFin.\n"
        ))
        .unwrap();
        assert!(
            lesson.html.contains("<h2>À retenir</h2>"),
            "{}",
            lesson.html
        );
        assert_eq!(lesson.quiz.unwrap().questions.len(), 1);
    }
}
