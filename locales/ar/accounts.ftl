## Accounts: signing in and out, the header's account links, forms and their errors.

account-nav-label = الحساب
signed-in-as = تم الدخول باسم:
sign-in = تسجيل الدخول
sign-out = تسجيل الخروج
nav-preferences = التفضيلات
nav-my-centre = مركزي
nav-admin = الإدارة

error-summary-title = هناك مشكلة
# Read out before an error message beside a field.
error-prefix = خطأ:

field-username = اسم المستخدم
field-username-hint = حروف أو أرقام أو نقطة (.) أو شرطة (-) أو شرطة سفلية (_)، من 3 إلى 32 رمزًا، دون مسافات.
field-password = كلمة المرور
field-new-password = كلمة المرور
field-new-password-hint = اترك الخانة فارغة لإنشاء كلمة مرور تلقائيًا. وإلا، فاكتب 8 رموز على الأقل.
field-display-name = الاسم الكامل
field-cohort = المجموعة
field-cohort-name = اسم المجموعة
field-centre = المركز
field-centre-name = اسم المركز
field-centre-locale = اللغة الافتراضية

## The sign-in page.

sign-in-title = تسجيل الدخول
sign-in-intro = أدخل اسم المستخدم وكلمة المرور المكتوبين على بطاقة الدخول الخاصة بك.
sign-in-forgot = نسيت كلمة المرور؟ اطلب من المؤطِّر أو المؤطِّرة إعادة تعيينها.
sign-in-notice-signed-out = تم تسجيل خروجك. يمكن للشخص التالي استخدام هذا الحاسوب.
sign-in-notice-expired = تم تسجيل خروجك بعد { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    } دون أي نشاط، وذلك لحماية حسابك. سجّل الدخول من جديد للمتابعة.
sign-in-notice-required = سجّل الدخول لعرض هذه الصفحة.
error-username-missing = أدخل اسم المستخدم
error-password-missing = أدخل كلمة المرور
error-sign-in-failed = اسم المستخدم أو كلمة المرور غير صحيح. تحقّق منهما وحاول مرة أخرى.
error-sign-in-throttled = محاولات كثيرة جدًا. انتظر { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }، أو اطلب من المؤطِّر أو المؤطِّرة إعادة تعيين كلمة المرور.

## Session time-out warning (shown only with JavaScript on).

session-timeout-warning = إذا لم يكن هناك أي نشاط، فسيتم تسجيل خروجك بعد { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }.
session-stay-signed-in = مواصلة الجلسة
session-extended = تم: جلستك ما زالت مفتوحة.

## The preferences page.

preferences-title = التفضيلات
preferences-intro-account = تُحفظ اختياراتك في حسابك: ستجدها على أي حاسوب.
preferences-intro-computer = تُحفظ اختياراتك على هذا الحاسوب. سجّل الدخول لتجدها في كل مكان.
preferences-saved = تم حفظ تفضيلاتك.
preferences-language = لغة الواجهة
preferences-theme = الألوان
preferences-motion = المؤثرات الحركية
preferences-save = حفظ التفضيلات
theme-system = حسب إعدادات الحاسوب
theme-light = فاتح
theme-dark = داكن
theme-high-contrast = تباين عالٍ
motion-system = حسب إعدادات الحاسوب
motion-reduce = تقليل المؤثرات الحركية

## Sign-in cards.

cards-title = بطاقات الدخول
cards-created = { $count ->
    [zero] لم يتم تجهيز أي حساب.
    [one] تم تجهيز حساب واحد.
    [two] تم تجهيز حسابين.
    [few] تم تجهيز { $count } حسابات.
    [many] تم تجهيز { $count } حسابًا.
   *[other] تم تجهيز { $count } حساب.
}
cards-print-now = اطبع هذه البطاقات الآن (Ctrl+P): لن تُعرض كلمات المرور مرة أخرى أبدًا.
cards-back = العودة إلى المركز

