//! Reading and writing centres, cohorts and users. Every function takes any connection, so
//! callers can group writes in one transaction.

use super::{Name, Username};
use crate::db::entities::{centre, cohort, session, user};
use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set, SqlErr,
};
use std::collections::HashMap;
use tifawt_app::i18n::Locale;
use tifawt_app::preferences::{Motion, Preferences, TextSize, Theme};
use tifawt_app::viewer::{Role, Viewer};

/// Why a centre, cohort or user was not created.
#[derive(Debug, thiserror::Error)]
pub enum CreateError {
    /// The name (a centre's, a cohort's in its centre, a username) is someone else's: the
    /// database's unique index refused it, so two requests at once cannot both have it.
    #[error("the name is taken")]
    NameTaken,
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// An insert's outcome, a unique index's refusal told apart from other failures.
fn created<M>(inserted: Result<M, DbErr>) -> Result<M, CreateError> {
    inserted.map_err(|error| match error.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => CreateError::NameTaken,
        _ => CreateError::Db(error),
    })
}

/// A user to create, already validated. The password is hashed by the caller.
#[derive(Clone, Debug)]
pub struct NewUser {
    pub username: Username,
    pub display_name: Name,
    pub role: Role,
    pub centre_id: Option<i32>,
    pub cohort_id: Option<i32>,
}

pub async fn find_by_username<C: ConnectionTrait>(
    db: &C,
    username: &str,
) -> Result<Option<user::Model>, DbErr> {
    user::Entity::find()
        .filter(user::Column::Username.eq(username.trim().to_lowercase()))
        .one(db)
        .await
}

/// Whether someone has the username now: a form's early check, so it is reported with the
/// form's other mistakes. [`create_user`] is the authority.
pub async fn username_taken<C: ConnectionTrait>(
    db: &C,
    username: &Username,
) -> Result<bool, DbErr> {
    Ok(find_by_username(db, username.as_str()).await?.is_some())
}

