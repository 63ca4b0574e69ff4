//! What the pages and the islands share about the AI assistant's practice blocks.

use serde::{Deserialize, Serialize};

/// A prompt the learner sent and the answer it got, as the page shows them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exchange {
    pub prompt: String,
    pub answer: String,
}

/// The earlier exchanges a practice form carries back (in hidden fields, so no learner's
/// text is stored on the server): the last few, enough for "shorter" or "give an example"
/// to make sense to the model.
pub const EARLIER_KEPT: usize = 2;

/// The form fields of a practice block.
pub const PROMPT_FIELD: &str = "prompt";
pub const ASKED_FIELD: &str = "asked";
pub const ANSWERED_FIELD: &str = "answered";

/// The words the practice island writes, already translated (the rest of the block is the
/// server's HTML).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PracticeWords {
    pub you_asked: String,
    pub answer: String,
    /// "AI can be wrong: check this answer": under every answer.
    pub check: String,
    pub writing: String,
    pub ready: String,
    /// Said when the connection to the server failed.
    pub failed: String,
}

/// Server-sent event names of the streamed answer (`…/try/{id}/stream`).
pub mod events {
    /// A piece of the answer.
    pub const TEXT: &str = "text";
    /// The answer ended; its data is a note to show under it (empty when complete).
    pub const END: &str = "end";
    /// No answer: its data says why, in the page's language.
    pub const FAILED: &str = "failed";
    /// Personal data was removed before sending: its data says which.
    pub const REMOVED: &str = "removed";
}
