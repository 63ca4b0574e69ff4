//! Command line and environment configuration. Every option of `serve` can be given as a
//! flag or as the environment variable named beside it.

use clap::{Parser, Subcommand, ValueEnum};
use std::net::SocketAddr;
use std::path::PathBuf;
use tifawt_app::i18n::Locale;

#[derive(Debug, Parser)]
#[command(
    name = "tifawt",
    version,
    about = "Tifawt: accessible self-paced learning"
)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Options of `serve`, which runs when no command is given.
    #[command(flatten)]
    pub serve: ServeArgs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve Tifawt over HTTP (the default).
    Serve(ServeArgs),
    /// Check the courses in DIR and report every problem with its file and line.
    Check {
        #[arg(default_value = "courses")]
        dir: PathBuf,
        /// `text` for people, `json` for editors and scripts.
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
    },
    /// Manage accounts from the command line.
    Users {
        #[command(subcommand)]
        command: UsersCommand,
        #[arg(long, env = "DATABASE_URL", hide_env_values = true, default_value = DEFAULT_DATABASE_URL, global = true)]
        database_url: String,
    },
    /// Reports from the command line.
    Report {
        #[command(subcommand)]
        command: ReportCommand,
        #[arg(long, env = "DATABASE_URL", hide_env_values = true, default_value = DEFAULT_DATABASE_URL, global = true)]
        database_url: String,
        /// The courses (to know which courses are complete).
        #[arg(
            long,
            env = "TIFAWT_COURSES_DIR",
            hide_env_values = true,
            default_value = "courses",
            global = true
        )]
        courses_dir: PathBuf,
    },
    /// Apply pending database migrations, then exit.
    Migrate {
        #[arg(long, env = "DATABASE_URL", hide_env_values = true, default_value = DEFAULT_DATABASE_URL)]
        database_url: String,
    },
    /// Copy the SQLite database to FILE, consistently, while the server keeps running.
    /// (PostgreSQL: use `pg_dump --format=custom`.)
    Backup {
        /// The backup's file name; it must not exist yet (see --force).
        file: PathBuf,
        #[arg(long, env = "DATABASE_URL", hide_env_values = true, default_value = DEFAULT_DATABASE_URL)]
        database_url: String,
        /// Replace FILE if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Replace the SQLite database with the backup FILE. The server must be stopped; the
    /// replaced database is kept as `<database>.before-restore-<time>`. (PostgreSQL: use
    /// `pg_restore`.)
    Restore {
        /// A file made by `tifawt backup`.
        file: PathBuf,
        #[arg(long, env = "DATABASE_URL", hide_env_values = true, default_value = DEFAULT_DATABASE_URL)]
        database_url: String,
        /// The courses, to recount the daily activity when checking the restored data.
        #[arg(
            long,
            env = "TIFAWT_COURSES_DIR",
            hide_env_values = true,
            default_value = "courses"
        )]
        courses_dir: PathBuf,
    },
    /// Time the CV's PDF: renders a typical CV RUNS times, prints one line of JSON
    /// (scripts/bench.sh).
    #[command(hide = true)]
    BenchPdf {
        #[arg(long, default_value_t = 50)]
        runs: usize,
    },
}

