## The course list and the course page.

home-title = الدروس
home-heading = اختر دورة
home-intro = دروس قصيرة تتابعها حسب وتيرتك. يمكنك تغيير اللغة في أي وقت.
home-no-courses = لا توجد دورات متاحة بعد. عد قريبًا.
course-lessons = { $count ->
    [zero] لا دروس
    [one] درس واحد
    [two] درسان
    [few] { $count } دروس
    [many] { $count } درسًا
   *[other] { $count } درس
}
course-lessons-heading = الدروس
course-competences-heading = في نهاية الدورة، ستعرف كيف
# $percent: the share of quiz answers to get right, e.g. 70.
course-pass-mark = للنجاح في اختبار درس، يجب أن تكون { $percent }٪ على الأقل من أجوبتك صحيحة.
