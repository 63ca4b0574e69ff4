//! `tifawt users …`: create an admin, import learners from CSV, export every account.

use crate::accounts::import::{self, ImportError};
use crate::accounts::{self, store, Name, PersonError, PersonFields};
use crate::audit::Actor;
use crate::config::UsersCommand;
use crate::spreadsheet;
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
        UsersCommand::RemoveDemo => {
            let removed = accounts::demo::remove(db).await?;
            eprintln!("removed {removed} demo accounts");
            Ok(ExitCode::SUCCESS)
        }
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
    let card = match accounts::create_person(db, &new, &password, &Actor::command_line()).await {
        Ok(card) => card,
        Err(PersonError::UsernameTaken) => {
            let taken = [accounts::username_taken(&new.username)];
            eprintln!("cannot create the admin:\n{}", describe(&taken));
            return Ok(ExitCode::FAILURE);
        }
        Err(PersonError::Failed(error)) => return Err(error),
    };
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
        None => match store::create_centre(db, &name, Locale::Ar).await {
            Ok(centre) => centre,
            // Created by someone else meanwhile: the learners go there.
            Err(store::CreateError::NameTaken) => store::find_centre_by_name(db, name.as_str())
                .await?
                .context("the centre was created and removed meanwhile; run again")?,
            Err(store::CreateError::Db(error)) => return Err(error.into()),
        },
    };
    match import::import(db, centre.id, &bytes, &Actor::command_line()).await {
        Ok(cards) => {
            let rows: Vec<Vec<&str>> = cards
                .iter()
                .map(|card| {
                    vec![
                        card.display_name.as_str(),
                        &card.username,
                        &card.password,
                        &centre.name,
                    ]
                })
                .collect();
            let headers = ["name", "username", "password", "centre"];
            print!("{}", spreadsheet::table(&headers, &rows));
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

/// Every account as CSV for spreadsheet programs (no password hashes).
async fn export(db: &DatabaseConnection) -> anyhow::Result<ExitCode> {
    let headers = [
        "username",
        "name",
        "role",
        "centre",
        "cohort",
        "created_at",
        "last_sign_in_at",
    ];
    let rows: Vec<Vec<String>> = store::all_users(db)
        .await?
        .into_iter()
        .map(|(user, centre, cohort)| {
            vec![
                user.username,
                user.display_name,
                user.role.as_str().to_string(),
                centre.unwrap_or_default(),
                cohort.unwrap_or_default(),
                user.created_at.to_rfc3339(),
                user.last_sign_in_at
                    .map(|t| t.to_rfc3339())
                    .unwrap_or_default(),
            ]
        })
        .collect();
    print!("{}", spreadsheet::table(&headers, &rows));
    Ok(ExitCode::SUCCESS)
}
