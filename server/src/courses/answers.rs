//! Short answers are compared after normalisation, so that a learner is not marked wrong
//! for a capital letter, an extra space, a vowel mark or a spelling variant.

/// The form in which accepted and given short answers are compared.
pub fn normalize_answer(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = match c {
            // Arabic: hamza forms of alef, alef maqsura and ta marbuta are written
            // interchangeably in everyday typing.
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            // Arabic-Indic digits read as the Western digits Morocco uses.
            '٠'..='٩' => char::from_digit(c as u32 - '٠' as u32, 10).unwrap_or(c),
            // Tifinagh: the Tuareg form of yagh, which some keyboards type for ⵖ.
            'ⵗ' => 'ⵖ',
            _ => c,
        };
        let ignored = matches!(c,
            // Arabic diacritics (harakat, tanwin, shadda, sukun, dagger alef) and tatweel.
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'
            // Tifinagh labialisation mark and the schwa ⴻ, which standard spelling omits.
            | '\u{2D6F}' | '\u{2D3B}'
            // Bidi and zero-width characters pasted with text.
            | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}');
        if ignored {
            continue;
        }
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    out.trim_end_matches([' ', '.', '!', '?', '؟', '؛', ',', '،'])
        .trim_end()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::normalize_answer;

    #[test]
    fn case_spaces_and_final_punctuation_do_not_matter() {
        assert_eq!(
            normalize_answer("  Une   Hallucination. "),
            "une hallucination"
        );
        assert_eq!(normalize_answer("HALLUCINATION!"), "hallucination");
    }

    #[test]
    fn arabic_diacritics_tatweel_and_letter_variants_do_not_matter() {
        assert_eq!(normalize_answer("هَلْوَسَة"), normalize_answer("هلوسه"));
        assert_eq!(normalize_answer("الـــذكاء"), "الذكاء");
        assert_eq!(normalize_answer("إصطناعي"), normalize_answer("اصطناعي"));
        assert_eq!(normalize_answer("على"), normalize_answer("علي"));
        assert_eq!(normalize_answer("١٢٣"), "123");
        assert_eq!(normalize_answer("ما هو؟"), "ما هو");
    }

    #[test]
    fn tifinagh_variants_do_not_matter() {
        assert_eq!(normalize_answer("ⴰⵙⵏⴰⵔⵓ"), normalize_answer("ⴰⵙⵏⴰⵔⵓ "));
        assert_eq!(normalize_answer("ⴰⴳⵯⵎⴰⵔ"), normalize_answer("ⴰⴳⵎⴰⵔ"));
        assert_eq!(normalize_answer("ⵜⴰⵎⴰⵣⵉⵖⵜ"), normalize_answer("ⵜⴰⵎⴰⵣⵉⵗⵜ"));
        assert_eq!(normalize_answer("ⴰⵎⴻⵙⵍⴰⵢ"), normalize_answer("ⴰⵎⵙⵍⴰⵢ"));
    }

    #[test]
    fn pasted_invisible_characters_do_not_matter() {
        assert_eq!(
            normalize_answer("\u{2068}hallucination\u{2069}\u{200F}"),
            "hallucination"
        );
    }

    #[test]
    fn different_words_stay_different() {
        assert_ne!(normalize_answer("donnée"), normalize_answer("données"));
        assert_ne!(normalize_answer("ⴰⵎⵓⵛ"), normalize_answer("ⴰⵎⵓⵔ"));
    }
}
