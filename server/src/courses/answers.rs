//! Short answers are compared after normalisation, so that a learner is not marked wrong
//! for a capital letter, an extra space, a vowel mark or a spelling variant.

use tifawt_app::tifinagh;

/// The form in which accepted and given short answers are compared.
///
/// Tamazight is compared in Latin letters, so that an answer typed in one script counts for
/// an accepted answer written in the other (the Latin view's answers are made from the
/// Tifinagh ones). Letters a French keyboard lacks may be typed without their mark: `d` for
/// `ḍ`, `gh` for `ɣ`.
pub fn normalize_answer(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        // Tifinagh: the labialisation mark and the schwa ⴻ, which standard spelling omits.
        if matches!(c, '\u{2D6F}' | '\u{2D3B}') {
            continue;
        }
        match tifinagh::latin_of(c) {
            Some(latin) => latin.chars().for_each(|c| push_folded(c, &mut out)),
            None => push_folded(c, &mut out),
        }
    }
    out.trim_end_matches([' ', '.', '!', '?', '؟', '؛', ',', '،'])
        .trim_end()
        .to_string()
}

/// Appends one lowercase character in the form answers are compared in.
fn push_folded(c: char, out: &mut String) {
    let c = match c {
        // Arabic: hamza forms of alef, alef maqsura and ta marbuta are written
        // interchangeably in everyday typing.
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        // Arabic-Indic digits read as the Western digits Morocco uses.
        '٠'..='٩' => char::from_digit(c as u32 - '٠' as u32, 10).unwrap_or(c),
        // Latin Tamazight: the emphatics without their dot, the Greek epsilon for ɛ.
        'ḍ' => 'd',
        'ṭ' => 't',
        'ṣ' => 's',
        'ẓ' => 'z',
        'ṛ' => 'r',
        'ḥ' => 'h',
        'ε' => 'ɛ',
        'ɣ' => {
            out.push_str("gh");
            return;
        }
        _ => c,
    };
    let ignored = matches!(c,
        // Arabic diacritics (harakat, tanwin, shadda, sukun, dagger alef) and tatweel.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'
        // Latin Tamazight: labialisation (gʷ) and a dot below typed as a separate mark.
        | 'ʷ' | '\u{0323}'
        // Bidi and zero-width characters pasted with text.
        | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}');
    if ignored {
        return;
    }
    if c.is_whitespace() {
        if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    } else {
        out.push(c);
    }
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
    fn tamazight_answers_count_in_either_script() {
        // Typed in Latin for a Tifinagh answer, and the other way round.
        assert_eq!(normalize_answer("Tamaziɣt"), normalize_answer("ⵜⴰⵎⴰⵣⵉⵖⵜ"));
        assert_eq!(normalize_answer("ⵜⴰⵎⴰⵣⵉⵖⵜ"), normalize_answer("tamaziɣt"));
        assert_eq!(normalize_answer("ⴰⴳⵯⵎⴰⵔ"), normalize_answer("agʷmar"));
        assert_eq!(normalize_answer("ⴰⴹⵕⵉⵚ"), normalize_answer("aḍṛiṣ"));
        // What a French keyboard can type.
        assert_eq!(normalize_answer("tamazight"), normalize_answer("ⵜⴰⵎⴰⵣⵉⵖⵜ"));
        assert_eq!(normalize_answer("adris"), normalize_answer("ⴰⴹⵕⵉⵚ"));
        assert_eq!(normalize_answer("aḍṛiṣ"), normalize_answer("ad\u{0323}ris"));
        // Different words stay different.
        assert_ne!(normalize_answer("tamazirt"), normalize_answer("ⵜⴰⵎⴰⵣⵉⵖⵜ"));
        assert_ne!(normalize_answer("ⴰⵎⴰⵏ"), normalize_answer("aman n"));
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