/// `NameTaken` when someone has the username, even if they got it after [`username_taken`]
/// said it was free.
pub async fn create_user<C: ConnectionTrait>(
    db: &C,
    new: &NewUser,
    password_hash: String,
) -> Result<user::Model, CreateError> {
    let inserted = user::ActiveModel {
        username: Set(new.username.as_str().to_string()),
        display_name: Set(new.display_name.as_str().to_string()),
        password_hash: Set(password_hash),
        role: Set(new.role),
        centre_id: Set(new.centre_id),
        cohort_id: Set(new.cohort_id),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await;
    created(inserted)
}

/// Sets a new password and ends every session of that person (a reset must lock out
/// whoever was using the old one).
pub async fn set_password<C: ConnectionTrait>(
    db: &C,
    user_id: i32,
    password_hash: String,
) -> Result<(), DbErr> {
    user::Entity::update_many()
        .col_expr(user::Column::PasswordHash, Expr::value(password_hash))
        .filter(user::Column::Id.eq(user_id))
        .exec(db)
        .await?;
    session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn record_sign_in<C: ConnectionTrait>(db: &C, user_id: i32) -> Result<(), DbErr> {
    user::Entity::update_many()
        .col_expr(user::Column::LastSignInAt, Expr::value(Utc::now()))
        .filter(user::Column::Id.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

pub async fn save_preferences<C: ConnectionTrait>(
    db: &C,
    user_id: i32,
    locale: Option<Locale>,
    preferences: Preferences,
) -> Result<(), DbErr> {
    let mut update = user::Entity::update_many()
        .col_expr(
            user::Column::TextSize,
            Expr::value(preferences.text_size.as_str()),
        )
        .col_expr(user::Column::Theme, Expr::value(preferences.theme.as_str()))
        .col_expr(
            user::Column::Motion,
            Expr::value(preferences.motion.as_str()),
        );
    if let Some(locale) = locale {
        update = update.col_expr(user::Column::Locale, Expr::value(locale.tag()));
    }
    update.filter(user::Column::Id.eq(user_id)).exec(db).await?;
    Ok(())
}

pub async fn save_locale<C: ConnectionTrait>(
    db: &C,
    user_id: i32,
    locale: Locale,
) -> Result<(), DbErr> {
    user::Entity::update_many()
        .col_expr(user::Column::Locale, Expr::value(locale.tag()))
        .filter(user::Column::Id.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

/// The person as pages see them.
pub fn viewer_of(user: &user::Model) -> Viewer {
    Viewer {
        user_id: user.id,
        username: user.username.clone(),
        display_name: user.display_name.clone(),
        role: user.role,
        centre_id: user.centre_id,
        locale: user.locale.as_deref().and_then(Locale::from_tag),
        preferences: Preferences {
            text_size: user
                .text_size
                .as_deref()
                .and_then(TextSize::parse)
                .unwrap_or_default(),
            theme: user
                .theme
                .as_deref()
                .and_then(Theme::parse)
                .unwrap_or_default(),
            motion: user
                .motion
                .as_deref()
                .and_then(Motion::parse)
                .unwrap_or_default(),
        },
    }
}

pub async fn find_centre<C: ConnectionTrait>(
    db: &C,
    id: i32,
) -> Result<Option<centre::Model>, DbErr> {
    centre::Entity::find_by_id(id).one(db).await
}

pub async fn find_centre_by_name<C: ConnectionTrait>(
    db: &C,
    name: &str,
) -> Result<Option<centre::Model>, DbErr> {
    centre::Entity::find()
        .filter(centre::Column::Name.eq(name))
        .one(db)
        .await
}

pub async fn centres<C: ConnectionTrait>(db: &C) -> Result<Vec<centre::Model>, DbErr> {
    centre::Entity::find()
        .order_by_asc(centre::Column::Name)
        .all(db)
        .await
}

/// `NameTaken` when another centre has the name (names are compared exactly).
pub async fn create_centre<C: ConnectionTrait>(
    db: &C,
    name: &Name,
    default_locale: Locale,
) -> Result<centre::Model, CreateError> {
    let inserted = centre::ActiveModel {
        name: Set(name.as_str().to_string()),
        default_locale: Set(default_locale.tag().to_string()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await;
    created(inserted)
}

pub async fn cohorts_of<C: ConnectionTrait>(
    db: &C,
    centre_id: i32,
) -> Result<Vec<cohort::Model>, DbErr> {
    cohort::Entity::find()
        .filter(cohort::Column::CentreId.eq(centre_id))
        .order_by_asc(cohort::Column::Name)
        .all(db)
        .await
}

/// `NameTaken` when the centre already has a cohort of that name.
pub async fn create_cohort<C: ConnectionTrait>(
    db: &C,
    centre_id: i32,
    name: &Name,
) -> Result<cohort::Model, CreateError> {
    let inserted = cohort::ActiveModel {
        centre_id: Set(centre_id),
        name: Set(name.as_str().to_string()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await;
    created(inserted)
}

/// The people of a centre with one role, by name.
pub async fn users_of<C: ConnectionTrait>(
    db: &C,
    centre_id: i32,
    role: Role,
) -> Result<Vec<user::Model>, DbErr> {
    user::Entity::find()
        .filter(user::Column::CentreId.eq(centre_id))
        .filter(user::Column::Role.eq(role))
        .order_by_asc(user::Column::DisplayName)
        .order_by_asc(user::Column::Id)
        .all(db)
        .await
}

/// How many people of `role` each centre (or cohort, with `by_cohort`) has, in one query.
pub async fn count_users_by<C: ConnectionTrait>(
    db: &C,
    role: Role,
    by_cohort: bool,
) -> Result<HashMap<i32, u64>, DbErr> {
    let column = if by_cohort {
        user::Column::CohortId
    } else {
        user::Column::CentreId
    };
    let rows: Vec<(Option<i32>, i64)> = user::Entity::find()
        .select_only()
        .column(column)
        .column_as(user::Column::Id.count(), "count")
        .filter(user::Column::Role.eq(role))
        .group_by(column)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, n)| Some((id?, n as u64)))
        .collect())
}

/// How many cohorts each centre has.
pub async fn count_cohorts<C: ConnectionTrait>(db: &C) -> Result<HashMap<i32, u64>, DbErr> {
    let rows: Vec<(i32, i64)> = cohort::Entity::find()
        .select_only()
        .column(cohort::Column::CentreId)
        .column_as(cohort::Column::Id.count(), "count")
        .group_by(cohort::Column::CentreId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|(id, n)| (id, n as u64)).collect())
}

pub async fn find_user<C: ConnectionTrait>(db: &C, id: i32) -> Result<Option<user::Model>, DbErr> {
    user::Entity::find_by_id(id).one(db).await
}

pub async fn count_users<C: ConnectionTrait>(db: &C) -> Result<u64, DbErr> {
    user::Entity::find().count(db).await
}

/// Every user, with their centre and cohort names, for `tifawt users export`.
pub async fn all_users<C: ConnectionTrait>(
    db: &C,
) -> Result<Vec<(user::Model, Option<String>, Option<String>)>, DbErr> {
    let centres: HashMap<i32, String> = centre::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect();
    let cohorts: HashMap<i32, String> = cohort::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect();
    let users = user::Entity::find()
        .order_by_asc(user::Column::Id)
        .all(db)
        .await?;
    Ok(users
        .into_iter()
        .map(|u| {
            let centre = u.centre_id.and_then(|id| centres.get(&id).cloned());
            let cohort = u.cohort_id.and_then(|id| cohorts.get(&id).cloned());
            (u, centre, cohort)
        })
        .collect())
}
