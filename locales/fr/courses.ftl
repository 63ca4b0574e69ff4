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
course-competences-heading = À la fin du cours, vous saurez
# $percent: the share of quiz answers to get right, e.g. 70.
course-pass-mark = Pour réussir le quiz d’une leçon, il faut au moins { $percent } % de bonnes réponses.
