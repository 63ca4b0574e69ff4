## The course list and the course page.

home-title = Cours
home-heading = Choisissez un cours
home-intro = Des leçons courtes, à suivre à votre rythme. Vous pouvez changer de langue à tout moment.
home-no-courses = Aucun cours n’est encore disponible. Revenez bientôt.
course-lessons = { $count ->
    [one] { $count } leçon
   *[other] { $count } leçons
}
course-lessons-heading = Leçons
