//! People: validated names and passwords, storage of centres, cohorts and users, and the CSV
//! import. Author and form input is parsed once into the types here, then trusted.

pub mod demo;
pub mod import;
pub mod learner_data;
pub mod password;
pub mod store;

use crate::audit::{self, Action, Actor, Entry};
use tifawt_app::accounts::SignInCard;
use tifawt_app::forms::{FormErrors, Message};
use tifawt_app::viewer::Role;

/// Shortest password a person may choose.
pub const MIN_PASSWORD_CHARS: usize = 8;
/// Longest display, centre or cohort name.
pub const MAX_NAME_CHARS: usize = 100;

/// A sign-in name: 3–32 letters (any script), digits, `.`, `-` or `_`, stored lower-cased
/// so `Fatima.A` and `fatima.a` are the same person.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Username(String);

impl Username {
    pub fn parse(raw: &str) -> Option<Username> {
        let name = raw.trim().to_lowercase();
        let length = name.chars().count();
        let allowed = |c: char| c.is_alphanumeric() || matches!(c, '.' | '-' | '_');
        ((3..=32).contains(&length) && name.chars().all(allowed)).then_some(Username(name))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A person's, centre's or cohort's name: trimmed, not empty, at most [`MAX_NAME_CHARS`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameError {
    Missing,
    TooLong,
}

impl Name {
    pub fn parse(raw: &str) -> Result<Name, NameError> {
        // Inner runs of spaces are one space: names are typed and pasted in many ways.
        let name = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            Err(NameError::Missing)
        } else if name.chars().count() > MAX_NAME_CHARS {
            Err(NameError::TooLong)
        } else {
            Ok(Name(name))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A password to set: chosen (at least [`MIN_PASSWORD_CHARS`]) or generated when left
/// empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewPassword(String);

impl NewPassword {
    /// `None` when too short; an empty entry means "generate one".
    pub fn parse_or_generate(raw: &str) -> Option<NewPassword> {
        if raw.is_empty() {
            Some(NewPassword::generate())
        } else if raw.chars().count() >= MIN_PASSWORD_CHARS {
            Some(NewPassword(raw.to_string()))
        } else {
            None
        }
    }

    /// Twelve random digits in three groups, e.g. `4821-7390-2215` (about 40 bits; sign-in is
    /// rate limited). Digits are the same on Arabic, French and Tifinagh keyboards.
    pub fn generate() -> NewPassword {
        use rand::Rng;
        let mut rng = rand::rng();
        let groups: Vec<String> = (0..3)
            .map(|_| format!("{:04}", rng.random_range(0..10_000)))
            .collect();
        NewPassword(groups.join("-"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The message for a name mistake in a form field.
pub fn name_error_message(error: NameError, missing_key: &'static str) -> Message {
    match error {
        NameError::Missing => Message::new(missing_key),
        NameError::TooLong => Message::new("error-name-too-long").with("max", MAX_NAME_CHARS),
    }
}

/// The fields of a "new person" form, as typed.
pub struct PersonFields<'a> {
    /// The form's field ids, for linking errors: (name, username, password).
    pub ids: (&'static str, &'static str, &'static str),
    pub name: &'a str,
    pub username: &'a str,
    pub password: &'a str,
}

/// Checks a new person's name, username (also that nobody has it) and password, reporting
/// every mistake at once.
pub async fn validate_person<C: sea_orm::ConnectionTrait>(
    db: &C,
    fields: PersonFields<'_>,
) -> Result<Result<(Name, Username, NewPassword), FormErrors>, sea_orm::DbErr> {
    let (name_id, username_id, password_id) = fields.ids;
    let mut errors = FormErrors::default();
    let name = Name::parse(fields.name)
        .map_err(|e| errors.add(name_id, name_error_message(e, "error-name-missing")))
        .ok();
    let username = match Username::parse(fields.username) {
        Some(username) if store::username_taken(db, &username).await? => {
            errors.add(username_id, username_taken(&username));
            None
        }
        Some(username) => Some(username),
        None => {
            errors.add(username_id, Message::new("error-username-invalid"));
            None
        }
    };
    let password = NewPassword::parse_or_generate(fields.password);
    if password.is_none() {
        errors.add(
            password_id,
            Message::new("error-password-too-short").with("min", MIN_PASSWORD_CHARS),
        );
    }
    Ok(match (name, username, password) {
        (Some(n), Some(u), Some(p)) if errors.is_empty() => Ok((n, u, p)),
        _ => Err(errors),
    })
}

/// The form error for a username someone has.
pub fn username_taken(username: &Username) -> Message {
    Message::new("error-username-taken").with("username", username.as_str())
}

/// Why a person was not created.
#[derive(Debug, thiserror::Error)]
pub enum PersonError {
    /// Someone got the username between [`validate_person`] and the creation.
    #[error("the username is taken")]
    UsernameTaken,
    #[error(transparent)]
    Failed(#[from] anyhow::Error),
}

impl From<sea_orm::DbErr> for PersonError {
    fn from(error: sea_orm::DbErr) -> Self {
        PersonError::Failed(error.into())
    }
}

/// Creates a person, recorded in the audit log in the same transaction, and returns their
/// sign-in card.
pub async fn create_person<D: sea_orm::TransactionTrait>(
    db: &D,
    new: &store::NewUser,
    password: &NewPassword,
    actor: &Actor,
) -> Result<SignInCard, PersonError> {
    let hash = password::hash(password.as_str()).await?;
    let txn = db.begin().await?;
    let user = match store::create_user(&txn, new, hash).await {
        Ok(user) => user,
        Err(store::CreateError::NameTaken) => return Err(PersonError::UsernameTaken),
        Err(store::CreateError::Db(error)) => return Err(error.into()),
    };
    let action = match new.role {
        Role::Learner => Action::LearnerCreated,
        Role::Facilitator => Action::FacilitatorCreated,
        Role::Admin => Action::AdminCreated,
    };
    let entry = Entry {
        action,
        centre_id: new.centre_id,
        subject: Some(&user.username),
        details: serde_json::json!({}),
    };
    audit::record(&txn, actor, entry).await?;
    txn.commit().await?;
    Ok(SignInCard {
        display_name: user.display_name,
        username: user.username,
        password: password.as_str().to_string(),
    })
}

/// Gives a person a new generated password and ends their sessions, recorded in the audit
/// log in the same transaction; returns their sign-in card.
pub async fn reset_password<D: sea_orm::TransactionTrait>(
    db: &D,
    user: &crate::db::entities::user::Model,
    actor: &Actor,
) -> anyhow::Result<SignInCard> {
    let password = NewPassword::generate();
    let hash = password::hash(password.as_str()).await?;
    let txn = db.begin().await?;
    store::set_password(&txn, user.id, hash).await?;
    let entry = Entry {
        action: Action::PasswordReset,
        centre_id: user.centre_id,
        subject: Some(&user.username),
        details: serde_json::json!({}),
    };
    audit::record(&txn, actor, entry).await?;
    txn.commit().await?;
    Ok(SignInCard {
        display_name: user.display_name.clone(),
        username: user.username.clone(),
        password: password.as_str().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_are_lower_cased_and_limited() {
        assert_eq!(Username::parse(" Fatima.A ").unwrap().as_str(), "fatima.a");
        assert_eq!(Username::parse("يوسف_2").unwrap().as_str(), "يوسف_2");
        assert_eq!(Username::parse("ⵜⴰⵍⵍⵉ").unwrap().as_str(), "ⵜⴰⵍⵍⵉ");
        assert_eq!(Username::parse("ab"), None);
        assert_eq!(Username::parse("with space"), None);
        assert_eq!(Username::parse("a@b.c"), None);
        assert_eq!(Username::parse(&"x".repeat(33)), None);
    }

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(
            Name::parse("  Fatima   Ait  Ali ").unwrap().as_str(),
            "Fatima Ait Ali"
        );
        assert_eq!(Name::parse("   "), Err(NameError::Missing));
        assert_eq!(Name::parse(&"ⵣ".repeat(101)), Err(NameError::TooLong));
    }

    #[test]
    fn passwords_are_chosen_or_generated() {
        assert_eq!(NewPassword::parse_or_generate("short"), None);
        assert_eq!(
            NewPassword::parse_or_generate("long enough")
                .unwrap()
                .as_str(),
            "long enough"
        );
        let generated = NewPassword::parse_or_generate("").unwrap();
        assert_eq!(generated.as_str().len(), 14);
        assert!(generated
            .as_str()
            .chars()
            .all(|c| c.is_ascii_digit() || c == '-'));
        assert_ne!(NewPassword::generate(), NewPassword::generate());
    }
}
