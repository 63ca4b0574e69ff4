//! The local AI assistant: one client for an OpenAI-compatible `/v1/chat/completions`
//! (llama.cpp's `llama-server`, or Ollama) on the centre's own machine, used by the
//! lessons' practice blocks and the CV builder's wording suggestions.
//!
//! It runs beside the pages, never in front of them: without a configured assistant, or
//! when it is down, slow or busy, every page still works and says so in words. A learner's
//! text leaves the server only with personal data removed ([`redact`]), within a length, a
//! time and a per-learner hourly limit; what is logged is counts, never texts.

pub mod limit;
pub mod redact;
pub mod stream;
pub mod transcripts;

use limit::RequestLimit;
use serde::Serialize;
use std::sync::Arc;
use std::time::{Duration, Instant};
use stream::{Event, EventReader};
pub use tifawt_app::assistant::Exchange;
use tifawt_app::i18n::{Locale, Translator};
use tokio::sync::{mpsc, OwnedSemaphorePermit, Semaphore};

/// How the assistant is reached and bounded (`tifawt serve --ai-…`).
#[derive(Clone, Debug)]
pub struct Settings {
    /// The API's base address, e.g. `http://127.0.0.1:8080/v1`.
    pub url: String,
    pub model: String,
    /// From sending the request to the first word of the answer.
    pub first_word_within: Duration,
    /// From sending the request to the end of the answer.
    pub answer_within: Duration,
    /// The model's limit, in tokens.
    pub max_tokens: u32,
    /// Requests answered at once; more are told the assistant is busy.
    pub at_once: u32,
    pub per_learner_per_hour: u32,
}

/// The longest answer kept, in characters, whatever the model's token limit.
pub const MAX_ANSWER_CHARS: usize = 4000;

/// Why there is no answer, as the learner is told.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unavailable {
    /// No assistant is configured on this server.
    NotSetUp,
    /// It did not answer, answered an error, or too slowly.
    NotAnswering,
    /// It is answering as many requests as it may.
    Busy,
    /// This learner sent their hourly number of requests; they may send again in this
    /// many minutes.
    TooMany { minutes: u64 },
}

impl Unavailable {
    /// What the learner is told, in `locale`.
    pub fn explain(self, locale: Locale) -> String {
        let t = Translator(locale);
        match self {
            Unavailable::NotSetUp => t.t("assistant-not-set-up"),
            Unavailable::NotAnswering => t.t("assistant-not-answering"),
            Unavailable::Busy => t.t("assistant-busy"),
            Unavailable::TooMany { minutes } => {
                t.t_with("assistant-too-many", &[("minutes", minutes.into())])
            }
        }
    }
}

/// How an answer ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ending {
    /// The model said all it had to say.
    Complete,
    /// It reached the length limit: the end is cut.
    CutLong,
    /// It took too long, or stopped answering: the end is missing.
    CutShort,
}

/// A piece of an answer as it arrives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    /// The last piece of an answer that started.
    End(Ending),
    /// The answer could not start (the first word did not come in time, or the assistant
    /// failed before it).
    Failed(Unavailable),
}

/// What the learner asks, and what the model is told around it.
#[derive(Clone, Debug)]
pub struct Ask {
    /// The language of the page: the platform's own instructions are in it.
    pub locale: Locale,
    /// The author's instructions for this exercise, after the platform's.
    pub instructions: Option<String>,
    /// Earlier prompts and answers of the same exercise, oldest first.
    pub earlier: Vec<Exchange>,
    pub prompt: String,
    /// What the answer is for, in the log (`practice` or `cv`).
    pub purpose: &'static str,
}

/// The assistant of this server: off, or a client with its limits.
#[derive(Clone, Default)]
pub struct Assistant(Option<Arc<Client>>);

struct Client {
    http: reqwest::Client,
    completions: String,
    models: String,
    settings: Settings,
    permits: Arc<Semaphore>,
    limit: RequestLimit,
}

/// A whole answer (for a page without JavaScript, and for CV suggestions).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub text: String,
    pub ending: Ending,
}

impl Assistant {
    pub fn new(settings: Option<Settings>) -> anyhow::Result<Assistant> {
        let Some(settings) = settings else {
            return Ok(Assistant(None));
        };
        let base = settings.url.trim_end_matches('/');
        let http = reqwest::Client::builder()
            .connect_timeout(settings.first_word_within)
            .build()?;
        Ok(Assistant(Some(Arc::new(Client {
            http,
            completions: format!("{base}/chat/completions"),
            models: format!("{base}/models"),
            permits: Arc::new(Semaphore::new(settings.at_once as usize)),
            limit: RequestLimit::new(settings.per_learner_per_hour),
            settings,
        }))))
    }

