## A lesson page.

lesson-objectives-heading = ⴳ ⵜⵎⵙⵉⵔⵜ ⴰ, ⴰⴷ ⵜⵍⵎⴷⴷ
lesson-previous = ⵜⴰⵎⵙⵉⵔⵜ ⵜⴰⵣⵡⴰⵔⵓⵜ:
lesson-next = ⵜⴰⵎⵙⵉⵔⵜ ⵜⴰⵎⴹⴼⴰⵕⵜ:
lesson-nav-label = ⵜⴰⵎⵙⵉⵔⵜ ⵜⴰⵣⵡⴰⵔⵓⵜ ⴷ ⵜⵎⴹⴼⴰⵕⵜ
lesson-draft-notice = ⵜⴰⵙⵓⵖⵍⵜ ⴰ ⴷ ⴰⵙⵓⴷⵙ: ⵉⵣⵎⵔ ⴰⴷ ⴳⵉⵙ ⵉⵍⵉⵏ ⵜⵓⵣⴳⴰⵍ.
# $shown is the language the lesson is shown in (ar or fr), because it is not written in Tamazight yet.
lesson-fallback-notice = { $shown ->
    [ar] ⵜⴰⵎⵙⵉⵔⵜ ⴰ ⵓⵔ ⵜⵍⵍⵉ ⵙ ⵜⵎⴰⵣⵉⵖⵜ ⴰⵔ ⴷⵖⵉ. ⵜⵜⵓⵙⴽⴰⵏ ⵙ ⵜⵄⵔⴰⴱⵜ.
    [fr] ⵜⴰⵎⵙⵉⵔⵜ ⴰ ⵓⵔ ⵜⵍⵍⵉ ⵙ ⵜⵎⴰⵣⵉⵖⵜ ⴰⵔ ⴷⵖⵉ. ⵜⵜⵓⵙⴽⴰⵏ ⵙ ⵜⴼⵔⴰⵏⵙⵉⵙⵜ.
   *[other] ⵜⴰⵎⵙⵉⵔⵜ ⴰ ⵓⵔ ⵜⵍⵍⵉ ⵙ ⵜⵎⴰⵣⵉⵖⵜ ⴰⵔ ⴷⵖⵉ.
}
lesson-narration-caption = ⵙⵍ ⵉ ⵜⵎⵙⵉⵔⵜ. ⴰⴹⵔⵉⵙ ⵍⵍⵉ ⴷ ⵉⴹⴼⵕⵏ ⴷ ⴰⵏⵖⵍ ⵏⵏⵙ ⵉⵜⵜⵓⵔⴰⵏ.

## Progress on a lesson, and its quiz.

