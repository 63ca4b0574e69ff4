//! A generated programme for measuring reports at scale: centres with cohorts, a facilitator
//! each, learners, and a year of lessons, attempts and answers, written in large batches.
//! Every seeded learner has the same password (hashing 10,000 would take minutes).

use crate::accounts::password;
use crate::db::entities::{centre, cohort, cv, lesson_progress, quiz_answer, quiz_attempt, user};
use chrono::{Duration, Utc};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, TransactionTrait,
};
use tifawt_app::catalog::{Answer, Catalog};
use tifawt_app::viewer::Role;

pub const SEEDED_PASSWORD: &str = "seeded-learner";

pub struct SeedSize {
    pub centres: u32,
    pub learners: u32,
    pub months: u32,
}

#[derive(Debug, Default)]
pub struct Seeded {
    pub centres: u64,
    pub learners: u64,
    pub lessons_opened: u64,
    pub attempts: u64,
    pub answers: u64,
    pub cvs: u64,
    pub cvs_complete: u64,
}

const BATCH: usize = 1000;

async fn insert_batches<C, A>(db: &C, rows: Vec<A>) -> Result<(), DbErr>
where
    C: ConnectionTrait + TransactionTrait,
    A: sea_orm::ActiveModelTrait + Send,
{
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let batch: Vec<A> = rows.by_ref().take(BATCH).collect();
        let txn = db.begin().await?;
        <A::Entity as EntityTrait>::insert_many(batch)
            .exec(&txn)
            .await?;
        txn.commit().await?;
    }
    Ok(())
}

/// CVs for about six learners in ten, in their centre's language or French, two in three of
/// them complete: what the programme reports (200 CVs for 330 trainees).
fn seed_cvs(
    learners: &[user::Model],
    rng: &mut StdRng,
    now: chrono::DateTime<Utc>,
) -> Vec<cv::ActiveModel> {
    use tifawt_app::cv::{
        Cefr, Contact, Cv, CvLanguage, Experience, LanguageSkill, Skill, Template,
    };
    let mut rows = Vec::new();
    for learner in learners {
        if !rng.random_bool(0.6) {
            continue;
        }
        let created = learner.created_at
            + Duration::seconds(
                rng.random_range(0..=(now - learner.created_at).num_seconds().max(1)),
            );
        let language = [
            CvLanguage::Ar,
            CvLanguage::Fr,
            CvLanguage::Zgh,
            CvLanguage::Fr,
        ][rng.random_range(0..4)];
        let mut content = Cv {
            contact: Contact {
                name: learner.display_name.clone(),
                phone: "+212 600 000 000".into(),
                ..Contact::default()
            },
            ..Cv::default()
        };
        let complete = rng.random_bool(0.66);
        if complete {
            content.profile = "Je cherche un stage.".into();
            content.experience.push(Experience {
                role: "Vendeuse".into(),
                organisation: "Épicerie familiale".into(),
                ..Experience::default()
            });
            content.skills.push(Skill {
                name: "Traitement de texte".into(),
            });
            content.languages.push(LanguageSkill {
                language: "Tamazight".into(),
                level: Cefr::Native,
            });
        }
        let done = complete.then(|| (created + Duration::days(rng.random_range(0..20))).min(now));
        rows.push(cv::ActiveModel {
            user_id: Set(learner.id),
            title: Set("CV".into()),
            language: Set(language),
            template: Set(Template::Plain),
            content: Set(crate::cv::store::encode(&content)),
            shared: Set(rng.random_bool(0.3)),
            step: Set(None),
            complete: Set(done.is_some()),
            created_at: Set(created),
            updated_at: Set(done.unwrap_or(created)),
            completed_at: Set(done),
            ..Default::default()
        });
    }
    rows
}

