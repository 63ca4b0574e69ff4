## The CV builder ("My CV"). { $field } is the label of the field a message is about.

nav-my-cv = سيرتي الذاتية
home-my-cv = سيرتي الذاتية: حضّر سيرتك الذاتية خطوة بخطوة ونزّلها بصيغة PDF

cv-list-title = سيرتي الذاتية
cv-list-intro = حضّر سيرتك الذاتية خطوة بخطوة: صفحة لكل جزء، وتُحفظ في كل خطوة. يمكنك أن تعدّ أكثر من سيرة، باللغة التي تختارها، وأن تطبعها أو تنزّلها بصيغة PDF.
cv-privacy = سيرتك الذاتية لك وحدك: لا يراها غيرك. يمكنك أن تختار مشاركتها مع مؤطّري مركزك ليعطوك رأيهم. على حاسوب مشترك، لا تنس تسجيل الخروج.
cv-list-yours = سيرك الذاتية
cv-none-yet = ليست لديك سيرة ذاتية بعد.
cv-new-title = ابدأ سيرة ذاتية جديدة
cv-new-submit = أنشئ السيرة الذاتية
cv-import-title = استورد سيرة ذاتية (JSON Resume)
cv-import-intro = إذا كان لديك ملف JSON Resume (من Tifawt أو من أداة أخرى)، يستطيع Tifawt قراءته.
cv-import-submit = استورد
cv-status = الحالة
cv-status-complete = مكتملة.
cv-status-draft = قيد الإعداد.
cv-updated = آخر تعديل
cv-shared = مشاركة مع المركز
cv-shared-yes = نعم
cv-shared-no = لا
cv-continue-step = تابع: { $step }
cv-start-writing = ابدأ الكتابة
cv-view-print = اعرضها واطبعها
cv-download-pdf = نزّلها بصيغة PDF
cv-download-json = نزّل البيانات (JSON Resume)

cv-language-ar = العربية
cv-language-fr = الفرنسية
cv-language-zgh = الأمازيغية (تيفيناغ)
cv-language-zgh-latn = الأمازيغية (بالحروف اللاتينية)
cv-language-en = الإنجليزية
cv-template-plain = بسيط: عناوين وخطوط رفيعة
cv-template-classic = كلاسيكي: الاسم في الوسط وعناوين بحروف صغيرة

cv-field-title = اسم هذه السيرة
cv-hint-title = لتجدها بسهولة، مثلًا «سيرة تدريب في الإعلاميات».
cv-field-cv-language = لغة السيرة الذاتية
cv-field-template = الشكل
cv-field-file = ملف JSON Resume
cv-field-shared = شارك هذه السيرة مع مؤطّري مركزي
cv-hint-shared = سيتمكنون من قراءتها ليعطوك رأيهم، لكن لا يمكنهم تعديلها. أزل العلامة لتوقف المشاركة.

cv-step-of = الخطوة { $number } من { $total }
cv-step-contact = معلومات الاتصال
cv-step-profile = نبذة شخصية
cv-step-education = التعليم والتكوين
cv-step-experience = الخبرة
cv-step-skills = المهارات
cv-step-languages = اللغات
cv-step-certificates = الشهادات

cv-intro-contact = كيف يتصل بك المشغّل. اكتب بريدًا إلكترونيًا أو رقم هاتف على الأقل. لا تكتب عنوانك الكامل ولا رقم بطاقتك الوطنية.
cv-intro-profile = في جملتين أو ثلاث: من أنت، وما تُحسن فعله، والعمل أو التدريب الذي تبحث عنه.
cv-intro-education = دراستك وتكويناتك، من الأحدث إلى الأقدم: المدرسة، الثانوية، مركز التكوين، الدورات.
cv-intro-experience = العمل والتدريب والتطوّع، وكذلك العمل مع العائلة أو في الحقول أو في المتجر: كل هذا خبرة.
cv-intro-skills = ما تُحسن فعله: برامج، مهن، صفات. يمكنك أن تختار مهارات الدورات التي أتممتها.
cv-intro-languages = اللغات التي تتكلّمها ومستواك فيها.
cv-intro-certificates = الشهادات التي حصلت عليها، ومنها شهادات Tifawt.

