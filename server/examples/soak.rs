//! The driver of `scripts/soak.sh` (docs/soak.md): learners sign in and submit quizzes
//! from several clients at once while the server is killed with SIGKILL at random moments
//! and started again on the same database; then it checks that nothing accepted was lost.
//!
//! An example, not a test (it runs for minutes) and not a `tifawt` command (it is no part
//! of the product): it reuses the server's own code to know the right answers of every
//! quiz (the course loader) and to check the database afterwards (`db::integrity`, the
//! checks `tifawt restore` prints and the tests assert).
//!
//! "Accepted" is what a learner would trust: a quiz submission answered 200 with its
//! result shown as recorded (the learner was signed in), or a sign-in answered 303 with a
//! session cookie. A submission whose answer never came (the server died) is sent again
//! with the same one-time attempt token, as a learner pressing the button again would,
//! until it gets an answer; one still unanswered at the end is "in doubt" and may or may
//! not be recorded. At the end every accepted submission's token must be in
//! `quiz_attempts` exactly once, every accepted sign-in's session must exist, and the
//! integrity checks must pass.

use anyhow::{bail, Context};
use clap::Parser;
use rand::Rng;
use sea_orm::{ConnectionTrait, Database, Statement};
use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};
use tifawt_app::catalog::{Answer, Catalog};
use tifawt_app::i18n::Locale;
use tifawt_server::auth::token_hash;
use tifawt_server::db::integrity;

#[derive(Parser)]
#[command(about = "Kills a Tifawt server in a loop under load, then checks nothing was lost")]
struct Args {
    /// The `tifawt` binary to serve with.
    #[arg(long)]
    binary: PathBuf,
    /// A fresh, empty database (SQLite or PostgreSQL).
    #[arg(long)]
    database_url: String,
    #[arg(long, default_value = "courses")]
    courses_dir: PathBuf,
    /// Where the server's log and the learners' CSV files go.
    #[arg(long)]
    work_dir: PathBuf,
    /// How long the load and the kills go on.
    #[arg(long, default_value_t = 120)]
    seconds: u64,
    /// The database's name in the summary.
    #[arg(long, default_value = "database")]
    label: String,
    /// Appends the summary's Markdown table row to this file.
    #[arg(long)]
    summary: Option<PathBuf>,
}

/// The shortest and longest time a server lives before it is killed.
const LIFETIME_MS: (u64, u64) = (300, 3000);
/// The chance, per round of a client, that its learner closes the browser (the session
/// cookie goes, the device cookie stays) and signs in again. Kept low: a sign-in killed
/// after the throttle counted it stays counted as a failure (docs/soak.md).
const SIGN_IN_AGAIN: f64 = 0.03;
/// The chance that a round marks a lesson without a quiz as done instead of a quiz.
const MARK_DONE: f64 = 0.15;
/// The chance that each question is answered right.
const RIGHT: f64 = 0.85;

const DEMO_CENTRE: &str = "Dar Taliba Demo";
const DEMO_COHORT: &str = "Groupe 1";
const OTHER_CENTRE: &str = "Dar Talib Soak";

/// (username, password, centre, cohort): the demo learner, and the ones imported.
fn learners() -> Vec<(String, String, &'static str, &'static str)> {
    let mut all = vec![(
        "demo.learner".to_string(),
        "learner-demo-2026".to_string(),
        DEMO_CENTRE,
        DEMO_COHORT,
    )];
    for (prefix, centre, cohorts) in [
        (
            "soak.a",
            DEMO_CENTRE,
            [DEMO_COHORT, DEMO_COHORT, DEMO_COHORT, ""].as_slice(),
        ),
        ("soak.b", OTHER_CENTRE, ["", "", ""].as_slice()),
    ] {
        for (i, cohort) in cohorts.iter().enumerate() {
            let username = format!("{prefix}{}", i + 1);
            let password = format!("soak-{username}-2026");
            all.push((username, password, centre, cohort));
        }
    }
    all
}

/// A lesson's address and its questions: (field name, right values, wrong values).
struct QuizLesson {
    path: String,
    questions: Vec<(String, Vec<String>, Vec<String>)>,
}

/// The lessons learners work through, read from the courses the server serves.
struct Lessons {
    quizzes: Vec<QuizLesson>,
    /// Lessons without a quiz, completed with "mark as done".
    plain: Vec<String>,
}

