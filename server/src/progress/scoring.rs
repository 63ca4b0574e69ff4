//! Scores a quiz submission against the lesson's quiz. Pure: no storage, so every question
//! type is tested on its own.

use crate::courses::normalize_answer;
use tifawt_app::catalog::{Answer, Quiz, MAX_SHORT_ANSWER_CHARS};
use tifawt_app::progress::Responses;

/// One question's answer, as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScoredAnswer {
    pub question_id: String,
    /// Chosen choice numbers (`0,2`) or the text typed.
    pub response: String,
    pub correct: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scored {
    pub answers: Vec<ScoredAnswer>,
    pub correct: u32,
    pub total: u32,
    /// Percent, rounded.
    pub score: u8,
    pub passed: bool,
}

/// The ids of the questions with no answer, in quiz order.
pub fn unanswered<'a>(quiz: &'a Quiz, responses: &Responses) -> Vec<&'a str> {
    quiz.questions
        .iter()
        .filter(|q| {
            responses
                .get(&q.id)
                .is_none_or(|values| values.iter().all(|v| v.trim().is_empty()))
        })
        .map(|q| q.id.as_str())
        .collect()
}

/// The questions answered with a text longer than [`MAX_SHORT_ANSWER_CHARS`]: refused
/// with an error, not cut, so the learner sees what happened.
pub fn too_long<'a>(quiz: &'a Quiz, responses: &Responses) -> Vec<&'a str> {
    quiz.questions
        .iter()
        .filter(|q| {
            responses.get(&q.id).is_some_and(|values| {
                values
                    .iter()
                    .any(|v| v.chars().count() > MAX_SHORT_ANSWER_CHARS)
            })
        })
        .map(|q| q.id.as_str())
        .collect()
}

/// Scores every question of `quiz` (a question the author removed is simply not in it, so it
/// no longer counts); `pass_mark` is the course's percentage to pass.
pub fn score(quiz: &Quiz, responses: &Responses, pass_mark: u8) -> Scored {
    let empty = Vec::new();
    let answers: Vec<ScoredAnswer> = quiz
        .questions
        .iter()
        .map(|question| {
            let values = responses.get(&question.id).unwrap_or(&empty);
            let chosen = || -> Vec<usize> {
                let mut chosen: Vec<usize> =
                    values.iter().filter_map(|v| v.trim().parse().ok()).collect();
                chosen.sort_unstable();
                chosen.dedup();
                chosen
            };
            let (response, correct) = match &question.answer {
                Answer::Single(choices) => {
                    let chosen = chosen();
                    let correct = matches!(chosen.as_slice(), [one] if choices.get(*one).is_some_and(|c| c.correct));
                    (joined(&chosen), correct)
                }
                Answer::Multiple(choices) => {
                    let chosen = chosen();
                    let right: Vec<usize> = (0..choices.len()).filter(|i| choices[*i].correct).collect();
                    (joined(&chosen), chosen == right)
                }
                Answer::Short { accepted, .. } => {
                    let typed = values.first().map(|v| v.trim().to_string()).unwrap_or_default();
                    let correct = accepted.contains(&normalize_answer(&typed));
                    (typed, correct)
                }
            };
            ScoredAnswer {
                question_id: question.id.clone(),
                response,
                correct,
            }
        })
        .collect();
    let total = answers.len() as u32;
    let correct = answers.iter().filter(|a| a.correct).count() as u32;
    // An empty quiz (the loader refuses them) would count as full marks.
    let score = (correct * 100 + total / 2)
        .checked_div(total)
        .map_or(100, |percent| percent as u8);
    Scored {
        answers,
        correct,
        total,
        score,
        passed: score >= pass_mark,
    }
}

