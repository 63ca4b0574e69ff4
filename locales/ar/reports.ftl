## Facilitator reports of a centre.

report-nav-label = تقارير المركز
report-nav-learners = المتعلّمون والحسابات
report-nav-progress = التقدّم
report-nav-questions = تحليل الأسئلة
report-progress-title = التقدّم — { $centre }
report-progress-caption = { $count ->
    [zero] لا يوجد متعلّمون
    [one] تقدّم متعلّم واحد، درسًا بدرس
    [two] تقدّم متعلّمَين، درسًا بدرس
    [few] تقدّم { $count } متعلّمين، درسًا بدرس
    [many] تقدّم { $count } متعلّمًا، درسًا بدرس
   *[other] تقدّم { $count } متعلّم، درسًا بدرس
}
report-no-learners = لا يوجد متعلّمون في هذه المجموعة.
report-all-cohorts = جميع المجموعات
report-filter = عرض
report-download-csv = تنزيل هذا الجدول (CSV)
report-not-started = لم يبدأ
report-started = بدأ
report-completed = مكتمل
report-completed-score = مكتمل ({ $percent }%)
report-yes = نعم
report-no = لا
report-never = أبدًا
# $count is rounded up, so 0 means no time at all.
report-minutes = { $count ->
    [zero] { $count } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
report-last-activity = آخر نشاط
report-lessons-heading = الدروس
report-lessons-caption = الدروس التي فُتحت، مع النتائج والوقت المستغرق
report-no-activity = لم يُفتح أي درس بعد.
report-lesson = الدرس
report-first-opened = تاريخ الفتح
report-completed-on = تاريخ الإكمال
report-best = أفضل نتيجة
report-latest = آخر نتيجة
report-time-spent = الوقت المستغرق
report-attempts-heading = محاولات الاختبارات
report-attempts-caption = كل المحاولات، من الأحدث إلى الأقدم، مع الأجوبة المقدَّمة
report-no-attempts = لا توجد محاولات بعد.
report-submitted = التاريخ
report-score = النتيجة
report-passed = نجح
report-answers = الأجوبة
report-questions-title = تحليل الأسئلة — { $centre }
report-questions-caption = لكل سؤال: عدد الأجوبة، ونسبة الأجوبة الصحيحة من المحاولة الأولى، والجواب الخاطئ الأكثر اختيارًا
report-question = السؤال
report-answer-count = عدد الأجوبة
report-first-time-correct = صحيح من المحاولة الأولى
report-top-wrong = الجواب الخاطئ الأكثر اختيارًا
report-top-wrong-count = عدد مرات اختياره

## The impact summary.

report-nav-impact = الأثر
impact-title = أثر البرنامج
impact-title-centre = الأثر — { $centre }
impact-from = من
impact-to = إلى (ضمنًا)
impact-date-error = هذه التواريخ غير صالحة، لذا تُعرض الأشهر الاثنا عشر الأخيرة.
impact-summary = ملخّص
impact-notes = المسجَّلون: عددهم في نهاية الفترة. النشطون: عملوا على درس خلال آخر 30 يومًا. كل دورة مجتازة تُمنح عنها شهادة. متوسط النتيجة: متوسط نتائج محاولات الاختبارات خلال الفترة، بالنسبة المئوية. السير الذاتية التي بدأت: أُنشئت خلال الفترة. السير الذاتية المكتملة: اكتملت خلال الفترة (اسم، بريد إلكتروني أو هاتف، نبذة، تكوين أو خبرة، مهارة أو لغة)، وتُحسب مرة واحدة حتى لو حُذفت بعد ذلك.
impact-enrolled = المتعلّمون المسجَّلون
impact-active = النشطون في آخر 30 يومًا
impact-lessons-completed = الدروس المكتملة
impact-courses-passed = الدورات المجتازة (الشهادات)
impact-average-score = متوسط نتيجة الاختبارات (%)
impact-by-centre = حسب المركز
impact-by-centre-caption = أرقام كل مركز خلال الفترة
impact-by-cohort = حسب المجموعة
impact-by-cohort-caption = أرقام كل مجموعة خلال الفترة
impact-by-month = حسب الشهر
impact-by-month-caption = الدروس المكتملة والدورات المجتازة والسير الذاتية ومتوسط النتيجة، شهرًا بشهر
impact-month = الشهر

## One learner's data: download it all, or erase it (Morocco's law 09-08).

learner-data-heading = معطياته
learner-data-intro = كل ما تحتفظ به تيفاوت عن هذا الشخص: حسابه، تفضيلاته، تقدّمه، كل محاولة مع أجوبتها، وشواهده.
learner-data-json = تنزيل معطياته (JSON)
learner-data-csv = تنزيل معطياته (CSV)
learner-erase-heading = محو هذا المتعلّم
learner-erase-warning-prefix = تنبيه:
learner-erase-warning = سيُمحى حسابه وتفضيلاته وتقدّمه وكل أجوبته نهائيًا. لا يمكن التراجع عن ذلك. تبقى دروسه المنتهية ومحاولاته محسوبة، دون اسمه، في أثر البرنامج.
learner-erase-confirm = للتأكيد، اكتب اسم المستخدم الخاص به: { $username }
learner-erase-button = محو هذا المتعلّم
error-erase-username-mismatch = اكتب اسم المستخدم الخاص بهذا المتعلّم تمامًا لمحوه
