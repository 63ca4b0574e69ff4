## Accounts: signing in and out, the header's account links, forms and their errors.

account-nav-label = ⴰⵎⵉⴹⴰⵏ
signed-in-as = ⵜⴽⵛⵎⴷ ⴰⵎ:
sign-in = ⴽⵛⵎ
sign-out = ⴼⴼⵖ
nav-preferences = ⵉⵙⵎⵏⵢⵉⴼⵏ
nav-my-centre = ⴰⵏⴰⵎⵎⴰⵙ ⵉⵏⵓ
nav-admin = ⴰⵙⵙⵓⴳⵓⵔ

error-summary-title = ⵉⵍⵍⴰ ⵓⵎⵓⴽⵔⵉⵙ
# Read out before an error message beside a field.
error-prefix = ⵜⴰⵣⴳⵍⵜ:

field-username = ⵉⵙⵎ ⵏ ⵓⵏⵙⵙⵎⵔⵙ
field-username-hint = ⵉⵙⴽⴽⵉⵍⵏ, ⵉⵎⴹⴰⵏⵏ, ⵜⵉⵏⵇⵇⵉⴹⵜ (.), ⴰⵣⵔⵉⵔⴳ (-) ⵏⵖ ⴰⵣⵔⵉⵔⴳ ⵏ ⵡⴰⴷⴷⴰⵢ (_), ⵙⴳ 3 ⴰⵔ 32 ⵙ ⵎⴰⵕⵕⴰ, ⴱⵍⴰ ⵉⵅⵡⴰⵏ.
field-password = ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ
field-new-password = ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ
field-new-password-hint = ⴰⵊⵊ ⵉⴳⵔ ⴰ ⵢⵓⵔⴰ ⵃⵎⴰ ⴰⴷ ⵜⵜⵓⵙⵏⵓⵍⴼⵓ ⵙ ⵓⵡⵔⵎⴰⵏ. ⵎⴽ ⵓⵔ ⵜⴳⵉⴷ, ⵉⵇⵇⴰⵏ ⴰⴷ ⴳⵉⵙ ⵉⵍⵉⵏ 8 ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵏⵖ ⵓⴳⴳⴰⵔ.
field-display-name = ⵉⵙⵎ ⵉⵎⴷⵏ
field-cohort = ⵜⴰⵔⴰⴱⴱⵓⵜ
field-cohort-name = ⵉⵙⵎ ⵏ ⵜⵔⴰⴱⴱⵓⵜ
field-centre = ⴰⵏⴰⵎⵎⴰⵙ
field-centre-name = ⵉⵙⵎ ⵏ ⵓⵏⴰⵎⵎⴰⵙ
field-centre-locale = ⵜⵓⵜⵍⴰⵢⵜ ⵙ ⵓⵡⵏⵓⵍ

## The sign-in page.

