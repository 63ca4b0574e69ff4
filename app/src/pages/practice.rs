//! A practice block inside a lesson: the task, then the prompt box and the answers (an
//! island), or, when the learner cannot use the assistant here, why not.

use crate::assistant::{
    Exchange, PracticeWords, ANSWERED_FIELD, ASKED_FIELD, EARLIER_KEPT, PROMPT_FIELD,
};
use crate::catalog::Practice;
use crate::components::forms::{CsrfField, ErrorSummary};
use crate::context::{use_request, use_site};
use crate::forms::FormErrors;
use crate::i18n::Translator;
use crate::islands::PracticeBox;
use leptos::prelude::*;

/// What a practice block shows after the learner sent a prompt to it (the page that comes
/// back without JavaScript).
#[derive(Clone, Debug, Default)]
pub struct PracticeState {
    /// The block the prompt was sent to.
    pub block: String,
    /// What the prompt box holds again.
    pub prompt: String,
    pub exchanges: Vec<Exchange>,
    /// Why there was no answer, or what personal data was taken out.
    pub notice: Option<String>,
    /// An empty or too long prompt, keyed by the box's id.
    pub errors: FormErrors,
    /// Said under the last answer when it stopped before its end.
    pub last_note: Option<String>,
    /// Whether the last exchange is the answer just received.
    pub answered: bool,
}

/// The id of a block's section.
pub fn section_id(block: &str) -> String {
    format!("try-{block}")
}

/// The id of a block's prompt box.
pub fn prompt_box_id(block: &str) -> String {
    format!("try-{block}-prompt")
}

#[component]
pub fn PracticeSection(
    practice: Practice,
    /// The lesson's address; the block's are under it.
    lesson_href: String,
    /// This block's state, if the prompt was sent to it.
    state: Option<PracticeState>,
) -> impl IntoView {
    let request = use_request();
    let t = request.translator();
    let locale = request.locale;
    let section = section_id(&practice.id);
    let heading = format!("{section}-heading");
    let block_href = format!("{lesson_href}/try/{}", practice.id);
    let starter = (!practice.starter_prompt.is_empty()).then(|| {
        view! {
            <p lang=locale.tag() dir=locale.dir()>{t.t("practice-starter")}</p>
            <pre class="practice-starter">{practice.starter_prompt.clone()}</pre>
        }
    });
    let box_or_reason = if request.viewer().is_none() {
        let sign_in = format!("{}?next={lesson_href}", request.href("/sign-in"));
        view! {
            {starter}
            <p class="notice" lang=locale.tag() dir=locale.dir()>
                <a href=sign_in>{t.t("practice-sign-in")}</a>
            </p>
        }
        .into_any()
    } else if !use_site().assistant {
        view! {
            {starter}
            <p class="notice" lang=locale.tag() dir=locale.dir()>{t.t("assistant-not-set-up")}</p>
        }
        .into_any()
    } else {
        // Answering this block's form (without JavaScript), the page starts at what it
        // says: the mistake (the error summary), else the new answer, else why there is none.
        let posted = state.is_some();
        let state = state.unwrap_or_else(|| PracticeState {
            prompt: practice.starter_prompt.clone(),
            ..PracticeState::default()
        });
        let answered = posted && state.errors.is_empty() && state.answered;
        let focus_notice = posted && state.errors.is_empty() && !answered && state.notice.is_some();
        view! {
            <div lang=locale.tag() dir=locale.dir()>
                <ErrorSummary errors=state.errors.clone()/>
                <PracticeBox stream=format!("{block_href}/stream") words=practice_words(t)>
                    {prompt_form(&practice.id, block_href.clone(), &state, t)}
                    {state.notice.clone().map(|notice| view! {
                        <p class="notice" tabindex=focus_notice.then_some("-1") autofocus=focus_notice>
                            {notice}
                        </p>
                    })}
                    {exchanges_view(&state, answered, t)}
                </PracticeBox>
            </div>
        }
        .into_any()
    };
    let labelled_by = heading.clone();
    view! {
        <section class="practice" id=section.clone() aria-labelledby=labelled_by>
            <h2 id=heading>{practice.title.clone()}</h2>
            <div class="practice-task" inner_html=practice.task_html.clone()></div>
            {box_or_reason}
        </section>
    }
}

fn practice_words(t: Translator) -> PracticeWords {
    PracticeWords {
        you_asked: t.t("practice-you-asked"),
        answer: t.t("practice-answer"),
        check: t.t("practice-check"),
        writing: t.t("practice-writing"),
        ready: t.t("practice-ready"),
        failed: t.t("practice-failed"),
    }
}

/// The prompt box (labelled, with its hint and any mistake tied to it), the earlier
/// exchanges it carries back, and the button.
fn prompt_form(block: &str, action: String, state: &PracticeState, t: Translator) -> impl IntoView {
    let input_id = prompt_box_id(block);
    let (hint_id, error_id) = (format!("{input_id}-hint"), format!("{input_id}-error"));
    let error = state.errors.for_field(&input_id).map(|m| m.text(t));
    let described_by = match error {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };
    let carried = &state.exchanges[state.exchanges.len().saturating_sub(EARLIER_KEPT)..];
    let hidden = carried
        .iter()
        .map(|exchange| {
            view! {
                <input type="hidden" name=ASKED_FIELD value=exchange.prompt.clone()/>
                <input type="hidden" name=ANSWERED_FIELD value=exchange.answer.clone()/>
            }
        })
        .collect_view();
    view! {
        <form method="post" action=action class="stacked practice-form">
            <CsrfField/>
            {hidden}
            <div class="field" class:field-invalid=error.is_some()>
                <label for=input_id.clone()>{t.t("practice-prompt-label")}</label>
                <p class="hint" id=hint_id>{t.t("practice-prompt-hint")}</p>
                {error.clone().map(|error| view! {
                    <p class="field-error" id=error_id>
                        <span class="visually-hidden">{t.t("error-prefix")}</span>
                        {error}
                    </p>
                })}
                <textarea
                    id=input_id
                    name=PROMPT_FIELD
                    rows="4"
                    aria-invalid=error.is_some().then_some("true")
                    aria-describedby=described_by
                >
                    {state.prompt.clone()}
                </textarea>
            </div>
            <button type="submit">{t.t("practice-send")}</button>
        </form>
    }
}

/// The exchanges so far, each answer with the reminder to check it; the page starts at the
/// new answer when `answered`.
fn exchanges_view(state: &PracticeState, answered: bool, t: Translator) -> Option<impl IntoView> {
    let count = state.exchanges.len();
    let items = state
        .exchanges
        .iter()
        .enumerate()
        .map(|(index, exchange)| {
            let last = index + 1 == count;
            let focus = last && answered;
            let note = last.then(|| state.last_note.clone()).flatten();
            view! {
                <li class="exchange">
                    <h3>{t.t("practice-you-asked")}</h3>
                    <p class="exchange-prompt">{exchange.prompt.clone()}</p>
                    <h3 tabindex=focus.then_some("-1") autofocus=focus>{t.t("practice-answer")}</h3>
                    <div class="exchange-answer">{exchange.answer.clone()}</div>
                    {note.map(|note| view! { <p class="notice">{note}</p> })}
                    <p class="check-note">{t.t("practice-check")}</p>
                </li>
            }
        })
        .collect_view();
    (count > 0).then(|| view! { <ol class="exchanges">{items}</ol> })
}
