//! Lists the Tamazight interface files (`locales/zgh/*.ftl`) for `i18n`, which makes the
//! Latin-script interface from all of them: a file added there is picked up with no list
//! to keep.

use std::path::PathBuf;
use std::{env, fs};

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let dir = manifest.join("../locales/zgh");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    let list: Vec<String> = files
        .iter()
        .map(|path| {
            let path = path.canonicalize().expect("a listed file exists");
            format!("include_str!({:?})", path.display().to_string())
        })
        .collect();
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets it")).join("tamazight_ftl.rs");
    fs::write(out, format!("&[{}]", list.join(", "))).expect("OUT_DIR is writable");
}
