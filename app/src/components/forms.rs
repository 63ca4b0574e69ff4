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
) -> impl IntoView {
    let t = use_request().translator();
    let error = errors
        .as_ref()
        .and_then(|e| e.for_field(id))
        .map(|m| m.text(t));
    let hint_id = hint.as_ref().map(|_| format!("{id}-hint"));
    let error_id = error.as_ref().map(|_| format!("{id}-error"));
    let described_by = [hint_id.clone(), error_id.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let invalid = error.is_some();
    view! {
        <div class="field" class:field-invalid=invalid>
            <label for=id>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id.clone()>{hint}</p> })}
            {error
                .map(|error| {
                    view! {
                        <p class="field-error" id=error_id.clone()>
                            <span class="visually-hidden">{t.t("error-prefix")}</span>
                            {error}
                        </p>
                    }
                })}
            <input
                type=input_type.unwrap_or("text")
                id=id
                name=id
                value=value
                autocomplete=autocomplete
                required=required
                aria-invalid=error_id.as_ref().map(|_| "true")
                aria-describedby=(!described_by.is_empty()).then_some(described_by)
            />
        </div>
    }
}

/// The hidden anti-forgery token every form sends back.
#[component]
pub fn CsrfField() -> impl IntoView {
    view! { <input type="hidden" name="csrf_token" value=use_request().csrf_token()/> }
}
