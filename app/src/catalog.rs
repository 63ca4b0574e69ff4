//! The courses as the pages see them: already parsed, checked and rendered by the server's
//! course loader, so pages only ever handle valid content.

use crate::i18n::Locale;
use std::collections::BTreeMap;

#[derive(Clone, Debug, Default)]
pub struct Catalog {
    /// In display order.
    pub courses: Vec<Course>,
}

impl Catalog {
    pub fn course(&self, id: &str) -> Option<&Course> {
        self.courses.iter().find(|c| c.id == id)
    }
}

#[derive(Clone, Debug)]
pub struct Course {
    /// Stable, author-given id; also the course's URL segment.
    pub id: String,
    pub title: Localized<String>,
    pub summary: Localized<String>,
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
    /// Sanitised HTML of the lesson body.
    pub html: String,
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
