## Shared by every page: the frame, the language and text-size controls.

site-name = تيفاوت
page-title = { $page } — تيفاوت
skip-to-content = الانتقال إلى المحتوى الرئيسي
language-nav-label = اللغة
text-size-legend = حجم النص
text-size-normal = عادي
text-size-large = كبير
text-size-larger = كبير جدًا
footer-about = تيفاوت: دروس قصيرة وميسّرة لتعلّم الذكاء الاصطناعي والمهارات الرقمية، بالعربية والأمازيغية والفرنسية.
breadcrumb-label = مسار التنقل
breadcrumb-home = الدروس
duration-minutes = { $count ->
    [zero] أقل من دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}

## Pages that do not exist.

not-found-title = الصفحة غير موجودة
not-found-body = هذا العنوان لا يطابق أي صفحة. ربما نُسخ بشكل خاطئ، أو نُقلت الصفحة.
not-found-home-link = عرض قائمة الدروس

form-expired-title = انتهت صلاحية الاستمارة
form-expired-body = انتهت صلاحية هذه الاستمارة. ارجع إلى الصفحة السابقة، أعد تحميلها، ثم حاول من جديد.
unavailable-title = الخدمة غير متاحة مؤقتًا
unavailable-body = تعذّر على تيفاوت الوصول إلى قاعدة البيانات. ارجع إلى الصفحة السابقة وحاول بعد دقيقة: ما كتبته ما زال في الاستمارة.
