//! Sign-in cards: the username and password of people just added or whose password was just
//! reset, to print and hand out. Passwords are stored hashed, so this is the only time they
//! can be shown.

use super::page_title;
use crate::accounts::SignInCard;
use crate::context::use_request;
use leptos::prelude::*;

/// Filled by the handler that created the passwords.
#[derive(Clone, Debug, Default)]
pub struct CardsState {
    pub centre_name: String,
    pub cards: Vec<SignInCard>,
    /// The page to go back to.
    pub back_href: String,
}

#[component]
pub fn CardsPage(state: CardsState) -> impl IntoView {
    let request = use_request();
    let t = request.translator();
    let count = state.cards.len() as u32;
    let address = request.href("/sign-in");
    let cards = state
        .cards
        .into_iter()
        .map(|card| {
            view! {
                <li class="sign-in-card">
                    <h2>
                        <bdi>{card.display_name}</bdi>
                    </h2>
                    <dl>
                        <dt>{t.t("field-username")}</dt>
                        <dd>
                            <bdi translate="no">{card.username}</bdi>
                        </dd>
                        <dt>{t.t("field-password")}</dt>
                        // Generated passwords are digits and hyphens: kept left to right so
                        // the groups never swap places on an Arabic page.
                        <dd class="password" dir="ltr" translate="no">
                            {card.password}
                        </dd>
                    </dl>
                    <p class="card-centre">
                        <bdi>{state.centre_name.clone()}</bdi>
                        " · "
                        <span dir="ltr">{address.clone()}</span>
                    </p>
                </li>
            }
        })
        .collect_view();
    view! {
        {page_title(t, &t.t("cards-title"))}
        <h1>{t.t("cards-title")}</h1>
        <div class="notice no-print" role="status">
            <p>{t.t_with("cards-created", &[("count", count.into())])}</p>
            <p>{t.t("cards-print-now")}</p>
        </div>
        <ul class="sign-in-cards" role="list">{cards}</ul>
        <p class="no-print">
            <a href=state.back_href>{t.t("cards-back")}</a>
        </p>
    }
}
