//! `/{lang}/courses/{course}/{lesson}/try/{block}`: a learner's prompt to a lesson's
//! practice block. Without JavaScript the form posts here and the lesson page comes back
//! with the answer; once hydrated, the page posts to `…/stream` and shows the answer as
//! the server-sent events bring it.

use super::extract::{CheckedForm, Lang, SignedIn};
use super::lessons::{lesson_page, LessonAddress};
use super::page::Page;
use super::refusal::{Answer, Refusal};
use super::AppState;
use crate::assistant::redact::{redact, Removed};
use crate::assistant::transcripts::{self, BlockKey};
use crate::assistant::{Ask, Ending, Piece};
use crate::auth::random_token;
use crate::progress::store as progress;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::sse::{Event, Sse};
use serde::Deserialize;
use std::convert::Infallible;
use std::pin::Pin;
use tifawt_app::assistant::{
    events, Exchange, ANSWERED_FIELD, ASKED_FIELD, EARLIER_KEPT, PROMPT_FIELD,
};
use tifawt_app::catalog::{LessonAt, Practice, MAX_PROMPT_CHARS};
use tifawt_app::forms::Message;
use tifawt_app::i18n::{Locale, Translator};
use tifawt_app::pages::lesson::LessonState;
use tifawt_app::pages::practice::{prompt_box_id, PracticeState};
use tifawt_app::viewer::Viewer;
use tokio_stream::StreamExt;

/// `/{lang}/courses/{course}/{lesson}/try/{block}…`
#[derive(Deserialize)]
pub struct BlockAddress {
    course: String,
    lesson: String,
    block: String,
}

impl BlockAddress {
    fn key(&self) -> BlockKey<'_> {
        BlockKey {
            course_id: &self.course,
            lesson_id: &self.lesson,
            block_id: &self.block,
        }
    }

    /// The lesson's own address (its progress, its page).
    fn lesson(&self) -> LessonAddress {
        LessonAddress::new(&self.course, &self.lesson)
    }

    /// The lesson, and the block as the learner reads it; not found if either is missing.
    fn find(&self, state: &AppState, locale: Locale) -> Result<(LessonAt, Practice), Refusal> {
        let at = self.lesson().find(state)?;
        let block = at
            .version_in(locale)
            .and_then(|version| {
                version
                    .value
                    .practice
                    .iter()
                    .find(|p| p.id == self.block)
                    .cloned()
            })
            .ok_or(Refusal::NotFound)?;
        Ok((at, block))
    }
}

/// The practice form: the prompt, and the earlier exchanges it carries back (the last
/// few, each cut to the lengths the server allows, whatever was sent).
fn read_form(fields: Vec<(String, String)>) -> (String, Vec<Exchange>) {
    let (mut prompt, mut asked, mut answered) = (String::new(), Vec::new(), Vec::new());
    for (name, value) in fields {
        match name.as_str() {
            PROMPT_FIELD => prompt = value,
            ASKED_FIELD => asked.push(value),
            ANSWERED_FIELD => answered.push(value),
            _ => {}
        }
    }
    let cut = |text: String, max: usize| text.chars().take(max).collect::<String>();
    let mut earlier: Vec<Exchange> = asked
        .into_iter()
        .zip(answered)
        .map(|(prompt, answer)| Exchange {
            prompt: cut(prompt, MAX_PROMPT_CHARS),
            answer: cut(answer, crate::assistant::MAX_ANSWER_CHARS),
        })
        .collect();
    earlier.drain(..earlier.len().saturating_sub(EARLIER_KEPT));
    (prompt.trim().to_string(), earlier)
}

/// An empty or too long prompt is the learner's mistake, said at the box.
fn check_prompt(prompt: &str) -> Result<(), Message> {
    let chars = prompt.chars().count();
    if chars == 0 {
        Err(Message::new("practice-error-empty"))
    } else if chars > MAX_PROMPT_CHARS {
        Err(Message::new("practice-error-too-long")
            .with("max", MAX_PROMPT_CHARS)
            .with("count", chars))
    } else {
        Ok(())
    }
}

