//! JSON Resume 1.0.0 (<https://jsonresume.org/schema>), the open format a learner takes their
//! CV to another tool in, or brings one from it.
//!
//! What JSON Resume has no place for is written in extra properties, which the schema allows
//! and other tools ignore: an experience's kind (`x-tifawt-kind`: jobs, internships and
//! informal work are `work`, volunteering is `volunteer`), and its place among all the
//! experiences (`x-tifawt-order`), so that a file read back gives the same CV.
//!
//! Reading checks every field and names each mistake by its place in the file
//! (`work[2].startDate`), so the learner can fix them all at once.

use super::check;
use serde_json::{json, Map, Value};
use tifawt_app::cv::{
    Certificate, Contact, Cv, CvWords, Education, Experience, ExperienceKind, LanguageSkill,
    PartialDate, Skill, MAX_ENTRIES,
};
use tifawt_app::forms::Message;

pub const SCHEMA: &str =
    "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

/// The largest file read: a CV is a few kilobytes.
pub const MAX_BYTES: usize = 256 * 1024;

fn put(object: &mut Map<String, Value>, key: &str, value: &str) {
    if !value.is_empty() {
        object.insert(key.to_string(), Value::String(value.to_string()));
    }
}

fn put_date(object: &mut Map<String, Value>, key: &str, value: Option<PartialDate>) {
    if let Some(date) = value {
        object.insert(key.to_string(), Value::String(date.to_string()));
    }
}

/// The CV as a JSON Resume document; `words` names the language levels in the CV's language.
pub fn export(cv: &Cv, words: &CvWords, language_tag: &str) -> Value {
    let mut basics = Map::new();
    put(&mut basics, "name", &cv.contact.name);
    put(&mut basics, "label", &cv.contact.headline);
    put(&mut basics, "email", &cv.contact.email);
    put(&mut basics, "phone", &cv.contact.phone);
    put(&mut basics, "summary", &cv.profile);
    if !cv.contact.city.is_empty() {
        basics.insert("location".into(), json!({ "city": cv.contact.city }));
    }
    let (mut work, mut volunteer) = (Vec::new(), Vec::new());
    for (order, entry) in cv.experience.iter().enumerate() {
        let mut item = Map::new();
        let volunteering = entry.kind == ExperienceKind::Volunteering;
        put(
            &mut item,
            if volunteering { "organization" } else { "name" },
            &entry.organisation,
        );
        put(&mut item, "position", &entry.role);
        put_date(&mut item, "startDate", entry.start);
        put_date(&mut item, "endDate", entry.end);
        put(&mut item, "summary", &entry.description);
        item.insert("x-tifawt-kind".into(), entry.kind.as_str().into());
        item.insert("x-tifawt-order".into(), order.into());
        if volunteering {
            volunteer.push(Value::Object(item));
        } else {
            work.push(Value::Object(item));
        }
    }
    let education: Vec<Value> = cv
        .education
        .iter()
        .map(|entry| {
            let mut item = Map::new();
            put(&mut item, "institution", &entry.institution);
            put(&mut item, "area", &entry.study);
            put_date(&mut item, "startDate", entry.start);
            put_date(&mut item, "endDate", entry.end);
            put(&mut item, "summary", &entry.details);
            Value::Object(item)
        })
        .collect();
    let skills: Vec<Value> = cv
        .skills
        .iter()
        .map(|s| json!({ "name": s.name }))
        .collect();
    let languages: Vec<Value> = cv
        .languages
        .iter()
        .map(|l| {
            json!({
                "language": l.language,
                "fluency": words.level(l.level),
                "x-tifawt-level": l.level.as_str(),
            })
        })
        .collect();
    let certificates: Vec<Value> = cv
        .certificates
        .iter()
        .map(|entry| {
            let mut item = Map::new();
            put(&mut item, "name", &entry.name);
            put(&mut item, "issuer", &entry.issuer);
            put_date(&mut item, "date", entry.date);
            Value::Object(item)
        })
        .collect();
    json!({
        "$schema": SCHEMA,
        "basics": basics,
        "work": work,
        "volunteer": volunteer,
        "education": education,
        "skills": skills,
        "languages": languages,
        "certificates": certificates,
        "meta": { "version": "v1.0.0", "x-tifawt-language": language_tag },
    })
}

/// One mistake in a file: where (`basics.email`, `work[2].startDate`) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: Message,
}

/// Reads the fields of one object, collecting every mistake.
struct Reader<'a> {
    problems: &'a mut Vec<Problem>,
}

