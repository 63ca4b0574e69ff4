//! One step of the builder (GOV.UK "question pages"): the contact details or the profile as
//! one form, or a list of entries, each changed on its own page, moved or removed with a
//! button, and added with the form under the list.

use super::{cv_href, field_hint, field_label, notice_view, step_intro, step_title, Notice};
use crate::components::forms::{CsrfField, ErrorSummary, SelectField, TextArea, TextField};
use crate::context::{use_request, use_site};
use crate::cv::{
    Cefr, Control, Cv, CvHeader, ExperienceKind, Field, Section, Step, CONTACT_FIELDS,
    PROFILE_FIELDS,
};
use crate::forms::FormState;
use crate::i18n::Translator;
use crate::pages::page_title;
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct StepView {
    pub header: CvHeader,
    pub cv: Cv,
    pub step: Step,
    /// The step's form (contact, profile, a new or changed entry), as stored or as posted.
    pub form: FormState,
    /// The entry being changed on its own page; `None`: the step's page.
    pub editing: Option<usize>,
    pub notice: Option<Notice>,
    /// What Tifawt knows and the learner may tick (course competences, certificates), in the
    /// CV's language: (the value posted back, the label).
    pub suggestions: Vec<(String, String)>,
    /// What the assistant said of the text, after "Suggest a better wording".
    pub wording: Option<Wording>,
}

/// The AI assistant's help with a paragraph of the CV (the profile, an experience's
/// description): nothing in the CV changes until the learner saves.
#[derive(Clone, Debug)]
pub enum Wording {
    /// A suggestion to read beside their text, with what personal data was taken out
    /// before sending.
    Suggested {
        text: String,
        removed: Option<String>,
    },
    /// Why there is none (the assistant is down, busy, or there was no text).
    Unavailable(String),
    /// The learner took the suggestion: it is in the box, not saved yet.
    Used,
}

/// The paragraph of a step the assistant may reword, if any.
pub fn reworded_field(step: Step, editing: Option<usize>) -> Option<&'static str> {
    match (step, editing) {
        (Step::Profile, None) => Some("profile"),
        (Step::Experience, Some(_)) => Some("description"),
        _ => None,
    }
}

/// "Suggest a better wording", and the suggestion with "Use this wording" once there is
/// one: buttons of the step's form, so the text as typed goes with them (after its own
/// save button, which Enter in a field presses).
fn wording_view(view_data: &StepView, action: String, t: Translator) -> Option<impl IntoView> {
    let field = reworded_field(view_data.step, view_data.editing)?;
    if !use_site().assistant {
        return None;
    }
    let (lang, dir) = (
        view_data.header.language.tag(),
        view_data.header.language.dir(),
    );
    let result = view_data.wording.clone().map(|wording| {
        let body = match wording {
            Wording::Suggested { text, removed } => view! {
                {removed.map(|notice| view! { <p class="notice">{notice}</p> })}
                <p class="exchange-answer" lang=lang dir=dir>{text.clone()}</p>
                <p class="check-note">{t.t("cv-wording-check")}</p>
                <input type="hidden" name="suggestion" value=text/>
                <button type="submit" formaction=action.clone() name="wording" value="use">
                    {t.t("cv-wording-use")}
                </button>
            }
            .into_any(),
            Wording::Unavailable(why) => view! { <p class="notice">{why}</p> }.into_any(),
            Wording::Used => view! { <p class="notice">{t.t("cv-wording-used")}</p> }.into_any(),
        };
        view! {
            <section class="wording" aria-labelledby="wording-heading" tabindex="-1" autofocus>
                <h2 id="wording-heading">{t.t("cv-wording-heading")}</h2>
                {body}
            </section>
        }
    });
    Some(view! {
        <p class="hint">
            {t.t(if field == "profile" { "cv-wording-hint-profile" } else { "cv-wording-hint-description" })}
        </p>
        <button type="submit" formaction=action.clone() name="wording" value="suggest">
            {t.t("cv-wording-suggest")}
        </button>
        {result}
    })
}

/// A kind of experience in the interface language.
pub fn kind_label(t: Translator, kind: ExperienceKind) -> String {
    t.t(match kind {
        ExperienceKind::Job => "cv-kind-job",
        ExperienceKind::Internship => "cv-kind-internship",
        ExperienceKind::Volunteering => "cv-kind-volunteering",
        ExperienceKind::Informal => "cv-kind-informal",
    })
}

/// A language level in the interface language: "C1 — advanced"…
pub fn level_label(t: Translator, level: Cefr) -> String {
    t.t(match level {
        Cefr::Native => "cv-level-native",
        Cefr::C2 => "cv-level-c2",
        Cefr::C1 => "cv-level-c1",
        Cefr::B2 => "cv-level-b2",
        Cefr::B1 => "cv-level-b1",
        Cefr::A2 => "cv-level-a2",
        Cefr::A1 => "cv-level-a1",
    })
}