sign-in-title = ⴽⵛⵎ
sign-in-intro = ⵙⴽⵛⵎ ⵉⵙⵎ ⵏ ⵓⵏⵙⵙⵎⵔⵙ ⴷ ⵜⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵍⵍⵉ ⵉⵍⵍⴰⵏ ⴳ ⵜⴽⴰⵕⴹⴰ ⵏⵏⴽ ⵏ ⵓⴽⵛⵛⵓⵎ.
sign-in-forgot = ⵜⵜⵓⴷ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ? ⵜⵜⵔ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵜⴰⵎⴰⵢⵏⵓⵜ ⵙⴳ ⵓⵙⵍⵎⴰⴷ ⵏⵖ ⵜⵙⵍⵎⴰⴷⵜ.
sign-in-notice-signed-out = ⵜⴼⴼⵖⴷ ⵙⴳ ⵓⵎⵉⴹⴰⵏ. ⵉⵣⵎⵔ ⵢⴰⵏ ⵢⴰⴹⵏ ⴰⴷ ⵉⵙⵎⵔⵙ ⴰⵙⵓⵔⴷⵓ ⴰ ⴷⵖⵉ.
sign-in-notice-expired = ⵜⵜⵓⵙⵙⵓⴼⵖⴷ ⵙⴳ ⵓⵎⵉⴹⴰⵏ ⴷⴼⴼⵉⵔ { $minutes } ⵏ ⵜⵓⵙⴷⵉⴷⵉⵏ ⵓⵔ ⴳⵉⵙⵏⵜ ⵜⵙⴽⵉⵔⴷ ⴽⵔⴰ, ⵃⵎⴰ ⴰⴷ ⵏⴼⵔⴳ ⴰⵎⵉⴹⴰⵏ ⵏⵏⴽ. ⴽⵛⵎ ⴷⴰⵖ ⵃⵎⴰ ⴰⴷ ⵜⴹⴼⵕⴷ.
sign-in-notice-required = ⴽⵛⵎ ⵃⵎⴰ ⴰⴷ ⵜⵥⵕⴷ ⵜⴰⵙⵏⴰ ⴰ.
error-username-missing = ⵙⴽⵛⵎ ⵉⵙⵎ ⵏ ⵓⵏⵙⵙⵎⵔⵙ
error-password-missing = ⵙⴽⵛⵎ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ
error-sign-in-failed = ⵉⵙⵎ ⵏ ⵓⵏⵙⵙⵎⵔⵙ ⵏⵖ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵓⵔ ⵉⵖⵓⴷⵉ. ⵙⵙⵉⴷⴷ ⵜⵏ, ⵜⴰⵔⵎⴷ ⴷⴰⵖ.
error-sign-in-throttled = ⵜⵓⵔⵎⴷ ⴰⵟⵟⴰⵚ ⵏ ⵜⵉⴽⴽⴰⵍ. ⵇⵇⵍ { $minutes } ⵏ ⵜⵓⵙⴷⵉⴷⵉⵏ, ⵏⵖ ⵜⵜⵔ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵜⴰⵎⴰⵢⵏⵓⵜ ⵙⴳ ⵓⵙⵍⵎⴰⴷ ⵏⵖ ⵜⵙⵍⵎⴰⴷⵜ.

## Session time-out warning (shown only with JavaScript on).

session-timeout-warning = ⵎⴽ ⵓⵔ ⵜⵙⴽⵉⵔⴷ ⴽⵔⴰ, ⵔⴰⴷ ⵜⵜⵓⵙⵙⵓⴼⵖⴷ ⵙⴳ ⵓⵎⵉⴹⴰⵏ ⴷⴼⴼⵉⵔ { $minutes } ⵏ ⵜⵓⵙⴷⵉⴷⵉⵏ.
session-stay-signed-in = ⵇⵇⵉⵎ ⴳ ⵓⵎⵉⴹⴰⵏ
session-extended = ⵡⴰⵅⵅⴰ: ⵔⴰⴷ ⵜⵇⵇⵉⵎⴷ ⴳ ⵓⵎⵉⴹⴰⵏ ⵏⵏⴽ.

## The preferences page.

preferences-title = ⵉⵙⵎⵏⵢⵉⴼⵏ
preferences-intro-account = ⵉⵙⵎⵏⵢⵉⴼⵏ ⵏⵏⴽ ⵜⵜⵡⴰⵃⴹⴰⵏ ⴳ ⵓⵎⵉⴹⴰⵏ ⵏⵏⴽ: ⵔⴰⴷ ⵜⵏ ⵜⴰⴼⴷ ⴳ ⴽⵓ ⴰⵙⵓⵔⴷⵓ.
preferences-intro-computer = ⵉⵙⵎⵏⵢⵉⴼⵏ ⵏⵏⴽ ⵜⵜⵡⴰⵃⴹⴰⵏ ⴳ ⵓⵙⵓⵔⴷⵓ ⴰ. ⴽⵛⵎ ⵃⵎⴰ ⴰⴷ ⵜⵏ ⵜⴰⴼⴷ ⴳ ⴽⵓ ⴰⴷⵖⴰⵔ.
preferences-saved = ⵉⵙⵎⵏⵢⵉⴼⵏ ⵏⵏⴽ ⵜⵜⵡⴰⵃⴹⴰⵏ.
preferences-language = ⵜⵓⵜⵍⴰⵢⵜ ⵏ ⵜⵙⵏⵉⵡⵉⵏ
preferences-theme = ⵉⴽⵍⴰ
preferences-motion = ⵉⵎⵓⵙⵙⵓⵜⵏ
preferences-save = ⵃⴹⵓ ⵉⵙⵎⵏⵢⵉⴼⵏ
theme-system = ⴰⵎ ⵓⵙⵓⵔⴷⵓ
theme-light = ⴰⵎⵍⵍⴰⵍ
theme-dark = ⴰⴱⵔⴽⴰⵏ
theme-high-contrast = ⴰⵎⵣⴰⵔⴰⵢ ⴰⵎⵇⵔⴰⵏ
motion-system = ⴰⵎ ⵓⵙⵓⵔⴷⵓ
motion-reduce = ⵙⴷⵔⵙ ⵉⵎⵓⵙⵙⵓⵜⵏ

