//! A practice block's prompt, answered as it is written.
//!
//! The form and the answers so far are the server's HTML (this island's children, which
//! ship no code): without JavaScript the form posts, with the earlier exchanges in hidden
//! fields, and the lesson page comes back with the answer. Once hydrated, the island sends
//! the same form in the background and shows the answer as it is written, under the others;
//! screen readers hear "writing" and "ready" through a polite status, not every word.

use crate::assistant::PracticeWords;
#[cfg(feature = "hydrate")]
use crate::assistant::{events, ANSWERED_FIELD, ASKED_FIELD, EARLIER_KEPT, PROMPT_FIELD};
use leptos::prelude::*;

#[island]
pub fn PracticeBox(
    /// Where the answer streams from once hydrated.
    stream: String,
    words: PracticeWords,
    /// The block's form, and the exchanges so far.
    children: Children,
) -> impl IntoView {
    // Said politely: "writing…", then "ready" (the answer itself is not a live region).
    let status = RwSignal::new(String::new());
    let busy = StoredValue::new(false);
    let words = StoredValue::new(words);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast;
            ev.prevent_default();
            let form = ev
                .target()
                .and_then(|target| target.dyn_into::<web_sys::HtmlFormElement>().ok());
            if let (Some(form), false) = (form, busy.get_value()) {
                busy.set_value(true);
                let stream = stream.clone();
                leptos::task::spawn_local(async move {
                    send(form, &stream, &words.get_value(), status).await;
                    busy.set_value(false);
                });
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (&ev, &stream, busy, words);
    };
    view! {
        <div on:submit=on_submit>
            {children()}
            <div class="visually-hidden" role="status">{move || status.get()}</div>
        </div>
    }
}

/// Sends `form` to `stream` and writes the answer into the page as it comes, under the
/// earlier ones (built with the DOM: smaller code than views, in every page's download);
/// then the form carries the exchange, as the server's page would.
#[cfg(feature = "hydrate")]
async fn send(
    form: web_sys::HtmlFormElement,
    stream: &str,
    words: &PracticeWords,
    status: RwSignal<String>,
) {
    let (Ok(fields), Some(block)) = (
        web_sys::FormData::new_with_form(&form),
        form.parent_element(),
    ) else {
        return;
    };
    let prompt = fields.get(PROMPT_FIELD).as_string().unwrap_or_default();
    // A new try replaces what was said about the last one.
    if let Ok(old) = block.query_selector_all(":scope > .notice") {
        for i in 0..old.length() {
            if let Some(node) = old.get(i) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
    }
    let list = block
        .query_selector(":scope > ol.exchanges")
        .ok()
        .flatten()
        .or_else(|| {
            let list = element("ol", "exchanges", None)?;
            block.append_child(&list).ok()?;
            Some(list)
        });
    let (Some(list), Some(item), Some(answer)) = (
        list,
        element("li", "exchange", None),
        element("div", "exchange-answer", None),
    ) else {
        return;
    };
    let _ = item.set_attribute("aria-busy", "true");
    append(&item, element("h3", "", Some(&words.answer)));
    let _ = item.append_child(&answer);
    let _ = list.append_child(&item);
    status.set(words.writing.clone());
    let notice = |text: &str| {
        if let Some(p) = element("p", "notice", Some(text)) {
            let _ = form.after_with_node_1(&p);
        }
    };
    let mut text = String::new();
    let mut ended = false;
    let outcome = read_stream(stream, &fields, |event, data| match event {
        events::TEXT => {
            text.push_str(&data);
            answer.set_text_content(Some(&text));
        }
        events::REMOVED => notice(&data),
        events::END => {
            ended = true;
            let _ = item.remove_attribute("aria-busy");
            // "You asked" and the prompt, before the answer, as the server shows them.
            if let (Some(heading), Some(asked)) = (
                element("h3", "", Some(&words.you_asked)),
                element("p", "exchange-prompt", Some(prompt.trim())),
            ) {
                let _ = item.prepend_with_node_1(&heading);
                let _ = heading.after_with_node_1(&asked);
            }
            if !data.is_empty() {
                append(&item, element("p", "notice", Some(&data)));
            }
            append(&item, element("p", "check-note", Some(&words.check)));
            carry(&form, prompt.trim(), &text);
            status.set(words.ready.clone());
        }
        events::FAILED => {
            ended = true;
            item.remove();
            status.set(data.clone());
            notice(&data);
        }
        _ => {}
    })
    .await;
    if outcome.is_err() || !ended {
        item.remove();
        status.set(words.failed.clone());
        notice(&words.failed);
    }
}

/// A new element with a class and text, if any.
#[cfg(feature = "hydrate")]
fn element(tag: &str, class: &str, text: Option<&str>) -> Option<web_sys::Element> {
    let element = document().create_element(tag).ok()?;
    if !class.is_empty() {
        element.set_class_name(class);
    }
    element.set_text_content(text);
    Some(element)
}

#[cfg(feature = "hydrate")]
fn append(parent: &web_sys::Element, child: Option<web_sys::Element>) {
    if let Some(child) = child {
        let _ = parent.append_child(&child);
    }
}

/// Adds the exchange to the hidden fields `form` carries, keeping the last few.
#[cfg(feature = "hydrate")]
fn carry(form: &web_sys::HtmlFormElement, prompt: &str, answer: &str) {
    use wasm_bindgen::JsCast;
    for (name, value) in [(ASKED_FIELD, prompt), (ANSWERED_FIELD, answer)] {
        if let Ok(input) = document().create_element("input") {
            let _ = input.set_attribute("type", "hidden");
            let _ = input.set_attribute("name", name);
            let _ = input.set_attribute("value", value);
            let _ = form.append_child(&input);
        }
        if let Ok(all) = form.query_selector_all(&format!("input[name={name}]")) {
            for i in 0..all.length().saturating_sub(EARLIER_KEPT as u32) {
                if let Some(old) = all
                    .get(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                {
                    old.remove();
                }
            }
        }
    }
}

/// Posts `fields` to `url` and calls `on_event(name, data)` for each server-sent event of
/// the answer as it arrives (the data is a JSON string). Err when the request failed.
#[cfg(feature = "hydrate")]
async fn read_stream(
    url: &str,
    fields: &web_sys::FormData,
    mut on_event: impl FnMut(&str, String),
) -> Result<(), wasm_bindgen::JsValue> {
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    let headers = web_sys::Headers::new()?;
    headers.set("accept", "text/event-stream")?;
    init.set_headers(&headers);
    // As URL-encoded fields, like the form without JavaScript.
    let body = web_sys::UrlSearchParams::new_with_str_sequence_sequence(fields)?;
    init.set_body(&body.into());
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
                    name = [events::TEXT, events::END, events::FAILED, events::REMOVED]
                        .into_iter()
                        .find(|known| *known == value.trim())
                        .unwrap_or("message");
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