/// One field of a builder form. Text the learner types for the CV carries the CV's language
/// and direction; addresses, numbers and dates are always left to right.
fn field_view(field: &Field, form: &FormState, header: &CvHeader, t: Translator) -> AnyView {
    let mut label = field_label(t, field.name);
    if !field.required {
        label = t.t_with("cv-optional", &[("label", label.into())]);
    }
    let hint = field_hint(t, field.name, field.control);
    let value = form.value(field.name);
    let errors = form.errors.clone();
    let (lang, dir) = (header.language.tag(), header.language.dir());
    let id = field.name;
    match field.control {
        Control::Line | Control::Email | Control::Phone | Control::Date => {
            // Addresses, numbers and dates read left to right in any language.
            let (input_type, autocomplete, lang, dir) = match (field.control, id) {
                (Control::Email, _) => ("email", "email", None, "ltr"),
                (Control::Phone, _) => ("tel", "tel", None, "ltr"),
                (Control::Date, _) => ("text", "off", None, "ltr"),
                (_, "name") => ("text", "name", Some(lang), dir),
                (_, "city") => ("text", "address-level2", Some(lang), dir),
                _ => ("text", "off", Some(lang), dir),
            };
            view! {
                <TextField
                    id=id
                    label=label
                    hint=hint.unwrap_or_default()
                    value=value
                    errors=errors
                    required=field.required
                    input_type=input_type
                    autocomplete=autocomplete
                    lang=lang
                    dir=Some(dir)
                />
            }
            .into_any()
        }
        Control::Paragraph => view! {
            <TextArea
                id=id
                label=label
                hint=hint.unwrap_or_default()
                value=value
                errors=errors
                lang=Some(lang)
                dir=Some(dir)
            />
        }
        .into_any(),
        Control::Kind => {
            let options = ExperienceKind::ALL
                .into_iter()
                .map(|kind| (kind.as_str(), kind_label(t, kind)))
                .collect();
            view! { <SelectField id=id label=label options=options value=value errors=errors/> }
                .into_any()
        }
        Control::Level => {
            let options = Cefr::ALL
                .into_iter()
                .map(|level| (level.as_str(), level_label(t, level)))
                .collect();
            let value = if value.is_empty() {
                Cefr::default().as_str().to_string()
            } else {
                value
            };
            view! {
                <SelectField
                    id=id
                    label=label
                    options=options
                    value=value
                    errors=errors
                    hint=t.t("cv-hint-level")
                />
            }
            .into_any()
        }
    }
}

fn fields_view(fields: &[Field], form: &FormState, header: &CvHeader, t: Translator) -> AnyView {
    fields
        .iter()
        .map(|field| field_view(field, form, header, t))
        .collect_view()
        .into_any()
}

/// A button in a form of its own (move, remove), named with the entry it acts on.
fn entry_button(action: String, label: String, entry: String, lang: &'static str) -> impl IntoView {
    view! {
        <form method="post" action=action class="inline">
            <CsrfField/>
            <button type="submit">
                {label}
                <span class="visually-hidden">
                    ": "
                    <span lang=lang>{entry}</span>
                </span>
            </button>
        </form>
    }
}

