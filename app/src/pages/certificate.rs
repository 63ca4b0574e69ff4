//! A printable certificate for a completed course: the learner's name, the course, the
//! date and the centre.

use super::page_title;
use crate::catalog::CourseAt;
use crate::components::text::in_language;
use crate::context::use_request;
use leptos::prelude::*;

/// Only ever made for a course the signed-in learner completed.
#[derive(Clone, Debug)]
pub struct Certificate {
    pub learner_name: String,
    pub course: CourseAt,
    /// `YYYY-MM-DD`.
    pub completed_on: String,
    pub centre_name: Option<String>,
}

#[component]
pub fn CertificatePage(certificate: Certificate) -> impl IntoView {
    let request = use_request();
    let t = request.translator();
    let course = certificate.course.course();
    let course_title = course
        .pick(&course.title, request.locale)
        .map(|title| in_language(title, request.locale));
    view! {
        {page_title(t, &t.t("certificate-title"))}
        <article class="certificate">
            <h1>{t.t("certificate-title")}</h1>
            <p>{t.t("certificate-awarded-to")}</p>
            <p class="certificate-name">
                <bdi>{certificate.learner_name.clone()}</bdi>
            </p>
            <p>{t.t("certificate-for-completing")}</p>
            <p class="certificate-course">{course_title}</p>
            <dl>
                <dt>{t.t("certificate-date")}</dt>
                <dd>
                    <time datetime=certificate.completed_on.clone()>{certificate.completed_on.clone()}</time>
                </dd>
                {certificate
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
