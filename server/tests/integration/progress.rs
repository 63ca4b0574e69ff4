//! Quizzes and progress over real HTTP, on SQLite and PostgreSQL: scoring, retries, best and
//! latest scores, resubmitted forms, progress after a course edit, the learner's home and
//! certificate, and a server killed during submissions.

use crate::support::plain;
use crate::support::{
    self, attempt_token, copy_of, demo_server as start, eventually, quiz_courses, request,
    spawn_demo_server, Backend, Browser, QuizStream, TestDatabase, ALL_RIGHT_FR,
    DEMO_LEARNER as LEARNER,
};

const LESSON: &str = "/courses/basics/first";

/// Answers the quiz of the fixture's first lesson.
fn answer(browser: &mut Browser, lang: &str, answers: &[(&str, &str)]) -> support::Reply {
    browser.answer_quiz(&format!("/{lang}{LESSON}"), answers)
}

backends! {
    fn quizzes_are_scored_kept_and_counted_once(backend) {
        let server = start(backend, quiz_courses(), None);
        let mut learner = Browser::new(&server);
        learner.sign_in(LEARNER.0, LEARNER.1);
        let page = learner.get(&format!("/fr{LESSON}"));
        assert!(page
            .body
            .contains(r#"<fieldset id="q-single" class="question"><legend>Question une</legend>"#));
        assert!(page
            .body
            .contains(r#"type="checkbox" id="q-several-0" name="q-several""#));
        assert!(page.body.contains(r#"<label for="q-word-answer""#));
        assert_eq!(
            server.db.count("SELECT COUNT(*) FROM lesson_progress"),
            1,
            "{backend:?}: opening is recorded"
        );

        // Unanswered questions: a summary linking to each, the answers given kept.
        let token = attempt_token(&page.body);
        let partial = learner.post(
            &format!("/fr{LESSON}/quiz"),
            &[("q-single", "1"), ("attempt", &token)],
        );
        assert_eq!(partial.status, 422);
        let body = plain(&partial.body);
        assert!(
            body.contains(r##"<a href="#q-several-0">Répondez à la question 2</a>"##),
            "{body}"
        );
        assert!(body.contains(r##"<a href="#q-word-answer">Répondez à la question 4</a>"##));
        assert!(body.contains(r#"id="q-single-1" name="q-single" value="1" checked"#));
        assert_eq!(server.db.count("SELECT COUNT(*) FROM quiz_attempts"), 0);

        // A first try: 1 of 4, not passed; feedback in words and the author's explanation.
        let failed = answer(
            &mut learner,
            "fr",
            &[
                ("q-single", "2"),
                ("q-several", "0"),
                ("q-truth", "0"),
                ("q-word", "robot"),
            ],
        );
        assert_eq!(failed.status, 200);
        let body = plain(&failed.body);
        assert!(
            body.contains("Vous avez 1 bonnes réponses sur 4 (25 %)"),
            "{body}"
        );
        assert!(body.contains("Pas encore réussi : il faut 75 %"));
        assert!(body.contains("Non, pas C."), "the chosen choice's feedback");
        assert!(body.contains("Pas tout à fait.") && body.contains("Bonne réponse."));
        assert!(body.contains("Une réponse attendue :"));
        assert!(body.contains(r#"<h2 id="quiz-result" tabindex="-1" autofocus>"#));

        // Pass it: 4 of 4 (short answer normalised: case, spaces, final punctuation).
        let passed = answer(&mut learner, "fr", &ALL_RIGHT_FR);
        assert!(plain(&passed.body).contains("Vous avez 4 bonnes réponses sur 4 (100 %)"));
        assert!(passed.body.contains("Leçon terminée."));

        // The same form sent again (double click, Back and resend) counts once.
        let token = attempt_token(&learner.get(&format!("/fr{LESSON}")).body);
        let mut fields = vec![
            ("q-single", "0"),
            ("q-several", "1"),
            ("q-truth", "1"),
            ("q-word", "non"),
        ];
        fields.push(("attempt", &token));
        learner.post(&format!("/fr{LESSON}/quiz"), &fields);
        learner.post(&format!("/fr{LESSON}/quiz"), &fields);
        assert_eq!(server.db.count("SELECT COUNT(*) FROM quiz_attempts"), 3);
        assert_eq!(
            server.db.count("SELECT COUNT(*) FROM quiz_answers"),
            12,
            "every answer stored"
        );

        // Best and latest: the worse retry is the latest; the best stays; still complete.
        assert_eq!(
            server
                .db
                .count("SELECT CAST(best_score AS BIGINT) FROM lesson_progress"),
            100
        );
        assert_eq!(
            server
                .db
                .count("SELECT CAST(latest_score AS BIGINT) FROM lesson_progress"),
            0
        );
        assert_eq!(
            server
                .db
                .count("SELECT COUNT(*) FROM lesson_progress WHERE completed_at IS NOT NULL"),
            1
        );
        let page = learner.get(&format!("/fr{LESSON}"));
        assert!(plain(&page.body).contains("Meilleur score : 100 %."));

        // Not signed in: scored, with feedback, and nothing stored.
        let mut visitor = Browser::new(&server);
        let shown = answer(&mut visitor, "fr", &ALL_RIGHT_FR);
        assert!(plain(&shown.body)
            .contains("Connectez-vous pour que vos résultats soient enregistrés."));
        assert_eq!(server.db.count("SELECT COUNT(*) FROM quiz_attempts"), 3);
    }
}

backends! {
    /// A reload within seconds writes nothing (every write waits for SQLite's one write lock);
    /// a later visit is recorded, and the time between counts as spent on the lesson.
    fn reopening_a_lesson_soon_writes_nothing_and_later_is_recorded(backend) {
        let server = start(backend, quiz_courses(), None);
        let mut learner = Browser::new(&server);
        learner.sign_in(LEARNER.0, LEARNER.1);
        learner.get(&format!("/fr{LESSON}"));
        // A time that any write of the row would replace.
        let earlier = support::seconds_ago(5);
        server.db.execute(&format!(
            "UPDATE lesson_progress SET last_active_at = '{earlier}'"
        ));
        assert_eq!(learner.get(&format!("/fr{LESSON}")).status, 200);
        let unchanged = format!(
            "SELECT COUNT(*) FROM lesson_progress WHERE seconds_spent = 0 AND last_active_at = '{earlier}'"
        );
        assert_eq!(
            server.db.count(&unchanged),
            1,
            "{backend:?}: a reload is not written"
        );

        server.db.execute(&format!(
            "UPDATE lesson_progress SET last_active_at = '{}'",
            support::seconds_ago(120)
        ));
        learner.get(&format!("/fr{LESSON}"));
        assert_eq!(
            server.db.count(
                "SELECT COUNT(*) FROM lesson_progress WHERE seconds_spent BETWEEN 119 AND 180"
            ),
            1,
            "{backend:?}: a visit two minutes later is recorded with the time between"
        );
    }
}

backends! {
    fn short_answers_in_arabic_and_tifinagh_are_normalised(backend) {
        let server = start(backend, quiz_courses(), None);
        let mut learner = Browser::new(&server);
        learner.sign_in(LEARNER.0, LEARNER.1);
        let base = [
            ("q-single", "1"),
            ("q-several", "0"),
            ("q-several", "2"),
            ("q-truth", "0"),
        ];
        // Hamza under alef and a shadda the author did not write.
        let mut arabic = base.to_vec();
        arabic.push(("q-word", "الذّكاء الإصطناعي"));
        let reply = answer(&mut learner, "ar", &arabic);
        assert!(reply.body.contains(r#"<html lang="ar" dir="rtl""#));
        assert_eq!(
            server.db.count(
                "SELECT COUNT(*) FROM quiz_answers WHERE question_id = 'word' AND correct = TRUE"
            ),
            1,
            "{backend:?}"
        );
        // The Tuareg yagh (ⵗ) typed for ⵖ.
        let mut tifinagh = base.to_vec();
        tifinagh.push(("q-word", "ⴰⵗⵔⵓⵎ"));
        answer(&mut learner, "zgh", &tifinagh);
        assert_eq!(
            server.db.count(
                "SELECT COUNT(*) FROM quiz_answers WHERE question_id = 'word' AND correct = TRUE"
            ),
            2
        );
        let mut wrong = base.to_vec();
        wrong.push(("q-word", "ⴰⵙⵍⵎⴷ"));
        answer(&mut learner, "zgh", &wrong);
        assert_eq!(
            server.db.count(
                "SELECT COUNT(*) FROM quiz_answers WHERE question_id = 'word' AND correct = FALSE"
            ),
            1
        );
    }
}

backends! {
    fn home_continues_where_the_learner_stopped_and_certifies_a_completed_course(backend) {
        let server = start(backend, quiz_courses(), None);
        let mut learner = Browser::new(&server);
        learner.sign_in(LEARNER.0, LEARNER.1);
        let home = learner.get("/fr/");
        assert!(
            home.body.contains(
                r#"<a href="/fr/courses/basics/first"><span class="direction">Commencer :</span>"#
            ),
            "{backend:?}"
        );
        assert!(plain(&home.body).contains("0 leçon terminée sur 3"));
        assert!(home.body.contains(r#"<progress max="3" value="0""#));

        answer(&mut learner, "fr", &ALL_RIGHT_FR);
        let home = learner.get("/fr/");
        assert!(home.body.contains(
            r#"<a href="/fr/courses/basics/second"><span class="direction">Commencer :</span>"#
        ));
        assert!(plain(&home.body).contains("1 leçon terminée sur 3"));
        let course = learner.get("/fr/courses/basics");
        assert!(course
            .body
            .contains(r#"<strong class="lesson-done">Leçon terminée.</strong>"#));
        assert_eq!(
            course.body.matches("<strong class=").count(),
            1,
            "only opened lessons have a status"
        );

        // A lesson without a quiz is done when the learner says so.
        let second = learner.get("/fr/courses/basics/second");
        assert!(second
            .body
            .contains(r#"action="/fr/courses/basics/second/done""#));
        let done = learner.post("/fr/courses/basics/second/done", &[]);
        assert_eq!(done.status, 303);
        learner.get("/fr/courses/basics/third");
        let home = learner.get("/fr/");
        assert!(home.body.contains(
            r#"<a href="/fr/courses/basics/third"><span class="direction">Continuer :</span>"#
        ));
        assert_eq!(
            learner.get("/fr/certificates/basics").status,
            404,
            "not before the end"
        );

        let page = learner.get("/fr/courses/basics/third");
        let token = attempt_token(&page.body);
        learner.post(
            "/fr/courses/basics/third/quiz",
            &[("q-only", "0"), ("attempt", &token)],
        );
        let home = learner.get("/fr/");
        assert!(home.body.contains("Cours terminé."));
        assert!(home
            .body
            .contains("Bravo : vous avez terminé toutes les leçons."));
        let certificate = learner.get("/ar/certificates/basics");
        assert_eq!(certificate.status, 200);
        assert!(
            certificate.body.contains("Fatima Demo")
                && certificate.body.contains("Dar Taliba Demo")
        );
        assert!(certificate.body.contains("أساسيات"));

        // Someone else's certificate does not exist for them.
        let mut other = Browser::new(&server);
        other.sign_in("demo.facilitator", "facilitator-demo-2026");
        assert_eq!(other.get("/fr/certificates/basics").status, 404);
        assert_eq!(
            Browser::new(&server).get("/fr/certificates/basics").status,
            303
        );
    }
}

backends! {
    fn progress_survives_an_edit_of_the_course(backend) {
        progress_survives_an_edit_on(backend);
    }
}

fn progress_survives_an_edit_on(backend: Backend) {
    let courses = copy_of("server/tests/fixtures/courses/quiz");
    let server = start(backend, courses.clone(), None);
    let mut learner = Browser::new(&server);
    learner.sign_in(LEARNER.0, LEARNER.1);
    answer(&mut learner, "fr", &ALL_RIGHT_FR);

    // The author reorders the lessons (first becomes last) and removes a question.
    let course = courses.join("basics");
    std::fs::rename(course.join("01-first"), course.join("04-first")).unwrap();
    for lang in ["fr", "ar", "zgh"] {
        let lesson = course.join(format!("04-first/lesson.{lang}.md"));
        let text = std::fs::read_to_string(&lesson).unwrap();
        let start = text.find("### Vrai ou faux").unwrap();
        let end = text.find("### Réponse courte").unwrap();
        std::fs::write(&lesson, format!("{}{}", &text[..start], &text[end..])).unwrap();
    }
    eventually("the edit is served", || {
        let page = learner.get("/fr/courses/basics");
        let second = page
            .body
            .find("/fr/courses/basics/second")
            .unwrap_or(usize::MAX);
        let first = page.body.find("/fr/courses/basics/first").unwrap_or(0);
        first > second
    });
    let home = learner.get("/fr/");
    assert!(
        plain(&home.body).contains("1 leçon terminée sur 3"),
        "progress kept"
    );
    let page = learner.get(&format!("/fr{LESSON}"));
    assert!(page.body.contains("Leçon terminée."));
    // The removed question no longer counts: 3 questions now.
    let reply = answer(
        &mut learner,
        "fr",
        &[
            ("q-single", "1"),
            ("q-several", "0"),
            ("q-several", "2"),
            ("q-word", "intelligence artificielle"),
        ],
    );
    assert!(plain(&reply.body).contains("Vous avez 3 bonnes réponses sur 3 (100 %)"));
}

backends! {
    fn a_server_killed_during_submissions_leaves_whole_attempts_only(backend) {
        let db = TestDatabase::new(backend);
        for round in 0..6u64 {
            let server = spawn_demo_server(backend, quiz_courses(), Some(db.url.clone()));
            let mut learner = Browser::new(&server);
            learner.sign_in(LEARNER.0, LEARNER.1);
            learner.get(&format!("/fr{LESSON}"));
            let submissions = QuizStream::start(&learner, &format!("crash-{round}"));
            std::thread::sleep(std::time::Duration::from_millis(150 + round * 60));
            drop(server); // SIGKILL, mid-submission
            submissions.stop();
        }
        // Restarted on the same data: every attempt is whole.
        let server = start(backend, quiz_courses(), Some(db.url.clone()));
        assert_eq!(
            request("GET", &server.url("/healthz"), &[], None).status,
            200
        );
        let attempts = db.count("SELECT COUNT(*) FROM quiz_attempts");
        assert!(attempts > 0, "{backend:?}: some submissions were recorded");
        let report = support::integrity(&db.url, &quiz_courses());
        assert!(
            report.is_ok(),
            "{backend:?}: no attempt without all its answers, no orphan, daily counts right: {report}"
        );
        assert_eq!(db.count("SELECT COUNT(*) FROM lesson_progress"), 1);
        assert_eq!(
            db.count("SELECT CAST(p.latest_score AS BIGINT) FROM lesson_progress p"),
            db.count("SELECT CAST(score AS BIGINT) FROM quiz_attempts ORDER BY id DESC LIMIT 1"),
            "{backend:?}: the latest score is the last recorded attempt's"
        );
        assert_eq!(
            db.count("SELECT CAST(best_score AS BIGINT) FROM lesson_progress"),
            db.count("SELECT CAST(MAX(score) AS BIGINT) FROM quiz_attempts"),
        );
    }
}

backends! {
    /// A lesson with a quiz is complete only when its quiz reaches the pass mark: "mark as done"
    /// on it is refused and records nothing, so no certificate can be had without passing.
    fn done_is_refused_for_a_lesson_with_a_quiz(backend) {
        let server = start(backend, quiz_courses(), None);
        let mut learner = Browser::new(&server);
        learner.sign_in(LEARNER.0, LEARNER.1);
        let first = learner.get(&format!("/fr{LESSON}"));
        assert!(
            !first.body.contains("/done\""),
            "{backend:?}: no done form beside a quiz"
        );
        for lesson in ["first", "second", "third"] {
            let path = format!("/fr/courses/basics/{lesson}/done");
            let expected = if lesson == "second" { 303 } else { 404 };
            assert_eq!(
                learner.post(&path, &[]).status,
                expected,
                "{backend:?}: {path}"
            );
        }
        assert_eq!(
            server.db.count(
                "SELECT COUNT(*) FROM lesson_progress WHERE completed_at IS NOT NULL \
                 AND lesson_id <> 'second'"
            ),
            0,
            "{backend:?}: nothing recorded as completed"
        );
        assert_eq!(
            learner.get("/fr/certificates/basics").status,
            404,
            "{backend:?}: no certificate without passing"
        );
        assert!(!plain(&learner.get("/fr/").body).contains("Cours terminé."));
    }
}

backends! {
    /// A lesson address in a language Tifawt does not have is a 404 and records no visit.
    fn a_lesson_in_an_unknown_language_records_nothing(backend) {
        let server = start(backend, quiz_courses(), None);
        let mut learner = Browser::new(&server);
        learner.sign_in(LEARNER.0, LEARNER.1);
        assert_eq!(learner.get(&format!("/xx{LESSON}")).status, 404);
        assert_eq!(
            server.db.count("SELECT COUNT(*) FROM lesson_progress"),
            0,
            "{backend:?}"
        );
        learner.get(&format!("/fr{LESSON}"));
        assert_eq!(
            server.db.count("SELECT COUNT(*) FROM lesson_progress"),
            1,
            "{backend:?}"
        );
    }
}

backends! {
    /// A short answer longer than any lesson asks is refused with an error on its question,
    /// and nothing is recorded.
    fn an_overlong_short_answer_is_refused(backend) {
        let server = start(backend, quiz_courses(), None);
        let mut learner = Browser::new(&server);
        learner.sign_in(LEARNER.0, LEARNER.1);
        let page = learner.get(&format!("/fr{LESSON}"));
        assert!(page.body.contains(r#"maxlength="200""#), "{backend:?}");
        let long = "a".repeat(201);
        let mut answers = ALL_RIGHT_FR.to_vec();
        answers[4] = ("q-word", &long);
        let reply = answer(&mut learner, "fr", &answers);
        assert_eq!(reply.status, 422, "{backend:?}");
        assert!(
            plain(&reply.body).contains("La réponse à la question 4 doit faire au plus 200 caractères"),
            "{backend:?}"
        );
        assert!(reply.body.contains(r##"href="#q-word-answer""##));
        assert_eq!(server.db.count("SELECT COUNT(*) FROM quiz_attempts"), 0);
        answers[4] = ("q-word", &long[..200]);
        assert_eq!(answer(&mut learner, "fr", &answers).status, 200);
        assert_eq!(server.db.count("SELECT COUNT(*) FROM quiz_attempts"), 1);
    }
}
