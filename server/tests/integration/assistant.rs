//! The local AI assistant over HTTP, against a real llama.cpp server (scripts/test.sh starts
//! one with a small model: `TIFAWT_TEST_AI_URL`): a practice block's answer without
//! JavaScript (the page) and with it (server-sent events), the earlier exchanges kept, the
//! learner's personal data taken out before the request leaves, CV wording suggestions that
//! change nothing until saved; and the assistant absent, down, slow or over its limits, said
//! in words on a page that works.
//!
//! The test model is a base model: what it says is not checked, only that an answer came.

use crate::support::{plain, repo_path, Backend, Browser, ServerOptions, TestServer};
use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

const LESSON: &str = "/fr/courses/ai-literacy/writing-prompts";
const BLOCK: &str = "/fr/courses/ai-literacy/writing-prompts/try/improve-prompt";

/// The llama.cpp server the tests ask.
fn ai_url() -> String {
    std::env::var("TIFAWT_TEST_AI_URL").unwrap_or_else(|_| {
        panic!(
            "TIFAWT_TEST_AI_URL is not set: run scripts/test.sh, or `scripts/ai-server.sh start 8089` \
             and TIFAWT_TEST_AI_URL=http://127.0.0.1:8089/v1"
        )
    })
}

/// The shipped courses and the demo accounts, with the assistant at `url` (none if empty)
/// and `more` options.
fn server(backend: Backend, url: &str, more: &[&str]) -> TestServer {
    let mut extra_args = vec!["--demo".to_string()];
    if !url.is_empty() {
        extra_args.extend([
            "--ai-url".into(),
            url.into(),
            "--ai-max-tokens".into(),
            "32".into(),
        ]);
    }
    extra_args.extend(more.iter().map(|s| s.to_string()));
    TestServer::start_with(
        backend,
        ServerOptions {
            courses_dir: repo_path("courses"),
            extra_args,
            ..ServerOptions::default()
        },
    )
}

fn learner(server: &TestServer) -> Browser<'_> {
    let mut browser = Browser::new(server);
    let reply = browser.sign_in("demo.learner", "learner-demo-2026");
    assert_eq!(reply.status, 303, "{}", reply.body);
    browser.get(LESSON);
    browser
}

