//! A learner's CV: what the builder's pages edit, the server stores (as one JSON document per
//! CV), and the printable page and the PDF show. Parsed once from a form or a JSON Resume
//! file into these types; everything after that trusts them.

use crate::i18n::Locale;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The language a CV is written in: the interface's three, and English, which employers ask
/// for although Tifawt's interface has no English.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(
    feature = "ssr",
    derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum),
    sea_orm(
        rs_type = "String",
        db_type = "String(sea_orm::sea_query::StringLen::N(8))"
    )
)]
pub enum CvLanguage {
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "ar"))]
    Ar,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "fr"))]
    Fr,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "zgh"))]
    Zgh,
    /// Tamazight in Latin letters: what most keyboards type and screen readers can say.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "zgh-Latn"))]
    #[serde(rename = "zgh-Latn")]
    ZghLatn,
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "en"))]
    En,
}

impl CvLanguage {
    pub const ALL: [CvLanguage; 5] = [
        CvLanguage::Ar,
        CvLanguage::Fr,
        CvLanguage::Zgh,
        CvLanguage::ZghLatn,
        CvLanguage::En,
    ];

    /// The BCP 47 tag, for `lang` attributes, the PDF and the database.
    pub fn tag(self) -> &'static str {
        match self {
            CvLanguage::Ar => "ar",
            CvLanguage::Fr => "fr",
            CvLanguage::Zgh => "zgh",
            CvLanguage::ZghLatn => "zgh-Latn",
            CvLanguage::En => "en",
        }
    }

    pub fn from_tag(tag: &str) -> Option<CvLanguage> {
        CvLanguage::ALL.into_iter().find(|l| l.tag() == tag)
    }

    pub fn dir(self) -> &'static str {
        match self {
            CvLanguage::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// The language's name in itself ("العربية", "Français"…), for choosing it.
    pub fn own_name(self) -> &'static str {
        match self {
            CvLanguage::Ar => "العربية",
            CvLanguage::Fr => "Français",
            CvLanguage::Zgh => Locale::Zgh.own_name(),
            CvLanguage::ZghLatn => Locale::ZghLatn.own_name(),
            CvLanguage::En => "English",
        }
    }

    /// The CV's own words (headings, level names) in this language.
    pub fn words(self) -> &'static CvWords {
        match self {
            CvLanguage::Ar => &AR_WORDS,
            CvLanguage::Fr => &FR_WORDS,
            CvLanguage::Zgh => &ZGH_WORDS,
            CvLanguage::ZghLatn => &ZGH_LATN_WORDS,
            CvLanguage::En => &EN_WORDS,
        }
    }
}

impl fmt::Display for CvLanguage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// The look of the printed CV and the PDF: both are plain, one column, and read in the
/// same order as they are written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(
    feature = "ssr",
    derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum),
    sea_orm(
        rs_type = "String",
        db_type = "String(sea_orm::sea_query::StringLen::N(16))"
    )
)]
pub enum Template {
    /// Headings in the text's colour, thin rules between sections.
    #[default]
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "plain"))]
    Plain,
    /// The name centred, headings in small capitals with a band of colour.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "classic"))]
    Classic,
}

impl Template {
    pub const ALL: [Template; 2] = [Template::Plain, Template::Classic];

    pub fn as_str(self) -> &'static str {
        match self {
            Template::Plain => "plain",
            Template::Classic => "classic",
        }
    }

    pub fn parse(value: &str) -> Option<Template> {
        Template::ALL.into_iter().find(|t| t.as_str() == value)
    }
}

/// One page of the guided builder, in the order the learner meets them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Contact,
    Profile,
    Education,
    Experience,
    Skills,
    Languages,
    Certificates,
}

impl Step {
    pub const ALL: [Step; 7] = [
        Step::Contact,
        Step::Profile,
        Step::Education,
        Step::Experience,
        Step::Skills,
        Step::Languages,
        Step::Certificates,
    ];

    /// The step's part of the address, `/…/cv/{id}/{slug}`.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Contact => "contact",
            Step::Profile => "profile",
            Step::Education => "education",
            Step::Experience => "experience",
            Step::Skills => "skills",
            Step::Languages => "languages",
            Step::Certificates => "certificates",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// 1-based, for "Step 3 of 7".
    pub fn number(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }

