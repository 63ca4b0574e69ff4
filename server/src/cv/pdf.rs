//! A CV as a PDF, typeset by Typst in the server process: no files, no packages, no system
//! fonts, only the templates and fonts compiled into the binary.
//!
//! The learner's text never becomes Typst markup: it goes into a JSON file the template
//! reads (`json("/cv.json")`) and shows as strings, so `#panic()` or `*` in a name is text.
//! Rendering takes tens of milliseconds of CPU: call it from `spawn_blocking`.

use serde::Serialize;
use std::borrow::Cow;
use std::sync::LazyLock;
use tifawt_app::cv::{period, Cv, CvLanguage, PartialDate, Template};
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("cannot typeset the CV: {0}")]
    Typeset(String),
    #[error("cannot write the CV's PDF: {0}")]
    Export(String),
    #[error("cannot pass the CV to its template: {0}")]
    Data(#[from] serde_json::Error),
}

/// The CV as an accessible PDF (tagged, PDF/UA-1), in `language`'s words and direction;
/// `title` is the document's title (the CV's name in the learner's list).
pub fn render_pdf(
    cv: &Cv,
    language: CvLanguage,
    template: Template,
    title: &str,
) -> Result<Vec<u8>, PdfError> {
    let world = CvWorld {
        main: template_id(template.as_str()),
        data: Bytes::new(serde_json::to_vec(&View::new(cv, language, title))?),
    };
    // The output type is inferred from `typst_pdf::pdf`: a paged document.
    let compiled = typst::compile(&world).output;
    // Typst memoises across compilations; forgetting what recent ones did not reuse keeps
    // a long-running server's memory flat (the Typst CLI does the same in watch mode).
    typst::comemo::evict(10);
    let document = compiled.map_err(|errors| PdfError::Typeset(describe(&world, &errors)))?;
    let options = PdfOptions {
        standards: PdfStandards::new(&[PdfStandard::Ua_1])
            .map_err(|error| PdfError::Export(error.message().to_string()))?,
        ..PdfOptions::default()
    };
    typst_pdf::pdf(&document, &options)
        .map_err(|errors| PdfError::Export(describe(&world, &errors)))
}

/// What the template reads from `/cv.json`: the CV's text, trimmed, its empty parts left
/// out, and every word of the CV's own (headings, levels, kinds) already in its language.
#[derive(Serialize)]
struct View<'a> {
    title: Text<'a>,
    author: Vec<Text<'a>>,
    lang: &'static str,
    rtl: bool,
    /// The level-1 heading: the name, or the title for a CV without one.
    name: Text<'a>,
    headline: Text<'a>,
    contact: Vec<Detail<'a>>,
    sections: Vec<SectionView<'a>>,
}

#[derive(Serialize)]
struct Detail<'a> {
    label: &'static str,
    value: Text<'a>,
    /// Kept left to right in a right-to-left CV.
    ltr: bool,
}

#[derive(Serialize, Default)]
struct SectionView<'a> {
    heading: &'static str,
    text: Text<'a>,
    entries: Vec<Entry<'a>>,
    items: Vec<String>,
}

#[derive(Serialize)]
struct Entry<'a> {
    title: Text<'a>,
    place: Text<'a>,
    kind: &'static str,
    /// One date, or the start and the end ("present" for experience still going on).
    dates: Vec<String>,
    text: Text<'a>,
}