/// The entries of a list step, each with its buttons.
fn entries_view(view_data: &StepView, section: Section, t: Translator) -> impl IntoView {
    let StepView {
        header, cv, step, ..
    } = view_data;
    let count = cv.count(section);
    let (lang, dir) = (header.language.tag(), header.language.dir());
    let base = format!("/{}", step.slug());
    let items = (0..count)
        .map(|i| {
            let title = cv.entry_title(section, i);
            let shown = if title.is_empty() {
                t.t("cv-entry-untitled")
            } else {
                title.clone()
            };
            let up = (i > 0).then(|| {
                entry_button(
                    cv_href(header.id, &format!("{base}/{i}/up")),
                    t.t("cv-move-up"),
                    title.clone(),
                    lang,
                )
            });
            let down = (i + 1 < count).then(|| {
                entry_button(
                    cv_href(header.id, &format!("{base}/{i}/down")),
                    t.t("cv-move-down"),
                    title.clone(),
                    lang,
                )
            });
            view! {
                <li class="entry">
                    <p class="entry-title" lang=lang dir=dir>{shown}</p>
                    <ul class="actions">
                        <li>
                            <a href=cv_href(header.id, &format!("{base}/{i}"))>
                                {t.t("cv-change")}
                                <span class="visually-hidden">
                                    ": "
                                    <span lang=lang>{title.clone()}</span>
                                </span>
                            </a>
                        </li>
                        {up.map(|b| view! { <li>{b}</li> })}
                        {down.map(|b| view! { <li>{b}</li> })}
                        <li>
                            {entry_button(
                                cv_href(header.id, &format!("{base}/{i}/remove")),
                                t.t("cv-remove"),
                                title.clone(),
                                lang,
                            )}
                        </li>
                    </ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <h2 id="entries">{t.t_with("cv-entries", &[("count", (count as i64).into())])}</h2>
        {if count == 0 {
            view! { <p>{t.t("cv-entries-none")}</p> }.into_any()
        } else {
            view! { <ol class="entries">{items}</ol> }.into_any()
        }}
    }
}

/// The learner may tick what Tifawt knows of them (course competences, certificates).
fn suggestions_view(view_data: &StepView, t: Translator) -> Option<impl IntoView> {
    if view_data.suggestions.is_empty() {
        return None;
    }
    let lang = view_data.header.language.tag();
    let dir = view_data.header.language.dir();
    let items = view_data
        .suggestions
        .iter()
        .enumerate()
        .map(|(i, (value, text))| {
            let id = format!("suggestion-{i}");
            view! {
                <div class="choice">
                    <input type="checkbox" id=id.clone() name="pick" value=value.clone()/>
                    <label for=id lang=lang dir=dir>{text.clone()}</label>
                </div>
            }
        })
        .collect_view();
    let legend = match view_data.step {
        Step::Certificates => t.t("cv-suggest-certificates"),
        _ => t.t("cv-suggest-skills"),
    };
    Some(view! {
        <form
            method="post"
            action=cv_href(view_data.header.id, &format!("/{}/suggestions", view_data.step.slug()))
            class="stacked" novalidate
        >
            <CsrfField/>
            <fieldset id="suggestions">
                <legend>{legend}</legend>
                {items}
            </fieldset>
            <button type="submit">{t.t("cv-suggest-add")}</button>
        </form>
    })
}

/// Where to go from a step: the next one, or the summary after the last.
fn onward(header: &CvHeader, step: Step, t: Translator) -> impl IntoView {
    let (href, label) = match step.next() {
        Some(next) => (
            cv_href(header.id, &format!("/{}", next.slug())),
            t.t_with("cv-next-step", &[("step", step_title(t, next).into())]),
        ),
        None => (cv_href(header.id, ""), t.t("cv-to-summary")),
    };
    view! {
        <p class="onward">
            <a href=href class="button-link">{label}</a>
        </p>
    }
}

/// `GET /{lang}/cv/{id}/{step}` and `…/{step}/{n}`.
#[component]
pub fn CvStepPage(view_data: StepView) -> impl IntoView {
    let request = use_request();
    let t = request.translator();
    let step = view_data.step;
    let header = view_data.header.clone();
    let title = step_title(t, step);
    let caption = t.t_with(
        "cv-step-of",
        &[
            ("number", (step.number() as i64).into()),
            ("total", (Step::ALL.len() as i64).into()),
        ],
    );
    let action = |rest: &str| cv_href(header.id, &format!("/{}{rest}", step.slug()));
    let body = match (step.section(), view_data.editing) {
        (None, _) => {
            let fields: &[Field] = if step == Step::Contact {
                &CONTACT_FIELDS
            } else {
                &PROFILE_FIELDS
            };
            let intro = step_intro(t, step);
            view! {
                <p>{intro}</p>
                <form method="post" action=action("") class="stacked" novalidate>
                    <CsrfField/>
                    {fields_view(fields, &view_data.form, &header, t)}
                    <button type="submit">{t.t("cv-save-continue")}</button>
                    {wording_view(&view_data, action("/wording"), t)}
                </form>
            }
            .into_any()
        }
        (Some(section), Some(index)) => {
            let entry = view_data.cv.entry_title(section, index);
            view! {
                <h2 id="entry-heading">
                    {t.t("cv-change-entry")} ": "
                    <span lang=header.language.tag() dir=header.language.dir()>{entry}</span>
                </h2>
                <form method="post" action=action(&format!("/{index}")) class="stacked" novalidate aria-labelledby="entry-heading">
                    <CsrfField/>
                    {fields_view(section.fields(), &view_data.form, &header, t)}
                    <button type="submit">{t.t("cv-save-entry")}</button>
                    {wording_view(&view_data, action(&format!("/{index}/wording")), t)}
                </form>
                <p>
                    <a href=action("")>{t.t("cv-cancel")}</a>
                </p>
            }
            .into_any()
        }
        (Some(section), None) => {
            let intro = step_intro(t, step);
            view! {
                <p>{intro}</p>
                {entries_view(&view_data, section, t)}
                {suggestions_view(&view_data, t)}
                <h2 id="add-heading">{t.t("cv-add-entry")}</h2>
                <form method="post" action=action("") class="stacked" novalidate aria-labelledby="add-heading">
                    <CsrfField/>
                    {fields_view(section.fields(), &view_data.form, &header, t)}
                    <button type="submit">{t.t("cv-add")}</button>
                </form>
                {onward(&header, step, t)}
            }
            .into_any()
        }
    };
    view! {
        {page_title(t, &format!("{title} — {}", header.title))}
        <ErrorSummary errors=view_data.form.errors.clone()/>
        <p class="back-link">
            <a href=cv_href(header.id, "")>{t.t("cv-back-to-summary")}</a>
        </p>
        <h1>
            <span class="caption">{caption}</span>
            " "
            {title}
        </h1>
        {notice_view(t, view_data.notice)}
        {body}
    }
}