fn lessons_of(catalog: &Catalog) -> Lessons {
    let mut lessons = Lessons {
        quizzes: Vec::new(),
        plain: Vec::new(),
    };
    for course in &catalog.courses {
        for lesson in &course.lessons {
            let path = format!("/fr/courses/{}/{}", course.id, lesson.id);
            let Some(version) = course.pick(&lesson.versions, Locale::Fr) else {
                continue;
            };
            let Some(quiz) = &version.value.quiz else {
                lessons.plain.push(path);
                continue;
            };
            let questions = quiz
                .questions
                .iter()
                .map(|q| {
                    let (right, wrong) = match &q.answer {
                        Answer::Single(choices) | Answer::Multiple(choices) => {
                            let pick = |correct: bool| -> Vec<String> {
                                (0..choices.len())
                                    .filter(|i| choices[*i].correct == correct)
                                    .map(|i| i.to_string())
                                    .collect()
                            };
                            let right = pick(true);
                            let mut wrong = pick(false);
                            wrong.truncate(1);
                            if wrong.is_empty() {
                                wrong = right.clone();
                            }
                            (right, wrong)
                        }
                        Answer::Short { shown, .. } => {
                            (vec![shown.clone()], vec!["soak".to_string()])
                        }
                    };
                    (format!("q-{}", q.id), right, wrong)
                })
                .collect();
            lessons.quizzes.push(QuizLesson { path, questions });
        }
    }
    lessons
}

#[derive(Default)]
struct Counts {
    sign_ins_sent: AtomicU64,
    sign_ins_accepted: AtomicU64,
    sign_ins_throttled: AtomicU64,
    submissions_sent: AtomicU64,
    submissions_accepted: AtomicU64,
    /// Answered 200 but not recorded: the learner was no longer signed in.
    submissions_unsaved: AtomicU64,
    /// Submissions sent again (same token) after getting no answer.
    resent: AtomicU64,
    done_sent: AtomicU64,
    done_accepted: AtomicU64,
    /// Answers nothing here should get (a 4xx or 5xx): each one is logged.
    unexpected: AtomicU64,
}

fn add(counter: &AtomicU64) {
    counter.fetch_add(1, Ordering::Relaxed);
}

fn get(counter: &AtomicU64) -> u64 {
    counter.load(Ordering::Relaxed)
}

/// What the clients share with the loop that kills the server.
struct Shared {
    /// The running server's address; `None` while it is down.
    base: RwLock<Option<String>>,
    deadline: Instant,
    counts: Counts,
    /// One-time tokens of accepted submissions.
    accepted: Mutex<Vec<String>>,
    /// Tokens of submissions that never got an answer before the end.
    in_doubt: Mutex<Vec<String>>,
    /// Session ids (the token's hash, as stored) of accepted sign-ins.
    sessions: Mutex<Vec<String>>,
    log: Mutex<File>,
}

impl Shared {
    fn note(&self, line: &str) {
        let mut log = self.log.lock().expect("log lock");
        let _ = writeln!(log, "soak: {line}");
    }
}

struct Reply {
    status: u16,
    set_cookies: Vec<String>,
    body: String,
}

/// One learner at one browser: its cookies and the anti-forgery token of its last page.
struct Client {
    username: String,
    password: String,
    cookies: Vec<(String, String)>,
    csrf: String,
    signed_in: bool,
    agent: ureq::Agent,
}

impl Client {
    fn new(username: String, password: String) -> Client {
        Client {
            username,
            password,
            cookies: Vec::new(),
            csrf: String::new(),
            signed_in: false,
            agent: ureq::Agent::config_builder()
                .http_status_as_error(false)
                .max_redirects(0)
                .timeout_global(Some(Duration::from_secs(15)))
                .build()
                .into(),
        }
    }

