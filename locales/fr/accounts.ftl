## Accounts: signing in and out, the header's account links, forms and their errors.

account-nav-label = Compte
signed-in-as = Connecté·e :
sign-in = Se connecter
sign-out = Se déconnecter
nav-preferences = Préférences
nav-my-centre = Mon centre
nav-admin = Administration

error-summary-title = Il y a un problème
# Read out before an error message beside a field.
error-prefix = Erreur :

field-username = Nom d’utilisateur
field-username-hint = Lettres, chiffres, point, tiret ou tiret bas, de 3 à 32 caractères, sans espace.
field-password = Mot de passe
field-new-password = Mot de passe
field-new-password-hint = Laissez vide pour en créer un automatiquement. Sinon, au moins 8 caractères.
field-display-name = Nom complet
field-cohort = Groupe
field-cohort-name = Nom du groupe
field-centre = Centre
field-centre-name = Nom du centre
field-centre-locale = Langue par défaut

## The sign-in page.

sign-in-title = Se connecter
sign-in-intro = Entrez le nom d’utilisateur et le mot de passe de votre carte de connexion.
sign-in-forgot = Mot de passe oublié ? Demandez à votre animatrice ou à votre animateur de le réinitialiser.
sign-in-notice-signed-out = Vous êtes déconnecté·e. La personne suivante peut utiliser cet ordinateur.
sign-in-notice-expired = Vous avez été déconnecté·e après { $minutes } minutes sans activité, pour protéger votre compte. Reconnectez-vous pour continuer.
sign-in-notice-required = Connectez-vous pour voir cette page.
error-username-missing = Entrez votre nom d’utilisateur
error-password-missing = Entrez votre mot de passe
error-sign-in-failed = Le nom d’utilisateur ou le mot de passe n’est pas correct. Vérifiez-les et réessayez.
error-sign-in-throttled = Trop d’essais. Attendez { $minutes ->
    [one] une minute
   *[other] { $minutes } minutes
}, ou demandez à votre animatrice ou animateur de réinitialiser votre mot de passe.

## Session time-out warning (shown only with JavaScript on).

session-timeout-warning = Sans activité, vous serez déconnecté·e dans { $minutes } minutes.
session-stay-signed-in = Rester connecté·e
session-extended = C’est noté : vous restez connecté·e.

## The preferences page.

preferences-title = Préférences
preferences-intro-account = Vos choix sont enregistrés dans votre compte : vous les retrouverez sur n’importe quel ordinateur.
preferences-intro-computer = Vos choix sont enregistrés sur cet ordinateur. Connectez-vous pour les retrouver partout.
preferences-saved = Vos préférences sont enregistrées.
preferences-language = Langue de l’interface
preferences-theme = Couleurs
preferences-motion = Animations
preferences-save = Enregistrer les préférences
theme-system = Comme l’ordinateur
theme-light = Clair
theme-dark = Sombre
theme-high-contrast = Contraste élevé
motion-system = Comme l’ordinateur
motion-reduce = Réduire les animations

## Sign-in cards.

cards-title = Cartes de connexion
cards-created = { $count ->
    [one] Un compte est prêt.
   *[other] { $count } comptes sont prêts.
}
cards-print-now = Imprimez ces cartes maintenant (Ctrl+P) : les mots de passe ne seront plus jamais affichés.
cards-back = Retour au centre

## A centre's page (facilitators and admins).

centre-title = Centre { $centre }
centre-learners-heading = Apprenant·es
centre-learners-caption = { $count ->
    [one] Un·e apprenant·e
   *[other] { $count } apprenant·es
}
centre-no-learners = Aucun·e apprenant·e pour l’instant. Ajoutez-en ci-dessous, un par un ou depuis un fichier CSV.
centre-no-cohort = Aucun groupe
centre-never-signed-in = Jamais connecté·e
centre-last-sign-in = Dernière connexion
centre-actions = Actions
centre-reset-password = Nouveau mot de passe
centre-reset-password-for = Nouveau mot de passe pour { $name }
centre-add-learner-heading = Ajouter un·e apprenant·e
centre-add-learner = Ajouter l’apprenant·e
centre-import-heading = Importer des apprenant·es (CSV)
centre-import-intro = Un fichier CSV en UTF-8, une ligne par apprenant·e, avec les colonnes name (nom complet), username (nom d’utilisateur), et si vous voulez cohort (groupe) et password (mot de passe). Par exemple :
centre-import-file = Fichier CSV
centre-import-hint = Si une seule ligne a un problème, rien n’est importé : corrigez le fichier et envoyez-le de nouveau.
centre-import-nothing-imported = Rien n’a été importé. Corrigez ces lignes puis envoyez le fichier de nouveau :
centre-import = Importer
centre-cohorts-heading = Groupes
centre-no-cohorts = Aucun groupe pour l’instant.
centre-cohort-learners = { $count ->
    [one] un·e apprenant·e
   *[other] { $count } apprenant·es
}
centre-add-cohort = Ajouter le groupe

## Administration (admins only).