    /// The step after this one; `None` after the last (then the summary).
    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.number()).copied()
    }

    /// Whether the step is a list of entries (added, changed, removed, moved).
    pub fn section(self) -> Option<Section> {
        match self {
            Step::Education => Some(Section::Education),
            Step::Experience => Some(Section::Experience),
            Step::Skills => Some(Section::Skills),
            Step::Languages => Some(Section::Languages),
            Step::Certificates => Some(Section::Certificates),
            Step::Contact | Step::Profile => None,
        }
    }
}

/// The parts of a CV that are lists of entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    Education,
    Experience,
    Skills,
    Languages,
    Certificates,
}

impl Section {
    pub fn step(self) -> Step {
        match self {
            Section::Education => Step::Education,
            Section::Experience => Step::Experience,
            Section::Skills => Step::Skills,
            Section::Languages => Step::Languages,
            Section::Certificates => Step::Certificates,
        }
    }
}

/// A CV's content. Stored as this JSON document (with [`CV_FORMAT`]); JSON Resume is made
/// from it and read into it by the server.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Cv {
    pub contact: Contact,
    /// A few sentences about the learner and the work they look for.
    pub profile: String,
    pub education: Vec<Education>,
    pub experience: Vec<Experience>,
    pub skills: Vec<Skill>,
    pub languages: Vec<LanguageSkill>,
    pub certificates: Vec<Certificate>,
}

/// How long a one-line field may be (a name, a role, a school), in characters.
pub const SHORT_TEXT: usize = 150;
/// How long a paragraph may be (the profile, a description), in characters.
pub const LONG_TEXT: usize = 2000;
/// How many entries one list may hold.
pub const MAX_ENTRIES: usize = 30;