/// Generates the programme (deterministic for a given `seed`). Refuses a database that
/// already has seeded centres.
pub async fn seed(
    db: &DatabaseConnection,
    catalog: &Catalog,
    size: &SeedSize,
    seed: u64,
) -> anyhow::Result<Seeded> {
    if centre::Entity::find()
        .filter(centre::Column::Name.starts_with("Seed centre"))
        .one(db)
        .await?
        .is_some()
    {
        anyhow::bail!("this database is already seeded");
    }
    let mut rng = StdRng::seed_from_u64(seed);
    let now = Utc::now();
    let start = now - Duration::days(30 * i64::from(size.months.max(1)));
    let hash = password::hash(SEEDED_PASSWORD).await?;
    let mut seeded = Seeded::default();

    let mut cohorts_of_centre = Vec::new();
    for c in 0..size.centres {
        let created = centre::ActiveModel {
            name: Set(format!("Seed centre {:02}", c + 1)),
            default_locale: Set(["ar", "zgh", "fr"][c as usize % 3].to_string()),
            created_at: Set(start),
            ..Default::default()
        };
        let centre_id = centre::Entity::insert(created)
            .exec(db)
            .await?
            .last_insert_id;
        let mut cohorts = Vec::new();
        for k in 0..4 {
            let cohort = cohort::ActiveModel {
                centre_id: Set(centre_id),
                name: Set(format!("Groupe {}", k + 1)),
                created_at: Set(start),
                ..Default::default()
            };
            cohorts.push(
                cohort::Entity::insert(cohort)
                    .exec(db)
                    .await?
                    .last_insert_id,
            );
        }
        cohorts_of_centre.push((centre_id, cohorts));
        seeded.centres += 1;
    }

    let names = [
        "Fatima",
        "Youssef",
        "Khadija",
        "Amal",
        "Itto",
        "Brahim",
        "Tudert",
        "Yamina",
        "ⵜⵉⵍⵍⵉ",
        "يوسف",
    ];
    let mut users = Vec::new();
    for (i, (centre_id, cohorts)) in cohorts_of_centre.iter().enumerate() {
        users.push(user::ActiveModel {
            username: Set(format!("seed.facilitator.{}", i + 1)),
            display_name: Set(format!("Facilitator {}", i + 1)),
            password_hash: Set(hash.clone()),
            role: Set(Role::Facilitator),
            centre_id: Set(Some(*centre_id)),
            created_at: Set(start),
            ..Default::default()
        });
        let _ = cohorts;
    }
    for l in 0..size.learners {
        let (centre_id, cohorts) = &cohorts_of_centre[l as usize % cohorts_of_centre.len()];
        let enrolled =
            start + Duration::seconds(rng.random_range(0..(now - start).num_seconds() / 2));
        users.push(user::ActiveModel {
            username: Set(format!("seed.{:05}", l + 1)),
            display_name: Set(format!("{} {}", names[l as usize % names.len()], l + 1)),
            password_hash: Set(hash.clone()),
            role: Set(Role::Learner),
            centre_id: Set(Some(*centre_id)),
            cohort_id: Set(Some(cohorts[rng.random_range(0..cohorts.len())])),
            created_at: Set(enrolled),
            ..Default::default()
        });
    }
    insert_batches(db, users).await?;
    let learners: Vec<user::Model> = user::Entity::find()
        .filter(user::Column::Username.starts_with("seed."))
        .filter(user::Column::Role.eq(Role::Learner))
        .order_by_asc(user::Column::Id)
        .all(db)
        .await?;
    seeded.learners = learners.len() as u64;

    // Explicit attempt ids, so answers can point to them without reading them back.
    let last_attempt: Option<Option<i32>> = quiz_attempt::Entity::find()
        .select_only()
        .column_as(quiz_attempt::Column::Id.max(), "id")
        .into_tuple()
        .one(db)
        .await?;
    let first_attempt_id = last_attempt.flatten().unwrap_or(0) + 1;
    let mut next_attempt = first_attempt_id;
    let lessons: Vec<_> = catalog
        .courses
        .iter()
        .flat_map(|c| c.lessons.iter().map(move |l| (c, l)))
        .collect();
    let (mut progress, mut attempts, mut answers) = (Vec::new(), Vec::new(), Vec::new());
    for learner in &learners {
        // Each learner goes some way through the lessons, in order.
        let reached = rng.random_range(lessons.len() / 2..=lessons.len());
        let mut when = learner.created_at;
        for (course, lesson) in lessons.iter().take(reached) {
            when += Duration::minutes(rng.random_range(30..60 * 24 * 10));
            if when > now {
                break;
            }
            let opened = when;
            let quiz = lesson
                .versions
                .get(tifawt_app::i18n::Locale::Fr)
                .or_else(|| {
                    lesson
                        .versions
                        .locales()
                        .next()
                        .and_then(|l| lesson.versions.get(l))
                })
                .and_then(|v| v.quiz.clone());
            let (mut best, mut latest, mut completed) = (None, None, None);
            if let Some(quiz) = quiz {
                for _ in 0..rng.random_range(1..=6) {
                    when += Duration::minutes(rng.random_range(3..40));
                    let mut correct = 0;
                    for question in &quiz.questions {
                        let right = rng.random_bool(0.45);
                        correct += i32::from(right);
                        let response = match &question.answer {
                            Answer::Short { shown, .. } if right => shown.clone(),
                            Answer::Short { .. } => "je ne sais pas".into(),
                            Answer::Single(choices) | Answer::Multiple(choices) => {
                                let pick = if right {
                                    choices.iter().position(|c| c.correct).unwrap_or(0)
                                } else {
                                    choices.iter().position(|c| !c.correct).unwrap_or(0)
                                };
                                pick.to_string()
                            }
                        };
                        answers.push(quiz_answer::ActiveModel {
                            attempt_id: Set(next_attempt),
                            question_id: Set(question.id.clone()),
                            response: Set(response),
                            correct: Set(right),
                            ..Default::default()
                        });
                    }
                    let total = quiz.questions.len() as i32;
                    let score = (correct * 100 + total / 2) / total.max(1);
                    let passed = score >= i32::from(course.pass_mark);
                    attempts.push(quiz_attempt::ActiveModel {
                        id: Set(next_attempt),
                        user_id: Set(learner.id),
                        course_id: Set(course.id.clone()),
                        lesson_id: Set(lesson.id.clone()),
                        token: Set(format!("seed-{next_attempt}")),
                        correct: Set(correct),
                        total: Set(total),
                        score: Set(score),
                        passed: Set(passed),
                        submitted_at: Set(when),
                    });
                    next_attempt += 1;
                    best = Some(best.map_or(score, |b: i32| b.max(score)));
                    latest = Some(score);
                    if passed && completed.is_none() {
                        completed = Some(when);
                    }
                    if passed {
                        break;
                    }
                }
            } else {
                completed = Some(when);
            }
            progress.push(lesson_progress::ActiveModel {
                user_id: Set(learner.id),
                course_id: Set(course.id.clone()),
                lesson_id: Set(lesson.id.clone()),
                first_opened_at: Set(opened),
                last_active_at: Set(when),
                seconds_spent: Set((when - opened).num_seconds().clamp(60, 1800) as i32),
                completed_at: Set(completed),
                best_score: Set(best),
                latest_score: Set(latest),
                ..Default::default()
            });
        }
    }
    seeded.lessons_opened = progress.len() as u64;
    seeded.attempts = attempts.len() as u64;
    seeded.answers = answers.len() as u64;
    insert_batches(db, progress).await?;
    insert_batches(db, attempts).await?;
    insert_batches(db, answers).await?;
    let cvs = seed_cvs(&learners, &mut rng, now);
    seeded.cvs = cvs.len() as u64;
    seeded.cvs_complete = cvs
        .iter()
        .filter(|row| matches!(row.complete, sea_orm::ActiveValue::Set(true)))
        .count() as u64;
    insert_batches(db, cvs).await?;
    if db.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
        db.execute_unprepared(
            "SELECT setval(pg_get_serial_sequence('quiz_attempts', 'id'), (SELECT MAX(id) FROM quiz_attempts))",
        )
        .await?;
    }
    super::daily::rebuild(db, catalog).await?;
    // Fresh statistics, so the query planner knows the tables' new sizes.
    db.execute_unprepared("ANALYZE").await?;
    Ok(seeded)
}