## Sign-in cards.

cards-title = ⵜⵉⴽⴰⵕⴹⵉⵡⵉⵏ ⵏ ⵓⴽⵛⵛⵓⵎ
cards-created = ⵉⵎⵉⴹⴰⵏⵏ ⵉⵜⵜⵓⵙⵏⵓⵍⴼⴰⵏ: { $count }
cards-print-now = ⵙⵉⴳⴳⵣ ⵜⵉⴽⴰⵕⴹⵉⵡⵉⵏ ⴰ ⴷⵖⵉ (Ctrl+P): ⵜⵉⴳⵓⵔⵉⵡⵉⵏ ⵏ ⵓⵣⵔⴰⵢ ⵓⵔ ⵔⴰ ⵙⵓⵍ ⵜⵜⵓⵙⴽⴰⵏⵜ ⵊⵊⵓ.
cards-back = ⴰⵖⵓⵍ ⵖⵔ ⵓⵏⴰⵎⵎⴰⵙ

## A centre's page (facilitators and admins).

centre-title = ⴰⵏⴰⵎⵎⴰⵙ { $centre }
centre-learners-heading = ⵉⵏⵍⵎⴰⴷⵏ
centre-learners-caption = ⵉⵏⵍⵎⴰⴷⵏ: { $count }
centre-no-learners = ⵓⵔ ⵍⵍⵉⵏ ⵉⵏⵍⵎⴰⴷⵏ ⴰⵔ ⴷⵖⵉ. ⵔⵏⵓ ⵜⵏ ⴳ ⵓⵣⴷⴷⴰⵔ, ⵢⴰⵏ ⵙ ⵢⴰⵏ ⵏⵖ ⵙⴳ ⵓⴼⴰⵢⵍⵓ CSV.
centre-no-cohort = ⴱⵍⴰ ⵜⴰⵔⴰⴱⴱⵓⵜ
centre-never-signed-in = ⵓⵔ ⵊⵊⵓ ⵉⵍⵍⵉ ⵓⴽⵛⵛⵓⵎ
centre-last-sign-in = ⴰⴽⵛⵛⵓⵎ ⴰⵎⴳⴳⴰⵔⵓ
centre-actions = ⵜⵉⴳⴰⵡⵉⵏ
centre-reset-password = ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵜⴰⵎⴰⵢⵏⵓⵜ
centre-reset-password-for = ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵜⴰⵎⴰⵢⵏⵓⵜ ⵉ { $name }
centre-add-learner-heading = ⵔⵏⵓ ⴰⵏⵍⵎⴰⴷ ⵏⵖ ⵜⴰⵏⵍⵎⴰⴷⵜ
centre-add-learner = ⵔⵏⵓ ⴰⵏⵍⵎⴰⴷ/ⵜⴰⵏⵍⵎⴰⴷⵜ
centre-import-heading = ⵙⴽⵛⵎ ⵉⵏⵍⵎⴰⴷⵏ (CSV)
centre-import-intro = ⴰⴼⴰⵢⵍⵓ CSV ⵙ UTF-8, ⵢⴰⵏ ⵓⵣⵔⵉⴳ ⵉ ⴽⵓ ⴰⵏⵍⵎⴰⴷ, ⵙ ⵜⴳⵊⴷⴰ name (ⵉⵙⵎ ⵉⵎⴷⵏ) ⴷ username (ⵉⵙⵎ ⵏ ⵓⵏⵙⵙⵎⵔⵙ), ⴷ, ⵎⴽ ⵜⵔⵉⴷ, cohort (ⵜⴰⵔⴰⴱⴱⵓⵜ) ⴷ password (ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ). ⵙ ⵓⵎⴷⵢⴰ:
centre-import-file = ⴰⴼⴰⵢⵍⵓ CSV
centre-import-hint = ⵎⴽ ⵉⵍⵍⴰ ⵓⵎⵓⴽⵔⵉⵙ ⴳ ⵢⴰⵏ ⵓⵣⵔⵉⴳ ⵖⴰⵙ, ⵓⵔ ⵔⴰ ⵉⵜⵜⵓⵙⴽⵛⵎ ⵓⵍⴰ ⵢⴰⵏ: ⵙⵖⵜⵉ ⴰⴼⴰⵢⵍⵓ, ⵜⴰⵣⵏⴷ ⵜ ⴷⴰⵖ.
centre-import-nothing-imported = ⵓⵔ ⵉⵜⵜⵓⵙⴽⵛⵎ ⵓⵍⴰ ⵢⴰⵏ. ⵙⵖⵜⵉ ⵉⵣⵔⵉⴳⵏ ⴰ, ⵜⴰⵣⵏⴷ ⴰⴼⴰⵢⵍⵓ ⴷⴰⵖ:
centre-import = ⵙⴽⵛⵎ
centre-cohorts-heading = ⵜⵉⵔⴰⴱⴱⵓⵜⵉⵏ
centre-no-cohorts = ⵓⵔ ⵍⵍⵉⵏⵜ ⵜⵉⵔⴰⴱⴱⵓⵜⵉⵏ ⴰⵔ ⴷⵖⵉ.
centre-cohort-learners = ⵉⵏⵍⵎⴰⴷⵏ: { $count }
centre-add-cohort = ⵔⵏⵓ ⵜⴰⵔⴰⴱⴱⵓⵜ

