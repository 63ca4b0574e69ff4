//! "Suggest a better wording" for the CV's profile and an experience's description: the
//! text as typed (not saved) goes to the AI assistant with the learner's personal data
//! taken out, and the step's page comes back with the suggestion beside it. "Use this
//! wording" puts it in the box, still not saved: nothing changes without the learner.

use super::steps::{page_of, step_view};
use super::{step_of, EntryAddress, StepAddress};
use crate::assistant::redact::redact;
use crate::assistant::{Ask, MAX_ANSWER_CHARS};
use crate::http::extract::{CheckedForm, Lang, SignedIn};
use crate::http::page::Page;
use crate::http::practice::removed_notice;
use crate::http::refusal::{Answer, Refusal};
use crate::http::AppState;
use axum::extract::{Path, State};
use std::collections::HashMap;
use tifawt_app::cv::{Cv, CvLanguage, Field, Section, Step, PROFILE_FIELDS};
use tifawt_app::forms::FormState;
use tifawt_app::i18n::{Locale, Translator};
use tifawt_app::pages::cv::step::{reworded_field, Wording};
use tifawt_app::viewer::Viewer;

/// `POST /{lang}/cv/{id}/profile/wording`.
pub async fn step_wording(
    State(state): State<AppState>,
    Lang(locale): Lang,
    SignedIn(viewer): SignedIn,
    Path(StepAddress { id, step }): Path<StepAddress>,
    CheckedForm(form): CheckedForm<HashMap<String, String>>,
) -> Answer<Page> {
    let step = step_of(&step)?;
    wording_page(&state, locale, &viewer, id, step, None, form).await
}

/// `POST /{lang}/cv/{id}/experience/{index}/wording`.
pub async fn entry_wording(
    State(state): State<AppState>,
    Lang(locale): Lang,
    SignedIn(viewer): SignedIn,
    Path(EntryAddress { id, step, index }): Path<EntryAddress>,
    CheckedForm(form): CheckedForm<HashMap<String, String>>,
) -> Answer<Page> {
    let step = step_of(&step)?;
    wording_page(&state, locale, &viewer, id, step, Some(index), form).await
}

async fn wording_page(
    state: &AppState,
    locale: Locale,
    viewer: &Viewer,
    id: i32,
    step: Step,
    editing: Option<usize>,
    form: HashMap<String, String>,
) -> Answer<Page> {
    let field = reworded_field(step, editing).ok_or(Refusal::NotFound)?;
    let fields: &[Field] = match step.section() {
        Some(section) => section.fields(),
        None => &PROFILE_FIELDS,
    };
    let typed = |name: &str| form.get(name).cloned().unwrap_or_default();
    let mut values: Vec<(&'static str, String)> =
        fields.iter().map(|f| (f.name, typed(f.name))).collect();
    let mut view_data = step_view(
        state,
        viewer,
        id,
        step,
        editing,
        Some(FormState::default()),
        None,
    )
    .await?;
    if editing.is_some_and(|index| index >= view_data.cv.count(Section::Experience)) {
        return Err(Refusal::NotFound);
    }
    let t = Translator(locale);
    view_data.wording = Some(if typed("wording") == "use" {
        let suggestion: String = typed("suggestion").chars().take(MAX_ANSWER_CHARS).collect();
        if let Some((_, value)) = values.iter_mut().find(|(name, _)| *name == field) {
            *value = suggestion;
        }
        Wording::Used
    } else if typed(field).trim().is_empty() {
        Wording::Unavailable(t.t("cv-wording-empty"))
    } else {
        let (ask, removed) = ask_for(
            viewer,
            &view_data.cv,
            view_data.header.language,
            locale,
            field,
            &values,
        );
        match state.assistant.answer(viewer.user_id, ask).await {
            Ok(answer) => Wording::Suggested {
                text: answer.text.trim().to_string(),
                removed: removed_notice(locale, &removed),
            },
            Err(why) => Wording::Unavailable(why.explain(locale)),
        }
    });
    view_data.form = FormState {
        values,
        ..FormState::default()
    };
    Ok(page_of(view_data))
}

/// The request: the paragraph (and, for an experience, its role and organisation as
/// context), with the learner's name and contact details taken out.
fn ask_for(
    viewer: &Viewer,
    cv: &Cv,
    language: CvLanguage,
    locale: Locale,
    field: &str,
    values: &[(&'static str, String)],
) -> (Ask, Vec<crate::assistant::redact::Removed>) {
    let value = |name: &str| {
        values
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.trim().to_string())
            .unwrap_or_default()
    };
    let contact = &cv.contact;
    let known = [
        viewer.display_name.as_str(),
        viewer.username.as_str(),
        contact.name.as_str(),
        contact.email.as_str(),
        contact.phone.as_str(),
        contact.city.as_str(),
    ];
    let text = if field == "profile" {
        value("profile")
    } else {
        format!(
            "{}\n{}\n\n{}",
            value("role"),
            value("organisation"),
            value("description")
        )
    };
    let (prompt, removed) = redact(&text, &known);
    let what = if field == "profile" {
        "the profile (a short paragraph about the person) of a young person's CV"
    } else {
        "the description of one experience in a young person's CV; its first two lines are the role and the organisation, for context only"
    };
    let instructions = format!(
        "Rewrite {what}, in {language}. Make it clear, concise and professional, in at most 80 words. \
         Keep every fact as given; never invent a skill, a number, a date or an achievement. \
         Answer with the rewritten {part} only, with no title, no explanation and no quotation marks.",
        language = language_name(language),
        part = if field == "profile" { "profile" } else { "description (without the role and organisation lines)" },
    );
    let ask = Ask {
        locale,
        instructions: Some(instructions),
        earlier: Vec::new(),
        prompt,
        purpose: "cv",
    };
    (ask, removed)
}

/// The CV's language as the model is told it.
fn language_name(language: CvLanguage) -> &'static str {
    match language {
        CvLanguage::Ar => "Modern Standard Arabic",
        CvLanguage::Fr => "French",
        CvLanguage::En => "English",
        CvLanguage::Zgh => "Standard Moroccan Tamazight written in Tifinagh",
        CvLanguage::ZghLatn => "Standard Moroccan Tamazight written in Latin letters",
    }
}
