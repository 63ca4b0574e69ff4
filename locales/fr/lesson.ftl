## A lesson page.

lesson-objectives-heading = Dans cette leçon, vous allez
lesson-previous = Leçon précédente :
lesson-next = Leçon suivante :
lesson-nav-label = Leçons précédente et suivante
lesson-draft-notice = Cette traduction est un brouillon : elle peut contenir des erreurs.
# $shown is the language the lesson is shown in (ar, zgh or fr), because it is not written in French yet.
lesson-fallback-notice = { $shown ->
    [ar] Cette leçon n’existe pas encore en français. Elle est affichée en arabe.
    [zgh] Cette leçon n’existe pas encore en français. Elle est affichée en tamazight.
   *[other] Cette leçon n’existe pas encore en français.
}
lesson-narration-caption = Écouter la leçon. Le texte ci-dessous en est la transcription.
