//! Form parts that follow the GOV.UK patterns: an error summary that takes focus and links
//! to each field, and fields whose label, hint and error are tied to the control.

use crate::context::use_request;
use crate::forms::FormErrors;
use leptos::prelude::*;

/// The list of mistakes at the top of the page. It takes focus when the page loads
/// (`autofocus`, no script needed) and is announced; each item links to its field.
#[component]
pub fn ErrorSummary(errors: FormErrors) -> impl IntoView {
    if errors.is_empty() {
        return None;
    }
    let t = use_request().translator();
    let items = errors
        .0
        .iter()
        .map(|e| {
            view! {
                <li>
                    <a href=format!("#{}", e.field)>{e.message.text(t)}</a>
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <div
            class="error-summary"
            role="alert"
            tabindex="-1"
            autofocus
            aria-labelledby="error-summary-title"
        >
            <h2 id="error-summary-title">{t.t("error-summary-title")}</h2>
            <ul>{items}</ul>
        </div>
    })
}

/// What a field shows around its control: the label, the hint and the error, each with the
/// id the control's `aria-describedby` names. One frame for every kind of control.
struct FieldFrame {
    error: Option<String>,
    hint_id: Option<String>,
    error_id: Option<String>,
}

impl FieldFrame {
    fn new(id: &str, hint: Option<&String>, errors: Option<&FormErrors>) -> FieldFrame {
        let t = use_request().translator();
        let hint = hint.filter(|h| !h.is_empty());
        let error = errors.and_then(|e| e.for_field(id)).map(|m| m.text(t));
        FieldFrame {
            hint_id: hint.map(|_| format!("{id}-hint")),
            error_id: error.as_ref().map(|_| format!("{id}-error")),
            error,
        }
    }

    fn described_by(&self) -> Option<String> {
        let ids: Vec<&str> = [&self.hint_id, &self.error_id]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }

    fn invalid(&self) -> Option<&'static str> {
        self.error.as_ref().map(|_| "true")
    }

    /// The field's `div` with its label, hint and error, then `control`.
    fn wrap(
        self,
        id: &'static str,
        label: String,
        hint: Option<String>,
        control: AnyView,
    ) -> AnyView {
        let t = use_request().translator();
        let invalid = self.error.is_some();
        let hint = hint.filter(|h| !h.is_empty());
        let FieldFrame {
            error,
            hint_id,
            error_id,
        } = self;
        view! {
            <div class="field" class:field-invalid=invalid>
                <label for=id>{label}</label>
                {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
                {error
                    .map(|error| {
                        view! {
                            <p class="field-error" id=error_id>
                                <span class="visually-hidden">{t.t("error-prefix")}</span>
                                {error}
                            </p>
                        }
                    })}
                {control}
            </div>
        }
        .into_any()
    }
}

/// A labelled text input with an optional hint and error message, both read out with it.
#[component]
pub fn TextField(
    /// The control's `id` (error summary links point here) and `name`.
    id: &'static str,
    label: String,
    #[prop(optional)] hint: Option<String>,
    #[prop(into, optional)] value: String,
    #[prop(optional)] errors: Option<FormErrors>,
    /// `text` unless given.
    #[prop(optional)]
    input_type: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] required: bool,
    /// The language of what is typed, when it is not the page's (a CV in another language).
    #[prop(optional_no_strip)]
    lang: Option<&'static str>,
    #[prop(optional_no_strip)] dir: Option<&'static str>,
) -> impl IntoView {
    let frame = FieldFrame::new(id, hint.as_ref(), errors.as_ref());
    let control = view! {
        <input
            type=input_type.unwrap_or("text")
            id=id
            name=id
            value=value
            autocomplete=autocomplete
            required=required
            lang=lang
            dir=dir
            aria-invalid=frame.invalid()
            aria-describedby=frame.described_by()
        />
    }
    .into_any();
    frame.wrap(id, label, hint, control)
}

/// A labelled paragraph of text, like [`TextField`].
#[component]
pub fn TextArea(
    id: &'static str,
    label: String,
    #[prop(optional)] hint: Option<String>,
    #[prop(into, optional)] value: String,
    #[prop(optional)] errors: Option<FormErrors>,
    #[prop(optional_no_strip)] lang: Option<&'static str>,
    #[prop(optional_no_strip)] dir: Option<&'static str>,
    /// Visible lines.
    #[prop(default = 5)]
    rows: u32,
) -> impl IntoView {
    let frame = FieldFrame::new(id, hint.as_ref(), errors.as_ref());
    let control = view! {
        <textarea
            id=id
            name=id
            rows=rows
            lang=lang
            dir=dir
            aria-invalid=frame.invalid()
            aria-describedby=frame.described_by()
        >
            {value}
        </textarea>
    }
    .into_any();
    frame.wrap(id, label, hint, control)
}

/// A labelled drop-down list of (value, text) options, like [`TextField`].
#[component]
pub fn SelectField(
    id: &'static str,
    label: String,
    options: Vec<(&'static str, String)>,
    #[prop(into, optional)] value: String,
    #[prop(optional)] hint: Option<String>,
    #[prop(optional)] errors: Option<FormErrors>,
) -> impl IntoView {
    let frame = FieldFrame::new(id, hint.as_ref(), errors.as_ref());
    let options = options
        .into_iter()
        .map(|(option, text)| {
            view! { <option value=option selected=option == value>{text}</option> }
        })
        .collect_view();
    let control = view! {
        <select id=id name=id aria-invalid=frame.invalid() aria-describedby=frame.described_by()>
            {options}
        </select>
    }
    .into_any();
    frame.wrap(id, label, hint, control)
}

/// The hidden anti-forgery token every form sends back.
#[component]
pub fn CsrfField() -> impl IntoView {
    view! { <input type="hidden" name="csrf_token" value=use_request().csrf_token()/> }
}