## A centre's page (facilitators and admins).

centre-title = مركز { $centre }
centre-learners-heading = المتعلّمون والمتعلّمات
centre-learners-caption = { $count ->
    [zero] لا يوجد متعلّمون
    [one] متعلّم واحد
    [two] متعلّمان
    [few] { $count } متعلّمين
    [many] { $count } متعلّمًا
   *[other] { $count } متعلّم
}
centre-no-learners = لا يوجد متعلّمون بعد. أضِفهم أدناه، واحدًا تلو الآخر أو من ملف CSV.
centre-no-cohort = بدون مجموعة
centre-never-signed-in = لم يُسجَّل أي دخول
centre-last-sign-in = آخر تسجيل دخول
centre-actions = الإجراءات
centre-reset-password = كلمة مرور جديدة
centre-reset-password-for = كلمة مرور جديدة لـ { $name }
centre-add-learner-heading = إضافة متعلّم أو متعلّمة
centre-add-learner = إضافة المتعلّم/ة
centre-import-heading = استيراد المتعلّمين (CSV)
centre-import-intro = ملف CSV بترميز UTF-8، فيه سطر واحد لكل متعلّم، مع الأعمدة name (الاسم الكامل) و username (اسم المستخدم)، وإن أردت cohort (المجموعة) و password (كلمة المرور). مثال:
centre-import-file = ملف CSV
centre-import-hint = إذا كانت هناك مشكلة في سطر واحد فقط، فلن يُستورد أي شيء: صحّح الملف وأرسله من جديد.
centre-import-nothing-imported = لم يُستورد أي شيء. صحّح هذه الأسطر ثم أرسل الملف من جديد:
centre-import = استيراد
centre-cohorts-heading = المجموعات
centre-no-cohorts = لا توجد مجموعات بعد.
centre-cohort-learners = { $count ->
    [zero] لا يوجد متعلّمون
    [one] متعلّم واحد
    [two] متعلّمان
    [few] { $count } متعلّمين
    [many] { $count } متعلّمًا
   *[other] { $count } متعلّم
}
centre-add-cohort = إضافة المجموعة

## Administration (admins only).

admin-title = الإدارة
admin-centres-heading = المراكز
admin-centres-caption = جميع المراكز
admin-no-centres = لا توجد مراكز بعد. أضف أول مركز أدناه.
admin-cohorts = المجموعات
admin-learners = المتعلّمون
admin-facilitators = المؤطِّرون
admin-add-centre-heading = إضافة مركز
admin-add-centre = إضافة المركز
admin-add-facilitator-heading = إضافة مؤطِّر أو مؤطِّرة
admin-add-facilitator = إضافة

## Mistakes in the forms above.

