use super::page_title;
use super::practice::{PracticeSection, PracticeState};
use super::quiz::QuizForm;
use super::refused::{Refused, RefusedPage};
use crate::catalog::{InLocale, LessonAt, TranslationStatus};
use crate::components::forms::CsrfField;
use crate::components::text::in_language;
use crate::context::use_request;
use crate::forms::FormErrors;
use crate::progress::{LessonProgress, QuizResult, Responses};
use leptos::prelude::*;

/// What the lesson page shows beyond the lesson.
#[derive(Clone, Debug, Default)]
pub struct LessonState {
    /// The quiz form's one-time token, so a resubmitted form counts once.
    pub attempt_token: String,
    /// The signed-in learner's progress on this lesson.
    pub progress: Option<LessonProgress>,
    /// The answers to show again (after a submission).
    pub responses: Responses,
    /// Unanswered questions, by their first control's id.
    pub errors: FormErrors,
    pub result: Option<QuizResult>,
    /// The practice block a prompt was just sent to, with its answer.
    pub practice: Option<PracticeState>,
}

/// One lesson: its text in the learner's language (or the course's fallback, with a
/// notice), and links to the previous and next lessons.
#[component]
pub fn LessonPage(at: LessonAt, state: LessonState) -> impl IntoView {
    let request = use_request();
    let t = request.translator();
    let locale = request.locale;
    let (course, lesson, position) = (at.course(), at.lesson(), at.position());
    let (Some(version), Some(course_title)) =
        (at.version_in(locale), course.pick(&course.title, locale))
    else {
        return view! { <RefusedPage refused=Refused::NotFound/> }.into_any();
    };
    let content = version.locale;
    // A link to the lesson at `index` (if any), as the item `rel` ("prev" or "next").
    let neighbour = |index: Option<usize>, rel: &'static str, direction: String| {
        let other = course.lessons.get(index?)?;
        let title = course.pick(&other.versions, locale)?;
        let title = InLocale {
            locale: title.locale,
            value: &title.value.title,
        };
        let href = request.href(&format!("/courses/{}/{}", course.id, other.id));
        Some(view! {
            <li class=rel>
                <a href=href rel=rel>
                    <span class="direction">{direction}</span>
                    " "
                    {in_language(title, locale)}
                </a>
            </li>
        })
    };
    let lesson_href = request.href(&format!("/courses/{}/{}", course.id, lesson.id));
    let status = state.progress.map(|progress| {
        let text = if progress.completed {
            t.t("lesson-status-completed")
        } else {
            t.t("lesson-status-started")
        };
        let best = progress.best_score.map(|best| {
            view! { " " {t.t_with("lesson-best-score", &[("percent", best.into())])} }
        });
        view! {
            <p class="lesson-status" lang=locale.tag() dir=locale.dir()>
                <strong>{text}</strong>
                {best}
            </p>
        }
    });
    let quiz_or_done = match version.value.quiz.clone() {
        Some(quiz) => view! {
            <QuizForm quiz=quiz action=format!("{lesson_href}/quiz") content_locale=content state=state.clone()/>
        }
        .into_any(),
        None => {
            let done = state.progress.is_some_and(|p| p.completed);
            (request.viewer().is_some() && !done)
                .then(|| {
                    view! {
                        <form method="post" action=format!("{lesson_href}/done") class="stacked">
                            <CsrfField/>
                            <button type="submit">{t.t("lesson-mark-done")}</button>
                        </form>
                    }
                })
                .into_any()
        }
    };
    let previous = neighbour(position.checked_sub(1), "prev", t.t("lesson-previous"));
    let next = neighbour(Some(position + 1), "next", t.t("lesson-next"));
    let fallback_notice = (content != locale).then(|| {
        view! {
            <p class="notice">
                {t.t_with("lesson-fallback-notice", &[("shown", content.tag().into())])}
            </p>
        }
    });
    let draft_notice = (version.value.translation == TranslationStatus::Draft).then(|| {
        view! { <p class="notice">{t.t("lesson-draft-notice")}</p> }
    });
    let objectives = (!version.value.objectives.is_empty()).then(|| {
        let items = version
            .value
            .objectives
            .iter()
            .map(|objective| view! { <li>{objective.clone()}</li> })
            .collect_view();
        view! {
            <section class="objectives" aria-labelledby="objectives-heading">
                <h2 id="objectives-heading" lang=locale.tag() dir=locale.dir()>
                    {t.t("lesson-objectives-heading")}
                </h2>
                <ul>{items}</ul>
            </section>
        }
    });
    // The recorded reading: its transcript is the lesson text right below it.
    let narration = version.value.narration.clone().map(|src| {
        view! {
            <figure class="narration">
                <figcaption lang=locale.tag() dir=locale.dir()>{t.t("lesson-narration-caption")}</figcaption>
                <audio controls preload="none" src=src></audio>
            </figure>
        }
    });
    // Each practice block, then the lesson text that follows it.
    let practice = version
        .value
        .practice
        .iter()
        .map(|block| {
            let sent = state.practice.clone().filter(|p| p.block == block.id);
            view! {
                <PracticeSection
                    practice=block.clone()
                    lesson_href=lesson_href.clone()
                    state=sent
                />
                <div class="lesson-body" inner_html=block.html_after.clone()></div>
            }
        })
        .collect_view();
    view! {
        {page_title(t, &version.value.title)}
        <nav aria-label=t.t("breadcrumb-label") class="breadcrumbs">
            <ol>
                <li>
                    <a href=request.href("/")>{t.t("breadcrumb-home")}</a>
                </li>
                <li>
                    <a href=request.href(&format!("/courses/{}", course.id))>
                        {in_language(course_title, locale)}
                    </a>
                </li>
            </ol>
        </nav>
        {fallback_notice}
        <article class="lesson" lang=content.tag() dir=content.dir()>
            <h1>{version.value.title.clone()}</h1>
            <p class="meta" lang=locale.tag() dir=locale.dir()>
                {t.t_with("duration-minutes", &[("count", version.value.minutes.into())])}
            </p>
            {status}
            {draft_notice.map(|notice| view! { <div lang=locale.tag() dir=locale.dir()>{notice}</div> })}
            {objectives}
            {narration}
            <div class="lesson-body" inner_html=version.value.html.clone()></div>
            {practice}
        </article>
        {quiz_or_done}
        <nav aria-label=t.t("lesson-nav-label") class="pager">
            <ul>{previous} {next}</ul>
        </nav>
    }
    .into_any()
}