fn joined(chosen: &[usize]) -> String {
    chosen
        .iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

#[cfg(test)]
mod tests {
    use super::*;
    use tifawt_app::catalog::{Choice, Question};

    fn choice(correct: bool) -> Choice {
        Choice {
            label_html: String::new(),
            correct,
            feedback_html: None,
        }
    }

    fn quiz() -> Quiz {
        let question = |id: &str, answer| Question {
            id: id.into(),
            prompt_html: String::new(),
            answer,
        };
        Quiz {
            title: "Quiz".into(),
            questions: vec![
                question(
                    "single",
                    Answer::Single(vec![choice(false), choice(true), choice(false)]),
                ),
                question(
                    "multiple",
                    Answer::Multiple(vec![choice(true), choice(false), choice(true)]),
                ),
                question(
                    "true-false",
                    Answer::Single(vec![choice(true), choice(false)]),
                ),
                question(
                    "arabic",
                    Answer::Short {
                        accepted: vec![normalize_answer("الذكاء الاصطناعي")],
                        shown: "الذكاء الاصطناعي".into(),
                    },
                ),
                question(
                    "tifinagh",
                    Answer::Short {
                        accepted: vec![normalize_answer("ⵜⵉⴼⴰⵡⵜ")],
                        shown: "ⵜⵉⴼⴰⵡⵜ".into(),
                    },
                ),
            ],
        }
    }

    fn responses(pairs: &[(&str, &[&str])]) -> Responses {
        pairs
            .iter()
            .map(|(id, values)| {
                (
                    id.to_string(),
                    values.iter().map(|v| v.to_string()).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn every_question_type_is_scored() {
        let all_right = responses(&[
            ("single", &["1"]),
            ("multiple", &["2", "0"]),
            ("true-false", &["0"]),
            // Hamza on alef and a vowel mark, typed differently from the author.
            ("arabic", &["  الذّكاء الإصطناعي "]),
            // The Tuareg yagh some keyboards type, and capitals do not exist: still right.
            ("tifinagh", &["ⵜⵉⴼⴰⵡⵜ"]),
        ]);
        let scored = score(&quiz(), &all_right, 80);
        assert_eq!(
            (scored.correct, scored.total, scored.score, scored.passed),
            (5, 5, 100, true)
        );
        assert_eq!(scored.answers[1].response, "0,2");

        // The Tifinagh answer typed in Latin letters: right too.
        let in_latin = responses(&[("tifinagh", &["Tifawt"])]);
        assert!(score(&quiz(), &in_latin, 80).answers[4].correct);

        let some_wrong = responses(&[
            ("single", &["0"]),
            ("multiple", &["0"]),        // one right choice missing
            ("true-false", &["0", "1"]), // two answers to a single-choice question
            ("arabic", &["الذكاء"]),
            ("tifinagh", &["ⵜⵉⴼⴰⵡⵜ"]),
        ]);
        let scored = score(&quiz(), &some_wrong, 80);
        let correct: Vec<bool> = scored.answers.iter().map(|a| a.correct).collect();
        assert_eq!(correct, [false, false, false, false, true]);
        assert_eq!((scored.score, scored.passed), (20, false));
    }

    #[test]
    fn the_pass_mark_and_rounding() {
        let four_of_five = responses(&[
            ("single", &["1"]),
            ("multiple", &["0", "2"]),
            ("true-false", &["0"]),
            ("arabic", &["الذكاء الاصطناعي"]),
            ("tifinagh", &["wrong"]),
        ]);
        let scored = score(&quiz(), &four_of_five, 80);
        assert_eq!((scored.score, scored.passed), (80, true));
        assert!(!score(&quiz(), &four_of_five, 81).passed);
    }

    #[test]
    fn garbage_and_missing_answers_are_wrong_not_errors() {
        let garbage = responses(&[("single", &["99"]), ("multiple", &["x", "-1"])]);
        let scored = score(&quiz(), &garbage, 50);
        assert_eq!(scored.correct, 0);
        assert_eq!(
            unanswered(
                &quiz(),
                &responses(&[("single", &["1"]), ("arabic", &["  "])])
            ),
            ["multiple", "true-false", "arabic", "tifinagh"]
        );
    }

    #[test]
    fn a_removed_question_no_longer_counts() {
        let mut edited = quiz();
        edited.questions.retain(|q| q.id != "tifinagh");
        let answers = responses(&[
            ("single", &["1"]),
            ("multiple", &["0", "2"]),
            ("true-false", &["0"]),
            ("arabic", &["الذكاء الاصطناعي"]),
            ("tifinagh", &["wrong"]),
        ]);
        let scored = score(&edited, &answers, 80);
        assert_eq!((scored.correct, scored.total, scored.score), (4, 4, 100));
    }
}