#[derive(Debug, Subcommand)]
pub enum UsersCommand {
    /// Create an administrator (all centres). The password is read from
    /// TIFAWT_PASSWORD, or generated and printed.
    CreateAdmin {
        #[arg(long)]
        username: String,
        /// Full name, as shown in the header.
        #[arg(long)]
        name: String,
        #[arg(long, env = "TIFAWT_PASSWORD", hide_env_values = true)]
        password: Option<String>,
    },
    /// Import learners into a centre from a CSV file (columns: name, username, and optionally
    /// cohort, password). Nothing is imported unless every line is right. Prints the sign-in
    /// details as CSV.
    Import {
        file: PathBuf,
        /// The centre's name; it is created if it does not exist yet.
        #[arg(long)]
        centre: String,
    },
    /// Print every account as CSV (no passwords).
    Export,
    /// Remove the demo accounts (made by `serve --demo`) with everything they did, and the
    /// demo centre if nobody else belongs to it.
    RemoveDemo,
}

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Generate a programme for measuring reports: centres, cohorts, learners (password
    /// `seeded-learner`) and a year of progress. Never on a real database.
    Seed {
        #[arg(long, default_value_t = 50)]
        centres: u32,
        #[arg(long, default_value_t = 10_000)]
        learners: u32,
        #[arg(long, default_value_t = 12)]
        months: u32,
        /// The random seed: the same seed makes the same programme.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Time every report on this database and print p50/p95 latencies against the budget.
    Bench {
        /// Runs of each report.
        #[arg(long, default_value_t = 30)]
        runs: usize,
    },
    /// Print the impact summary of every centre as CSV (UTF-8 with BOM).
    Export {
        /// First day, YYYY-MM-DD (default: a year before --to).
        #[arg(long, default_value = "")]
        from: String,
        /// Last day, included, YYYY-MM-DD (default: today).
        #[arg(long, default_value = "")]
        to: String,
        /// Which table: by `cohorts`, `centres` or `months`.
        #[arg(long, value_enum, default_value_t = ImpactTable::Centres)]
        table: ImpactTable,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImpactTable {
    Centres,
    Cohorts,
    Months,
}

pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/tifawt.db?mode=rwc";

#[derive(Debug, Clone, clap::Args)]
pub struct ServeArgs {
    /// Address and port to listen on.
    #[arg(
        long,
        env = "TIFAWT_LISTEN",
        hide_env_values = true,
        default_value = "127.0.0.1:3000"
    )]
    pub listen: SocketAddr,
    /// `sqlite://path?mode=rwc` (the default, one server) or `postgres://…` (several servers).
    #[arg(long, env = "DATABASE_URL", hide_env_values = true, default_value = DEFAULT_DATABASE_URL)]
    pub database_url: String,
    /// The folder of courses to serve.
    #[arg(
        long,
        env = "TIFAWT_COURSES_DIR",
        hide_env_values = true,
        default_value = "courses"
    )]
    pub courses_dir: PathBuf,
    /// The built browser assets (stylesheet, fonts, WebAssembly), from scripts/build-site.sh.
    #[arg(
        long,
        env = "TIFAWT_SITE_DIR",
        hide_env_values = true,
        default_value = "target/site"
    )]
    pub site_dir: PathBuf,
    /// The interface language for a first visit whose browser asks for none of ours.
    #[arg(long, env = "TIFAWT_DEFAULT_LOCALE", hide_env_values = true, default_value = "ar", value_parser = parse_locale)]
    pub default_locale: Locale,
    /// Reload a course when its files change (an edit with problems keeps the last good
    /// version online and logs the problems).
    #[arg(long, env = "TIFAWT_WATCH_COURSES", hide_env_values = true, default_value_t = true, action = clap::ArgAction::Set)]
    pub watch_courses: bool,
    /// Log format: human-readable text, or one JSON object per line for log collectors.
    #[arg(long, env = "TIFAWT_LOG_FORMAT", hide_env_values = true, value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
    /// Minutes without a request after which a signed-in person is signed out (shared
    /// computers: the next person must not find the last one's account open).
    #[arg(long, env = "TIFAWT_SESSION_IDLE_MINUTES", hide_env_values = true, default_value_t = 30,
          value_parser = clap::value_parser!(u32).range(1..=1440))]
    pub session_idle_minutes: u32,
    /// Mark cookies `Secure` (only sent over HTTPS). Turn on when served over TLS; requests
    /// arriving with `X-Forwarded-Proto: https` get it anyway.
    #[arg(long, env = "TIFAWT_SECURE_COOKIES", hide_env_values = true, default_value_t = false, action = clap::ArgAction::Set)]
    pub secure_cookies: bool,
    /// Seconds a client may take to send a request's headers before its connection is
    /// closed (slow clients holding connections open).
    #[arg(long, env = "TIFAWT_HEADER_TIMEOUT_SECONDS", hide_env_values = true, default_value_t = 10,
          value_parser = clap::value_parser!(u64).range(1..=600))]
    pub header_timeout_seconds: u64,
    /// Seconds a request may take, body included, before it is answered 408.
    #[arg(long, env = "TIFAWT_REQUEST_TIMEOUT_SECONDS", hide_env_values = true, default_value_t = 60,
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub request_timeout_seconds: u64,
    /// Addresses of the reverse proxies in front of Tifawt, comma-separated: only from
    /// them is `X-Forwarded-For` believed (sign-in throttling counts per client address).
    #[arg(
        long,
        env = "TIFAWT_TRUSTED_PROXIES",
        hide_env_values = true,
        value_delimiter = ','
    )]
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// On an empty database, create a demo centre, facilitator, learner and admin with
    /// public passwords, and print them. Never on a production server.
    #[arg(long, env = "TIFAWT_DEMO", hide_env_values = true)]
    pub demo: bool,
    #[command(flatten)]
    pub ai: AiArgs,
}

