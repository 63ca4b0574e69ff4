//! The CV builder: the list of a learner's CVs ([`list`]), one page per step ([`step`]), the
//! summary to review and change any part ([`summary`]), and the CV itself as a page to read
//! and print ([`document`]).

pub mod document;
pub mod list;
pub mod step;
pub mod summary;

use crate::context::use_request;
use crate::cv::{Control, CvLanguage, Step};
use crate::i18n::Translator;
use leptos::prelude::*;

/// `/{lang}/cv/{id}{rest}`.
pub fn cv_href(id: i32, rest: &str) -> String {
    use_request().href(&format!("/cv/{id}{rest}"))
}

/// What the page just did, said once at its top (after a redirect).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    Saved,
    Added,
    Changed,
    Removed,
    Moved,
    Imported,
    Deleted,
}

impl Notice {
    pub const ALL: [Notice; 7] = [
        Notice::Saved,
        Notice::Added,
        Notice::Changed,
        Notice::Removed,
        Notice::Moved,
        Notice::Imported,
        Notice::Deleted,
    ];

    /// Its name in the address, `?done=added`.
    pub fn as_str(self) -> &'static str {
        match self {
            Notice::Saved => "saved",
            Notice::Added => "added",
            Notice::Changed => "changed",
            Notice::Removed => "removed",
            Notice::Moved => "moved",
            Notice::Imported => "imported",
            Notice::Deleted => "deleted",
        }
    }

    pub fn parse(value: &str) -> Option<Notice> {
        Notice::ALL.into_iter().find(|n| n.as_str() == value)
    }

    fn key(self) -> &'static str {
        match self {
            Notice::Saved => "cv-notice-saved",
            Notice::Added => "cv-notice-added",
            Notice::Changed => "cv-notice-changed",
            Notice::Removed => "cv-notice-removed",
            Notice::Moved => "cv-notice-moved",
            Notice::Imported => "cv-notice-imported",
            Notice::Deleted => "cv-notice-deleted",
        }
    }
}

/// The notice as a status message, read out when the page loads.
fn notice_view(t: Translator, notice: Option<Notice>) -> impl IntoView {
    notice.map(|notice| {
        view! {
            <p class="notice" role="status">
                {t.t(notice.key())}
            </p>
        }
    })
}

/// A step's name, as its heading and in the summary.
pub fn step_title(t: Translator, step: Step) -> String {
    t.t(match step {
        Step::Contact => "cv-step-contact",
        Step::Profile => "cv-step-profile",
        Step::Education => "cv-step-education",
        Step::Experience => "cv-step-experience",
        Step::Skills => "cv-step-skills",
        Step::Languages => "cv-step-languages",
        Step::Certificates => "cv-step-certificates",
    })
}

/// The label of a builder field, by its name (the control's id).
pub fn field_label(t: Translator, name: &str) -> String {
    t.t(match name {
        "name" => "cv-field-name",
        "headline" => "cv-field-headline",
        "email" => "cv-field-email",
        "phone" => "cv-field-phone",
        "city" => "cv-field-city",
        "profile" => "cv-field-profile",
        "institution" => "cv-field-institution",
        "study" => "cv-field-study",
        "start" => "cv-field-start",
        "end" => "cv-field-end",
        "details" => "cv-field-details",
        "kind" => "cv-field-kind",
        "role" => "cv-field-role",
        "organisation" => "cv-field-organisation",
        "description" => "cv-field-description",
        "skill" => "cv-field-skill",
        "language" => "cv-field-language",
        "level" => "cv-field-level",
        "certificate" => "cv-field-certificate",
        "issuer" => "cv-field-issuer",
        "date" => "cv-field-date",
        "title" => "cv-field-title",
        "file" => "cv-field-file",
        _ => "cv-field-cv-language",
    })
}

/// The hint under a field, for the fields that have one.
fn field_hint(t: Translator, name: &str, control: Control) -> Option<String> {
    match (name, control) {
        (_, Control::Date) if name == "end" => Some(t.t("cv-hint-end")),
        (_, Control::Date) => Some(t.t("cv-hint-date")),
        ("profile", _) => Some(t.t("cv-hint-profile")),
        ("headline", _) => Some(t.t("cv-hint-headline")),
        ("city", _) => Some(t.t("cv-hint-city")),
        ("phone", _) => Some(t.t("cv-hint-phone")),
        ("description", _) => Some(t.t("cv-hint-description")),
        ("language", _) => Some(t.t("cv-hint-language")),
        _ => None,
    }
}

/// "Arabic", "English"… in the interface's language, for the list and the summary.
pub fn language_name(t: Translator, language: CvLanguage) -> String {
    t.t(match language {
        CvLanguage::Ar => "cv-language-ar",
        CvLanguage::Fr => "cv-language-fr",
        CvLanguage::Zgh => "cv-language-zgh",
        CvLanguage::ZghLatn => "cv-language-zgh-latn",
        CvLanguage::En => "cv-language-en",
    })
}

/// What a step asks for, under its heading.
fn step_intro(t: Translator, step: Step) -> String {
    t.t(match step {
        Step::Contact => "cv-intro-contact",
        Step::Profile => "cv-intro-profile",
        Step::Education => "cv-intro-education",
        Step::Experience => "cv-intro-experience",
        Step::Skills => "cv-intro-skills",
        Step::Languages => "cv-intro-languages",
        Step::Certificates => "cv-intro-certificates",
    })
}
