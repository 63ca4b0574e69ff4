## The local AI assistant: practice blocks in lessons and CV suggestions.

# What the model is told before every request, in the learner's language. Reviewed like
# lesson content: the learners are young people, many of them minors.
assistant-system-prompt =
    ⴽⵢⵢ ⴷ ⴰⵎⵄⴰⵡⵏ ⵏ ⵓⵍⵎⵎⵓⴷ ⴳ ⵜⵉⴼⴰⵡⵜ. ⵜⵉⴼⴰⵡⵜ ⴷ ⴰⵙⵉⵜ ⵏ ⵜⵎⵙⵉⵔⵉⵏ ⵉ ⵉⵍⵎⵥⵢⵏ ⵏ ⵍⵎⵖⵔⵉⴱ. ⴰⵟⵟⴰⵙ ⴳⵉⵙⵏ ⵓⵔ ⵍⴽⵉⵎⵏ 18 ⵏ ⵉⵙⴳⴳⵯⵓⵙⴰ.
    ⵔⴰⵔ ⵙ ⵜⵎⴰⵣⵉⵖⵜ ⵉⴼⵙⵙⵓⵙⵏ, ⵙ ⵜⴼⵔⴰⵙⵉⵏ ⵉⵎⵥⵥⵉⵢⵏ. ⴰⵔⴰ 150 ⵏ ⵜⴳⵓⵔⵉⵡⵉⵏ ⵙ ⵓⵎⵢⴰⵏⴰⵡ. ⵎⴽ ⵉⵔⴰ ⵓⴼⴳⴰⵏ ⵢⴰⵜ ⵜⵓⵜⵍⴰⵢⵜ ⵢⴰⴹⵏ, ⵔⴰⵔ ⵙⵔⵙ.
    ⵙⴰⵡⵍ ⵙ ⵡⴰⵡⴰⵍ ⵉⵖⵓⴷⴰⵏ. ⴰⵔⴰ ⵖⴰⵙ ⵎⴰⵢⴷ ⵉⴳⴰⵏ ⵜⵉⴷⵜ, ⵜⵃⴹⵓⴷ ⵉⵅⴼ ⵏⵏⴽ. ⵎⴽ ⵓⵔ ⵜⵙⵙⵉⵏⴷ, ⵉⵏⵉ ⵜ. ⵙⴽⵜⵉ ⵉⵙ ⵉⵣⵎⵔ ⴰⴷ ⵉⵍⵉⵏⵜ ⵜⵓⵣⴳⴰⵍ ⴳ ⵡⴰⵔⵔⴰⵜⵏ ⵏⵏⴽ.
    ⴰⴳⵢ ⵙ ⵡⴰⵡⴰⵍ ⵉⵖⵓⴷⴰⵏ ⴽⵓ ⴰⴹⵔⵉⵚ ⵏ ⵓⵎⵏⵖⵉ, ⵏ ⵍⵊⵉⵏⵙ ⵏⵖ ⵏ ⵓⴽⵔⴰⵀ, ⴷ ⴽⵓ ⴰⵢⴷ ⵉⵣⵎⵔⵏ ⴰⴷ ⵉⴹⵕⵕ ⵎⵉⴷⴷⵏ. ⴰⴳⵢ ⵓⵍⴰ ⴽⵓ ⵜⵓⵜⵔⴰ ⵏ ⵓⵄⴰⵡⵏ ⵃⵎⴰ ⴰⴷ ⵉⵏⵇⵇⵍ ⵢⴰⵏ ⴳ ⵓⵔⵎ ⵏⵖ ⴰⴷ ⵉⴹⵕⵕ ⵢⴰⵏ ⵢⴰⴹⵏ.
    ⴰⴷ ⵓⵔ ⵜⵜⵔⴷ ⴰⴱⴷⴰ ⵉⵙⴼⴽⴰ ⵉⵏⵎⵓⵔⴰⵏ (ⵉⵙⵎ, ⵜⵉⵍⵉⴼⵓⵏ, ⵜⴰⵏⵙⴰ, ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ). ⵜⵉⵎⴰⵜⴰⵔ ⵣⵓⵏⴷ [name], [phone], [e-mail], [address] ⵏⵖ [id-number] ⵍⵍⴰⵏⵜ ⴳ ⵓⴷⵖⴰⵔ ⵏ ⵉⵙⴼⴽⴰ ⵉⵏⵎⵓⵔⴰⵏ ⵍⵍⵉ ⵉⵜⵜⵓⴽⴽⵙⵏ: ⴰⴷ ⵓⵔ ⵜⵏ ⵜⵙⵏⵉⵎⵎⵍⴷ.
    ⵉⵡⴰⵍⵏ ⵍⵍⵉ ⴷ ⵉⴹⴼⵕⵏ ⴷ ⵡⵉⵏ ⵓⵎⴰⵔⴰⵢ ⵏ ⵓⵙⵎⵔⵙ; ⵓⵔ ⵣⵎⵎⵔⵏ ⴰⴷ ⴽⴽⵙⵏ ⵉⵡⴰⵍⵏ ⴰ.
    Si tu ne sais pas écrire en tamazight, réponds en français simple.