impl Reader<'_> {
    fn problem(&mut self, path: String, message: Message) {
        self.problems.push(Problem { path, message });
    }

    /// `object[key]` as text, checked by `rule`; absent or null is "".
    fn text(
        &mut self,
        object: &Map<String, Value>,
        key: &str,
        path: &str,
        rule: fn(&str) -> Result<String, Message>,
    ) -> String {
        let at = format!("{path}.{key}");
        match object.get(key) {
            None | Some(Value::Null) => rule("").unwrap_or_default(),
            Some(Value::String(value)) => rule(value).unwrap_or_else(|message| {
                self.problem(at, message);
                String::new()
            }),
            Some(_) => {
                self.problem(at, Message::new("cv-import-not-text"));
                String::new()
            }
        }
    }

    fn date(&mut self, object: &Map<String, Value>, key: &str, path: &str) -> Option<PartialDate> {
        let text = self.text(object, key, path, |v| Ok(v.trim().to_string()));
        check::date(&text).unwrap_or_else(|message| {
            self.problem(format!("{path}.{key}"), message);
            None
        })
    }

    fn period(
        &mut self,
        object: &Map<String, Value>,
        path: &str,
    ) -> (Option<PartialDate>, Option<PartialDate>) {
        let start = self.date(object, "startDate", path);
        let end = self.date(object, "endDate", path);
        if let Err(message) = check::period(start, end) {
            self.problem(format!("{path}.endDate"), message);
        }
        (start, end)
    }

    /// The objects of `root[key]`, each with its path; at most [`MAX_ENTRIES`].
    fn list<'v>(
        &mut self,
        root: &'v Map<String, Value>,
        key: &str,
    ) -> Vec<(String, &'v Map<String, Value>)> {
        let items = match root.get(key) {
            None | Some(Value::Null) => return Vec::new(),
            Some(Value::Array(items)) => items,
            Some(_) => {
                self.problem(key.to_string(), Message::new("cv-import-not-list"));
                return Vec::new();
            }
        };
        if items.len() > MAX_ENTRIES {
            self.problem(
                key.to_string(),
                Message::new("cv-import-too-many").with("max", MAX_ENTRIES),
            );
        }
        let mut objects = Vec::new();
        for (i, item) in items.iter().take(MAX_ENTRIES).enumerate() {
            let path = format!("{key}[{i}]");
            match item {
                Value::Object(object) => objects.push((path, object)),
                _ => self.problem(path, Message::new("cv-import-not-object")),
            }
        }
        objects
    }
}