/// The version of the stored document, for migrating it one day.
pub const CV_FORMAT: u32 = 1;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Contact {
    pub name: String,
    /// The job or field in one line, e.g. "Assistante administrative".
    pub headline: String,
    pub email: String,
    pub phone: String,
    /// Town or region; never a full address on a CV given out.
    pub city: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Education {
    pub institution: String,
    /// The diploma or what was studied.
    pub study: String,
    pub start: Option<PartialDate>,
    pub end: Option<PartialDate>,
    pub details: String,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExperienceKind {
    #[default]
    Job,
    Internship,
    Volunteering,
    /// Work in the family, the fields, a shop, at home: experience too.
    Informal,
}

impl ExperienceKind {
    pub const ALL: [ExperienceKind; 4] = [
        ExperienceKind::Job,
        ExperienceKind::Internship,
        ExperienceKind::Volunteering,
        ExperienceKind::Informal,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ExperienceKind::Job => "job",
            ExperienceKind::Internship => "internship",
            ExperienceKind::Volunteering => "volunteering",
            ExperienceKind::Informal => "informal",
        }
    }

    pub fn parse(value: &str) -> Option<ExperienceKind> {
        ExperienceKind::ALL
            .into_iter()
            .find(|k| k.as_str() == value)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Experience {
    pub kind: ExperienceKind,
    pub role: String,
    pub organisation: String,
    pub start: Option<PartialDate>,
    /// `None`: still doing it.
    pub end: Option<PartialDate>,
    pub description: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Skill {
    pub name: String,
}

/// Levels of the Common European Framework of Reference, as Europass asks, and "mother
/// tongue".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Cefr {
    A1,
    A2,
    #[default]
    B1,
    B2,
    C1,
    C2,
    Native,
}

impl Cefr {
    pub const ALL: [Cefr; 7] = [
        Cefr::Native,
        Cefr::C2,
        Cefr::C1,
        Cefr::B2,
        Cefr::B1,
        Cefr::A2,
        Cefr::A1,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Cefr::A1 => "A1",
            Cefr::A2 => "A2",
            Cefr::B1 => "B1",
            Cefr::B2 => "B2",
            Cefr::C1 => "C1",
            Cefr::C2 => "C2",
            Cefr::Native => "native",
        }
    }

    /// Case and spaces do not matter: "c1", " B2 ", "Native".
    pub fn parse(value: &str) -> Option<Cefr> {
        let value = value.trim();
        Cefr::ALL
            .into_iter()
            .find(|level| level.as_str().eq_ignore_ascii_case(value))
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LanguageSkill {
    /// As the learner names it, in the CV's language ("Tamazight", "الفرنسية").
    pub language: String,
    pub level: Cefr,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Certificate {
    pub name: String,
    pub issuer: String,
    pub date: Option<PartialDate>,
}

/// A year, or a year and month: what a CV says of a date ("2024", "2024-09").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PartialDate {
    pub year: u16,
    pub month: Option<u8>,
}

impl PartialDate {
    /// Reads "2024", "2024-09" or "2024-09-15" (the day is dropped: a CV does not need it).
    /// Also "09/2024" and "9/2024", the way people in Morocco and France write it.
    pub fn parse(text: &str) -> Option<PartialDate> {
        let text = text.trim();
        let year = |y: &str| {
            (y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
                .then(|| y.parse::<u16>().ok())
                .flatten()
                .filter(|y| (1900..=2100).contains(y))
        };
        let month = |m: &str| {
            (!m.is_empty() && m.len() <= 2 && m.bytes().all(|b| b.is_ascii_digit()))
                .then(|| m.parse::<u8>().ok())
                .flatten()
                .filter(|m| (1..=12).contains(m))
        };
        if let Some((m, y)) = text.split_once('/') {
            return Some(PartialDate {
                year: year(y)?,
                month: Some(month(m)?),
            });
        }
        let mut parts = text.splitn(3, '-');
        let y = year(parts.next()?)?;
        let m = match parts.next() {
            None => None,
            Some(m) if m.len() == 2 => Some(month(m)?),
            Some(_) => return None,
        };
        if let Some(day) = parts.next() {
            let day_ok = day.len() == 2
                && day.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
                && m.is_some();
            if !day_ok {
                return None;
            }
        }
        Some(PartialDate { year: y, month: m })
    }
}

/// The dates of an entry as a CV shows them: its start and its end, or `present` (the CV's
/// word for it) when it has a start, no end, and may still be going on; what is unknown is
/// left out. The printed page and the PDF both lay them out from this.
pub fn period(
    start: Option<PartialDate>,
    end: Option<PartialDate>,
    present: Option<&str>,
) -> Vec<String> {
    let end = end
        .map(|d| d.to_string())
        .or_else(|| start.and(present).map(str::to_owned));
    start
        .map(|d| d.to_string())
        .into_iter()
        .chain(end)
        .collect()
}

impl fmt::Display for PartialDate {
    /// ISO 8601 as JSON Resume writes it: "2024" or "2024-09".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.month {
            Some(month) => write!(f, "{:04}-{month:02}", self.year),
            None => write!(f, "{:04}", self.year),
        }
    }
}

impl TryFrom<String> for PartialDate {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        PartialDate::parse(&value).ok_or_else(|| format!("not a year or year-month: {value:?}"))
    }
}

impl From<PartialDate> for String {
    fn from(date: PartialDate) -> String {
        date.to_string()
    }
}

impl Cv {
    /// Whether the learner has written anything yet.
    pub fn is_empty(&self) -> bool {
        *self == Cv::default()
    }

    /// A CV is **complete** — and counted as such in the impact report — when an employer
    /// could use it: a name, a way to reach the learner (e-mail or phone), a profile, at least
    /// one education or experience entry, and at least one skill or language.
    pub fn is_complete(&self) -> bool {
        let filled = |s: &str| !s.trim().is_empty();
        filled(&self.contact.name)
            && (filled(&self.contact.email) || filled(&self.contact.phone))
            && filled(&self.profile)
            && (!self.education.is_empty() || !self.experience.is_empty())
            && (!self.skills.is_empty() || !self.languages.is_empty())
    }

    /// The steps still missing something [`Cv::is_complete`] needs, for the summary page.
    pub fn missing(&self) -> Vec<Step> {
        let filled = |s: &str| !s.trim().is_empty();
        let mut missing = Vec::new();
        if !filled(&self.contact.name)
            || !(filled(&self.contact.email) || filled(&self.contact.phone))
        {
            missing.push(Step::Contact);
        }
        if !filled(&self.profile) {
            missing.push(Step::Profile);
        }
        if self.education.is_empty() && self.experience.is_empty() {
            missing.push(Step::Education);
            missing.push(Step::Experience);
        }
        if self.skills.is_empty() && self.languages.is_empty() {
            missing.push(Step::Skills);
            missing.push(Step::Languages);
        }
        missing
    }

    /// How many entries a list step holds.
    pub fn count(&self, section: Section) -> usize {
        match section {
            Section::Education => self.education.len(),
            Section::Experience => self.experience.len(),
            Section::Skills => self.skills.len(),
            Section::Languages => self.languages.len(),
            Section::Certificates => self.certificates.len(),
        }
    }
}

/// How a field of a CV is typed, so the pages draw it and the server reads it alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    /// One line of text.
    Line,
    /// A paragraph.
    Paragraph,
    /// A year, or a month and year.
    Date,
    Email,
    Phone,
    /// One of [`ExperienceKind`].
    Kind,
    /// One of [`Cefr`].
    Level,
}

/// One field of a builder form: its name (the control's `id` and the form field), whether it
/// must be filled, and how it is typed.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    pub name: &'static str,
    pub required: bool,
    pub control: Control,
}

