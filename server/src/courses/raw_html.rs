//! Images written as raw HTML in a lesson (`<img src="media/x.webp">`), which Markdown's
//! own check of `![alt](…)` does not see: found by html5ever's tokenizer (the parser the
//! sanitiser uses), so case, quoting, comments and raw text elements are read as a
//! browser reads them.

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use std::cell::RefCell;

/// Reads a lesson's raw HTML, piece by piece in the order of the file (the pieces of an
/// HTML block and inline tags alike, so a tag or a comment may span pieces), and tells
/// which images without an `alt` attribute ended in each piece.
pub struct ImageScanner {
    tokenizer: Tokenizer<Sink>,
    input: BufferQueue,
}

#[derive(Default)]
struct Sink {
    /// The `src` (empty when missing) of each image without `alt` not yet taken.
    found: RefCell<Vec<String>>,
}

impl ImageScanner {
    pub fn new() -> ImageScanner {
        ImageScanner {
            tokenizer: Tokenizer::new(Sink::default(), TokenizerOpts::default()),
            input: BufferQueue::default(),
        }
    }

    /// Reads the next piece of raw HTML; returns the `src` of each image without `alt`
    /// whose tag ends in it.
    pub fn feed(&mut self, piece: &str) -> Vec<String> {
        self.input.push_back(StrTendril::from_slice(piece));
        // The sink never asks for a script to run, so this reads all it can.
        let _ = self.tokenizer.feed(&self.input);
        self.tokenizer.sink.found.take()
    }
}

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let Token::TagToken(Tag {
            kind: TagKind::StartTag,
            name,
            attrs,
            ..
        }) = token
        else {
            return TokenSinkResult::Continue;
        };
        match &*name {
            // A browser makes an `<img>` of an `<image>`.
            "img" | "image" => {
                if !attrs.iter().any(|a| &*a.name.local == "alt") {
                    let src = attrs.iter().find(|a| &*a.name.local == "src");
                    self.found
                        .borrow_mut()
                        .push(src.map_or_else(String::new, |a| a.value.to_string()));
                }
                TokenSinkResult::Continue
            }
            // What the tree builder would tell the tokenizer: the content of these is
            // text, so an `<img>` written inside is no image.
            "script" => TokenSinkResult::RawData(RawKind::ScriptData),
            "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => {
                TokenSinkResult::RawData(RawKind::Rawtext)
            }
            "textarea" | "title" => TokenSinkResult::RawData(RawKind::Rcdata),
            "plaintext" => TokenSinkResult::Plaintext,
            _ => TokenSinkResult::Continue,
        }
    }
}

