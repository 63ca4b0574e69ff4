//! The CV builder over HTTP, on SQLite and PostgreSQL: each step saved, mistakes shown
//! without losing what was typed, only the owner opening a CV, sharing with the centre (and
//! only then), the counts of the impact summary, JSON Resume out and back in, the PDF, and a
//! session that ends in the middle of a step.

use crate::support::plain;
use crate::support::seed::{self, Person};
use crate::support::{
    after_change, demo_server, integrity, quiz_courses, Backend, Browser, ServerOptions, TestServer,
};

/// The demo centre and accounts, and the test course.
fn start(backend: Backend) -> TestServer {
    demo_server(backend, quiz_courses(), None)
}

/// A new CV of `browser`'s learner; its id.
fn new_cv(browser: &mut Browser, title: &str, language: &str) -> i64 {
    browser.get("/fr/cv");
    let reply = browser.post(
        "/fr/cv",
        &[
            ("title", title),
            ("language", language),
            ("template", "plain"),
        ],
    );
    assert_eq!(reply.status, 303, "{}", reply.body);
    let location = reply.header("location").expect("a redirect").to_string();
    let id = location
        .strip_prefix("/fr/cv/")
        .and_then(|rest| rest.strip_suffix("/contact"))
        .unwrap_or_else(|| panic!("to the first step: {location}"));
    id.parse().expect("a CV id")
}

/// The stored content of CV `id`, as JSON.
fn stored(server: &TestServer, id: i64) -> serde_json::Value {
    let url = server.db.url.clone();
    let text = crate::support::runtime().block_on(async move {
        use sea_orm::{ConnectionTrait, Database, Statement};
        let db = Database::connect(&url).await.expect("connect");
        let backend = db.get_database_backend();
        let row = db
            .query_one(Statement::from_string(
                backend,
                format!("SELECT content FROM cvs WHERE id = {id}"),
            ))
            .await
            .expect("a query")
            .expect("the CV");
        let content: String = row.try_get("", "content").expect("content");
        db.close().await.ok();
        content
    });
    serde_json::from_str(&text).expect("JSON")
}

/// Fills every part a complete CV needs.
fn complete(browser: &mut Browser, id: i64) {
    let base = format!("/fr/cv/{id}");
    browser.get(&format!("{base}/contact"));
    let steps: [(&str, &[(&str, &str)]); 4] = [
        (
            "contact",
            &[("name", "Amal Ait"), ("email", "amal@example.ma")],
        ),
        ("profile", &[("profile", "Je cherche un stage.")]),
        (
            "experience",
            &[
                ("kind", "informal"),
                ("role", "Vendeuse"),
                ("organisation", "Épicerie"),
            ],
        ),
        (
            "languages",
            &[("language", "Tamazight"), ("level", "native")],
        ),
    ];
    for (step, fields) in steps {
        let reply = browser.post(&format!("{base}/{step}"), fields);
        assert_eq!(reply.status, 303, "{step}: {}", reply.body);
    }
}