## Administration (admins only).

admin-title = ⴰⵙⵙⵓⴳⵓⵔ
admin-centres-heading = ⵉⵏⴰⵎⵎⴰⵙⵏ
admin-centres-caption = ⵉⵏⴰⵎⵎⴰⵙⵏ ⴰⴽⴽⵯ
admin-no-centres = ⵓⵔ ⵍⵍⵉⵏ ⵉⵏⴰⵎⵎⴰⵙⵏ ⴰⵔ ⴷⵖⵉ. ⵔⵏⵓ ⴰⵏⴰⵎⵎⴰⵙ ⴰⵎⵣⵡⴰⵔⵓ ⴳ ⵓⵣⴷⴷⴰⵔ.
admin-cohorts = ⵜⵉⵔⴰⴱⴱⵓⵜⵉⵏ
admin-learners = ⵉⵏⵍⵎⴰⴷⵏ
admin-facilitators = ⵉⵙⵍⵎⴰⴷⵏ
admin-add-centre-heading = ⵔⵏⵓ ⴰⵏⴰⵎⵎⴰⵙ
admin-add-centre = ⵔⵏⵓ ⴰⵏⴰⵎⵎⴰⵙ
admin-add-facilitator-heading = ⵔⵏⵓ ⴰⵙⵍⵎⴰⴷ ⵏⵖ ⵜⴰⵙⵍⵎⴰⴷⵜ
admin-add-facilitator = ⵔⵏⵓ

## Mistakes in the forms above.

