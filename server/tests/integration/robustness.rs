//! Author input never crashes the course loader: arbitrary bytes, huge files, deep nesting,
//! bidi controls and script injection all end as a clean load or a list of problems.

use std::fs;
use std::path::PathBuf;
use tifawt_server::courses::{load_catalog, LoadError};

/// A small deterministic generator (xorshift64*), so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const FRONT: &[u8] = b"+++\ntitle = \"T\"\nminutes = 5\n+++\n";

/// One course with one lesson whose French file holds `lesson`.
struct Course {
    root: PathBuf,
}

impl Course {
    fn new(name: &str) -> Course {
        let root =
            std::env::temp_dir().join(format!("tifawt-robust-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        fs::create_dir_all(root.join("c/01-l")).unwrap();
        fs::write(
            root.join("c/course.toml"),
            "id = \"c\"\norder = 1\nlanguages = [\"fr\"]\n[title]\nfr = \"C\"\n[summary]\nfr = \"S\"\n",
        )
        .unwrap();
        Course { root }
    }

    /// Loads the course with this lesson text; checks what came out is safe.
    fn load(&self, lesson: &[u8]) {
        fs::write(self.root.join("c/01-l/lesson.fr.md"), lesson).unwrap();
        match load_catalog(&self.root).map(|loaded| loaded.catalog) {
            Ok(catalog) => {
                let version = catalog.courses[0].lessons[0]
                    .versions
                    .locales()
                    .next()
                    .unwrap();
                let html = &catalog.courses[0].lessons[0]
                    .versions
                    .get(version)
                    .unwrap()
                    .html;
                assert_safe(html, lesson);
            }
            Err(LoadError::Invalid(problems)) => {
                assert!(!problems.is_empty());
                for problem in problems {
                    assert!(problem.line >= 1 && problem.column >= 1, "{problem}");
                }
            }
            Err(other) => panic!("unexpected: {other}"),
        }
    }
}

impl Drop for Course {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.root);
    }
}

/// Checks every tag of sanitised HTML: text may mention `<script>` (escaped), but no
/// tag may run code. Any `<` in sanitised output starts a real tag.
fn assert_safe(html: &str, input: &[u8]) {
    let input = || String::from_utf8_lossy(input).into_owned();
    for tag in html
        .split('<')
        .skip(1)
        .map(|rest| rest.split('>').next().unwrap_or("").to_lowercase())
    {
        let name = tag
            .trim_start_matches('/')
            .split([' ', '\n', '\t', '/'])
            .next()
            .unwrap_or("");
        assert!(
            ![
                "script", "style", "iframe", "svg", "object", "embed", "link", "meta", "base",
                "form"
            ]
            .contains(&name),
            "<{tag}> got through for input {:?}",
            input()
        );
        for attribute in tag.split_whitespace().skip(1) {
            assert!(
                !attribute.starts_with("on"),
                "event handler in <{tag}> for input {:?}",
                input()
            );
        }
        assert!(
            !tag.contains("javascript:") && !tag.contains("data:"),
            "script URL in <{tag}> for input {:?}",
            input()
        );
    }
}

#[test]
fn arbitrary_bytes_never_crash_the_loader() {
    let course = Course::new("bytes");
    let mut rng = Rng(0x7469_6661_7774);
    for _ in 0..300 {
        let len = rng.below(2000);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        course.load(&bytes);
        course.load(&[FRONT, &bytes].concat());
    }
}

#[test]
fn markdown_soup_never_crashes_the_loader() {
    const PIECES: &[&str] = &[
        "#",
        "## ",
        "### ",
        "#### ",
        "- [ ] ",
        "- [x] ",
        "  > ",
        "> ",
        "{#id}",
        "{#q .multiple}",
        "{.short}",
        "{.quiz}",
        "+++",
        "\n",
        "\n\n",
        " ",
        "  ",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "![](x)",
        "![alt](media/a.png)",
        "`",
        "```",
        "*",
        "_",
        "|",
        "|---|",
        "[^1]",
        "[^1]: note",
        "<!--",
        "-->",
        "<div>",
        "</div>",
        "\u{202E}",
        "\u{2066}",
        "\u{200F}",
        "ⵜⵉⴼⴰⵡⵜ",
        "تيفاوت",
        "\u{0}",
        "\t",
        "1. ",
        "\\",
        "&amp;",
        "&#x3C;script&#x3E;",
        "<a href=\"data:text/html,x\">x</a>",
        "<svg onload=alert(1)>",
        "<style>*{}</style>",
        "<iframe src=x>",
    ];
    let course = Course::new("soup");
    let mut rng = Rng(42);
    for _ in 0..500 {
        let mut text = String::new();
        for _ in 0..rng.below(80) {
            text.push_str(PIECES[rng.below(PIECES.len())]);
        }
        course.load(text.as_bytes());
        course.load(&[FRONT, text.as_bytes()].concat());
    }
}

#[test]
fn a_ten_megabyte_lesson_loads() {
    let course = Course::new("huge");
    let paragraph = "Une phrase assez longue pour remplir la page, avec ⵜⵉⴼⴰⵡⵜ et تيفاوت.\n\n";
    let body = paragraph.repeat(10 * 1024 * 1024 / paragraph.len());
    course.load(&[FRONT, body.as_bytes()].concat());
}

#[test]
fn deep_nesting_loads() {
    let course = Course::new("deep");
    let mut lists = String::new();
    for depth in 0..5_000 {
        lists.push_str(&"  ".repeat(depth));
        lists.push_str("- item\n");
    }
    course.load(&[FRONT, lists.as_bytes()].concat());
    let quotes = format!("{}deep\n", "> ".repeat(10_000));
    course.load(&[FRONT, quotes.as_bytes()].concat());
    let tags = format!("{}x{}", "<div>".repeat(10_000), "</div>".repeat(10_000));
    course.load(&[FRONT, tags.as_bytes()].concat());
}

#[test]
fn injected_markup_is_removed_from_every_part_of_a_lesson() {
    let course = Course::new("inject");
    let lesson = "+++\ntitle = \"<script>alert(1)</script>T\"\nminutes = 5\n+++\n\
        ## Part <img src=x alt=x onerror=alert(1)>\n\n<script>alert(2)</script>\n\n[x](javascript:alert(3))\n\n\
        ## Quiz {.quiz}\n\n### Q <svg onload=alert(4)> {#q}\n- [x] <iframe src=x></iframe>yes\n  > <style>*{}</style>why\n- [ ] no\n";
    fs::write(course.root.join("c/01-l/lesson.fr.md"), lesson).unwrap();
    let catalog = load_catalog(&course.root).expect("loads").catalog;
    let version = catalog.courses[0].lessons[0]
        .versions
        .get(tifawt_app::i18n::Locale::Fr)
        .unwrap();
    assert_safe(&version.html, lesson.as_bytes());
    let quiz = version.quiz.as_ref().unwrap();
    assert_safe(&quiz.questions[0].prompt_html, lesson.as_bytes());
    let tifawt_app::catalog::Answer::Single(choices) = &quiz.questions[0].answer else {
        panic!("single")
    };
    assert_safe(&choices[0].label_html, lesson.as_bytes());
    assert_safe(
        choices[0].feedback_html.as_deref().unwrap_or(""),
        lesson.as_bytes(),
    );
    // The title is text, escaped by the page; it may keep the characters but never runs.
    assert!(
        version.title.contains("<script>"),
        "titles are plain text, escaped when shown"
    );
}
