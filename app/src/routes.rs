//! The HTML document around every page, and which page answers which path.

use crate::components::layout::Layout;
use crate::context::{use_request, use_site, RequestContext};
use crate::pages::{
    admin::AdminPage,
    audit::AuditPage,
    cards::CardsPage,
    centre::CentrePage,
    certificate::CertificatePage,
    course::CoursePage,
    home::HomePage,
    impact::ImpactPage,
    lesson::LessonPage,
    not_found::NotFound,
    preferences::PreferencesPage,
    reports::{LearnerReportPage, ProgressReportPage, QuestionsReportPage},
    sign_in::SignInPage,
};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::components::{Outlet, ParentRoute, Route, Router, Routes};
use leptos_router::{ParamSegment, StaticSegment};

/// The whole HTML document. `lang`, `dir` and the text size are set here, on the server,
/// so the first paint is already right (no flash, nothing to wait for).
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let site = use_site();
    let request = use_context::<http::request::Parts>()
        .map(|parts| RequestContext::from_request(&parts, &site))
        .expect("leptos_axum provides the request parts while rendering");
    provide_context(request.clone());
    view! {
        <!DOCTYPE html>
        <html
            lang=request.locale.tag()
            dir=request.locale.dir()
            data-text-size=request.preferences.text_size.as_str()
            data-theme=request.preferences.theme.as_str()
            data-motion=request.preferences.motion.as_str()
        >
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light dark"/>
                {site.stylesheet.map(|href| view! { <link rel="stylesheet" href=href.to_string()/> })}
                {site
                    .favicon
                    .map(|href| view! { <link rel="icon" type="image/svg+xml" href=href.to_string()/> })}
                <HydrationScripts options islands=true/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router>
            <Routes fallback=|| view! { <Layout><NotFound/></Layout> }>
                <ParentRoute path=ParamSegment("lang") view=LocaleLayout>
                    <Route path=StaticSegment("") view=HomePage/>
                    <Route path=(StaticSegment("courses"), ParamSegment("course")) view=CoursePage/>
                    <Route
                        path=(StaticSegment("courses"), ParamSegment("course"), ParamSegment("lesson"))
                        view=LessonPage
                    />
                    // These and the pages above are rendered by handlers in the server
                    // (`server/src/http/`), which check who may see them and provide what
                    // they show (progress, forms' errors) in context.
                    <Route path=StaticSegment("sign-in") view=SignInPage/>
                    <Route path=StaticSegment("preferences") view=PreferencesPage/>
                    <Route path=StaticSegment("admin") view=AdminPage/>
                    <Route path=(StaticSegment("admin"), StaticSegment("audit")) view=AuditPage/>
                    <Route path=(StaticSegment("centres"), ParamSegment("centre")) view=CentrePage/>
                    <Route
                        path=(StaticSegment("centres"), ParamSegment("centre"), StaticSegment("cards"))
                        view=CardsPage
                    />
                    <Route path=(StaticSegment("reports"), StaticSegment("impact")) view=ImpactPage/>
                    <Route
                        path=(StaticSegment("certificates"), ParamSegment("course"))
                        view=CertificatePage
                    />
                    <Route
                        path=(StaticSegment("centres"), ParamSegment("centre"), StaticSegment("progress"))
                        view=ProgressReportPage
                    />
                    <Route
                        path=(StaticSegment("centres"), ParamSegment("centre"), StaticSegment("questions"))
                        view=QuestionsReportPage
                    />
                    <Route
                        path=(
                            StaticSegment("centres"),
                            ParamSegment("centre"),
                            StaticSegment("learners"),
                            ParamSegment("user"),
                        )
                        view=LearnerReportPage
                    />
                </ParentRoute>
            </Routes>
        </Router>
    }
}

/// Every page lives under its language (`/ar/…`); any other first segment is not a page.
#[component]
fn LocaleLayout() -> impl IntoView {
    let request = use_request();
    view! {
        <Layout>
            {if request.path_has_locale {
                view! { <Outlet/> }.into_any()
            } else {
                view! { <NotFound/> }.into_any()
            }}
        </Layout>
    }
}