const fn field(name: &'static str, required: bool, control: Control) -> Field {
    Field {
        name,
        required,
        control,
    }
}

pub const CONTACT_FIELDS: [Field; 5] = [
    field("name", true, Control::Line),
    field("headline", false, Control::Line),
    field("email", false, Control::Email),
    field("phone", false, Control::Phone),
    field("city", false, Control::Line),
];

pub const PROFILE_FIELDS: [Field; 1] = [field("profile", false, Control::Paragraph)];

impl Section {
    /// The fields of one entry, in the order the form shows them.
    pub fn fields(self) -> &'static [Field] {
        const EDUCATION: [Field; 5] = [
            field("institution", true, Control::Line),
            field("study", false, Control::Line),
            field("start", false, Control::Date),
            field("end", false, Control::Date),
            field("details", false, Control::Paragraph),
        ];
        const EXPERIENCE: [Field; 6] = [
            field("kind", true, Control::Kind),
            field("role", true, Control::Line),
            field("organisation", false, Control::Line),
            field("start", false, Control::Date),
            field("end", false, Control::Date),
            field("description", false, Control::Paragraph),
        ];
        const SKILLS: [Field; 1] = [field("skill", true, Control::Line)];
        const LANGUAGES: [Field; 2] = [
            field("language", true, Control::Line),
            field("level", true, Control::Level),
        ];
        const CERTIFICATES: [Field; 3] = [
            field("certificate", true, Control::Line),
            field("issuer", false, Control::Line),
            field("date", false, Control::Date),
        ];
        match self {
            Section::Education => &EDUCATION,
            Section::Experience => &EXPERIENCE,
            Section::Skills => &SKILLS,
            Section::Languages => &LANGUAGES,
            Section::Certificates => &CERTIFICATES,
        }
    }
}

fn date_text(date: Option<PartialDate>) -> String {
    date.map(|d| d.to_string()).unwrap_or_default()
}

impl Cv {
    /// The values of the contact or profile step's fields, to fill its form.
    pub fn step_values(&self, step: Step) -> Vec<(&'static str, String)> {
        let c = &self.contact;
        match step {
            Step::Contact => vec![
                ("name", c.name.clone()),
                ("headline", c.headline.clone()),
                ("email", c.email.clone()),
                ("phone", c.phone.clone()),
                ("city", c.city.clone()),
            ],
            Step::Profile => vec![("profile", self.profile.clone())],
            _ => Vec::new(),
        }
    }

    /// The values of entry `index` of `section`, to fill its form; `None` when there is no
    /// such entry.
    pub fn entry_values(
        &self,
        section: Section,
        index: usize,
    ) -> Option<Vec<(&'static str, String)>> {
        Some(match section {
            Section::Education => {
                let e = self.education.get(index)?;
                vec![
                    ("institution", e.institution.clone()),
                    ("study", e.study.clone()),
                    ("start", date_text(e.start)),
                    ("end", date_text(e.end)),
                    ("details", e.details.clone()),
                ]
            }
            Section::Experience => {
                let e = self.experience.get(index)?;
                vec![
                    ("kind", e.kind.as_str().to_string()),
                    ("role", e.role.clone()),
                    ("organisation", e.organisation.clone()),
                    ("start", date_text(e.start)),
                    ("end", date_text(e.end)),
                    ("description", e.description.clone()),
                ]
            }
            Section::Skills => vec![("skill", self.skills.get(index)?.name.clone())],
            Section::Languages => {
                let l = self.languages.get(index)?;
                vec![
                    ("language", l.language.clone()),
                    ("level", l.level.as_str().to_string()),
                ]
            }
            Section::Certificates => {
                let c = self.certificates.get(index)?;
                vec![
                    ("certificate", c.name.clone()),
                    ("issuer", c.issuer.clone()),
                    ("date", date_text(c.date)),
                ]
            }
        })
    }

