//! Storing CVs: one row per CV, its content one JSON document. Only the owner's id opens a
//! CV for changing; a facilitator reads one only when it is shared (checked by the caller
//! with [`find_shared`]).

use crate::db::entities::{cv, user};
use crate::db::transaction::Orm;
use crate::reports::daily::{self, Activity};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set, TransactionTrait,
};
use serde::{Deserialize, Serialize};
use tifawt_app::cv::{Cv, CvHeader, CvLanguage, Step, Template, CV_FORMAT};

/// At most this many CVs per learner: a few per language is plenty, and it bounds what one
/// account can store.
pub const MAX_CVS: usize = 12;

/// The stored document: the content with its format version.
#[derive(Serialize, Deserialize)]
struct Stored {
    format: u32,
    #[serde(flatten)]
    cv: Cv,
}

pub fn encode(cv: &Cv) -> String {
    serde_json::to_string(&Stored {
        format: CV_FORMAT,
        cv: cv.clone(),
    })
    .unwrap_or_else(|_| "{}".to_string())
}

/// The content of a stored row. A document that does not read (edited by hand in the
/// database) is a database error, never a panic, and never silently emptied.
pub fn decode(row: &cv::Model) -> Result<Cv, DbErr> {
    serde_json::from_str::<Stored>(&row.content)
        .map(|stored| stored.cv)
        .map_err(|e| DbErr::Custom(format!("CV {} does not read: {e}", row.id)))
}

pub fn header(row: &cv::Model) -> CvHeader {
    CvHeader {
        id: row.id,
        title: row.title.clone(),
        language: row.language,
        template: row.template,
        shared: row.shared,
        step: row.step.as_deref().and_then(Step::from_slug),
        complete: row.complete,
        updated: crate::reports::day(row.updated_at),
    }
}

/// A learner's CVs, last changed first.
pub async fn list<C: ConnectionTrait>(db: &C, user_id: i32) -> Result<Vec<CvHeader>, DbErr> {
    Ok(cv::Entity::find()
        .filter(cv::Column::UserId.eq(user_id))
        .order_by_desc(cv::Column::UpdatedAt)
        .order_by_desc(cv::Column::Id)
        .all(db)
        .await?
        .iter()
        .map(header)
        .collect())
}

/// How many CVs a learner has, and how many complete: for the learner's page in the reports.
pub async fn counts<C: ConnectionTrait>(db: &C, user_id: i32) -> Result<(usize, usize), DbErr> {
    let rows = cv::Entity::find()
        .filter(cv::Column::UserId.eq(user_id))
        .all(db)
        .await?;
    Ok((rows.len(), rows.iter().filter(|r| r.complete).count()))
}

/// The row of CV `id` if it is this learner's.
async fn own_row<C: ConnectionTrait>(
    db: &C,
    user_id: i32,
    id: i32,
) -> Result<Option<cv::Model>, DbErr> {
    cv::Entity::find_by_id(id)
        .filter(cv::Column::UserId.eq(user_id))
        .one(db)
        .await
}

/// A CV of this learner, or `None` (another's, or no such CV: the same to the caller).
pub async fn find_own<C: ConnectionTrait>(
    db: &C,
    user_id: i32,
    id: i32,
) -> Result<Option<(CvHeader, Cv)>, DbErr> {
    let Some(row) = own_row(db, user_id, id).await? else {
        return Ok(None);
    };
    Ok(Some((header(&row), decode(&row)?)))
}

/// A CV of this learner that they share with their centre, or `None`.
pub async fn find_shared<C: ConnectionTrait>(
    db: &C,
    learner_id: i32,
    id: i32,
) -> Result<Option<(CvHeader, Cv)>, DbErr> {
    Ok(find_own(db, learner_id, id)
        .await?
        .filter(|(header, _)| header.shared))
}

/// A new CV's settings.
#[derive(Clone, Debug)]
pub struct NewCv {
    pub title: String,
    pub language: CvLanguage,
    pub template: Template,
}

#[derive(Debug)]
pub enum CreateError {
    TooMany,
    Db(DbErr),
}

impl From<DbErr> for CreateError {
    fn from(e: DbErr) -> Self {
        CreateError::Db(e)
    }
}

