## A lesson page.

lesson-objectives-heading = في هذا الدرس، سوف
lesson-previous = الدرس السابق:
lesson-next = الدرس التالي:
lesson-nav-label = الدرس السابق والتالي
lesson-draft-notice = هذه الترجمة مسودة: قد تحتوي على أخطاء.
# $shown is the language the lesson is shown in (zgh or fr), because it is not written in Arabic yet.
lesson-fallback-notice = { $shown ->
    [zgh] هذا الدرس غير متوفر بالعربية بعد. يُعرض بالأمازيغية.
    [fr] هذا الدرس غير متوفر بالعربية بعد. يُعرض بالفرنسية.
   *[other] هذا الدرس غير متوفر بالعربية بعد.
}
lesson-narration-caption = استمع إلى الدرس. النص أدناه هو تفريغه المكتوب.

## Progress on a lesson, and its quiz.

lesson-status-started = بدأت هذا الدرس.
lesson-status-completed = أكملت هذا الدرس.
lesson-best-score = أفضل نتيجة: { $percent }%.
lesson-mark-done = أنهيت هذا الدرس
quiz-submit = التحقّق من أجوبتي
quiz-submit-again = التحقّق من أجوبتي الجديدة
quiz-choose-all = اختر كل الأجوبة الصحيحة.
quiz-your-answer = جوابك
quiz-error-unanswered = أجب عن السؤال { $number }
quiz-error-too-long = الجواب عن السؤال { $number } طويل جدًا: الحد الأقصى لعدد الحروف { $max }
quiz-score = أجوبتك الصحيحة: { $correct } من { $total } ({ $percent }%)
quiz-passed = نجحت: أكملت هذا الدرس.
quiz-not-passed = لم تنجح بعد: يجب أن تكون { $mark }% على الأقل من أجوبتك صحيحة. اقرأ الشروح أدناه من جديد وحاول مرة أخرى.
quiz-not-saved = سجّل الدخول لكي تُحفظ نتائجك.
quiz-question-right = جواب صحيح.
quiz-question-wrong = ليس صحيحًا تمامًا.
quiz-accepted-answer = جواب مقبول:

## The learner's home page and certificates.

home-continue = تابع:
home-start = ابدأ:
home-all-done = أحسنت: أنهيت كل الدروس.
home-lessons-completed = { $count ->
    [zero] أكملت { $done } من أصل { $count } درس
    [one] أكملت { $done } من أصل درس واحد
    [two] أكملت { $done } من أصل درسين
    [few] أكملت { $done } من أصل { $count } دروس
    [many] أكملت { $done } من أصل { $count } درسًا
   *[other] أكملت { $done } من أصل { $count } درس
}
home-course-completed = أكملت هذه الدورة.
home-certificate = عرض الشهادة وطباعتها
certificate-title = شهادة نجاح
certificate-awarded-to = تُمنح هذه الشهادة إلى
certificate-for-completing = لإتمام الدورة
certificate-date = التاريخ
certificate-print = لطباعتها، استعمل أمر الطباعة في متصفّحك (Ctrl+P).

# Said after the text of a link to another site (screen readers; others see ↗).
link-other-site = (موقع آخر)