    pub fn is_set_up(&self) -> bool {
        self.0.is_some()
    }

    /// `/healthz`: `off`, `ok` or `unreachable` (asked with a short time limit).
    pub async fn health(&self) -> &'static str {
        let Some(client) = &self.0 else {
            return "off";
        };
        let answer = client
            .http
            .get(&client.models)
            .timeout(Duration::from_secs(2))
            .send()
            .await;
        match answer {
            Ok(response) if response.status().is_success() => "ok",
            _ => "unreachable",
        }
    }

    /// Sends `ask` for `user_id` and returns the answer's pieces as they arrive; the
    /// request is abandoned when the receiver is dropped (the learner left).
    pub async fn start(
        &self,
        user_id: i32,
        ask: Ask,
    ) -> Result<mpsc::Receiver<Piece>, Unavailable> {
        let client = self.0.clone().ok_or(Unavailable::NotSetUp)?;
        let permit = client
            .permits
            .clone()
            .try_acquire_owned()
            .map_err(|_| Unavailable::Busy)?;
        let started = Instant::now();
        client
            .limit
            .take(user_id, started)
            .map_err(|wait| Unavailable::TooMany {
                minutes: wait.as_secs().div_ceil(60).max(1),
            })?;
        let body = request_body(&client.settings, &ask);
        let sent = tokio::time::timeout(
            client.settings.first_word_within,
            client
                .http
                .post(&client.completions)
                .header("content-type", "application/json")
                .body(body.to_string())
                .send(),
        )
        .await;
        let response = match sent {
            Ok(Ok(response)) if response.status().is_success() => response,
            Ok(Ok(response)) => {
                tracing::warn!(status = %response.status(), "the assistant answered an error");
                return Err(Unavailable::NotAnswering);
            }
            Ok(Err(error)) => {
                tracing::warn!(%error, "cannot reach the assistant");
                return Err(Unavailable::NotAnswering);
            }
            Err(_) => {
                tracing::warn!("the assistant did not answer in time");
                return Err(Unavailable::NotAnswering);
            }
        };
        let (pieces, receiver) = mpsc::channel(64);
        let settings = client.settings.clone();
        let counts = Counts {
            user_id,
            purpose: ask.purpose,
            prompt_chars: ask.prompt.chars().count(),
            started,
        };
        tokio::spawn(read_answer(response, settings, pieces, counts, permit));
        Ok(receiver)
    }

    /// The whole answer to `ask`, as [`Assistant::start`] streams it.
    pub async fn answer(&self, user_id: i32, ask: Ask) -> Result<Answer, Unavailable> {
        let mut pieces = self.start(user_id, ask).await?;
        let mut text = String::new();
        while let Some(piece) = pieces.recv().await {
            match piece {
                Piece::Text(more) => text.push_str(&more),
                // An answer of nothing but spaces is no answer.
                Piece::End(_) if text.trim().is_empty() => break,
                Piece::End(ending) => return Ok(Answer { text, ending }),
                Piece::Failed(why) => return Err(why),
            }
        }
        Err(Unavailable::NotAnswering)
    }
}

/// The chat request: the platform's instructions in the page's language (with the
/// author's after them), the earlier exchanges, then the prompt.
fn request_body(settings: &Settings, ask: &Ask) -> serde_json::Value {
    let mut system = Translator(ask.locale).t("assistant-system-prompt");
    if let Some(instructions) = &ask.instructions {
        system.push_str("\n\n");
        system.push_str(instructions);
    }
    let mut messages = vec![serde_json::json!({ "role": "system", "content": system })];
    for exchange in &ask.earlier {
        messages.push(serde_json::json!({ "role": "user", "content": exchange.prompt }));
        messages.push(serde_json::json!({ "role": "assistant", "content": exchange.answer }));
    }
    messages.push(serde_json::json!({ "role": "user", "content": ask.prompt }));
    serde_json::json!({
        "model": settings.model,
        "messages": messages,
        "stream": true,
        "max_tokens": settings.max_tokens,
        "temperature": 0.7,
    })
}

/// What the log says of one request: counts and times, never the texts.
struct Counts {
    user_id: i32,
    purpose: &'static str,
    prompt_chars: usize,
    started: Instant,
}