/// Gives `alt=""` to every `<img>` of sanitised HTML that has no `alt`, whatever reached
/// the sanitiser (the checker refuses such images; this is the second line). ammonia can
/// only keep, drop or overwrite the attributes an element has, not add a missing one, so
/// this runs on its output.
///
/// Why `alt=""` rather than dropping the image: without `alt`, a screen reader reads out
/// the file's address ("media slash x dot webp, graphic"), noise that says nothing of the
/// picture; with `alt=""` it passes the image by in silence, like a decoration. Dropping
/// it would take the picture from sighted learners too, and from the facilitator sitting
/// next to a blind learner, who can still describe it.
///
/// ammonia's output is html5ever's serialisation, which this relies on: a `<` in text is
/// written `&lt;`, comments and raw text elements (`<script>`, `<style>`) are removed, so
/// outside an attribute value every `<` opens a tag; names are lower case and values are
/// in double quotes, a `"` in them written `&quot;`.
pub fn alt_for_every_image(html: String) -> String {
    if !html.contains("<img") {
        return html;
    }
    let bytes = html.as_bytes();
    // Where ` alt=""` goes: before the `>` of each img without one.
    let mut inserts = Vec::new();
    let mut i = 0;
    while let Some(open) = html[i..].find('<') {
        let name_start = i + open + 1;
        let name_end = name_start
            + bytes[name_start..]
                .iter()
                .position(|b| matches!(b, b' ' | b'>' | b'/'))
                .unwrap_or(bytes.len() - name_start);
        let is_img = &html[name_start..name_end] == "img";
        let mut has_alt = false;
        let mut j = name_end;
        // Attributes up to the tag's `>` (or the end, if the form is not the one expected).
        loop {
            while j < bytes.len() && matches!(bytes[j], b' ' | b'/') {
                j += 1;
            }
            if j >= bytes.len() || bytes[j] == b'>' {
                break;
            }
            let attr_start = j;
            while j < bytes.len() && !matches!(bytes[j], b'=' | b' ' | b'>') {
                j += 1;
            }
            has_alt |= &html[attr_start..j] == "alt";
            if j < bytes.len() && bytes[j] == b'=' {
                j += 1;
                if j < bytes.len() && bytes[j] == b'"' {
                    j += 1 + html[j + 1..].find('"').unwrap_or(bytes.len() - j - 1);
                    j = (j + 1).min(bytes.len());
                }
            }
        }
        if is_img && !has_alt && j < bytes.len() {
            inserts.push(j);
        }
        i = (j + 1).min(bytes.len());
    }
    if inserts.is_empty() {
        return html;
    }
    let mut out = String::with_capacity(html.len() + inserts.len() * 7);
    let mut from = 0;
    for at in inserts {
        out.push_str(&html[from..at]);
        out.push_str(" alt=\"\"");
        from = at;
    }
    out.push_str(&html[from..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(pieces: &[&str]) -> Vec<Vec<String>> {
        let mut scanner = ImageScanner::new();
        pieces.iter().map(|p| scanner.feed(p)).collect()
    }

    #[test]
    fn finds_images_without_alt_as_a_browser_reads_them() {
        assert_eq!(
            scan(&[
                r#"<p><IMG SRC="media/a.webp"> <img src='b.png' alt="B"><img src=c.png alt></p>"#
            ]),
            vec![vec!["media/a.webp".to_string()]]
        );
        assert_eq!(scan(&["<image src=x>"]), vec![vec!["x".to_string()]]);
        assert_eq!(scan(&["<img>"]), vec![vec![String::new()]]);
        // Written across pieces (lines of an HTML block): found in the piece it ends in.
        assert_eq!(
            scan(&["<p>\n", "<img\n", "  src=\"x\">\n", "</p>\n"]),
            vec![vec![], vec![], vec!["x".to_string()], vec![]] as Vec<Vec<String>>
        );
        // Not images: text, comments, attribute values, raw text.
        assert_eq!(
            scan(&[
                "&lt;img src=x&gt; <!-- <img src=y> --> <a title='<img src=z>'>",
                "<textarea><img src=t></textarea><script>'<img src=s>'</script>",
                "<img src=after alt=''>",
            ]),
            vec![Vec::<String>::new(); 3]
        );
    }

    #[test]
    fn gives_alt_to_every_image_without_one() {
        let cleaned =
            ammonia::clean(r#"<p><img src="a.png"><IMAGE src=b.png><img src=c.png alt="C"></p>"#);
        assert_eq!(
            alt_for_every_image(cleaned),
            r#"<p><img src="a.png" alt=""><img src="b.png" alt=""><img src="c.png" alt="C"></p>"#
        );
        // Untouched when nothing is missing.
        let html = r#"<p>x &amp; <img src="c.png" alt="C"></p>"#.to_string();
        assert_eq!(alt_for_every_image(html.clone()), html);
        // Whatever the input, no image without alt comes out, and nothing else changes.
        for hostile in [
            r#"<img title='<img src=q> alt "x"' src=a>"#,
            r#"<img title="a>b" src="a">&lt;img src=t&gt;<img src="é"><img alt=x>"#,
            "<p>Un <b>texte</b> <img
src=a
>é<!-- <img src=c> --></p><table><tr><td><img src=d></table>",
            "<img",
            "<img src=\"",
        ] {
            let cleaned = ammonia::clean(hostile);
            let fixed = alt_for_every_image(cleaned.clone());
            assert_eq!(
                scan(&[&fixed]),
                vec![Vec::<String>::new()],
                "{hostile:?} gave {fixed}"
            );
            assert_eq!(
                fixed.replace(r#" alt="""#, ""),
                cleaned.replace(r#" alt="""#, "")
            );
        }
    }
}