lesson-status-started = ⵜⵙⵙⵏⵜⵉⴷ ⵜⴰⵎⵙⵉⵔⵜ ⴰ.
lesson-status-completed = ⵜⵙⵎⴷⴷ ⵜⴰⵎⵙⵉⵔⵜ ⴰ.
lesson-best-score = ⴰⵢⴰⴼⵓ ⵉⴼⵓⵍⴽⵉⵏ: { $percent }%.
lesson-mark-done = ⵙⵎⴷⵖ ⵜⴰⵎⵙⵉⵔⵜ ⴰ
quiz-submit = ⵙⵏⵇⴷ ⴰⵔⵔⴰⵜⵏ ⵉⵏⵓ
quiz-submit-again = ⵙⵏⵇⴷ ⴰⵔⵔⴰⵜⵏ ⵉⵏⵓ ⵉⵎⴰⵢⵏⵓⵜⵏ
quiz-choose-all = ⵙⵜⵉ ⴰⵔⵔⴰⵜⵏ ⵉⵖⵓⴷⴰⵏ ⴰⴽⴽⵯ.
quiz-your-answer = ⴰⵔⵔⴰⵜ ⵏⵏⴽ
quiz-error-unanswered = ⵔⴰⵔ ⵖⴼ ⵓⵙⵇⵙⵉ { $number }
quiz-error-too-long = ⴰⵔⵔⴰⵜ ⵏ ⵓⵙⵇⵙⵉ { $number } ⵓⵔ ⵉⵣⵎⵉⵔ ⴰⴷ ⵉⵣⵔⵉ { $max } ⵏ ⵉⵙⴽⴽⵉⵍⵏ
quiz-score = ⴰⵔⵔⴰⵜⵏ ⵉⵖⵓⴷⴰⵏ: { $correct }/{ $total } ({ $percent }%)
quiz-passed = ⵜⵄⴷⵉⴷ ⴰⵔⵎ: ⵜⵙⵎⴷⴷ ⵜⴰⵎⵙⵉⵔⵜ ⴰ.
quiz-not-passed = ⵓⵔ ⵜⵄⴷⵉⴷ ⴰⵔⵎ ⴰⵔ ⴷⵖⵉ: ⵉⵇⵇⴰⵏ { $mark }% ⵓⵍⴰ ⴷⵖⵉ ⵏ ⵡⴰⵔⵔⴰⵜⵏ ⵉⵖⵓⴷⴰⵏ. ⵖⵔ ⵉⵙⴼⵙⵔⵏ ⵍⵍⵉ ⴷ ⵉⴹⴼⵕⵏ, ⵜⴰⵔⵎⴷ ⴷⴰⵖ.
quiz-not-saved = ⴽⵛⵎ ⵃⵎⴰ ⴰⴷ ⵜⵜⵡⴰⵃⴹⴰⵏ ⵉⵢⴰⴼⵓⵜⵏ ⵏⵏⴽ.
quiz-question-right = ⴰⵔⵔⴰⵜ ⵉⵖⵓⴷⴰⵏ.
quiz-question-wrong = ⵓⵔ ⵉⵖⵓⴷⵉ ⵎⴰⵕⵕⴰ.
quiz-accepted-answer = ⵢⴰⵏ ⵡⴰⵔⵔⴰⵜ ⵉⵖⵓⴷⴰⵏ:

## The learner's home page and certificates.

home-continue = ⴹⴼⵕ:
home-start = ⵙⵙⵏⵜⵉ:
home-all-done = ⴰⵢⵢⵓⵣ: ⵜⵙⵎⴷⴷ ⵜⵉⵎⵙⵉⵔⵉⵏ ⴰⴽⴽⵯ.
home-lessons-completed = ⵜⵉⵎⵙⵉⵔⵉⵏ ⵍⵍⵉ ⵜⵙⵎⴷⴷ: { $done }/{ $count }
home-course-completed = ⵜⵙⵎⴷⴷ ⴰⵙⵍⵎⴷ ⴰ.
home-certificate = ⵥⵕ ⴰⵙⵍⴽⵉⵏ, ⵜⵙⵉⴳⴳⵣⴷ ⵜ
certificate-title = ⴰⵙⵍⴽⵉⵏ ⵏ ⵜⵉⵔⵏⵉ
certificate-awarded-to = ⴰⵙⵍⴽⵉⵏ ⴰ ⵉⵜⵜⵓⴼⴽⴰ ⵉ
certificate-for-completing = ⵖⴼ ⵓⵙⵎⴰⴷ ⵏ ⵓⵙⵍⵎⴷ
certificate-date = ⴰⵙⴰⴽⵓⴷ
certificate-print = ⵃⵎⴰ ⴰⴷ ⵜ ⵜⵙⵉⴳⴳⵣⴷ, ⵙⵎⵔⵙ ⴰⵙⵉⴳⴳⵣ ⴳ ⵓⵎⵙⵉⴳⴳⵍ ⵏⵏⴽ (Ctrl+P).

# Said after the text of a link to another site (screen readers; others see ↗).
link-other-site = (ⴰⵙⵉⵜ ⵏⵏⵉⴹⵏ)