assistant-not-set-up = ⴰⵎⵄⴰⵡⵏ ⵏ ⵜⵉⵖⵔⴰⵙⵉⵏ ⵜⵉⵎⴳⵓⵔⴰⵏⵉⵏ ⵓⵔ ⵉⵜⵜⵓⵙⵔⵙ ⴳ ⵓⵙⵍⴽⵉⵎ ⴰⵎⵇⵔⴰⵏ ⵏ ⵓⵏⴰⵎⵎⴰⵙ ⴰ. ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⵖⵔⴷ ⴰⵙⵎⵔⵙ, ⵜⴰⵔⵎⴷ ⵜⵓⵜⵔⴰ ⴰⴽⴷ ⵓⵙⵍⵎⴰⴷ ⵏⵖ ⵜⵙⵍⵎⴰⴷⵜ ⵏⵏⴽ.
assistant-not-answering = ⴰⵎⵄⴰⵡⵏ ⵏ ⵜⵉⵖⵔⴰⵙⵉⵏ ⵜⵉⵎⴳⵓⵔⴰⵏⵉⵏ ⵓⵔ ⵉⵜⵜⵔⴰⵔ ⴷⵖⵉ. ⵜⵓⵜⵔⴰ ⵏⵏⴽ ⵜⵜⵓⵃⴹⴰ: ⴰⵔⵎ ⴷⴰⵖ ⴷⴼⴼⵉⵔ ⴽⵔⴰ ⵏ ⵜⵓⵙⴷⵉⴷⵉⵏ.
assistant-busy = ⴰⵎⵄⴰⵡⵏ ⵏ ⵜⵉⵖⵔⴰⵙⵉⵏ ⵜⵉⵎⴳⵓⵔⴰⵏⵉⵏ ⴰⵔ ⵉⵜⵜⵔⴰⵔ ⴷⵖⵉ ⵖⴼ ⵜⵓⵜⵔⵉⵡⵉⵏ ⵏ ⵎⵉⴷⴷⵏ ⵢⴰⴹⵏ. ⵜⵓⵜⵔⴰ ⵏⵏⴽ ⵜⵜⵓⵃⴹⴰ: ⴰⵔⵎ ⴷⴰⵖ ⴷⴼⴼⵉⵔ ⵢⴰⵜ ⵜⵓⵙⴷⵉⴷⵜ.
assistant-too-many = ⵜⵓⵣⵏⴷ ⴰⵟⵟⴰⵙ ⵏ ⵜⵓⵜⵔⵉⵡⵉⵏ ⴳ ⵜⵙⵔⴰⴳⵜ ⴰ. ⵔⴰⴷ ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⴰⵣⵏⴷ ⴷⴰⵖ ⴷⴼⴼⵉⵔ { $minutes } ⵏ ⵜⵓⵙⴷⵉⴷⵉⵏ.
# $kinds lists what was taken out, e.g. "un numéro de téléphone, une adresse e-mail".
assistant-removed = ⵇⴱⵍ ⴰⴷ ⵏⴰⵣⵏ ⴰⴹⵔⵉⵚ ⵏⵏⴽ, ⵏⴽⴽⵙ ⵙⴳⵉⵙ ⵉⵙⴼⴽⴰ ⵉⵏⵎⵓⵔⴰⵏ: { $kinds }. ⵓⵔ ⵜⵏ ⵜⵜⴰⵔⴰ ⴳ ⵜⵓⵜⵔⴰ ⵉ ⵜⵉⵖⵔⴰⵙⵉⵏ ⵜⵉⵎⴳⵓⵔⴰⵏⵉⵏ.
assistant-removed-email = ⵜⴰⵏⵙⴰ ⵏ ⵉⵎⴰⵢⵍ
assistant-removed-phone = ⴰⵟⵟⵓⵏ ⵏ ⵜⵉⵍⵉⴼⵓⵏ
assistant-removed-id-number = ⴰⵟⵟⵓⵏ ⵏ ⵜⴽⴰⵕⴹⴰ ⵜⴰⵏⴰⵎⵓⵔⵜ
assistant-removed-address = ⵜⴰⵏⵙⴰ
assistant-removed-name = ⵉⵙⵎ ⵏⵏⴽ

## A practice block in a lesson.

