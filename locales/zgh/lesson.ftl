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
