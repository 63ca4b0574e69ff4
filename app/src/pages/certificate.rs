//! A printable certificate for a completed course: the learner's name, the course, the
//! date and the centre.

use super::page_title;
use crate::components::text::in_language;
use crate::context::{use_request, use_site};
use leptos::prelude::*;

/// Filled by the handler, only for a course the signed-in learner completed.
#[derive(Clone, Debug, Default)]
pub struct CertificateState {
    pub learner_name: String,
    pub course_id: String,
    /// `YYYY-MM-DD`.
    pub completed_on: String,
    pub centre_name: Option<String>,
}

#[component]
pub fn CertificatePage() -> impl IntoView {
    let request = use_request();
    let site = use_site();
    let t = request.translator();
    let state = use_context::<CertificateState>().unwrap_or_default();
    let catalog = site.catalog.current();
    let course_title = catalog.course(&state.course_id).and_then(|c| {
        c.pick(&c.title, request.locale)
            .map(|title| in_language(title, request.locale))
    });
    view! {
        {page_title(t, &t.t("certificate-title"))}
        <article class="certificate">
            <h1>{t.t("certificate-title")}</h1>
            <p>{t.t("certificate-awarded-to")}</p>
            <p class="certificate-name">
                <bdi>{state.learner_name.clone()}</bdi>
            </p>
            <p>{t.t("certificate-for-completing")}</p>
            <p class="certificate-course">{course_title}</p>
            <dl>
                <dt>{t.t("certificate-date")}</dt>
                <dd>
                    <time datetime=state.completed_on.clone()>{state.completed_on.clone()}</time>
                </dd>
                {state
                    .centre_name
                    .clone()
                    .map(|centre| {
                        view! {
                            <dt>{t.t("field-centre")}</dt>
                            <dd>
                                <bdi>{centre}</bdi>
                            </dd>
                        }
                    })}
            </dl>
            <p class="certificate-issuer">{t.t("site-name")}</p>
        </article>
        <p class="no-print">{t.t("certificate-print")}</p>
    }
}
