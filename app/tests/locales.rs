//! Every interface string exists in every language, and every one is used.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

const LANGUAGES: [&str; 3] = ["ar", "fr", "zgh"];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// (file name, message id) for every message in one language's `.ftl` files.
fn messages(lang: &str) -> BTreeSet<(String, String)> {
    let dir = root().join("locales").join(lang);
    let mut found = BTreeSet::new();
    for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ftl") {
            let file = path.file_name().unwrap().to_string_lossy().to_string();
            for line in fs::read_to_string(&path).unwrap().lines() {
                if let Some((id, _)) = line.split_once(" =") {
                    if !id.is_empty()
                        && id
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    {
                        found.insert((file.clone(), id.to_string()));
                    }
                }
            }
        }
    }
    found
}

fn rust_sources(dir: &Path, out: &mut String) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push_str(&fs::read_to_string(&path).unwrap());
        }
    }
}

#[test]
fn every_language_has_the_same_messages_in_the_same_files() {
    let reference = messages("fr");
    assert!(
        reference.len() > 20,
        "found only {} French messages",
        reference.len()
    );
    for lang in LANGUAGES {
        let found = messages(lang);
        let missing: Vec<_> = reference.difference(&found).collect();
        let extra: Vec<_> = found.difference(&reference).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang}: missing {missing:?}, not in fr {extra:?}"
        );
    }
}

#[test]
fn every_message_is_used_by_the_code() {
    let mut code = String::new();
    rust_sources(&root().join("app/src"), &mut code);
    rust_sources(&root().join("server/src"), &mut code);
    let unused: Vec<_> = messages("fr")
        .into_iter()
        .map(|(_, id)| id)
        .filter(|id| !code.contains(&format!("\"{id}\"")))
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

#[test]
fn tamazight_messages_never_select_on_a_number() {
    // intl_pluralrules has no rules for zgh: a `{ $count -> [one] … }` would silently
    // always pick the default. Counts are written "label: number" instead.
    let dir = root().join("locales/zgh");
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = fs::read_to_string(&path).unwrap();
        assert!(
            !text.contains("$count ->"),
            "{}: selects on $count",
            path.display()
        );
    }
}

/// The Latin-script interface is made from the Tamazight files: each of their messages has a
/// Latin one, with no Tifinagh left in it.
#[cfg(feature = "ssr")]
#[test]
fn every_tamazight_message_has_a_latin_one_without_tifinagh() {
    use tifawt_app::i18n::{Locale, Translator};
    let ids = messages("zgh");
    assert!(ids.len() > 100, "only {} Tamazight messages", ids.len());
    for (file, id) in ids {
        let latin = Translator(Locale::ZghLatn).t(&id);
        assert_ne!(latin, id, "{file}: {id} is missing in Latin");
        assert!(
            !tifawt_app::tifinagh::has_tifinagh(&latin),
            "{file}: {id} = {latin}"
        );
    }
}
