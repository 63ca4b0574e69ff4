//! Serves the real router on a free port against a fresh database, and talks to it over
//! HTTP, as a browser or a load balancer would. The server runs in this process
//! ([`TestServer::start_with`]: the start-up of `tifawt serve`, shared through
//! `tifawt_server::start`), or, where the process itself is under test (its log, SIGTERM,
//! SIGKILL), as the real `tifawt` binary ([`TestServer::spawn_with`]).

pub mod seed;

use sea_orm::{ConnectionTrait, Database};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_tifawt");

pub fn repo_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(relative)
}

/// The PostgreSQL server tests use; each test gets its own database on it.
fn postgres_admin_url() -> String {
    std::env::var("TIFAWT_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

#[derive(Clone, Copy, Debug)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime")
}

/// A database of its own for one test, removed when dropped.
pub struct TestDatabase {
    pub url: String,
    cleanup: Cleanup,
}

enum Cleanup {
    Nothing,
    Dir(PathBuf),
    Postgres { admin: String, name: String },
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

fn unique_name(prefix: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!(
        "{prefix}_{}_{}_{nanos}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

impl TestDatabase {
    /// A database the test made itself (or a file in a [`TempFolder`]): nothing to remove.
    pub fn at(url: &str) -> TestDatabase {
        TestDatabase {
            url: url.to_string(),
            cleanup: Cleanup::Nothing,
        }
    }

    pub fn new(backend: Backend) -> TestDatabase {
        match backend {
            Backend::Sqlite => {
                let dir = std::env::temp_dir().join(unique_name("tifawt_test"));
                std::fs::create_dir_all(&dir).expect("a temporary folder");
                TestDatabase {
                    url: format!("sqlite://{}/nested/tifawt.db?mode=rwc", dir.display()),
                    cleanup: Cleanup::Dir(dir),
                }
            }
            Backend::Postgres => {
                let admin = postgres_admin_url();
                let name = unique_name("tifawt_test");
                runtime().block_on(async {
                    let db = Database::connect(&admin).await.unwrap_or_else(|e| {
                        panic!("PostgreSQL must be running for these tests ({admin}): {e}")
                    });
                    db.execute_unprepared(&format!("CREATE DATABASE {name}"))
                        .await
                        .expect("CREATE DATABASE");
                });
                let base = admin
                    .rsplit_once('/')
                    .map_or(admin.as_str(), |(base, _)| base)
                    .to_string();
                TestDatabase {
                    url: format!("{base}/{name}"),
                    cleanup: Cleanup::Postgres { admin, name },
                }
            }
        }
    }

    /// The database file, for SQLite.
    pub fn sqlite_file(&self) -> Option<PathBuf> {
        let path = self.url.strip_prefix("sqlite://")?.split('?').next()?;
        Some(PathBuf::from(path))
    }

    /// Runs one SQL statement that returns nothing.
    pub fn execute(&self, sql: &str) {
        let url = self.url.clone();
        let sql = sql.to_string();
        runtime().block_on(async move {
            let db = Database::connect(&url)
                .await
                .expect("connect to the test database");
            db.execute_unprepared(&sql).await.expect("statement");
            db.close().await.ok();
        })
    }

    /// Runs one SQL query returning a single count.
    pub fn count(&self, sql: &str) -> i64 {
        let url = self.url.clone();
        let sql = sql.to_string();
        runtime().block_on(async move {
            let db = Database::connect(&url)
                .await
                .expect("connect to the test database");
            let row = db
                .query_one(sea_orm::Statement::from_string(
                    db.get_database_backend(),
                    sql,
                ))
                .await
                .expect("query")
                .expect("one row");
            let count = row.try_get_by_index::<i64>(0).expect("a count");
            db.close().await.ok();
            count
        })
    }
}

impl TestDatabase {
    /// Drops a PostgreSQL database while a server uses it (its connections are ended): the
    /// database is gone, as when its server is down.
    pub fn drop_under_the_server(&self) {
        let Cleanup::Postgres { admin, name } = &self.cleanup else {
            panic!("only a PostgreSQL database can be taken away from a running server");
        };
        runtime().block_on(async {
            let db = Database::connect(admin)
                .await
                .expect("the PostgreSQL server");
            db.execute_unprepared(&format!("DROP DATABASE {name} WITH (FORCE)"))
                .await
                .expect("the database dropped");
        });
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        match &self.cleanup {
            Cleanup::Nothing => {}
            Cleanup::Dir(dir) => {
                let _ = std::fs::remove_dir_all(dir);
            }
            Cleanup::Postgres { admin, name } => {
                let (admin, name) = (admin.clone(), name.clone());
                // Dropped on a thread of its own: Drop may run inside a test's runtime.
                let _ = std::thread::spawn(move || {
                    runtime().block_on(async {
                        if let Ok(db) = Database::connect(&admin).await {
                            let _ = db
                                .execute_unprepared(&format!(
                                    "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                                ))
                                .await;
                        }
                    })
                })
                .join();
            }
        }
    }
}

/// A running server, stopped when dropped: served by a thread of this test process, or a
/// `tifawt serve` process (killed with SIGKILL when dropped).
pub struct TestServer {
    pub base: String,
    pub db: TestDatabase,
    running: Running,
}

enum Running {
    InProcess {
        stop: tokio::sync::watch::Sender<bool>,
        thread: Option<std::thread::JoinHandle<()>>,
    },
    Process {
        child: Child,
        log: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
    },
}

pub struct ServerOptions {
    pub courses_dir: PathBuf,
    pub site_dir: PathBuf,
    pub extra_args: Vec<String>,
    /// Serve this database instead of a fresh one (to restart a server on the same data).
    pub database_url: Option<String>,
}

impl Default for ServerOptions {
    fn default() -> Self {
        ServerOptions {
            courses_dir: repo_path("courses"),
            site_dir: PathBuf::from("/nonexistent-site"),
            extra_args: vec![],
            database_url: None,
        }
    }
}

impl ServerOptions {
    /// The arguments of `tifawt serve`, the database aside.
    fn serve_args(&self) -> Vec<std::ffi::OsString> {
        let mut args: Vec<std::ffi::OsString> = [
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--log-format",
            "json",
            "--default-locale",
            "fr",
        ]
        .iter()
        .map(Into::into)
        .collect();
        args.push("--courses-dir".into());
        args.push(self.courses_dir.clone().into());
        args.push("--site-dir".into());
        args.push(self.site_dir.clone().into());
        args.extend(self.extra_args.iter().map(Into::into));
        args
    }
}

/// How long a stopped in-process server may take to finish the requests in flight.
const STOP_GRACE: Duration = Duration::from_secs(5);

impl TestServer {
    /// A server in this process, with the options of `tifawt serve` plus `--demo` and the
    /// like in `options.extra_args`, parsed as the binary parses them.
    pub fn start(backend: Backend) -> TestServer {
        TestServer::start_with(backend, ServerOptions::default())
    }

    pub fn start_with(backend: Backend, options: ServerOptions) -> TestServer {
        use clap::Parser;
        use tifawt_server::config::{Cli, Command};
        let db = TestDatabase::new(backend);
        let url = options
            .database_url
            .clone()
            .unwrap_or_else(|| db.url.clone());
        let mut argv: Vec<std::ffi::OsString> = vec!["tifawt".into()];
        argv.extend(options.serve_args());
        argv.push("--database-url".into());
        argv.push(url.into());
        let args = match Cli::try_parse_from(argv).map(|cli| cli.command) {
            Ok(Some(Command::Serve(args))) => args,
            other => panic!("the test server's arguments: {other:?}"),
        };
        let (ready, started) = std::sync::mpsc::channel::<Result<String, String>>();
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("a tokio runtime");
            runtime.block_on(async move {
                let server = match tifawt_server::start(&args).await {
                    Ok(server) => server,
                    Err(error) => {
                        let _ = ready.send(Err(format!("{error:#}")));
                        return;
                    }
                };
                let address = server.listener.local_addr().expect("the listening address");
                let _ = ready.send(Ok(format!("http://{address}")));
                let tifawt_server::Started {
                    listener,
                    app,
                    db,
                    header_timeout,
                    ..
                } = server;
                let (mut first, mut second) = (stopped.clone(), stopped);
                let serving =
                    tifawt_server::http::listen::serve(listener, app, header_timeout, async move {
                        let _ = first.wait_for(|stop| *stop).await;
                    });
                // Requests in flight get a few seconds after the stop, not for ever.
                let deadline = async move {
                    let _ = second.wait_for(|stop| *stop).await;
                    tokio::time::sleep(STOP_GRACE).await;
                };
                tokio::select! {
                    () = serving => {}
                    () = deadline => {}
                }
                db.close().await.ok();
            });
            runtime.shutdown_timeout(STOP_GRACE);
        });
        let base = match started.recv_timeout(Duration::from_secs(60)) {
            Ok(Ok(base)) => base,
            Ok(Err(error)) => panic!("tifawt did not start: {error}"),
            Err(_) => panic!("tifawt did not start within 60 s"),
        };
        TestServer {
            base,
            db,
            running: Running::InProcess {
                stop,
                thread: Some(thread),
            },
        }
    }

    /// The real `tifawt serve` binary, for tests of the process itself: its log, SIGTERM,
    /// SIGKILL.
    pub fn spawn_with(backend: Backend, options: ServerOptions) -> TestServer {
        let db = TestDatabase::new(backend);
        let mut child = Command::new(BIN)
            .args(options.serve_args())
            .env(
                "DATABASE_URL",
                options.database_url.as_ref().unwrap_or(&db.url),
            )
            .env("RUST_LOG", "info")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start tifawt");
        let stdout = BufReader::new(child.stdout.take().expect("stdout"));
        let (sender, receiver) = std::sync::mpsc::channel();
        let log = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let log_writer = log.clone();
        std::thread::spawn(move || {
            for line in stdout.lines().map_while(Result::ok) {
                if let Some(address) = line.split("listening on ").nth(1) {
                    let address: String = address
                        .chars()
                        .take_while(|c| !c.is_whitespace() && *c != '"')
                        .collect();
                    let _ = sender.send(address);
                }
                log_writer.lock().expect("log lock").push(line);
            }
        });
        let base = match receiver.recv_timeout(Duration::from_secs(30)) {
            Ok(base) => base,
            Err(_) => {
                let _ = child.kill();
                let output = child.wait_with_output().expect("server output");
                panic!(
                    "tifawt did not start: {}",
                    String::from_utf8_lossy(&output.stderr)
                );
            }
        };
        TestServer {
            base,
            db,
            running: Running::Process { child, log },
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn get(&self, path: &str) -> Reply {
        self.request("GET", path, &[], None)
    }

    pub fn request(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        form: Option<&str>,
    ) -> Reply {
        request(method, &self.url(path), headers, form)
    }

    /// What a spawned server printed (JSON lines).
    pub fn log(&self) -> String {
        match &self.running {
            Running::Process { log, .. } => log.lock().expect("log lock").join("\n"),
            Running::InProcess { .. } => {
                panic!("only a spawned server has a log to read: use TestServer::spawn_with")
            }
        }
    }

    /// Sends SIGTERM to a spawned server and waits for the process to exit; returns whether
    /// it exited with 0, and its log.
    pub fn terminate(mut self) -> (bool, String) {
        let Running::Process { child, .. } = &mut self.running else {
            panic!("only a spawned server gets SIGTERM: use TestServer::spawn_with")
        };
        let pid = child.id().to_string();
        let sent = Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("kill");
        assert!(sent.success());
        let deadline = Instant::now() + Duration::from_secs(15);
        let status = loop {
            if let Some(status) = child.try_wait().expect("wait") {
                break status;
            }
            assert!(
                Instant::now() < deadline,
                "tifawt did not stop within 15 s of SIGTERM"
            );
            std::thread::sleep(Duration::from_millis(50));
        };
        std::thread::sleep(Duration::from_millis(100)); // let the reader thread drain stdout
        (status.success(), self.log())
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        match &mut self.running {
            Running::InProcess { stop, thread } => {
                let _ = stop.send(true);
                if let Some(thread) = thread.take() {
                    let _ = thread.join();
                }
            }
            Running::Process { child, .. } => {
                let _ = child.kill();
                let _ = child.wait();
            }
        }
    }
}

/// An HTTP answer, read whole.
pub struct Reply {
    pub status: u16,
    pub headers: ::http::HeaderMap,
    /// The body as text (invalid UTF-8 replaced); `bytes` as sent.
    pub body: String,
    pub bytes: Vec<u8>,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn header_all(&self, name: &str) -> Vec<&str> {
        self.headers
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect()
    }
}

pub fn request(method: &str, url: &str, headers: &[(&str, &str)], form: Option<&str>) -> Reply {
    let body = form.map(|f| {
        (
            "application/x-www-form-urlencoded".to_string(),
            f.as_bytes().to_vec(),
        )
    });
    request_with_body(method, url, headers, body)
}

/// A request with any body: `(content type, bytes)`.
pub fn request_with_body(
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    body: Option<(String, Vec<u8>)>,
) -> Reply {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .timeout_global(Some(Duration::from_secs(30)))
        .build()
        .into();
    let mut builder = ::http::Request::builder().method(method).uri(url);
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    let result = match body {
        Some((content_type, bytes)) => {
            let request = builder
                .header("content-type", content_type)
                .body(bytes)
                .expect("a request");
            agent.run(request)
        }
        None => agent.run(builder.body(()).expect("a request")),
    };
    let mut response = result.unwrap_or_else(|e| panic!("{method} {url}: {e}"));
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let encoded = headers.contains_key("content-encoding");
    let bytes = if encoded {
        Vec::new() // compressed bodies are checked by their headers only
    } else {
        response
            .body_mut()
            .with_config()
            .limit(64 * 1024 * 1024)
            .read_to_vec()
            .unwrap_or_else(|e| panic!("{url}: body: {e}"))
    };
    Reply {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
        bytes,
    }
}

/// Runs `tifawt` with arguments until it exits; returns (exit code, stdout + stderr).
pub fn run_cli(args: &[&str], env: &[(&str, &str)]) -> (i32, String) {
    let mut command = Command::new(BIN);
    command.args(args).env("RUST_LOG", "info");
    for (name, value) in env {
        command.env(name, value);
    }
    let output = command.output().expect("run tifawt");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.code().unwrap_or(-1), text)
}

/// An empty temporary folder, removed when dropped.
pub struct TempFolder(pub PathBuf);

impl TempFolder {
    pub fn new() -> TempFolder {
        let dir = std::env::temp_dir().join(unique_name("tifawt_folder"));
        std::fs::create_dir_all(&dir).expect("a temporary folder");
        TempFolder(dir)
    }

    pub fn join(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for TempFolder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A copy of a folder of the repository in a fresh temporary folder, for tests that edit it.
pub fn copy_of(relative: &str) -> PathBuf {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).expect("create folder");
        for entry in std::fs::read_dir(from).expect("read folder") {
            let entry = entry.expect("entry");
            let target = to.join(entry.file_name());
            if entry.file_type().expect("file type").is_dir() {
                copy(&entry.path(), &target);
            } else {
                std::fs::copy(entry.path(), target).expect("copy file");
            }
        }
    }
    let to = std::env::temp_dir().join(unique_name("tifawt_copy"));
    copy(&repo_path(relative), &to);
    to
}

/// Polls `condition` until it holds, for at most 10 seconds.
pub fn eventually(what: &str, mut condition: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !condition() {
        assert!(Instant::now() < deadline, "timed out waiting: {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Checks what a server shows after the database changed under it (through another server,
/// or by SQL): a SQLite server sees the commit at its very next request; a PostgreSQL one
/// when the change's notice arrives, about a millisecond later (`db::changes`), so there
/// `condition` is tried again until it holds.
pub fn after_change(backend: Backend, what: &str, mut condition: impl FnMut() -> bool) {
    match backend {
        Backend::Sqlite => assert!(condition(), "{what}, at the next request"),
        Backend::Postgres => eventually(what, condition),
    }
}

/// A browser's memory of one visitor: its cookies, and the anti-forgery token of the last
/// page it read, so tests post forms the way a browser would.
pub struct Browser<'a> {
    pub server: &'a TestServer,
    pub cookies: Vec<(String, String)>,
    pub csrf: String,
}

impl<'a> Browser<'a> {
    pub fn new(server: &'a TestServer) -> Browser<'a> {
        Browser {
            server,
            cookies: Vec::new(),
            csrf: String::new(),
        }
    }

    pub fn cookie(&self, name: &str) -> Option<&str> {
        self.cookies
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(n, v)| format!("{n}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn remember(&mut self, reply: &Reply) {
        for set in reply.header_all("set-cookie") {
            let pair = set.split(';').next().unwrap_or("");
            let Some((name, value)) = pair.split_once('=') else {
                continue;
            };
            self.cookies.retain(|(n, _)| n != name);
            if !set.contains("Max-Age=0") {
                self.cookies.push((name.to_string(), value.to_string()));
            }
        }
        if let Some(token) = reply
            .body
            .split(r#"name="csrf_token" value=""#)
            .nth(1)
            .and_then(|rest| rest.split('"').next())
        {
            self.csrf = token.to_string();
        }
    }

    pub fn send(&mut self, method: &str, path: &str, body: Option<(String, Vec<u8>)>) -> Reply {
        let cookies = self.cookie_header();
        let headers: Vec<(&str, &str)> = if cookies.is_empty() {
            vec![]
        } else {
            vec![("cookie", cookies.as_str())]
        };
        let reply = request_with_body(method, &self.server.url(path), &headers, body);
        self.remember(&reply);
        reply
    }

    pub fn get(&mut self, path: &str) -> Reply {
        self.send("GET", path, None)
    }

    /// Posts a form with this visitor's token added.
    pub fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Reply {
        let mut body: Vec<String> = fields
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect();
        body.push(format!("csrf_token={}", encode(&self.csrf)));
        let body = body.join("&").into_bytes();
        self.send(
            "POST",
            path,
            Some(("application/x-www-form-urlencoded".into(), body)),
        )
    }

    /// Posts a multipart form with one file, with this visitor's token.
    pub fn post_file(&mut self, path: &str, field: &str, file: &[u8]) -> Reply {
        self.post_multipart(path, &[], (field, "learners.csv", file))
    }

    /// Posts a multipart form: text `fields`, then one file (field, file name, bytes), with
    /// this visitor's token first.
    pub fn post_multipart(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        (field, file_name, file): (&str, &str, &[u8]),
    ) -> Reply {
        let boundary = "----tifawt-test-boundary";
        let mut body = Vec::new();
        let token = [("csrf_token", self.csrf.as_str())];
        for (name, value) in token.iter().chain(fields) {
            body.extend(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
                )
                .into_bytes(),
            );
        }
        body.extend(format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
        ).into_bytes());
        body.extend_from_slice(file);
        body.extend(format!("\r\n--{boundary}--\r\n").into_bytes());
        self.send(
            "POST",
            path,
            Some((format!("multipart/form-data; boundary={boundary}"), body)),
        )
    }

    /// Opens the lesson at `path` (`/fr/courses/c/l`) and answers its quiz with `answers`.
    pub fn answer_quiz(&mut self, path: &str, answers: &[(&str, &str)]) -> Reply {
        let page = self.get(path);
        let token = attempt_token(&page.body);
        let mut fields = answers.to_vec();
        fields.push(("attempt", &token));
        self.post(&format!("{path}/quiz"), &fields)
    }

    /// Signs in through the form; panics unless it succeeds.
    pub fn sign_in(&mut self, username: &str, password: &str) -> Reply {
        self.get("/fr/sign-in");
        let reply = self.post(
            "/fr/sign-in",
            &[("username", username), ("password", password)],
        );
        assert_eq!(reply.status, 303, "sign in as {username}: {}", reply.body);
        reply
    }
}

/// A page's text without Fluent's bidi isolation marks and Leptos' hydration markers.
pub fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
        .replace("<!>", "")
}

/// A time `seconds` ago as the database accepts it in SQL, on SQLite and PostgreSQL.
pub fn seconds_ago(seconds: i64) -> String {
    (chrono::Utc::now() - chrono::Duration::seconds(seconds))
        .format("%Y-%m-%dT%H:%M:%S+00:00")
        .to_string()
}

/// The value of the hidden `attempt` field of a lesson page.
pub fn attempt_token(html: &str) -> String {
    html.split(r#"name="attempt" value=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the quiz form has an attempt token")
        .to_string()
}

/// Percent-encodes a form value.
pub fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The learner `--demo` creates.
pub const DEMO_LEARNER: (&str, &str) = ("demo.learner", "learner-demo-2026");

/// The test courses with quizzes; `basics/first` has four questions.
pub fn quiz_courses() -> PathBuf {
    repo_path("server/tests/fixtures/courses/quiz")
}

/// Every answer of `basics/first`'s quiz right, in French (the short answer as a learner
/// might type it: spaces, capitals, a full stop).
pub const ALL_RIGHT_FR: [(&str, &str); 5] = [
    ("q-single", "1"),
    ("q-several", "0"),
    ("q-several", "2"),
    ("q-truth", "0"),
    ("q-word", "  Intelligence Artificielle. "),
];

/// A server with the demo accounts, on `courses`, on a fresh database or on `database_url`.
pub fn demo_server(backend: Backend, courses: PathBuf, database_url: Option<String>) -> TestServer {
    TestServer::start_with(backend, demo_options(courses, database_url))
}

/// [`demo_server`] as the real `tifawt` process, for tests that stop or kill it.
pub fn spawn_demo_server(
    backend: Backend,
    courses: PathBuf,
    database_url: Option<String>,
) -> TestServer {
    TestServer::spawn_with(backend, demo_options(courses, database_url))
}

fn demo_options(courses: PathBuf, database_url: Option<String>) -> ServerOptions {
    ServerOptions {
        courses_dir: courses,
        extra_args: vec!["--demo".into()],
        database_url,
        ..ServerOptions::default()
    }
}

/// Quiz submissions of `basics/first` (of [`quiz_courses`]) sent one after the other from a
/// thread, as a signed-in learner, alternately passing and failing, until stopped, or until
/// the server goes away (the thread then panics on the failed request).
pub struct QuizStream {
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    answered: std::sync::Arc<std::sync::atomic::AtomicU64>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl QuizStream {
    /// `learner` has signed in and read a page (so it holds the anti-forgery token); `tag`
    /// makes the attempts' one-time tokens unique to this stream.
    pub fn start(learner: &Browser, tag: &str) -> QuizStream {
        use std::sync::atomic::{AtomicBool, AtomicU64};
        use std::sync::Arc;
        let cookie = format!(
            "tifawt_session={}",
            learner.cookie("tifawt_session").expect("signed in")
        );
        let csrf = learner.csrf.clone();
        let url = learner.server.url("/fr/courses/basics/first/quiz");
        let tag = tag.to_string();
        let stop = Arc::new(AtomicBool::new(false));
        let answered = Arc::new(AtomicU64::new(0));
        let (stopped, counter) = (stop.clone(), answered.clone());
        let thread = std::thread::spawn(move || {
            for i in 0u64.. {
                if stopped.load(Ordering::Relaxed) {
                    break;
                }
                let token = format!("{tag}-{i:0>40}");
                let right = if i % 2 == 0 { "1" } else { "0" };
                let body = format!(
                    "csrf_token={csrf}&attempt={token}&q-single={right}&q-several=0&q-several=2&q-truth=0&q-word=x"
                );
                let reply = request("POST", &url, &[("cookie", &cookie)], Some(&body));
                assert_eq!(reply.status, 200, "a quiz submission is answered");
                counter.fetch_add(1, Ordering::Relaxed);
            }
        });
        QuizStream {
            stop,
            answered,
            thread: Some(thread),
        }
    }

    /// Submissions answered so far.
    pub fn answered(&self) -> u64 {
        self.answered.load(Ordering::Relaxed)
    }

    /// Stops, waits for the submission under way, and returns how many were answered.
    pub fn stop(mut self) -> u64 {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
        self.answered()
    }
}

impl Drop for QuizStream {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// The integrity checks `tifawt restore` prints (whole attempts, no orphan rows, daily
/// counts equal to a recount) run on the database at `url`, against `courses`.
pub fn integrity(url: &str, courses: &Path) -> tifawt_server::db::integrity::Report {
    let catalog = tifawt_server::courses::load_catalog(courses)
        .expect("the courses load")
        .catalog;
    let url = url.to_string();
    runtime().block_on(async move {
        let db = Database::connect(&url)
            .await
            .expect("connect to the database");
        let report = tifawt_server::db::integrity::check(&db, Some(&catalog))
            .await
            .expect("the integrity checks run");
        db.close().await.ok();
        report
    })
}

/// A second centre ("Tilelli", id 2) and its facilitator, made by `admin` (signed in as an
/// admin); returns that facilitator, signed in: someone who manages a centre, not this one.
pub fn facilitator_of_a_second_centre<'a>(
    server: &'a TestServer,
    admin: &mut Browser<'_>,
) -> Browser<'a> {
    admin.get("/fr/admin");
    admin.post(
        "/fr/admin/centres",
        &[("centre-name", "Tilelli"), ("centre-locale", "zgh")],
    );
    admin.get("/fr/admin");
    let card = admin.post(
        "/fr/admin/facilitators",
        &[
            ("facilitator-centre", "2"),
            ("facilitator-name", "Other"),
            ("facilitator-username", "other.facilitator"),
            ("facilitator-password", "other-password-1"),
        ],
    );
    assert_eq!(card.status, 200);
    let mut other = Browser::new(server);
    other.sign_in("other.facilitator", "other-password-1");
    other
}