/// Makes a CV (empty, or imported) and counts it as started, and as completed when it
/// already is.
pub async fn create<D: TransactionTrait>(
    db: &D,
    user_id: i32,
    new: NewCv,
    content: Cv,
    now: DateTime<Utc>,
) -> Result<i32, CreateError> {
    let txn = db.begin().await?;
    let existing = cv::Entity::find()
        .filter(cv::Column::UserId.eq(user_id))
        .all(&txn)
        .await?
        .len();
    if existing >= MAX_CVS {
        return Err(CreateError::TooMany);
    }
    let complete = content.is_complete();
    let row = cv::ActiveModel {
        user_id: Set(user_id),
        title: Set(new.title),
        language: Set(new.language),
        template: Set(new.template),
        content: Set(encode(&content)),
        shared: Set(false),
        step: Set(None),
        complete: Set(complete),
        created_at: Set(now),
        updated_at: Set(now),
        completed_at: Set(complete.then_some(now)),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let activity = Activity {
        cvs_started: 1,
        cvs_completed: i64::from(complete),
        ..Activity::default()
    };
    daily::add(&Orm(&txn), user_id, now, activity).await?;
    txn.commit().await?;
    Ok(row.id)
}

/// What a save changes besides the content.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    pub title: Option<String>,
    pub template: Option<Template>,
    pub shared: Option<bool>,
}

/// Changes a learner's CV with `change`, records `step` as where they are, and counts the
/// CV as completed the first time it is. `None`: no such CV of theirs.
pub async fn save<D: TransactionTrait>(
    db: &D,
    user_id: i32,
    id: i32,
    step: Option<Step>,
    now: DateTime<Utc>,
    change: impl FnOnce(&mut Cv, &mut Settings),
) -> Result<Option<Cv>, DbErr> {
    let txn = db.begin().await?;
    let Some(row) = own_row(&txn, user_id, id).await? else {
        return Ok(None);
    };
    let mut content = decode(&row)?;
    let mut settings = Settings::default();
    change(&mut content, &mut settings);
    let complete = content.is_complete();
    let first_completion = complete && row.completed_at.is_none();
    let mut active: cv::ActiveModel = row.into();
    active.content = Set(encode(&content));
    active.complete = Set(complete);
    active.updated_at = Set(now);
    if let Some(step) = step {
        active.step = Set(Some(step.slug().to_string()));
    }
    if let Some(title) = settings.title {
        active.title = Set(title);
    }
    if let Some(template) = settings.template {
        active.template = Set(template);
    }
    if let Some(shared) = settings.shared {
        active.shared = Set(shared);
    }
    if first_completion {
        active.completed_at = Set(Some(now));
    }
    active.update(&txn).await?;
    if first_completion {
        let activity = Activity {
            cvs_completed: 1,
            ..Activity::default()
        };
        daily::add(&Orm(&txn), user_id, now, activity).await?;
    }
    txn.commit().await?;
    Ok(Some(content))
}

/// Deletes a learner's CV. Its counts stay in the impact summary, with no link to anyone
/// (as an erased learner's do): a CV made is an outcome even once its owner deletes it.
pub async fn delete<D: TransactionTrait>(db: &D, user_id: i32, id: i32) -> Result<bool, DbErr> {
    let txn = db.begin().await?;
    let Some(row) = own_row(&txn, user_id, id).await? else {
        return Ok(false);
    };
    if let Some(person) = user::Entity::find_by_id(user_id).one(&txn).await? {
        if let (Some(centre), tifawt_app::viewer::Role::Learner) = (person.centre_id, person.role) {
            let mut kept = daily::ByDay::new();
            let cohort = person.cohort_id.unwrap_or(0);
            kept.entry((centre, cohort, crate::reports::day(row.created_at)))
                .or_default()
                .cvs_started += 1;
            if let Some(done) = row.completed_at {
                kept.entry((centre, cohort, crate::reports::day(done)))
                    .or_default()
                    .cvs_completed += 1;
            }
            daily::keep_erased(&txn, &kept).await?;
        }
    }
    cv::Entity::delete_by_id(id).exec(&txn).await?;
    txn.commit().await?;
    Ok(true)
}

/// Every CV of a learner with its content, for their data export.
pub async fn all_of<C: ConnectionTrait>(
    db: &C,
    user_id: i32,
) -> Result<Vec<(CvHeader, Cv)>, DbErr> {
    let rows = cv::Entity::find()
        .filter(cv::Column::UserId.eq(user_id))
        .order_by_asc(cv::Column::Id)
        .all(db)
        .await?;
    rows.iter()
        .map(|row| Ok((header(row), decode(row)?)))
        .collect()
}

/// Removes a learner's CVs (their erasure; the caller keeps the counts).
pub async fn delete_all_of<C: ConnectionTrait>(db: &C, user_id: i32) -> Result<u64, DbErr> {
    Ok(cv::Entity::delete_many()
        .filter(cv::Column::UserId.eq(user_id))
        .exec(db)
        .await?
        .rows_affected)
}