impl<'a> View<'a> {
    fn new(cv: &'a Cv, language: CvLanguage, title: &'a str) -> View<'a> {
        let words = language.words();
        let name = text(&cv.contact.name);
        let title = [text(title), name.clone()]
            .into_iter()
            .find(|t| !t.is_empty())
            .unwrap_or(Text::Borrowed("CV"));
        let detail = |label, value: &'a str, ltr| {
            let value = text(value);
            (!value.is_empty()).then_some(Detail { label, value, ltr })
        };
        let contact = [
            detail(words.email, &cv.contact.email, true),
            detail(words.phone, &cv.contact.phone, true),
            detail("", &cv.contact.city, false),
        ];
        let sections = [
            SectionView {
                heading: words.profile,
                text: text(&cv.profile),
                ..SectionView::default()
            },
            entries(
                words.education,
                cv.education.iter().map(|e| Entry {
                    title: text(&e.study),
                    place: text(&e.institution),
                    kind: "",
                    dates: period(e.start, e.end, None),
                    text: text(&e.details),
                }),
            ),
            entries(
                words.experience,
                cv.experience.iter().map(|e| Entry {
                    title: text(&e.role),
                    place: text(&e.organisation),
                    kind: words.kind(e.kind),
                    dates: period(e.start, e.end, Some(words.present)),
                    text: text(&e.description),
                }),
            ),
            items(
                words.skills,
                cv.skills.iter().map(|s| text(&s.name).into_owned()),
            ),
            items(
                words.languages,
                cv.languages
                    .iter()
                    .map(|l| (text(&l.language), l.level))
                    .filter(|(language, _)| !language.is_empty())
                    .map(|(language, level)| format!("{language} ({})", words.level(level))),
            ),
            entries(
                words.certificates,
                cv.certificates.iter().map(|c| Entry {
                    title: text(&c.name),
                    place: text(&c.issuer),
                    kind: "",
                    dates: period(c.date, None, None),
                    text: Text::Borrowed(""),
                }),
            ),
        ];
        View {
            author: [name.clone()]
                .into_iter()
                .filter(|n| !n.is_empty())
                .collect(),
            // Typst takes a language code without a script: zgh-Latn is zgh in Latin
            // letters, which the fonts' order already gives it.
            lang: language.tag().split('-').next().unwrap_or("fr"),
            rtl: language.dir() == "rtl",
            name: if name.is_empty() { title.clone() } else { name },
            title,
            headline: text(&cv.contact.headline),
            contact: contact.into_iter().flatten().collect(),
            sections: sections
                .into_iter()
                .filter(|s| !s.text.is_empty() || !s.entries.is_empty() || !s.items.is_empty())
                .collect(),
        }
    }
}

/// The learner's text, trimmed, as the fonts can show it. PDF/UA-1 refuses a character
/// without a glyph, so: control characters and direction overrides go (the learner's text
/// cannot reorder the line around it), a tab is a space, invisible formatting characters the
/// fonts lack go, and any other character they lack (emoji, Chinese…) is shown as "?".
fn text(value: &str) -> Text<'_> {
    let value = value.trim();
    let dropped = |c: char| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    let shown = |c: char| {
        c == '\n'
            || FONTS
                .1
                .iter()
                .any(|font| font.info().coverage.contains(c as u32))
    };
    if value.chars().all(|c| !dropped(c) && shown(c)) {
        return Text::Borrowed(value);
    }
    let invisible = |c: char| {
        matches!(c, '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202F}' | '\u{2060}'..='\u{206F}'
            | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{E0000}'..='\u{E0FFF}')
    };
    Text::Owned(
        value
            .chars()
            .filter(|&c| !dropped(c) && (c == '\t' || shown(c) || !invisible(c)))
            .map(|c| match c {
                '\t' => ' ',
                c if shown(c) => c,
                _ => '?',
            })
            .collect(),
    )
}

type Text<'a> = Cow<'a, str>;

fn entries<'a>(heading: &'static str, entries: impl Iterator<Item = Entry<'a>>) -> SectionView<'a> {
    SectionView {
        heading,
        // An entry with only its kind (a default the learner never filled) says nothing.
        entries: entries
            .filter(|e| {
                ![&e.title, &e.place, &e.text].iter().all(|t| t.is_empty()) || !e.dates.is_empty()
            })
            .collect(),
        ..SectionView::default()
    }
}

