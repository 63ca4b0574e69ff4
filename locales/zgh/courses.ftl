## The course list and the course page.

home-title = ⵉⵙⵍⵎⴷⵏ
home-heading = ⴼⵔⵏ ⴰⵙⵍⵎⴷ
home-intro = ⵜⵉⵎⵙⵉⵔⵉⵏ ⵉⵎⵥⵥⵉⵢⵏ ⵍⵍⵉ ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⴹⴼⵕⴷ ⵙ ⵓⵙⵎⵓⵜⵜⴳ ⵏⵏⴽ. ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⵙⵏⴼⵍⴷ ⵜⵓⵜⵍⴰⵢⵜ ⴽⵓ ⴰⴽⵓⴷ.
home-no-courses = ⵓⵔ ⵍⵍⵉⵏ ⵉⵙⵍⵎⴷⵏ ⴰⵔ ⴷⵖⵉ. ⴰⵍⵙ ⴷ ⵖⵉⵍ.
course-lessons = ⵜⵉⵎⵙⵉⵔⵉⵏ: { $count }
course-lessons-heading = ⵜⵉⵎⵙⵉⵔⵉⵏ
course-competences-heading = ⴳ ⵜⴳⵉⵔⴰ ⵏ ⵓⵙⵍⵎⴷ, ⴰⴷ ⵜⵙⵙⵏⴷ
# $percent: the share of quiz answers to get right, e.g. 70.
course-pass-mark = ⴰⴷ ⵜⵄⴷⵓⴷ ⴰⵔⵎ ⵏ ⵢⴰⵜ ⵜⵎⵙⵉⵔⵜ, ⵉⵇⵇⴰⵏ ⴷ { $percent }% ⵓⵍⴰ ⴷⵖⵉ ⵏ ⵡⴰⵔⵔⴰⵜⵏ ⵉⵖⵓⴷⴰⵏ.
