//! The courses as the pages see them: already parsed, checked and rendered by the server's
//! course loader, so pages only ever handle valid content.

use crate::i18n::Locale;
use std::collections::BTreeMap;
use std::sync::{Arc, PoisonError, RwLock};

/// The courses being served. An author's edit that loads cleanly replaces them whole, so a
/// page never shows half an edit; each page reads one snapshot.
#[derive(Clone, Debug, Default)]
pub struct LiveCatalog(Arc<RwLock<Arc<Catalog>>>);

impl LiveCatalog {
    pub fn new(catalog: Catalog) -> Self {
        LiveCatalog(Arc::new(RwLock::new(Arc::new(catalog))))
    }

    pub fn current(&self) -> Arc<Catalog> {
        self.0
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    pub fn replace(&self, catalog: Catalog) {
        *self.0.write().unwrap_or_else(PoisonError::into_inner) = Arc::new(catalog);
    }
}

#[derive(Clone, Debug, Default)]
pub struct Catalog {
    /// In display order.
    pub courses: Vec<Course>,
}

impl Catalog {
    pub fn course(&self, id: &str) -> Option<&Course> {
        self.courses.iter().find(|c| c.id == id)
    }

    /// A lesson as a reader of `locale` gets it: in their language or the course's fallback.
    pub fn lesson_in(
        &self,
        course: &str,
        lesson: &str,
        locale: Locale,
    ) -> Option<InLocale<&LessonVersion>> {
        let course = self.course(course)?;
        let lesson = &course.lessons[course.lesson_position(lesson)?];
        course.pick(&lesson.versions, locale)
    }
}

/// A course found in one snapshot of the catalog: what a handler looked up and checked,
/// handed to its page as it is (the page does not look it up again).
#[derive(Clone, Debug)]
pub struct CourseAt {
    catalog: Arc<Catalog>,
    index: usize,
}

impl CourseAt {
    pub fn find(catalog: Arc<Catalog>, id: &str) -> Option<CourseAt> {
        let index = catalog.courses.iter().position(|c| c.id == id)?;
        Some(CourseAt { catalog, index })
    }

    pub fn course(&self) -> &Course {
        &self.catalog.courses[self.index]
    }

    /// Its lesson `id`, if it has one.
    pub fn lesson(&self, id: &str) -> Option<LessonAt> {
        Some(LessonAt {
            position: self.course().lesson_position(id)?,
            course: self.clone(),
        })
    }
}

/// A lesson found in one snapshot of the catalog, with its course and position.
#[derive(Clone, Debug)]
pub struct LessonAt {
    course: CourseAt,
    position: usize,
}

impl LessonAt {
    pub fn find(catalog: Arc<Catalog>, course: &str, lesson: &str) -> Option<LessonAt> {
        CourseAt::find(catalog, course)?.lesson(lesson)
    }

    pub fn course(&self) -> &Course {
        self.course.course()
    }

    pub fn lesson(&self) -> &Lesson {
        &self.course().lessons[self.position]
    }

    /// Its place in the course, from 0.
    pub fn position(&self) -> usize {
        self.position
    }

    /// The ids of every lesson of its course, in order.
    pub fn course_lessons(&self) -> Vec<String> {
        self.course().lessons.iter().map(|l| l.id.clone()).collect()
    }

    /// The version a reader of `locale` gets: theirs, or the course's fallback.
    pub fn version_in(&self, locale: Locale) -> Option<InLocale<&LessonVersion>> {
        self.course().pick(&self.lesson().versions, locale)
    }
}

#[derive(Clone, Debug)]
pub struct Course {
    /// Stable, author-given id; also the course's URL segment.
    pub id: String,
    pub title: Localized<String>,
    pub summary: Localized<String>,
    /// What learners will be able to do after the course.
    pub competences: Localized<Vec<String>>,
    /// The percentage of a quiz's questions to answer right to pass it.
    pub pass_mark: u8,
    /// The languages to show, in order, when the learner's is missing.
    pub fallback: Vec<Locale>,
    /// In display order.
    pub lessons: Vec<Lesson>,
}

impl Course {
    pub fn lesson_position(&self, id: &str) -> Option<usize> {
        self.lessons.iter().position(|l| l.id == id)
    }

    /// Picks what to show a learner reading in `wanted`: that language if the content has
    /// it, else the first of the course's fallback languages that it has.
    pub fn pick<'a, T>(
        &self,
        content: &'a Localized<T>,
        wanted: Locale,
    ) -> Option<InLocale<&'a T>> {
        std::iter::once(wanted)
            .chain(self.fallback.iter().copied())
            .chain(Locale::ALL)
            .find_map(|locale| content.get(locale).map(|value| InLocale { locale, value }))
    }
}

#[derive(Clone, Debug)]
pub struct Lesson {
    /// Stable, author-given id; also the lesson's URL segment.
    pub id: String,
    pub versions: Localized<LessonVersion>,
    /// Where its files are, for serving its media.
    pub folder: std::path::PathBuf,
}

impl Lesson {
    /// Total reading time in the given language (or its fallback).
    pub fn minutes_in(&self, course: &Course, locale: Locale) -> u32 {
        course
            .pick(&self.versions, locale)
            .map_or(0, |v| u32::from(v.value.minutes))
    }
}

#[derive(Clone, Debug)]
pub struct LessonVersion {
    pub title: String,
    pub minutes: u16,
    pub objectives: Vec<String>,
    pub translation: TranslationStatus,
    /// Sanitised HTML of the lesson body up to its first practice block, without its quiz.
    pub html: String,
    /// The practice blocks, in the order written, each with the text that follows it.
    pub practice: Vec<Practice>,
    pub quiz: Option<Quiz>,
    /// A recorded reading of the lesson (its text is the transcript), as an address
    /// relative to the lesson page.
    pub narration: Option<String>,
}

