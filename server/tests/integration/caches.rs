//! Two servers on one database, each caching who is signed in and each learner's progress
//! (`db::changes`): what one server changes, the other shows at once on SQLite (it sees the
//! commit at its next request) and as soon as PostgreSQL delivers the change's notice (a
//! millisecond or so). A sign-out on one ends the session on the other: shared computers
//! need that.

use crate::support::{
    after_change, demo_server, plain, quiz_courses, Backend, Browser, TestServer, ALL_RIGHT_FR,
    DEMO_LEARNER as LEARNER,
};

const FACILITATOR: (&str, &str) = ("demo.facilitator", "facilitator-demo-2026");
const LESSON: &str = "/fr/courses/basics/first";

/// Two servers with the demo accounts on one database.
fn two_servers(backend: Backend) -> (TestServer, TestServer) {
    let one = demo_server(backend, quiz_courses(), None);
    let other = demo_server(backend, quiz_courses(), Some(one.db.url.clone()));
    (one, other)
}

/// The demo learner signed in on `one`, and the same browser on `other`.
fn learner_on_both<'a>(one: &'a TestServer, other: &'a TestServer) -> (Browser<'a>, Browser<'a>) {
    let mut learner = Browser::new(one);
    learner.sign_in(LEARNER.0, LEARNER.1);
    let there = same_browser_on(&learner, other);
    (learner, there)
}

/// The same visitor on another server: the same cookies (a load balancer may send each
/// request of one browser to either).
fn same_browser_on<'a>(browser: &Browser, server: &'a TestServer) -> Browser<'a> {
    let mut copy = Browser::new(server);
    copy.cookies = browser.cookies.clone();
    copy.csrf = browser.csrf.clone();
    copy
}

fn signed_in(browser: &mut Browser) -> bool {
    browser.get("/fr/").body.contains(r#"action="/sign-out""#)
}

backends! {
    fn a_sign_out_or_a_reset_on_one_server_ends_the_session_on_the_other(backend) {
        let (one, other) = two_servers(backend);
        let (mut learner, mut there) = learner_on_both(&one, &other);
        // Read twice on the other server: the second answer comes from its cache.
        assert!(signed_in(&mut there), "{backend:?}: the session works on both servers");
        assert!(signed_in(&mut there));

        // Signed out on the first server; `there` still sends the old cookie to the other.
        learner.get("/fr/");
        assert_eq!(learner.post("/sign-out", &[("locale", "fr")]).status, 303);
        after_change(backend, "the other server ended the session", || {
            !signed_in(&mut there)
        });

        // A password reset by a facilitator on one server ends the learner's session on
        // the other.
        let mut learner = Browser::new(&other);
        learner.sign_in(LEARNER.0, LEARNER.1);
        assert!(signed_in(&mut learner));
        assert!(signed_in(&mut learner));
        let mut facilitator = Browser::new(&one);
        facilitator.sign_in(FACILITATOR.0, FACILITATOR.1);
        facilitator.get("/fr/centres/1");
        let id = one
            .db
            .count("SELECT CAST(id AS BIGINT) FROM users WHERE username = 'demo.learner'");
        let reset = facilitator.post(&format!("/fr/centres/1/learners/{id}/password"), &[]);
        assert_eq!(reset.status, 200, "{backend:?}");
        after_change(backend, "the reset ended the session on the other server", || {
            !signed_in(&mut learner)
        });
    }
}

backends! {
    fn progress_recorded_on_one_server_shows_on_the_other(backend) {
        let (one, other) = two_servers(backend);
        let (mut learner, mut there) = learner_on_both(&one, &other);
        // Opened (and cached) on the other server, with no score yet.
        for _ in 0..2 {
            let page = plain(&there.get(LESSON).body);
            assert!(!page.contains("Meilleur score"), "{backend:?}: {page}");
        }
        let result = learner.answer_quiz(LESSON, &ALL_RIGHT_FR);
        assert!(plain(&result.body).contains("(100 %)"), "{}", result.body);
        after_change(backend, "the other server shows the new score", || {
            plain(&there.get(LESSON).body).contains("Meilleur score : 100 %.")
        });
    }
}
