//! Facilitator reports for one centre: progress of every learner (learners × lessons), one
//! learner's detail, and the analysis of every quiz question. Every table has a caption,
//! row and column headers, states in words, and a CSV download.

use super::page_title;
use crate::catalog::{Catalog, InLocale};
use crate::components::forms::{CsrfField, ErrorSummary, TextField};
use crate::components::table::{column_headers, scroll_table};
use crate::components::text::in_language;
use crate::context::{use_request, use_site, RequestContext};
use crate::forms::FormState;
use crate::reports::{AttemptRow, LearnerProgressRow, LessonCell, LessonDetailRow, QuestionRow};
use leptos::prelude::*;

/// `/{lang}/centres/{id}/progress`.
#[derive(Clone, Debug, Default)]
pub struct ProgressReportState {
    pub centre_id: i32,
    pub centre_name: String,
    pub cohorts: Vec<(i32, String)>,
    pub cohort: Option<i32>,
    /// (course, lesson) in catalog order: the columns.
    pub lessons: Vec<(String, String)>,
    pub rows: Vec<LearnerProgressRow>,
}

/// A lesson's title in the page's language (or its fallback), as view.
pub fn lesson_title(
    catalog: &Catalog,
    request: &RequestContext,
    course: &str,
    lesson: &str,
) -> AnyView {
    match catalog.lesson_in(course, lesson, request.locale) {
        Some(title) => in_language(
            InLocale {
                locale: title.locale,
                value: &title.value.title,
            },
            request.locale,
        ),
        None => format!("{course}/{lesson}").into_any(),
    }
}

pub(crate) fn report_links(request: &RequestContext, centre_id: i32) -> impl IntoView {
    let t = request.translator();
    let base = request.href(&format!("/centres/{centre_id}"));
    let current = |rest: &str| {
        (request
            .path_rest
            .starts_with(&format!("/centres/{centre_id}{rest}")))
        .then_some("page")
    };
    view! {
        <nav class="report-nav" aria-label=t.t("report-nav-label")>
            <ul>
                <li><a href=base.clone()>{t.t("report-nav-learners")}</a></li>
                <li><a href=format!("{base}/progress") aria-current=current("/progress")>{t.t("report-nav-progress")}</a></li>
                <li><a href=format!("{base}/questions") aria-current=current("/questions")>{t.t("report-nav-questions")}</a></li>
                <li><a href=request.href("/reports/impact")>{t.t("report-nav-impact")}</a></li>
            </ul>
        </nav>
    }
}