/// A practice block (`## … {.try #id}`): a task the learner tries on the centre's AI
/// assistant, with a prompt to start from.
#[derive(Clone, Debug)]
pub struct Practice {
    /// Stable, author-given id, the same in every language of the lesson; in its address.
    pub id: String,
    /// The section heading, in the lesson's language.
    pub title: String,
    /// What to try, as sanitised HTML.
    pub task_html: String,
    /// What the prompt box holds at first (the author's ```` ```prompt ```` block).
    pub starter_prompt: String,
    /// For the model only, sent after the platform's own instructions; never shown.
    pub instructions: Option<String>,
    /// The lesson text between this block and the next one (or the end), as sanitised HTML.
    pub html_after: String,
}

/// The longest prompt a learner may send: a few paragraphs, and a bound on what one
/// request costs the model.
pub const MAX_PROMPT_CHARS: usize = 1000;

/// The questions at the end of a lesson (its `## … {.quiz}` section).
#[derive(Clone, Debug)]
pub struct Quiz {
    /// The section heading, in the lesson's language.
    pub title: String,
    pub questions: Vec<Question>,
}

#[derive(Clone, Debug)]
pub struct Question {
    /// Stable, author-given id, the same in every language of the lesson.
    pub id: String,
    /// Sanitised inline HTML of the question.
    pub prompt_html: String,
    pub answer: Answer,
}

/// The longest short answer a learner may give: far more than any answer a lesson asks,
/// and a bound on what one quiz form writes to the database.
pub const MAX_SHORT_ANSWER_CHARS: usize = 200;

#[derive(Clone, Debug)]
pub enum Answer {
    /// Radio buttons: exactly one choice is correct.
    Single(Vec<Choice>),
    /// Checkboxes: the learner must pick every correct choice and no other.
    Multiple(Vec<Choice>),
    /// A text field: any accepted answer counts, compared after normalisation (case,
    /// spaces, Arabic diacritics and letter variants, Tifinagh variants).
    Short {
        /// In the form they are compared in (`normalize_answer` on the server).
        accepted: Vec<String>,
        /// The first accepted answer as the author wrote it, shown after a wrong answer.
        shown: String,
    },
}

#[derive(Clone, Debug)]
pub struct Choice {
    /// Sanitised inline HTML.
    pub label_html: String,
    pub correct: bool,
    /// The author's explanation shown after answering, as sanitised HTML.
    pub feedback_html: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TranslationStatus {
    /// Machine-drafted or not yet checked by a fluent reader.
    Draft,
    Reviewed,
}

/// A value available in some of the languages.
#[derive(Clone, Debug)]
pub struct Localized<T>(BTreeMap<Locale, T>);

impl<T> Localized<T> {
    pub fn new(values: BTreeMap<Locale, T>) -> Self {
        Localized(values)
    }

    pub fn get(&self, locale: Locale) -> Option<&T> {
        self.0.get(&locale)
    }

    pub fn locales(&self) -> impl Iterator<Item = Locale> + '_ {
        self.0.keys().copied()
    }

    /// Adds the Latin-script Tamazight value made by `make` from the Tifinagh one, when
    /// there is a Tifinagh value and no Latin one written by the author.
    pub fn with_latin(mut self, make: impl Fn(&T) -> T) -> Self {
        if !self.0.contains_key(&Locale::ZghLatn) {
            if let Some(tifinagh) = self.0.get(&Locale::Zgh) {
                let latin = make(tifinagh);
                self.0.insert(Locale::ZghLatn, latin);
            }
        }
        self
    }
}

/// A value together with the language it is written in, which may differ from the page's.
#[derive(Clone, Copy, Debug)]
pub struct InLocale<T> {
    pub locale: Locale,
    pub value: T,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn course(fallback: Vec<Locale>, titles: &[(Locale, &str)]) -> Course {
        let title = Localized::new(titles.iter().map(|(l, t)| (*l, t.to_string())).collect());
        Course {
            id: "c".into(),
            competences: Localized::new(Default::default()),
            pass_mark: 70,
            summary: title.clone(),
            title,
            fallback,
            lessons: vec![],
        }
    }

    #[test]
    fn picks_the_wanted_language_when_present() {
        let c = course(vec![Locale::Fr], &[(Locale::Ar, "ar"), (Locale::Fr, "fr")]);
        let picked = c.pick(&c.title, Locale::Ar).unwrap();
        assert_eq!((picked.locale, picked.value.as_str()), (Locale::Ar, "ar"));
    }

    #[test]
    fn falls_back_in_the_course_order() {
        let c = course(
            vec![Locale::Ar, Locale::Fr],
            &[(Locale::Ar, "ar"), (Locale::Fr, "fr")],
        );
        assert_eq!(c.pick(&c.title, Locale::Zgh).unwrap().locale, Locale::Ar);
        let c = course(
            vec![Locale::Fr, Locale::Ar],
            &[(Locale::Ar, "ar"), (Locale::Fr, "fr")],
        );
        assert_eq!(c.pick(&c.title, Locale::Zgh).unwrap().locale, Locale::Fr);
    }

    #[test]
    fn anything_available_beats_nothing() {
        let c = course(vec![], &[(Locale::Zgh, "zgh")]);
        assert_eq!(c.pick(&c.title, Locale::Fr).unwrap().locale, Locale::Zgh);
    }
}
