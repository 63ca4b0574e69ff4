//! One learner's data on request (law 09-08): the export holds theirs and nobody else's and
//! is only for the centre's facilitators and admins; the erasure leaves no personal row and
//! the impact summary's past counts unchanged; staff actions are in the audit log, which
//! only admins read. On SQLite and PostgreSQL.

use crate::support::plain;
use crate::support::{self, quiz_courses, run_cli, Backend, Browser, ServerOptions, TestServer};

const FIRST: &str = "/fr/courses/basics/first";

fn start(backend: Backend) -> TestServer {
    TestServer::start_with(
        backend,
        ServerOptions {
            courses_dir: quiz_courses(),
            extra_args: vec!["--demo".into()],
            ..ServerOptions::default()
        },
    )
}

/// A learner of the demo centre (Groupe 1), created by the facilitator; (id, password).
fn add_learner(server: &TestServer, facilitator: &mut Browser, username: &str) -> (i64, String) {
    facilitator.get("/fr/centres/1");
    let reply = facilitator.post(
        "/fr/centres/1/learners",
        &[
            ("learner-cohort", "1"),
            ("learner-name", &format!("Name of {username}")),
            ("learner-username", username),
            ("learner-password", ""),
        ],
    );
    assert_eq!(reply.status, 200, "{}", reply.body);
    let password = reply
        .body
        .split(r#"class="password">"#)
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .expect("a password")
        .to_string();
    let id = server.db.count(&format!(
        "SELECT CAST(id AS BIGINT) FROM users WHERE username = '{username}'"
    ));
    (id, password)
}

/// Answers the first quiz all right but for the short answer, which is `word`.
fn answer_first_quiz(learner: &mut Browser, word: &str) {
    let reply = learner.answer_quiz(
        FIRST,
        &[
            ("q-single", "1"),
            ("q-several", "0"),
            ("q-several", "2"),
            ("q-truth", "0"),
            ("q-word", word),
        ],
    );
    assert_eq!(reply.status, 200);
}

/// The centre's figures of the impact summary: enrolled, active, lessons completed, courses
/// passed, average score.
fn centre_figures(admin: &mut Browser) -> Vec<String> {
    let csv = plain(
        &admin
            .get("/fr/reports/impact?format=csv&table=centres")
            .body,
    );
    let line = csv
        .lines()
        .find(|l| l.starts_with("Dar Taliba Demo,"))
        .unwrap_or_else(|| panic!("{csv}"));
    line.split(',').skip(1).map(str::to_string).collect()
}

backends! {
    fn an_export_holds_one_learners_data_for_those_who_may(backend) {
        let server = start(backend);
        let mut facilitator = Browser::new(&server);
        facilitator.sign_in("demo.facilitator", "facilitator-demo-2026");
        let (amal, amal_password) = add_learner(&server, &mut facilitator, "amal");
        let (_, other_password) = add_learner(&server, &mut facilitator, "brahim");
        let mut amal_browser = Browser::new(&server);
        amal_browser.sign_in("amal", &amal_password);
        answer_first_quiz(&mut amal_browser, "amal-words");
        let mut brahim = Browser::new(&server);
        brahim.sign_in("brahim", &other_password);
        answer_first_quiz(&mut brahim, "brahim-words");

        // The learner's page links both files and has the erase form.
        let page = plain(
            &facilitator
                .get(&format!("/fr/centres/1/learners/{amal}"))
                .body,
        );
        assert!(page.contains(&format!("/fr/centres/1/learners/{amal}/data.json")));
        assert!(page.contains(&format!("/fr/centres/1/learners/{amal}/data.csv")));
        assert!(page.contains(&format!(r#"action="/fr/centres/1/learners/{amal}/erase""#)));
        assert!(page.contains(r#"id="erase-username""#));

        let json = facilitator.get(&format!("/fr/centres/1/learners/{amal}/data.json"));
        assert_eq!(json.status, 200, "{backend:?}");
        assert_eq!(
            json.header("content-type"),
            Some("application/json; charset=utf-8")
        );
        assert_eq!(json.header("cache-control"), Some("no-store"));
        assert!(json
            .header("content-disposition")
            .is_some_and(|d| d.starts_with("attachment;")));
        let data: serde_json::Value = serde_json::from_str(&json.body).expect("JSON");
        assert_eq!(data["format"], "tifawt-learner-data/1");
        assert_eq!(data["account"]["username"], "amal");
        assert_eq!(data["account"]["role"], "learner");
        assert_eq!(data["account"]["centre"], "Dar Taliba Demo");
        assert_eq!(data["account"]["cohort"], "Groupe 1");
        assert!(data["account"]["last_sign_in_at"].is_string());
        assert!(data["preferences"].is_object());
        assert_eq!(data["lessons"][0]["lesson_id"], "first");
        assert!(data["lessons"][0]["completed_at"].is_string());
        let attempts = data["attempts"].as_array().expect("attempts");
        assert_eq!(attempts.len(), 1);
        assert_eq!(attempts[0]["score"], 75, "the words typed are wrong");
        let answers = attempts[0]["answers"].as_array().expect("answers");
        assert_eq!(answers.len(), 4);
        assert!(answers.iter().any(|a| a["question_id"] == "word"
            && a["response"] == "amal-words"
            && a["correct"] == false));
        assert!(answers
            .iter()
            .any(|a| a["question_id"] == "single" && a["correct"] == true));
        assert_eq!(data["certificates"], serde_json::json!([]));
        assert!(!json.body.contains("brahim"), "another learner's data");
        assert!(!json.body.contains("password"), "{}", json.body);

        let csv = facilitator.get(&format!("/fr/centres/1/learners/{amal}/data.csv"));
        assert_eq!(csv.status, 200);
        assert_eq!(csv.header("content-type"), Some("text/csv; charset=utf-8"));
        assert_eq!(csv.header("cache-control"), Some("no-store"));
        assert!(csv.body.starts_with("\u{feff}record,field,value\n"));
        assert!(csv.body.contains("\naccount,account.username,amal\n"));
        assert!(csv.body.contains(",amal-words\n"));
        assert!(csv.body.contains("\nattempts,attempts[0].score,75\n"));
        assert!(!csv.body.contains("brahim"));

        // An admin may; a facilitator of another centre, a learner and a visitor may not.
        let mut admin = Browser::new(&server);
        admin.sign_in("demo.admin", "admin-demo-2026");
        assert_eq!(
            admin
                .get(&format!("/ar/centres/1/learners/{amal}/data.csv"))
                .status,
            200
        );
        let mut other = support::facilitator_of_a_second_centre(&server, &mut admin);
        let mut learner = Browser::new(&server);
        learner.sign_in("demo.learner", "learner-demo-2026");
        for browser in [&mut other, &mut learner] {
            for path in [
                format!("/fr/centres/1/learners/{amal}/data.json"),
                format!("/fr/centres/1/learners/{amal}/data.csv"),
                format!("/fr/centres/2/learners/{amal}/data.json"),
            ] {
                let reply = browser.get(&path);
                assert_eq!(reply.status, 404, "{backend:?} {path}");
                assert!(!reply.body.contains("amal-words"));
            }
            browser.get("/fr/");
            let erase = browser.post(
                &format!("/fr/centres/1/learners/{amal}/erase"),
                &[("erase-username", "amal")],
            );
            assert_eq!(erase.status, 404, "{backend:?}");
        }
        assert_eq!(
            Browser::new(&server)
                .get(&format!("/fr/centres/1/learners/{amal}/data.json"))
                .status,
            303,
            "to sign in"
        );
        assert_eq!(
            server
                .db
                .count("SELECT COUNT(*) FROM users WHERE username = 'amal'"),
            1
        );
        // Three downloads that happened, none that did not.
        assert_eq!(
            server.db.count(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'learner-exported' AND subject_username = 'amal'"
            ),
            3
        );
        assert_eq!(
            server.db.count(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'learner-exported' AND actor_username = 'demo.admin' AND details LIKE '%csv%'"
            ),
            1
        );
    }
}

/// Every personal row of user `id` / `username`, table by table.
fn personal_rows(server: &TestServer, id: i64, username: &str) -> Vec<(&'static str, i64)> {
    let count = |sql: String| server.db.count(&sql);
    vec![
        (
            "users by id",
            count(format!("SELECT COUNT(*) FROM users WHERE id = {id}")),
        ),
        (
            "users by username",
            count(format!(
                "SELECT COUNT(*) FROM users WHERE username = '{username}'"
            )),
        ),
        (
            "sessions",
            count(format!("SELECT COUNT(*) FROM sessions WHERE user_id = {id}")),
        ),
        (
            "trusted_devices",
            count(format!(
                "SELECT COUNT(*) FROM trusted_devices WHERE user_id = {id}"
            )),
        ),
        (
            "lesson_progress",
            count(format!(
                "SELECT COUNT(*) FROM lesson_progress WHERE user_id = {id}"
            )),
        ),
        (
            "quiz_attempts",
            count(format!(
                "SELECT COUNT(*) FROM quiz_attempts WHERE user_id = {id}"
            )),
        ),
        (
            "quiz_answers",
            count(format!(
                "SELECT COUNT(*) FROM quiz_answers WHERE response LIKE '{username}-%'"
            )),
        ),
        (
            "sign_in_throttle by username",
            count(format!(
                "SELECT COUNT(*) FROM sign_in_throttle WHERE key = 'account:{username}' OR key LIKE 'device:%:{username}'"
            )),
        ),
    ]
}

backends! {
    fn erasing_a_learner_leaves_no_personal_row(backend) {
        let server = start(backend);
        let mut facilitator = Browser::new(&server);
        facilitator.sign_in("demo.facilitator", "facilitator-demo-2026");
        let (amal, password) = add_learner(&server, &mut facilitator, "amal");
        let (brahim, brahim_password) = add_learner(&server, &mut facilitator, "brahim");
        let mut amal_browser = Browser::new(&server);
        amal_browser.sign_in("amal", &password);
        answer_first_quiz(&mut amal_browser, "amal-first");
        answer_first_quiz(&mut amal_browser, "amal-second");
        amal_browser.get("/fr/courses/basics/second");
        amal_browser.post("/fr/courses/basics/second/done", &[]);
        let mut brahim_browser = Browser::new(&server);
        brahim_browser.sign_in("brahim", &brahim_password);
        answer_first_quiz(&mut brahim_browser, "brahim-first");
        // Sign-in failures kept under her username: on a browser she signed in on before, and
        // on another one.
        let mut her_other_browser = Browser::new(&server);
        her_other_browser.sign_in("amal", &password);
        her_other_browser.get("/fr/");
        assert_eq!(her_other_browser.post("/sign-out", &[]).status, 303);
        her_other_browser.get("/fr/sign-in");
        her_other_browser.post(
            "/fr/sign-in",
            &[("username", "amal"), ("password", "not-her-password")],
        );
        let mut stranger = Browser::new(&server);
        stranger.get("/fr/sign-in");
        stranger.post(
            "/fr/sign-in",
            &[("username", "AMAL"), ("password", "not-her-password")],
        );
        // Her attempts are the first ones (Brahim's came after): her answers are theirs.
        let first_attempt = server.db.count(&format!(
            "SELECT CAST(MIN(id) AS BIGINT) FROM quiz_attempts WHERE user_id = {amal}"
        ));
        let last_attempt = server.db.count(&format!(
            "SELECT CAST(MAX(id) AS BIGINT) FROM quiz_attempts WHERE user_id = {amal}"
        ));
        let her_answers = format!(
            "SELECT COUNT(*) FROM quiz_answers WHERE attempt_id BETWEEN {first_attempt} AND {last_attempt}"
        );
        assert_eq!(
            server.db.count(&her_answers),
            8,
            "two attempts of four answers"
        );
        let before = personal_rows(&server, amal, "amal");
        for (table, n) in &before {
            assert!(*n > 0, "{backend:?}: the test has {table} to erase");
        }
        let brahim_before = personal_rows(&server, brahim, "brahim");
        let mut admin = Browser::new(&server);
        admin.sign_in("demo.admin", "admin-demo-2026");
        let figures = centre_figures(&mut admin);
        assert_eq!(figures[0], "3", "{figures:?}: enrolled, with Fatima Demo");

        // A username that is not hers: the page again, with the error summary; nothing erased.
        let page_path = format!("/fr/centres/1/learners/{amal}");
        facilitator.get(&page_path);
        let wrong = facilitator.post(
            &format!("{page_path}/erase"),
            &[("erase-username", "brahim")],
        );
        assert_eq!(wrong.status, 422, "{backend:?}");
        let body = plain(&wrong.body);
        assert!(body.contains(r#"class="error-summary""#), "{body}");
        assert!(body.contains(r##"<a href="#erase-username">Tapez exactement l’identifiant"##));
        assert!(body.contains(r#"aria-invalid="true""#));
        assert_eq!(personal_rows(&server, amal, "amal"), before);

        // Her username, in capitals and with the direction marks it has when copied from the
        // label: erased, back to the centre with a notice.
        let erased = facilitator.post(
            &format!("{page_path}/erase"),
            &[("erase-username", " \u{2068}Amal\u{2069} ")],
        );
        assert_eq!(erased.status, 303, "{backend:?}: {}", erased.body);
        assert_eq!(
            erased.header("location"),
            Some("/fr/centres/1?notice=erased")
        );
        let centre = plain(&facilitator.get("/fr/centres/1?notice=erased").body);
        assert!(centre.contains("Les données de l’apprenant·e ont été effacées."));
        assert!(!centre.contains("Name of amal"));
        for (table, n) in personal_rows(&server, amal, "amal") {
            assert_eq!(n, 0, "{backend:?}: {table}");
        }
        assert_eq!(server.db.count(&her_answers), 0, "{backend:?}: her answers");
        assert_eq!(
            personal_rows(&server, brahim, "brahim"),
            brahim_before,
            "another learner keeps everything"
        );
        assert_eq!(
            server.db.count(
                "SELECT COUNT(*) FROM quiz_answers a WHERE NOT EXISTS (SELECT 1 FROM quiz_attempts t WHERE t.id = a.attempt_id)"
            ),
            0
        );

        // Her past work still counts; she is no longer enrolled or active.
        let after = centre_figures(&mut admin);
        assert_eq!(after[0], "2", "{backend:?}: enrolled {after:?}");
        assert_eq!(
            after[1],
            (figures[1].parse::<i64>().unwrap() - 1).to_string()
        );
        assert_eq!(
            after[2..],
            figures[2..],
            "{backend:?}: lessons, courses, score"
        );
        // And the stored counts still equal a recount (as `tifawt restore` checks).
        let report = support::integrity(&server.db.url, &quiz_courses());
        assert!(report.is_ok(), "{backend:?}: {report}");

        // Her pages are gone, and so is her session.
        assert_eq!(facilitator.get(&page_path).status, 404);
        assert_eq!(
            facilitator.get(&format!("{page_path}/data.json")).status,
            404
        );
        assert_eq!(
            amal_browser.get("/fr/certificates/basics").status,
            303,
            "signed out"
        );
        assert_eq!(
            server.db.count(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'learner-erased' AND subject_username = 'amal' AND actor_username = 'demo.facilitator' AND centre_id = 1"
            ),
            1
        );

        // Counted again from scratch at start-up, the figures are the same.
        server.db.execute("DELETE FROM daily_activity");
        let again = TestServer::start_with(
            backend,
            ServerOptions {
                courses_dir: quiz_courses(),
                database_url: Some(server.db.url.clone()),
                extra_args: vec!["--demo".into()],
                ..ServerOptions::default()
            },
        );
        let mut admin_again = Browser::new(&again);
        admin_again.sign_in("demo.admin", "admin-demo-2026");
        assert_eq!(centre_figures(&mut admin_again)[2..], figures[2..]);
    }
}

fn audited(server: &TestServer, action: &str, actor: Option<&str>, subject: Option<&str>) -> i64 {
    let actor = match actor {
        Some(name) => format!("actor_username = '{name}'"),
        None => "actor_username IS NULL AND actor_user_id IS NULL".into(),
    };
    let subject = match subject {
        Some(name) => format!("subject_username = '{name}'"),
        None => "subject_username IS NULL".into(),
    };
    server.db.count(&format!(
        "SELECT COUNT(*) FROM audit_log WHERE action = '{action}' AND {actor} AND {subject}"
    ))
}

backends! {
    fn staff_actions_are_audited_for_admins(backend) {
        let server = start(backend);
        let mut facilitator = Browser::new(&server);
        facilitator.sign_in("demo.facilitator", "facilitator-demo-2026");
        let (amal, password) = add_learner(&server, &mut facilitator, "amal");
        facilitator.get("/fr/centres/1");
        let reset = facilitator.post(&format!("/fr/centres/1/learners/{amal}/password"), &[]);
        assert_eq!(reset.status, 200);
        facilitator.get("/fr/centres/1");
        let import = facilitator.post_file(
            "/fr/centres/1/import",
            "import-file",
            "name,username\nيوسف,youssef.web\nⵜⴰⵍⵍⵉ,talli.web\n".as_bytes(),
        );
        assert_eq!(import.status, 200, "{}", import.body);
        facilitator.get(&format!("/fr/centres/1/learners/{amal}/data.json"));
        let mut admin = Browser::new(&server);
        admin.sign_in("demo.admin", "admin-demo-2026");
        admin.get("/fr/admin");
        admin.post(
            "/fr/admin/facilitators",
            &[
                ("facilitator-centre", "1"),
                ("facilitator-name", "Second"),
                ("facilitator-username", "second.facilitator"),
                ("facilitator-password", "second-password-1"),
            ],
        );
        admin.get(&format!("/fr/centres/1/learners/{amal}"));
        admin.post(
            &format!("/fr/centres/1/learners/{amal}/erase"),
            &[("erase-username", "amal")],
        );
        let (code, output) = run_cli(
            &[
                "users",
                "create-admin",
                "--username",
                "root.admin",
                "--name",
                "Amina",
                "--database-url",
                &server.db.url,
            ],
            &[],
        );
        assert_eq!(code, 0, "{output}");
        let csv = support::TempFolder::new();
        std::fs::write(csv.join("l.csv"), "name,username\nX Y,xy.cli\n").unwrap();
        let (code, output) = run_cli(
            &[
                "users",
                "import",
                csv.join("l.csv").to_str().unwrap(),
                "--centre",
                "Dar Taliba Demo",
                "--database-url",
                &server.db.url,
            ],
            &[],
        );
        assert_eq!(code, 0, "{output}");

        let fac = Some("demo.facilitator");
        assert_eq!(audited(&server, "learner-created", fac, Some("amal")), 1);
        assert_eq!(audited(&server, "password-reset", fac, Some("amal")), 1);
        assert_eq!(audited(&server, "learners-imported", fac, None), 1);
        assert_eq!(
            server.db.count(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'learners-imported' AND details = '{\"count\":2}' AND centre_id = 1"
            ),
            1
        );
        assert_eq!(audited(&server, "learner-exported", fac, Some("amal")), 1);
        let admin_name = Some("demo.admin");
        assert_eq!(
            audited(
                &server,
                "facilitator-created",
                admin_name,
                Some("second.facilitator")
            ),
            1
        );
        assert_eq!(
            audited(&server, "learner-erased", admin_name, Some("amal")),
            1
        );
        assert_eq!(
            audited(&server, "admin-created", None, Some("root.admin")),
            1
        );
        assert_eq!(audited(&server, "learners-imported", None, None), 1);
        // The new password is on the card, never in the log.
        let new_password = reset
            .body
            .split(r#"class="password">"#)
            .nth(1)
            .and_then(|rest| rest.split('<').next())
            .unwrap()
            .to_string();
        for secret in [
            password.as_str(),
            new_password.as_str(),
            "second-password-1",
        ] {
            assert_eq!(
                server.db.count(&format!(
                    "SELECT COUNT(*) FROM audit_log WHERE details LIKE '%{secret}%'"
                )),
                0
            );
        }

        // The page: admins only, newest first, actions in words.
        let page = admin.get("/fr/admin/audit");
        assert_eq!(page.status, 200, "{backend:?}");
        let body = plain(&page.body);
        assert!(body.contains(r#"<caption id="audit-caption">"#), "{body}");
        assert!(body.contains(r#"<th scope="col">Action</th>"#));
        for words in [
            "Apprenant·e ajouté·e",
            "Nouveau mot de passe",
            "Apprenant·es importé·es (CSV)",
            "Nombre : 2",
            "Données d’un·e apprenant·e téléchargées",
            "Apprenant·e effacé·e",
            "Animateur·rice ajouté·e",
            "Administrateur·rice ajouté·e",
            "Ligne de commande",
        ] {
            assert!(body.contains(words), "{backend:?}: {words}");
        }
        let newest = body.find("root.admin").expect("the CLI's admin");
        let oldest = body.find("Apprenant·e ajouté·e").expect("the first action");
        assert!(newest < oldest, "newest first");
        assert!(plain(&admin.get("/fr/admin").body).contains(r#"href="/fr/admin/audit""#));
        for lang in ["ar", "zgh"] {
            assert_eq!(admin.get(&format!("/{lang}/admin/audit")).status, 200);
        }
        assert_eq!(facilitator.get("/fr/admin/audit").status, 404);
        let mut learner = Browser::new(&server);
        learner.sign_in("demo.learner", "learner-demo-2026");
        assert_eq!(learner.get("/fr/admin/audit").status, 404);
        assert_eq!(Browser::new(&server).get("/fr/admin/audit").status, 303);

        // Removing the demo accounts is recorded too.
        let (code, output) = run_cli(
            &["users", "remove-demo", "--database-url", &server.db.url],
            &[],
        );
        assert_eq!(code, 0, "{output}");
        assert_eq!(
            server.db.count(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'demo-removed' AND actor_username IS NULL AND details = '{\"count\":3}'"
            ),
            1
        );
        // The actors' names stay when their accounts go.
        assert_eq!(audited(&server, "password-reset", fac, Some("amal")), 1);
    }
}