backends! {
    fn a_cv_is_built_step_by_step_and_each_step_is_saved(backend) {
        let server = start(backend);
        let amal = Person::learner("amal").create(&server);
        let mut learner = Browser::new(&server);
        learner.sign_in(&amal.username, &amal.password);

        let list = learner.get("/fr/cv");
        assert_eq!(list.status, 200);
        assert_eq!(list.header("cache-control"), Some("no-store"));
        assert!(plain(&list.body).contains("Vous n’avez pas encore de CV."));

        // A title is needed; what was typed comes back.
        let reply = learner.post("/fr/cv", &[("title", " "), ("language", "ar")]);
        assert_eq!(reply.status, 422);
        assert!(plain(&reply.body).contains("Nom de ce CV : à remplir."), "{}", reply.body);

        let id = new_cv(&mut learner, "CV stage", "ar");
        let base = format!("/fr/cv/{id}");
        let page = learner.get(&format!("{base}/contact"));
        assert_eq!(page.header("cache-control"), Some("no-store"));
        let page = plain(&page.body);
        assert!(page.contains("Étape 1 sur 7"), "{page}");
        // The learner types Arabic into a French page: the fields say so.
        assert!(page.contains(r#"id="name" name="name" value="" autocomplete="name" required lang="ar" dir="rtl""#), "{page}");

        // Mistakes: every one listed, linked, and nothing typed is lost.
        let reply = learner.post(
            &format!("{base}/contact"),
            &[("name", "أمل آيت"), ("email", "amal at example"), ("phone", "12")],
        );
        assert_eq!(reply.status, 422);
        let body = plain(&reply.body);
        assert!(body.contains(r##"<a href="#email">E-mail : écrivez une adresse e-mail"##), "{body}");
        assert!(body.contains(r##"<a href="#phone">Téléphone : écrivez un numéro"##), "{body}");
        assert!(body.contains(r#"value="أمل آيت""#), "{body}");
        assert!(body.contains(r#"value="amal at example""#), "{body}");
        assert_eq!(stored(&server, id)["contact"]["name"], "", "nothing saved from a form with mistakes");

        let reply = learner.post(
            &format!("{base}/contact"),
            &[("name", "أمل آيت"), ("email", "amal@example.ma"), ("phone", "+212 600 00 00 00")],
        );
        assert_eq!(reply.header("location"), Some(format!("{base}/profile?done=saved").as_str()));
        assert_eq!(stored(&server, id)["contact"]["name"], "أمل آيت");
        assert!(plain(&learner.get(&format!("{base}/profile?done=saved")).body).contains("C’est enregistré."));

        // Entries: added, changed, moved and removed with plain forms.
        for (role, start) in [("Vendeuse", "2022"), ("Animatrice", "07/2023"), ("Stagiaire", "2024-03")] {
            let reply = learner.post(
                &format!("{base}/experience"),
                &[("kind", "job"), ("role", role), ("start", start)],
            );
            assert_eq!(reply.status, 303, "{}", reply.body);
        }
        let roles = |server: &TestServer| -> Vec<String> {
            stored(server, id)["experience"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["role"].as_str().unwrap().to_string())
                .collect()
        };
        assert_eq!(roles(&server), ["Vendeuse", "Animatrice", "Stagiaire"]);
        assert_eq!(stored(&server, id)["experience"][1]["start"], "2023-07");

        let reply = learner.post(
            &format!("{base}/experience/0"),
            &[("kind", "informal"), ("role", "Vendeuse"), ("start", "2024"), ("end", "2022")],
        );
        assert_eq!(reply.status, 422, "the end before the start");
        assert!(plain(&reply.body).contains("la fin doit venir après le début"));
        let reply = learner.post(
            &format!("{base}/experience/0"),
            &[("kind", "informal"), ("role", "Vendeuse"), ("organisation", "Épicerie"), ("start", "2022")],
        );
        assert_eq!(reply.status, 303);
        assert_eq!(stored(&server, id)["experience"][0]["kind"], "informal");

        learner.post(&format!("{base}/experience/2/up"), &[]);
        assert_eq!(roles(&server), ["Vendeuse", "Stagiaire", "Animatrice"]);
        learner.post(&format!("{base}/experience/0/remove"), &[]);
        assert_eq!(roles(&server), ["Stagiaire", "Animatrice"]);
        let page = plain(&learner.get(&format!("{base}/experience?done=removed")).body);
        assert!(page.contains("Entrée supprimée."), "{page}");
        assert!(page.contains("Monter<span class=\"visually-hidden\">: <span lang=\"ar\">Animatrice</span>"), "{page}");
        assert_eq!(learner.get(&format!("{base}/experience/9")).status, 404);
        assert_eq!(learner.post(&format!("{base}/experience/0/sideways"), &[]).status, 404);

        // The summary shows each part and what is still missing.
        let summary = plain(&learner.get(&base).body);
        assert!(summary.contains("CV en arabe"), "{summary}");
        assert!(summary.contains("Pour qu’il soit complet, remplissez"), "{summary}");
        assert!(summary.contains("Stagiaire"), "{summary}");

        // The list says where to go on.
        let list = plain(&learner.get("/fr/cv").body);
        assert!(list.contains(&format!(r#"href="/fr/cv/{id}/experience">Continuer : Expérience"#)), "{list}");
    }
}

backends! {
    fn only_its_owner_opens_a_cv(backend) {
        let server = start(backend);
        let amal = Person::learner("amal").create(&server);
        let brahim = Person::learner("brahim").create(&server);
        let mut owner = Browser::new(&server);
        owner.sign_in(&amal.username, &amal.password);
        let id = new_cv(&mut owner, "Mon CV", "fr");
        owner.post(&format!("/fr/cv/{id}/contact"), &[("name", "Amal")]);

        let mut other = Browser::new(&server);
        other.sign_in(&brahim.username, &brahim.password);
        other.get("/fr/cv");
        for path in ["", "/contact", "/print", "/cv.pdf", "/resume.json", "/delete", "/contact/0"] {
            assert_eq!(other.get(&format!("/fr/cv/{id}{path}")).status, 404, "{path}");
        }
        for path in ["/contact", "/settings", "/delete", "/skills/0/remove"] {
            let reply = other.post(&format!("/fr/cv/{id}{path}"), &[("name", "Brahim"), ("title", "x")]);
            assert_eq!(reply.status, 404, "{path}");
        }
        assert_eq!(stored(&server, id)["contact"]["name"], "Amal");

        // Nobody signed in: sign in first, then back to the same step.
        let mut anonymous = Browser::new(&server);
        let reply = anonymous.get(&format!("/fr/cv/{id}/profile"));
        assert_eq!(reply.status, 303);
        assert_eq!(
            reply.header("location"),
            Some(format!("/fr/sign-in?notice=required&next=/fr/cv/{id}/profile").as_str())
        );
        // A facilitator of the centre does not see a CV that is not shared.
        let mut facilitator = Browser::new(&server);
        facilitator.sign_in("demo.facilitator", "facilitator-demo-2026");
        let shared = format!("/fr/centres/1/learners/{}/cvs/{id}", amal.id);
        assert_eq!(facilitator.get(&shared).status, 404);
    }
}

backends! {
    fn a_learner_shares_a_cv_with_the_centre_and_can_stop(backend) {
        let server = start(backend);
        let amal = Person::learner("amal").named("Amal Ait").create(&server);
        let mut learner = Browser::new(&server);
        learner.sign_in(&amal.username, &amal.password);
        let id = new_cv(&mut learner, "CV commerce", "fr");
        learner.post(&format!("/fr/cv/{id}/profile"), &[("profile", "Je cherche un emploi dans le commerce.")]);

        let mut facilitator = Browser::new(&server);
        facilitator.sign_in("demo.facilitator", "facilitator-demo-2026");
        let shared = format!("/fr/centres/1/learners/{}/cvs/{id}", amal.id);
        let detail = format!("/fr/centres/1/learners/{}", amal.id);
        assert_eq!(facilitator.get(&shared).status, 404);
        let page = plain(&facilitator.get(&detail).body);
        assert!(page.contains("CV : 1, complets : 0"), "{page}");
        assert!(!page.contains("CV commerce"), "the title of a CV not shared: {page}");

        let reply = learner.post(&format!("/fr/cv/{id}/settings"), &[("title", "CV commerce"), ("template", "classic"), ("shared", "yes")]);
        assert_eq!(reply.status, 303, "{}", reply.body);
        let page = plain(&facilitator.get(&detail).body);
        assert!(page.contains(&format!(r#"href="{shared}">CV commerce</a>"#)), "{page}");
        let cv = facilitator.get(&shared);
        assert_eq!(cv.status, 200);
        assert_eq!(cv.header("cache-control"), Some("no-store"));
        assert!(plain(&cv.body).contains("Je cherche un emploi dans le commerce."));
        assert!(plain(&cv.body).contains("Amal Ait partage ce CV avec le centre"));

        // Another centre's facilitator: not theirs, shared or not.
        let other_centre = seed::centre(&server, "Dar Talib Autre", "fr");
        let other = Person::facilitator("other.facilitator").of_centre(other_centre).create(&server);
        let mut stranger = Browser::new(&server);
        stranger.sign_in(&other.username, &other.password);
        assert_eq!(stranger.get(&shared).status, 404);
        assert_eq!(stranger.get(&format!("/fr/centres/{other_centre}/learners/{}/cvs/{id}", amal.id)).status, 404);

        // Unticked: shared no more.
        learner.post(&format!("/fr/cv/{id}/settings"), &[("title", "CV commerce")]);
        assert_eq!(facilitator.get(&shared).status, 404);
    }
}

/// The CVs started and completed of the demo centre, from the impact summary's CSV.
fn cv_figures(admin: &mut Browser) -> (String, String) {
    let csv = plain(
        &admin
            .get("/fr/reports/impact?format=csv&table=centres")
            .body,
    );
    let header: Vec<&str> = csv
        .lines()
        .next()
        .unwrap()
        .trim_start_matches('\u{feff}')
        .split(',')
        .collect();
    let line = csv
        .lines()
        .find(|l| l.starts_with("Dar Taliba Demo,"))
        .unwrap_or_else(|| panic!("{csv}"));
    let cells: Vec<&str> = line.split(',').collect();
    let at = |name: &str| {
        let column = header
            .iter()
            .position(|h| *h == name)
            .unwrap_or_else(|| panic!("{name} in {header:?}"));
        cells[column].to_string()
    };
    (at("CV commencés"), at("CV complets"))
}

backends! {
    fn cvs_are_counted_when_started_and_once_when_complete(backend) {
        let server = start(backend);
        let amal = Person::learner("amal").of_centre(1).create(&server);
        let mut learner = Browser::new(&server);
        learner.sign_in(&amal.username, &amal.password);
        let mut admin = Browser::new(&server);
        admin.sign_in("demo.admin", "admin-demo-2026");
        assert_eq!(cv_figures(&mut admin), ("0".into(), "0".into()));

        let first = new_cv(&mut learner, "Premier", "fr");
        let second = new_cv(&mut learner, "Second", "ar");
        assert_eq!(cv_figures(&mut admin), ("2".into(), "0".into()));
        complete(&mut learner, first);
        assert_eq!(cv_figures(&mut admin), ("2".into(), "1".into()));
        let summary = plain(&learner.get(&format!("/fr/cv/{first}")).body);
        assert!(summary.contains("Complet."), "{summary}");

        // Incomplete again, then complete again: still counted once.
        learner.post(&format!("/fr/cv/{first}/profile"), &[("profile", "")]);
        learner.post(&format!("/fr/cv/{first}/profile"), &[("profile", "Je cherche un emploi.")]);
        assert_eq!(cv_figures(&mut admin), ("2".into(), "1".into()));

        // The learner detail counts them.
        let mut facilitator = Browser::new(&server);
        facilitator.sign_in("demo.facilitator", "facilitator-demo-2026");
        let page = plain(&facilitator.get(&format!("/fr/centres/1/learners/{}", amal.id)).body);
        assert!(page.contains("CV : 2, complets : 1"), "{page}");

        // Deleted, a CV made is still an outcome; so after the learner is erased.
        learner.get(&format!("/fr/cv/{first}/delete"));
        let reply = learner.post(&format!("/fr/cv/{first}/delete"), &[]);
        assert_eq!(reply.header("location"), Some("/fr/cv?done=deleted"));
        assert_eq!(learner.get(&format!("/fr/cv/{first}")).status, 404);
        assert_eq!(cv_figures(&mut admin), ("2".into(), "1".into()));
        let report = integrity(&server.db.url, &quiz_courses());
        assert!(report.is_ok(), "{report}");

        facilitator.get(&format!("/fr/centres/1/learners/{}", amal.id));
        let reply = facilitator.post(
            &format!("/fr/centres/1/learners/{}/erase", amal.id),
            &[("erase-username", "amal")],
        );
        assert_eq!(reply.status, 303, "{}", reply.body);
        assert_eq!(server.db.count(&format!("SELECT COUNT(*) FROM cvs WHERE id = {second}")), 0);
        assert_eq!(cv_figures(&mut admin), ("2".into(), "1".into()));
        let report = integrity(&server.db.url, &quiz_courses());
        assert!(report.is_ok(), "{report}");
    }
}

backends! {
    fn a_cv_goes_out_as_json_resume_and_comes_back_the_same(backend) {
        let server = start(backend);
        let amal = Person::learner("amal").create(&server);
        let mut learner = Browser::new(&server);
        learner.sign_in(&amal.username, &amal.password);
        let id = new_cv(&mut learner, "CV", "ar");
        complete(&mut learner, id);
        learner.post(&format!("/fr/cv/{id}/education"), &[("institution", "ثانوية سجلماسة"), ("study", "باكالوريا"), ("start", "2021-09"), ("end", "2024-06")]);

        let file = learner.get(&format!("/fr/cv/{id}/resume.json"));
        assert_eq!(file.status, 200);
        assert_eq!(file.header("cache-control"), Some("no-store"));
        assert!(file.header("content-disposition").unwrap().starts_with("attachment;"));
        let resume: serde_json::Value = serde_json::from_str(&file.body).expect("JSON");
        assert_eq!(resume["basics"]["name"], "Amal Ait");
        assert_eq!(resume["education"][0]["institution"], "ثانوية سجلماسة");
        assert_eq!(resume["languages"][0]["fluency"], "اللغة الأم");

        learner.get("/fr/cv");
        let reply = learner.post_multipart(
            "/fr/cv/import",
            &[("import-title", "Copie"), ("import-language", "ar")],
            ("file", "resume.json", file.body.as_bytes()),
        );
        assert_eq!(reply.status, 303, "{}", reply.body);
        let copy: i64 = reply.header("location").unwrap()
            .trim_start_matches("/fr/cv/")
            .trim_end_matches("?done=imported")
            .parse()
            .unwrap();
        assert_eq!(stored(&server, copy), stored(&server, id));

        // A file with mistakes: each named by its place, nothing created.
        let bad = br#"{"basics": {"name": "Amal", "email": "amal"}, "work": [{"startDate": "hier"}]}"#;
        let reply = learner.post_multipart(
            "/fr/cv/import",
            &[("import-title", "Mauvais"), ("import-language", "fr")],
            ("file", "bad.json", bad),
        );
        assert_eq!(reply.status, 422);
        let body = plain(&reply.body);
        assert!(body.contains("basics.email : écrivez une adresse e-mail"), "{body}");
        assert!(body.contains("work[0].startDate : écrivez l’année"), "{body}");
        assert_eq!(server.db.count("SELECT COUNT(*) FROM cvs"), 2);

        // The learner's data export carries the CVs.
        let mut facilitator = Browser::new(&server);
        facilitator.sign_in("demo.facilitator", "facilitator-demo-2026");
        let export = facilitator.get(&format!("/fr/centres/1/learners/{}/data.json", amal.id));
        let export: serde_json::Value = serde_json::from_str(&export.body).expect("JSON");
        assert_eq!(export["cvs"].as_array().map(Vec::len), Some(2));
        assert_eq!(export["cvs"][0]["resume"]["basics"]["name"], "Amal Ait");
    }
}

backends! {
    fn a_cv_is_a_pdf_made_on_the_server(backend) {
        let server = start(backend);
        let amal = Person::learner("amal").create(&server);
        let mut learner = Browser::new(&server);
        learner.sign_in(&amal.username, &amal.password);
        let id = new_cv(&mut learner, "CV", "fr");
        complete(&mut learner, id);
        let reply = learner.send("GET", &format!("/fr/cv/{id}/cv.pdf"), None);
        assert_eq!(reply.status, 200, "{}", reply.body);
        assert_eq!(reply.header("content-type"), Some("application/pdf"));
        assert_eq!(reply.header("cache-control"), Some("no-store"));
        assert_eq!(
            reply.header("content-disposition"),
            Some(format!("attachment; filename=\"CV-{id}.pdf\"; filename*=UTF-8''CV-Amal-Ait.pdf").as_str())
        );
        assert!(reply.bytes.starts_with(b"%PDF-"), "a PDF");
        assert!(reply.bytes.len() < 200 * 1024, "{} bytes", reply.bytes.len());
    }
}

backends! {
    fn a_session_that_ends_mid_step_keeps_the_draft_and_comes_back_to_the_step(backend) {
        let server = TestServer::start_with(
            backend,
            ServerOptions {
                courses_dir: quiz_courses(),
                extra_args: vec!["--demo".into(), "--session-idle-minutes".into(), "20".into()],
                ..ServerOptions::default()
            },
        );
        let amal = Person::learner("amal").create(&server);
        let mut learner = Browser::new(&server);
        learner.sign_in(&amal.username, &amal.password);
        let id = new_cv(&mut learner, "CV", "fr");
        learner.post(&format!("/fr/cv/{id}/contact"), &[("name", "Amal"), ("phone", "0600000000")]);
        learner.post(&format!("/fr/cv/{id}/profile"), &[("profile", "Brouillon gardé.")]);
        let education = format!("/fr/cv/{id}/education");
        learner.get(&education);

        // Idle past the limit (the warning came and went): the session ends.
        server.db.execute("UPDATE sessions SET last_seen_at = '2020-01-01T00:00:00+00:00'");
        let mut reply = None;
        after_change(backend, "the server sees the idle session", || {
            let sent = learner.post(&education, &[("institution", "Lycée")]);
            let ended = sent.status == 303;
            reply = Some(sent);
            ended
        });
        let reply = reply.expect("a reply");
        assert_eq!(reply.status, 303);
        let sign_in = reply.header("location").unwrap().to_string();
        assert_eq!(sign_in, format!("/fr/sign-in?notice=expired&next={education}"));

        learner.get(&sign_in);
        let reply = learner.post(
            "/fr/sign-in",
            &[("username", "amal"), ("password", &amal.password), ("next", &education)],
        );
        assert_eq!(reply.status, 303, "{}", reply.body);
        assert_eq!(reply.header("location"), Some(education.as_str()));
        let draft = stored(&server, id);
        assert_eq!(draft["contact"]["name"], "Amal");
        assert_eq!(draft["profile"], "Brouillon gardé.");
        let list = plain(&learner.get("/fr/cv").body);
        assert!(list.contains(&format!(r#"href="/fr/cv/{id}/profile">Continuer : Profil"#)), "{list}");
    }
}

backends! {
    fn what_tifawt_knows_is_offered_to_tick(backend) {
        let server = start(backend);
        let amal = Person::learner("amal").create(&server);
        let mut learner = Browser::new(&server);
        learner.sign_in(&amal.username, &amal.password);
        let id = new_cv(&mut learner, "CV", "fr");
        let skills = format!("/fr/cv/{id}/skills");
        assert!(!plain(&learner.get(&skills).body).contains("Compétences de vos cours terminés"), "nothing completed yet");

        // The whole course: the first quiz right, the second lesson done, the third quiz.
        learner.answer_quiz(
            "/fr/courses/basics/first",
            &[("q-single", "1"), ("q-several", "0"), ("q-several", "2"), ("q-truth", "0"), ("q-word", "intelligence artificielle")],
        );
        learner.get("/fr/courses/basics/second");
        learner.post("/fr/courses/basics/second/done", &[]);
        learner.answer_quiz("/fr/courses/basics/third", &[("q-only", "0")]);

        let page = plain(&learner.get(&skills).body);
        assert!(page.contains(r#"name="pick" value="Répondre à un quiz""#), "{page}");
        // A value not offered is ignored; the ticked one is added once.
        let reply = learner.post(
            &format!("{skills}/suggestions"),
            &[("pick", "Répondre à un quiz"), ("pick", "Pirater la NASA")],
        );
        assert_eq!(reply.status, 303);
        let names: Vec<String> = stored(&server, id)["skills"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["name"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(names, ["Répondre à un quiz"]);
        let page = plain(&learner.get(&skills).body);
        assert!(!page.contains(r#"value="Répondre à un quiz""#), "no longer offered: {page}");

        let certificates = format!("/fr/cv/{id}/certificates");
        learner.get(&certificates);
        learner.post(&format!("{certificates}/suggestions"), &[("pick", "Bases")]);
        let certificate = &stored(&server, id)["certificates"][0];
        assert_eq!(certificate["name"], "Bases");
        assert_eq!(certificate["issuer"], "Tifawt");
        assert!(certificate["date"].as_str().unwrap().len() == 7, "{certificate}");
    }
}
