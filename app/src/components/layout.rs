//! The frame of every page: skip link, header with language and text-size controls, the
//! main landmark, and the footer.

use crate::components::forms::CsrfField;
use crate::context::use_request;
use crate::i18n::Locale;
use crate::islands::{SessionTimeout, TextSizeControl};
use crate::viewer::Role;
use leptos::prelude::*;
use leptos_meta::Link;

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let request = use_request();
    let t = request.translator();
    let text_size_labels = vec![
        t.t("text-size-normal"),
        t.t("text-size-large"),
        t.t("text-size-larger"),
    ];
    view! {
        <a class="skip-link" href="#main">{t.t("skip-to-content")}</a>
        <header class="site-header">
            <a class="brand" href=request.href("/")>{t.t("site-name")}</a>
            <AccountNav/>
            <LanguageSwitcher/>
            <TextSizeControl
                current=request.preferences.text_size
                legend=t.t("text-size-legend")
                labels=text_size_labels
                return_to=request.path_in(request.locale)
                csrf_token=request.csrf_token()
            />
        </header>
        {request
            .viewer()
            .map(|_| {
                // Two minutes' warning, or half the time for very short sessions.
                let idle = request.visitor.idle_minutes * 60;
                let warn = (idle / 2).min(120);
                view! {
                    <SessionTimeout
                        idle_seconds=idle
                        warn_seconds=warn
                        csrf_token=request.csrf_token()
                        warning=t
                            .t_with("session-timeout-warning", &[("minutes", warn.div_ceil(60).into())])
                        stay_label=t.t("session-stay-signed-in")
                        extended=t.t("session-extended")
                    />
                }
            })}
        <main id="main" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <p>{t.t("footer-about")}</p>
        </footer>
    }
}

/// Who is signed in, the pages their role opens, and the sign-out button; or the sign-in
/// link. Sign-out comes early in the tab order, so leaving a shared computer is quick.
#[component]
fn AccountNav() -> impl IntoView {
    let request = use_request();
    let t = request.translator();
    let link = |rest: &str, key: &str| {
        let href = request.href(rest);
        let current = (request.path_rest == rest).then_some("page");
        view! {
            <li>
                <a href=href aria-current=current>{t.t(key)}</a>
            </li>
        }
    };
    let content = match request.viewer() {
        Some(viewer) => {
            let role_link = match viewer.role {
                Role::Learner => Some(link("/cv", "nav-my-cv")),
                Role::Facilitator => viewer
                    .centre_id
                    .map(|id| link(&format!("/centres/{id}"), "nav-my-centre")),
                Role::Admin => Some(link("/admin", "nav-admin")),
            };
            view! {
                <p class="signed-in-as">
                    {t.t("signed-in-as")} " " <bdi>{viewer.display_name.clone()}</bdi>
                </p>
                <ul>
                    {role_link}
                    {link("/preferences", "nav-preferences")}
                    <li>
                        <form method="post" action="/sign-out" class="sign-out">
                            <CsrfField/>
                            <input type="hidden" name="locale" value=request.locale.tag()/>
                            <button type="submit">{t.t("sign-out")}</button>
                        </form>
                    </li>
                </ul>
            }
            .into_any()
        }
        None => view! {
            <ul>
                {link("/sign-in", "sign-in")}
                {link("/preferences", "nav-preferences")}
            </ul>
        }
        .into_any(),
    };
    view! {
        <nav class="account" aria-label=t.t("account-nav-label")>
            {content}
        </nav>
    }
}

/// Links to this page in every language, each named in its own language, plus the matching
/// `<link rel="alternate" hreflang>` for search engines and browsers.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let request = use_request();
    let alternates = request.path_has_locale.then(|| {
        Locale::ALL
            .map(|locale| {
                view! { <Link rel="alternate" hreflang=locale.tag() href=request.path_in(locale)/> }
            })
            .collect_view()
    });
    let links = Locale::ALL
        .map(|locale| {
            let current = (locale == request.locale).then_some("true");
            view! {
                <li>
                    <a
                        href=request.path_in(locale)
                        hreflang=locale.tag()
                        lang=locale.tag()
                        dir=locale.dir()
                        aria-current=current
                    >
                        {locale.own_name()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        {alternates}
        <nav class="languages" aria-label=request.translator().t("language-nav-label")>
            <ul>{links}</ul>
        </nav>
    }
}