/// The answers shown on a page, in order.
fn answers(html: &str) -> Vec<String> {
    html.split(r#"<div class="exchange-answer">"#)
        .skip(1)
        .map(|rest| rest.split("</div>").next().unwrap_or_default().to_string())
        .collect()
}

backends! {
    fn a_practice_block_answers_without_javascript_and_keeps_the_conversation(backend) {
        let server = server(backend, &ai_url(), &[]);
        let mut browser = learner(&server);
        let page = browser.get(LESSON);
        assert!(
            page.body.contains(&format!(r#"action="{BLOCK}""#)),
            "the block's form: {}",
            page.body
        );
        assert!(page.body.contains("Parle-moi des dattes."), "the starter prompt is in the box");
        let first = browser.post(BLOCK, &[("prompt", "Donne trois conseils pour économiser l'eau.")]);
        assert_eq!(first.status, 200, "{}", first.body);
        let said = answers(&first.body);
        assert_eq!(said.len(), 1, "{}", first.body);
        assert!(!said[0].trim().is_empty(), "an answer came: {}", first.body);
        assert!(first.body.contains("Une IA peut se tromper"), "the reminder under it");
        assert!(
            first.body.contains(r#"<h3 tabindex="-1" autofocus>Réponse de l’assistant IA</h3>"#),
            "the page starts at the new answer: {}",
            first.body
        );
        assert!(first.body.contains("Donne trois conseils pour économiser l&#x27;eau.") || first.body.contains("Donne trois conseils pour économiser l'eau."));
        // The next prompt carries the first exchange back, as the page's hidden fields do.
        let second = browser.post(
            BLOCK,
            &[
                ("asked", "Donne trois conseils pour économiser l'eau."),
                ("answered", &said[0]),
                ("prompt", "Plus court."),
            ],
        );
        assert_eq!(second.status, 200, "{}", second.body);
        assert_eq!(answers(&second.body).len(), 2, "both exchanges are on the page");
        assert_eq!(second.body.matches(r#"name="asked""#).count(), 2, "and in the form");
    }
}

#[test]
fn the_answer_streams_as_server_sent_events() {
    let server = server(Backend::Sqlite, &ai_url(), &[]);
    let mut browser = learner(&server);
    let reply = browser.post(&format!("{BLOCK}/stream"), &[("prompt", "Bonjour")]);
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(reply.header("content-type"), Some("text/event-stream"));
    assert!(
        reply.body.starts_with("event: text\ndata: \""),
        "{}",
        reply.body
    );
    assert!(
        reply.body.trim_end().ends_with("event: end\ndata: \"\"")
            || reply
                .body
                .contains("event: end\ndata: \"La réponse était trop longue"),
        "{}",
        reply.body
    );
    // A mistake in the prompt comes the same way.
    let empty = browser.post(&format!("{BLOCK}/stream"), &[("prompt", "  ")]);
    assert!(
        empty
            .body
            .contains("event: failed\ndata: \"Écrivez une demande avant de l’envoyer\""),
        "{}",
        empty.body
    );
}

/// A proxy in front of the real AI server that keeps the request bodies it passes on.
fn recording_proxy(target: &str) -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    let upstream = target
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap()
        .to_string();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let kept = seen.clone();
    std::thread::spawn(move || {
        for client in listener.incoming().flatten() {
            let (upstream, kept) = (upstream.clone(), kept.clone());
            std::thread::spawn(move || relay(client, &upstream, &kept));
        }
    });
    (format!("http://{address}/v1"), seen)
}

fn relay(mut client: std::net::TcpStream, upstream: &str, kept: &Mutex<Vec<String>>) {
    let mut request = Vec::new();
    let mut buffer = [0u8; 8192];
    // The headers, then as much body as they announce.
    loop {
        let Ok(n) = client.read(&mut buffer) else {
            return;
        };
        if n == 0 {
            return;
        }
        request.extend_from_slice(&buffer[..n]);
        let text = String::from_utf8_lossy(&request).to_string();
        if let Some(end) = text.find("\r\n\r\n") {
            let length: usize = text[..end]
                .lines()
                .find_map(|l| {
                    l.to_ascii_lowercase()
                        .strip_prefix("content-length:")
                        .map(|v| v.trim().parse().unwrap_or(0))
                })
                .unwrap_or(0);
            if request.len() >= end + 4 + length {
                kept.lock()
                    .unwrap()
                    .push(String::from_utf8_lossy(&request[end + 4..]).to_string());
                break;
            }
        }
    }
    let Ok(mut server) = std::net::TcpStream::connect(upstream) else {
        return;
    };
    let _ = server.write_all(&request);
    let mut back = server.try_clone().unwrap();
    let mut to_client = client.try_clone().unwrap();
    let _ = std::io::copy(&mut back, &mut to_client);
}

#[test]
fn personal_data_is_taken_out_before_the_request_leaves() {
    let (proxy, seen) = recording_proxy(&ai_url());
    let server = server(Backend::Sqlite, &proxy, &[]);
    let mut browser = learner(&server);
    let prompt = "Je suis Fatima Demo, appelle-moi au 06 12 34 56 78 ou écris à fatima@example.ma.";
    let reply = browser.post(BLOCK, &[("prompt", prompt)]);
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert!(
        plain(&reply.body).contains("nous avons retiré des données personnelles de votre texte : une adresse e-mail, un numéro de téléphone, votre nom"),
        "the learner is told: {}",
        reply.body
    );
    let seen = seen.lock().unwrap().join("\n");
    assert!(
        seen.contains("Je suis [name], appelle-moi au [phone] ou écris à [e-mail]."),
        "{seen}"
    );
    for personal in ["Fatima", "06 12 34 56 78", "fatima@example.ma"] {
        assert!(!seen.contains(personal), "{personal} was sent: {seen}");
    }
}

#[test]
fn without_an_assistant_every_page_works_and_says_so() {
    let server = server(Backend::Sqlite, "", &[]);
    let health = server.get("/healthz");
    assert!(
        health.body.contains(r#""assistant":"off""#),
        "{}",
        health.body
    );
    let mut browser = learner(&server);
    let page = browser.get(LESSON);
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("L’assistant IA n’est pas installé"),
        "{}",
        page.body
    );
    assert!(
        page.body.contains("Parle-moi des dattes."),
        "the exercise is still there"
    );
    let reply = browser.post(BLOCK, &[("prompt", "Bonjour")]);
    assert_eq!(reply.status, 503);
    assert!(
        reply.body.contains("L’assistant IA n’est pas installé"),
        "{}",
        reply.body
    );
    // Anyone signed out is asked to sign in, before anything is sent.
    let anonymous = Browser::new(&server).get(LESSON);
    assert!(
        anonymous
            .body
            .contains("Connectez-vous pour essayer cet exercice"),
        "{}",
        anonymous.body
    );
}

#[test]
fn an_assistant_that_is_down_or_silent_is_said_in_words_and_the_prompt_is_kept() {
    // Down: nothing listens at its address.
    let closed = TcpListener::bind("127.0.0.1:0").unwrap();
    let down = format!("http://{}/v1", closed.local_addr().unwrap());
    drop(closed);
    let server_down = server(Backend::Sqlite, &down, &[]);
    let health = server_down.get("/healthz");
    assert_eq!(health.status, 200, "pages work: the server is healthy");
    assert!(
        health.body.contains(r#""assistant":"unreachable""#),
        "{}",
        health.body
    );
    let mut browser = learner(&server_down);
    let reply = browser.post(BLOCK, &[("prompt", "Mon essai")]);
    assert_eq!(reply.status, 503);
    assert!(
        reply
            .body
            .contains("L’assistant IA ne répond pas pour le moment"),
        "{}",
        reply.body
    );
    assert!(
        reply.body.contains(">Mon essai</textarea>"),
        "the prompt is kept: {}",
        reply.body
    );

    // Silent: it accepts the connection and never answers.
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/v1", silent.local_addr().unwrap());
    let held = Arc::new(Mutex::new(Vec::new()));
    let keep = held.clone();
    std::thread::spawn(move || {
        for connection in silent.incoming().flatten() {
            keep.lock().unwrap().push(connection);
        }
    });
    let server_slow = server(Backend::Sqlite, &url, &["--ai-first-word-seconds", "1"]);
    let mut browser = learner(&server_slow);
    let reply = browser.post(BLOCK, &[("prompt", "Mon essai")]);
    assert_eq!(reply.status, 503, "{}", reply.body);
    assert!(reply
        .body
        .contains("L’assistant IA ne répond pas pour le moment"));
    let streamed = browser.post(&format!("{BLOCK}/stream"), &[("prompt", "Mon essai")]);
    assert!(streamed.body.contains("event: failed"), "{}", streamed.body);
    let lesson = browser.get(LESSON);
    assert_eq!(lesson.status, 200, "the lesson still opens");
}

#[test]
fn prompts_are_checked_and_each_learner_has_an_hourly_limit() {
    let server = server(Backend::Sqlite, &ai_url(), &["--ai-requests-per-hour", "1"]);
    let mut browser = learner(&server);
    let empty = browser.post(BLOCK, &[("prompt", " ")]);
    assert_eq!(empty.status, 422);
    assert!(
        empty
            .body
            .contains(r##"href="#try-improve-prompt-prompt""##),
        "the error summary links to the box: {}",
        empty.body
    );
    let long = "a".repeat(1001);
    let too_long = browser.post(BLOCK, &[("prompt", &long)]);
    assert_eq!(too_long.status, 422);
    assert!(
        plain(&too_long.body)
            .contains("Votre demande fait 1001 caractères : elle doit en faire au plus 1000"),
        "{}",
        too_long.body
    );
    assert_eq!(browser.post(BLOCK, &[("prompt", "Bonjour")]).status, 200);
    let again = browser.post(BLOCK, &[("prompt", "Encore")]);
    assert_eq!(again.status, 503);
    assert!(plain(&again.body).contains("Vous avez envoyé beaucoup de demandes cette heure-ci. Vous pourrez en envoyer de nouveau dans 60 minutes."), "{}", again.body);
}

backends! {
    fn cv_wording_suggestions_change_nothing_until_saved(backend) {
        let server = server(backend, &ai_url(), &[]);
        let mut browser = learner(&server);
        browser.get("/fr/cv");
        let created = browser.post("/fr/cv", &[("title", "Mon CV"), ("language", "fr"), ("template", "plain")]);
        let location = created.header("location").expect("a redirect").to_string();
        let cv = location.trim_end_matches("/contact").to_string();
        let profile = format!("{cv}/profile");
        let page = browser.get(&profile);
        assert!(page.body.contains(&format!(r#"formaction="{profile}/wording""#)), "{}", page.body);
        let mine = "Je suis serieuse et j'aime aider les gens. Mon numéro est 0612345678.";
        let suggested = browser.post(&format!("{profile}/wording"), &[("profile", mine), ("wording", "suggest")]);
        assert_eq!(suggested.status, 200, "{}", suggested.body);
        assert!(suggested.body.contains("Proposition de l’assistant IA"), "{}", suggested.body);
        assert!(suggested.body.contains("un numéro de téléphone"), "the learner is told what was taken out");
        let text = suggested
            .body
            .split(r#"name="suggestion" value=""#)
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("the suggestion, to use")
            .to_string();
        // Their own text is still in the box, and nothing was saved.
        assert!(suggested.body.contains("Je suis serieuse"), "{}", suggested.body);
        assert!(!browser.get(&cv).body.contains("Je suis serieuse"), "not saved");
        let used = browser.post(&format!("{profile}/wording"), &[("profile", mine), ("wording", "use"), ("suggestion", "Une phrase proposée.")]);
        assert!(used.body.contains(">Une phrase proposée.</textarea>"), "{}", used.body);
        assert!(used.body.contains("rien n’est enregistré avant"), "{}", used.body);
        assert!(!browser.get(&cv).body.contains("Une phrase proposée."), "still not saved");
        let saved = browser.post(&profile, &[("profile", "Une phrase proposée.")]);
        assert_eq!(saved.status, 303);
        assert!(browser.get(&cv).body.contains("Une phrase proposée."), "saved by the learner");
        assert!(!text.trim().is_empty(), "a suggestion came");
        // An experience entry's description too.
        browser.post(&format!("{cv}/experience"), &[("kind", "job"), ("role", "Vendeuse"), ("organisation", "Coopérative"), ("description", "Je vends des dattes.")]);
        let entry = browser.post(&format!("{cv}/experience/0/wording"), &[("kind", "job"), ("role", "Vendeuse"), ("organisation", "Coopérative"), ("description", "Je vends des dattes."), ("wording", "suggest")]);
        assert_eq!(entry.status, 200, "{}", entry.body);
        assert!(entry.body.contains("Proposition de l’assistant IA"), "{}", entry.body);
        assert_eq!(browser.post(&format!("{cv}/education/0/wording"), &[("wording", "suggest")]).status, 404, "only the profile and experiences");
    }
}

backends! {
    fn a_centre_keeps_practice_transcripts_only_when_an_admin_says_so(backend) {
        let server = server(backend, &ai_url(), &[]);
        let learner_id = server.db.count("SELECT CAST(id AS BIGINT) FROM users WHERE username = 'demo.learner'");
        let page = format!("/fr/centres/1/learners/{learner_id}");
        let mut learner = learner(&server);
        let mut facilitator = Browser::new(&server);
        facilitator.sign_in("demo.facilitator", "facilitator-demo-2026");
        facilitator.get("/fr/centres/1");
        let mut admin = Browser::new(&server);
        admin.sign_in("demo.admin", "admin-demo-2026");
        admin.get("/fr/centres/1");

        // Off by default: an answer, and nothing kept.
        assert!(plain(&facilitator.get("/fr/centres/1").body).contains("Seul le nombre de demandes à l’assistant IA est noté"));
        assert_eq!(learner.post(BLOCK, &[("prompt", "Premier essai, 0612345678")]).status, 200);
        assert_eq!(server.db.count("SELECT COUNT(*) FROM practice_transcripts"), 0);
        // Only an admin may turn it on; the facilitator's form does not exist.
        let refused = facilitator.post("/fr/centres/1/practice-transcripts", &[("keep", "yes")]);
        assert_eq!(refused.status, 404);
        let on = admin.post("/fr/centres/1/practice-transcripts", &[("keep", "yes")]);
        assert_eq!(on.status, 303);
        assert_eq!(on.header("location"), Some("/fr/centres/1?notice=practice"));
        assert!(plain(&admin.get("/fr/centres/1?notice=practice").body).contains("Le réglage de la pratique avec l’IA est enregistré."));
        assert_eq!(server.db.count("SELECT COUNT(*) FROM audit_log WHERE action = 'practice-transcripts'"), 1);

        // Kept as sent: personal data already taken out; read by the facilitator.
        assert_eq!(learner.post(BLOCK, &[("prompt", "Deuxième essai, 0612345678")]).status, 200);
        let stream = learner.post(&format!("{BLOCK}/stream"), &[("prompt", "Troisième essai")]);
        assert!(stream.body.contains("event: end"), "{}", stream.body);
        crate::support::eventually("the streamed exchange is kept", || {
            server.db.count("SELECT COUNT(*) FROM practice_transcripts") == 2
        });
        let report = plain(&facilitator.get(&page).body);
        assert!(report.contains("Pratique avec l’assistant IA"), "{report}");
        assert!(report.contains("Deuxième essai, [phone]"), "{report}");
        assert!(report.contains("Troisième essai"), "{report}");
        assert!(!report.contains("0612345678"), "{report}");
        let data = facilitator.get(&format!("{page}/data.json"));
        assert!(data.body.contains(r#""block_id": "improve-prompt""#) || data.body.contains(r#""block_id":"improve-prompt""#), "{}", data.body);

        // Turned off: what was kept is deleted.
        assert_eq!(admin.post("/fr/centres/1/practice-transcripts", &[]).status, 303);
        assert_eq!(server.db.count("SELECT COUNT(*) FROM practice_transcripts"), 0);
        assert!(!plain(&facilitator.get(&page).body).contains("Pratique avec l’assistant IA"));
    }
}
