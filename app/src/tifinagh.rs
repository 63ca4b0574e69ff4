//! Tamazight in Latin script, made from Tifinagh.
//!
//! Screen readers' usual voice (eSpeak NG) has no Tamazight voice and reads Tifinagh letters
//! by their Unicode names ("tifinagh letter yaz…"); the same words in Latin script are read
//! phonetically. Latin is also an established way of writing Tamazight, so the interface
//! and the courses offer it as a second orthography (`zgh-Latn`), made with this table.
//!
//! The correspondence is IRCAM's (Institut Royal de la Culture Amazighe), as SIL's Tifinagh
//! notes give it: one Latin letter per Tifinagh letter, the emphatics with a dot below, and
//! the labialisation mark ⵯ as a superscript w (ⴳⵯ gʷ).

/// Every Tifinagh letter Standard Moroccan Tamazight writes, and its Latin letter.
pub const LETTERS: [(char, &str); 35] = [
    ('ⴰ', "a"),
    ('ⴱ', "b"),
    ('ⴳ', "g"),
    ('ⴷ', "d"),
    ('ⴹ', "ḍ"),
    ('ⴻ', "e"),
    ('ⴼ', "f"),
    ('ⴽ', "k"),
    ('ⵀ', "h"),
    ('ⵃ', "ḥ"),
    ('ⵄ', "ɛ"),
    ('ⵅ', "x"),
    ('ⵇ', "q"),
    ('ⵉ', "i"),
    ('ⵊ', "j"),
    ('ⵍ', "l"),
    ('ⵎ', "m"),
    ('ⵏ', "n"),
    ('ⵓ', "u"),
    ('ⵔ', "r"),
    ('ⵕ', "ṛ"),
    ('ⵖ', "ɣ"),
    ('ⵙ', "s"),
    ('ⵚ', "ṣ"),
    ('ⵛ', "c"),
    ('ⵜ', "t"),
    ('ⵟ', "ṭ"),
    ('ⵡ', "w"),
    ('ⵢ', "y"),
    ('ⵣ', "z"),
    ('ⵥ', "ẓ"),
    // The labialisation mark, written after ⴳ or ⴽ (ⴳⵯ gʷ, ⴽⵯ kʷ).
    ('ⵯ', "ʷ"),
    // The Tuareg yagh, which some keyboards type for ⵖ.
    ('ⵗ', "ɣ"),
    // The Tifinagh separator, written between sentences in some texts.
    ('⵰', "."),
    // The consonant joiner shows no letter of its own.
    ('\u{2D7F}', ""),
];

/// Whether `c` is in Unicode's Tifinagh block.
pub fn is_tifinagh(c: char) -> bool {
    ('\u{2D30}'..='\u{2D7F}').contains(&c)
}

/// The Latin spelling of one Tifinagh character, if the table has it.
pub fn latin_of(c: char) -> Option<&'static str> {
    // The block is 80 code points: a direct index, no search.
    static BY_CODE_POINT: std::sync::LazyLock<[Option<&'static str>; 80]> =
        std::sync::LazyLock::new(|| {
            let mut table = [None; 80];
            for (letter, latin) in LETTERS {
                table[letter as usize - 0x2D30] = Some(latin);
            }
            table
        });
    is_tifinagh(c)
        .then(|| BY_CODE_POINT[c as usize - 0x2D30])
        .flatten()
}

/// The Tifinagh characters of `text` that the table does not map, with their byte offsets.
pub fn unmapped(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    text.char_indices()
        .filter(|&(_, c)| is_tifinagh(c) && latin_of(c).is_none())
}

/// Writes text in Latin script, piece by piece, capitalising the first letter of each
/// sentence as Latin spelling does (Tifinagh has no capitals). Characters of other
/// scripts, digits and punctuation are kept as they are; a Tifinagh character the table
/// lacks too (the course checker reports it).
#[derive(Clone, Debug)]
pub struct ToLatin {
    sentence_start: bool,
}

impl Default for ToLatin {
    fn default() -> Self {
        ToLatin::new()
    }
}

impl ToLatin {
    /// Starts at the beginning of a sentence.
    pub fn new() -> Self {
        ToLatin {
            sentence_start: true,
        }
    }

    /// The next piece begins a sentence (a new paragraph, heading, list item…).
    pub fn start_sentence(&mut self) {
        self.sentence_start = true;
    }

    /// The next piece continues the current sentence (after code or a link, say).
    pub fn continue_sentence(&mut self) {
        self.sentence_start = false;
    }

    /// Appends `text` in Latin script to `out`.
    pub fn push(&mut self, text: &str, out: &mut String) {
        for c in text.chars() {
            match latin_of(c) {
                Some(latin) if self.sentence_start && !latin.is_empty() => {
                    let mut letters = latin.chars();
                    out.extend(letters.next().into_iter().flat_map(char::to_uppercase));
                    out.extend(letters);
                    self.sentence_start = latin == ".";
                }
                Some(latin) => {
                    out.push_str(latin);
                    if latin == "." {
                        self.sentence_start = true;
                    }
                }
                None => {
                    out.push(c);
                    if matches!(c, '.' | '!' | '?' | '؟') {
                        self.sentence_start = true;
                    } else if c.is_alphanumeric() {
                        self.sentence_start = false;
                    }
                }
            }
        }
    }