#[component]
pub fn ProgressReportPage(state: ProgressReportState) -> impl IntoView {
    let request = use_request();
    let site = use_site();
    let t = request.translator();
    let catalog = site.catalog.current();
    let base = request.href(&format!("/centres/{}", state.centre_id));
    let rows = state
        .rows
        .iter()
        .map(|row| {
            let cells = row
                .cells
                .iter()
                .map(|cell| {
                    let class = match cell {
                        LessonCell::NotStarted => "cell-not-started",
                        LessonCell::Started => "cell-started",
                        LessonCell::Completed { .. } => "cell-completed",
                    };
                    view! { <td class=class>{cell.text(t)}</td> }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">
                        <a href=format!("{base}/learners/{}", row.user_id)>
                            <bdi>{row.display_name.clone()}</bdi>
                        </a>
                    </th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let selected = state.cohort.map(|c| c.to_string()).unwrap_or_default();
    let cohort_options = state
        .cohorts
        .iter()
        .map(|(id, name)| {
            let value = id.to_string();
            let is_selected = value == selected;
            view! { <option value=value selected=is_selected>{name.clone()}</option> }
        })
        .collect_view();
    let csv_href = match state.cohort {
        Some(cohort) => format!("{base}/progress?cohort={cohort}&format=csv"),
        None => format!("{base}/progress?format=csv"),
    };
    let title = t.t_with(
        "report-progress-title",
        &[("centre", state.centre_name.clone().into())],
    );
    let table = if state.rows.is_empty() {
        view! { <p>{t.t("report-no-learners")}</p> }.into_any()
    } else {
        // Lesson titles keep their own language when shown in a fallback one.
        let columns = view! {
            <th scope="col">{t.t("field-display-name")}</th>
            {state
                .lessons
                .iter()
                .map(|(course, lesson)| {
                    view! { <th scope="col">{lesson_title(&catalog, &request, course, lesson)}</th> }
                })
                .collect_view()}
        };
        let caption = t.t_with(
            "report-progress-caption",
            &[("count", (state.rows.len() as u32).into())],
        );
        scroll_table("progress", caption, columns, rows).into_any()
    };
    view! {
        {page_title(t, &title)}
        <h1>{title.clone()}</h1>
        {report_links(&request, state.centre_id)}
        <form method="get" action=format!("{base}/progress") class="filter">
            <label for="cohort">{t.t("field-cohort")}</label>
            <select id="cohort" name="cohort">
                <option value="">{t.t("report-all-cohorts")}</option>
                {cohort_options}
            </select>
            <button type="submit">{t.t("report-filter")}</button>
        </form>
        {table}
        <p><a href=csv_href download>{t.t("report-download-csv")}</a></p>
    }
}

/// `/{lang}/centres/{id}/learners/{user}`.
#[derive(Clone, Debug, Default)]
pub struct LearnerReportState {
    pub centre_id: i32,
    pub user_id: i32,
    pub display_name: String,
    pub username: String,
    pub cohort: Option<String>,
    pub last_active: Option<String>,
    pub lessons: Vec<LessonDetailRow>,
    pub attempts: Vec<AttemptRow>,
    /// The learner's CVs: counted here; only those they share are named and linked.
    pub cvs: Vec<crate::cv::CvHeader>,
    /// The erase form, as posted (a username that does not match).
    pub erase: FormState,
    /// Their practice with the AI assistant, newest first, kept while the centre keeps it.
    pub practice: Vec<PracticeRow>,
}

/// A prompt a learner sent to a practice block (as sent: personal data taken out), and the
/// answer.
#[derive(Clone, Debug)]
pub struct PracticeRow {
    pub course_id: String,
    pub lesson_id: String,
    pub block_id: String,
    /// `YYYY-MM-DD`.
    pub day: String,
    pub prompt: String,
    pub answer: String,
}

#[component]
pub fn LearnerReportPage(state: LearnerReportState) -> impl IntoView {
    let request = use_request();
    let site = use_site();
    let t = request.translator();
    let catalog = site.catalog.current();
    let yes_no = |value: bool| {
        if value {
            t.t("report-yes")
        } else {
            t.t("report-no")
        }
    };
    let lessons = state
        .lessons
        .iter()
        .map(|l| {
            view! {
                <tr>
                    <th scope="row">{lesson_title(&catalog, &request, &l.course_id, &l.lesson_id)}</th>
                    <td><time datetime=l.first_opened.clone()>{l.first_opened.clone()}</time></td>
                    <td><time datetime=l.last_active.clone()>{l.last_active.clone()}</time></td>
                    <td>{l.completed.clone().unwrap_or_else(|| t.t("report-no"))}</td>
                    <td>{l.best.map(|b| format!("{b} %")).unwrap_or_else(|| "—".into())}</td>
                    <td>{l.latest.map(|b| format!("{b} %")).unwrap_or_else(|| "—".into())}</td>
                    <td>{t.t_with("report-minutes", &[("count", l.minutes.into())])}</td>
                </tr>
            }
        })
        .collect_view();
    let attempts = state
        .attempts
        .iter()
        .map(|a| {
            let answers = a
                .answers
                .iter()
                .map(|(question, response, correct)| {
                    view! {
                        <li>
                            <code>{question.clone()}</code> ": " <bdi>{response.clone()}</bdi> " — "
                            {if *correct { t.t("quiz-question-right") } else { t.t("quiz-question-wrong") }}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{lesson_title(&catalog, &request, &a.course_id, &a.lesson_id)}</th>
                    <td><time datetime=a.submitted.clone()>{a.submitted.clone()}</time></td>
                    <td>{format!("{} %", a.score)}</td>
                    <td>{yes_no(a.passed)}</td>
                    <td><ul class="answers">{answers}</ul></td>
                </tr>
            }
        })
        .collect_view();
    let title = state.display_name.clone();
    let base = request.href(&format!(
        "/centres/{}/learners/{}",
        state.centre_id, state.user_id
    ));
    view! {
        {page_title(t, &title)}
        <ErrorSummary errors=state.erase.errors.clone()/>
        <h1><bdi>{title.clone()}</bdi></h1>
        {report_links(&request, state.centre_id)}
        <dl class="facts">
            <dt>{t.t("field-username")}</dt>
            <dd><bdi translate="no">{state.username.clone()}</bdi></dd>
            <dt>{t.t("field-cohort")}</dt>
            <dd>{state.cohort.clone().unwrap_or_else(|| t.t("centre-no-cohort"))}</dd>
            <dt>{t.t("report-last-activity")}</dt>
            <dd>{state.last_active.clone().unwrap_or_else(|| t.t("report-never"))}</dd>
            <dt>{t.t("learner-cvs")}</dt>
            <dd>
                {if state.cvs.is_empty() {
                    t.t("learner-cvs-none")
                } else {
                    let complete = state.cvs.iter().filter(|cv| cv.complete).count() as i64;
                    t.t_with(
                        "learner-cvs-count",
                        &[("count", (state.cvs.len() as i64).into()), ("complete", complete.into())],
                    )
                }}
            </dd>
        </dl>
        {shared_cvs(&state, &base)}
        <h2 id="lessons-heading">{t.t("report-lessons-heading")}</h2>
        {if state.lessons.is_empty() {
            view! { <p>{t.t("report-no-activity")}</p> }.into_any()
        } else {
            scroll_table(
                "lessons",
                t.t("report-lessons-caption"),
                column_headers(vec![
                    t.t("report-lesson"),
                    t.t("report-first-opened"),
                    t.t("report-last-activity"),
                    t.t("report-completed-on"),
                    t.t("report-best"),
                    t.t("report-latest"),
                    t.t("report-time-spent"),
                ]),
                lessons,
            )
            .into_any()
        }}
        <h2 id="attempts-heading">{t.t("report-attempts-heading")}</h2>
        {if state.attempts.is_empty() {
            view! { <p>{t.t("report-no-attempts")}</p> }.into_any()
        } else {
            scroll_table(
                "attempts",
                t.t("report-attempts-caption"),
                column_headers(vec![
                    t.t("report-lesson"),
                    t.t("report-submitted"),
                    t.t("report-score"),
                    t.t("report-passed"),
                    t.t("report-answers"),
                ]),
                attempts,
            )
            .into_any()
        }}
        {practice_transcripts(&state)}
        <section aria-labelledby="data-heading">
            <h2 id="data-heading">{t.t("learner-data-heading")}</h2>
            <p>{t.t("learner-data-intro")}</p>
            <ul>
                <li><a href=format!("{base}/data.json") download>{t.t("learner-data-json")}</a></li>
                <li><a href=format!("{base}/data.csv") download>{t.t("learner-data-csv")}</a></li>
            </ul>
        </section>
        <EraseLearner action=format!("{base}/erase") username=state.username.clone() form=state.erase.clone()/>
    }
}

/// The learner's practice with the AI assistant, when their centre keeps it.
fn practice_transcripts(state: &LearnerReportState) -> Option<impl IntoView> {
    if state.practice.is_empty() {
        return None;
    }
    let request = use_request();
    let t = request.translator();
    let catalog = use_site().catalog.current();
    let items = state
        .practice
        .iter()
        .map(|row| {
            // The block's title in the reader's language, or its id if the lesson changed.
            let block = catalog
                .lesson_in(&row.course_id, &row.lesson_id, request.locale)
                .and_then(|v| {
                    v.value
                        .practice
                        .iter()
                        .find(|p| p.id == row.block_id)
                        .map(|p| p.title.clone())
                })
                .unwrap_or_else(|| row.block_id.clone());
            view! {
                <li class="exchange">
                    <h3>
                        {lesson_title(&catalog, &request, &row.course_id, &row.lesson_id)}
                        " — "
                        <bdi>{block}</bdi>
                        " — "
                        <time datetime=row.day.clone()>{row.day.clone()}</time>
                    </h3>
                    <p><strong>{t.t("learner-practice-prompt")}</strong></p>
                    <p class="exchange-prompt" dir="auto">{row.prompt.clone()}</p>
                    <p><strong>{t.t("learner-practice-answer")}</strong></p>
                    <div class="exchange-answer" dir="auto">{row.answer.clone()}</div>
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <section aria-labelledby="practice-heading">
            <h2 id="practice-heading">{t.t("learner-practice-heading")}</h2>
            <p>{t.t("learner-practice-caption")}</p>
            <ol class="exchanges">{items}</ol>
        </section>
    })
}

/// The CVs the learner shares with the centre, each linked to its page.
fn shared_cvs(state: &LearnerReportState, base: &str) -> Option<impl IntoView> {
    let t = use_request().translator();
    let shared: Vec<_> = state.cvs.iter().filter(|cv| cv.shared).collect();
    if shared.is_empty() {
        return None;
    }
    let items = shared
        .into_iter()
        .map(|cv| {
            view! {
                <li>
                    <a href=format!("{base}/cvs/{}", cv.id)>{cv.title.clone()}</a>
                    " ("
                    {crate::pages::cv::language_name(t, cv.language)}
                    ")"
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <h2 id="cvs-heading">{t.t("learner-cvs-shared")}</h2>
        <ul>{items}</ul>
    })
}

/// The GOV.UK destructive action: a warning, the learner's username typed to confirm, and a
/// button that says what it does (its red outline is never the only sign).
#[component]
fn EraseLearner(action: String, username: String, form: FormState) -> impl IntoView {
    let t = use_request().translator();
    view! {
        <section aria-labelledby="erase-heading">
            <h2 id="erase-heading">{t.t("learner-erase-heading")}</h2>
            <div class="warning-text">
                <span class="warning-icon" aria-hidden="true">"!"</span>
                <p>
                    <strong>
                        <span class="visually-hidden">{t.t("learner-erase-warning-prefix")}</span>
                        {t.t("learner-erase-warning")}
                    </strong>
                </p>
            </div>
            <form method="post" action=action class="stacked" novalidate>
                <CsrfField/>
                <TextField
                    id="erase-username"
                    label=t.t_with("learner-erase-confirm", &[("username", username.into())])
                    value=form.value("erase-username")
                    errors=form.errors
                    autocomplete="off"
                />
                <button type="submit" class="destructive">{t.t("learner-erase-button")}</button>
            </form>
        </section>
    }
}

/// `/{lang}/centres/{id}/questions`.
#[derive(Clone, Debug, Default)]
pub struct QuestionsReportState {
    pub centre_id: i32,
    pub centre_name: String,
    pub rows: Vec<QuestionRow>,
}

#[component]
pub fn QuestionsReportPage(state: QuestionsReportState) -> impl IntoView {
    let request = use_request();
    let site = use_site();
    let t = request.translator();
    let catalog = site.catalog.current();
    let base = request.href(&format!("/centres/{}", state.centre_id));
    let rows = state
        .rows
        .iter()
        .map(|r| {
            view! {
                <tr>
                    <th scope="row">
                        {lesson_title(&catalog, &request, &r.course_id, &r.lesson_id)}
                        " — "
                        <code>{r.question_id.clone()}</code>
                    </th>
                    <td>{r.answers}</td>
                    <td>{r.first_correct.map(|p| format!("{p} %")).unwrap_or_else(|| "—".into())}</td>
                    <td>
                        {r.top_wrong
                            .clone()
                            .map(|(answer, n)| view! { <bdi>{answer}</bdi> " (" {n} ")" }.into_any())
                            .unwrap_or_else(|| "—".into_any())}
                    </td>
                </tr>
            }
        })
        .collect_view();
    let title = t.t_with(
        "report-questions-title",
        &[("centre", state.centre_name.clone().into())],
    );
    view! {
        {page_title(t, &title)}
        <h1>{title.clone()}</h1>
        {report_links(&request, state.centre_id)}
        {if state.rows.is_empty() {
            view! { <p>{t.t("report-no-attempts")}</p> }.into_any()
        } else {
            scroll_table(
                "questions",
                t.t("report-questions-caption"),
                column_headers(vec![
                    t.t("report-question"),
                    t.t("report-answer-count"),
                    t.t("report-first-time-correct"),
                    t.t("report-top-wrong"),
                ]),
                rows,
            )
            .into_any()
        }}
        <p><a href=format!("{base}/questions?format=csv") download>{t.t("report-download-csv")}</a></p>
    }
}
