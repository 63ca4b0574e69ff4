use super::page_title;
use super::refused::{Refused, RefusedPage};
use crate::catalog::{CourseAt, InLocale};
use crate::components::text::in_language;
use crate::context::use_request;
use crate::progress::LessonStatuses;
use leptos::prelude::*;

/// One course: its summary and its lessons in order; for a signed-in learner, with each
/// lesson's status (`statuses`).
#[component]
pub fn CoursePage(at: CourseAt, statuses: Option<LessonStatuses>) -> impl IntoView {
    let request = use_request();
    let t = request.translator();
    let locale = request.locale;
    let course = at.course();
    let (Some(title), Some(summary)) = (
        course.pick(&course.title, locale),
        course.pick(&course.summary, locale),
    ) else {
        return view! { <RefusedPage refused=Refused::NotFound/> }.into_any();
    };
    let lessons = course
        .lessons
        .iter()
        .filter_map(|lesson| {
            // In words, not only a colour or an icon.
            let status = statuses.as_ref().and_then(|s| s.0.get(&lesson.id)).map(|completed| {
                let (class, key) = if *completed {
                    ("lesson-done", "lesson-status-completed")
                } else {
                    ("lesson-started", "lesson-status-started")
                };
                view! { " " <strong class=class>{t.t(key)}</strong> }
            });
            let version = course.pick(&lesson.versions, locale)?;
            let title = InLocale { locale: version.locale, value: &version.value.title };
            Some(view! {
                <li>
                    <a href=request.href(&format!("/courses/{}/{}", course.id, lesson.id))>
                        {in_language(title, locale)}
                    </a>
                    " "
                    <span class="meta">
                        "("{t.t_with("duration-minutes", &[("count", version.value.minutes.into())])}")"
                    </span>
                    {status}
                </li>
            })
        })
        .collect_view();
    let competences = course.pick(&course.competences, locale).map(|list| {
        let items = list
            .value
            .iter()
            .map(|c| view! { <li>{c.clone()}</li> })
            .collect_view();
        view! {
            <section aria-labelledby="competences-heading">
                <h2 id="competences-heading">{t.t("course-competences-heading")}</h2>
                <ul lang=list.locale.tag() dir=list.locale.dir()>{items}</ul>
            </section>
        }
    });
    let pass_mark = t.t_with("course-pass-mark", &[("percent", course.pass_mark.into())]);
    view! {
        {page_title(t, title.value)}
        <nav aria-label=t.t("breadcrumb-label") class="breadcrumbs">
            <ol>
                <li>
                    <a href=request.href("/")>{t.t("breadcrumb-home")}</a>
                </li>
            </ol>
        </nav>
        <h1>{in_language(title, locale)}</h1>
        <p class="lead">{in_language(summary, locale)}</p>
        {competences}
        <h2>{t.t("course-lessons-heading")}</h2>
        <ol class="lessons">{lessons}</ol>
        <p class="meta">{pass_mark}</p>
    }
    .into_any()
}
