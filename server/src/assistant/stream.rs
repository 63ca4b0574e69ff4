//! Reading an OpenAI-compatible streamed answer (`"stream": true`): server-sent events,
//! one `data: {json}` line per piece, ending with `data: [DONE]`. llama.cpp's
//! `llama-server` and Ollama both answer this way.

use serde::Deserialize;

/// What one event of the stream says.
#[derive(Debug, PartialEq, Eq)]
pub enum Event {
    /// More of the answer.
    Text(String),
    /// The model stopped: `length` when it reached the token limit.
    Finished { length: bool },
    /// `data: [DONE]`: nothing follows.
    Done,
}

/// Splits the bytes of a stream into events, whatever the chunks' boundaries (a chunk may
/// end inside a line, or inside a UTF-8 character).
#[derive(Default)]
pub struct EventReader {
    pending: Vec<u8>,
}

#[derive(Deserialize)]
struct Chunk {
    #[serde(default)]
    choices: Vec<Choice>,
}

#[derive(Deserialize)]
struct Choice {
    #[serde(default)]
    delta: Delta,
    finish_reason: Option<String>,
}

#[derive(Default, Deserialize)]
struct Delta {
    content: Option<String>,
}

impl EventReader {
    /// The events completed by `bytes`; a malformed line is skipped, not fatal (a comment,
    /// an `event:` line, a keep-alive).
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<Event> {
        self.pending.extend_from_slice(bytes);
        let mut events = Vec::new();
        while let Some(newline) = self.pending.iter().position(|&b| b == b'\n') {
            let line: Vec<u8> = self.pending.drain(..=newline).collect();
            let Ok(line) = std::str::from_utf8(&line) else {
                continue;
            };
            let Some(data) = line.trim_end().strip_prefix("data:") else {
                continue;
            };
            let data = data.trim();
            if data == "[DONE]" {
                events.push(Event::Done);
                continue;
            }
            let Ok(chunk) = serde_json::from_str::<Chunk>(data) else {
                continue;
            };
            for choice in chunk.choices.into_iter().take(1) {
                if let Some(text) = choice.delta.content.filter(|t| !t.is_empty()) {
                    events.push(Event::Text(text));
                }
                if let Some(reason) = choice.finish_reason {
                    events.push(Event::Finished {
                        length: reason == "length",
                    });
                }
            }
        }
        events
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn piece(text: &str) -> String {
        format!(
            "data: {{\"choices\":[{{\"index\":0,\"delta\":{{\"content\":{}}},\"finish_reason\":null}}]}}\n\n",
            serde_json::to_string(text).unwrap()
        )
    }

    #[test]
    fn reads_pieces_the_end_and_done() {
        let stream = format!(
            "{}{}data: {{\"choices\":[{{\"index\":0,\"delta\":{{}},\"finish_reason\":\"length\"}}]}}\n\ndata: [DONE]\n\n",
            piece("Azul"),
            piece(" ⴰⵣⵓⵍ, مرحبا\n")
        );
        let events = EventReader::default().feed(stream.as_bytes());
        assert_eq!(
            events,
            [
                Event::Text("Azul".into()),
                Event::Text(" ⴰⵣⵓⵍ, مرحبا\n".into()),
                Event::Finished { length: true },
                Event::Done
            ]
        );
    }

    /// Cut anywhere, even inside a character, the stream reads the same.
    #[test]
    fn any_chunk_boundary_reads_the_same() {
        let stream = format!(
            "{}: keep-alive\r\n{}data: [DONE]\r\n",
            piece("ⴰⵙⵏⴰⵔⵓ"),
            piece("é")
        );
        let bytes = stream.as_bytes();
        let whole = EventReader::default().feed(bytes);
        for cut in 1..bytes.len() {
            let mut reader = EventReader::default();
            let mut events = reader.feed(&bytes[..cut]);
            events.extend(reader.feed(&bytes[cut..]));
            assert_eq!(events, whole, "cut at {cut}");
        }
        assert_eq!(whole.len(), 3);
    }

    #[test]
    fn lines_that_are_not_pieces_are_skipped() {
        let events =
            EventReader::default().feed(b"event: ping\ndata: not json\ndata: {\"error\":{}}\n\n");
        assert!(events.is_empty(), "{events:?}");
    }
}