/// Reads the streamed answer into `pieces` until it ends, is cut, or nobody listens; holds
/// `permit` until then.
async fn read_answer(
    mut response: reqwest::Response,
    settings: Settings,
    pieces: mpsc::Sender<Piece>,
    counts: Counts,
    permit: OwnedSemaphorePermit,
) {
    let mut reader = EventReader::default();
    let (mut chars, mut first_word) = (0usize, None::<Duration>);
    let first_deadline =
        tokio::time::Instant::from_std(counts.started + settings.first_word_within);
    let end_deadline = tokio::time::Instant::from_std(counts.started + settings.answer_within);
    let ending = 'reading: loop {
        let deadline = if first_word.is_none() {
            first_deadline.min(end_deadline)
        } else {
            end_deadline
        };
        let chunk = match tokio::time::timeout_at(deadline, response.chunk()).await {
            Ok(Ok(Some(chunk))) => chunk,
            // The stream ended without saying so: what came is all there is.
            Ok(Ok(None)) => break Ending::CutShort,
            Ok(Err(_)) | Err(_) => break Ending::CutShort,
        };
        for event in reader.feed(&chunk) {
            match event {
                Event::Text(text) => {
                    first_word.get_or_insert_with(|| counts.started.elapsed());
                    let room = MAX_ANSWER_CHARS - chars;
                    let text: String = text.chars().take(room).collect();
                    chars += text.chars().count();
                    if pieces.send(Piece::Text(text)).await.is_err() {
                        break 'reading Ending::CutShort; // the learner left
                    }
                    if chars >= MAX_ANSWER_CHARS {
                        break 'reading Ending::CutLong;
                    }
                }
                Event::Finished { length: true } => break 'reading Ending::CutLong,
                Event::Finished { length: false } | Event::Done => break 'reading Ending::Complete,
            }
        }
    };
    let last = if first_word.is_none() && ending != Ending::Complete {
        Piece::Failed(Unavailable::NotAnswering)
    } else {
        Piece::End(ending)
    };
    let _ = pieces.send(last).await;
    drop(permit);
    // Counts only: a minor's words stay out of the log.
    tracing::info!(
        target: "tifawt::assistant",
        user_id = counts.user_id,
        purpose = counts.purpose,
        prompt_chars = counts.prompt_chars,
        answer_chars = chars,
        first_word_ms = first_word.map(|d| d.as_millis() as u64),
        total_ms = counts.started.elapsed().as_millis() as u64,
        ending = ?ending,
        "assistant answered"
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> Settings {
        Settings {
            url: "http://127.0.0.1:9/v1".into(),
            model: "local".into(),
            first_word_within: Duration::from_secs(5),
            answer_within: Duration::from_secs(30),
            max_tokens: 200,
            at_once: 1,
            per_learner_per_hour: 10,
        }
    }

    #[test]
    fn the_request_holds_the_platforms_then_the_authors_instructions_then_the_conversation() {
        let ask = Ask {
            locale: Locale::Fr,
            instructions: Some("Answer in 50 words.".into()),
            earlier: vec![Exchange {
                prompt: "Bonjour".into(),
                answer: "Salut".into(),
            }],
            prompt: "Plus court".into(),
            purpose: "practice",
        };
        let body = request_body(&settings(), &ask);
        let messages = body["messages"].as_array().unwrap();
        let roles: Vec<_> = messages
            .iter()
            .map(|m| m["role"].as_str().unwrap())
            .collect();
        assert_eq!(roles, ["system", "user", "assistant", "user"]);
        let system = messages[0]["content"].as_str().unwrap();
        assert!(
            system.starts_with(&Translator(Locale::Fr).t("assistant-system-prompt")),
            "{system}"
        );
        assert!(system.ends_with("\n\nAnswer in 50 words."), "{system}");
        assert_eq!(messages[3]["content"], "Plus court");
        assert_eq!(body["stream"], true);
        assert_eq!(body["max_tokens"], 200);
    }

    #[test]
    fn each_language_has_its_own_instructions() {
        let prompts: Vec<_> = Locale::ALL
            .iter()
            .map(|locale| Translator(*locale).t("assistant-system-prompt"))
            .collect();
        for (locale, prompt) in Locale::ALL.iter().zip(&prompts) {
            assert!(prompt.len() > 200, "{locale}: {prompt}");
        }
        assert_ne!(prompts[0], prompts[3], "Arabic and French differ");
    }

    #[tokio::test]
    async fn without_settings_the_assistant_is_not_set_up() {
        let assistant = Assistant::new(None).unwrap();
        assert_eq!(assistant.health().await, "off");
        let ask = Ask {
            locale: Locale::Ar,
            instructions: None,
            earlier: vec![],
            prompt: "?".into(),
            purpose: "practice",
        };
        assert_eq!(assistant.answer(1, ask).await, Err(Unavailable::NotSetUp));
    }
}
