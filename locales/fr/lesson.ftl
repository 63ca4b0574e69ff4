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

## Progress on a lesson, and its quiz.

lesson-status-started = Leçon commencée.
lesson-status-completed = Leçon terminée.
lesson-best-score = Meilleur score : { $percent } %.
lesson-mark-done = J’ai terminé cette leçon
quiz-submit = Vérifier mes réponses
quiz-submit-again = Vérifier mes nouvelles réponses
quiz-choose-all = Cochez toutes les bonnes réponses.
quiz-your-answer = Votre réponse
quiz-error-unanswered = Répondez à la question { $number }
quiz-error-too-long = La réponse à la question { $number } doit faire au plus { $max } caractères
quiz-score = Vous avez { $correct } bonnes réponses sur { $total } ({ $percent } %)
quiz-passed = Réussi : cette leçon est terminée.
quiz-not-passed = Pas encore réussi : il faut { $mark } %. Relisez les explications ci-dessous et réessayez.
quiz-not-saved = Connectez-vous pour que vos résultats soient enregistrés.
quiz-question-right = Bonne réponse.
quiz-question-wrong = Pas tout à fait.
quiz-accepted-answer = Une réponse attendue :

## The learner's home page and certificates.

home-continue = Continuer :
home-start = Commencer :
home-all-done = Bravo : vous avez terminé toutes les leçons.
# Agrees with $done (French: 0 and 1 are singular).
home-lessons-completed = { $done ->
    [one] { $done } leçon terminée sur { $count }
   *[other] { $done } leçons terminées sur { $count }
}
home-course-completed = Cours terminé.
home-certificate = Voir et imprimer l’attestation
certificate-title = Attestation de réussite
certificate-awarded-to = Cette attestation est remise à
certificate-for-completing = pour avoir terminé le cours
certificate-date = Date
certificate-print = Pour l’imprimer, utilisez la commande Imprimer de votre navigateur (Ctrl+P).

# Said after the text of a link to another site (screen readers; others see ↗).
link-other-site = (autre site)