admin-title = Administration
admin-centres-heading = Centres
admin-centres-caption = Tous les centres
admin-no-centres = Aucun centre pour l’instant. Ajoutez le premier ci-dessous.
admin-cohorts = Groupes
admin-learners = Apprenant·es
admin-facilitators = Animateurs·rices
admin-add-centre-heading = Ajouter un centre
admin-add-centre = Ajouter le centre
admin-add-facilitator-heading = Ajouter un animateur ou une animatrice
admin-add-facilitator = Ajouter

## Mistakes in the forms above.

error-name-missing = Entrez le nom complet
error-name-too-long = Le nom doit faire au plus { $max } caractères
error-username-invalid = Le nom d’utilisateur doit faire de 3 à 32 caractères : lettres, chiffres, point, tiret ou tiret bas
error-username-taken = Le nom d’utilisateur « { $username } » est déjà pris : choisissez-en un autre
error-password-too-short = Le mot de passe doit faire au moins { $min } caractères
error-cohort-name-missing = Entrez le nom du groupe
error-cohort-name-taken = Ce centre a déjà un groupe nommé « { $name } »
error-cohort-unknown = Choisissez un groupe de la liste
error-centre-name-missing = Entrez le nom du centre
error-centre-name-taken = Un centre s’appelle déjà « { $name } »
error-centre-unknown = Choisissez un centre de la liste
import-error-no-file = Choisissez un fichier CSV
import-error-too-large = Le fichier est trop gros (au plus { $max } lignes)
import-error-not-utf8 = Le fichier n’est pas en UTF-8 : enregistrez-le en « CSV UTF-8 » et envoyez-le de nouveau
import-error-empty = Le fichier ne contient aucun·e apprenant·e
import-error-missing-column = La première ligne doit nommer la colonne « { $column } »
import-error-unknown-column = La colonne « { $column } » est inconnue : utilisez name, username, cohort et password
import-error-row = Ligne { $line } : la ligne est mal formée (guillemets ou nombre de colonnes)
import-error-name-missing = Ligne { $line } : le nom complet manque
import-error-name-too-long = Ligne { $line } : le nom doit faire au plus { $max } caractères
import-error-username-invalid = Ligne { $line } : le nom d’utilisateur « { $username } » n’est pas valable (3 à 32 lettres, chiffres, point, tiret ou tiret bas)
import-error-username-taken = Ligne { $line } : le nom d’utilisateur « { $username } » est déjà pris
import-error-username-repeated = Ligne { $line } : le nom d’utilisateur « { $username } » est déjà à la ligne { $first }
import-error-password-too-short = Ligne { $line } : le mot de passe doit faire au moins { $min } caractères
import-error-cohort-unknown = Ligne { $line } : ce centre n’a pas de groupe « { $cohort } » (créez-le d’abord)

## After an erasure, and the audit log of staff actions (admins only).

centre-notice-erased = Les données de l’apprenant·e ont été effacées.
audit-title = Journal des actions du personnel
audit-intro = Les dernières actions, les plus récentes d’abord (au plus { $limit }). Heures en temps universel (UTC).
audit-caption = Actions du personnel, de la plus récente à la plus ancienne
audit-when = Date (UTC)
audit-who = Par
audit-action = Action
audit-subject = Compte concerné
audit-details = Détails
audit-command-line = Ligne de commande
audit-none = Aucune action enregistrée pour l’instant.
audit-count = Nombre : { $count }
audit-action-learner-created = Apprenant·e ajouté·e
audit-action-facilitator-created = Animateur·rice ajouté·e
audit-action-admin-created = Administrateur·rice ajouté·e
audit-action-password-reset = Nouveau mot de passe
audit-action-learners-imported = Apprenant·es importé·es (CSV)
audit-action-learner-exported = Données d’un·e apprenant·e téléchargées
audit-action-learner-erased = Apprenant·e effacé·e
audit-action-demo-removed = Comptes de démonstration retirés

## A centre's practice transcripts (the AI assistant), and a learner's.

audit-action-practice-transcripts = Transcriptions de la pratique avec l’IA : réglage changé
centre-practice-heading = Pratique avec l’assistant IA
centre-practice-kept = Les demandes des apprenant·es de ce centre à l’assistant IA (sans leurs données personnelles) et ses réponses sont gardées : les animateurs·rices les lisent sur la page de chaque apprenant·e.
centre-practice-not-kept = Seul le nombre de demandes à l’assistant IA est noté, jamais leur texte.
centre-practice-keep = Garder les demandes et les réponses de la pratique avec l’IA
centre-practice-keep-hint = Pour accompagner les apprenant·es. Les données personnelles sont retirées avant l’envoi. Désactiver efface ce qui a été gardé.
centre-practice-save = Enregistrer ce réglage
centre-notice-practice-saved = Le réglage de la pratique avec l’IA est enregistré.
learner-practice-heading = Pratique avec l’assistant IA
learner-practice-caption = Demandes à l’assistant IA et réponses, les plus récentes en premier
learner-practice-prompt = Demande envoyée
learner-practice-answer = Réponse