/// The local AI assistant (README, "The AI assistant"): without `--ai-url` it is off, and
/// the practice blocks and CV suggestions say so.
#[derive(Debug, Clone, clap::Args)]
pub struct AiArgs {
    /// The base address of an OpenAI-compatible API on the centre's own machine:
    /// llama.cpp's `llama-server` (`http://127.0.0.1:8080/v1`) or Ollama
    /// (`http://127.0.0.1:11434/v1`).
    #[arg(long = "ai-url", env = "TIFAWT_AI_URL", hide_env_values = true)]
    pub url: Option<String>,
    /// The model to ask for (Ollama needs its name; llama-server serves the one it loaded).
    #[arg(
        long = "ai-model",
        env = "TIFAWT_AI_MODEL",
        hide_env_values = true,
        default_value = "local"
    )]
    pub model: String,
    /// Seconds to wait for the first word of an answer before telling the learner the
    /// assistant is not answering.
    #[arg(long = "ai-first-word-seconds", env = "TIFAWT_AI_FIRST_WORD_SECONDS", hide_env_values = true,
          default_value_t = 20, value_parser = clap::value_parser!(u64).range(1..=600))]
    pub first_word_seconds: u64,
    /// Seconds an answer may take in all; a longer one is cut, and says so. Keep it under
    /// the request time-out: without JavaScript the page waits for the whole answer.
    #[arg(long = "ai-answer-seconds", env = "TIFAWT_AI_ANSWER_SECONDS", hide_env_values = true,
          default_value_t = 45, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub answer_seconds: u64,
    /// The longest answer, in tokens (about ¾ of a word each).
    #[arg(long = "ai-max-tokens", env = "TIFAWT_AI_MAX_TOKENS", hide_env_values = true,
          default_value_t = 300, value_parser = clap::value_parser!(u32).range(16..=4096))]
    pub max_tokens: u32,
    /// Answers written at once (a small CPU model writes one or two at a useful speed);
    /// more requests are told the assistant is busy.
    #[arg(long = "ai-at-once", env = "TIFAWT_AI_AT_ONCE", hide_env_values = true,
          default_value_t = 2, value_parser = clap::value_parser!(u32).range(1..=64))]
    pub at_once: u32,
    /// Requests one learner may send in an hour.
    #[arg(long = "ai-requests-per-hour", env = "TIFAWT_AI_REQUESTS_PER_HOUR", hide_env_values = true,
          default_value_t = 30, value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub requests_per_hour: u32,
}

impl AiArgs {
    /// The assistant's settings, or `None` when no address is given.
    pub fn settings(&self) -> Option<crate::assistant::Settings> {
        let url = self
            .url
            .as_deref()
            .map(str::trim)
            .filter(|url| !url.is_empty())?;
        Some(crate::assistant::Settings {
            url: url.to_string(),
            model: self.model.clone(),
            first_word_within: std::time::Duration::from_secs(self.first_word_seconds),
            answer_within: std::time::Duration::from_secs(self.answer_seconds),
            max_tokens: self.max_tokens,
            at_once: self.at_once,
            per_learner_per_hour: self.requests_per_hour,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

fn parse_locale(value: &str) -> Result<Locale, String> {
    Locale::from_tag(value)
        .ok_or_else(|| format!("unknown language `{value}`; use ar, zgh, zgh-Latn or fr"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn no_command_means_serve_with_defaults() {
        let cli = Cli::try_parse_from(["tifawt"]).unwrap();
        assert!(cli.command.is_none());
        assert_eq!(cli.serve.listen.port(), 3000);
        assert_eq!(cli.serve.default_locale, Locale::Ar);
    }

    #[test]
    fn bad_values_are_refused_with_the_reason() {
        let error = Cli::try_parse_from(["tifawt", "--default-locale", "en"]).unwrap_err();
        assert!(
            error.to_string().contains("use ar, zgh, zgh-Latn or fr"),
            "{error}"
        );
        assert!(Cli::try_parse_from(["tifawt", "serve", "--listen", "nowhere"]).is_err());
    }

    /// `--help` shows an option's environment variable, and its value unless hidden: a
    /// database address holds its password. Every option that reads the environment, in
    /// every command (including ones added later), hides it.
    #[test]
    fn no_help_prints_an_environment_value() {
        use clap::CommandFactory;
        fn check(command: &clap::Command, path: &str) {
            for arg in command.get_arguments() {
                if arg.get_env().is_some() {
                    assert!(
                        arg.is_hide_env_values_set(),
                        "{path} --{}: add hide_env_values = true",
                        arg.get_id()
                    );
                }
            }
            for sub in command.get_subcommands() {
                check(sub, &format!("{path} {}", sub.get_name()));
            }
        }
        check(&Cli::command(), "tifawt");
    }

    #[test]
    fn check_defaults_to_the_courses_folder() {
        let cli = Cli::try_parse_from(["tifawt", "check"]).unwrap();
        assert!(
            matches!(cli.command, Some(Command::Check { dir, format: ReportFormat::Text }) if dir == Path::new("courses"))
        );
    }
}
