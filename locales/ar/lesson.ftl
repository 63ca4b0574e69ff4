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
