//! The CV out: the page to print, the PDF made on the server, the JSON Resume file; and the
//! page of a shared CV for the centre's facilitators.

use super::{own_cv, CvAddress};
use crate::cv::{json_resume, pdf, store};
use crate::http::extract::{Lang, ManagedLearner, SignedIn};
use crate::http::forms::attachment;
use crate::http::page::Page;
use crate::http::refusal::{Answer, Refusal};
use crate::http::AppState;
use axum::extract::{Path, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::HeaderValue;
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use std::collections::HashMap;
use tifawt_app::cv::{Cv, CvHeader};
use tifawt_app::pages::cv::document::{CvDocumentPage, Reader};

/// `GET /{lang}/cv/{id}/print`.
pub async fn print(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(CvAddress { id }): Path<CvAddress>,
) -> Answer<Page> {
    let (header, cv) = own_cv(&state, &viewer, id).await?;
    Ok(Page::new(move || {
        view! { <CvDocumentPage header=header.clone() cv=cv.clone() reader=Reader::Owner/> }
    }))
}

/// A file name from the CV's name or title: letters and digits of any script, `-` between.
fn file_name(header: &CvHeader, cv: &Cv, extension: &str) -> (String, String) {
    let source = if cv.contact.name.is_empty() {
        &header.title
    } else {
        &cv.contact.name
    };
    let words: Vec<String> = source
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    let name = format!("CV-{}.{extension}", words.join("-"));
    (format!("CV-{}.{extension}", header.id), name)
}

fn download(content_type: &'static str, names: (String, String), body: Vec<u8>) -> Response {
    let mut response = (
        [(CONTENT_TYPE, HeaderValue::from_static(content_type))],
        body,
    )
        .into_response();
    if let Ok(value) = HeaderValue::from_str(&attachment(&names.0, &names.1)) {
        response.headers_mut().insert(CONTENT_DISPOSITION, value);
    }
    response
}

/// `GET /{lang}/cv/{id}/cv.pdf`: made on the server, so any computer can print it.
pub async fn pdf(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(CvAddress { id }): Path<CvAddress>,
) -> Answer<Response> {
    let (header, cv) = own_cv(&state, &viewer, id).await?;
    let names = file_name(&header, &cv, "pdf");
    let (language, template, title) = (header.language, header.template, header.title.clone());
    // Typesetting takes CPU for tens of milliseconds: off the threads serving pages.
    let made =
        tokio::task::spawn_blocking(move || pdf::render_pdf(&cv, language, template, &title))
            .await
            .map_err(|e| Refusal::from(anyhow::anyhow!("PDF task: {e}")))?;
    match made {
        Ok(bytes) => Ok(download("application/pdf", names, bytes)),
        Err(error) => {
            tracing::error!(%error, cv = id, "cannot make a CV's PDF");
            Err(Refusal::Unavailable)
        }
    }
}

/// `GET /{lang}/cv/{id}/resume.json`: JSON Resume 1.0.0.
pub async fn json(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(CvAddress { id }): Path<CvAddress>,
) -> Answer<Response> {
    let (header, cv) = own_cv(&state, &viewer, id).await?;
    let file = json_resume::export(&cv, header.language.words(), header.language.tag());
    let body = serde_json::to_vec_pretty(&file).unwrap_or_default();
    Ok(download(
        "application/json; charset=utf-8",
        file_name(&header, &cv, "json"),
        body,
    ))
}

/// `GET /{lang}/centres/{centre}/learners/{user}/cvs/{cv}`: a CV its learner shares with
/// the centre; any other is not found.
pub async fn shared(
    State(state): State<AppState>,
    Lang(locale): Lang,
    ManagedLearner {
        centre, learner, ..
    }: ManagedLearner,
    Path(params): Path<HashMap<String, String>>,
) -> Answer<Page> {
    let id: i32 = params
        .get("cv")
        .and_then(|v| v.parse().ok())
        .ok_or(Refusal::NotFound)?;
    let (header, cv) = store::find_shared(&state.db, learner.id, id)
        .await?
        .ok_or(Refusal::NotFound)?;
    let reader = Reader::Facilitator {
        learner_name: learner.display_name.clone(),
        back: format!("/{locale}/centres/{}/learners/{}", centre.id, learner.id),
    };
    Ok(Page::new(move || {
        view! { <CvDocumentPage header=header.clone() cv=cv.clone() reader=reader.clone()/> }
    }))
}
