# Standard Moroccan Tamazight (Tifinagh). Drafted by the development team, not yet
# reviewed by a fluent reader: every string here needs a native review.
#
# Plurals: the plural rules library has no rules for `zgh`, so these messages never
# select on a number; counts are written as "label: number", which reads right for any
# count (a test checks that no zgh message uses a plural selector).

## Shared by every page: the frame, the language and text-size controls.

site-name = ⵜⵉⴼⴰⵡⵜ
page-title = { $page } — { site-name }
skip-to-content = ⴷⴷⵓ ⵖⵔ ⵓⴳⴱⵓⵔ ⴰⴷⵙⵍⴰⵏ
language-nav-label = ⵜⵓⵜⵍⴰⵢⵜ
text-size-legend = ⵜⵉⴷⴷⵉ ⵏ ⵓⴹⵔⵉⵚ
text-size-normal = ⵜⴰⵎⴰⵎⵓⵏⵜ
text-size-large = ⵜⴰⵎⵇⵔⴰⵏⵜ
text-size-larger = ⵜⴰⵎⵇⵔⴰⵏⵜ ⴱⴰⵀⵔⴰ
footer-about = ⵜⵉⴼⴰⵡⵜ: ⵜⵉⵎⵙⵉⵔⵉⵏ ⵉⵎⵥⵥⵉⵢⵏ ⵉ ⵓⵍⵎⴰⴷ ⵏ ⵜⵉⵖⵔⴰⵙⵉⵏ ⵜⵉⵎⴳⵓⵔⴰⵏⵉⵏ ⴷ ⵓⵏⵎⴰⵍ, ⵙ ⵜⵄⵔⴰⴱⵜ, ⵙ ⵜⵎⴰⵣⵉⵖⵜ ⴷ ⵜⴼⵔⴰⵏⵙⵉⵙⵜ.
breadcrumb-label = ⴰⴱⵔⵉⴷ ⵏ ⵓⵎⵓⴷⴷⵓ
breadcrumb-home = ⵉⵙⵍⵎⴷⵏ
duration-minutes = ⵜⵓⵙⴷⵉⴷⵉⵏ: { $count }

## Pages that do not exist.

not-found-title = ⵜⴰⵙⵏⴰ ⵓⵔ ⵜⵍⵍⵉ
not-found-body = ⴰⵏⵙⴰ ⴰⴷ ⵓⵔ ⵉⵎⵙⴰⵙⴰ ⴷ ⴽⵔⴰ ⵏ ⵜⵙⵏⴰ. ⵉⵣⵎⵔ ⴷ ⴰⴷ ⵜⵜⵢⴰⵔⴰ ⵙ ⵜⵣⴳⴰⵍⵜ, ⵏⵖ ⵜⵜⵓⵙⵏⵓⵃⵍ ⵜⵙⵏⴰ.
not-found-home-link = ⵥⵕ ⵜⴰⵍⴳⴰⵎⵜ ⵏ ⵉⵙⵍⵎⴷⵏ

form-expired-title = ⵜⴻⵎⵎⵓⵜ ⵜⴰⴼⵔⵉⵙⵜ
form-expired-body = ⵜⴻⵎⵎⵓⵜ ⵜⴰⴼⵔⵉⵙⵜ ⴰ. ⵓⵖⴰⵍ ⵙ ⴷⴰⵜ, ⵙⵙⵉⵍⵉ ⵜⴰⵙⵏⴰ, ⵜⴰⵍⵙⴷ.
unavailable-title = ⵜⴰⵎⵙⵙⵓⵔⵜ ⵓⵔ ⵜⵍⵍⵉ ⴷⵖⵉ
unavailable-body = ⵜⵉⴼⴰⵡⵜ ⵓⵔ ⵜⵣⵎⵉⵔ ⴰⴷ ⵜⴰⵡⴹ ⵜⴰⵙⵉⵍⴰ ⵏ ⵉⵙⴼⴽⴰ. ⵓⵖⴰⵍ ⵙ ⴷⴰⵜ, ⵜⴰⵍⵙⴷ ⴷⴼⴼⵉⵔ ⵢⴰⵜ ⵜⵓⵙⴷⵉⴷⵜ: ⴰⵢⵏⵏⴰ ⵜⵔⵉⵜ ⵉⵍⵍⴰ ⴳ ⵜⴰⴼⵔⵉⵙⵜ.