    /// Entry `index` named in a few words, for the list of entries and its buttons.
    pub fn entry_title(&self, section: Section, index: usize) -> String {
        let join = |a: &str, b: &str| match (a.is_empty(), b.is_empty()) {
            (false, false) => format!("{a}, {b}"),
            (false, true) => a.to_string(),
            _ => b.to_string(),
        };
        match section {
            Section::Education => self
                .education
                .get(index)
                .map(|e| join(&e.study, &e.institution)),
            Section::Experience => self
                .experience
                .get(index)
                .map(|e| join(&e.role, &e.organisation)),
            Section::Skills => self.skills.get(index).map(|s| s.name.clone()),
            Section::Languages => self
                .languages
                .get(index)
                .map(|l| format!("{} ({})", l.language, l.level.as_str())),
            Section::Certificates => self
                .certificates
                .get(index)
                .map(|c| join(&c.name, &c.issuer)),
        }
        .unwrap_or_default()
    }

    /// Moves entry `index` of `section` one place towards the start (`up`) or the end.
    /// Returns whether it moved.
    pub fn move_entry(&mut self, section: Section, index: usize, up: bool) -> bool {
        fn shift<T>(list: &mut [T], index: usize, up: bool) -> bool {
            let other = if up {
                index.checked_sub(1)
            } else {
                Some(index + 1)
            };
            match other {
                Some(other) if other < list.len() && index < list.len() => {
                    list.swap(index, other);
                    true
                }
                _ => false,
            }
        }
        match section {
            Section::Education => shift(&mut self.education, index, up),
            Section::Experience => shift(&mut self.experience, index, up),
            Section::Skills => shift(&mut self.skills, index, up),
            Section::Languages => shift(&mut self.languages, index, up),
            Section::Certificates => shift(&mut self.certificates, index, up),
        }
    }

    /// Removes entry `index` of `section`; whether there was one.
    pub fn remove_entry(&mut self, section: Section, index: usize) -> bool {
        fn take<T>(list: &mut Vec<T>, index: usize) -> bool {
            (index < list.len()).then(|| list.remove(index)).is_some()
        }
        match section {
            Section::Education => take(&mut self.education, index),
            Section::Experience => take(&mut self.experience, index),
            Section::Skills => take(&mut self.skills, index),
            Section::Languages => take(&mut self.languages, index),
            Section::Certificates => take(&mut self.certificates, index),
        }
    }
}

/// One CV as the list and the pages name it (its content aside).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CvHeader {
    pub id: i32,
    pub title: String,
    pub language: CvLanguage,
    pub template: Template,
    /// Whether the learner lets their centre's facilitators read it.
    pub shared: bool,
    /// The step the learner last saved or opened, to come back to.
    pub step: Option<Step>,
    pub complete: bool,
    /// "YYYY-MM-DD".
    pub updated: String,
}

/// A CV's own words, in its language: the headings of the printed CV and the PDF.
#[derive(Debug)]
pub struct CvWords {
    pub profile: &'static str,
    pub education: &'static str,
    pub experience: &'static str,
    pub skills: &'static str,
    pub languages: &'static str,
    pub certificates: &'static str,
    pub email: &'static str,
    pub phone: &'static str,
    /// "to date", for an experience still going on.
    pub present: &'static str,
    pub native: &'static str,
    /// Experience kinds, in the order of [`ExperienceKind::ALL`].
    pub kinds: [&'static str; 4],
}

impl CvWords {
    pub fn kind(&self, kind: ExperienceKind) -> &'static str {
        self.kinds[kind as usize]
    }

