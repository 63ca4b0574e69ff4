//! Accounts over real HTTP, on SQLite and PostgreSQL: signing in and out, sessions, the
//! anti-forgery check, rate limiting, what each role may see, preferences and CSV import.

use crate::support::{self, run_cli, Backend, Browser, ServerOptions, TestServer};

const LEARNER: (&str, &str) = ("demo.learner", "learner-demo-2026");
const FACILITATOR: (&str, &str) = ("demo.facilitator", "facilitator-demo-2026");
const ADMIN: (&str, &str) = ("demo.admin", "admin-demo-2026");

fn start(backend: Backend) -> TestServer {
    start_with_args(backend, &[])
}

fn start_with_args(backend: Backend, args: &[&str]) -> TestServer {
    let mut extra_args = vec![
        "--demo".to_string(),
        "--watch-courses".into(),
        "false".into(),
    ];
    extra_args.extend(args.iter().map(|a| a.to_string()));
    TestServer::start_with(
        backend,
        ServerOptions {
            extra_args,
            ..ServerOptions::default()
        },
    )
}

fn without_bidi_isolation(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

backends! {
    fn signing_in_and_out_on_a_shared_computer(backend) {
        let server = start(backend);
        let mut browser = Browser::new(&server);
        let page = browser.get("/fr/sign-in");
        assert_eq!(page.status, 200);
        assert!(page.body.contains(r#"autocomplete="username""#));
        assert!(page.body.contains(r#"type="password""#));
        assert!(page.body.contains(r#"autocomplete="current-password""#));
        assert!(
            browser.cookie("tifawt_csrf").is_some(),
            "{backend:?}: a token cookie"
        );

        // Empty fields: both errors, linked from the summary.
        let empty = browser.post("/fr/sign-in", &[("username", ""), ("password", "")]);
        assert_eq!(empty.status, 422);
        assert!(empty
            .body
            .contains(r##"<a href="#username">Entrez votre nom d’utilisateur</a>"##));
        assert!(empty
            .body
            .contains(r##"<a href="#password">Entrez votre mot de passe</a>"##));
        assert!(empty.body.contains(r#"aria-invalid="true""#));

        // A wrong password and an unknown user get the same answer; the username is kept.
        let wrong = browser.post(
            "/fr/sign-in",
            &[("username", LEARNER.0), ("password", "nope-nope")],
        );
        let unknown = browser.post(
            "/fr/sign-in",
            &[("username", "nobody.here"), ("password", "nope-nope")],
        );
        for reply in [&wrong, &unknown] {
            assert_eq!(reply.status, 422);
            assert!(reply
                .body
                .contains("Le nom d’utilisateur ou le mot de passe n’est pas correct"));
        }
        assert!(wrong.body.contains(&format!(r#"value="{}""#, LEARNER.0)));

        // Sign in (the name's case does not matter): a new session cookie, back home.
        let signed_in = browser.post(
            "/fr/sign-in",
            &[
                ("username", "Demo.Learner"),
                ("password", LEARNER.1),
                ("next", ""),
            ],
        );
        assert_eq!(signed_in.status, 303);
        assert_eq!(signed_in.header("location"), Some("/fr/"));
        let cookie = signed_in
            .header_all("set-cookie")
            .into_iter()
            .find(|c| c.starts_with("tifawt_session="))
            .expect("a session cookie")
            .to_string();
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
            "{cookie}"
        );
        assert!(!cookie.contains("Secure"), "no Secure flag over plain HTTP");
        let first_session = browser.cookie("tifawt_session").unwrap().to_string();

        let home = browser.get("/fr/");
        assert_eq!(
            home.header("cache-control"),
            Some("no-store"),
            "private pages are never stored"
        );
        assert!(home.body.contains("Fatima Demo"));
        assert!(home.body.contains(r#"action="/sign-out""#));

        // Signing in again (someone else at the same computer) replaces the session.
        browser.get("/fr/sign-in");
        browser.sign_in(LEARNER.0, LEARNER.1);
        let second_session = browser.cookie("tifawt_session").unwrap().to_string();
        assert_ne!(
            first_session, second_session,
            "a new session id at every sign-in"
        );
        assert_eq!(
            server.db.count("SELECT COUNT(*) FROM sessions"),
            1,
            "the old one is gone"
        );

        // Sign out: session deleted, cookie cleared, cache cleared, sign-in page next.
        browser.get("/fr/");
        let out = browser.post("/sign-out", &[("locale", "fr")]);
        assert_eq!(out.status, 303);
        assert_eq!(
            out.header("location"),
            Some("/fr/sign-in?notice=signed-out")
        );
        assert_eq!(out.header("clear-site-data"), Some("\"cache\""));
        assert!(browser.cookie("tifawt_session").is_none());
        assert_eq!(server.db.count("SELECT COUNT(*) FROM sessions"), 0);
        let next = browser.get("/fr/sign-in?notice=signed-out");
        assert!(next.body.contains("Vous êtes déconnecté·e"));
        assert!(!next.body.contains("Fatima Demo"));

        // The old cookie, replayed, opens nothing.
        browser
            .cookies
            .push(("tifawt_session".into(), second_session));
        let replay = browser.get("/fr/preferences");
        assert!(!replay.body.contains("Fatima Demo"));
        assert_eq!(replay.header("cache-control"), Some("private, no-cache"));
    }
}

#[test]
fn secure_cookies_behind_tls() {
    let server = start_with_args(Backend::Sqlite, &["--secure-cookies", "true"]);
    let mut browser = Browser::new(&server);
    let reply = browser.sign_in(LEARNER.0, LEARNER.1);
    let cookie = reply.header_all("set-cookie").join("\n");
    assert!(
        cookie.contains("tifawt_session=") && cookie.contains("; Secure"),
        "{cookie}"
    );
}

backends! {
    fn forms_without_the_right_token_are_refused(backend) {
        let server = start(backend);
        let mut browser = Browser::new(&server);
        browser.get("/fr/sign-in");
        let good = browser.csrf.clone();

        browser.csrf = String::new();
        let missing = browser.post(
            "/fr/sign-in",
            &[("username", LEARNER.0), ("password", LEARNER.1)],
        );
        assert_eq!(missing.status, 403, "{backend:?}");
        assert!(missing.body.contains("Formulaire expiré"));
        browser.csrf = "x".repeat(43);
        assert_eq!(
            browser
                .post(
                    "/fr/sign-in",
                    &[("username", LEARNER.0), ("password", LEARNER.1)]
                )
                .status,
            403
        );
        assert_eq!(server.db.count("SELECT COUNT(*) FROM sessions"), 0);

        // Another site's page posting with the victim's cookies.
        browser.csrf = good;
        let cookies = browser
            .cookies
            .iter()
            .map(|(n, v)| format!("{n}={v}"))
            .collect::<Vec<_>>()
            .join("; ");
        let body = format!("size=large&return_to=%2F&csrf_token={}", browser.csrf);
        let cross = server.request(
            "POST",
            "/preferences/text-size",
            &[("cookie", &cookies), ("sec-fetch-site", "cross-site")],
            Some(&body),
        );
        assert_eq!(cross.status, 403);

        // Signed in, the session's own token is required: the anonymous one no longer works.
        let anonymous_token = browser.csrf.clone();
        browser.sign_in(LEARNER.0, LEARNER.1);
        browser.get("/fr/");
        assert_ne!(browser.csrf, anonymous_token);
        browser.csrf = anonymous_token;
        assert_eq!(browser.post("/sign-out", &[("locale", "fr")]).status, 403);
        assert_eq!(
            server.db.count("SELECT COUNT(*) FROM sessions"),
            1,
            "still signed in"
        );
    }
}

backends! {
    fn an_idle_session_ends_and_says_why(backend) {
        let server = start_with_args(backend, &["--session-idle-minutes", "20"]);
        let mut browser = Browser::new(&server);
        browser.sign_in(FACILITATOR.0, FACILITATOR.1);
        // Twice: the second answer is the server's cached session, which the change below
        // must end too.
        assert_eq!(browser.get("/fr/centres/1").status, 200);
        assert_eq!(browser.get("/fr/centres/1").status, 200);
        server
            .db
            .execute("UPDATE sessions SET last_seen_at = '2020-01-01T00:00:00+00:00'");
        let mut reply = None;
        support::after_change(backend, "the server sees the idle session", || {
            let page = browser.get("/fr/centres/1");
            let ended = page.status == 303;
            reply = Some(page);
            ended
        });
        let reply = reply.expect("a reply");
        assert_eq!(reply.status, 303, "{backend:?}");
        assert_eq!(
            reply.header("location"),
            Some("/fr/sign-in?notice=expired&next=/fr/centres/1")
        );
        assert!(
            browser.cookie("tifawt_session").is_none(),
            "the cookie is cleared"
        );
        assert_eq!(server.db.count("SELECT COUNT(*) FROM sessions"), 0);
        let page = browser.get("/fr/sign-in?notice=expired&next=/fr/centres/1");
        assert!(without_bidi_isolation(&page.body).contains("après 20 minutes sans activité"));
        // Signing in again goes back to the page asked for.
        let again = browser.post(
            "/fr/sign-in",
            &[
                ("username", FACILITATOR.0),
                ("password", FACILITATOR.1),
                ("next", "/fr/centres/1"),
            ],
        );
        assert_eq!(again.header("location"), Some("/fr/centres/1"));
        // …but never to another site.
        let mut browser = Browser::new(&server);
        browser.get("/fr/sign-in");
        let away = browser.post(
            "/fr/sign-in",
            &[
                ("username", FACILITATOR.0),
                ("password", FACILITATOR.1),
                ("next", "//evil.example/"),
            ],
        );
        assert_eq!(away.header("location"), Some("/fr/"));
    }
}

backends! {
    /// Guessing is slowed, never locked out: a browser the owner never used gets ten guesses at
    /// an account, then waits; the owner, on a computer they signed in on before, still signs
    /// in at once, and so does everyone else at the same address.
    fn guessing_is_slowed_without_keeping_the_owner_out(backend) {
        let server = start(backend);
        let mut owner = Browser::new(&server);
        owner.sign_in(LEARNER.0, LEARNER.1);
        assert!(owner.cookie("tifawt_device").is_some(), "{backend:?}");
        owner.get("/fr/");
        assert_eq!(owner.post("/sign-out", &[("locale", "fr")]).status, 303);

        let mut guesser = Browser::new(&server);
        guesser.get("/fr/sign-in");
        for _ in 0..10 {
            let reply = guesser.post(
                "/fr/sign-in",
                &[("username", LEARNER.0), ("password", "wrong-guess")],
            );
            assert_eq!(reply.status, 422, "{backend:?}");
        }
        let slowed = guesser.post(
            "/fr/sign-in",
            &[("username", LEARNER.0), ("password", LEARNER.1)],
        );
        assert_eq!(
            slowed.status, 429,
            "{backend:?}: a browser the owner never used waits, even with the right password"
        );
        let text = without_bidi_isolation(&slowed.body);
        assert!(
            text.contains("Trop d’essais. Attendez une minute"),
            "{text}"
        );
        assert_eq!(server.db.count("SELECT COUNT(*) FROM sessions"), 0);

        owner.sign_in(LEARNER.0, LEARNER.1);
        Browser::new(&server).sign_in(FACILITATOR.0, FACILITATOR.1);
        // The guesser's count is not reset by the owner's sign-in.
        assert_eq!(
            guesser
                .post(
                    "/fr/sign-in",
                    &[("username", LEARNER.0), ("password", "wrong-guess")],
                )
                .status,
            429,
            "{backend:?}"
        );
    }
}

backends! {
    /// A burst of parallel wrong sign-ins gets no more guesses than the budget: each attempt is
    /// counted before its password is checked.
    fn a_burst_of_guesses_gets_no_more_than_the_budget(backend) {
        let server = start(backend);
        let mut owner = Browser::new(&server);
        owner.sign_in(LEARNER.0, LEARNER.1);
        owner.get("/fr/");
        assert_eq!(owner.post("/sign-out", &[("locale", "fr")]).status, 303);
        let guessers: Vec<(String, String)> = (0..60)
            .map(|_| {
                let mut browser = Browser::new(&server);
                browser.get("/fr/sign-in");
                (
                    format!("tifawt_csrf={}", browser.cookie("tifawt_csrf").unwrap()),
                    browser.csrf.clone(),
                )
            })
            .collect();
        let url = server.url("/fr/sign-in");
        let statuses: Vec<u16> = std::thread::scope(|scope| {
            let handles: Vec<_> = guessers
                .iter()
                .map(|(cookie, csrf)| {
                    let url = url.clone();
                    scope.spawn(move || {
                        let body = format!("csrf_token={csrf}&username=demo.learner&password=guess");
                        support::request("POST", &url, &[("cookie", cookie)], Some(&body)).status
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        let guessed = statuses.iter().filter(|s| **s == 422).count();
        let slowed = statuses.iter().filter(|s| **s == 429).count();
        assert_eq!((guessed, slowed), (10, 50), "{backend:?}: {statuses:?}");
        assert_eq!(
            server.db.count("SELECT CAST(failures AS BIGINT) FROM sign_in_throttle WHERE key = 'account:demo.learner'"),
            10
        );
        owner.sign_in(LEARNER.0, LEARNER.1);
    }
}

/// The client's address comes from `X-Forwarded-For` only when the connection is from a
/// configured trusted proxy; a class's mistakes at one address slow nobody.
#[test]
fn addresses_come_from_trusted_proxies_only() {
    let addresses = |server: &TestServer| {
        let mut browser = Browser::new(server);
        browser.get("/fr/sign-in");
        for (i, forwarded) in ["203.0.113.7", "198.51.100.1, 203.0.113.8"]
            .iter()
            .enumerate()
        {
            let cookie = format!("tifawt_csrf={}", browser.cookie("tifawt_csrf").unwrap());
            let body = format!("csrf_token={}&username=nobody{i}&password=x", browser.csrf);
            support::request(
                "POST",
                &server.url("/fr/sign-in"),
                &[("cookie", &cookie), ("x-forwarded-for", forwarded)],
                Some(&body),
            );
        }
        let mut keys = Vec::new();
        for address in ["127.0.0.1", "203.0.113.7", "203.0.113.8", "198.51.100.1"] {
            let n = server.db.count(&format!(
                "SELECT COUNT(*) FROM sign_in_throttle WHERE key = 'address:{address}'"
            ));
            if n > 0 {
                keys.push(address);
            }
        }
        keys
    };
    let direct = start(Backend::Sqlite);
    assert_eq!(addresses(&direct), ["127.0.0.1"], "X-Forwarded-For ignored");
    let proxied = start_with_args(Backend::Sqlite, &["--trusted-proxies", "127.0.0.1"]);
    assert_eq!(addresses(&proxied), ["203.0.113.7", "203.0.113.8"]);

    // Thirty learners at one address mistyping ten times each are not slowed.
    let mut class = Browser::new(&direct);
    class.get("/fr/sign-in");
    for i in 0..40 {
        let reply = class.post(
            "/fr/sign-in",
            &[("username", &format!("learner{i}")), ("password", "typo")],
        );
        assert_eq!(reply.status, 422);
    }
    class.sign_in(FACILITATOR.0, FACILITATOR.1);
}

backends! {
    fn each_role_sees_only_what_it_may(backend) {
        let server = start(backend);
        let mut admin = Browser::new(&server);
        admin.sign_in(ADMIN.0, ADMIN.1);
        assert_eq!(admin.get("/fr/admin").status, 200);
        let created = admin.post(
            "/fr/admin/centres",
            &[
                ("centre-name", "Association Tilelli"),
                ("centre-locale", "zgh"),
            ],
        );
        assert_eq!(created.status, 303, "{backend:?}: {}", created.body);
        assert_eq!(admin.get("/fr/centres/2").status, 200);
        let other_learner = admin.post(
            "/fr/centres/2/learners",
            &[
                ("learner-name", "Itto"),
                ("learner-username", "itto"),
                ("learner-cohort", ""),
                ("learner-password", ""),
            ],
        );
        assert_eq!(other_learner.status, 200, "{}", other_learner.body);
        let itto = server
            .db
            .count("SELECT CAST(id AS BIGINT) FROM users WHERE username = 'itto'");

        let mut anonymous = Browser::new(&server);
        for path in ["/fr/admin", "/fr/centres/1", "/ar/preferences"] {
            let reply = anonymous.get(path);
            if path.ends_with("preferences") {
                assert_eq!(reply.status, 200, "preferences work before sign-in");
            } else {
                assert_eq!(reply.status, 303, "{path}");
                assert!(reply
                    .header("location")
                    .unwrap()
                    .starts_with("/fr/sign-in?notice=required"));
            }
        }

        let mut learner = Browser::new(&server);
        learner.sign_in(LEARNER.0, LEARNER.1);
        let not_found = learner.get("/fr/centres/999");
        for path in ["/fr/admin", "/fr/centres/1", "/fr/centres/2"] {
            let reply = learner.get(path);
            assert_eq!(reply.status, 404, "{backend:?} learner {path}");
            assert!(!reply.body.contains("Dar Taliba Demo") && !reply.body.contains("Tilelli"));
        }
        assert_eq!(not_found.status, 404);
        learner.get("/fr/");
        let sneaky = learner.post(
            "/fr/centres/1/learners",
            &[
                ("learner-name", "Sneaky"),
                ("learner-username", "sneaky"),
                ("learner-password", ""),
            ],
        );
        assert_eq!(sneaky.status, 404);
        assert_eq!(
            server
                .db
                .count("SELECT COUNT(*) FROM users WHERE username = 'sneaky'"),
            0
        );

        let mut facilitator = Browser::new(&server);
        facilitator.sign_in(FACILITATOR.0, FACILITATOR.1);
        let own = facilitator.get("/fr/centres/1");
        assert_eq!(own.status, 200);
        assert!(
            own.body.contains("Fatima Demo"),
            "their learners are listed"
        );
        assert!(own.body.contains(r#"<caption id="learners-caption">"#));
        assert!(!own.body.contains("Itto"));
        assert_eq!(
            facilitator.get("/fr/centres/2").status,
            404,
            "another centre"
        );
        assert_eq!(facilitator.get("/fr/admin").status, 404);
        facilitator.get("/fr/centres/1");
        let reset_other = facilitator.post(&format!("/fr/centres/1/learners/{itto}/password"), &[]);
        assert_eq!(reset_other.status, 404, "a learner of another centre");
        let reset_other_url =
            facilitator.post(&format!("/fr/centres/2/learners/{itto}/password"), &[]);
        assert_eq!(reset_other_url.status, 404);
        let add_centre = facilitator.post("/fr/admin/centres", &[("centre-name", "Mine now")]);
        assert_eq!(add_centre.status, 404);
        assert_eq!(server.db.count("SELECT COUNT(*) FROM centres"), 2);
    }
}

backends! {
    fn facilitators_add_learners_and_reset_passwords(backend) {
        let server = start(backend);
        let mut facilitator = Browser::new(&server);
        facilitator.sign_in(FACILITATOR.0, FACILITATOR.1);
        facilitator.get("/fr/centres/1");

        let invalid = facilitator.post(
            "/fr/centres/1/learners",
            &[
                ("learner-name", "  "),
                ("learner-username", "demo.learner"),
                ("learner-cohort", "999"),
                ("learner-password", "short"),
            ],
        );
        assert_eq!(invalid.status, 422, "{backend:?}");
        let body = without_bidi_isolation(&invalid.body);
        for expected in [
            r##"<a href="#learner-name">Entrez le nom complet</a>"##,
            r##"<a href="#learner-username">Le nom d’utilisateur « demo.learner » est déjà pris"##,
            r##"<a href="#learner-password">Le mot de passe doit faire au moins 8 caractères</a>"##,
            r##"<a href="#learner-cohort">Choisissez un groupe de la liste</a>"##,
        ] {
            assert!(body.contains(expected), "{expected}");
        }
        assert!(body.contains(r#"value="short""#), "typed values are kept");

        let added = facilitator.post(
            "/fr/centres/1/learners",
            &[
                ("learner-name", "Khadija Ou Ali"),
                ("learner-username", "khadija"),
                ("learner-cohort", ""),
                ("learner-password", ""),
            ],
        );
        assert_eq!(added.status, 200);
        let password = added
            .body
            .split(r#"<dd dir="ltr" translate="no" class="password">"#)
            .nth(1)
            .and_then(|rest| rest.split('<').next())
            .unwrap_or_else(|| panic!("the card shows the password: {}", added.body))
            .to_string();
        assert_eq!(password.len(), 14, "{password}");

        let mut khadija = Browser::new(&server);
        khadija.sign_in("khadija", &password);
        assert!(khadija.get("/fr/").body.contains("Khadija Ou Ali"));

        // A reset gives a new password and signs her out everywhere.
        facilitator.get("/fr/centres/1");
        let id = server
            .db
            .count("SELECT CAST(id AS BIGINT) FROM users WHERE username = 'khadija'");
        let reset = facilitator.post(&format!("/fr/centres/1/learners/{id}/password"), &[]);
        assert_eq!(reset.status, 200);
        assert!(!reset.body.contains(&password));
        assert!(
            !khadija.get("/fr/").body.contains("Khadija Ou Ali"),
            "her session ended"
        );
        khadija.get("/fr/sign-in");
        let old = khadija.post(
            "/fr/sign-in",
            &[("username", "khadija"), ("password", &password)],
        );
        assert_eq!(old.status, 422, "the old password no longer works");
    }
}

backends! {
    fn csv_import_is_all_or_nothing_with_line_numbers(backend) {
        let server = start(backend);
        let mut facilitator = Browser::new(&server);
        facilitator.sign_in(FACILITATOR.0, FACILITATOR.1);
        facilitator.get("/fr/centres/1");
        let users_before = server.db.count("SELECT COUNT(*) FROM users");

        let bad = "name,username,cohort,password\nيوسف بن علي,youssef,Groupe 1,\n,nameless,,\nⵜⴰⵍⵍⵉ,demo.learner,,\nSara,sara,Groupe 9,\n";
        let reply = facilitator.post_file("/fr/centres/1/import", "import-file", bad.as_bytes());
        assert_eq!(reply.status, 422, "{backend:?}");
        let body = without_bidi_isolation(&reply.body);
        for expected in [
            "Ligne 3 : le nom complet manque",
            "Ligne 4 : le nom d’utilisateur « demo.learner » est déjà pris",
            "Ligne 5 : ce centre n’a pas de groupe « Groupe 9 »",
        ] {
            assert!(body.contains(expected), "{expected}");
        }
        assert!(
            body.contains(r##"<a href="#import-file">"##),
            "the summary links to the file field"
        );
        assert_eq!(
            server.db.count("SELECT COUNT(*) FROM users"),
            users_before,
            "nothing imported"
        );

        let latin1 = b"name,username\nJos\xe9,jose\n";
        let reply = facilitator.post_file("/fr/centres/1/import", "import-file", latin1);
        assert_eq!(reply.status, 422);
        assert!(reply.body.contains("UTF-8"));

        let good = "\u{feff}name,username,cohort,password\nيوسف بن علي,youssef,Groupe 1,\nⵜⴰⵍⵍⵉ ⴰⵢⵜ ⵄⵍⵉ,talli,,tamazight-2026\nSara Idrissi,Sara,,\n";
        let reply = facilitator.post_file("/fr/centres/1/import", "import-file", good.as_bytes());
        assert_eq!(reply.status, 200, "{}", reply.body);
        for name in ["يوسف بن علي", "ⵜⴰⵍⵍⵉ ⴰⵢⵜ ⵄⵍⵉ", "Sara Idrissi"]
        {
            assert!(reply.body.contains(name), "card for {name}");
        }
        assert!(reply.body.contains("tamazight-2026"));
        assert_eq!(
            server.db.count("SELECT COUNT(*) FROM users"),
            users_before + 3
        );
        assert_eq!(
            server.db.count("SELECT COUNT(*) FROM users u JOIN cohorts c ON u.cohort_id = c.id WHERE u.username = 'youssef' AND c.name = 'Groupe 1'"),
            1
        );
        let mut talli = Browser::new(&server);
        talli.sign_in("TALLI", "tamazight-2026");
        assert!(talli.get("/zgh/").body.contains("ⵜⴰⵍⵍⵉ ⴰⵢⵜ ⵄⵍⵉ"));

        // The same file again: every username is taken now.
        let again = facilitator.post_file("/fr/centres/1/import", "import-file", good.as_bytes());
        assert_eq!(again.status, 422);
        assert_eq!(
            server.db.count("SELECT COUNT(*) FROM users"),
            users_before + 3
        );
    }
}

backends! {
    fn preferences_follow_the_learner_to_another_computer(backend) {
        let server = start(backend);
        let mut first = Browser::new(&server);
        first.sign_in(LEARNER.0, LEARNER.1);
        first.get("/fr/preferences");
        let saved = first.post(
            "/fr/preferences",
            &[
                ("language", "ar"),
                ("text-size", "larger"),
                ("theme", "high-contrast"),
                ("motion", "reduce"),
            ],
        );
        assert_eq!(saved.status, 303, "{backend:?}");
        assert_eq!(saved.header("location"), Some("/ar/preferences?saved=1"));
        assert!(
            saved.header("set-cookie").is_none(),
            "stored with the account, not on this computer"
        );
        let page = first.get("/ar/preferences?saved=1");
        assert!(page.body.contains(
            r#"data-text-size="larger" data-theme="high-contrast" data-motion="reduce""#
        ));
        assert!(page.body.contains(r#"role="status""#));
        first.post("/sign-out", &[("locale", "ar")]);
        let after = first.get("/fr/");
        assert!(
            after
                .body
                .contains(r#"data-text-size="normal" data-theme="system""#),
            "the next person gets the defaults"
        );

        let mut second = Browser::new(&server);
        let signed_in = second.sign_in(LEARNER.0, LEARNER.1);
        assert_eq!(signed_in.header("location"), Some("/ar/"), "their language");
        let home = second.get("/ar/");
        assert!(home.body.contains(r#"<html lang="ar" dir="rtl" data-text-size="larger" data-theme="high-contrast" data-motion="reduce""#));

        // Reading in another language makes it theirs.
        second.get("/zgh/");
        assert_eq!(
            server.db.count(
                "SELECT COUNT(*) FROM users WHERE username = 'demo.learner' AND locale = 'zgh'"
            ),
            1
        );

        // Before sign-in, choices are kept in cookies on this computer.
        let mut anonymous = Browser::new(&server);
        anonymous.get("/fr/preferences");
        let saved = anonymous.post(
            "/fr/preferences",
            &[
                ("language", "zgh"),
                ("text-size", "large"),
                ("theme", "dark"),
                ("motion", "system"),
            ],
        );
        assert_eq!(saved.header("location"), Some("/zgh/preferences?saved=1"));
        assert_eq!(anonymous.cookie("tifawt_theme"), Some("dark"));
        assert_eq!(anonymous.cookie("tifawt_lang"), Some("zgh"));
        assert!(anonymous
            .get("/zgh/")
            .body
            .contains(r#"data-text-size="large" data-theme="dark""#));
    }
}

backends! {
    fn the_latin_script_of_tamazight_is_kept_with_the_account(backend) {
        let server = start(backend);
        let mut first = Browser::new(&server);
        first.sign_in(LEARNER.0, LEARNER.1);
        first.get("/zgh/preferences");
        let saved = first.post(
            "/zgh/preferences",
            &[
                ("language", "zgh-Latn"),
                ("text-size", "normal"),
                ("theme", "system"),
                ("motion", "system"),
            ],
        );
        assert_eq!(saved.status, 303, "{backend:?}");
        assert_eq!(saved.header("location"), Some("/zgh-Latn/preferences?saved=1"));
        assert_eq!(
            server.db.count(
                "SELECT COUNT(*) FROM users WHERE username = 'demo.learner' AND locale = 'zgh-Latn'"
            ),
            1
        );
        let page = first.get("/zgh-Latn/preferences?saved=1");
        assert!(page.body.contains(r#"<html lang="zgh-Latn" dir="ltr""#));
        assert!(
            page.body.contains(r#"id="language-zgh-Latn" name="language" value="zgh-Latn" checked"#),
            "the choice shows as made"
        );
        first.post("/sign-out", &[("locale", "zgh-Latn")]);

        // Another computer: signing in goes to the Latin view.
        let mut second = Browser::new(&server);
        let signed_in = second.sign_in(LEARNER.0, LEARNER.1);
        assert_eq!(signed_in.header("location"), Some("/zgh-Latn/"), "their script");
        let home = second.get("/zgh-Latn/");
        // Only the language menu's name of the Tifinagh view is in Tifinagh.
        let rest = home.body.replace(r#"dir="ltr">ⵜⴰⵎⴰⵣⵉⵖⵜ</a>"#, "");
        assert!(
            !rest.chars().any(tifawt_app::tifinagh::is_tifinagh),
            "{}",
            home.body
        );

        // Before sign-in, in a cookie, like the other languages.
        let mut anonymous = Browser::new(&server);
        anonymous.get("/fr/preferences");
        anonymous.post(
            "/fr/preferences",
            &[
                ("language", "zgh-Latn"),
                ("text-size", "normal"),
                ("theme", "system"),
                ("motion", "system"),
            ],
        );
        assert_eq!(anonymous.cookie("tifawt_lang"), Some("zgh-Latn"));
    }
}

backends! {
    fn admins_add_centres_and_facilitators_with_clear_errors(backend) {
        let server = start(backend);
        let mut admin = Browser::new(&server);
        admin.sign_in(ADMIN.0, ADMIN.1);
        admin.get("/ar/admin");
        let taken = admin.post(
            "/ar/admin/centres",
            &[("centre-name", "Dar Taliba Demo"), ("centre-locale", "ar")],
        );
        assert_eq!(taken.status, 422, "{backend:?}");
        assert!(taken.body.contains(r##"<a href="#centre-name">"##));
        let facilitator = admin.post(
            "/ar/admin/facilitators",
            &[
                ("facilitator-centre", "1"),
                ("facilitator-name", "Hassan"),
                ("facilitator-username", "hassan"),
                ("facilitator-password", "a-long-password"),
            ],
        );
        assert_eq!(facilitator.status, 200);
        assert!(facilitator.body.contains("a-long-password"));
        let mut hassan = Browser::new(&server);
        hassan.sign_in("hassan", "a-long-password");
        assert_eq!(hassan.get("/ar/centres/1").status, 200);
        admin.get("/ar/admin");
        let no_centre = admin.post(
            "/ar/admin/facilitators",
            &[
                ("facilitator-centre", "77"),
                ("facilitator-name", "X"),
                ("facilitator-username", "xavier"),
                ("facilitator-password", ""),
            ],
        );
        assert_eq!(no_centre.status, 422);
        assert!(no_centre
            .body
            .contains(r##"<a href="#facilitator-centre">"##));
    }
}

backends! {
    fn users_from_the_command_line(backend) {
        let db = support::TestDatabase::new(backend);
        let url = db.url.as_str();
        let (code, output) = run_cli(
            &[
                "users",
                "create-admin",
                "--username",
                "root.admin",
                "--name",
                "Amina",
                "--database-url",
                url,
            ],
            &[],
        );
        assert_eq!(code, 0, "{backend:?}: {output}");
        assert!(
            output.contains("password: "),
            "a generated password is printed: {output}"
        );
        let (code, output) = run_cli(
            &[
                "users",
                "create-admin",
                "--username",
                "root.admin",
                "--name",
                "Again",
                "--database-url",
                url,
            ],
            &[("TIFAWT_PASSWORD", "long-enough-1")],
        );
        assert_eq!(code, 1);
        assert!(
            without_bidi_isolation(&output).contains("« root.admin » est déjà pris"),
            "{output}"
        );

        let csv = std::env::temp_dir().join(format!(
            "tifawt_import_{}_{backend:?}.csv",
            std::process::id()
        ));
        std::fs::write(&csv, "name,username\nيوسف,youssef.cli\nⵜⴰⵍⵍⵉ,talli.cli\n").unwrap();
        let (code, output) = run_cli(
            &[
                "users",
                "import",
                csv.to_str().unwrap(),
                "--centre",
                "Dar Talib Zagora",
                "--database-url",
                url,
            ],
            &[],
        );
        assert_eq!(code, 0, "{output}");
        assert!(
            output.contains("youssef.cli,") && output.contains("Dar Talib Zagora"),
            "{output}"
        );
        std::fs::write(&csv, "name,username\nX,x\n").unwrap();
        let (code, output) = run_cli(
            &[
                "users",
                "import",
                csv.to_str().unwrap(),
                "--centre",
                "Dar Talib Zagora",
                "--database-url",
                url,
            ],
            &[],
        );
        assert_eq!(code, 1);
        assert!(
            without_bidi_isolation(&output)
                .contains("Ligne 2 : le nom d’utilisateur « x » n’est pas valable"),
            "{output}"
        );
        std::fs::remove_file(&csv).ok();

        let (code, output) = run_cli(&["users", "export", "--database-url", url], &[]);
        assert_eq!(code, 0);
        assert!(
            output.starts_with('\u{feff}'),
            "a byte order mark for spreadsheets"
        );
        assert!(output.contains("root.admin,Amina,admin,,"));
        assert!(output.contains("talli.cli,ⵜⴰⵍⵍⵉ,learner,Dar Talib Zagora,"));
        assert!(!output.contains("argon2"), "no password hashes");
    }
}

/// `next` is followed only to this site's own pages: browsers drop a tab or a line break
/// from an address, so `/\t/evil.example` would lead to another site.
#[test]
fn sign_in_never_returns_to_another_site() {
    let server = start(Backend::Sqlite);
    for away in [
        "/%09/evil.example",
        "/%0A/evil.example",
        "/%5C/evil.example",
    ] {
        let page = Browser::new(&server).get(&format!("/fr/sign-in?next={away}"));
        assert!(
            page.body.contains(r#"name="next" value="""#),
            "{away}: not kept in the form"
        );
        let mut browser = Browser::new(&server);
        browser.get("/fr/sign-in");
        let decoded = away
            .replace("%09", "\t")
            .replace("%0A", "\n")
            .replace("%5C", "\\");
        let reply = browser.post(
            "/fr/sign-in",
            &[
                ("username", FACILITATOR.0),
                ("password", FACILITATOR.1),
                ("next", &decoded),
            ],
        );
        assert_eq!(reply.status, 303);
        assert_eq!(reply.header("location"), Some("/fr/"), "{away}");
    }
}

backends! {
    /// A server once started with `--demo` keeps accounts whose passwords are in the README:
    /// started without it, it refuses, and says how to remove them.
    fn production_refuses_open_demo_accounts(backend) {
        let db = support::TestDatabase::new(backend);
        let server_on = |args: &[&str]| {
            TestServer::spawn_with(
                backend,
                ServerOptions {
                    database_url: Some(db.url.clone()),
                    extra_args: args.iter().map(|a| a.to_string()).collect(),
                    ..ServerOptions::default()
                },
            )
        };
        let demo = server_on(&["--demo"]);
        let mut demo_learner = Browser::new(&demo);
        demo_learner.sign_in(LEARNER.0, LEARNER.1);
        demo_learner.get("/fr/courses/ai-literacy/what-is-ai");
        assert!(demo.terminate().0, "{backend:?}: stopped cleanly");

        let courses = support::repo_path("courses");
        let (code, out) = run_cli(
            &[
                "serve",
                "--listen",
                "127.0.0.1:0",
                "--site-dir",
                "/nonexistent",
                "--courses-dir",
                courses.to_str().unwrap(),
            ],
            &[("DATABASE_URL", &db.url)],
        );
        assert_eq!(code, 1, "{backend:?}: {out}");
        assert!(
            out.contains("demo.learner, demo.facilitator, demo.admin")
                && out.contains("tifawt users remove-demo"),
            "{out}"
        );

        let (code, out) = run_cli(&["users", "remove-demo", "--database-url", &db.url], &[]);
        assert_eq!(code, 0, "{out}");
        assert!(out.contains("removed 3 demo accounts"), "{out}");
        assert_eq!(db.count("SELECT COUNT(*) FROM users"), 0, "{backend:?}");
        assert_eq!(db.count("SELECT COUNT(*) FROM lesson_progress"), 0);
        assert_eq!(db.count("SELECT COUNT(*) FROM centres"), 0);

        let production = server_on(&[]);
        let mut browser = Browser::new(&production);
        browser.get("/fr/sign-in");
        let refused = browser.post(
            "/fr/sign-in",
            &[("username", ADMIN.0), ("password", ADMIN.1)],
        );
        assert_eq!(refused.status, 422, "{backend:?}: demo.admin is gone");
    }
}

/// `--help` shows where a setting comes from, never its value: the database address holds
/// its password.
#[test]
fn help_never_prints_the_database_password() {
    let env = [(
        "DATABASE_URL",
        "postgres://tifawt:s3cret-pw@db.example/tifawt",
    )];
    for args in [
        vec!["--help"],
        vec!["serve", "--help"],
        vec!["users", "--help"],
        vec!["users", "export", "--help"],
        vec!["report", "--help"],
        vec!["migrate", "--help"],
        vec!["backup", "--help"],
        vec!["restore", "--help"],
    ] {
        let (code, out) = run_cli(&args, &env);
        assert_eq!(code, 0, "{args:?}: {out}");
        assert!(out.contains("DATABASE_URL"), "{args:?}: {out}");
        assert!(!out.contains("s3cret"), "{args:?}: {out}");
    }
}

backends! {
/// Creates each kind of name at once several times, on `backend`, two ways: while the
/// first creation is still in its transaction (PostgreSQL's connections then look for the
/// name, find nothing and insert), and three at once (SQLite's one connection then runs
/// each look-up before the inserts). Either way a look-up cannot tell: the database's
/// unique index must. One row each, and "name taken" for the others, not a database error
/// (answered 503 before).
fn names_stay_unique_when_created_at_once(backend) {
    use sea_orm::{ConnectionTrait, DatabaseConnection, TransactionTrait};
    use std::fmt::Debug;
    use tifawt_app::i18n::Locale;
    use tifawt_app::viewer::Role;
    use tifawt_server::accounts::store::{self, CreateError};
    use tifawt_server::accounts::{Name, Username};

    /// Runs `second` while `first` holds its transaction open, then commits it.
    async fn in_transaction<T, F, S>(db: &DatabaseConnection, first: F, second: S) -> [T; 2]
    where
        F: AsyncFnOnce(&sea_orm::DatabaseTransaction) -> T,
        S: std::future::Future<Output = T>,
    {
        let txn = db.begin().await.expect("a transaction");
        let created = first(&txn).await;
        let commit_later = async {
            tokio::time::sleep(std::time::Duration::from_millis(300)).await;
            txn.commit().await.expect("commit");
        };
        let ((), outcome) = tokio::join!(commit_later, second);
        [created, outcome]
    }

    /// One creation, "name taken" for the others.
    fn one_created<T: Debug>(backend: Backend, outcomes: &[Result<T, CreateError>]) {
        let created = outcomes.iter().filter(|o| o.is_ok()).count();
        let taken = outcomes
            .iter()
            .filter(|o| matches!(o, Err(CreateError::NameTaken)))
            .count();
        assert_eq!(
            (created, taken),
            (1, outcomes.len() - 1),
            "{backend:?}: {outcomes:?}"
        );
    }

    async fn count(db: &DatabaseConnection, table: &str) -> i64 {
        let sql = format!("SELECT COUNT(*) FROM {table}");
        let backend = db.get_database_backend();
        let statement = sea_orm::Statement::from_string(backend, sql);
        let row = db
            .query_one(statement)
            .await
            .expect("query")
            .expect("a row");
        row.try_get_by_index::<i64>(0).expect("a count")
    }

    let database = support::TestDatabase::new(backend);
    support::runtime().block_on(async {
        let db = tifawt_server::db::connect(&database.url)
            .await
            .expect("connect and migrate");

        let name = Name::parse("Dar Talib Zagora").unwrap();
        let outcomes = in_transaction(
            &db,
            async |txn| store::create_centre(txn, &name, Locale::Ar).await,
            store::create_centre(&db, &name, Locale::Fr),
        )
        .await;
        one_created(backend, &outcomes);
        let other = Name::parse("Dar Talib Tagounite").unwrap();
        let (a, b, c) = tokio::join!(
            store::create_centre(&db, &other, Locale::Ar),
            store::create_centre(&db, &other, Locale::Ar),
            store::create_centre(&db, &other, Locale::Ar),
        );
        one_created(backend, &[a, b, c]);
        assert_eq!(count(&db, "centres").await, 2, "{backend:?}");
        let [Ok(centre), _] = outcomes else {
            unreachable!()
        };

        let group = Name::parse("Groupe 1").unwrap();
        let outcomes = in_transaction(
            &db,
            async |txn| store::create_cohort(txn, centre.id, &group).await,
            store::create_cohort(&db, centre.id, &group),
        )
        .await;
        one_created(backend, &outcomes);
        let other = Name::parse("Groupe 2").unwrap();
        let (a, b, c) = tokio::join!(
            store::create_cohort(&db, centre.id, &other),
            store::create_cohort(&db, centre.id, &other),
            store::create_cohort(&db, centre.id, &other),
        );
        one_created(backend, &[a, b, c]);
        assert_eq!(count(&db, "cohorts").await, 2, "{backend:?}");

        let learner = |username: &str, display_name: &str| store::NewUser {
            username: Username::parse(username).unwrap(),
            display_name: Name::parse(display_name).unwrap(),
            role: Role::Learner,
            centre_id: Some(centre.id),
            cohort_id: None,
        };
        let (first, second) = (
            learner("Youssef.B", "Youssef Bennani"),
            learner("youssef.b", "Youssef Brahimi"),
        );
        let outcomes = in_transaction(
            &db,
            async |txn| store::create_user(txn, &first, "hash".into()).await,
            store::create_user(&db, &second, "hash".into()),
        )
        .await;
        one_created(backend, &outcomes);
        let sara = learner("sara.i", "Sara Idrissi");
        let (a, b, c) = tokio::join!(
            store::create_user(&db, &sara, "hash".into()),
            store::create_user(&db, &sara, "hash".into()),
            store::create_user(&db, &sara, "hash".into()),
        );
        one_created(backend, &[a, b, c]);
        assert_eq!(count(&db, "users").await, 2, "{backend:?}");
        db.close().await.ok();
    });
}
}
