//! A practice block's prompt box and the answers it got.
//!
//! Without JavaScript it is a form that posts the prompt, with the earlier exchanges in
//! hidden fields, and the server returns the lesson page with the answer. Once hydrated the
//! same form sends the prompt in the background and shows the answer as it is written;
//! screen readers hear "writing" and "ready" through a polite status, not every word.

#[cfg(feature = "hydrate")]
use crate::assistant::events;
use crate::assistant::{
    Exchange, PracticeWords, ANSWERED_FIELD, ASKED_FIELD, EARLIER_KEPT, PROMPT_FIELD,
};
use leptos::prelude::*;

#[island]
pub fn PracticeBox(
    /// The prompt box's id (the error summary links to it).
    input_id: String,
    /// Where the form posts without JavaScript (the whole page comes back).
    action: String,
    /// Where the answer streams from once hydrated.
    stream: String,
    csrf_token: String,
    /// What the box holds: the starter prompt, or the learner's last one.
    prompt: String,
    /// Earlier prompts and answers, oldest first.
    exchanges: Vec<Exchange>,
    words: PracticeWords,
    /// Why there was no answer, or what personal data was taken out before sending.
    notice: Option<String>,
    /// The prompt's mistake (empty, too long), shown at the box.
    error: Option<String>,
    /// Said under the last answer when it stopped before its end.
    last_note: Option<String>,
    /// The page answers this block's form (without JavaScript): what to focus when it
    /// loads, the new answer or the notice, so a screen reader starts there.
    focus_answer: bool,
    focus_notice: bool,
) -> impl IntoView {
    let exchanges = RwSignal::new(exchanges);
    let writing = RwSignal::new(None::<String>);
    let status = RwSignal::new(String::new());
    let notice = RwSignal::new(notice);
    let last_note = RwSignal::new(last_note);
    let box_ref = NodeRef::<leptos::html::Textarea>::new();
    let words = StoredValue::new(words);
    let (error_id, hint_id) = (format!("{input_id}-error"), format!("{input_id}-hint"));
    let described_by = if error.is_some() {
        format!("{hint_id} {error_id}")
    } else {
        hint_id.clone()
    };
    let token = csrf_token.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        if writing.get_untracked().is_some() {
            ev.prevent_default();
            return;
        }
        #[cfg(feature = "hydrate")]
        {
            ev.prevent_default();
            let prompt = box_ref
                .get_untracked()
                .map(|b| b.value())
                .unwrap_or_default();
            let mut body = vec![
                (PROMPT_FIELD, prompt.clone()),
                ("csrf_token", token.clone()),
            ];
            for exchange in kept(&exchanges.get_untracked()) {
                body.push((ASKED_FIELD, exchange.prompt.clone()));
                body.push((ANSWERED_FIELD, exchange.answer.clone()));
            }
            let stream = stream.clone();
            let w = words.get_value();
            writing.set(Some(String::new()));
            notice.set(None);
            last_note.set(None);
            status.set(w.writing.clone());
            leptos::task::spawn_local(async move {
                let mut ended = false;
                let outcome = read_stream(&stream, &body, |event, data| match event {
                    events::TEXT => writing.update(|w| {
                        if let Some(w) = w {
                            w.push_str(&data)
                        }
                    }),
                    events::REMOVED => notice.set(Some(data)),
                    events::END => {
                        ended = true;
                        let answer = writing.get_untracked().unwrap_or_default();
                        exchanges.update(|all| {
                            all.push(Exchange {
                                prompt: prompt.clone(),
                                answer,
                            })
                        });
                        writing.set(None);
                        last_note.set((!data.is_empty()).then_some(data));
                        status.set(w.ready.clone());
                    }
                    events::FAILED => {
                        ended = true;
                        writing.set(None);
                        status.set(data.clone());
                        notice.set(Some(data));
                    }
                    _ => {}
                })
                .await;
                if outcome.is_err() || !ended {
                    writing.set(None);
                    status.set(w.failed.clone());
                    notice.set(Some(w.failed.clone()));
                }
            });
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (&ev, &stream, &token, box_ref);
    };
    let exchange_items = move || {
        let w = words.get_value();
        let all = exchanges.get();
        let count = all.len();
        all.into_iter()
            .enumerate()
            .map(|(index, exchange)| {
                let last = index + 1 == count;
                let note = last.then(|| last_note.get()).flatten();
                let focus = last && focus_answer;
                view! {
                    <li class="exchange">
                        <h3>{w.you_asked.clone()}</h3>
                        <p class="exchange-prompt">{exchange.prompt}</p>
                        <h3 tabindex=focus.then_some("-1") autofocus=focus>{w.answer.clone()}</h3>
                        <div class="exchange-answer">{exchange.answer}</div>
                        {note.map(|note| view! { <p class="notice">{note}</p> })}
                        <p class="check-note">{w.check.clone()}</p>
                    </li>
                }
            })
            .collect_view()
    };
    let in_progress = move || {
        writing.get().map(|text| {
            let w = words.get_value();
            view! {
                <li class="exchange" aria-busy="true">
                    <h3>{w.answer.clone()}</h3>
                    <div class="exchange-answer">{text}</div>
                </li>
            }
        })
    };
    let hidden_fields = move || {
        kept(&exchanges.get())
            .iter()
            .map(|exchange| {
                view! {
                    <input type="hidden" name=ASKED_FIELD value=exchange.prompt.clone()/>
                    <input type="hidden" name=ANSWERED_FIELD value=exchange.answer.clone()/>
                }
            })
            .collect_view()
    };
    let w = words.get_value();
    view! {
        <ol class="exchanges">{exchange_items} {in_progress}</ol>
        <div class="visually-hidden" role="status">{move || status.get()}</div>
        {move || {
            notice
                .get()
                .map(|notice| {
                    view! {
                        <p class="notice" tabindex=focus_notice.then_some("-1") autofocus=focus_notice>
                            {notice}
                        </p>
                    }
                })
        }}
        <form method="post" action=action class="stacked practice-form" on:submit=on_submit>
            <input type="hidden" name="csrf_token" value=csrf_token/>
            {hidden_fields}
            <div class="field" class:field-invalid=error.is_some()>
                <label for=input_id.clone()>{w.prompt_label.clone()}</label>
                <p class="hint" id=hint_id>{w.prompt_hint.clone()}</p>
                {error.clone().map(|error| view! {
                    <p class="field-error" id=error_id>
                        <span class="visually-hidden">{w.error_prefix.clone()}</span>
                        {error}
                    </p>
                })}
                <textarea
                    id=input_id.clone()
                    name=PROMPT_FIELD
                    rows="4"
                    node_ref=box_ref
                    aria-invalid=error.is_some().then_some("true")
                    aria-describedby=described_by
                >
                    {prompt}
                </textarea>
            </div>
            <button type="submit">{w.send.clone()}</button>
        </form>
    }
}