    /// "C1", or "Native speaker" in the CV's language.
    pub fn level(&self, level: Cefr) -> &'static str {
        match level {
            Cefr::Native => self.native,
            other => other.as_str(),
        }
    }

    pub fn heading(&self, section: Section) -> &'static str {
        match section {
            Section::Education => self.education,
            Section::Experience => self.experience,
            Section::Skills => self.skills,
            Section::Languages => self.languages,
            Section::Certificates => self.certificates,
        }
    }
}

static FR_WORDS: CvWords = CvWords {
    profile: "Profil",
    education: "Formation",
    experience: "Expérience",
    skills: "Compétences",
    languages: "Langues",
    certificates: "Certificats",
    email: "E-mail",
    phone: "Téléphone",
    present: "aujourd’hui",
    native: "langue maternelle",
    kinds: [
        "Emploi",
        "Stage",
        "Bénévolat",
        "Travail familial ou informel",
    ],
};

static AR_WORDS: CvWords = CvWords {
    profile: "نبذة شخصية",
    education: "التعليم والتكوين",
    experience: "الخبرة",
    skills: "المهارات",
    languages: "اللغات",
    certificates: "الشهادات",
    email: "البريد الإلكتروني",
    phone: "الهاتف",
    present: "حتى الآن",
    native: "اللغة الأم",
    kinds: ["عمل", "تدريب", "تطوّع", "عمل عائلي أو غير رسمي"],
};

static ZGH_WORDS: CvWords = CvWords {
    profile: "ⴰⵎⴰⵖⵏⵓ",
    education: "ⴰⵙⵍⵎⴷ",
    experience: "ⵜⵉⵔⵎⵉⵜⵉⵏ",
    skills: "ⵜⵓⵣⵎⵔⴰ",
    languages: "ⵜⵓⵜⵍⴰⵢⵉⵏ",
    certificates: "ⵉⵙⵍⴽⵉⵏⵏ",
    email: "ⵉⵎⴰⵢⵍ",
    phone: "ⵜⵉⵍⵉⴼⵓⵏ",
    present: "ⴰⵔ ⴰⵙⵙ ⴰ",
    native: "ⵜⵓⵜⵍⴰⵢⵜ ⵏ ⵢⵉⵎⵎⴰ",
    kinds: ["ⴰⵎⵓⵙⵙⵓ", "ⴰⵙⵓⵖⵍ", "ⴰⵎⵓⵙⵙⵓ ⵙ ⵜⵉⵍⵍⴰⵍⵜ", "ⴰⵎⵓⵙⵙⵓ ⴳ ⵜⴰⵡⵊⴰ"],
};

/// The Tamazight words in Latin letters, made once from the Tifinagh ones.
static ZGH_LATN_WORDS: std::sync::LazyLock<CvWords> = std::sync::LazyLock::new(|| {
    // Leaked once, for the life of the server: the words are `&'static str` like the others.
    let latin = |word: &str| -> &'static str {
        Box::leak(crate::tifinagh::to_latin(word).into_boxed_str())
    };
    let w = &ZGH_WORDS;
    CvWords {
        profile: latin(w.profile),
        education: latin(w.education),
        experience: latin(w.experience),
        skills: latin(w.skills),
        languages: latin(w.languages),
        certificates: latin(w.certificates),
        email: latin(w.email),
        phone: latin(w.phone),
        present: latin(w.present),
        native: latin(w.native),
        kinds: w.kinds.map(latin),
    }
});

