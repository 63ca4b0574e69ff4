//! A practice block inside a lesson: the task, then the prompt box and the answers (an
//! island), or, when the learner cannot use the assistant here, why not.

use crate::assistant::{Exchange, PracticeWords};
use crate::catalog::Practice;
use crate::components::forms::ErrorSummary;
use crate::context::use_request;
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
    /// Whether this server has an assistant.
    set_up: bool,
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
    } else if !set_up {
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
        let input_id = prompt_box_id(&practice.id);
        let error = state.errors.for_field(&input_id).map(|m| m.text(t));
        view! {
            <div lang=locale.tag() dir=locale.dir()>
                <ErrorSummary errors=state.errors.clone()/>
                <PracticeBox
                    input_id=input_id
                    action=block_href.clone()
                    stream=format!("{block_href}/stream")
                    csrf_token=request.csrf_token()
                    prompt=state.prompt
                    exchanges=state.exchanges
                    words=practice_words(t)
                    notice=state.notice
                    error=error
                    last_note=state.last_note
                    focus_answer=answered
                    focus_notice=focus_notice
                />
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
        prompt_label: t.t("practice-prompt-label"),
        prompt_hint: t.t("practice-prompt-hint"),
        send: t.t("practice-send"),
        you_asked: t.t("practice-you-asked"),
        answer: t.t("practice-answer"),
        check: t.t("practice-check"),
        writing: t.t("practice-writing"),
        ready: t.t("practice-ready"),
        failed: t.t("practice-failed"),
        error_prefix: t.t("error-prefix"),
    }
}