/// The exchanges a form carries back: the last few.
fn kept(exchanges: &[Exchange]) -> &[Exchange] {
    &exchanges[exchanges.len().saturating_sub(EARLIER_KEPT)..]
}

/// Posts `fields` to `url` and calls `on_event(name, data)` for each server-sent event of
/// the answer as it arrives (the data is a JSON string). Err when the request failed.
#[cfg(feature = "hydrate")]
async fn read_stream(
    url: &str,
    fields: &[(&str, String)],
    mut on_event: impl FnMut(&str, String),
) -> Result<(), wasm_bindgen::JsValue> {
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    let body: Vec<String> = fields
        .iter()
        .map(|(name, value)| format!("{name}={}", js_sys::encode_uri_component(value)))
        .collect();
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    let headers = web_sys::Headers::new()?;
    headers.set("content-type", "application/x-www-form-urlencoded")?;
    headers.set("accept", "text/event-stream")?;
    init.set_headers(&headers);
    init.set_body(&JsValue::from_str(&body.join("&")));
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str_and_init(url, &init))
        .await?
        .dyn_into()?;
    if !response.ok() {
        return Err(JsValue::from_str("the server refused"));
    }
    let reader: web_sys::ReadableStreamDefaultReader = response
        .body()
        .ok_or_else(|| JsValue::from_str("no body"))?
        .get_reader()
        .dyn_into()?;
    let decoder = web_sys::TextDecoder::new()?;
    let options = web_sys::TextDecodeOptions::new();
    options.set_stream(true);
    let mut pending = String::new();
    loop {
        let read = JsFuture::from(reader.read()).await?;
        if js_sys::Reflect::get(&read, &"done".into())?.as_bool() != Some(false) {
            return Ok(());
        }
        let chunk: js_sys::Uint8Array = js_sys::Reflect::get(&read, &"value".into())?.dyn_into()?;
        pending.push_str(&decoder.decode_with_js_u8_array_and_options(&chunk, &options)?);
        // The data is JSON: an event holds no blank line but the one that ends it.
        while let Some(end) = pending.find("\n\n") {
            let block: String = pending.drain(..end + 2).collect();
            let (mut name, mut data) = ("message", String::new());
            for line in block.lines() {
                if let Some(value) = line.strip_prefix("event:") {
                    name = match value.trim() {
                        events::TEXT => events::TEXT,
                        events::END => events::END,
                        events::FAILED => events::FAILED,
                        events::REMOVED => events::REMOVED,
                        _ => "message",
                    };
                } else if let Some(value) = line.strip_prefix("data:") {
                    data.push_str(value.trim_start());
                }
            }
            let text = js_sys::JSON::parse(&data)
                .ok()
                .and_then(|value| value.as_string())
                .unwrap_or_default();
            on_event(name, text);
        }
    }
}
