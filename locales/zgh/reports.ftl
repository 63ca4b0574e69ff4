# Drafted by the development team, not yet reviewed by a fluent reader (see common.ftl).
# Terms to check first: ⴰⵎⵓⴷⴷⵓ (progress), ⵉⵏⵖⵎⵉⵙⵏ (reports), ⴰⴳⵎ (download),
# ⵜⴰⴼⵍⵡⵉⵜ (table), ⵜⵉⴳⴰⵡⵜ (activity), ⵜⵉⴽⴽⵍⵜ/ⵜⵉⴽⴽⴰⵍ (quiz attempt/attempts).
# No plural selectors: counts are written as "label: number".

## Facilitator reports of a centre.

report-nav-label = ⵉⵏⵖⵎⵉⵙⵏ ⵏ ⵓⵏⴰⵎⵎⴰⵙ
report-nav-learners = ⵉⵏⵍⵎⴰⴷⵏ ⴷ ⵉⵎⵉⴹⴰⵏⵏ
report-nav-progress = ⴰⵎⵓⴷⴷⵓ
report-nav-questions = ⵉⵢⴰⴼⵓⵜⵏ ⵏ ⵉⵙⵇⵙⵉⵜⵏ
report-progress-title = ⴰⵎⵓⴷⴷⵓ — { $centre }
report-progress-caption = ⴰⵎⵓⴷⴷⵓ ⵏ ⵉⵏⵍⵎⴰⴷⵏ, ⵜⴰⵎⵙⵉⵔⵜ ⵙ ⵜⵎⵙⵉⵔⵜ (ⵉⵏⵍⵎⴰⴷⵏ: { $count })
report-no-learners = ⵓⵔ ⵍⵍⵉⵏ ⵉⵏⵍⵎⴰⴷⵏ ⴳ ⵜⵔⴰⴱⴱⵓⵜ ⴰ.
report-all-cohorts = ⵜⵉⵔⴰⴱⴱⵓⵜⵉⵏ ⴰⴽⴽⵯ
report-filter = ⵙⵎⴰⵍ
report-download-csv = ⴰⴳⵎ ⵜⴰⴼⵍⵡⵉⵜ ⴰ (CSV)
report-not-started = ⵓⵔ ⵜⵜⵓⵙⵙⵏⵜⵉ
report-started = ⵜⵜⵓⵙⵙⵏⵜⵉ
report-completed = ⵜⵜⵓⵙⵎⴷ
report-completed-score = ⵜⵜⵓⵙⵎⴷ ({ $percent }%)
report-yes = ⵢⴰⵀ
report-no = ⵓⵀⵓ
report-never = ⵊⵊⵓ
report-minutes = ⵜⵓⵙⴷⵉⴷⵉⵏ: { $count }
report-last-activity = ⵜⵉⴳⴰⵡⵜ ⵜⴰⵎⴳⴳⴰⵔⵓⵜ
report-lessons-heading = ⵜⵉⵎⵙⵉⵔⵉⵏ
report-lessons-caption = ⵜⵉⵎⵙⵉⵔⵉⵏ ⵍⵍⵉ ⵉⵜⵜⵓⵔⵥⵎⵏ, ⴷ ⵉⵢⴰⴼⵓⵜⵏ ⴷ ⵓⴽⵓⴷ ⵍⵍⵉ ⵉⵣⵔⵉⵏ ⴳⵉⵙⵏⵜ
report-no-activity = ⵓⵔ ⵜⵜⵓⵔⵥⵎ ⵓⵍⴰ ⵢⴰⵜ ⵜⵎⵙⵉⵔⵜ ⴰⵔ ⴷⵖⵉ.
report-lesson = ⵜⴰⵎⵙⵉⵔⵜ
report-first-opened = ⴰⵔⵥⵎ ⴰⵎⵣⵡⴰⵔⵓ
report-completed-on = ⴰⵙⴰⴽⵓⴷ ⵏ ⵓⵙⵎⴰⴷ
report-best = ⴰⵢⴰⴼⵓ ⵉⴼⵓⵍⴽⵉⵏ
report-latest = ⴰⵢⴰⴼⵓ ⴰⵎⴳⴳⴰⵔⵓ
report-time-spent = ⴰⴽⵓⴷ ⵍⵍⵉ ⵉⵣⵔⵉⵏ
report-attempts-heading = ⵜⵉⴽⴽⴰⵍ ⵏ ⵓⵔⵎ
report-attempts-caption = ⴽⵓ ⵜⵉⴽⴽⵍⵜ, ⵙⴳ ⵜⵎⴰⵢⵏⵓⵜ ⴰⵔ ⵜⵇⴱⵓⵔⵜ, ⴷ ⵡⴰⵔⵔⴰⵜⵏ ⵍⵍⵉ ⵉⵜⵜⵓⴼⴽⴰⵏ
report-no-attempts = ⵓⵔ ⵍⵍⵉⵏⵜ ⵜⵉⴽⴽⴰⵍ ⴰⵔ ⴷⵖⵉ.
report-submitted = ⴰⵙⴰⴽⵓⴷ
report-score = ⴰⵢⴰⴼⵓ
report-passed = ⵜⵉⵔⵏⵉ
report-answers = ⴰⵔⵔⴰⵜⵏ
report-questions-title = ⵉⵢⴰⴼⵓⵜⵏ ⵏ ⵉⵙⵇⵙⵉⵜⵏ — { $centre }
report-questions-caption = ⵉ ⴽⵓ ⴰⵙⵇⵙⵉ: ⵓⵟⵟⵓⵏ ⵏ ⵡⴰⵔⵔⴰⵜⵏ, ⴰⴼⵔⴷⵉⵙ ⵏ ⵡⴰⵔⵔⴰⵜⵏ ⵉⵖⵓⴷⴰⵏ ⴳ ⵜⵉⴽⴽⵍⵜ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ, ⴷ ⵓⵔⵔⴰⵜ ⵓⵔ ⵉⵖⵓⴷⵉⵏ ⵍⵍⵉ ⵉⵜⵜⵓⵙⵜⴰⵏ ⵓⴳⴳⴰⵔ
report-question = ⴰⵙⵇⵙⵉ
report-answer-count = ⴰⵔⵔⴰⵜⵏ
report-first-time-correct = ⵉⵖⵓⴷⴰ ⴳ ⵜⵉⴽⴽⵍⵜ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ
report-top-wrong = ⴰⵔⵔⴰⵜ ⵓⵔ ⵉⵖⵓⴷⵉⵏ ⵍⵍⵉ ⵉⵜⵜⵓⵙⵜⴰⵏ ⵓⴳⴳⴰⵔ
report-top-wrong-count = ⵜⵉⴽⴽⴰⵍ ⵍⵍⵉ ⵉⵜⵜⵓⵙⵜⴰ

