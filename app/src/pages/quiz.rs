//! A lesson's quiz as a real form: a fieldset and legend per question, radios, checkboxes or a
//! text field, scored on the server. After a submission: the result first (it takes focus),
//! then each question marked right or wrong in words, with the author's feedback.

use super::lesson::LessonState;
use crate::catalog::{Answer, Choice, Question, Quiz, MAX_SHORT_ANSWER_CHARS};
use crate::components::forms::{CsrfField, ErrorSummary};
use crate::context::use_request;
use crate::i18n::Translator;
use crate::progress::QuizResult;
use leptos::prelude::*;

/// The id of a question's first control: where the error summary's link leads.
pub fn first_control_id(question: &Question) -> String {
    match question.answer {
        Answer::Short { .. } => format!("q-{}-answer", question.id),
        _ => format!("q-{}-0", question.id),
    }
}

/// Says `text` through a polite live region. A region that is already full when a page loads
/// is not read out, so it starts empty and `islands/loader.js` fills it a moment after load
/// (a few lines of script, not the islands' WebAssembly). Without JavaScript the focused
/// result heading carries the same words.
#[component]
fn Announcement(text: String) -> impl IntoView {
    view! { <div class="visually-hidden" role="status" aria-live="polite" data-announce=text></div> }
}

fn result_block(t: Translator, result: &QuizResult) -> impl IntoView {
    let outcome = if result.passed {
        t.t("quiz-passed")
    } else {
        t.t_with("quiz-not-passed", &[("mark", result.pass_mark.into())])
    };
    let saved = if result.saved {
        None
    } else {
        Some(view! { <p>{t.t("quiz-not-saved")}</p> })
    };
    let score = t.t_with(
        "quiz-score",
        &[
            ("correct", result.correct.into()),
            ("total", result.total.into()),
            ("percent", result.score.into()),
        ],
    );
    view! {
        <div class="quiz-result" class:passed=result.passed>
            <h2 id="quiz-result" tabindex="-1" autofocus>{score.clone()}</h2>
            <p class="outcome">{outcome.clone()}</p>
            {saved}
        </div>
        <Announcement text=format!("{score}. {outcome}")/>
    }
}

fn choices(
    question: &Question,
    choices: &[Choice],
    multiple: bool,
    chosen: &[String],
    show_feedback: bool,
) -> impl IntoView {
    let name = format!("q-{}", question.id);
    choices
        .iter()
        .enumerate()
        .map(|(index, choice)| {
            let id = format!("q-{}-{index}", question.id);
            let value = index.to_string();
            let checked = chosen.contains(&value);
            let feedback = (show_feedback && checked)
                .then(|| choice.feedback_html.clone())
                .flatten()
                .map(|html| view! { <div class="choice-feedback" inner_html=html></div> });
            view! {
                <div class="choice">
                    <input
                        type=if multiple { "checkbox" } else { "radio" }
                        id=id.clone()
                        name=name.clone()
                        value=value
                        checked=checked
                    />
                    <label for=id inner_html=choice.label_html.clone()></label>
                </div>
                {feedback}
            }
        })
        .collect_view()
}

#[component]
pub fn QuizForm(
    quiz: Quiz,
    /// Where the form posts.
    action: String,
    /// The language the quiz is written in (the lesson's, maybe a fallback).
    content_locale: crate::i18n::Locale,
    /// The answers given, their mistakes and result, after a submission.
    state: LessonState,
) -> impl IntoView {
    let request = use_request();
    let t = request.translator();
    let result = state.result.clone();
    let questions = quiz
        .questions
        .iter()
        .map(|question| {
            let chosen = state.responses.get(&question.id).cloned().unwrap_or_default();
            let error = state.errors.for_field(&first_control_id(question)).map(|m| m.text(t));
            let verdict = result.as_ref().map(|r| r.correct_questions.contains(&question.id));
            let error_id = format!("q-{}-error", question.id);
            let control = match &question.answer {
                Answer::Single(list) => choices(question, list, false, &chosen, verdict.is_some()).into_any(),
                Answer::Multiple(list) => view! {
                    <p class="hint" lang=request.locale.tag() dir=request.locale.dir()>
                        {t.t("quiz-choose-all")}
                    </p>
                    {choices(question, list, true, &chosen, verdict.is_some())}
                }
                .into_any(),
                Answer::Short { shown, .. } => {
                    let id = format!("q-{}-answer", question.id);
                    let expected = (verdict == Some(false))
                        .then(|| shown.clone())
                        .map(|answer| {
                            view! {
                                <p class="choice-feedback" lang=request.locale.tag() dir=request.locale.dir()>
                                    {t.t("quiz-accepted-answer")} " " <bdi>{answer}</bdi>
                                </p>
                            }
                        });
                    view! {
                        <label for=id.clone() lang=request.locale.tag() dir=request.locale.dir()>
                            {t.t("quiz-your-answer")}
                        </label>
                        <input
                            type="text"
                            id=id
                            name=format!("q-{}", question.id)
                            value=chosen.first().cloned().unwrap_or_default()
                            maxlength=MAX_SHORT_ANSWER_CHARS
                            autocomplete="off"
                            spellcheck="false"
                        />
                        {expected}
                    }
                    .into_any()
                }
            };
            let verdict_text = verdict.map(|right| {
                let (class, key) = if right {
                    ("verdict right", "quiz-question-right")
                } else {
                    ("verdict wrong", "quiz-question-wrong")
                };
                view! {
                    <p class=class lang=request.locale.tag() dir=request.locale.dir()>
                        {t.t(key)}
                    </p>
                }
            });
            let invalid = error.is_some();
            view! {
                <fieldset
                    class="question"
                    class:field-invalid=invalid
                    id=format!("q-{}", question.id)
                    aria-describedby=invalid.then(|| error_id.clone())
                >
                    <legend inner_html=question.prompt_html.clone()></legend>
                    {error.map(|message| view! {
                        <p class="field-error" id=error_id.clone() lang=request.locale.tag() dir=request.locale.dir()>
                            <span class="visually-hidden">{t.t("error-prefix")}</span>
                            {message}
                        </p>
                    })}
                    {verdict_text}
                    {control}
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <section class="quiz" aria-labelledby="quiz-heading" lang=content_locale.tag() dir=content_locale.dir()>
            <h2 id="quiz-heading">{quiz.title.clone()}</h2>
            <div lang=request.locale.tag() dir=request.locale.dir()>
                {result.as_ref().map(|r| result_block(t, r))}
                <ErrorSummary errors=state.errors.clone()/>
            </div>
            <form method="post" action=action class="stacked" novalidate>
                <CsrfField/>
                <input type="hidden" name="attempt" value=state.attempt_token.clone()/>
                {questions}
                <button type="submit" lang=request.locale.tag() dir=request.locale.dir()>
                    {if result.is_some() { t.t("quiz-submit-again") } else { t.t("quiz-submit") }}
                </button>
            </form>
        </section>
    }
}