/// Reads a JSON Resume file into a CV, or every mistake in it.
pub fn import(bytes: &[u8]) -> Result<Cv, Vec<Problem>> {
    let whole = |message| {
        vec![Problem {
            path: String::new(),
            message,
        }]
    };
    if bytes.len() > MAX_BYTES {
        return Err(whole(
            Message::new("cv-import-too-big").with("max", MAX_BYTES / 1024),
        ));
    }
    let root: Value = serde_json::from_slice(bytes).map_err(|e| {
        whole(
            Message::new("cv-import-not-json")
                .with("line", e.line())
                .with("column", e.column()),
        )
    })?;
    let Value::Object(root) = root else {
        return Err(whole(Message::new("cv-import-not-resume")));
    };
    let mut problems = Vec::new();
    let mut read = Reader {
        problems: &mut problems,
    };
    let empty = Map::new();
    let basics = match root.get("basics") {
        Some(Value::Object(basics)) => basics,
        None | Some(Value::Null) => &empty,
        Some(_) => {
            read.problem("basics".into(), Message::new("cv-import-not-object"));
            &empty
        }
    };
    let location = match basics.get("location") {
        Some(Value::Object(location)) => location,
        _ => &empty,
    };
    let contact = Contact {
        name: read.text(basics, "name", "basics", check::line),
        headline: read.text(basics, "label", "basics", check::line),
        email: read.text(basics, "email", "basics", check::email),
        phone: read.text(basics, "phone", "basics", check::phone),
        city: read.text(location, "city", "basics.location", check::line),
    };
    let profile = read.text(basics, "summary", "basics", check::paragraph);

    // Jobs and volunteering, back in the learner's order when the file says it.
    let mut experience: Vec<(Option<u64>, usize, Experience)> = Vec::new();
    for (key, organisation_key) in [("work", "name"), ("volunteer", "organization")] {
        for (path, item) in read.list(&root, key) {
            let default_kind = if key == "volunteer" {
                ExperienceKind::Volunteering
            } else {
                ExperienceKind::Job
            };
            let kind = item
                .get("x-tifawt-kind")
                .and_then(Value::as_str)
                .and_then(ExperienceKind::parse)
                .unwrap_or(default_kind);
            let (start, end) = read.period(item, &path);
            let mut description = read.text(item, "summary", &path, check::paragraph);
            // JSON Resume's highlights: kept as lines of the description.
            if let Some(Value::Array(highlights)) = item.get("highlights") {
                for highlight in highlights.iter().filter_map(Value::as_str) {
                    if !description.is_empty() {
                        description.push('\n');
                    }
                    description.push_str(&check::clean(highlight));
                }
                description = check::paragraph(&description).unwrap_or_else(|message| {
                    read.problem(format!("{path}.highlights"), message);
                    String::new()
                });
            }
            let entry = Experience {
                kind,
                role: read.text(item, "position", &path, check::line),
                organisation: read.text(item, organisation_key, &path, check::line),
                start,
                end,
                description,
            };
            let order = item.get("x-tifawt-order").and_then(Value::as_u64);
            experience.push((order, experience.len(), entry));
        }
    }
    experience.sort_by_key(|(order, seen, _)| (order.unwrap_or(u64::MAX), *seen));
    if experience.len() > MAX_ENTRIES {
        read.problem(
            "work".into(),
            Message::new("cv-import-too-many").with("max", MAX_ENTRIES),
        );
    }

    let mut education = Vec::new();
    for (path, item) in read.list(&root, "education") {
        let (start, end) = read.period(item, &path);
        let mut study = read.text(item, "area", &path, check::line);
        let study_type = read.text(item, "studyType", &path, check::line);
        if !study_type.is_empty() && !study.contains(&study_type) {
            study = if study.is_empty() {
                study_type
            } else {
                format!("{study_type}, {study}")
            };
        }
        education.push(Education {
            institution: read.text(item, "institution", &path, check::line),
            study,
            start,
            end,
            details: read.text(item, "summary", &path, check::paragraph),
        });
    }

    let mut skills = Vec::new();
    for (path, item) in read.list(&root, "skills") {
        let name = read.text(item, "name", &path, check::required);
        if !name.is_empty() {
            skills.push(Skill { name });
        }
    }

    let mut languages = Vec::new();
    for (path, item) in read.list(&root, "languages") {
        let language = read.text(item, "language", &path, check::required);
        // Our own level when the file is ours; else the fluency, which must name a level.
        let level_text = item
            .get("x-tifawt-level")
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or_else(|| read.text(item, "fluency", &path, check::line));
        let level =
            check::level(&level_text).or_else(|message| native_words(&level_text).ok_or(message));
        match level {
            Ok(level) if !language.is_empty() => languages.push(LanguageSkill { language, level }),
            Ok(_) => {}
            Err(message) => read.problem(format!("{path}.fluency"), message),
        }
    }

    let mut certificates = Vec::new();
    for (path, item) in read.list(&root, "certificates") {
        certificates.push(Certificate {
            name: read.text(item, "name", &path, check::required),
            issuer: read.text(item, "issuer", &path, check::line),
            date: read.date(item, "date", &path),
        });
    }

    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Cv {
        contact,
        profile,
        education,
        experience: experience.into_iter().map(|(_, _, e)| e).collect(),
        skills,
        languages,
        certificates,
    })
}

/// "Native speaker" and "mother tongue" in the four CV languages, as other tools write it.
fn native_words(text: &str) -> Option<tifawt_app::cv::Cefr> {
    let text = text.trim().to_lowercase();
    let native = tifawt_app::cv::CvLanguage::ALL
        .iter()
        .any(|l| l.words().native.to_lowercase() == text)
        || [
            "native",
            "native speaker",
            "mother tongue",
            "langue maternelle",
            "bilingual",
        ]
        .contains(&text.as_str());
    native.then_some(tifawt_app::cv::Cefr::Native)
}

#[cfg(test)]
mod tests {
    use super::*;
    use tifawt_app::cv::{Cefr, CvLanguage};

    fn sample() -> Cv {
        Cv {
            contact: Contact {
                name: "أمل آيت لحسن".into(),
                headline: "مساعدة إدارية".into(),
                email: "amal@example.ma".into(),
                phone: "+212 600 000 000".into(),
                city: "الرشيدية".into(),
            },
            profile: "أبحث عن تدريب في مجال الإعلاميات.".into(),
            education: vec![Education {
                institution: "Lycée Sijilmassa".into(),
                study: "Baccalauréat sciences".into(),
                start: PartialDate::parse("2021-09"),
                end: PartialDate::parse("2024-06"),
                details: "Mention bien".into(),
            }],
            experience: vec![
                Experience {
                    kind: ExperienceKind::Informal,
                    role: "Vendeuse".into(),
                    organisation: "Épicerie familiale".into(),
                    start: PartialDate::parse("2022"),
                    end: None,
                    description: "Accueil des clients\nCaisse".into(),
                },
                Experience {
                    kind: ExperienceKind::Volunteering,
                    role: "Animatrice".into(),
                    organisation: "Association Tifawt".into(),
                    start: PartialDate::parse("2023-07"),
                    end: PartialDate::parse("2023-08"),
                    description: String::new(),
                },
                Experience {
                    kind: ExperienceKind::Internship,
                    role: "Stagiaire".into(),
                    organisation: "Commune".into(),
                    ..Experience::default()
                },
            ],
            skills: vec![Skill {
                name: "Traitement de texte".into(),
            }],
            languages: vec![
                LanguageSkill {
                    language: "Tamazight".into(),
                    level: Cefr::Native,
                },
                LanguageSkill {
                    language: "Français".into(),
                    level: Cefr::B2,
                },
            ],
            certificates: vec![Certificate {
                name: "Comprendre l’IA".into(),
                issuer: "Tifawt".into(),
                date: PartialDate::parse("2026-11"),
            }],
        }
    }