    /// `text` in Latin script.
    pub fn convert(&mut self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        self.push(text, &mut out);
        out
    }
}

/// A whole text (a title, a label, a sentence) in Latin script.
pub fn to_latin(text: &str) -> String {
    ToLatin::new().convert(text)
}

/// Whether `text` has any Tifinagh in it (if not, its Latin version is itself).
pub fn has_tifinagh(text: &str) -> bool {
    text.chars().any(is_tifinagh)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// IRCAM's correspondence, letter by letter, as the issue and SIL's notes list it.
    #[test]
    fn every_letter_has_its_ircam_latin_letter() {
        for (tifinagh, latin) in [
            ("ⴰ", "a"),
            ("ⴱ", "b"),
            ("ⴳ", "g"),
            ("ⴳⵯ", "gʷ"),
            ("ⴷ", "d"),
            ("ⴹ", "ḍ"),
            ("ⴻ", "e"),
            ("ⴼ", "f"),
            ("ⴽ", "k"),
            ("ⴽⵯ", "kʷ"),
            ("ⵀ", "h"),
            ("ⵃ", "ḥ"),
            ("ⵄ", "ɛ"),
            ("ⵅ", "x"),
            ("ⵇ", "q"),
            ("ⵉ", "i"),
            ("ⵊ", "j"),
            ("ⵍ", "l"),
            ("ⵎ", "m"),
            ("ⵏ", "n"),
            ("ⵓ", "u"),
            ("ⵔ", "r"),
            ("ⵕ", "ṛ"),
            ("ⵖ", "ɣ"),
            ("ⵙ", "s"),
            ("ⵚ", "ṣ"),
            ("ⵛ", "c"),
            ("ⵜ", "t"),
            ("ⵟ", "ṭ"),
            ("ⵡ", "w"),
            ("ⵢ", "y"),
            ("ⵣ", "z"),
            ("ⵥ", "ẓ"),
        ] {
            let mut words = ToLatin::new();
            words.continue_sentence();
            assert_eq!(words.convert(tifinagh), latin, "{tifinagh}");
        }
    }

    #[test]
    fn latin_letters_are_precomposed() {
        // One code point each (NFC), so that search, comparison and speech agree.
        for (_, latin) in LETTERS {
            assert!(latin.chars().count() <= 1, "{latin}");
        }
    }

    #[test]
    fn sentences_start_with_a_capital() {
        assert_eq!(to_latin("ⵜⴰⵎⴰⵣⵉⵖⵜ"), "Tamaziɣt");
        assert_eq!(
            to_latin("ⴰⵀⵉⵍ ⴰⵎⴰⵎⴰⵏ. ⵉⵜⵜⴹⴼⴰⵕ ⵉⵍⵓⴳⴰⵏ!"),
            "Ahil amaman. Ittḍfaṛ ilugan!"
        );
        assert_eq!(to_latin("ⵖⵔ"), "Ɣr", "ɣ has a capital too");
        assert_eq!(to_latin("ⵄⴰ"), "Ɛa");
        // A sentence that starts with a number or a word in another script is not changed.
        assert_eq!(to_latin("3 ⵜⵉⵎⵙⵉⵔⵉⵏ"), "3 timsirin");
        assert_eq!(to_latin("ChatGPT ⵉⵜⵜⴰⵔⵓ"), "ChatGPT ittaru");
    }

    #[test]
    fn a_sentence_can_run_over_several_pieces() {
        let mut words = ToLatin::new();
        let mut out = String::new();
        words.push("ⴰⵙⵍⵎⴰⴷ ", &mut out);
        words.push("ⵏ", &mut out);
        words.push(" ⵜⵉⴼⴰⵡⵜ. ", &mut out);
        words.push("ⴰⵣⵓⵍ", &mut out);
        assert_eq!(out, "Aslmad n tifawt. Azul");
    }

    #[test]
    fn other_scripts_digits_punctuation_and_markup_are_kept() {
        let text = "<a href=\"https://tifawt.ma/x\">ⴰⵣⵓⵍ</a> — 2026, مرحبا, bonjour ?";
        assert_eq!(
            to_latin(text),
            "<a href=\"https://tifawt.ma/x\">azul</a> — 2026, مرحبا, bonjour ?"
        );
    }

    #[test]
    fn unmapped_tifinagh_is_kept_and_found() {
        // ⴸ (Tuareg "dh") is not in Standard Moroccan Tamazight.
        assert_eq!(to_latin("ⴰⴸⴰ"), "Aⴸa");
        assert_eq!(unmapped("ⴰⴸⴰ ⴶ").collect::<Vec<_>>(), [(3, 'ⴸ'), (10, 'ⴶ')]);
        assert_eq!(unmapped("ⵜⴰⵎⴰⵣⵉⵖⵜ, ok").count(), 0);
    }

    #[test]
    fn text_without_tifinagh_is_unchanged() {
        assert!(!has_tifinagh("Bonjour, مرحبا"));
        let mut words = ToLatin::new();
        words.continue_sentence();
        assert_eq!(words.convert("bonjour"), "bonjour");
    }
}
