## Facilitator reports of a centre.

report-nav-label = Rapports du centre
report-nav-learners = Apprenant·es et comptes
report-nav-progress = Progression
report-nav-questions = Analyse des questions
report-progress-title = Progression — { $centre }
report-progress-caption = { $count ->
    [one] Progression d’un·e apprenant·e, leçon par leçon
   *[other] Progression de { $count } apprenant·es, leçon par leçon
}
report-no-learners = Aucun·e apprenant·e dans ce groupe.
report-all-cohorts = Tous les groupes
report-filter = Afficher
report-download-csv = Télécharger ce tableau (CSV)
report-not-started = Pas commencée
report-started = Commencée
report-completed = Terminée
report-completed-score = Terminée ({ $percent } %)
report-yes = Oui
report-no = Non
report-never = Jamais
report-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
report-last-activity = Dernière activité
report-lessons-heading = Leçons
report-lessons-caption = Leçons ouvertes, avec les scores et le temps passé
report-no-activity = Aucune leçon ouverte pour l’instant.
report-lesson = Leçon
report-first-opened = Ouverte le
report-completed-on = Terminée le
report-best = Meilleur score
report-latest = Dernier score
report-time-spent = Temps passé
report-attempts-heading = Essais aux quiz
report-attempts-caption = Chaque essai, du plus récent au plus ancien, avec les réponses données
report-no-attempts = Aucun essai pour l’instant.
report-submitted = Date
report-score = Score
report-passed = Réussi
report-answers = Réponses
report-questions-title = Analyse des questions — { $centre }
report-questions-caption = Pour chaque question : nombre de réponses, part de bonnes réponses au premier essai, et la mauvaise réponse la plus choisie
report-question = Question
report-answer-count = Réponses
report-first-time-correct = Juste au premier essai
report-top-wrong = Mauvaise réponse la plus choisie
report-top-wrong-count = Fois choisie

## The impact summary.

report-nav-impact = Impact
impact-title = Impact du programme
impact-title-centre = Impact — { $centre }
impact-from = Du
impact-to = Au (inclus)
impact-date-error = Ces dates ne sont pas valables : voici les douze derniers mois.
impact-summary = En résumé
impact-notes = Inscrit·es : à la fin de la période. Actif·ves : ont travaillé une leçon ces 30 derniers jours. Chaque cours réussi donne une attestation. Score moyen : moyenne des essais aux quiz de la période, en pourcentage. CV commencés : créés dans la période. CV complets : devenus complets dans la période (un nom, un e-mail ou un téléphone, un profil, une formation ou une expérience, une compétence ou une langue), comptés une fois, même s’ils sont supprimés ensuite.
impact-enrolled = Apprenant·es inscrit·es
impact-active = Actif·ves ces 30 jours
impact-lessons-completed = Leçons terminées
impact-courses-passed = Cours réussis (attestations)
impact-average-score = Score moyen aux quiz (%)
impact-by-centre = Par centre
impact-by-centre-caption = Chiffres de chaque centre pour la période
impact-by-cohort = Par groupe
impact-by-cohort-caption = Chiffres de chaque groupe pour la période
impact-by-month = Par mois
impact-by-month-caption = Leçons terminées, cours réussis, CV et score moyen, mois par mois
impact-month = Mois

## One learner's data: download it all, or erase it (Morocco's law 09-08).

learner-data-heading = Ses données
learner-data-intro = Tout ce que Tifawt garde sur cette personne : son compte, ses préférences, sa progression, chaque essai avec ses réponses, et ses attestations.
learner-data-json = Télécharger ses données (JSON)
learner-data-csv = Télécharger ses données (CSV)
learner-erase-heading = Effacer cet·te apprenant·e
learner-erase-warning-prefix = Attention :
learner-erase-warning = Son compte, ses préférences, sa progression et toutes ses réponses seront effacés pour toujours. Cela ne peut pas être annulé. Ses leçons terminées et ses essais restent comptés, sans son nom, dans l’impact du programme.
learner-erase-confirm = Pour confirmer, tapez son identifiant : { $username }
learner-erase-button = Effacer cet·te apprenant·e
error-erase-username-mismatch = Tapez exactement l’identifiant de cet·te apprenant·e pour l’effacer
