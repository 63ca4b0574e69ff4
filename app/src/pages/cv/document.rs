//! The CV itself as a page, in its own language and direction: to read, to print (the print
//! stylesheet leaves only the CV), and for a facilitator the learner shares it with.

use super::cv_href;
use crate::context::use_request;
use crate::cv::{period, Cv, CvHeader, PartialDate, Section};
use crate::pages::page_title;
use leptos::prelude::*;

/// "2021-09 – 2024-06", "2022 – present"; `None` when no date is known.
fn dates(
    start: Option<PartialDate>,
    end: Option<PartialDate>,
    present: Option<&str>,
) -> Option<String> {
    let parts = period(start, end, present);
    (!parts.is_empty()).then(|| parts.join(" – "))
}

/// A date or an address inside text of either direction.
fn ltr(text: String) -> impl IntoView {
    view! { <bdi dir="ltr">{text}</bdi> }
}

/// Lines of a paragraph as the learner typed them.
fn paragraphs(text: &str) -> impl IntoView {
    text.split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| {
            let lines = p
                .lines()
                .enumerate()
                .map(|(i, line)| view! { {(i > 0).then(|| view! { <br/> })} {line.to_string()} })
                .collect_view();
            view! { <p>{lines}</p> }
        })
        .collect_view()
}

/// The CV as HTML: its name as the heading (`h1` on a page of its own), then each section
/// that has something.
#[component]
pub fn CvDocument(header: CvHeader, cv: Cv) -> impl IntoView {
    let words = header.language.words();
    let c = &cv.contact;
    let contact = [
        (words.email, c.email.clone(), true),
        (words.phone, c.phone.clone(), true),
        ("", c.city.clone(), false),
    ]
    .into_iter()
    .filter(|(_, value, _)| !value.is_empty())
    .map(|(label, value, left_to_right)| {
        let value = if left_to_right {
            ltr(value).into_any()
        } else {
            value.into_any()
        };
        if label.is_empty() {
            view! { <li>{value}</li> }.into_any()
        } else {
            view! {
                <li>
                    <span class="cv-label">{label}</span>
                    " "
                    {value}
                </li>
            }
            .into_any()
        }
    })
    .collect_view();
    let section = |section: Section, body: AnyView| {
        (cv.count(section) > 0).then(|| {
            view! {
                <section>
                    <h2>{words.heading(section)}</h2>
                    {body}
                </section>
            }
        })
    };
    let education = cv
        .education
        .iter()
        .map(|e| {
            view! {
                <li>
                    <h3>{[e.study.as_str(), e.institution.as_str()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(", ")}</h3>
                    {dates(e.start, e.end, None).map(|p| view! { <p class="cv-period">{ltr(p)}</p> })}
                    {paragraphs(&e.details)}
                </li>
            }
        })
        .collect_view()
        .into_any();
    let experience = cv
        .experience
        .iter()
        .map(|e| {
            view! {
                <li>
                    <h3>{[e.role.as_str(), e.organisation.as_str()].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(", ")}</h3>
                    <p class="cv-period">
                        {words.kind(e.kind)}
                        {dates(e.start, e.end, Some(words.present)).map(|p| view! { " · " {ltr(p)} })}
                    </p>
                    {paragraphs(&e.description)}
                </li>
            }
        })
        .collect_view()
        .into_any();
    let skills = cv
        .skills
        .iter()
        .map(|s| view! { <li>{s.name.clone()}</li> })
        .collect_view()
        .into_any();
    let languages = cv
        .languages
        .iter()
        .map(|l| view! { <li>{l.language.clone()} " — " {words.level(l.level)}</li> })
        .collect_view()
        .into_any();
    let certificates = cv
        .certificates
        .iter()
        .map(|c| {
            let detail = [
                c.issuer.clone(),
                c.date.map(|d| d.to_string()).unwrap_or_default(),
            ]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
            view! {
                <li>
                    {c.name.clone()}
                    {(!detail.is_empty()).then(|| view! { " (" {ltr(detail.clone())} ")" })}
                </li>
            }
        })
        .collect_view()
        .into_any();
    view! {
        <article class="cv-document" lang=header.language.tag() dir=header.language.dir()>
            <header class="cv-head">
                <h1>{if c.name.is_empty() { header.title.clone() } else { c.name.clone() }}</h1>
                {(!c.headline.is_empty()).then(|| view! { <p class="cv-headline">{c.headline.clone()}</p> })}
                <ul class="cv-contact">{contact}</ul>
            </header>
            {(!cv.profile.is_empty())
                .then(|| {
                    view! {
                        <section>
                            <h2>{words.profile}</h2>
                            {paragraphs(&cv.profile)}
                        </section>
                    }
                })}
            {section(Section::Experience, view! { <ul class="cv-entries">{experience}</ul> }.into_any())}
            {section(Section::Education, view! { <ul class="cv-entries">{education}</ul> }.into_any())}
            {section(Section::Skills, view! { <ul class="cv-list">{skills}</ul> }.into_any())}
            {section(Section::Languages, view! { <ul class="cv-list">{languages}</ul> }.into_any())}
            {section(Section::Certificates, view! { <ul class="cv-list">{certificates}</ul> }.into_any())}
        </article>
    }
}

/// Who is looking at the CV page.
#[derive(Clone, Debug)]
pub enum Reader {
    /// The learner: links back to the summary and to the PDF.
    Owner,
    /// A facilitator the learner shares it with: a link back to the learner's page.
    Facilitator { learner_name: String, back: String },
}

/// `GET /{lang}/cv/{id}/print`, and the facilitator's view of a shared CV.
#[component]
pub fn CvDocumentPage(header: CvHeader, cv: Cv, reader: Reader) -> impl IntoView {
    let request = use_request();
    let t = request.translator();
    let tools = match &reader {
        Reader::Owner => view! {
            <ul class="actions">
                <li>
                    <a href=cv_href(header.id, "")>{t.t("cv-back-to-summary")}</a>
                </li>
                <li>
                    <a href=cv_href(header.id, "/cv.pdf") download="">{t.t("cv-download-pdf")}</a>
                </li>
            </ul>
            <p>{t.t("cv-print-hint")}</p>
        }
        .into_any(),
        Reader::Facilitator { learner_name, back } => view! {
            <p class="notice">
                {t.t_with("cv-shared-by", &[("name", learner_name.clone().into())])}
            </p>
            <ul class="actions">
                <li>
                    <a href=back.clone()>{t.t("cv-back-to-learner")}</a>
                </li>
            </ul>
        }
        .into_any(),
    };
    let name = if cv.contact.name.is_empty() {
        header.title.clone()
    } else {
        cv.contact.name.clone()
    };
    view! {
        {page_title(t, &format!("{} — {}", name, header.title))}
        <div class="no-print">{tools}</div>
        <CvDocument header=header cv=cv/>
    }
}
