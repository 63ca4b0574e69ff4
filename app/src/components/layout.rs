//! The frame of every page: skip link, header with language and text-size controls, the
//! main landmark, and the footer.

use crate::context::use_request;
use crate::i18n::{Locale, Translator};
use crate::islands::TextSizeControl;
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
            <LanguageSwitcher/>
            <TextSizeControl
                current=request.text_size
                legend=t.t("text-size-legend")
                labels=text_size_labels
                return_to=request.path_in(request.locale)
            />
        </header>
        <main id="main" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <p>{t.t("footer-about")}</p>
        </footer>
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
                        {Translator(locale).t("language-name")}
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