fn items(heading: &'static str, items: impl Iterator<Item = String>) -> SectionView<'static> {
    SectionView {
        heading,
        items: items.filter(|i| !i.is_empty()).collect(),
        ..SectionView::default()
    }
}

/// The templates, parsed once; `common.typ` is imported by the others.
struct Templates(Vec<Source>);

static TEMPLATES: LazyLock<Templates> = LazyLock::new(|| {
    Templates(
        [
            ("common", include_str!("templates/common.typ")),
            ("plain", include_str!("templates/plain.typ")),
            ("classic", include_str!("templates/classic.typ")),
        ]
        .into_iter()
        .map(|(name, text)| Source::new(template_id(name), text.to_owned()))
        .collect(),
    )
});

impl Templates {
    fn get(&self, id: FileId) -> Option<&Source> {
        self.0.iter().find(|source| source.id() == id)
    }
}

fn template_id(name: &str) -> FileId {
    file_id(&format!("/{name}.typ"))
}

fn file_id(path: &str) -> FileId {
    // The paths are ours and valid; `VirtualPath::new` refuses only `..` escapes.
    let path = VirtualPath::new(path).expect("a template's path is a valid virtual path");
    FileId::new(RootedPath::new(VirtualRoot::Project, path))
}

static DATA: LazyLock<FileId> = LazyLock::new(|| file_id("/cv.json"));

/// Noto Sans (Latin), Noto Sans Arabic and Noto Sans Tifinagh, subset to the scripts a CV
/// needs (server/fonts/README.md); Typst embeds only the glyphs a PDF uses.
static FONTS: LazyLock<(LazyHash<FontBook>, Vec<Font>)> = LazyLock::new(|| {
    let fonts: Vec<Font> = [
        &include_bytes!("../../fonts/NotoSans-Regular.ttf")[..],
        include_bytes!("../../fonts/NotoSans-Bold.ttf"),
        include_bytes!("../../fonts/NotoSansArabic-Regular.ttf"),
        include_bytes!("../../fonts/NotoSansArabic-Bold.ttf"),
        include_bytes!("../../fonts/NotoSansTifinagh-Regular.ttf"),
    ]
    .into_iter()
    .flat_map(|data| Font::iter(Bytes::new(data)))
    .collect();
    (LazyHash::new(FontBook::from_fonts(&fonts)), fonts)
});

static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));

/// One compilation's world: a template, the CV's data, the embedded fonts, nothing else.
struct CvWorld {
    main: FileId,
    data: Bytes,
}

impl World for CvWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.0
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        TEMPLATES.get(id).cloned().ok_or_else(|| not_found(id))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == *DATA {
            return Ok(self.data.clone());
        }
        self.source(id)
            .map(|source| Bytes::from_string(source.text().to_owned()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.1.get(index).cloned()
    }

    /// Fixed, so that a PDF depends only on the CV (the templates show no date of their own).
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Datetime::from_ymd(2025, 1, 1)
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.get().vpath().get_without_slash().into())
}