cv-field-name = الاسم الكامل
cv-field-headline = العنوان المهني
cv-hint-headline = المهنة أو المجال في كلمات، مثلًا «مساعدة إدارية».
cv-field-email = البريد الإلكتروني
cv-field-phone = الهاتف
cv-hint-phone = مع رمز البلد إن كنت تبحث في الخارج، مثلًا ‎+212 6 12 34 56 78‎.
cv-field-city = المدينة
cv-hint-city = المدينة أو الجهة فقط.
cv-field-profile = نبذة شخصية
cv-hint-profile = 2000 حرف على الأكثر.
cv-field-institution = المدرسة أو المركز
cv-field-study = الشهادة أو التكوين
cv-field-start = البداية
cv-field-end = النهاية
cv-hint-date = السنة، أو الشهر والسنة: 2024 أو 09/2024.
cv-hint-end = اتركها فارغة إن لم ينته بعد. السنة، أو الشهر والسنة: 2024 أو 09/2024.
cv-field-details = تفاصيل
cv-field-kind = نوع الخبرة
cv-field-role = المنصب أو الدور
cv-field-organisation = المشغّل أو الجمعية أو المكان
cv-field-description = ما قمت به
cv-hint-description = مهمة في كل سطر.
cv-field-skill = المهارة
cv-field-language = اللغة
cv-hint-language = مثلًا: العربية، الأمازيغية، الفرنسية، الإنجليزية، الإسبانية.
cv-field-level = المستوى
cv-hint-level = حسب الإطار الأوروبي المرجعي المشترك للغات، من A1 (مبتدئ) إلى C2 (إتقان).
cv-field-certificate = الشهادة
cv-field-issuer = الجهة المانحة
cv-field-date = التاريخ
cv-optional = { $label } (اختياري)

cv-kind-job = عمل
cv-kind-internship = تدريب
cv-kind-volunteering = تطوّع
cv-kind-informal = عمل عائلي أو غير رسمي
cv-level-native = اللغة الأم
cv-level-c2 = C2 — إتقان
cv-level-c1 = C1 — متقدّم جدًا
cv-level-b2 = B2 — متقدّم
cv-level-b1 = B1 — متوسط
cv-level-a2 = A2 — أساسي
cv-level-a1 = A1 — مبتدئ

cv-entries = { $count ->
    [zero] مدخلاتك
    [one] مدخلاتك (1)
    [two] مدخلاتك (2)
    [few] مدخلاتك ({ $count })
    [many] مدخلاتك ({ $count })
   *[other] مدخلاتك ({ $count })
}
cv-entries-none = لا مدخلات بعد.
cv-entry-untitled = (بلا عنوان)
cv-change = عدّل
cv-move-up = إلى الأعلى
cv-move-down = إلى الأسفل
cv-remove = احذف
cv-add-entry = أضف مدخلًا
cv-add = أضف
cv-change-entry = عدّل
cv-save-entry = احفظ التغييرات
cv-save-continue = احفظ وتابع
cv-cancel = إلغاء
cv-next-step = تابع: { $step }
cv-to-summary = تابع: راجع السيرة
cv-back-to-summary = العودة إلى ملخّص السيرة
cv-back-to-list = العودة إلى سيري الذاتية
cv-suggest-skills = مهارات الدورات التي أتممتها
cv-suggest-certificates = شهاداتك من Tifawt
cv-suggest-add = أضف ما اخترته

cv-notice-saved = تم الحفظ.
cv-notice-added = أُضيف المدخل وحُفظ.
cv-notice-changed = حُفظت التغييرات.
cv-notice-removed = حُذف المدخل.
cv-notice-moved = نُقل المدخل.
cv-notice-imported = استُوردت السيرة. راجع كل جزء منها.
cv-notice-deleted = حُذفت السيرة.

