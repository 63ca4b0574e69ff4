//! The server, started for real, answered over HTTP, on SQLite and on PostgreSQL.

use crate::support::{
    self, repo_path, request, run_cli, Backend, Browser, ServerOptions, TestServer,
};

/// How many migrations `server/src/db/migrations/` holds: all are applied at start-up.
fn migrations() -> i64 {
    std::fs::read_dir(repo_path("server/src/db/migrations"))
        .expect("the migrations folder")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with("m20"))
        .count() as i64
}

/// The text between `<tag` … `>` and `</tag>` of the first such element.
fn element_text<'a>(html: &'a str, tag: &str) -> Option<&'a str> {
    let start = html.find(&format!("<{tag}"))?;
    let open_end = start + html[start..].find('>')? + 1;
    let close = open_end + html[open_end..].find(&format!("</{tag}>"))?;
    Some(&html[open_end..close])
}

fn without_bidi_isolation(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

backends! {
    fn every_page_is_served_in_every_language_with_its_landmarks(backend) {
        let server = TestServer::start(backend);
        let pages = [
            "/",
            "/courses/ai-literacy",
            "/courses/ai-literacy/what-is-ai",
            "/courses/ai-literacy/how-chatbots-work",
        ];
        for (lang, dir) in [("ar", "rtl"), ("zgh", "ltr"), ("zgh-Latn", "ltr"), ("fr", "ltr")] {
            for page in pages {
                let path = format!("/{lang}{page}");
                let reply = server.get(&path);
                assert_eq!(reply.status, 200, "{backend:?} {path}");
                let html = &reply.body;
                assert!(html.starts_with("<!DOCTYPE html>"), "{path}");
                assert!(
                    html.contains(&format!(r#"<html lang="{lang}" dir="{dir}""#)),
                    "{path}: lang/dir"
                );
                assert_eq!(html.matches("<h1").count(), 1, "{path}: exactly one h1");
                for landmark in ["<header", "<nav", r#"<main id="main""#, "<footer"] {
                    assert!(html.contains(landmark), "{path}: {landmark}");
                }
                assert!(
                    html.contains(r##"<a href="#main" class="skip-link">"##),
                    "{path}: skip link"
                );
                let title =
                    element_text(html, "title").unwrap_or_else(|| panic!("{path}: a title"));
                assert!(
                    title.len() > "Tifawt".len() + 3,
                    "{path}: a descriptive title, got {title:?}"
                );
                for other in ["ar", "zgh", "zgh-Latn", "fr"] {
                    let alternate = format!(
                        r#"<link href="/{other}{page}" hreflang="{other}" rel="alternate">"#
                    );
                    assert!(html.contains(&alternate), "{path}: {alternate}");
                }
                assert_eq!(
                    reply.header("cache-control"),
                    Some("private, no-cache"),
                    "{path}"
                );
            }
        }
    }
}

#[test]
fn a_lesson_shows_its_text_objectives_and_neighbours() {
    let server = TestServer::start(Backend::Sqlite);
    let html = server.get("/fr/courses/ai-literacy/what-is-ai").body;
    assert!(
        html.contains("<h1>Qu’est-ce que l’intelligence artificielle ?</h1>"),
        "{html}"
    );
    assert!(html.contains("<h2>Une machine qui apprend à partir d’exemples</h2>"));
    assert!(html.contains("Reconnaître des outils qui utilisent l’IA"));
    assert!(html.contains(r#"<a href="/fr/courses/ai-literacy/how-chatbots-work" rel="next">"#));
    assert!(
        !html.contains(r#"rel="prev""#),
        "the first lesson has no previous one"
    );
    let zgh = server.get("/zgh/courses/ai-literacy/what-is-ai").body;
    assert!(
        zgh.contains(r#"<article lang="zgh" dir="ltr" class="lesson">"#),
        "{zgh}"
    );
    // The same lesson in Latin script, made from the Tifinagh one.
    let latin = server.get("/zgh-Latn/courses/ai-literacy/what-is-ai").body;
    assert!(
        latin.contains(r#"<article lang="zgh-Latn" dir="ltr" class="lesson">"#),
        "{latin}"
    );
    let title = element_text(&zgh, "h1").unwrap();
    assert_eq!(
        element_text(&latin, "h1").unwrap(),
        tifawt_app::tifinagh::to_latin(title)
    );
    let main = &latin[latin.find("<main").unwrap()..latin.find("</main>").unwrap()];
    assert!(
        !main.chars().any(tifawt_app::tifinagh::is_tifinagh),
        "{main}"
    );
}

#[test]
fn a_missing_translation_falls_back_with_a_notice_and_its_own_lang() {
    let server = TestServer::start_with(
        Backend::Sqlite,
        ServerOptions {
            courses_dir: repo_path("server/tests/fixtures/courses/valid"),
            ..Default::default()
        },
    );
    // "second" exists only in French; the course's order is zgh, ar, fr.
    let html = server.get("/ar/courses/sample/second").body;
    assert!(html.contains(r#"<html lang="ar" dir="rtl""#));
    assert!(
        html.contains(r#"<article lang="fr" dir="ltr" class="lesson">"#),
        "{html}"
    );
    assert!(
        html.contains("هذا الدرس غير متوفر بالعربية بعد. يُعرض بالفرنسية."),
        "{html}"
    );
    // The course title exists in Arabic, so no fallback there; the next lesson title is French.
    let first = server.get("/ar/courses/sample/first").body;
    assert!(
        first.contains(r#"<span lang="fr" dir="ltr">Second</span>"#),
        "{first}"
    );
}

#[test]
fn the_root_sends_visitors_to_their_language() {
    let server = TestServer::start(Backend::Sqlite);
    let cases: [(&[(&str, &str)], &str); 6] = [
        (&[], "/fr/"), // the configured default in these tests
        (&[("accept-language", "ar-MA,ar;q=0.9,fr;q=0.8")], "/ar/"),
        (&[("accept-language", "tzm, fr;q=0.5")], "/zgh/"),
        (
            &[("accept-language", "ar"), ("cookie", "tifawt_lang=zgh")],
            "/zgh/",
        ),
        (&[("accept-language", "tzm-Latn, fr;q=0.5")], "/zgh-Latn/"),
        (
            &[
                ("accept-language", "zgh"),
                ("cookie", "tifawt_lang=zgh-Latn"),
            ],
            "/zgh-Latn/",
        ),
    ];
    for (headers, expected) in cases {
        let reply = server.request("GET", "/", headers, None);
        assert_eq!(reply.status, 303, "{headers:?}");
        assert_eq!(reply.header("location"), Some(expected), "{headers:?}");
        assert_eq!(reply.header("vary"), Some("Cookie, Accept-Language"));
    }
}

#[test]
fn the_language_read_is_remembered_once() {
    let server = TestServer::start(Backend::Sqlite);
    let first = server.get("/zgh/");
    let language_cookies = |reply: &support::Reply| -> Vec<String> {
        reply
            .header_all("set-cookie")
            .into_iter()
            .filter(|c| c.starts_with("tifawt_lang="))
            .map(str::to_string)
            .collect()
    };
    assert_eq!(
        language_cookies(&first),
        vec!["tifawt_lang=zgh; Path=/; Max-Age=31536000; SameSite=Lax"]
    );
    let again = server.request(
        "GET",
        "/zgh/courses/ai-literacy",
        &[("cookie", "tifawt_lang=zgh")],
        None,
    );
    assert!(
        language_cookies(&again).is_empty(),
        "no cookie when nothing changed"
    );
    let missing = server.get("/zgh/courses/nope");
    assert_eq!(missing.status, 404);
    assert!(
        language_cookies(&missing).is_empty(),
        "a 404 does not change the language"
    );
}

#[test]
fn unknown_addresses_are_404_pages_in_the_visitors_language() {
    let server = TestServer::start(Backend::Sqlite);
    for path in [
        "/en/",
        "/fr/courses/nope",
        "/fr/courses/ai-literacy/nope",
        "/a/b/c/d",
    ] {
        let reply = server.request("GET", path, &[("accept-language", "ar")], None);
        assert_eq!(reply.status, 404, "{path}");
        let expected_lang = if path.starts_with("/fr/") { "fr" } else { "ar" };
        assert!(
            reply
                .body
                .contains(&format!(r#"<html lang="{expected_lang}""#)),
            "{path}: {}",
            reply.body
        );
        assert_eq!(reply.body.matches("<h1").count(), 1, "{path}");
        if !path.starts_with("/fr/") {
            assert!(
                reply.body.contains(r#"<a href="/zgh/" hreflang="zgh""#),
                "{path}: language links go home"
            );
        }
        let h1 = without_bidi_isolation(element_text(&reply.body, "h1").unwrap_or(""));
        assert!(
            h1 == "Page introuvable" || h1 == "الصفحة غير موجودة",
            "{path}: {h1}"
        );
    }
}

backends! {
    fn health_reports_the_database_and_migrations_ran(backend) {
        let server = TestServer::start(backend);
        let reply = server.get("/healthz");
        assert_eq!(reply.status, 200, "{backend:?}");
        assert_eq!(
            reply.body,
            r#"{"status":"ok","database":"ok","courses":2,"assistant":"off"}"#
        );
        assert_eq!(
            server.db.count("SELECT COUNT(*) FROM seaql_migrations"),
            migrations(),
            "{backend:?}"
        );
        assert_eq!(
            server.db.count("SELECT COUNT(*) FROM centres"),
            0,
            "{backend:?}"
        );
        if let Some(file) = server.db.sqlite_file() {
            let wal = file.with_file_name("tifawt.db-wal");
            assert!(
                wal.exists(),
                "SQLite runs in WAL mode: {} exists",
                wal.display()
            );
        }
    }
}

#[test]
fn text_size_works_as_a_plain_form() {
    let server = TestServer::start(Backend::Sqlite);
    let mut browser = Browser::new(&server);
    browser.get("/ar/");
    let reply = browser.post(
        "/preferences/text-size",
        &[("size", "larger"), ("return_to", "/ar/")],
    );
    assert_eq!(reply.status, 303);
    assert_eq!(reply.header("location"), Some("/ar/"));
    assert_eq!(
        reply.header("set-cookie"),
        Some("tifawt_text_size=larger; Path=/; Max-Age=31536000; SameSite=Lax")
    );
    let page = browser.get("/ar/");
    assert!(page.body.contains(r#"data-text-size="larger""#));
    assert!(
        page.body.contains(r#"value="larger" aria-pressed="true""#),
        "the chosen size is marked"
    );

    let elsewhere = browser.post(
        "/preferences/text-size",
        &[("size", "large"), ("return_to", "https://evil.example")],
    );
    assert_eq!(
        elsewhere.header("location"),
        Some("/"),
        "never redirects off the site"
    );
    let bad = browser.post(
        "/preferences/text-size",
        &[("size", "enormous"), ("return_to", "/")],
    );
    assert_eq!(bad.status, 400);
    assert!(bad.body.contains("normal, large or larger"));
    let garbage = server.request("POST", "/preferences/text-size", &[], Some("%%%"));
    assert!(
        (400..500).contains(&garbage.status),
        "malformed form: {}",
        garbage.status
    );
}

#[test]
fn pages_are_compressed_for_browsers_that_accept_it() {
    let server = TestServer::start(Backend::Sqlite);
    for (accept, expected) in [("br", "br"), ("gzip", "gzip"), ("gzip, deflate, br", "br")] {
        let reply = server.request("GET", "/fr/", &[("accept-encoding", accept)], None);
        assert_eq!(reply.header("content-encoding"), Some(expected), "{accept}");
    }
}

#[test]
fn built_assets_are_served_precompressed_with_long_cache_lifetimes() {
    let site = std::env::temp_dir().join(format!("tifawt_site_{}", std::process::id()));
    std::fs::create_dir_all(site.join("pkg")).unwrap();
    std::fs::create_dir_all(site.join("assets")).unwrap();
    std::fs::write(
        site.join("manifest.toml"),
        "output_name = \"tifawt.abc\"\nstylesheet = \"tifawt.def.css\"\nfavicon = \"favicon.f00.svg\"\n",
    )
    .unwrap();
    std::fs::write(site.join("pkg/tifawt.abc.js"), "export default 1;").unwrap();
    std::fs::write(site.join("pkg/tifawt.abc.js.br"), "BROTLI").unwrap();
    std::fs::write(site.join("assets/tifawt.def.css"), "body{}").unwrap();
    let server = TestServer::start_with(
        Backend::Sqlite,
        ServerOptions {
            site_dir: site.clone(),
            ..Default::default()
        },
    );

    let page = server.get("/fr/").body;
    assert!(
        page.contains(r#"<link rel="stylesheet" href="/assets/tifawt.def.css">"#),
        "{page}"
    );
    assert!(
        page.contains("/pkg/tifawt.abc.js"),
        "the islands script names the hashed bundle"
    );
    assert!(
        page.contains(r#"<link rel="icon" type="image/svg+xml" href="/assets/favicon.f00.svg">"#)
    );

    let js = server.request(
        "GET",
        "/pkg/tifawt.abc.js",
        &[("accept-encoding", "br")],
        None,
    );
    assert_eq!(js.status, 200);
    assert_eq!(js.header("content-encoding"), Some("br"));
    assert_eq!(
        js.header("cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    let css = server.get("/assets/tifawt.def.css");
    assert_eq!((css.status, css.body.as_str()), (200, "body{}"));
    let missing = server.get("/pkg/tifawt.old.js");
    assert_eq!(missing.status, 404);
    assert_eq!(
        missing.header("cache-control"),
        None,
        "a 404 is not cached for a year"
    );
    std::fs::remove_dir_all(site).unwrap();
}

#[test]
fn sigterm_stops_the_server_cleanly() {
    let server = TestServer::spawn_with(Backend::Sqlite, ServerOptions::default());
    assert_eq!(server.get("/healthz").status, 200);
    let (success, log) = server.terminate();
    assert!(success, "exit code 0 after SIGTERM; log:\n{log}");
    assert!(log.contains("stopped cleanly"), "{log}");
}

#[test]
fn bad_configuration_fails_fast_with_a_clear_message() {
    let db_dir = std::env::temp_dir().join(format!("tifawt_cfg_{}", std::process::id()));
    let sqlite = format!("sqlite://{}/t.db?mode=rwc", db_dir.display());
    let courses = repo_path("courses");
    let courses = courses.to_str().unwrap();
    let serve = |extra: &[&str], database: &str| {
        let mut args = vec![
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--site-dir",
            "/nonexistent",
        ];
        args.extend_from_slice(extra);
        run_cli(&args, &[("DATABASE_URL", database)])
    };

    let (code, out) = serve(&["--courses-dir", "/nonexistent/courses"], &sqlite);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("error: cannot read the courses folder /nonexistent/courses"),
        "{out}"
    );

    let broken = repo_path("server/tests/fixtures/courses/broken");
    let (code, out) = serve(&["--courses-dir", broken.to_str().unwrap()], &sqlite);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("01-first/lesson.fr.md:6:1: error: a lesson cannot have a level-1 heading"),
        "{out}"
    );
    assert!(
        out.contains("7 errors and 0 warnings in the courses"),
        "{out}"
    );

    let (code, out) = serve(
        &["--courses-dir", courses],
        "postgres://nobody:secret@127.0.0.1:1/none",
    );
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(
            "error: cannot connect to the database postgres://nobody:***@127.0.0.1:1/none"
        ),
        "{out}"
    );
    assert!(
        !out.contains("secret"),
        "the password never reaches the output"
    );

    let (code, out) = serve(
        &["--courses-dir", courses],
        "sqlite:///proc/forbidden/t.db?mode=rwc",
    );
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("error: cannot create the data folder /proc/forbidden"),
        "{out}"
    );

    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().to_string();
    let out = run_cli(
        &[
            "serve",
            "--listen",
            &port,
            "--courses-dir",
            courses,
            "--site-dir",
            "/nonexistent",
        ],
        &[("DATABASE_URL", &sqlite)],
    );
    assert_eq!(out.0, 1, "{}", out.1);
    assert!(
        out.1.contains(&format!("error: cannot listen on {port}")),
        "{}",
        out.1
    );

    let (code, out) = run_cli(&["serve", "--listen", "not-an-address"], &[]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("invalid value 'not-an-address'"), "{out}");
    let _ = std::fs::remove_dir_all(db_dir);
}

#[test]
fn check_reports_every_problem_and_passes_the_shipped_courses() {
    let broken = repo_path("server/tests/fixtures/courses/broken");
    let (code, out) = run_cli(&["check", broken.to_str().unwrap()], &[]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("sample/course.toml:4:1: error: unknown language `en` in `languages`\n  hint: use ar, zgh, zgh-Latn (Tamazight in Latin script) or fr"), "{out}");
    assert!(
        out.contains("sample/notes:1:1: error: `notes` is not a lesson folder name"),
        "{out}"
    );

    let (code, out) = run_cli(&["check", repo_path("courses").to_str().unwrap()], &[]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("2 courses, 13 lessons, 0 errors and 0 warnings"),
        "{out}"
    );
}

#[test]
fn several_servers_share_one_postgres_database() {
    let first = TestServer::start(Backend::Postgres);
    // A second server on the same database finds the migrations applied and starts.
    let (code, out) = run_cli(&["migrate"], &[("DATABASE_URL", &first.db.url)]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("database is up to date"), "{out}");
    assert_eq!(
        first.db.count("SELECT COUNT(*) FROM seaql_migrations"),
        migrations()
    );
    assert_eq!(
        request("GET", &first.url("/healthz"), &[], None).status,
        200,
        "the first server is unaffected"
    );
}

#[test]
fn lesson_media_are_served_for_every_language_and_nothing_else() {
    let server = TestServer::start_with(
        Backend::Sqlite,
        ServerOptions {
            courses_dir: repo_path("server/tests/fixtures/courses/valid"),
            ..Default::default()
        },
    );
    let page = server.get("/fr/courses/sample/first").body;
    assert!(
        page.contains(r#"<audio controls preload="none" src="/media/sample/first/first.fr.mp3">"#),
        "{page}"
    );
    assert!(page
        .contains(r#"<img src="/media/sample/first/diagram.svg" alt="Un schéma à trois cases">"#));

    let svg = server.get("/media/sample/first/diagram.svg");
    assert_eq!(svg.status, 200);
    assert_eq!(svg.header("content-type"), Some("image/svg+xml"));
    let part = server.request(
        "GET",
        "/media/sample/first/first.fr.mp3",
        &[("range", "bytes=0-2")],
        None,
    );
    assert_eq!(
        (part.status, part.body.as_str()),
        (206, "ID3"),
        "narrations can be sought in"
    );
    for path in [
        "/media/sample/first/missing.svg",
        "/media/sample/nope/diagram.svg",
        "/media/nope/first/diagram.svg",
        "/media/sample/first/..%2F..%2Fcourse.toml",
        "/media/sample/first/.hidden",
    ] {
        assert_eq!(server.get(path).status, 404, "{path}");
    }
}

/// Forms are small; the learners import may be larger; anything bigger is refused before
/// it is read whole.
#[test]
fn request_bodies_are_bounded_per_route() {
    let server = TestServer::start_with(
        Backend::Sqlite,
        ServerOptions {
            extra_args: vec!["--demo".into()],
            ..ServerOptions::default()
        },
    );
    let mut browser = Browser::new(&server);
    browser.get("/fr/sign-in");
    let padding = "x".repeat(100 * 1024);
    let big_form = browser.post("/fr/sign-in", &[("username", "a"), ("password", &padding)]);
    assert_eq!(big_form.status, 413);

    browser.sign_in("demo.facilitator", "facilitator-demo-2026");
    browser.get("/fr/centres/1");
    let mut file = String::from("name,username\n");
    while file.len() < 200 * 1024 {
        file.push_str("Amina Ait Lahcen Ouzzine,\n");
    }
    let import = browser.post_file("/fr/centres/1/import", "import-file", file.as_bytes());
    assert_eq!(import.status, 422, "read whole, and each line checked");
    assert!(without_bidi_isolation(&import.body)
        .contains("Le fichier est trop gros (au plus 1000 lignes)"));
    let huge = "x".repeat(2 * 1024 * 1024);
    let too_big = browser.post_file("/fr/centres/1/import", "import-file", huge.as_bytes());
    assert_eq!(too_big.status, 413, "{}", too_big.body);
    assert!(
        without_bidi_isolation(&too_big.body)
            .contains("Le fichier est trop gros (au plus 1000 lignes)"),
        "the page again, with the error"
    );
    assert_eq!(server.get("/healthz").status, 200);
}

/// A client that sends its request headers, or its body, too slowly loses its connection
/// (a few hundred such clients would otherwise hold them all).
#[test]
fn slow_clients_are_cut_off() {
    use std::io::{Read, Write};
    use std::time::{Duration, Instant};
    let server = TestServer::start_with(
        Backend::Sqlite,
        ServerOptions {
            extra_args: vec![
                "--header-timeout-seconds".into(),
                "1".into(),
                "--request-timeout-seconds".into(),
                "2".into(),
            ],
            ..ServerOptions::default()
        },
    );
    let address = server.base.trim_start_matches("http://").to_string();
    let connect = || {
        let stream = std::net::TcpStream::connect(&address).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .unwrap();
        stream
    };

    // Headers never finished: the server closes the connection.
    let mut slow_headers = connect();
    slow_headers
        .write_all(b"GET /fr/ HTTP/1.1\r\nHost: tifawt\r\n")
        .unwrap();
    let started = Instant::now();
    let mut answer = Vec::new();
    let read = slow_headers.read_to_end(&mut answer);
    assert!(read.is_ok(), "closed by the server: {read:?}");
    assert!(
        started.elapsed() < Duration::from_secs(25),
        "not by the client's own time limit"
    );
    assert!(!String::from_utf8_lossy(&answer).contains("200 OK"));

    // A body that never arrives whole: 408.
    let mut slow_body = connect();
    slow_body
        .write_all(
            b"POST /fr/sign-in HTTP/1.1\r\nHost: tifawt\r\n\
              Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nusername=",
        )
        .unwrap();
    let mut answer = [0u8; 64];
    let read = slow_body.read(&mut answer).unwrap();
    let status_line = String::from_utf8_lossy(&answer[..read]);
    assert!(status_line.starts_with("HTTP/1.1 408"), "{status_line}");

    // Everyone else is still served.
    assert_eq!(server.get("/healthz").status, 200);
}

/// Only kinds of file a lesson shows are served, with their own type; never a page or a
/// script dropped into `media/`, nor a symbolic link out of it; an SVG opened on its own
/// runs nothing.
#[test]
fn media_are_served_only_from_an_allow_list_and_run_nothing() {
    let courses = support::copy_of("server/tests/fixtures/courses/valid");
    let media = courses.join("sample/01-first/media");
    std::fs::write(media.join("page.html"), "<script>alert(1)</script>").unwrap();
    std::fs::write(media.join("page.js"), "alert(1)").unwrap();
    std::fs::write(courses.join("secret.png"), "not for learners").unwrap();
    std::os::unix::fs::symlink(courses.join("secret.png"), media.join("link.png")).unwrap();
    let server = TestServer::start_with(
        Backend::Sqlite,
        ServerOptions {
            courses_dir: courses.clone(),
            ..Default::default()
        },
    );
    for path in ["page.html", "page.js", "link.png"] {
        let reply = server.get(&format!("/media/sample/first/{path}"));
        assert_eq!(reply.status, 404, "{path}");
    }
    let svg = server.get("/media/sample/first/diagram.svg");
    assert_eq!(svg.status, 200);
    assert_eq!(svg.header("content-type"), Some("image/svg+xml"));
    assert!(svg
        .header("content-security-policy")
        .is_some_and(|p| p.contains("sandbox") && p.contains("default-src 'none'")));
    assert_eq!(svg.header("x-content-type-options"), Some("nosniff"));
    let mp3 = server.get("/media/sample/first/first.fr.mp3");
    assert_eq!(mp3.header("content-type"), Some("audio/mpeg"));
    std::fs::remove_dir_all(courses).ok();
}

/// Every response says what the browser must refuse; a page's scripts run only with the
/// nonce of that response.
#[test]
fn every_response_carries_the_security_headers() {
    let server = TestServer::start(Backend::Sqlite);
    let page = server.get("/fr/courses/ai-literacy");
    let policy = page.header("content-security-policy").expect("a policy");
    let nonce = policy
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("a nonce");
    assert!(nonce.len() >= 16, "{nonce}");
    assert!(policy.contains("frame-ancestors 'none'") && policy.contains("'wasm-unsafe-eval'"));
    assert!(!policy.contains("unsafe-inline"), "{policy}");
    assert!(page
        .body
        .contains(&format!(r#"<script type="module" nonce="{nonce}">"#)));
    let again = server.get("/fr/courses/ai-literacy");
    assert!(
        !again
            .header("content-security-policy")
            .unwrap()
            .contains(nonce),
        "a new nonce for every response"
    );
    for reply in [&page, &server.get("/healthz"), &server.get("/fr/nowhere")] {
        assert_eq!(reply.header("x-content-type-options"), Some("nosniff"));
        assert_eq!(reply.header("referrer-policy"), Some("same-origin"));
        assert_eq!(reply.header("x-frame-options"), Some("DENY"));
        assert!(reply
            .header("content-security-policy")
            .is_some_and(|p| p.contains("frame-ancestors 'none'")));
        assert_eq!(
            reply.header("strict-transport-security"),
            None,
            "not over plain HTTP"
        );
    }
    let tls = TestServer::start_with(
        Backend::Sqlite,
        ServerOptions {
            extra_args: vec!["--secure-cookies".into(), "true".into()],
            ..Default::default()
        },
    );
    assert_eq!(
        tls.get("/fr/").header("strict-transport-security"),
        Some("max-age=31536000")
    );
}

/// The database gone (dropped under the server): every request that needs it is answered
/// 503 with the "try again in a minute" page in the page's language, inside the site's
/// frame, for the anonymous sign-in and for a signed-in learner alike (a session that
/// cannot be read). It was English `text/plain` (and bilingual text for the session).
#[test]
fn a_database_gone_away_is_a_translated_page_saying_try_again_postgres() {
    use crate::support::seed::{centre, Person};
    let server = TestServer::start(Backend::Postgres);
    let centre = centre(&server, "Dar Talib Gone", "fr");
    let learner = Person::learner("gone.away")
        .of_centre(centre)
        .create(&server);
    let mut visitor = Browser::new(&server);
    visitor.get("/ar/sign-in");
    let mut signed_in = Browser::new(&server);
    signed_in.sign_in(&learner.username, &learner.password);
    server.db.drop_under_the_server();

    let refused = visitor.post("/ar/sign-in", &[("username", "x"), ("password", "y")]);
    assert_eq!(refused.status, 503, "{}", refused.body);
    assert_eq!(refused.header("retry-after"), Some("60"));
    assert!(refused
        .header("content-type")
        .unwrap_or("")
        .starts_with("text/html"));
    assert!(
        refused.body.contains(r#"<html lang="ar" dir="rtl""#),
        "{}",
        refused.body
    );
    assert!(refused
        .body
        .contains("تعذّر على تيفاوت الوصول إلى قاعدة البيانات"));
    assert_eq!(refused.body.matches("<h1").count(), 1);
    assert!(refused.body.contains(r#"<main id="main""#));

    let home = signed_in.get("/fr/");
    assert_eq!(home.status, 503, "{}", home.body);
    assert!(
        home.body.contains(r#"<html lang="fr" dir="ltr""#),
        "{}",
        home.body
    );
    assert!(home.body.contains("Service momentanément indisponible"));
}
