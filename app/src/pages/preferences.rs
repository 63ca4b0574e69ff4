//! The preferences page: interface language, text size, colours and motion. Signed in, the
//! choices are saved with the account and follow the learner to any computer; otherwise
//! they are remembered on this computer.

use super::page_title;
use crate::components::forms::CsrfField;
use crate::context::use_request;
use crate::i18n::{Locale, Translator};
use crate::preferences::{Motion, TextSize, Theme};
use leptos::prelude::*;

/// One group of radio buttons, e.g. every theme.
fn choice_group<T: Copy + PartialEq + 'static>(
    t: Translator,
    name: &'static str,
    legend_key: &'static str,
    options: &[T],
    current: T,
    value: impl Fn(T) -> &'static str,
    label_key: impl Fn(T) -> &'static str,
) -> impl IntoView {
    let radios = options
        .iter()
        .map(|option| {
            let value = value(*option);
            let id = format!("{name}-{value}");
            view! {
                <div class="choice">
                    <input
                        type="radio"
                        id=id.clone()
                        name=name
                        value=value
                        checked=*option == current
                    />
                    <label for=id>{t.t(label_key(*option))}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset id=name>
            <legend>{t.t(legend_key)}</legend>
            {radios}
        </fieldset>
    }
}

/// The preferences form; `saved` when it follows a successful save.
#[component]
pub fn PreferencesPage(saved: bool) -> impl IntoView {
    let request = use_request();
    let t = request.translator();
    let prefs = request.preferences;
    let where_saved = if request.viewer().is_some() {
        t.t("preferences-intro-account")
    } else {
        t.t("preferences-intro-computer")
    };
    let languages = Locale::ALL
        .map(|locale| {
            let id = format!("language-{locale}");
            view! {
                <div class="choice own-name">
                    <input
                        type="radio"
                        id=id.clone()
                        name="language"
                        value=locale.tag()
                        checked=locale == request.locale
                    />
                    <label for=id lang=locale.tag() dir=locale.dir()>
                        {locale.own_name()}
                    </label>
                </div>
            }
        })
        .collect_view();
    view! {
        {page_title(t, &t.t("preferences-title"))}
        <h1>{t.t("preferences-title")}</h1>
        {saved
            .then(|| {
                view! {
                    <p class="notice" role="status">
                        {t.t("preferences-saved")}
                    </p>
                }
            })}
        <p>{where_saved}</p>
        <form method="post" action=request.href("/preferences") class="stacked">
            <CsrfField/>
            <fieldset id="language">
                <legend>{t.t("preferences-language")}</legend>
                {languages}
            </fieldset>
            {choice_group(
                t,
                "text-size",
                "text-size-legend",
                TextSize::ALL,
                prefs.text_size,
                TextSize::as_str,
                |size| match size {
                    TextSize::Normal => "text-size-normal",
                    TextSize::Large => "text-size-large",
                    TextSize::Larger => "text-size-larger",
                },
            )}
            {choice_group(
                t,
                "theme",
                "preferences-theme",
                Theme::ALL,
                prefs.theme,
                Theme::as_str,
                |theme| match theme {
                    Theme::System => "theme-system",
                    Theme::Light => "theme-light",
                    Theme::Dark => "theme-dark",
                    Theme::HighContrast => "theme-high-contrast",
                },
            )}
            {choice_group(
                t,
                "motion",
                "preferences-motion",
                Motion::ALL,
                prefs.motion,
                Motion::as_str,
                |motion| match motion {
                    Motion::System => "motion-system",
                    Motion::Reduce => "motion-reduce",
                },
            )}
            <button type="submit">{t.t("preferences-save")}</button>
        </form>
    }
}