error-name-missing = ⵙⴽⵛⵎ ⵉⵙⵎ ⵉⵎⴷⵏ
error-name-too-long = ⵉⵙⵎ ⵓⵔ ⵉⵣⵎⵉⵔ ⴰⴷ ⵉⵣⵔⵉ { $max } ⵏ ⵉⵙⴽⴽⵉⵍⵏ
error-username-invalid = ⵉⵙⵎ ⵏ ⵓⵏⵙⵙⵎⵔⵙ ⵉⵇⵇⴰⵏ ⴰⴷ ⴳⵉⵙ ⵉⵍⵉⵏ ⵙⴳ 3 ⴰⵔ 32: ⵉⵙⴽⴽⵉⵍⵏ, ⵉⵎⴹⴰⵏⵏ, ⵜⵉⵏⵇⵇⵉⴹⵜ, ⴰⵣⵔⵉⵔⴳ ⵏⵖ ⴰⵣⵔⵉⵔⴳ ⵏ ⵡⴰⴷⴷⴰⵢ
error-username-taken = ⵉⵙⵎ ⵏ ⵓⵏⵙⵙⵎⵔⵙ « { $username } » ⵉⵜⵜⵓⵙⵎⵔⵙ ⵢⴰⴷ: ⵙⵜⵉ ⵢⴰⵏ ⵢⴰⴹⵏ
error-password-too-short = ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵉⵇⵇⴰⵏ ⴰⴷ ⴳⵉⵙ ⵉⵍⵉⵏ { $min } ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵏⵖ ⵓⴳⴳⴰⵔ
error-cohort-name-missing = ⵙⴽⵛⵎ ⵉⵙⵎ ⵏ ⵜⵔⴰⴱⴱⵓⵜ
error-cohort-name-taken = ⴰⵏⴰⵎⵎⴰⵙ ⴰ ⵖⵓⵔⵙ ⵢⴰⴷ ⵜⴰⵔⴰⴱⴱⵓⵜ ⵙ ⵢⵉⵙⵎ « { $name } »
error-cohort-unknown = ⵙⵜⵉ ⵜⴰⵔⴰⴱⴱⵓⵜ ⵙⴳ ⵜⵍⴳⴰⵎⵜ
error-centre-name-missing = ⵙⴽⵛⵎ ⵉⵙⵎ ⵏ ⵓⵏⴰⵎⵎⴰⵙ
error-centre-name-taken = ⵉⵍⵍⴰ ⵢⴰⴷ ⵢⴰⵏ ⵓⵏⴰⵎⵎⴰⵙ ⵙ ⵢⵉⵙⵎ « { $name } »
error-centre-unknown = ⵙⵜⵉ ⴰⵏⴰⵎⵎⴰⵙ ⵙⴳ ⵜⵍⴳⴰⵎⵜ
import-error-no-file = ⵙⵜⵉ ⴰⴼⴰⵢⵍⵓ CSV
import-error-too-large = ⴰⴼⴰⵢⵍⵓ ⵉⵎⵇⵇⵓⵔ ⴱⴰⵀⵔⴰ (ⴰⵔ { $max } ⵏ ⵉⵣⵔⵉⴳⵏ ⵖⴰⵙ)
import-error-not-utf8 = ⴰⴼⴰⵢⵍⵓ ⵓⵔ ⵉⵍⵍⵉ ⵙ UTF-8: ⵃⴹⵓ ⵜ ⵙ « CSV UTF-8 », ⵜⴰⵣⵏⴷ ⵜ ⴷⴰⵖ
import-error-empty = ⴰⴼⴰⵢⵍⵓ ⵓⵔ ⴷⵉⴳⵙ ⴰⵡⴷ ⵢⴰⵏ ⵓⵏⵍⵎⴰⴷ
import-error-missing-column = ⴰⵣⵔⵉⴳ ⴰⵎⵣⵡⴰⵔⵓ ⵉⵇⵇⴰⵏ ⴰⴷ ⴳⵉⵙ ⵉⵍⵉ ⵉⵙⵎ ⵏ ⵜⴳⵊⴷⴰ « { $column } »
import-error-unknown-column = ⵜⴰⴳⵊⴷⴰ « { $column } » ⴷ ⵜⴰⵔⵓⵙⵙⵉⵏⵜ: ⵙⵎⵔⵙ name, username, cohort ⴷ password
import-error-row = ⴰⵣⵔⵉⴳ { $line }: ⴰⵣⵔⵉⴳ ⵉⵜⵜⵢⴰⵔⴰ ⵙ ⵜⵣⴳⴰⵍⵜ (ⴰⵙⴽⴽⵉⵍ " ⵏⵖ ⴰⵎⴹⴰⵏ ⵏ ⵜⴳⵊⴷⴰ)
import-error-name-missing = ⴰⵣⵔⵉⴳ { $line }: ⵉⵙⵎ ⵉⵎⴷⵏ ⵓⵔ ⵉⵍⵍⵉ
import-error-name-too-long = ⴰⵣⵔⵉⴳ { $line }: ⵉⵙⵎ ⵓⵔ ⵉⵣⵎⵉⵔ ⴰⴷ ⵉⵣⵔⵉ { $max } ⵏ ⵉⵙⴽⴽⵉⵍⵏ
import-error-username-invalid = ⴰⵣⵔⵉⴳ { $line }: ⵉⵙⵎ ⵏ ⵓⵏⵙⵙⵎⵔⵙ « { $username } » ⵓⵔ ⵉⵖⵓⴷⵉ (ⵙⴳ 3 ⴰⵔ 32: ⵉⵙⴽⴽⵉⵍⵏ, ⵉⵎⴹⴰⵏⵏ, ⵜⵉⵏⵇⵇⵉⴹⵜ, ⴰⵣⵔⵉⵔⴳ ⵏⵖ ⴰⵣⵔⵉⵔⴳ ⵏ ⵡⴰⴷⴷⴰⵢ)
import-error-username-taken = ⴰⵣⵔⵉⴳ { $line }: ⵉⵙⵎ ⵏ ⵓⵏⵙⵙⵎⵔⵙ « { $username } » ⵉⵜⵜⵓⵙⵎⵔⵙ ⵢⴰⴷ
import-error-username-repeated = ⴰⵣⵔⵉⴳ { $line }: ⵉⵙⵎ ⵏ ⵓⵏⵙⵙⵎⵔⵙ « { $username } » ⵉⵍⵍⴰ ⵢⴰⴷ ⴳ ⵓⵣⵔⵉⴳ { $first }
import-error-password-too-short = ⴰⵣⵔⵉⴳ { $line }: ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵉⵇⵇⴰⵏ ⴰⴷ ⴳⵉⵙ ⵉⵍⵉⵏ { $min } ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵏⵖ ⵓⴳⴳⴰⵔ
import-error-cohort-unknown = ⴰⵣⵔⵉⴳ { $line }: ⴰⵏⴰⵎⵎⴰⵙ ⴰ ⵓⵔ ⵖⵓⵔⵙ ⵜⴰⵔⴰⴱⴱⵓⵜ « { $cohort } » (ⵙⵏⵓⵍⴼⵓ ⵜⵜ ⵣⵡⴰⵔ)

## After an erasure, and the audit log of staff actions (admins only).

centre-notice-erased = ⵉⵙⴼⴽⴰ ⵏ ⵓⵏⵍⵎⴰⴷ ⴽⴽⵙⵏ.
audit-title = ⴰⵖⵎⵉⵙ ⵏ ⵜⵉⴳⴰⵡⵉⵏ ⵏ ⵉⵎⵙⵡⵓⵔⵉⵜⵏ
audit-intro = ⵜⵉⴳⴰⵡⵉⵏ ⵜⵉⵏⴳⴳⵓⵔⴰ, ⵜⵉⵎⴰⵢⵏⵓⵜⵉⵏ ⵣⵡⴰⵔⵏⵜ. ⴰⵎⴹⴰⵏ ⴰⵎⵇⵇⵔⴰⵏ: { $limit }. ⴰⴽⵓⴷ ⴰⵎⴰⴹⵍⴰⵏ (UTC).
audit-caption = ⵜⵉⴳⴰⵡⵉⵏ ⵏ ⵉⵎⵙⵡⵓⵔⵉⵜⵏ, ⵙⴳ ⵜⵉⵏ ⵜⵉⵎⴰⵢⵏⵓⵜ ⴰⵔ ⵜⵉⵏ ⵜⴰⵇⴷⵉⵎⵜ
audit-when = ⴰⵣⵎⵣ (UTC)
audit-who = ⵙ ⵓⴼⵓⵙ ⵏ
audit-action = ⵜⴰⴳⴰⵡⵜ
audit-subject = ⴰⵎⵉⴹⴰⵏ ⵎⵉ ⵜⵥⵍⵉ
audit-details = ⵉⴼⵔⴷⵉⵙⵏ
audit-command-line = ⴰⵣⵔⵉⴳ ⵏ ⵜⵏⴹⵡⵉⵏ
audit-none = ⵓⵔ ⵜⵍⵍⵉ ⴽⵔⴰ ⵏ ⵜⴳⴰⵡⵜ ⴰⵔ ⴷⵖⵉ.
audit-count = ⴰⵎⴹⴰⵏ: { $count }
audit-action-learner-created = ⵜⵜⵓⵔⵏⴰ ⵢⴰⵏ ⵓⵏⵍⵎⴰⴷ
audit-action-facilitator-created = ⵜⵜⵓⵔⵏⴰ ⵢⴰⵏ ⵓⵙⵍⵎⴰⴷ
audit-action-admin-created = ⵜⵜⵓⵔⵏⴰ ⵢⴰⵏ ⵓⵏⵙⵙⵓⴳⵓⵔ
audit-action-password-reset = ⴰⵣⵔⴰⵢ ⴰⵎⴰⵢⵏⵓ
audit-action-learners-imported = ⵉⵏⵍⵎⴰⴷⵏ ⵜⵜⵓⵙⴽⵛⵎⵏ (CSV)
audit-action-learner-exported = ⵉⵙⴼⴽⴰ ⵏ ⵓⵏⵍⵎⴰⴷ ⵜⵜⵓⴳⵎⵏ
audit-action-learner-erased = ⴰⵏⵍⵎⴰⴷ ⵉⴽⴽⵙ
audit-action-demo-removed = ⵉⵎⵉⴹⴰⵏⵏ ⵏ ⵓⵙⵎⵓⵍⵍⵉ ⴽⴽⵙⵏ

## A centre's practice transcripts (the AI assistant), and a learner's.

audit-action-practice-transcripts = ⵜⵓⵜⵔⵉⵡⵉⵏ ⴷ ⵡⴰⵔⵔⴰⵜⵏ ⵏ ⵓⵎⵄⴰⵡⵏ ⵏ ⵜⵉⵖⵔⴰⵙⵉⵏ ⵜⵉⵎⴳⵓⵔⴰⵏⵉⵏ: ⴰⵙⵜⵉ ⵉⵜⵜⵓⵙⵏⴼⵍ
centre-practice-heading = ⴰⵙⵎⵔⵙ ⴰⴽⴷ ⵓⵎⵄⴰⵡⵏ ⵏ ⵜⵉⵖⵔⴰⵙⵉⵏ ⵜⵉⵎⴳⵓⵔⴰⵏⵉⵏ
centre-practice-kept = ⵜⵓⵜⵔⵉⵡⵉⵏ ⵍⵍⵉ ⵜⵜⴰⵣⵏⵏ ⵉⵏⵍⵎⴰⴷⵏ ⵏ ⵓⵏⴰⵎⵎⴰⵙ ⴰ ⵉ ⵓⵎⵄⴰⵡⵏ ⵏ ⵜⵉⵖⵔⴰⵙⵉⵏ ⵜⵉⵎⴳⵓⵔⴰⵏⵉⵏ ⴷ ⵡⴰⵔⵔⴰⵜⵏ ⵏⵏⵙ ⵜⵜⵡⴰⵃⴹⴰⵏ, ⴱⵍⴰ ⵉⵙⴼⴽⴰ ⵏⵏⵙⵏ ⵉⵏⵎⵓⵔⴰⵏ. ⵉⵙⵍⵎⴰⴷⵏ ⴰⵔ ⵜⵏ ⵖⵔⵔⴰⵏ ⴳ ⵜⵙⵏⴰ ⵏ ⴽⵓ ⴰⵏⵍⵎⴰⴷ.
centre-practice-not-kept = ⵖⴰⵙ ⴰⵎⴹⴰⵏ ⵏ ⵜⵓⵜⵔⵉⵡⵉⵏ ⵉ ⵓⵎⵄⴰⵡⵏ ⵏ ⵜⵉⵖⵔⴰⵙⵉⵏ ⵜⵉⵎⴳⵓⵔⴰⵏⵉⵏ ⴰⵢ ⵉⵜⵜⵡⴰⵃⴹⴰⵏ. ⴰⴹⵔⵉⵚ ⵏⵏⵙⵏⵜ ⵓⵔ ⵉⵜⵜⵡⴰⵃⴹⴰ ⴰⴱⴷⴰ.
centre-practice-keep = ⵃⴹⵓ ⵜⵓⵜⵔⵉⵡⵉⵏ ⴷ ⵡⴰⵔⵔⴰⵜⵏ ⵏ ⵓⵙⵎⵔⵙ ⴰⴽⴷ ⵜⵉⵖⵔⴰⵙⵉⵏ ⵜⵉⵎⴳⵓⵔⴰⵏⵉⵏ
centre-practice-keep-hint = ⵃⵎⴰ ⴰⴷ ⵏⵄⴰⵡⵏ ⵉⵏⵍⵎⴰⴷⵏ. ⴰⵔ ⵏⴽⴽⴰⵙ ⵉⵙⴼⴽⴰ ⵉⵏⵎⵓⵔⴰⵏ ⵙⴳ ⴽⵓ ⵜⵓⵜⵔⴰ ⵇⴱⵍ ⴰⴷ ⵜⵜ ⵏⴰⵣⵏ. ⵎⴽ ⵜⴽⴽⵙⴷ ⵜⴰⵎⴰⵜⴰⵔⵜ, ⵔⴰⴷ ⵉⵜⵜⵓⴽⴽⵙ ⴰⴽⴽⵯ ⵎⴰⵢⴷ ⵉⵜⵜⵓⵃⴹⴰⵏ.
centre-practice-save = ⵃⴹⵓ ⴰⵙⵜⵉ ⴰ
centre-notice-practice-saved = ⵉⵜⵜⵓⵃⴹⴰ ⵓⵙⵜⵉ ⵏ ⵓⵙⵎⵔⵙ ⴰⴽⴷ ⵜⵉⵖⵔⴰⵙⵉⵏ ⵜⵉⵎⴳⵓⵔⴰⵏⵉⵏ.
learner-practice-heading = ⴰⵙⵎⵔⵙ ⴰⴽⴷ ⵓⵎⵄⴰⵡⵏ ⵏ ⵜⵉⵖⵔⴰⵙⵉⵏ ⵜⵉⵎⴳⵓⵔⴰⵏⵉⵏ
learner-practice-caption = ⵜⵓⵜⵔⵉⵡⵉⵏ ⵉ ⵓⵎⵄⴰⵡⵏ ⵏ ⵜⵉⵖⵔⴰⵙⵉⵏ ⵜⵉⵎⴳⵓⵔⴰⵏⵉⵏ ⴷ ⵡⴰⵔⵔⴰⵜⵏ ⵏⵏⵙ, ⵙⴳ ⵜⵉⵏ ⵜⴰⵎⴰⵢⵏⵓⵜ ⴰⵔ ⵜⵉⵏ ⵜⴰⵇⴷⵉⵎⵜ
learner-practice-prompt = ⵜⵓⵜⵔⴰ
learner-practice-answer = ⴰⵔⵔⴰⵜ