/// The request for the model, with the learner's personal data taken out of every text
/// they wrote; and what was taken out.
fn ask_for(
    viewer: &Viewer,
    block: &Practice,
    locale: Locale,
    prompt: &str,
    earlier: &[Exchange],
) -> (Ask, Vec<Removed>) {
    let known = [viewer.display_name.as_str(), viewer.username.as_str()];
    let mut removed = Vec::new();
    let mut clean = |text: &str| {
        let (text, found) = redact(text, &known);
        removed.extend(found);
        text
    };
    let earlier = earlier
        .iter()
        .map(|exchange| Exchange {
            prompt: clean(&exchange.prompt),
            answer: exchange.answer.clone(),
        })
        .collect();
    let prompt = clean(prompt);
    removed.sort();
    removed.dedup();
    let ask = Ask {
        locale,
        instructions: block.instructions.clone(),
        earlier,
        prompt,
        purpose: "practice",
    };
    (ask, removed)
}

/// "Before sending, we took out: your phone number, …", when anything was.
pub fn removed_notice(locale: Locale, removed: &[Removed]) -> Option<String> {
    let t = Translator(locale);
    (!removed.is_empty()).then(|| {
        let kinds: Vec<String> = removed.iter().map(|kind| t.t(kind.message_id())).collect();
        t.t_with("assistant-removed", &[("kinds", kinds.join(", ").into())])
    })
}

/// Keeps the exchange if the learner's centre keeps transcripts. The learner has the
/// answer whatever happens here: a failure is logged, not shown.
async fn keep_transcript(
    state: &AppState,
    user_id: i32,
    block: BlockKey<'_>,
    prompt: &str,
    answer: &str,
) {
    let kept = transcripts::keep_if_kept(
        &state.db,
        user_id,
        block,
        prompt,
        answer,
        chrono::Utc::now(),
    )
    .await;
    if let Err(error) = kept {
        tracing::warn!(%error, "cannot keep a practice transcript");
    }
}

/// What is said under an answer that stopped before its end.
fn ending_note(locale: Locale, ending: Ending) -> Option<String> {
    let t = Translator(locale);
    match ending {
        Ending::Complete => None,
        Ending::CutLong => Some(t.t("practice-cut-long")),
        Ending::CutShort => Some(t.t("practice-cut-short")),
    }
}

/// `POST …/try/{block}` (without JavaScript): asks the assistant and returns the lesson
/// page with the answer under the earlier ones, the prompt kept in its box.
pub async fn send(
    State(state): State<AppState>,
    Lang(locale): Lang,
    SignedIn(viewer): SignedIn,
    Path(address): Path<BlockAddress>,
    CheckedForm(fields): CheckedForm<Vec<(String, String)>>,
) -> Answer<Page> {
    let (at, block) = address.find(&state, locale)?;
    let (prompt, earlier) = read_form(fields);
    let mut practice = PracticeState {
        block: block.id.clone(),
        prompt: prompt.clone(),
        exchanges: earlier.clone(),
        ..PracticeState::default()
    };
    let mut status = StatusCode::OK;
    match check_prompt(&prompt) {
        Err(message) => {
            practice.errors.add(prompt_box_id(&block.id), message);
            status = StatusCode::UNPROCESSABLE_ENTITY;
        }
        Ok(()) => {
            let (ask, removed) = ask_for(&viewer, &block, locale, &prompt, &earlier);
            practice.notice = removed_notice(locale, &removed);
            let sent = ask.prompt.clone();
            match state.assistant.answer(viewer.user_id, ask).await {
                Ok(answer) => {
                    keep_transcript(&state, viewer.user_id, address.key(), &sent, &answer.text)
                        .await;
                    practice.exchanges.push(Exchange {
                        prompt,
                        answer: answer.text,
                    });
                    practice.last_note = ending_note(locale, answer.ending);
                    practice.answered = true;
                }
                Err(why) => {
                    practice.notice = Some(why.explain(locale));
                    status = StatusCode::SERVICE_UNAVAILABLE;
                }
            }
        }
    }
    let course_lessons = at.course_lessons();
    let lesson = address.lesson();
    let key = lesson.key(viewer.user_id, &course_lessons);
    let standing = progress::find(&state.db, key).await?;
    let page = LessonState {
        attempt_token: random_token(),
        progress: standing.as_ref().map(progress::standing),
        practice: Some(practice),
        ..LessonState::default()
    };
    Ok(lesson_page(at, page).status(status))
}