    /// `None` when the server is down or the connection broke: no answer.
    fn send(
        &mut self,
        shared: &Shared,
        method: &str,
        path: &str,
        form: Option<&str>,
    ) -> Option<Reply> {
        let base = shared.base.read().expect("base lock").clone()?;
        let mut builder = http::Request::builder()
            .method(method)
            .uri(format!("{base}{path}"));
        if !self.cookies.is_empty() {
            let cookies: Vec<String> = self
                .cookies
                .iter()
                .map(|(n, v)| format!("{n}={v}"))
                .collect();
            builder = builder.header("cookie", cookies.join("; "));
        }
        let result = match form {
            Some(form) => self.agent.run(
                builder
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body(form.as_bytes().to_vec())
                    .expect("a request"),
            ),
            None => self.agent.run(builder.body(()).expect("a request")),
        };
        let mut response = result.ok()?;
        let status = response.status().as_u16();
        let set_cookies: Vec<String> = response
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok().map(str::to_string))
            .collect();
        let body = response.body_mut().read_to_string().ok()?;
        for set in &set_cookies {
            let pair = set.split(';').next().unwrap_or("");
            if let Some((name, value)) = pair.split_once('=') {
                self.cookies.retain(|(n, _)| n != name);
                if !set.contains("Max-Age=0") {
                    self.cookies.push((name.to_string(), value.to_string()));
                }
            }
        }
        if let Some(token) = field_value(&body, "csrf_token") {
            self.csrf = token;
        }
        Some(Reply {
            status,
            set_cookies,
            body,
        })
    }

    /// Signs in as a browser just opened would: no session cookie, the device cookie kept.
    fn sign_in(&mut self, shared: &Shared) {
        self.cookies.retain(|(n, _)| n != "tifawt_session");
        self.signed_in = false;
        if self.send(shared, "GET", "/fr/sign-in", None).is_none() {
            return pause();
        }
        let form = encode_form(&[
            ("csrf_token", self.csrf.as_str()),
            ("username", self.username.as_str()),
            ("password", self.password.as_str()),
            ("next", ""),
        ]);
        add(&shared.counts.sign_ins_sent);
        let Some(reply) = self.send(shared, "POST", "/fr/sign-in", Some(&form)) else {
            return pause();
        };
        let session = reply
            .set_cookies
            .iter()
            .filter_map(|c| c.split(';').next()?.strip_prefix("tifawt_session="))
            .find(|v| !v.is_empty());
        match (reply.status, session) {
            (303, Some(token)) => {
                add(&shared.counts.sign_ins_accepted);
                shared
                    .sessions
                    .lock()
                    .expect("lock")
                    .push(token_hash(token));
                self.signed_in = true;
            }
            (429, _) => {
                add(&shared.counts.sign_ins_throttled);
                shared.note(&format!("sign-in of {} slowed down (429)", self.username));
                std::thread::sleep(Duration::from_secs(1));
            }
            (status, _) => {
                add(&shared.counts.unexpected);
                shared.note(&format!("sign-in of {}: HTTP {status}", self.username));
            }
        }
    }

    /// Opens a quiz lesson and submits it, sending it again until it gets an answer.
    fn submit_quiz(&mut self, shared: &Shared, lesson: &QuizLesson, rng: &mut impl Rng) {
        let Some(page) = self.send(shared, "GET", &lesson.path, None) else {
            return pause();
        };
        if !page.body.contains(r#"action="/sign-out""#) {
            self.signed_in = false;
            return;
        }
        let Some(attempt) = field_value(&page.body, "attempt") else {
            add(&shared.counts.unexpected);
            shared.note(&format!(
                "{}: no attempt token (HTTP {})",
                lesson.path, page.status
            ));
            return;
        };
        let mut fields: Vec<(&str, &str)> = vec![("csrf_token", &self.csrf), ("attempt", &attempt)];
        for (name, right, wrong) in &lesson.questions {
            let values = if rng.random_bool(RIGHT) { right } else { wrong };
            fields.extend(values.iter().map(|v| (name.as_str(), v.as_str())));
        }
        let form = encode_form(&fields);
        let path = format!("{}/quiz", lesson.path);
        add(&shared.counts.submissions_sent);
        loop {
            if Instant::now() >= shared.deadline {
                shared.in_doubt.lock().expect("lock").push(attempt);
                return;
            }
            let Some(reply) = self.send(shared, "POST", &path, Some(&form)) else {
                add(&shared.counts.resent);
                pause();
                continue;
            };
            let shown = reply.status == 200 && reply.body.contains("\"quiz-result");
            let saved = shown
                && reply.body.contains(r#"action="/sign-out""#)
                && !reply.body.contains("Connectez-vous pour que vos r");
            if saved {
                add(&shared.counts.submissions_accepted);
                shared.accepted.lock().expect("lock").push(attempt);
            } else if shown {
                add(&shared.counts.submissions_unsaved);
                shared.note(&format!(
                    "{}: a result not recorded (signed out)",
                    self.username
                ));
                self.signed_in = false;
            } else {
                add(&shared.counts.unexpected);
                shared.note(&format!("{path}: HTTP {}", reply.status));
            }
            return;
        }
    }

    /// Opens a lesson without a quiz and marks it as done.
    fn mark_done(&mut self, shared: &Shared, path: &str) {
        if self.send(shared, "GET", path, None).is_none() {
            return pause();
        }
        let form = encode_form(&[("csrf_token", self.csrf.as_str())]);
        add(&shared.counts.done_sent);
        match self.send(shared, "POST", &format!("{path}/done"), Some(&form)) {
            Some(reply) if reply.status == 303 => add(&shared.counts.done_accepted),
            Some(reply) => {
                add(&shared.counts.unexpected);
                shared.note(&format!("{path}/done: HTTP {}", reply.status));
            }
            None => pause(),
        }
    }

    fn run(mut self, shared: &Shared, lessons: &Lessons) {
        let mut rng = rand::rng();
        while Instant::now() < shared.deadline {
            if !self.signed_in || rng.random_bool(SIGN_IN_AGAIN) {
                self.sign_in(shared);
            } else if !lessons.plain.is_empty() && rng.random_bool(MARK_DONE) {
                let path = &lessons.plain[rng.random_range(0..lessons.plain.len())];
                self.mark_done(shared, path);
            } else {
                let lesson = &lessons.quizzes[rng.random_range(0..lessons.quizzes.len())];
                self.submit_quiz(shared, lesson, &mut rng);
            }
        }
    }
}

