## The CV builder ("My CV"). { $field } is the label of the field a message is about.

nav-my-cv = Mon CV
home-my-cv = Mon CV : préparez votre CV, pas à pas, et téléchargez-le en PDF

cv-list-title = Mon CV
cv-list-intro = Préparez votre CV pas à pas : une page par partie, enregistrée à chaque étape. Vous pouvez en faire plusieurs, dans la langue de votre choix, l’imprimer ou le télécharger en PDF.
cv-privacy = Votre CV est à vous : vous seul·e le voyez. Vous pouvez choisir de le partager avec les animateur·rices de votre centre pour qu’ils vous donnent leur avis. Sur un ordinateur partagé, pensez à vous déconnecter.
cv-list-yours = Vos CV
cv-none-yet = Vous n’avez pas encore de CV.
cv-new-title = Commencer un nouveau CV
cv-new-submit = Créer le CV
cv-import-title = Importer un CV (JSON Resume)
cv-import-intro = Si vous avez un fichier JSON Resume (fait avec Tifawt ou un autre outil), Tifawt peut le lire.
cv-import-submit = Importer
cv-status = État
cv-status-complete = Complet.
cv-status-draft = En cours.
cv-updated = Modifié le
cv-shared = Partagé avec le centre
cv-shared-yes = Oui
cv-shared-no = Non
cv-continue-step = Continuer : { $step }
cv-start-writing = Commencer à écrire
cv-view-print = Voir et imprimer
cv-download-pdf = Télécharger en PDF
cv-download-json = Télécharger les données (JSON Resume)

cv-language-ar = arabe
cv-language-fr = français
cv-language-zgh = tamazight (tifinagh)
cv-language-zgh-latn = tamazight (alphabet latin)
cv-language-en = anglais
cv-template-plain = Sobre : titres et traits fins
cv-template-classic = Classique : nom centré, titres en petites capitales

cv-field-title = Nom de ce CV
cv-hint-title = Pour le retrouver, par exemple « CV stage informatique ».
cv-field-cv-language = Langue du CV
cv-field-template = Présentation
cv-field-file = Fichier JSON Resume
cv-field-shared = Partager ce CV avec les animateur·rices de mon centre
cv-hint-shared = Ils pourront le lire pour vous donner leur avis, mais pas le modifier. Décochez pour arrêter de le partager.

cv-step-of = Étape { $number } sur { $total }
cv-step-contact = Coordonnées
cv-step-profile = Profil
cv-step-education = Formation
cv-step-experience = Expérience
cv-step-skills = Compétences
cv-step-languages = Langues
cv-step-certificates = Certificats

cv-intro-contact = Comment un employeur peut vous joindre. Indiquez au moins un e-mail ou un téléphone. N’écrivez pas votre adresse complète ni votre numéro de carte d’identité.
cv-intro-profile = En deux ou trois phrases : qui vous êtes, ce que vous savez faire, le travail ou le stage que vous cherchez.
cv-intro-education = Vos études et formations, de la plus récente à la plus ancienne : école, lycée, centre de formation, cours suivis.
cv-intro-experience = Emplois, stages, bénévolat, et aussi le travail en famille, aux champs ou au magasin : tout cela est de l’expérience.
cv-intro-skills = Ce que vous savez faire : logiciels, métiers, qualités. Vous pouvez cocher les compétences des cours que vous avez terminés.
cv-intro-languages = Les langues que vous parlez, avec votre niveau.
cv-intro-certificates = Attestations et certificats obtenus, dont ceux de Tifawt.

cv-field-name = Nom complet
cv-field-headline = Titre
cv-hint-headline = Le métier ou le domaine en quelques mots, par exemple « Assistante administrative ».
cv-field-email = E-mail
cv-field-phone = Téléphone
cv-hint-phone = Avec l’indicatif si vous cherchez à l’étranger, par exemple +212 6 12 34 56 78.
cv-field-city = Ville
cv-hint-city = La ville ou la région seulement.
cv-field-profile = Profil
cv-hint-profile = 2 000 caractères au plus.
cv-field-institution = École ou centre
cv-field-study = Diplôme ou formation
cv-field-start = Début
cv-field-end = Fin
cv-hint-date = L’année, ou le mois et l’année : 2024 ou 09/2024.
cv-hint-end = Laissez vide si c’est en cours. L’année, ou le mois et l’année : 2024 ou 09/2024.
cv-field-details = Détails
cv-field-kind = Type d’expérience
cv-field-role = Poste ou rôle
cv-field-organisation = Employeur, association ou lieu
cv-field-description = Ce que vous avez fait
cv-hint-description = Une tâche par ligne.
cv-field-skill = Compétence
cv-field-language = Langue
cv-hint-language = Par exemple : arabe, tamazight, français, anglais, espagnol.
cv-field-level = Niveau
cv-hint-level = Selon le Cadre européen commun de référence (CECRL), de A1 (débutant) à C2 (maîtrise).
cv-field-certificate = Certificat
cv-field-issuer = Délivré par
cv-field-date = Date
cv-optional = { $label } (facultatif)

cv-kind-job = Emploi
cv-kind-internship = Stage
cv-kind-volunteering = Bénévolat
cv-kind-informal = Travail familial ou informel
cv-level-native = Langue maternelle
cv-level-c2 = C2 — maîtrise
cv-level-c1 = C1 — autonome
cv-level-b2 = B2 — avancé
cv-level-b1 = B1 — seuil
cv-level-a2 = A2 — intermédiaire
cv-level-a1 = A1 — débutant