type Events = Pin<Box<dyn tokio_stream::Stream<Item = Result<Event, Infallible>> + Send>>;

/// An event whose data is `text` as a JSON string (so no line break can end it early).
fn event(name: &str, text: &str) -> Result<Event, Infallible> {
    let data = serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into());
    Ok(Event::default().event(name).data(data))
}

/// A prompt sent to the assistant from the hydrated page, whose answer is on its way.
struct SentPrompt {
    state: AppState,
    address: BlockAddress,
    user_id: i32,
    /// As sent: personal data taken out.
    prompt: String,
    locale: Locale,
}

impl SentPrompt {
    /// The answer's pieces as events; at its end, the exchange is kept if the centre keeps
    /// transcripts.
    fn answer_events(
        self,
        pieces: tokio::sync::mpsc::Receiver<Piece>,
    ) -> impl tokio_stream::Stream<Item = Result<Event, Infallible>> + Send {
        let mut answer = String::new();
        let locale = self.locale;
        let sent = std::sync::Arc::new(self);
        tokio_stream::wrappers::ReceiverStream::new(pieces).map(move |piece| match piece {
            Piece::Text(text) => {
                answer.push_str(&text);
                event(events::TEXT, &text)
            }
            // An answer of nothing but spaces is no answer, as without JavaScript.
            Piece::End(_) if answer.trim().is_empty() => event(
                events::FAILED,
                &crate::assistant::Unavailable::NotAnswering.explain(locale),
            ),
            Piece::End(ending) => {
                let (sent, answer) = (sent.clone(), std::mem::take(&mut answer));
                tokio::spawn(async move {
                    let key = sent.address.key();
                    keep_transcript(&sent.state, sent.user_id, key, &sent.prompt, &answer).await;
                });
                event(
                    events::END,
                    &ending_note(locale, ending).unwrap_or_default(),
                )
            }
            Piece::Failed(why) => event(events::FAILED, &why.explain(locale)),
        })
    }
}

/// `POST …/try/{block}/stream` (the hydrated page): the answer as server-sent events, a
/// `text` event per piece, then `end`; or one `failed` event saying why there is none.
pub async fn stream(
    State(state): State<AppState>,
    Lang(locale): Lang,
    SignedIn(viewer): SignedIn,
    Path(address): Path<BlockAddress>,
    CheckedForm(fields): CheckedForm<Vec<(String, String)>>,
) -> Result<Sse<Events>, Refusal> {
    let (_, block) = address.find(&state, locale)?;
    let (prompt, earlier) = read_form(fields);
    let t = Translator(locale);
    let events: Events = match check_prompt(&prompt) {
        Err(message) => Box::pin(tokio_stream::iter([event(
            events::FAILED,
            &message.text(t),
        )])),
        Ok(()) => {
            let (ask, removed) = ask_for(&viewer, &block, locale, &prompt, &earlier);
            let first =
                removed_notice(locale, &removed).map(|notice| event(events::REMOVED, &notice));
            let sent = ask.prompt.clone();
            let started = state.assistant.start(viewer.user_id, ask).await;
            match started {
                Err(why) => Box::pin(tokio_stream::iter(
                    first
                        .into_iter()
                        .chain([event(events::FAILED, &why.explain(locale))]),
                )),
                Ok(pieces) => {
                    let sent = SentPrompt {
                        state: state.clone(),
                        address,
                        user_id: viewer.user_id,
                        prompt: sent,
                        locale,
                    };
                    Box::pin(tokio_stream::iter(first).chain(sent.answer_events(pieces)))
                }
            }
        }
    };
    Ok(Sse::new(events))
}