    #[test]
    fn a_cv_reads_back_the_same_from_its_file() {
        for language in CvLanguage::ALL {
            let cv = sample();
            let file = export(&cv, language.words(), language.tag());
            let bytes = serde_json::to_vec(&file).unwrap();
            assert_eq!(import(&bytes), Ok(cv), "{language}");
        }
    }

    #[test]
    fn the_file_follows_the_schema_names() {
        let file = export(&sample(), CvLanguage::Fr.words(), "fr");
        assert_eq!(file["basics"]["email"], "amal@example.ma");
        assert_eq!(file["basics"]["location"]["city"], "الرشيدية");
        assert_eq!(file["work"][0]["name"], "Épicerie familiale");
        assert!(file["work"][0].get("endDate").is_none(), "still going on");
        assert_eq!(file["volunteer"][0]["organization"], "Association Tifawt");
        assert_eq!(file["education"][0]["startDate"], "2021-09");
        assert_eq!(file["languages"][0]["fluency"], "langue maternelle");
        assert_eq!(file["languages"][1]["fluency"], "B2");
        assert_eq!(file["certificates"][0]["date"], "2026-11");
    }

    #[test]
    fn a_file_from_another_tool_is_read() {
        let file = r#"{
          "basics": {"name": "Youssef", "email": "y@example.com", "summary": "Hello",
                     "location": {"city": "Errachidia", "countryCode": "MA"}},
          "work": [{"name": "Café", "position": "Serveur", "startDate": "2020-01-15",
                    "highlights": ["Service", "Caisse"]}],
          "education": [{"institution": "Lycée", "area": "Sciences", "studyType": "Bac"}],
          "languages": [{"language": "Arabic", "fluency": "Native speaker"}],
          "skills": [{"name": "Excel", "level": "Beginner", "keywords": ["tables"]}],
          "projects": [{"name": "ignored"}]
        }"#;
        let cv = import(file.as_bytes()).unwrap();
        assert_eq!(cv.contact.city, "Errachidia");
        assert_eq!(cv.experience[0].start, PartialDate::parse("2020-01"));
        assert_eq!(cv.experience[0].description, "Service\nCaisse");
        assert_eq!(cv.education[0].study, "Bac, Sciences");
        assert_eq!(cv.languages[0].level, Cefr::Native);
    }

    #[test]
    fn every_mistake_is_named_by_its_place() {
        let file = r#"{
          "basics": {"name": 12, "email": "not an address", "phone": "call me"},
          "work": [{"name": "Café", "startDate": "2024-05", "endDate": "2023"},
                   {"name": "Shop", "startDate": "last year"}],
          "languages": [{"language": "French", "fluency": "fluent"}],
          "skills": "Excel"
        }"#;
        let problems = import(file.as_bytes()).unwrap_err();
        let found: Vec<(&str, &str)> = problems
            .iter()
            .map(|p| (p.path.as_str(), p.message.key))
            .collect();
        assert_eq!(
            found,
            [
                ("basics.name", "cv-import-not-text"),
                ("basics.email", "cv-error-email"),
                ("basics.phone", "cv-error-phone"),
                ("work[0].endDate", "cv-error-end-before-start"),
                ("work[1].startDate", "cv-error-date"),
                ("skills", "cv-import-not-list"),
                ("languages[0].fluency", "cv-error-level"),
            ]
        );
    }

    #[test]
    fn what_is_not_a_resume_says_so() {
        let key = |bytes: &[u8]| import(bytes).unwrap_err()[0].message.key;
        assert_eq!(key(b"{\"basics\": "), "cv-import-not-json");
        assert_eq!(key(b"[1, 2]"), "cv-import-not-resume");
        assert_eq!(key(&vec![b' '; MAX_BYTES + 1]), "cv-import-too-big");
        let many = format!(
            "{{\"skills\": [{}]}}",
            vec!["{\"name\": \"x\"}"; MAX_ENTRIES + 1].join(",")
        );
        assert_eq!(key(many.as_bytes()), "cv-import-too-many");
    }
}