cv-entries = { $count ->
    [0] Vos entrées
    [one] Vos entrées (1)
   *[other] Vos entrées ({ $count })
}
cv-entries-none = Pas encore d’entrée.
cv-entry-untitled = (sans titre)
cv-change = Modifier
cv-move-up = Monter
cv-move-down = Descendre
cv-remove = Supprimer
cv-add-entry = Ajouter une entrée
cv-add = Ajouter
cv-change-entry = Modifier
cv-save-entry = Enregistrer les changements
cv-save-continue = Enregistrer et continuer
cv-cancel = Annuler
cv-next-step = Continuer : { $step }
cv-to-summary = Continuer : relire le CV
cv-back-to-summary = Retour au résumé du CV
cv-back-to-list = Retour à mes CV
cv-suggest-skills = Compétences de vos cours terminés
cv-suggest-certificates = Vos attestations Tifawt
cv-suggest-add = Ajouter ce qui est coché

cv-notice-saved = C’est enregistré.
cv-notice-added = Entrée ajoutée et enregistrée.
cv-notice-changed = Changements enregistrés.
cv-notice-removed = Entrée supprimée.
cv-notice-moved = Entrée déplacée.
cv-notice-imported = CV importé. Relisez chaque partie.
cv-notice-deleted = CV supprimé.

cv-caption-language = CV en { $language }
cv-complete-explained = Un employeur a ce qu’il faut : nom, moyen de contact, profil, formation ou expérience, compétences ou langues.
cv-missing-intro = Pour qu’il soit complet, remplissez :
cv-get-it = Imprimer ou télécharger
cv-summary-parts = Relire et modifier
cv-summary-empty = Rien pour l’instant.
cv-settings = Réglages
cv-save-settings = Enregistrer les réglages
cv-delete-title = Supprimer ce CV
cv-delete-link = Supprimer ce CV…
cv-delete-confirm = Supprimer « { $title } » ?
cv-delete-explained = Le CV sera effacé pour toujours. Pensez à télécharger le PDF ou le fichier JSON Resume avant, si vous voulez le garder.
cv-delete-submit = Oui, supprimer ce CV
cv-print-hint = Pour l’imprimer, utilisez la commande Imprimer de votre navigateur (Ctrl+P) : seul le CV est imprimé.
cv-shared-by = { $name } partage ce CV avec le centre pour avoir votre avis.
cv-back-to-learner = Retour à la page de l’apprenant·e

cv-error-required = { $field } : à remplir.
cv-error-too-long = { $field } : { $max } caractères au plus (il y en a { $length }).
cv-error-email = { $field } : écrivez une adresse e-mail comme nom@exemple.ma.
cv-error-phone = { $field } : écrivez un numéro de 6 à 15 chiffres, avec seulement des espaces, +, -, . ou ( ).
cv-error-date = { $field } : écrivez l’année (2024) ou le mois et l’année (09/2024).
cv-error-end-before-start = { $field } : la fin doit venir après le début.
cv-error-level = { $field } : choisissez un niveau de A1 à C2, ou langue maternelle.
cv-error-language = { $field } : choisissez la langue du CV.
cv-error-too-many = { $field } : { $max } entrées au plus dans une partie.
cv-error-too-many-cvs = { $field } : vous avez déjà { $max } CV. Supprimez-en un pour en commencer un autre.
cv-import-no-file = { $field } : choisissez un fichier JSON Resume.
cv-import-too-big = { $field } : le fichier dépasse { $max } Ko. Un CV fait quelques Ko.
cv-import-not-json = { $field } : ce n’est pas un fichier JSON valable (ligne { $line }, colonne { $column }).
cv-import-not-resume = { $field } : ce fichier n’est pas un CV JSON Resume.
cv-import-not-text = { $field } : doit être du texte.
cv-import-not-list = { $field } : doit être une liste.
cv-import-not-object = { $field } : doit être un objet JSON.
cv-import-too-many = { $field } : { $max } entrées au plus.

learner-cvs = CV
learner-cvs-none = Pas de CV
learner-cvs-count = CV : { $count }, complets : { $complete }
learner-cvs-shared = CV partagés avec le centre
impact-cvs-started = CV commencés
impact-cvs-completed = CV complets

## The AI assistant's wording suggestions (profile, an experience's description).

cv-wording-suggest = Proposer une meilleure formulation
cv-wording-hint-profile = L’assistant IA peut proposer une autre formulation de votre profil. Rien n’est changé sans vous, et votre nom et vos coordonnées ne lui sont pas envoyés.
cv-wording-hint-description = L’assistant IA peut proposer une autre formulation de la description. Rien n’est changé sans vous, et votre nom et vos coordonnées ne lui sont pas envoyés.
cv-wording-heading = Proposition de l’assistant IA
cv-wording-check = Une IA peut se tromper ou inventer : vérifiez que tout est vrai avant de l’utiliser.
cv-wording-use = Utiliser cette formulation
cv-wording-used = La formulation proposée est dans la case. Modifiez-la si besoin, puis enregistrez : rien n’est enregistré avant.
cv-wording-empty = Écrivez d’abord votre texte : l’assistant IA propose une meilleure formulation de vos propres mots.
