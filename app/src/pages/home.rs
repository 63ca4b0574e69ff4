use super::page_title;
use crate::catalog::Catalog;
use crate::components::text::in_language;
use crate::context::use_request;
use crate::progress::LearnerProgress;
use leptos::prelude::*;
use std::sync::Arc;

/// The "continue where you stopped" link, first on a signed-in learner's home page.
fn continue_link(catalog: &Catalog, progress: &LearnerProgress) -> impl IntoView {
    let request = use_request();
    let t = request.translator();
    let Some(link) = &progress.continue_to else {
        return view! { <p class="continue">{t.t("home-all-done")}</p> }.into_any();
    };
    let Some(title) = catalog.lesson_in(&link.course_id, &link.lesson_id, request.locale) else {
        return ().into_any();
    };
    let title = crate::catalog::InLocale {
        locale: title.locale,
        value: &title.value.title,
    };
    let label = if link.started {
        t.t("home-continue")
    } else {
        t.t("home-start")
    };
    view! {
        <p class="continue">
            <a href=request.href(&format!("/courses/{}/{}", link.course_id, link.lesson_id))>
                <span class="direction">{label}</span>
                " "
                {in_language(title, request.locale)}
            </a>
        </p>
    }
    .into_any()
}

/// The course list; for a signed-in learner, with where they stand (`learner`).
#[component]
pub fn HomePage(catalog: Arc<Catalog>, learner: Option<LearnerProgress>) -> impl IntoView {
    let request = use_request();
    let t = request.translator();
    let locale = request.locale;
    let resume = learner.as_ref().map(|learner| {
        view! {
            {continue_link(&catalog, learner)}
            <p class="my-cv">
                <a href=request.href("/cv")>{t.t("home-my-cv")}</a>
            </p>
        }
    });
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
            let progress_id = format!("progress-{}", course.id);
            let progress = learner
                .as_ref()
                .and_then(|p| p.courses.get(&course.id).copied())
                .map(|p| {
                    let certificate = p.passed.then(|| {
                        view! {
                            <p>
                                <strong>{t.t("home-course-completed")}</strong>
                                " "
                                <a href=request.href(&format!("/certificates/{}", course.id))>
                                    {t.t("home-certificate")}
                                </a>
                            </p>
                        }
                    });
                    view! {
                        <p class="course-progress">
                            <span id=progress_id.clone()>
                                {t.t_with(
                                    "home-lessons-completed",
                                    &[("done", p.completed.into()), ("count", p.total.into())],
                                )}
                            </span>
                            " "
                            <progress
                                max=p.total
                                value=p.completed
                                aria-labelledby=progress_id.clone()
                            ></progress>
                        </p>
                        {certificate}
                    }
                });
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
                    {progress}
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
        {resume}
        {list}
    }
}