## The impact summary.
# Terms to check first: ⵉⴳⵎⵎⴰⴹ (impact, results), ⴰⵖⴰⵡⴰⵙ (programme), ⵉⵜⵜⵓⵙⵊⵊⵍⵏ (enrolled),
# ⴰⵎⵎⴰⵙ (average), ⴰⴳⵣⵣⵓⵎ (summary), ⵉⵎⴹⴰⵏ (figures), ⴰⵢⵢⵓⵔ/ⵉⵢⵢⵉⵔⵏ (month/months).

report-nav-impact = ⵉⴳⵎⵎⴰⴹ
impact-title = ⵉⴳⵎⵎⴰⴹ ⵏ ⵓⵖⴰⵡⴰⵙ
impact-title-centre = ⵉⴳⵎⵎⴰⴹ — { $centre }
impact-from = ⵙⴳ
impact-to = ⴰⵔ (ⵓⵍⴰ ⴰⵙⵙ ⴰ)
impact-date-error = ⵉⵙⴰⴽⵓⴷⵏ ⴰ ⵓⵔ ⵖⵓⴷⵉⵏ: ⵀⴰ ⵎⵔⴰⵡ ⴷ ⵙⵉⵏ ⵉⵢⵢⵉⵔⵏ ⵉⵎⴳⴳⵓⵔⴰ.
impact-summary = ⵙ ⵓⴳⵣⵣⵓⵎ
impact-notes = ⵉⵏⵍⵎⴰⴷⵏ ⵉⵜⵜⵓⵙⵊⵊⵍⵏ: ⴳ ⵓⵙⴰⴽⵓⴷ ⴰⵎⴳⴳⴰⵔⵓ. ⵉⵅⴷⵎⵏ ⴳ 30 ⵏ ⵡⵓⵙⵙⴰⵏ: ⵅⴷⵎⵏ ⵖⴼ ⵢⴰⵜ ⵜⵎⵙⵉⵔⵜ ⴳ 30 ⵏ ⵡⵓⵙⵙⴰⵏ ⵉⵎⴳⴳⵓⵔⴰ. ⴽⵓ ⴰⵙⵍⵎⴷ ⵏ ⵜⵉⵔⵏⵉ ⵖⵓⵔⵙ ⴰⵙⵍⴽⵉⵏ. ⴰⵎⵎⴰⵙ ⵏ ⵉⵢⴰⴼⵓⵜⵏ: ⴰⵎⵎⴰⵙ ⵏ ⵜⵉⴽⴽⴰⵍ ⵏ ⵓⵔⵎ ⴳⵔ ⵉⵙⴰⴽⵓⴷⵏ ⴰ, ⵙ ⵓⴼⵔⴷⵉⵙ (%). ⵉⵙⵏⵖⵎⵙⵏ ⵉⵜⵜⵓⵙⵏⵜⴰⵏ: ⵜⵜⵓⵙⵏⴼⵍⵓⵍⵏ ⴳ ⵓⵙⴰⴽⵓⴷ. ⵉⵙⵏⵖⵎⵙⵏ ⵉⵎⵎⴰⴷⵏ: ⵎⵎⴰⴷⵏ ⴳ ⵓⵙⴰⴽⵓⴷ (ⵉⵙⵎ, ⵉⵎⴰⵢⵍ ⵏⵖ ⵜⵉⵍⵉⴼⵓⵏ, ⴰⵎⴰⵖⵏⵓ, ⴰⵙⵍⵎⴷ ⵏⵖ ⵜⴰⵔⵎⵉⵜ, ⵜⴰⵣⵎⵔⵜ ⵏⵖ ⵜⵓⵜⵍⴰⵢⵜ), ⴰⵔ ⵜⵜⵓⵙⵉⴹⵏ ⵢⴰⵜ ⵜⵡⴰⵍⵜ, ⵡⵍⴰ ⵎⴽ ⵜⵜⵓⴽⴽⵙⵏ ⴷⴼⴼⵉⵔ ⴰⵙ.
impact-enrolled = ⵉⵏⵍⵎⴰⴷⵏ ⵉⵜⵜⵓⵙⵊⵊⵍⵏ
impact-active = ⵉⵅⴷⵎⵏ ⴳ 30 ⵏ ⵡⵓⵙⵙⴰⵏ
impact-lessons-completed = ⵜⵉⵎⵙⵉⵔⵉⵏ ⵍⵍⵉ ⵉⵜⵜⵓⵙⵎⴷⵏ
impact-courses-passed = ⵉⵙⵍⵎⴷⵏ ⵏ ⵜⵉⵔⵏⵉ (ⵉⵙⵍⴽⵉⵏⵏ)
impact-average-score = ⴰⵎⵎⴰⵙ ⵏ ⵉⵢⴰⴼⵓⵜⵏ ⵏ ⵓⵔⵎ (%)
impact-by-centre = ⵉ ⴽⵓ ⴰⵏⴰⵎⵎⴰⵙ
impact-by-centre-caption = ⵉⵎⴹⴰⵏ ⵏ ⴽⵓ ⴰⵏⴰⵎⵎⴰⵙ ⴳⵔ ⵉⵙⴰⴽⵓⴷⵏ ⴰ
impact-by-cohort = ⵉ ⴽⵓ ⵜⴰⵔⴰⴱⴱⵓⵜ
impact-by-cohort-caption = ⵉⵎⴹⴰⵏ ⵏ ⴽⵓ ⵜⴰⵔⴰⴱⴱⵓⵜ ⴳⵔ ⵉⵙⴰⴽⵓⴷⵏ ⴰ
impact-by-month = ⵉ ⴽⵓ ⴰⵢⵢⵓⵔ
impact-by-month-caption = ⵜⵉⵎⵙⵉⵔⵉⵏ ⵍⵍⵉ ⵉⵜⵜⵓⵙⵎⴷⵏ, ⵉⵙⵍⵎⴷⵏ ⵏ ⵜⵉⵔⵏⵉ, ⵉⵙⵏⵖⵎⵙⵏ ⴷ ⵓⵎⵎⴰⵙ ⵏ ⵉⵢⴰⴼⵓⵜⵏ, ⴰⵢⵢⵓⵔ ⵙ ⵓⵢⵢⵓⵔ
impact-month = ⴰⵢⵢⵓⵔ

