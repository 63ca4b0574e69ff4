//! Snapshots (insta) of rendered pages in the three languages: a lesson after a quiz
//! result, a centre's progress report, a certificate, a form's error summary, and a CV step
//! (entries, and a form with mistakes). Only the
//! `<main>` element is kept, one tag a line, with what changes from run to run (tokens,
//! nonces, dates, addresses, the hashes in island names) replaced by placeholders; `cargo insta review` shows a change.
//! The pages do not depend on the database: SQLite only.

use crate::support::seed::{self, Account, Person};
use crate::support::{demo_server, quiz_courses, Backend, Browser, TestServer};
use regex::Regex;

const LANGUAGES: [&str; 3] = ["ar", "fr", "zgh"];
const FIRST: &str = "courses/basics/first";

/// Right but for the short answer: a result with one question to review.
const ONE_WRONG: [(&str, &str); 5] = [
    ("q-single", "1"),
    ("q-several", "0"),
    ("q-several", "2"),
    ("q-truth", "0"),
    ("q-word", "robot"),
];

/// The `<main>` element of `html`, one tag a line, redacted.
fn main_of(html: &str) -> String {
    let start = html.find("<main").expect("a <main> element");
    let end = start + html[start..].find("</main>").expect("the end of <main>") + 7;
    let mut main = html[start..end].to_string();
    let redactions = [
        (
            r#"name="csrf_token" value="[^"]*""#,
            r#"name="csrf_token" value="[csrf]""#,
        ),
        (
            r#"name="attempt" value="[^"]*""#,
            r#"name="attempt" value="[attempt]""#,
        ),
        (r#"nonce="[^"]*""#, r#"nonce="[nonce]""#),
        (r"(127\.0\.0\.1|localhost):\d+", "[address]"),
        (
            r"\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?",
            "[date]",
        ),
        // An island's name ends with a hash of its code: a change to that is not one here.
        (
            r#"data-component="(\w+?)_\d+""#,
            r#"data-component="${1}_[hash]""#,
        ),
    ];
    for (pattern, placeholder) in redactions {
        main = Regex::new(pattern)
            .expect("a pattern")
            .replace_all(&main, placeholder)
            .into_owned();
    }
    main.replace("><", ">\n<")
}

fn server() -> TestServer {
    demo_server(Backend::Sqlite, quiz_courses(), None)
}

/// A learner of the demo centre's first cohort, signed in.
fn learner<'a>(server: &'a TestServer, username: &str, name: &str) -> (Account, Browser<'a>) {
    let account = Person::learner(username)
        .named(name)
        .in_cohort(1)
        .create(server);
    let mut browser = Browser::new(server);
    browser.sign_in(&account.username, &account.password);
    (account, browser)
}

#[test]
fn a_lesson_after_a_quiz_result() {
    let server = server();
    for lang in LANGUAGES {
        let (_, mut browser) = learner(&server, &format!("learner.{lang}"), "Amal");
        let reply = browser.answer_quiz(&format!("/{lang}/{FIRST}"), &ONE_WRONG);
        assert_eq!(reply.status, 200, "{lang}");
        insta::assert_snapshot!(format!("lesson_after_a_quiz_{lang}"), main_of(&reply.body));
    }
}

#[test]
fn a_centre_progress_report() {
    let server = server();
    let centre = seed::centre(&server, "Tilelli", "zgh");
    let cohort = seed::cohort(&server, centre, "Groupe A");
    let facilitator = Person::facilitator("tilelli.facilitator")
        .named("Itto")
        .of_centre(centre)
        .with_password("tilelli-password-1")
        .create(&server);
    for (username, name, quiz) in [("amal", "أمل", true), ("brahim", "ⴱⵔⴰⵀⵉⵎ", false)]
    {
        let learner = Person::learner(username)
            .named(name)
            .of_centre(centre)
            .in_cohort(cohort)
            .create(&server);
        let mut browser = Browser::new(&server);
        browser.sign_in(&learner.username, &learner.password);
        if quiz {
            browser.answer_quiz(&format!("/fr/{FIRST}"), &ONE_WRONG);
        } else {
            browser.get(&format!("/fr/{FIRST}"));
        }
    }
    let mut browser = Browser::new(&server);
    browser.sign_in(&facilitator.username, &facilitator.password);
    for lang in LANGUAGES {
        let reply = browser.get(&format!("/{lang}/centres/{centre}/progress"));
        assert_eq!(reply.status, 200, "{lang}");
        insta::assert_snapshot!(format!("centre_progress_{lang}"), main_of(&reply.body));
    }
}

#[test]
fn a_certificate() {
    let server = server();
    let (_, mut learner) = learner(&server, "amal", "Amal Aït");
    let mut all_right = ONE_WRONG.to_vec();
    all_right[4] = ("q-word", "intelligence artificielle");
    learner.answer_quiz(&format!("/fr/{FIRST}"), &all_right);
    learner.get("/fr/courses/basics/second");
    assert_eq!(
        learner.post("/fr/courses/basics/second/done", &[]).status,
        303
    );
    learner.answer_quiz("/fr/courses/basics/third", &[("q-only", "0")]);
    for lang in LANGUAGES {
        let reply = learner.get(&format!("/{lang}/certificates/basics"));
        assert_eq!(reply.status, 200, "{lang}");
        insta::assert_snapshot!(format!("certificate_{lang}"), main_of(&reply.body));
    }
}

#[test]
fn the_error_summary_of_an_empty_sign_in_form() {
    let server = server();
    for lang in LANGUAGES {
        let mut browser = Browser::new(&server);
        browser.get(&format!("/{lang}/sign-in"));
        let reply = browser.post(
            &format!("/{lang}/sign-in"),
            &[("username", ""), ("password", "")],
        );
        assert_eq!(reply.status, 422, "{lang}");
        insta::assert_snapshot!(format!("sign_in_errors_{lang}"), main_of(&reply.body));
    }
}

#[test]
fn a_cv_step_with_entries_and_a_mistake() {
    let server = server();
    // The CV's number differs from language to language.
    let cv_address = Regex::new(r"/cv/\d+").expect("a pattern");
    for lang in LANGUAGES {
        let (_, mut browser) = learner(&server, &format!("cv.{lang}"), "Amal");
        browser.get(&format!("/{lang}/cv"));
        let reply = browser.post(
            &format!("/{lang}/cv"),
            &[("title", "CV"), ("language", "ar"), ("template", "plain")],
        );
        let base = reply
            .header("location")
            .expect("to the first step")
            .trim_end_matches("/contact")
            .to_string();
        for role in ["بائعة", "Animatrice"] {
            browser.post(
                &format!("{base}/experience"),
                &[("kind", "job"), ("role", role), ("start", "2023")],
            );
        }
        let reply = browser.post(
            &format!("{base}/experience"),
            &[("kind", "job"), ("role", ""), ("start", "2024-13")],
        );
        assert_eq!(reply.status, 422, "{lang}");
        let page = cv_address
            .replace_all(&main_of(&reply.body), "/cv/[id]")
            .into_owned();
        insta::assert_snapshot!(format!("cv_step_{lang}"), page);
    }
}
