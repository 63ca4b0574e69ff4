//! How long loading and checking 1,000 lessons takes (budget: 1 s, DESIGN.md §8).
//!
//! `cargo bench -p tifawt-server --bench load_courses` generates 20 courses of 50 lessons,
//! each lesson in three languages with a quiz, then loads them several times and prints
//! the figures. It asserts nothing: figures are read, not tested.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};
use tifawt_server::courses::load_catalog;

const COURSES: usize = 20;
const LESSONS_PER_COURSE: usize = 50;
const RUNS: usize = 7;

fn lesson_text(language: &str, n: usize) -> String {
    let mut text = format!(
        "+++\ntitle = \"Leçon {n} ({language})\"\nminutes = 8\nobjectives = [\"Comprendre\", \"Appliquer\"]\ntranslation = \"draft\"\n+++\n\n"
    );
    for section in 1..=4 {
        let _ = write!(
            text,
            "## Partie {section}\n\nUn paragraphe avec du **gras**, de l’*italique* et un [lien](https://example.org). \
             ⵜⵉⴼⴰⵡⵜ تيفاوت. Encore une phrase pour faire un texte de taille réaliste, comme une leçon de cinq \
             à dix minutes.\n\n- un point\n- un autre point\n- [ ] une case\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        );
    }
    text.push_str("## Quiz {.quiz}\n\n");
    for q in 1..=5 {
        let _ = write!(
            text,
            "### Question {q} ? {{#q{q}}}\n- [ ] Non\n  > Parce que.\n- [x] Oui\n- [ ] Peut-être\n\n"
        );
    }
    text.push_str("### Le mot ? {#word .short}\n- [x] hallucination\n- [x] une hallucination\n");
    text
}

fn generate(root: &Path) {
    for c in 0..COURSES {
        let course = root.join(format!("course-{c:02}"));
        fs::create_dir_all(&course).unwrap();
        fs::write(
            course.join("course.toml"),
            format!(
                "id = \"course-{c:02}\"\norder = {c}\nlanguages = [\"zgh\", \"ar\", \"fr\"]\n\
                 [title]\nfr = \"Cours {c}\"\nar = \"درس {c}\"\nzgh = \"ⴰⵙⵍⵎⴷ {c}\"\n\
                 [summary]\nfr = \"Résumé\"\nar = \"ملخص\"\nzgh = \"ⴰⴳⵣⵣⵓⵍ\"\n"
            ),
        )
        .unwrap();
        for l in 0..LESSONS_PER_COURSE {
            let lesson = course.join(format!("{l:02}-lesson-{l}"));
            fs::create_dir_all(&lesson).unwrap();
            for language in ["fr", "ar", "zgh"] {
                fs::write(
                    lesson.join(format!("lesson.{language}.md")),
                    lesson_text(language, l),
                )
                .unwrap();
            }
        }
    }
}

fn main() {
    let root = std::env::temp_dir().join(format!("tifawt-bench-courses-{}", std::process::id()));
    let _ = fs::remove_dir_all(&root);
    generate(&root);
    let bytes: u64 = walk_size(&root);

    let mut times: Vec<Duration> = Vec::new();
    for _ in 0..RUNS {
        let started = Instant::now();
        let catalog = load_catalog(&root)
            .expect("the generated courses are valid")
            .catalog;
        times.push(started.elapsed());
        let lessons: usize = catalog.courses.iter().map(|c| c.lessons.len()).sum();
        assert_eq!(lessons, COURSES * LESSONS_PER_COURSE);
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "load + check {} lessons × 3 languages ({} files, {:.1} MB): min {:.0} ms, median {:.0} ms, max {:.0} ms over {RUNS} runs (budget 1000 ms)",
        COURSES * LESSONS_PER_COURSE,
        COURSES * LESSONS_PER_COURSE * 3,
        bytes as f64 / 1e6,
        ms(times[0]),
        ms(times[RUNS / 2]),
        ms(times[RUNS - 1]),
    );
    fs::remove_dir_all(&root).unwrap();
}

fn walk_size(dir: &Path) -> u64 {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            if e.file_type().unwrap().is_dir() {
                walk_size(&e.path())
            } else {
                e.metadata().unwrap().len()
            }
        })
        .sum()
}