## One learner's data: download it all, or erase it (Morocco's law 09-08).

learner-data-heading = ⵉⵙⴼⴽⴰ ⵏⵏⵙ
learner-data-intro = ⴰⵢⵏⵏⴰ ⴰⴽⴽⵯ ⵉⵃⵟⵟⵓ { site-name } ⵅⴼ ⵓⴼⵔⴷ ⴰ: ⴰⵎⵉⴹⴰⵏ ⵏⵏⵙ, ⵉⵙⵎⵉⵜⵔ ⵏⵏⵙ, ⴰⴼⴰⵔⵙ ⵏⵏⵙ, ⴽⵓ ⴰⵔⵎ ⴷ ⵉⵔⴰⵔⵏ ⵏⵏⵙ, ⴷ ⵜⵉⵣⵔⴰⵡⵉⵏ ⵏⵏⵙ.
learner-data-json = ⴰⴳⵎ ⵉⵙⴼⴽⴰ ⵏⵏⵙ (JSON)
learner-data-csv = ⴰⴳⵎ ⵉⵙⴼⴽⴰ ⵏⵏⵙ (CSV)
learner-erase-heading = ⴽⴽⵙ ⴰⵏⵍⵎⴰⴷ ⴰ
learner-erase-warning-prefix = ⴰⵏⵏⴰⵢ:
learner-erase-warning = ⴰⵎⵉⴹⴰⵏ ⵏⵏⵙ, ⵉⵙⵎⵉⵜⵔ ⵏⵏⵙ, ⴰⴼⴰⵔⵙ ⵏⵏⵙ ⴷ ⵉⵔⴰⵔⵏ ⵏⵏⵙ ⴰⴽⴽⵯ ⴰⴷ ⴽⴽⵙⵏ ⵉ ⵍⴱⴷⴰ. ⵓⵔ ⵜⵣⵎⵎⵔⴷ ⴰⴷ ⵜⵔⴰⵔⴷ ⴰⵢⴰ. ⵜⵉⵎⵙⵉⵔⵉⵏ ⵏⵏⵙ ⵉⵜⵜⵓⴽⵎⵎⵍⵏ ⴷ ⵉⵔⵎⵏ ⵏⵏⵙ ⴰⴷ ⵇⵇⵉⵎⵏ ⵜⵜⵓⵙⵏⵎⴰⵍⴰⵏ, ⴱⵍⴰ ⵉⵙⵎ ⵏⵏⵙ, ⴳ ⵓⵣⵔⵉ ⵏ ⵓⵖⴰⵡⴰⵙ.
learner-erase-confirm = ⴰⴷ ⵜⵙⵙⵏⵜⵎⴷ, ⴰⵔⴰ ⵉⵙⵎ ⵏ ⵓⵏⵙⵙⵎⵔⵙ ⵏⵏⵙ: { $username }
learner-erase-button = ⴽⴽⵙ ⴰⵏⵍⵎⴰⴷ ⴰ
error-erase-username-mismatch = ⴰⵔⴰ ⵙ ⵜⵉⴷⵜ ⵉⵙⵎ ⵏ ⵓⵏⵙⵙⵎⵔⵙ ⵏ ⵓⵏⵍⵎⴰⴷ ⴰ ⴰⴷ ⵜⴽⴽⵙⴷ
