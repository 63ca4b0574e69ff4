//! Authors edit courses while the server runs.

use crate::support::{copy_of, eventually, Backend, ServerOptions, TestServer};
use std::fs;

#[test]
fn an_edit_is_served_at_once_and_a_broken_edit_keeps_the_last_good_version() {
    let courses = copy_of("server/tests/fixtures/courses/valid");
    let server = TestServer::spawn_with(
        Backend::Sqlite,
        ServerOptions {
            courses_dir: courses.clone(),
            ..Default::default()
        },
    );
    let page = || server.get("/fr/courses/sample/first").body;
    assert!(page().contains("<h1>Premier fr</h1>"));
    // Reading the courses is no change: nothing reloads until an author saves.
    std::thread::sleep(std::time::Duration::from_millis(1200));
    assert!(
        !server.log().contains("courses reloaded"),
        "reloaded with no change:\n{}",
        server.log()
    );
    let lesson = courses.join("sample/01-first/lesson.fr.md");

    fs::write(
        &lesson,
        "+++\ntitle = \"Premier, revu\"\nminutes = 3\n+++\n\nTexte.\n",
    )
    .unwrap();
    eventually("the edited title", || {
        page().contains("<h1>Premier, revu</h1>")
    });

    fs::write(
        &lesson,
        "+++\ntitle = \"Cassé\"\nminutes = 3\n+++\n\n# Titre\n",
    )
    .unwrap();
    eventually("the problem in the log", || {
        server.log().contains("the last good version stays online")
    });
    let log = server.log();
    assert!(
        log.contains("a lesson cannot have a level-1 heading"),
        "{log}"
    );
    assert!(
        log.contains(r#""line":6"#) && log.contains("01-first/lesson.fr.md"),
        "{log}"
    );
    assert!(
        page().contains("<h1>Premier, revu</h1>"),
        "the last good version is still served"
    );

    // Fixing the file and adding a lesson are both picked up.
    fs::write(
        &lesson,
        "+++\ntitle = \"Premier, corrigé\"\nminutes = 3\n+++\n\n## Titre\n",
    )
    .unwrap();
    fs::create_dir_all(courses.join("sample/03-third")).unwrap();
    fs::write(
        courses.join("sample/03-third/lesson.fr.md"),
        "+++\ntitle = \"Troisième\"\nminutes = 2\n+++\n",
    )
    .unwrap();
    eventually("the new lesson", || {
        server.get("/fr/courses/sample/third").status == 200
    });
    assert!(page().contains("<h1>Premier, corrigé</h1>"));
    fs::remove_dir_all(courses).unwrap();
}

#[test]
fn watching_can_be_turned_off() {
    let courses = copy_of("server/tests/fixtures/courses/valid");
    let server = TestServer::spawn_with(
        Backend::Sqlite,
        ServerOptions {
            courses_dir: courses.clone(),
            extra_args: vec!["--watch-courses".into(), "false".into()],
            ..Default::default()
        },
    );
    assert!(!server.log().contains("watching"), "{}", server.log());
    let lesson = courses.join("sample/01-first/lesson.fr.md");
    fs::write(&lesson, "+++\ntitle = \"Changé\"\nminutes = 3\n+++\n").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1000));
    assert!(server
        .get("/fr/courses/sample/first")
        .body
        .contains("<h1>Premier fr</h1>"));
    fs::remove_dir_all(courses).unwrap();
}