/// Typst's errors as lines of text: file and line (in a template) or message alone.
fn describe(world: &CvWorld, errors: &[SourceDiagnostic]) -> String {
    errors
        .iter()
        .map(|error| {
            let place = error.span.id().and_then(|id| {
                let source = world.source(id).ok()?;
                let line = source
                    .lines()
                    .byte_to_line(world.range(error.span)?.start)?;
                Some(format!(
                    "{}:{}: ",
                    id.get().vpath().get_without_slash(),
                    line + 1
                ))
            });
            let hints = error
                .hints
                .iter()
                .map(|hint| format!(" (hint: {})", hint.v));
            place.unwrap_or_default() + &error.message + &hints.collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// `tifawt bench-pdf` (hidden; scripts/bench.sh): renders [`example`] `runs` times and
/// prints one JSON line: p50 and p95 in ms, the PDF's size, and the process's peak RSS.
pub fn bench(runs: usize) -> Result<(), PdfError> {
    let mut cv = example(CvLanguage::Fr);
    // Each run another learner: Typst memoises, and the same CV twice would cost nothing.
    let mut render = |run: usize| {
        cv.contact.name = format!("Amal Aït Lahcen {run}");
        cv.profile.push('.');
        render_pdf(&cv, CvLanguage::Fr, Template::Plain, "CV")
    };
    // The first run parses the fonts and templates, as the server's first CV does.
    let first = std::time::Instant::now();
    let bytes = render(0)?.len();
    let first_ms = first.elapsed().as_secs_f64() * 1000.0;
    let mut times = Vec::with_capacity(runs);
    for run in 1..=runs.max(1) {
        let started = std::time::Instant::now();
        render(run)?;
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(f64::total_cmp);
    let at = |p: f64| times[((times.len() as f64 * p).ceil() as usize).clamp(1, times.len()) - 1];
    let peak_rss_kib = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
            line.split_whitespace().nth(1)?.parse::<u64>().ok()
        });
    let figures = serde_json::json!({
        "runs": times.len(),
        "first_ms": first_ms,
        "p50_ms": at(0.5),
        "p95_ms": at(0.95),
        "pdf_bytes": bytes,
        "peak_rss_mib": peak_rss_kib.map(|kib| kib as f64 / 1024.0),
    });
    println!("{figures}");
    Ok(())
}

/// A typical CV (contact, profile, 2 education, 3 experience, 6 skills, 4 languages, 2
/// certificates), in Arabic or in French (also for Tamazight and English, with a Tifinagh
/// headline and profile for Tamazight): for the tests and [`bench`].
pub fn example(language: CvLanguage) -> Cv {
    use tifawt_app::cv::{
        Cefr, Certificate, Contact, Education, Experience, ExperienceKind, LanguageSkill, Skill,
    };
    let date = |text: &str| PartialDate::parse(text);
    let arabic = language == CvLanguage::Ar;
    let pick = |fr: &str, ar: &str| if arabic { ar } else { fr }.to_owned();
    let education = |study, study_ar, school, school_ar, start, end| Education {
        institution: pick(school, school_ar),
        study: pick(study, study_ar),
        start: date(start),
        end: date(end),
        details: String::new(),
    };
    let experience = |kind, role, role_ar, place, place_ar, start, end, what, what_ar| Experience {
        kind,
        role: pick(role, role_ar),
        organisation: pick(place, place_ar),
        start: date(start),
        end: date(end),
        description: pick(what, what_ar),
    };
    let mut cv = Cv {
        contact: Contact {
            name: pick("Amal Aït Lahcen", "أمل آيت لحسن"),
            headline: pick("Assistante administrative", "مساعدة إدارية"),
            email: "amal@example.ma".into(),
            phone: "+212 600 12 34 56".into(),
            city: pick("Tinghir", "تنغير"),
        },
        profile: pick(
            "Je cherche un stage dans l’informatique de gestion. Sérieuse, organisée, j’aime \
             apprendre et travailler en équipe.",
            "أبحث عن تدريب في مجال الإعلاميات. جادة ومنظمة، أحب التعلم والعمل ضمن فريق.",
        ),
        education: vec![
            education(
                "Baccalauréat sciences expérimentales",
                "باكالوريا علوم تجريبية",
                "Lycée Ibn Rochd, Tinghir",
                "ثانوية ابن رشد، تنغير",
                "2021-09",
                "2024-06",
            ),
            education(
                "Bureautique et Internet (Tifawt)",
                "المكتبيات والإنترنت (تيفاوت)",
                "Centre Tifawt de Tinghir",
                "مركز تيفاوت بتنغير",
                "2024-10",
                "2025-03",
            ),
        ],
        experience: vec![
            experience(
                ExperienceKind::Internship,
                "Stagiaire à l’épicerie",
                "متدربة في البقالة",
                "Épicerie Atlas",
                "بقالة الأطلس",
                "2024-07",
                "2024-08",
                "Caisse, inventaire, commandes aux fournisseurs.",
                "الصندوق، الجرد، الطلبيات من الموردين.",
            ),
            experience(
                ExperienceKind::Volunteering,
                "Animatrice de lecture",
                "منشطة قراءة",
                "Association Tiwizi",
                "جمعية تويزي",
                "2023-01",
                "",
                "Lecture aux enfants du douar, deux après-midi par semaine.",
                "القراءة لأطفال الدوار، مساءين في الأسبوع.",
            ),
            experience(
                ExperienceKind::Informal,
                "Aide à la coopérative familiale",
                "مساعدة في التعاونية العائلية",
                "Coopérative d’huile d’argan",
                "تعاونية زيت الأركان",
                "2020",
                "2023",
                "Emballage, étiquettes et vente au souk.",
                "التلفيف والملصقات والبيع في السوق.",
            ),
        ],
        skills: [
            ("Traitement de texte", "معالجة النصوص"),
            ("Tableur", "الجداول الإلكترونية"),
            ("Courrier électronique", "البريد الإلكتروني"),
            ("Accueil du public", "استقبال الزبناء"),
            ("Caisse", "الصندوق"),
            ("Travail en équipe", "العمل ضمن فريق"),
        ]
        .into_iter()
        .map(|(fr, ar)| Skill { name: pick(fr, ar) })
        .collect(),
        languages: [
            ("Tamazight", "الأمازيغية", Cefr::Native),
            ("Arabe", "العربية", Cefr::C1),
            ("Français", "الفرنسية", Cefr::B2),
            ("Anglais", "الإنجليزية", Cefr::A2),
        ]
        .into_iter()
        .map(|(fr, ar, level)| LanguageSkill {
            language: pick(fr, ar),
            level,
        })
        .collect(),
        certificates: vec![
            Certificate {
                name: pick("Littératie numérique", "محو الأمية الرقمية"),
                issuer: pick("Tifawt", "تيفاوت"),
                date: date("2025-03"),
            },
            Certificate {
                name: pick("Premiers secours", "الإسعافات الأولية"),
                issuer: pick("Croissant-Rouge marocain", "الهلال الأحمر المغربي"),
                date: date("2024"),
            },
        ],
    };
    if language == CvLanguage::Zgh {
        cv.contact.headline = "ⵜⴰⵎⵙⵙⵓⵜ ⵜⴰⵏⴱⴷⴰⴷⵜ".into();
        cv.profile = "ⵔⵉⵖ ⴰⴷ ⵙⵙⵍⵎⴷⵖ ⵜⵉⵙⵏⴰⵙⵉⵏ ⴷ ⵓⵙⵡⵓⵔⵉ ⴳ ⵓⵎⵔⴰⵡ.".into();
    }
    if language == CvLanguage::ZghLatn {
        cv.contact.headline = "Tamssut tanbdadt".into();
        cv.profile = "Riɣ ad sslmdɣ tisnasin d uswuri ɣ umraw.".into();
    }
    cv
}

#[cfg(test)]
mod tests {
    //! The PDFs are read back with poppler's tools (`poppler-utils`, installed by
    //! `scripts/setup.sh --browser`), as a reader or a screen reader's text layer would.

    use super::*;
    use std::process::Command;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use tifawt_app::cv::{Experience, ExperienceKind};

    fn render(cv: &Cv, language: CvLanguage, template: Template) -> Vec<u8> {
        render_pdf(cv, language, template, "CV – Amal")
            .unwrap_or_else(|error| panic!("{language} {template:?}: {error}"))
    }

    /// `tool FILE` (then `-` for pdftotext's text on stdout), on a PDF written to a
    /// temporary file.
    fn poppler(tool: &str, pdf: &[u8]) -> String {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let path = std::env::temp_dir().join(format!(
            "tifawt-cv-{}-{}.pdf",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::write(&path, pdf).unwrap();
        let mut command = Command::new(tool);
        command.arg(&path);
        if tool == "pdftotext" {
            command.arg("-");
        }
        let output = command.output();
        std::fs::remove_file(&path).unwrap();
        let output = output.unwrap_or_else(|error| {
            panic!("{tool}: {error} (install poppler-utils: scripts/setup.sh --browser)")
        });
        assert!(
            output.status.success(),
            "{tool}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    }

    /// pdfinfo's value for `key`, e.g. "Pages".
    fn info(info: &str, key: &str) -> String {
        info.lines()
            .find_map(|line| line.strip_prefix(key)?.strip_prefix(':'))
            .unwrap_or_else(|| panic!("no {key} in {info}"))
            .trim()
            .to_owned()
    }

    /// `expected` as pdftotext gives it: poppler reverses the two letters of a lam-alef
    /// ligature in right-to-left text, although Typst maps the glyph to them in logical
    /// order (its ToUnicode says "لا"). Its direction marks are dropped by the caller.
    fn as_poppler_reads_arabic(expected: &str) -> String {
        ["لا", "لأ", "لإ", "لآ"]
            .iter()
            .fold(expected.to_owned(), |text, ligature| {
                text.replace(ligature, &ligature.chars().rev().collect::<String>())
            })
    }

    #[test]
    fn arabic_reads_in_logical_order_with_contact_details_intact() {
        let pdf = render(&example(CvLanguage::Ar), CvLanguage::Ar, Template::Plain);
        let marks = |c: char| ('\u{202A}'..='\u{202E}').contains(&c);
        let text = poppler("pdftotext", &pdf).replace(marks, "");
        for expected in [
            "أبحث عن تدريب في مجال الإعلاميات",
            "أمل آيت لحسن",
            "الخبرة",
            "حتى الآن",
        ] {
            let expected = as_poppler_reads_arabic(expected);
            assert!(text.contains(&expected), "{expected:?} not in:\n{text}");
        }
        // Left to right, each whole, not "ma.example@amal" or "56 34 12 600 212+".
        for expected in ["amal@example.ma", "+212 600 12 34 56", "2021-09", "2024-06"] {
            assert!(text.contains(expected), "{expected:?} not in:\n{text}");
        }
    }

    #[test]
    fn french_accents_come_out_intact() {
        let text = poppler(
            "pdftotext",
            &render(&example(CvLanguage::Fr), CvLanguage::Fr, Template::Plain),
        );
        for expected in [
            "Lycée",
            "Stagiaire à l’épicerie",
            "Français (B2)",
            "Tamazight (langue maternelle)",
            "Expérience",
            "Stage · 2024-07 – 2024-08",
            "2023-01 – aujourd’hui",
        ] {
            assert!(text.contains(expected), "{expected:?} not in:\n{text}");
        }
    }

    #[test]
    fn tamazight_in_tifinagh_and_in_latin_letters_comes_out_intact() {
        let mut cv = example(CvLanguage::Zgh);
        cv.contact.city = "Aɛrab ɣ ḥ ṛ ṣ ṭ ẓ ḍ kʷ".into();
        let text = poppler(
            "pdftotext",
            &render(&cv, CvLanguage::Zgh, Template::Classic),
        );
        for expected in [
            "ⵔⵉⵖ ⴰⴷ ⵙⵙⵍⵎⴷⵖ ⵜⵉⵙⵏⴰⵙⵉⵏ ⴷ ⵓⵙⵡⵓⵔⵉ ⴳ ⵓⵎⵔⴰⵡ.",
            "ⵜⵉⵔⵎⵉⵜⵉⵏ",
            "Aɛrab ɣ ḥ ṛ ṣ ṭ ẓ ḍ kʷ",
        ] {
            assert!(text.contains(expected), "{expected:?} not in:\n{text}");
        }
        // A CV written in Latin letters: its words too.
        let latin = poppler(
            "pdftotext",
            &render(
                &example(CvLanguage::ZghLatn),
                CvLanguage::ZghLatn,
                Template::Plain,
            ),
        );
        for expected in [
            "Riɣ ad sslmdɣ tisnasin d uswuri ɣ umraw.",
            CvLanguage::ZghLatn.words().experience,
        ] {
            assert!(latin.contains(expected), "{expected:?} not in:\n{latin}");
        }
        assert!(!tifawt_app::tifinagh::has_tifinagh(&latin), "{latin}");
    }

    #[test]
    fn every_font_is_embedded_and_subset() {
        for language in CvLanguage::ALL {
            let fonts = poppler(
                "pdffonts",
                &render(&example(language), language, Template::Plain),
            );
            // Two header lines, then one line per font: "… emb sub uni object ID".
            let lines: Vec<&str> = fonts.lines().skip(2).collect();
            assert!(!lines.is_empty(), "{language}: no fonts in\n{fonts}");
            for line in &lines {
                let columns: Vec<&str> = line.split_whitespace().collect();
                let flags = &columns[columns.len() - 5..columns.len() - 2];
                assert_eq!(
                    flags,
                    ["yes", "yes", "yes"],
                    "{language}: emb sub uni in {line}"
                );
            }
            let script_font = match language {
                CvLanguage::Ar => "NotoSansArabic",
                CvLanguage::Zgh => "NotoSansTifinagh",
                _ => "NotoSans-Bold",
            };
            assert!(
                fonts.contains(script_font),
                "{language}: no {script_font} in\n{fonts}"
            );
        }
    }

    #[test]
    fn a_typical_cv_is_one_small_tagged_page_with_its_title() {
        for language in [CvLanguage::Ar, CvLanguage::Fr] {
            for template in Template::ALL {
                let pdf = render(&example(language), language, template);
                let about = poppler("pdfinfo", &pdf);
                assert_eq!(info(&about, "Pages"), "1", "{language} {template:?}");
                assert_eq!(info(&about, "Tagged"), "yes", "{language} {template:?}");
                assert_eq!(
                    info(&about, "Title"),
                    "CV – Amal",
                    "{language} {template:?}"
                );
                assert!(
                    pdf.len() <= 200_000,
                    "{language} {template:?}: {} bytes",
                    pdf.len()
                );
            }
        }
    }

    #[test]
    fn a_long_cv_runs_onto_several_pages() {
        let mut cv = example(CvLanguage::Fr);
        cv.experience = (0..30)
            .map(|n| Experience {
                kind: ExperienceKind::Job,
                role: format!("Poste numéro {n}"),
                organisation: "Coopérative".into(),
                start: PartialDate::parse("2020-01"),
                end: PartialDate::parse("2021-01"),
                description: "Une description de deux lignes, pour que chaque entrée prenne \
                              la place qu’une vraie expérience prend sur une page A4."
                    .into(),
            })
            .collect();
        for template in Template::ALL {
            let pdf = render(&cv, CvLanguage::Fr, template);
            let pages: u32 = info(&poppler("pdfinfo", &pdf), "Pages").parse().unwrap();
            assert!(pages >= 2, "{template:?}: {pages} page(s)");
            assert!(poppler("pdftotext", &pdf).contains("Poste numéro 29"));
        }
    }

    #[test]
    fn the_learners_text_is_text_never_markup() {
        let attempts = [
            "#panic(\"x\")",
            "*bold* _it_",
            "]",
            "$x$",
            "@ref",
            "<label>",
            "\\",
            "#set text(red)",
            "// not a comment",
            "{ } [ ]",
        ];
        let mut cv = example(CvLanguage::Fr);
        cv.contact.name = attempts[0].into();
        cv.profile = attempts.join(" ");
        cv.skills[0].name = "#{ panic() }".into();
        for template in Template::ALL {
            let text = poppler("pdftotext", &render(&cv, CvLanguage::Fr, template));
            for attempt in attempts.iter().chain(&["#{ panic() }"]) {
                assert!(text.contains(attempt), "{attempt:?} not in:\n{text}");
            }
        }
    }

    #[test]
    fn any_text_renders_even_what_the_fonts_lack() {
        let mut cv = example(CvLanguage::Fr);
        cv.contact.name = "Amal 😀 \u{0}\u{7}\u{202E}Ω 中文 \u{FFFF}".into();
        let text = poppler("pdftotext", &render(&cv, CvLanguage::Fr, Template::Plain));
        assert!(text.contains("Amal ? ? ?? ?"), "{text}");
        cv.profile = "x".repeat(3000) + "\n\n\r\t" + &"كلمة ".repeat(400);
        cv.skills[0].name = "\u{301}\u{200D}\u{FE0F}".into();
        for language in CvLanguage::ALL {
            render(&cv, language, Template::Classic);
        }
        render(&Cv::default(), CvLanguage::Fr, Template::Plain);
    }

    #[test]
    fn the_view_leaves_out_what_is_empty_and_words_dates() {
        let mut cv = Cv::default();
        cv.contact.email = "  a@b.ma ".into();
        cv.experience.push(Experience::default());
        let view = View::new(&cv, CvLanguage::En, " ");
        assert_eq!((&*view.title, &*view.name), ("CV", "CV"));
        assert!(view.author.is_empty() && view.sections.is_empty());
        assert_eq!(view.contact.len(), 1);
        assert_eq!(view.contact[0].value, "a@b.ma");
        assert_eq!(text(" a\u{202E}b\tc\u{0}😀\u{FE0F} "), "ab c?");
        let date = |text| PartialDate::parse(text);
        assert_eq!(
            period(date("2021-09"), date("2024"), None),
            ["2021-09", "2024"]
        );
        assert_eq!(
            period(date("2021-09"), None, Some("now")),
            ["2021-09", "now"]
        );
        assert_eq!(period(date("2021-09"), None, None), ["2021-09"]);
        assert!(period(None, None, Some("now")).is_empty());
    }
}
