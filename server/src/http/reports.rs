//! Facilitator reports of one centre: progress (learners × lessons), one learner's detail,
//! and question analysis; each table also as CSV (`?format=csv`). Only for the centre's
//! facilitators and admins.

use super::extract::{Lang, ManagedCentre, ManagedLearner, SignedIn};
use super::page::Page;
use super::refusal::{Answer, Refusal};
use super::AppState;
use crate::accounts::store as accounts;
use crate::db::entities::user;
use crate::reports::{learners, period::period, questions};
use crate::spreadsheet as csv;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use serde::Deserialize;
use tifawt_app::forms::FormState;
use tifawt_app::i18n::Translator;
use tifawt_app::pages::impact::{ImpactPage, ImpactState};
use tifawt_app::pages::reports::{
    LearnerReportPage, LearnerReportState, PracticeRow, ProgressReportPage, ProgressReportState,
    QuestionsReportPage, QuestionsReportState,
};
use tifawt_app::viewer::Role;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReportQuery {
    cohort: String,
    format: String,
}

/// `GET /{lang}/centres/{id}/progress`.
pub async fn progress(
    State(state): State<AppState>,
    Lang(locale): Lang,
    ManagedCentre { centre, .. }: ManagedCentre,
    Query(query): Query<ReportQuery>,
) -> Answer<Response> {
    let cohorts = accounts::cohorts_of(&state.db, centre.id).await?;
    // An unknown cohort (another centre's, or garbage) shows the whole centre.
    let cohort = query
        .cohort
        .parse::<i32>()
        .ok()
        .filter(|c| cohorts.iter().any(|k| k.id == *c));
    let catalog = state.site.catalog.current();
    let table = learners::progress_table(&state.db, &catalog, centre.id, cohort).await?;
    if query.format == "csv" {
        let csv = learners::progress_csv(&table, &catalog, locale);
        return Ok(csv::download("progress.csv", csv));
    }
    let page = ProgressReportState {
        centre_id: centre.id,
        centre_name: centre.name,
        cohorts: cohorts.into_iter().map(|c| (c.id, c.name)).collect(),
        cohort,
        lessons: table.lessons,
        rows: table.rows,
    };
    Ok(Page::new(move || view! { <ProgressReportPage state=page.clone()/> }).into_response())
}

/// `GET /{lang}/centres/{id}/learners/{user}`: a learner of this centre.
pub async fn learner(
    State(state): State<AppState>,
    ManagedLearner { learner, .. }: ManagedLearner,
) -> Answer<Page> {
    learner_page(&state, learner, FormState::default()).await
}

/// The learner's page, with the erase form as posted (`erase`).
pub(super) async fn learner_page(
    state: &AppState,
    user: user::Model,
    erase: FormState,
) -> Answer<Page> {
    let centre_id = user.centre_id.ok_or(Refusal::NotFound)?;
    let detail = learners::detail(&state.db, user.id).await?;
    let cohort = cohort_name(state, &user).await?;
    let page = LearnerReportState {
        centre_id,
        user_id: user.id,
        display_name: user.display_name,
        username: user.username,
        cohort,
        last_active: detail.last_active,
        lessons: detail.lessons,
        attempts: detail.attempts,
        cvs: crate::cv::store::list(&state.db, user.id).await?,
        erase,
        practice: crate::assistant::transcripts::of_learner(&state.db, user.id)
            .await?
            .into_iter()
            .map(|t| PracticeRow {
                day: crate::reports::day(t.at),
                course_id: t.course_id,
                lesson_id: t.lesson_id,
                block_id: t.block_id,
                prompt: t.prompt,
                answer: t.answer,
            })
            .collect(),
    };
    Ok(Page::new(
        move || view! { <LearnerReportPage state=page.clone()/> },
    ))
}

/// The name of the learner's cohort, if they are in one.
pub(super) async fn cohort_name(
    state: &AppState,
    user: &user::Model,
) -> Result<Option<String>, sea_orm::DbErr> {
    let (Some(centre), Some(cohort)) = (user.centre_id, user.cohort_id) else {
        return Ok(None);
    };
    Ok(accounts::cohorts_of(&state.db, centre)
        .await?
        .into_iter()
        .find(|c| c.id == cohort)
        .map(|c| c.name))
}

/// `GET /{lang}/centres/{id}/questions`.
pub async fn question_analysis(
    State(state): State<AppState>,
    Lang(locale): Lang,
    ManagedCentre { centre, .. }: ManagedCentre,
    Query(query): Query<ReportQuery>,
) -> Answer<Response> {
    let stats = questions::question_stats(&state.db, Some(centre.id)).await?;
    let catalog = state.site.catalog.current();
    let rows = questions::analysis(&catalog, locale, &stats);
    if query.format == "csv" {
        let csv = questions::csv(&rows, &catalog, locale);
        return Ok(csv::download("questions.csv", csv));
    }
    let page = QuestionsReportState {
        centre_id: centre.id,
        centre_name: centre.name,
        rows,
    };
    Ok(Page::new(move || view! { <QuestionsReportPage state=page.clone()/> }).into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ImpactQuery {
    from: String,
    to: String,
    format: String,
    table: String,
}

/// `GET /{lang}/reports/impact`: the whole programme for admins, their centre for
/// facilitators; `?format=csv&table=centres|cohorts|months` downloads one table.
pub async fn impact(
    State(state): State<AppState>,
    Lang(locale): Lang,
    SignedIn(viewer): SignedIn,
    Query(query): Query<ImpactQuery>,
) -> Answer<Response> {
    use crate::reports::impact::{self, Scope};
    let centre_id = match viewer.role {
        Role::Admin => None,
        Role::Facilitator if viewer.centre_id.is_some() => viewer.centre_id,
        _ => return Err(Refusal::NotFound),
    };
    let now = chrono::Utc::now();
    let (from, to, date_error) = period(&query.from, &query.to, now.date_naive());
    let at_midnight =
        |d: chrono::NaiveDate| d.and_hms_opt(0, 0, 0).map(|t| t.and_utc()).unwrap_or(now);
    let scope = Scope {
        centre_id,
        from: at_midnight(from),
        to: at_midnight(to + chrono::Duration::days(1)),
        now,
    };
    let t = Translator(locale);
    let figures = impact::impact(&state.db, &scope).await?;
    let tables = impact::tables(&state.db, &figures, &t.t("centre-no-cohort")).await?;
    if query.format == "csv" {
        use crate::config::ImpactTable;
        let table = match query.table.as_str() {
            // The centres table lists every centre: admins only.
            "centres" if centre_id.is_none() => ImpactTable::Centres,
            "months" => ImpactTable::Months,
            _ => ImpactTable::Cohorts,
        };
        return Ok(csv::download("impact.csv", impact::csv(&tables, table, t)));
    }
    let centre_name = match centre_id {
        Some(id) => accounts::find_centre(&state.db, id)
            .await
            .ok()
            .flatten()
            .map(|c| c.name),
        None => None,
    };
    let page = ImpactState {
        centre_name,
        from: from.to_string(),
        to: to.to_string(),
        total: tables.total,
        centres: if centre_id.is_none() {
            tables.centres
        } else {
            Vec::new()
        },
        cohorts: tables.cohorts,
        months: tables.months,
        date_error,
    };
    let status = if date_error {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok(
        Page::new(move || view! { <ImpactPage state=page.clone()/> })
            .status(status)
            .into_response(),
    )
}