static EN_WORDS: CvWords = CvWords {
    profile: "Profile",
    education: "Education and training",
    experience: "Experience",
    skills: "Skills",
    languages: "Languages",
    certificates: "Certificates",
    email: "Email",
    phone: "Phone",
    present: "present",
    native: "native speaker",
    kinds: [
        "Job",
        "Internship",
        "Volunteering",
        "Family or informal work",
    ],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_people_write_them() {
        let ym = |year, month| Some(PartialDate { year, month });
        assert_eq!(PartialDate::parse("2024"), ym(2024, None));
        assert_eq!(PartialDate::parse(" 2024-09 "), ym(2024, Some(9)));
        assert_eq!(PartialDate::parse("2024-09-15"), ym(2024, Some(9)));
        assert_eq!(PartialDate::parse("09/2024"), ym(2024, Some(9)));
        assert_eq!(PartialDate::parse("9/2024"), ym(2024, Some(9)));
        for bad in [
            "",
            "24",
            "2024-13",
            "2024-9",
            "13/2024",
            "2024-00",
            "1800",
            "abcd",
            "2024-09-40",
            "2024--",
            "٢٠٢٤",
        ] {
            assert_eq!(PartialDate::parse(bad), None, "{bad:?}");
        }
        assert_eq!(ym(2024, Some(9)).unwrap().to_string(), "2024-09");
        assert_eq!(ym(2024, None).unwrap().to_string(), "2024");
    }

    #[test]
    fn a_latin_tamazight_cv_has_the_tamazight_words_in_latin_letters() {
        let (tifinagh, latin) = (CvLanguage::Zgh.words(), CvLanguage::ZghLatn.words());
        assert_eq!(latin.profile, crate::tifinagh::to_latin(tifinagh.profile));
        for word in [latin.education, latin.native, latin.kinds[3]] {
            assert!(!crate::tifinagh::has_tifinagh(word), "{word}");
        }
        assert_eq!(CvLanguage::from_tag("zgh-Latn"), Some(CvLanguage::ZghLatn));
    }

    #[test]
    fn steps_go_in_order_and_back_from_their_slug() {
        assert_eq!(Step::Contact.number(), 1);
        assert_eq!(Step::Contact.next(), Some(Step::Profile));
        assert_eq!(Step::Certificates.next(), None);
        for step in Step::ALL {
            assert_eq!(Step::from_slug(step.slug()), Some(step));
            if let Some(section) = step.section() {
                assert_eq!(section.step(), step);
            }
        }
    }

    #[test]
    fn entries_move_and_go() {
        let skill = |name: &str| Skill { name: name.into() };
        let mut cv = Cv {
            skills: vec![skill("a"), skill("b"), skill("c")],
            ..Cv::default()
        };
        assert!(cv.move_entry(Section::Skills, 2, true));
        assert!(
            !cv.move_entry(Section::Skills, 0, true),
            "the first cannot go up"
        );
        assert!(
            !cv.move_entry(Section::Skills, 2, false),
            "the last cannot go down"
        );
        assert!(!cv.move_entry(Section::Skills, 7, false));
        assert_eq!(cv.skills, [skill("a"), skill("c"), skill("b")]);
        assert!(cv.remove_entry(Section::Skills, 0));
        assert!(!cv.remove_entry(Section::Skills, 5));
        assert_eq!(cv.skills, [skill("c"), skill("b")]);
        assert_eq!(cv.entry_title(Section::Skills, 1), "b");
        assert_eq!(cv.entry_values(Section::Skills, 2), None);
    }

    #[test]
    fn every_entry_field_has_a_value() {
        let cv = Cv {
            education: vec![Education::default()],
            experience: vec![Experience::default()],
            skills: vec![Skill::default()],
            languages: vec![LanguageSkill::default()],
            certificates: vec![Certificate::default()],
            ..Cv::default()
        };
        for step in Step::ALL {
            let Some(section) = step.section() else {
                continue;
            };
            let values = cv.entry_values(section, 0).unwrap();
            let names: Vec<&str> = values.iter().map(|(n, _)| *n).collect();
            let fields: Vec<&str> = section.fields().iter().map(|f| f.name).collect();
            assert_eq!(names, fields, "{step:?}");
        }
    }

    #[test]
    fn complete_needs_what_an_employer_needs() {
        let mut cv = Cv::default();
        assert!(cv.is_empty() && !cv.is_complete());
        cv.contact.name = "Amal Ait Lahcen".into();
        cv.contact.phone = "+212 600 000 000".into();
        cv.profile = "Je cherche un stage.".into();
        cv.languages.push(LanguageSkill {
            language: "Tamazight".into(),
            level: Cefr::Native,
        });
        assert!(!cv.is_complete());
        assert_eq!(cv.missing(), [Step::Education, Step::Experience]);
        cv.experience.push(Experience::default());
        assert!(cv.is_complete() && cv.missing().is_empty());
        cv.contact.phone = "  ".into();
        assert!(!cv.is_complete());
    }
}