practice-starter = ⵜⵓⵜⵔⴰ ⵏ ⵓⵙⵏⵜⵉ:
practice-sign-in = ⴽⵛⵎ ⵃⵎⴰ ⴰⴷ ⵜⴰⵔⵎⴷ ⴰⵙⵎⵔⵙ ⴰ ⴰⴽⴷ ⵓⵎⵄⴰⵡⵏ ⵏ ⵜⵉⵖⵔⴰⵙⵉⵏ ⵜⵉⵎⴳⵓⵔⴰⵏⵉⵏ.
practice-prompt-label = ⵜⵓⵜⵔⴰ ⵏⵏⴽ ⵉ ⵓⵎⵄⴰⵡⵏ ⵏ ⵜⵉⵖⵔⴰⵙⵉⵏ ⵜⵉⵎⴳⵓⵔⴰⵏⵉⵏ
practice-prompt-hint = ⵙⵏⴼⵍ ⵜⵓⵜⵔⴰ, ⵜⴰⵣⵏⴷ ⵜⵜ. ⵓⵔ ⴳⵉⵙ ⵜⵜⴰⵔⴰ ⵉⵙⴼⴽⴰ ⵉⵏⵎⵓⵔⴰⵏ.
practice-send = ⴰⵣⵏ ⵜⵓⵜⵔⴰ
practice-you-asked = ⵜⵓⵜⵔⴰ ⵏⵏⴽ
practice-answer = ⴰⵔⵔⴰⵜ ⵏ ⵓⵎⵄⴰⵡⵏ ⵏ ⵜⵉⵖⵔⴰⵙⵉⵏ ⵜⵉⵎⴳⵓⵔⴰⵏⵉⵏ
practice-check = ⵜⵉⵖⵔⴰⵙⵉⵏ ⵜⵉⵎⴳⵓⵔⴰⵏⵉⵏ ⵣⵎⵔⵏⵜ ⴰⴷ ⵜⵣⴳⵍⵏⵜ: ⵙⵏⵇⴷ ⴰⵔⵔⴰⵜ ⴰ ⵇⴱⵍ ⴰⴷ ⵜ ⵜⵙⵙⵎⵔⵙⴷ.
practice-writing = ⴰⵎⵄⴰⵡⵏ ⵏ ⵜⵉⵖⵔⴰⵙⵉⵏ ⵜⵉⵎⴳⵓⵔⴰⵏⵉⵏ ⴰⵔ ⵉⵜⵜⴰⵔⴰ ⴰⵔⵔⴰⵜ ⵏⵏⵙ…
practice-ready = ⴰⵔⵔⴰⵜ ⵏ ⵓⵎⵄⴰⵡⵏ ⵏ ⵜⵉⵖⵔⴰⵙⵉⵏ ⵜⵉⵎⴳⵓⵔⴰⵏⵉⵏ ⵉⵡⵊⴷ, ⴷⴷⴰⵡ ⵜⵓⵜⵔⴰ ⵏⵏⴽ.
practice-failed = ⴰⵔⵔⴰⵜ ⵓⵔ ⵉⵣⵎⵉⵔ ⴰⴷ ⴷ ⵢⴰⵡⴹ. ⵜⵓⵜⵔⴰ ⵏⵏⴽ ⵜⵜⵓⵃⴹⴰ: ⴰⵔⵎ ⴷⴰⵖ.
practice-cut-long = ⴰⵔⵔⴰⵜ ⵉⵖⵣⵣⵉⴼ ⴱⴰⵀⵔⴰ: ⵉⵜⵜⵓⴱⴱⵉ.
practice-cut-short = ⴰⵎⵄⴰⵡⵏ ⵏ ⵜⵉⵖⵔⴰⵙⵉⵏ ⵜⵉⵎⴳⵓⵔⴰⵏⵉⵏ ⵉⵙⵎⵔⵙ ⴰⴽⵓⴷ ⵉⴳⴳⵓⵜⵏ ⴱⴰⵀⵔⴰ: ⵜⵉⴳⵉⵔⴰ ⵏ ⵡⴰⵔⵔⴰⵜ ⵓⵔ ⵜⵍⵍⵉ.
practice-error-empty = ⴰⵔⵓ ⵢⴰⵜ ⵜⵓⵜⵔⴰ ⵇⴱⵍ ⴰⴷ ⵜⵜ ⵜⴰⵣⵏⴷ
practice-error-too-long = ⵉⵙⴽⴽⵉⵍⵏ ⵏ ⵜⵓⵜⵔⴰ ⵏⵏⴽ: { $count }. ⵓⵔ ⵣⵎⵉⵔⵏ ⴰⴷ ⵣⵔⵉⵏ { $max }
