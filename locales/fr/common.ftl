## Shared by every page: the frame, the language and text-size controls.

site-name = Tifawt
page-title = { $page } — Tifawt
skip-to-content = Aller au contenu principal
language-nav-label = Langue
text-size-legend = Taille du texte
text-size-normal = Normale
text-size-large = Grande
text-size-larger = Très grande
footer-about = Tifawt : des cours courts et accessibles pour apprendre l’intelligence artificielle et le numérique, en arabe, en tamazight et en français.
breadcrumb-label = Fil d’Ariane
breadcrumb-home = Cours
duration-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}

## Pages that do not exist.

not-found-title = Page introuvable
not-found-body = Cette adresse ne correspond à aucune page. Elle a peut-être été mal recopiée, ou la page a été déplacée.
not-found-home-link = Voir la liste des cours

form-expired-title = Formulaire expiré
form-expired-body = Ce formulaire n’est plus valable. Revenez en arrière, rechargez la page, puis recommencez.
unavailable-title = Service momentanément indisponible
unavailable-body = Tifawt ne peut pas joindre sa base de données. Revenez en arrière et réessayez dans une minute : ce que vous avez saisi est toujours dans le formulaire.
