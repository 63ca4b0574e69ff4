//! `tifawt users …`: create an admin, import learners from CSV, export every account.

use crate::accounts::import::{self, ImportError};
use crate::accounts::{self, store, Name, PersonFields};
use crate::config::UsersCommand;
use anyhow::{bail, Context};
use sea_orm::DatabaseConnection;
use std::process::ExitCode;
use tifawt_app::i18n::{Locale, Translator};
use tifawt_app::viewer::Role;

pub async fn run(db: &DatabaseConnection, command: UsersCommand) -> anyhow::Result<ExitCode> {
    match command {
        UsersCommand::CreateAdmin {
            username,
            name,
            password,
        } => create_admin(db, &username, &name, password.as_deref().unwrap_or("")).await,
        UsersCommand::Import { file, centre } => import_file(db, &file, &centre).await,
        UsersCommand::Export => export(db).await,
    }
}

/// Problems are printed in French: the CLI is for staff, and one language keeps it simple.
fn describe(messages: &[tifawt_app::forms::Message]) -> String {
    messages
        .iter()
        .map(|m| format!("  {}", m.text(Translator(Locale::Fr))))
        .collect::<Vec<_>>()
        .join("\n")
}

async fn create_admin(
    db: &DatabaseConnection,
    username: &str,
    name: &str,
    password: &str,
) -> anyhow::Result<ExitCode> {
    let fields_password_empty = password.is_empty();
    let fields = PersonFields {
        ids: ("name", "username", "password"),
        name,
        username,
        password,
    };
    let (name, username, password) = match accounts::validate_person(db, fields).await? {
        Ok(valid) => valid,
        Err(errors) => {
            let messages: Vec<_> = errors.0.into_iter().map(|e| e.message).collect();
            eprintln!("cannot create the admin:\n{}", describe(&messages));
            return Ok(ExitCode::FAILURE);
        }
    };
    let new = store::NewUser {
        username,
        display_name: name,
        role: Role::Admin,
        centre_id: None,
        cohort_id: None,
    };
    let generated = fields_password_empty;
    let card = accounts::create_person(db, &new, &password).await?;
    println!("created admin {}", card.username);
    if generated {
        println!("password: {}", card.password);
    }
    Ok(ExitCode::SUCCESS)
}

async fn import_file(
    db: &DatabaseConnection,
    file: &std::path::Path,
    centre_name: &str,
) -> anyhow::Result<ExitCode> {
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let Ok(name) = Name::parse(centre_name) else {
        bail!("the centre name must be 1 to 100 characters");
    };
    let centre = match store::find_centre_by_name(db, name.as_str()).await? {
        Some(centre) => centre,
        None => store::create_centre(db, &name, Locale::Ar)
            .await?
            .context("the centre was created by someone else meanwhile; run again")?,
    };
    match import::import(db, centre.id, &bytes).await {
        Ok(cards) => {
            let mut out = csv::Writer::from_writer(std::io::stdout());
            out.write_record(["name", "username", "password", "centre"])?;
            for card in &cards {
                out.write_record([
                    &card.display_name,
                    &card.username,
                    &card.password,
                    &centre.name,
                ])?;
            }
            out.flush()?;
            eprintln!("imported {} learners into {}", cards.len(), centre.name);
            Ok(ExitCode::SUCCESS)
        }
        Err(ImportError::Invalid(problems)) => {
            eprintln!(
                "{}: nothing imported:\n{}",
                file.display(),
                describe(&problems)
            );
            Ok(ExitCode::FAILURE)
        }
        Err(ImportError::Database(error)) => Err(error),
    }
}

/// CSV with a byte order mark, so spreadsheet programs read Arabic and Tifinagh names.
async fn export(db: &DatabaseConnection) -> anyhow::Result<ExitCode> {
    use std::io::Write;
    let mut stdout = std::io::stdout();
    stdout.write_all("\u{feff}".as_bytes())?;
    let mut out = csv::Writer::from_writer(stdout);
    out.write_record([
        "username",
        "name",
        "role",
        "centre",
        "cohort",
        "created_at",
        "last_sign_in_at",
    ])?;
    for (user, centre, cohort) in store::all_users(db).await? {
        out.write_record([
            user.username,
            user.display_name,
            user.role,
            centre.unwrap_or_default(),
            cohort.unwrap_or_default(),
            user.created_at.to_rfc3339(),
            user.last_sign_in_at
                .map(|t| t.to_rfc3339())
                .unwrap_or_default(),
        ])?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