error-name-missing = أدخل الاسم الكامل
error-name-too-long = يجب ألا يتجاوز عدد حروف الاسم { $max }
error-username-invalid = يجب أن يتكوّن اسم المستخدم من 3 إلى 32 رمزًا: حروف أو أرقام أو نقطة أو شرطة أو شرطة سفلية
error-username-taken = اسم المستخدم « { $username } » مستعمل من قبل: اختر اسمًا آخر
error-password-too-short = يجب ألا يقل عدد رموز كلمة المرور عن { $min }
error-cohort-name-missing = أدخل اسم المجموعة
error-cohort-name-taken = في هذا المركز مجموعة اسمها « { $name } » من قبل
error-cohort-unknown = اختر مجموعة من القائمة
error-centre-name-missing = أدخل اسم المركز
error-centre-name-taken = يوجد مركز اسمه « { $name } » من قبل
error-centre-unknown = اختر مركزًا من القائمة
import-error-no-file = اختر ملف CSV
import-error-too-large = الملف كبير جدًا (الحد الأقصى لعدد الأسطر: { $max })
import-error-not-utf8 = الملف ليس بترميز UTF-8: احفظه بصيغة « CSV UTF-8 » وأرسله من جديد
import-error-empty = الملف لا يحتوي على أي متعلّم
import-error-missing-column = يجب أن يحتوي السطر الأول على اسم العمود « { $column } »
import-error-unknown-column = العمود « { $column } » غير معروف: استعمل name و username و cohort و password
import-error-row = السطر { $line }: السطر مكتوب بشكل غير صحيح (علامات التنصيص أو عدد الأعمدة)
import-error-name-missing = السطر { $line }: الاسم الكامل ناقص
import-error-name-too-long = السطر { $line }: يجب ألا يتجاوز عدد حروف الاسم { $max }
import-error-username-invalid = السطر { $line }: اسم المستخدم « { $username } » غير صالح (من 3 إلى 32 رمزًا: حروف أو أرقام أو نقطة أو شرطة أو شرطة سفلية)
import-error-username-taken = السطر { $line }: اسم المستخدم « { $username } » مستعمل من قبل
import-error-username-repeated = السطر { $line }: اسم المستخدم « { $username } » موجود من قبل في السطر { $first }
import-error-password-too-short = السطر { $line }: يجب ألا يقل عدد رموز كلمة المرور عن { $min }
import-error-cohort-unknown = السطر { $line }: لا توجد في هذا المركز مجموعة « { $cohort } » (أنشئها أولًا)

## After an erasure, and the audit log of staff actions (admins only).

centre-notice-erased = مُحيت معطيات المتعلّم.
audit-title = سجلّ إجراءات الطاقم
audit-intro = آخر الإجراءات، الأحدث أولًا (بحدّ أقصى { $limit }). الأوقات بالتوقيت العالمي (UTC).
audit-caption = إجراءات الطاقم، من الأحدث إلى الأقدم
audit-when = التاريخ (UTC)
audit-who = من طرف
audit-action = الإجراء
audit-subject = الحساب المعني
audit-details = التفاصيل
audit-command-line = سطر الأوامر
audit-none = لم يُسجَّل أي إجراء بعد.
audit-count = العدد: { $count }
audit-action-learner-created = إضافة متعلّم
audit-action-facilitator-created = إضافة مؤطِّر
audit-action-admin-created = إضافة مسؤول
audit-action-password-reset = كلمة مرور جديدة
audit-action-learners-imported = استيراد متعلّمين (CSV)
audit-action-learner-exported = تنزيل معطيات متعلّم
audit-action-learner-erased = محو متعلّم
audit-action-demo-removed = حذف الحسابات التجريبية

## A centre's practice transcripts (the AI assistant), and a learner's.

audit-action-practice-transcripts = نصوص التمرّن مع الذكاء الاصطناعي: تغيير الإعداد
centre-practice-heading = التمرّن مع المساعد الذكي
centre-practice-kept = تُحفظ طلبات متعلّمي هذا المركز إلى المساعد الذكي (بدون معطياتهم الشخصية) وأجوبته: يقرؤها المؤطرون في صفحة كل متعلّم.
centre-practice-not-kept = يُسجَّل عدد الطلبات إلى المساعد الذكي فقط، ولا يُسجَّل نصّها أبدا.
centre-practice-keep = حفظ طلبات وأجوبة التمرّن مع الذكاء الاصطناعي
centre-practice-keep-hint = لمواكبة المتعلّمين. تُحذف المعطيات الشخصية قبل الإرسال. إيقاف الحفظ يمحو ما حُفظ.
centre-practice-save = حفظ هذا الإعداد
centre-notice-practice-saved = حُفظ إعداد التمرّن مع الذكاء الاصطناعي.
learner-practice-heading = التمرّن مع المساعد الذكي
learner-practice-caption = الطلبات إلى المساعد الذكي وأجوبته، الأحدث أولا
learner-practice-prompt = الطلب المرسَل
learner-practice-answer = الجواب