cv-caption-language = سيرة ذاتية بـ{ $language }
cv-complete-explained = فيها ما يحتاجه المشغّل: الاسم، ووسيلة اتصال، ونبذة، وتكوين أو خبرة، ومهارات أو لغات.
cv-missing-intro = لتكتمل، املأ:
cv-get-it = اطبع أو نزّل
cv-summary-parts = راجع وعدّل
cv-summary-empty = لا شيء بعد.
cv-settings = الإعدادات
cv-save-settings = احفظ الإعدادات
cv-delete-title = احذف هذه السيرة
cv-delete-link = احذف هذه السيرة…
cv-delete-confirm = أتحذف «{ $title }»؟
cv-delete-explained = ستُمحى السيرة نهائيًا. نزّل ملف PDF أو ملف JSON Resume قبل ذلك إن أردت الاحتفاظ بها.
cv-delete-submit = نعم، احذف هذه السيرة
cv-print-hint = للطباعة، استعمل أمر الطباعة في متصفحك (Ctrl+P): تُطبع السيرة وحدها.
cv-shared-by = يشارك { $name } هذه السيرة مع المركز ليعرف رأيك.
cv-back-to-learner = العودة إلى صفحة المتعلّم

cv-error-required = { $field }: هذا الحقل مطلوب.
cv-error-too-long = { $field }: { $max } حرف على الأكثر (فيه { $length }).
cv-error-email = { $field }: اكتب بريدًا إلكترونيًا مثل name@example.ma.
cv-error-phone = { $field }: اكتب رقمًا من 6 إلى 15 رقمًا، مع مسافات أو + أو - أو . أو ( ) فقط.
cv-error-date = { $field }: اكتب السنة (2024) أو الشهر والسنة (09/2024).
cv-error-end-before-start = { $field }: يجب أن تأتي النهاية بعد البداية.
cv-error-level = { $field }: اختر مستوى من A1 إلى C2، أو اللغة الأم.
cv-error-language = { $field }: اختر لغة السيرة.
cv-error-too-many = { $field }: { $max } مدخلًا على الأكثر في كل جزء.
cv-error-too-many-cvs = { $field }: لديك { $max } سيرة ذاتية. احذف واحدة لتبدأ أخرى.
cv-import-no-file = { $field }: اختر ملف JSON Resume.
cv-import-too-big = { $field }: الملف أكبر من { $max } كيلوبايت. السيرة الذاتية بضعة كيلوبايتات.
cv-import-not-json = { $field }: هذا ليس ملف JSON صالحًا (السطر { $line }، العمود { $column }).
cv-import-not-resume = { $field }: هذا الملف ليس سيرة ذاتية بصيغة JSON Resume.
cv-import-not-text = { $field }: يجب أن يكون نصًا.
cv-import-not-list = { $field }: يجب أن تكون قائمة.
cv-import-not-object = { $field }: يجب أن يكون كائن JSON.
cv-import-too-many = { $field }: { $max } مدخلًا على الأكثر.

learner-cvs = السيرة الذاتية
learner-cvs-none = لا سيرة ذاتية
learner-cvs-count = السير الذاتية: { $count }، المكتملة: { $complete }
learner-cvs-shared = سير ذاتية مشاركة مع المركز
impact-cvs-started = سير ذاتية بدأت
impact-cvs-completed = سير ذاتية مكتملة

## The AI assistant's wording suggestions (profile, an experience's description).

cv-wording-suggest = اقترح صياغة أفضل
cv-wording-hint-profile = يمكن للمساعد الذكي أن يقترح صياغة أخرى لنبذتك. لا يتغيّر شيء دون موافقتك، ولا يُرسل إليه اسمك ولا معلومات الاتصال بك.
cv-wording-hint-description = يمكن للمساعد الذكي أن يقترح صياغة أخرى للوصف. لا يتغيّر شيء دون موافقتك، ولا يُرسل إليه اسمك ولا معلومات الاتصال بك.
cv-wording-heading = اقتراح المساعد الذكي
cv-wording-check = قد يخطئ الذكاء الاصطناعي أو يختلق: تحقّق من أن كل شيء صحيح قبل استعماله.
cv-wording-use = استعمل هذه الصياغة
cv-wording-used = الصياغة المقترحة في الخانة. عدّلها إن لزم ثم احفظ: لا شيء يُحفظ قبل ذلك.
cv-wording-empty = اكتب نصك أولا: المساعد الذكي يقترح صياغة أفضل لكلماتك أنت.
