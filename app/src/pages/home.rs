use super::page_title;
use crate::components::text::in_language;
use crate::context::{use_request, use_site};
use leptos::prelude::*;

/// The course list.
#[component]
pub fn HomePage() -> impl IntoView {
    let request = use_request();
    let site = use_site();
    let t = request.translator();
    let locale = request.locale;
    let catalog = site.catalog.current();
    let courses = catalog
        .courses
        .iter()
        .filter_map(|course| {
            let title = course.pick(&course.title, locale)?;
            let summary = course.pick(&course.summary, locale)?;
            let minutes: u32 = course
                .lessons
                .iter()
                .map(|l| l.minutes_in(course, locale))
                .sum();
            let lessons = course.lessons.len() as u32;
            Some(view! {
                <li class="card">
                    <h2>
                        <a href=request.href(&format!("/courses/{}", course.id))>
                            {in_language(title, locale)}
                        </a>
                    </h2>
                    <p>{in_language(summary, locale)}</p>
                    <p class="meta">
                        {t.t_with("course-lessons", &[("count", lessons.into())])} " · "
                        {t.t_with("duration-minutes", &[("count", minutes.into())])}
                    </p>
                </li>
            })
        })
        .collect::<Vec<_>>();
    let list = if courses.is_empty() {
        view! { <p>{t.t("home-no-courses")}</p> }.into_any()
    } else {
        view! { <ul class="cards" role="list">{courses}</ul> }.into_any()
    };
    view! {
        {page_title(t, &t.t("home-title"))}
        <h1>{t.t("home-heading")}</h1>
        <p class="lead">{t.t("home-intro")}</p>
        {list}
    }
}
