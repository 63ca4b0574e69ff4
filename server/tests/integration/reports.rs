//! Reports checked against figures computed by hand on a small programme, on SQLite and
//! PostgreSQL; who may see them; CSV with Arabic and Tifinagh names.

use crate::support::plain;
use crate::support::seed::Person;
use crate::support::{self, repo_path, run_cli, Backend, Browser, ServerOptions, TestServer};

const FIRST: &str = "/fr/courses/basics/first";

fn start(backend: Backend) -> TestServer {
    TestServer::start_with(
        backend,
        ServerOptions {
            courses_dir: repo_path("server/tests/fixtures/courses/quiz"),
            extra_args: vec!["--demo".into()],
            ..ServerOptions::default()
        },
    )
}

/// A learner of the demo centre, created by the facilitator; returns (id, password).
fn add_learner(
    server: &TestServer,
    facilitator: &mut Browser,
    name: &str,
    username: &str,
    cohort: &str,
) -> (i64, String) {
    facilitator.get("/fr/centres/1");
    let reply = facilitator.post(
        "/fr/centres/1/learners",
        &[
            ("learner-cohort", cohort),
            ("learner-name", name),
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

/// The small programme whose figures are computed by hand in the tests:
/// Fatima (Groupe 1): first quiz 25 % then 100 %, second lesson done, third 100 % → the
/// course passed; أمل (Groupe 1): first quiz 75 % (passed, truth wrong); ⴱⵔⴰⵀⵉⵎ (no
/// cohort): opened the first lesson only.
/// A CV of `browser`'s person, complete (a name, a phone, a profile, an experience, a
/// language) or just started.
fn make_cv(browser: &mut Browser, complete: bool) {
    browser.get("/fr/cv");
    let reply = browser.post("/fr/cv", &[("title", "CV"), ("language", "fr")]);
    let first_step = reply
        .header("location")
        .expect("to the first step")
        .to_string();
    let base = first_step.trim_end_matches("/contact").to_string();
    if !complete {
        return;
    }
    let steps: [(&str, &[(&str, &str)]); 4] = [
        ("contact", &[("name", "Nom"), ("phone", "0600000000")]),
        ("profile", &[("profile", "Profil.")]),
        ("experience", &[("kind", "job"), ("role", "Vendeuse")]),
        ("languages", &[("language", "Arabe"), ("level", "native")]),
    ];
    for (step, fields) in steps {
        let reply = browser.post(&format!("{base}/{step}"), fields);
        assert_eq!(reply.status, 303, "{step}: {}", reply.body);
    }
}

fn programme(server: &TestServer) -> (i64, i64) {
    let mut facilitator = Browser::new(server);
    facilitator.sign_in("demo.facilitator", "facilitator-demo-2026");
    let amal = Person::learner("amal")
        .named("أمل")
        .in_cohort(1)
        .create(server);
    let brahim = Person::learner("brahim").named("ⴱⵔⴰⵀⵉⵎ").create(server);

    let mut fatima = Browser::new(server);
    fatima.sign_in("demo.learner", "learner-demo-2026");
    fatima.answer_quiz(
        FIRST,
        &[
            ("q-single", "2"),
            ("q-several", "0"),
            ("q-truth", "0"),
            ("q-word", "robot"),
        ],
    );
    let all_right = [
        ("q-single", "1"),
        ("q-several", "0"),
        ("q-several", "2"),
        ("q-truth", "0"),
        ("q-word", "intelligence artificielle"),
    ];
    fatima.answer_quiz(FIRST, &all_right);
    fatima.get("/fr/courses/basics/second");
    fatima.post("/fr/courses/basics/second/done", &[]);
    fatima.answer_quiz("/fr/courses/basics/third", &[("q-only", "0")]);

    let mut amal_browser = Browser::new(server);
    amal_browser.sign_in(&amal.username, &amal.password);
    amal_browser.answer_quiz(
        FIRST,
        &[
            ("q-single", "1"),
            ("q-several", "0"),
            ("q-several", "2"),
            ("q-truth", "1"),
            ("q-word", "intelligence artificielle"),
        ],
    );

    let mut brahim_browser = Browser::new(server);
    brahim_browser.sign_in(&brahim.username, &brahim.password);
    brahim_browser.get(FIRST);

    // CVs: Fatima completes one, Amal starts one; the facilitator's is counted nowhere.
    make_cv(&mut fatima, true);
    make_cv(&mut amal_browser, false);
    make_cv(&mut facilitator, true);

    // The facilitator tries the quiz: not a result of the programme, counted nowhere.
    facilitator.answer_quiz(
        FIRST,
        &[
            ("q-single", "0"),
            ("q-several", "1"),
            ("q-truth", "1"),
            ("q-word", "test"),
        ],
    );
    (amal.id, brahim.id)
}

backends! {
    fn facilitator_reports_match_the_figures_computed_by_hand(backend) {
        let server = start(backend);
        let (amal, _) = programme(&server);
        let mut facilitator = Browser::new(&server);
        facilitator.sign_in("demo.facilitator", "facilitator-demo-2026");

        // Learners × lessons, states in words.
        let page = facilitator.get("/fr/centres/1/progress");
        assert_eq!(page.status, 200, "{backend:?}");
        let body = plain(&page.body);
        assert!(body.contains(r#"<caption id="progress-caption">Progression de 3 apprenant·es, leçon par leçon</caption>"#), "{body}");
        let row = |name: &str| {
            let start = body
                .find(&format!("<bdi>{name}</bdi>"))
                .unwrap_or_else(|| panic!("{name}"));
            let end = start + body[start..].find("</tr>").unwrap();
            let cells: Vec<String> = body[start..end]
                .split("<td class=")
                .skip(1)
                .map(|cell| {
                    cell.split('>')
                        .nth(1)
                        .unwrap()
                        .split('<')
                        .next()
                        .unwrap()
                        .to_string()
                })
                .collect();
            cells
        };
        assert_eq!(
            row("Fatima Demo"),
            ["Terminée (100 %)", "Terminée", "Terminée (100 %)"]
        );
        assert_eq!(
            row("أمل"),
            ["Terminée (75 %)", "Pas commencée", "Pas commencée"]
        );
        assert_eq!(
            row("ⴱⵔⴰⵀⵉⵎ"),
            ["Commencée", "Pas commencée", "Pas commencée"]
        );
        // Filtered by cohort: Groupe 1 only.
        let cohort = plain(&facilitator.get("/fr/centres/1/progress?cohort=1").body);
        assert!(
            cohort.contains("Fatima Demo") && cohort.contains("أمل") && !cohort.contains("ⴱⵔⴰⵀⵉⵎ")
        );

        // The CSV: BOM, Arabic and Tifinagh names, the same words.
        let csv = facilitator.get("/fr/centres/1/progress?format=csv");
        assert_eq!(csv.header("content-type"), Some("text/csv; charset=utf-8"));
        assert!(csv.body.starts_with('\u{feff}'));
        let csv_text = plain(&csv.body);
        assert!(
            csv_text.contains("\nأمل,Terminée (75 %),Pas commencée,Pas commencée\n"),
            "{csv_text}"
        );
        assert!(csv_text.contains("\nⴱⵔⴰⵀⵉⵎ,Commencée,Pas commencée,Pas commencée\n"));

        // One learner's detail: lessons and every attempt with its answers.
        let detail = plain(
            &facilitator
                .get(&format!("/fr/centres/1/learners/{amal}"))
                .body,
        );
        assert!(detail.contains("<h1><bdi>أمل</bdi></h1>"));
        assert!(
            detail.contains("<code>truth</code>: <bdi>1</bdi> — Pas tout à fait."),
            "{detail}"
        );
        assert!(detail.contains("75 %"));

        // Question analysis: 3 answers each to the first quiz; first tries: Fatima's and
        // أمل's; the wrong answers chosen most.
        let questions = facilitator.get("/fr/centres/1/questions?format=csv");
        let text = plain(&questions.body);
        for line in [
            "Premier,single,3,50,C,1",
            "Premier,several,3,50,A,1",
            "Premier,truth,3,50,Faux,1",
            "Premier,word,3,50,robot,1",
            "Troisième,only,1,100,,",
        ] {
            assert!(text.contains(line), "{line} in {text}");
        }
        assert_eq!(facilitator.get("/fr/centres/1/questions").status, 200);
    }
}

backends! {
    fn the_impact_summary_matches_the_figures_computed_by_hand(backend) {
        let server = start(backend);
        programme(&server);
        let mut admin = Browser::new(&server);
        admin.sign_in("demo.admin", "admin-demo-2026");
        let page = admin.get("/fr/reports/impact");
        assert_eq!(page.status, 200, "{backend:?}");
        let cohorts = plain(
            &admin
                .get("/fr/reports/impact?format=csv&table=cohorts")
                .body,
        );
        // enrolled, active in 30 days, lessons completed, courses passed, CVs started, CVs
        // complete, average score
        assert!(
            cohorts.contains("Dar Taliba Demo — Groupe 1,2,2,4,1,2,1,75.0"),
            "{cohorts}"
        );
        assert!(
            cohorts.contains("Dar Taliba Demo — Aucun groupe,1,1,0,0,0,0,—"),
            "{cohorts}"
        );
        let centres = plain(
            &admin
                .get("/fr/reports/impact?format=csv&table=centres")
                .body,
        );
        assert!(
            centres.contains("Dar Taliba Demo,3,3,4,1,2,1,75.0"),
            "{centres}"
        );
        let months = plain(&admin.get("/fr/reports/impact?format=csv&table=months").body);
        let this_month = chrono_like_month();
        assert!(
            months.contains(&format!("{this_month},4,1,2,1,75.0")),
            "{months}"
        );
        // A period before everything: nothing completed, nobody enrolled yet.
        let before = plain(
            &admin
                .get("/fr/reports/impact?from=2020-01-01&to=2020-12-31&format=csv&table=centres")
                .body,
        );
        // (active in the last 30 days counts from today, whatever the period)
        assert!(before.contains("Dar Taliba Demo,0,3,0,0,0,0,—"), "{before}");
        // Wrong dates: the last twelve months, said so.
        let wrong = admin.get("/fr/reports/impact?from=2026-13-01&to=x");
        assert!(wrong.body.contains("Ces dates ne sont pas valables"));

        // Counted again from the progress tables (a database from before the daily counts),
        // the figures are the same.
        server.db.execute("DELETE FROM daily_activity");
        let again = TestServer::start_with(
            backend,
            ServerOptions {
                courses_dir: repo_path("server/tests/fixtures/courses/quiz"),
                database_url: Some(server.db.url.clone()),
                extra_args: vec!["--demo".into()],
                ..ServerOptions::default()
            },
        );
        let mut admin_again = Browser::new(&again);
        admin_again.sign_in("demo.admin", "admin-demo-2026");
        let recounted = plain(
            &admin_again
                .get("/fr/reports/impact?format=csv&table=cohorts")
                .body,
        );
        assert_eq!(recounted, cohorts, "{backend:?}");

        // The CLI prints the same figures.
        let (code, output) = run_cli(
            &[
                "report",
                "export",
                "--table",
                "centres",
                "--courses-dir",
                repo_path("server/tests/fixtures/courses/quiz")
                    .to_str()
                    .unwrap(),
                "--database-url",
                &server.db.url,
            ],
            &[],
        );
        assert_eq!(code, 0, "{output}");
        assert!(
            plain(&output).contains("Dar Taliba Demo,3,3,4,1,2,1,75.0"),
            "{output}"
        );
    }
}

/// This month as `YYYY-MM`, from the system clock (UTC).
fn chrono_like_month() -> String {
    let output = std::process::Command::new("date")
        .args(["-u", "+%Y-%m"])
        .output()
        .unwrap();
    String::from_utf8(output.stdout).unwrap().trim().to_string()
}

backends! {
    fn reports_are_seen_only_by_those_who_may(backend) {
        let server = start(backend);
        let (amal, _) = programme(&server);
        let mut admin = Browser::new(&server);
        admin.sign_in("demo.admin", "admin-demo-2026");
        let mut other = support::facilitator_of_a_second_centre(&server, &mut admin);
        for path in [
            "/fr/centres/1/progress".to_string(),
            "/fr/centres/1/progress?format=csv".to_string(),
            "/fr/centres/1/questions?format=csv".to_string(),
            format!("/fr/centres/1/learners/{amal}"),
            format!("/fr/centres/2/learners/{amal}"),
        ] {
            let reply = other.get(&path);
            assert_eq!(reply.status, 404, "{backend:?} {path}");
            assert!(!reply.body.contains("أمل"));
        }
        // Their own impact: their centre only.
        let own = plain(
            &other
                .get("/fr/reports/impact?format=csv&table=cohorts")
                .body,
        );
        assert!(!own.contains("Dar Taliba Demo"), "{own}");
        let asked_for_all = plain(
            &other
                .get("/fr/reports/impact?format=csv&table=centres")
                .body,
        );
        assert!(
            !asked_for_all.contains("Dar Taliba Demo"),
            "{asked_for_all}"
        );

        let mut learner = Browser::new(&server);
        learner.sign_in("demo.learner", "learner-demo-2026");
        assert_eq!(learner.get("/fr/reports/impact").status, 404);
        assert_eq!(learner.get("/fr/centres/1/progress").status, 404);
        assert_eq!(Browser::new(&server).get("/fr/reports/impact").status, 303);
    }
}

backends! {
    fn a_generated_programme_is_seeded_once_and_every_report_is_timed(backend) {
        let db = support::TestDatabase::new(backend);
        let courses = repo_path("courses");
        let courses = courses.to_str().unwrap();
        let args = |extra: &[&'static str]| -> Vec<String> {
            let mut args: Vec<String> = extra.iter().map(|s| s.to_string()).collect();
            args.extend([
                "--courses-dir".into(),
                courses.into(),
                "--database-url".into(),
                db.url.clone(),
            ]);
            args
        };
        let seed = args(&[
            "report",
            "seed",
            "--centres",
            "3",
            "--learners",
            "40",
            "--months",
            "3",
        ]);
        let seed: Vec<&str> = seed.iter().map(String::as_str).collect();
        let (code, output) = run_cli(&seed, &[]);
        assert_eq!(code, 0, "{backend:?}: {output}");
        assert!(output.contains("seeded 3 centres, 40 learners"), "{output}");
        assert_eq!(
            db.count("SELECT COUNT(*) FROM users WHERE role = 'learner'"),
            40
        );
        assert!(db.count("SELECT COUNT(*) FROM quiz_answers") > 100);
        assert_eq!(
            db.count("SELECT COUNT(*) FROM quiz_attempts a WHERE (SELECT COUNT(*) FROM quiz_answers q WHERE q.attempt_id = a.id) <> a.total"),
            0
        );
        let (code, output) = run_cli(&seed, &[]);
        assert_eq!(code, 1, "seeding twice is refused: {output}");
        assert!(output.contains("already seeded"));

        let bench = args(&["report", "bench", "--runs", "2"]);
        let bench: Vec<&str> = bench.iter().map(String::as_str).collect();
        let (code, output) = run_cli(&bench, &[]);
        assert_eq!(code, 0, "{output}");
        for report in [
            "centre progress",
            "one learner's detail",
            "question analysis",
            "impact, one centre",
            "impact, all centres",
        ] {
            assert!(output.contains(report), "{report} in {output}");
        }
    }
}

backends! {
    /// A learner's words reach the CSV files (a short answer is "the most chosen wrong answer",
    /// a name is in every table): none may run as a formula in a spreadsheet program.
    fn no_csv_cell_runs_as_a_formula(backend) {
        const FORMULA: &str = "=HYPERLINK(\"http://evil.example\",\"x\")";
        let server = start(backend);
        let mut facilitator = Browser::new(&server);
        facilitator.sign_in("demo.facilitator", "facilitator-demo-2026");
        let (_, password) = add_learner(&server, &mut facilitator, "=1+1", "formula", "1");
        let mut learner = Browser::new(&server);
        learner.sign_in("formula", &password);
        learner.answer_quiz(
            FIRST,
            &[
                ("q-single", "0"),
                ("q-several", "1"),
                ("q-truth", "1"),
                ("q-word", FORMULA),
            ],
        );
        let escaped = FORMULA.replace('"', "\"\"");
        let questions = plain(&facilitator.get("/fr/centres/1/questions?format=csv").body);
        assert!(
            questions.contains(&format!("\"'{escaped}\"")),
            "{backend:?}: {questions}"
        );
        let progress = plain(&facilitator.get("/fr/centres/1/progress?format=csv").body);
        assert!(progress.contains("\n'=1+1,"), "{backend:?}: {progress}");
        for table in ["centres", "cohorts", "months"] {
            let impact = facilitator.get(&format!("/fr/reports/impact?format=csv&table={table}"));
            assert_eq!(impact.status, 200);
            assert!(
                !impact
                    .body
                    .lines()
                    .any(|l| l.starts_with(['=', '+', '-', '@'])),
                "{backend:?}: {}",
                impact.body
            );
        }
        let (code, export) = run_cli(&["users", "export", "--database-url", &server.db.url], &[]);
        assert_eq!(code, 0, "{export}");
        assert!(export.contains("formula,'=1+1,learner,"), "{export}");
    }
}

/// Any query string gets a page (a date error, 4xx), never a dropped connection; the sign-in
/// cards exist only as the answer to the form that made the accounts.
#[test]
fn odd_report_addresses_get_an_answer() {
    let server = start(Backend::Sqlite);
    let mut admin = Browser::new(&server);
    admin.sign_in("demo.admin", "admin-demo-2026");
    for query in [
        "from=2020-01-01&to=%2B262143-12-31",
        "from=2020-01-01&to=262143-12-31",
        "from=-262143-01-01&to=2020-01-01",
        "from=2026-13-01&to=x",
    ] {
        let reply = admin.get(&format!("/fr/reports/impact?{query}"));
        assert_eq!(reply.status, 422, "{query}");
        assert!(
            reply.body.contains("Ces dates ne sont pas valables"),
            "{query}"
        );
        let csv = admin.get(&format!("/fr/reports/impact?{query}&format=csv"));
        assert_eq!(csv.status, 200, "{query}: the last twelve months");
    }
    let malformed = admin.get("/fr/reports/impact?from=%FF%FE");
    assert!(
        (400..500).contains(&malformed.status),
        "{}",
        malformed.status
    );
    assert_eq!(server.get("/healthz").status, 200, "still serving");

    for who in [
        None,
        Some(("demo.facilitator", "facilitator-demo-2026")),
        Some(("demo.admin", "admin-demo-2026")),
    ] {
        let mut browser = Browser::new(&server);
        if let Some((username, password)) = who {
            browser.sign_in(username, password);
        }
        let cards = browser.get("/fr/centres/1/cards");
        assert_eq!(cards.status, 404, "{who:?}");
        assert!(cards.body.contains("<h1"), "{who:?}: the not-found page");
    }
}