/// While the server is down.
fn pause() {
    std::thread::sleep(Duration::from_millis(20));
}

/// The value of the first `<input name="{name}" value="…">` of a page.
fn field_value(html: &str, name: &str) -> Option<String> {
    let rest = html.split(&format!(r#"name="{name}" value=""#)).nth(1)?;
    Some(rest.split('"').next()?.to_string())
}

fn encode_form(fields: &[(&str, &str)]) -> String {
    let encode = |value: &str| -> String {
        value
            .bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect()
    };
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// A running `tifawt serve` and its address.
struct Server {
    child: Child,
    base: String,
}

fn start_server(args: &Args, log: &File) -> anyhow::Result<Server> {
    let mut child = Command::new(&args.binary)
        .args([
            "serve",
            "--demo",
            "--listen",
            "127.0.0.1:0",
            "--log-format",
            "json",
        ])
        .args(["--default-locale", "fr", "--watch-courses", "false"])
        .arg("--courses-dir")
        .arg(&args.courses_dir)
        .env("DATABASE_URL", &args.database_url)
        .env("RUST_LOG", "info")
        .stdout(Stdio::piped())
        .stderr(Stdio::from(log.try_clone()?))
        .spawn()
        .with_context(|| format!("cannot start {}", args.binary.display()))?;
    let stdout = BufReader::new(child.stdout.take().context("the server's output")?);
    let (sender, receiver) = std::sync::mpsc::channel();
    let mut log = log.try_clone()?;
    std::thread::spawn(move || {
        for line in stdout.lines().map_while(Result::ok) {
            if let Some(address) = line.split("Tifawt is listening on ").nth(1) {
                let address: String = address
                    .chars()
                    .take_while(|c| !c.is_whitespace() && *c != '"')
                    .collect();
                let _ = sender.send(address);
            }
            let _ = writeln!(log, "{line}");
        }
    });
    match receiver.recv_timeout(Duration::from_secs(30)) {
        Ok(base) => Ok(Server { child, base }),
        Err(_) => {
            let _ = child.kill();
            let status = child.wait()?;
            bail!("the server did not start ({status}); see its log");
        }
    }
}

/// Ends the server with SIGKILL (what `Child::kill` sends on Unix) and reaps it.
fn kill(mut server: Server) -> anyhow::Result<()> {
    server.child.kill()?;
    server.child.wait()?;
    Ok(())
}

fn import_learners(args: &Args) -> anyhow::Result<()> {
    for centre in [DEMO_CENTRE, OTHER_CENTRE] {
        let mut csv = String::from("name,username,cohort,password\n");
        for (username, password, _, cohort) in learners().iter().filter(|l| l.2 == centre) {
            if username != "demo.learner" {
                csv.push_str(&format!(
                    "Learner {username},{username},{cohort},{password}\n"
                ));
            }
        }
        let file = args
            .work_dir
            .join(format!("learners-{}.csv", centre.replace(' ', "-")));
        std::fs::write(&file, csv)?;
        let output = Command::new(&args.binary)
            .args(["users", "import"])
            .arg(&file)
            .args(["--centre", centre])
            .env("DATABASE_URL", &args.database_url)
            .output()?;
        if !output.status.success() {
            bail!(
                "tifawt users import {}: {}",
                file.display(),
                String::from_utf8_lossy(&output.stderr)
            );
        }
    }
    Ok(())
}

/// After the last kill: the server starts on the data left, is healthy, and stops cleanly.
fn restart_and_stop(args: &Args, log: &File) -> anyhow::Result<()> {
    let mut server = start_server(args, log)?;
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(15)))
        .build()
        .into();
    let health = agent
        .get(format!("{}/healthz", server.base))
        .call()
        .map(|r| r.status().as_u16());
    let stopped = Command::new("kill")
        .args(["-TERM", &server.child.id().to_string()])
        .status()?;
    let deadline = Instant::now() + Duration::from_secs(15);
    let status = loop {
        if let Some(status) = server.child.try_wait()? {
            break status;
        }
        if Instant::now() > deadline {
            kill(server)?;
            bail!("the server did not stop within 15 s of SIGTERM");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    if health.as_ref().ok() != Some(&200) || !stopped.success() || !status.success() {
        bail!("after the last kill: /healthz {health:?}, stop {status}");
    }
    Ok(())
}

struct Findings {
    integrity: integrity::Report,
    /// Accepted submissions whose token is not in `quiz_attempts` exactly once.
    lost: Vec<(String, i64)>,
    in_doubt_recorded: usize,
    sessions_lost: usize,
}

async fn check(args: &Args, catalog: &Catalog, shared: &Shared) -> anyhow::Result<Findings> {
    let db = Database::connect(&args.database_url).await?;
    let integrity = integrity::check(&db, Some(catalog)).await?;
    let backend = db.get_database_backend();
    let mut recorded: HashMap<String, i64> = HashMap::new();
    for row in db
        .query_all(Statement::from_string(
            backend,
            "SELECT token, COUNT(*) AS n FROM quiz_attempts GROUP BY token",
        ))
        .await?
    {
        recorded.insert(row.try_get("", "token")?, row.try_get("", "n")?);
    }
    let mut sessions: HashSet<String> = HashSet::new();
    for row in db
        .query_all(Statement::from_string(backend, "SELECT id FROM sessions"))
        .await?
    {
        sessions.insert(row.try_get("", "id")?);
    }
    db.close().await?;
    let accepted = shared.accepted.lock().expect("lock");
    let mut lost: Vec<(String, i64)> = accepted
        .iter()
        .map(|token| (token.clone(), recorded.get(token).copied().unwrap_or(0)))
        .filter(|(_, n)| *n != 1)
        .collect();
    let distinct: HashSet<&String> = accepted.iter().collect();
    if distinct.len() != accepted.len() {
        lost.push(("(the same token accepted twice)".into(), 2));
    }
    let in_doubt_recorded = shared
        .in_doubt
        .lock()
        .expect("lock")
        .iter()
        .filter(|t| recorded.contains_key(*t))
        .count();
    let sessions_lost = shared
        .sessions
        .lock()
        .expect("lock")
        .iter()
        .filter(|s| !sessions.contains(*s))
        .count();
    Ok(Findings {
        integrity,
        lost,
        in_doubt_recorded,
        sessions_lost,
    })
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    std::fs::create_dir_all(&args.work_dir)?;
    let catalog = tifawt_server::courses::load_catalog(&args.courses_dir)
        .map_err(|e| anyhow::anyhow!("{e}"))?
        .catalog;
    let lessons = lessons_of(&catalog);
    if lessons.quizzes.is_empty() {
        bail!("no lesson with a quiz in {}", args.courses_dir.display());
    }
    let log_path = args.work_dir.join("server.log");
    let log = File::create(&log_path)?;

    // The first start creates the demo centre, cohort and learner; then more learners.
    let mut server = start_server(&args, &log)?;
    import_learners(&args)?;
    let started = Instant::now();
    let shared = Arc::new(Shared {
        base: RwLock::new(Some(server.base.clone())),
        deadline: started + Duration::from_secs(args.seconds),
        counts: Counts::default(),
        accepted: Mutex::new(Vec::new()),
        in_doubt: Mutex::new(Vec::new()),
        sessions: Mutex::new(Vec::new()),
        log: Mutex::new(log.try_clone()?),
    });
    let lessons = Arc::new(lessons);
    let clients: Vec<_> = learners()
        .into_iter()
        .map(|(username, password, _, _)| {
            let (shared, lessons) = (shared.clone(), lessons.clone());
            std::thread::spawn(move || Client::new(username, password).run(&shared, &lessons))
        })
        .collect();
    eprintln!(
        "soak: {} learners, {} quiz lessons; killing the server every {}–{} ms for {} s",
        clients.len(),
        lessons.quizzes.len(),
        LIFETIME_MS.0,
        LIFETIME_MS.1,
        args.seconds
    );

    let mut kills = 0u64;
    let mut rng = rand::rng();
    loop {
        let lifetime = Duration::from_millis(rng.random_range(LIFETIME_MS.0..=LIFETIME_MS.1));
        let now = Instant::now();
        std::thread::sleep(lifetime.min(shared.deadline.saturating_duration_since(now)));
        // The last kill too falls on learners at work: they stop at the deadline.
        *shared.base.write().expect("base lock") = None;
        kill(server)?;
        kills += 1;
        shared.note(&format!(
            "kill {kills} at {:.1} s",
            started.elapsed().as_secs_f64()
        ));
        if Instant::now() >= shared.deadline {
            break;
        }
        server = start_server(&args, &log)?;
        *shared.base.write().expect("base lock") = Some(server.base.clone());
        if kills.is_multiple_of(10) {
            eprintln!(
                "soak: {kills} kills, {} submissions accepted, {:.0} s",
                get(&shared.counts.submissions_accepted),
                started.elapsed().as_secs_f64()
            );
        }
    }
    for client in clients {
        client
            .join()
            .map_err(|_| anyhow::anyhow!("a client panicked"))?;
    }
    let elapsed = started.elapsed();
    let restarted = restart_and_stop(&args, &log);

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let findings = runtime.block_on(check(&args, &catalog, &shared))?;
    let counts = &shared.counts;
    let in_doubt = shared.in_doubt.lock().expect("lock").len();
    let integrity_ok = findings.integrity.is_ok();
    println!("== {} ==", args.label);
    println!("{}", findings.integrity);
    println!(
        "kills {kills}; sign-ins sent {}, accepted {}, slowed down (429) {}, sessions lost {}",
        get(&counts.sign_ins_sent),
        get(&counts.sign_ins_accepted),
        get(&counts.sign_ins_throttled),
        findings.sessions_lost
    );
    println!(
        "submissions sent {}, accepted {}, lost {}; sent again after no answer {}; \
         answered but not recorded (signed out) {}; in doubt at the end {in_doubt} ({} recorded); \
         lessons marked done {} of {}; unexpected answers {}",
        get(&counts.submissions_sent),
        get(&counts.submissions_accepted),
        findings.lost.len(),
        get(&counts.resent),
        get(&counts.submissions_unsaved),
        findings.in_doubt_recorded,
        get(&counts.done_accepted),
        get(&counts.done_sent),
        get(&counts.unexpected),
    );
    for (token, n) in findings.lost.iter().take(10) {
        println!("  LOST: accepted attempt {token} is recorded {n} times");
    }
    if let Err(error) = &restarted {
        println!("  PROBLEM: {error:#}");
    }
    let row = format!(
        "| {} | {:.1} | {kills} | {} of {} ({} slowed down) | {} | {} | {} | {} | {} ({} recorded) | {} |",
        args.label,
        elapsed.as_secs_f64() / 60.0,
        get(&counts.sign_ins_accepted),
        get(&counts.sign_ins_sent),
        get(&counts.sign_ins_throttled),
        findings.sessions_lost,
        get(&counts.submissions_sent),
        get(&counts.submissions_accepted),
        findings.lost.len(),
        in_doubt,
        findings.in_doubt_recorded,
        if integrity_ok { "ok" } else { "PROBLEM" },
    );
    if let Some(path) = &args.summary {
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)?;
        writeln!(file, "{row}")?;
    }
    let held = findings.lost.is_empty()
        && findings.sessions_lost == 0
        && integrity_ok
        && restarted.is_ok()
        && kills > 0
        && get(&counts.submissions_accepted) > 0;
    if !held {
        eprintln!(
            "soak: FAILED on {} (server log: {})",
            args.label,
            log_path.display()
        );
        std::process::exit(1);
    }
    Ok(())
}
