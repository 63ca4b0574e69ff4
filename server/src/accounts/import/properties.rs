//! Property tests of the learners CSV parser (`proptest`): arbitrary text, and files built
//! from a model the way spreadsheets write them (quoted fields, fields over several lines,
//! `\r\n`, a byte order mark, empty lines, Arabic and Tifinagh names), valid or with one
//! bad row, whose expected result is known.

use super::{parse, ImportRow, Parsed};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use std::collections::HashMap;
use tifawt_app::forms::Message;

/// Cases per property: the four take about 2 s of a debug `cargo test` on 2 cores.
const CASES: u32 = 512;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: CASES,
        ..ProptestConfig::default()
    }
}

const CENTRE: i32 = 3;

/// The centre's cohorts, by lower-cased name.
fn cohorts() -> HashMap<String, i32> {
    HashMap::from([
        ("groupe a".to_string(), 7),
        ("الفوج ب".to_string(), 8),
        ("ⵜⴰⵔⴱⴰⵄⵜ".to_string(), 9),
    ])
}

fn arg<'m>(message: &'m Message, name: &str) -> Option<&'m str> {
    message
        .args
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v.as_str())
}

/// What a parse gave, without the generated passwords (random by design).
fn outcome(result: &Result<Parsed, Vec<Message>>) -> String {
    match result {
        Ok(parsed) => format!(
            "{:?} {:?}",
            parsed
                .rows
                .iter()
                .map(|r| (
                    r.line,
                    &r.new_user.username,
                    &r.new_user.display_name,
                    r.new_user.cohort_id
                ))
                .collect::<Vec<_>>(),
            parsed.problems
        ),
        Err(messages) => format!("{messages:?}"),
    }
}

/// What holds for any input: no panic, every line named exists in the file (rows come
/// after the header: line 2 on), rows in file order each on its own line, a problem's line
/// the one its message shows, a whole file's problems with no line, the same verdict every
/// time.
fn check_any(bytes: &[u8]) -> Result<(), TestCaseError> {
    let result = parse(bytes, CENTRE, &cohorts());
    // Lines end in `\n`, `\r\n` or a lone `\r`, as editors show them.
    let breaks = bytes
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
        .count();
    let lines = breaks as u64 + 1;
    match &result {
        Ok(Parsed { rows, problems }) => {
            prop_assert!(!rows.is_empty() || !problems.is_empty());
            prop_assert!(rows.len() <= super::MAX_ROWS);
            for pair in rows.windows(2) {
                prop_assert!(pair[0].line < pair[1].line, "rows out of order");
            }
            for row in rows {
                prop_assert!(
                    (2..=lines).contains(&row.line),
                    "line {} of {lines}",
                    row.line
                );
                prop_assert!(!row.new_user.display_name.as_str().is_empty());
            }
            for problem in problems {
                let line = problem.line.to_string();
                prop_assert_eq!(arg(&problem.message, "line"), Some(line.as_str()));
                for name in ["line", "first"] {
                    if let Some(value) = arg(&problem.message, name) {
                        let line: u64 = value.parse().unwrap();
                        prop_assert!(
                            (2..=lines).contains(&line),
                            "{name} {line} of {lines}: {problem:?}"
                        );
                    }
                }
            }
        }
        Err(messages) => {
            prop_assert!(!messages.is_empty());
            for message in messages {
                prop_assert_eq!(arg(message, "line"), None, "{:?}", message);
            }
        }
    }
    prop_assert_eq!(outcome(&result), outcome(&parse(bytes, CENTRE, &cohorts())));
    Ok(())
}

/// Pieces of CSV, for soup that reaches the row checks.
const PIECES: &[&str] = &[
    ",",
    ",",
    "\"",
    "\"\"",
    "\n",
    "\n",
    "\r\n",
    "\r",
    " ",
    "\u{feff}",
    "name",
    "username",
    "cohort",
    "password",
    "Name",
    "ali",
    "youssef.b",
    "يوسف",
    "ⵜⴰⵍⵍⵉ",
    "groupe a",
    "12345678",
    "ab",
    "x",
];

fn soup() -> impl Strategy<Value = String> {
    vec(select(PIECES), 0..80).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_bytes_give_rows_or_placed_problems(bytes in vec(any::<u8>(), 0..600)) {
        check_any(&bytes)?;
    }

    #[test]
    fn csv_soup_gives_rows_or_placed_problems(
        body in soup(),
        header in select(&["", "name,username\n", "\u{feff}username,name,cohort,password\r\n"][..]),
    ) {
        check_any(format!("{header}{body}").as_bytes())?;
    }
}

// ---- Files built from a model ---------------------------------------------------------

/// Letters of the three languages.
fn word() -> impl Strategy<Value = String> {
    "[a-zA-Zéç\u{0627}-\u{063A}\u{0641}-\u{064A}\u{2D30}-\u{2D65}]{1,8}"
}

#[derive(Clone, Debug)]
struct GenRow {
    /// The name's words, written apart by `separators` (spaces, or a new line in quotes).
    words: Vec<String>,
    separators: Vec<&'static str>,
    /// A nickname in quotes and a comma, which force quoting.
    nickname: Option<String>,
    username: String,
    cohort: Option<(String, i32)>,
    password: Option<String>,
    /// Quote every field even when not needed; pad them with spaces.
    quote_all: bool,
    padded: bool,
}

impl GenRow {
    fn name(&self) -> String {
        let mut name = String::new();
        for (i, word) in self.words.iter().enumerate() {
            if i > 0 {
                name.push_str(self.separators[i % self.separators.len()]);
            }
            name.push_str(word);
        }
        if let Some(nickname) = &self.nickname {
            name.push_str(&format!(", \"{nickname}\""));
        }
        name
    }

    /// The name as stored: one space between words.
    fn expected_name(&self) -> String {
        let mut name = self.words.join(" ");
        if let Some(nickname) = &self.nickname {
            name.push_str(&format!(", \"{nickname}\""));
        }
        name
    }
}

fn row(index: usize) -> impl Strategy<Value = GenRow> {
    let cohort = prop_oneof![
        Just(("Groupe A".to_string(), 7)),
        Just(("GROUPE a".to_string(), 7)),
        Just(("الفوج ب".to_string(), 8)),
        Just(("ⵜⴰⵔⴱⴰⵄⵜ".to_string(), 9)),
    ];
    (
        vec(word(), 1..4),
        vec(select(&[" ", "  ", "\n", "\r\n", " \n "][..]), 1..3),
        prop::option::weighted(0.2, word()),
        "[a-zA-Z0-9\u{0627}-\u{063A}\u{2D30}-\u{2D65}._-]{1,20}",
        prop::option::of(cohort),
        prop::option::of("[!-~]{6,20}[a-z0-9,\"]{2}"),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            move |(words, separators, nickname, base, cohort, password, quote_all, padded)| {
                GenRow {
                    words,
                    separators,
                    nickname,
                    // The row's index after the last `_` keeps usernames apart.
                    username: format!("{base}_{index}"),
                    cohort,
                    password,
                    quote_all,
                    padded,
                }
            },
        )
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Column {
    Name,
    Username,
    Cohort,
    Password,
}

#[derive(Clone, Debug)]
struct GenFile {
    bom: bool,
    /// In file order; name and username always, cohort and password maybe.
    columns: Vec<Column>,
    /// How each header is spelled: upper case, quoted.
    header_style: Vec<(bool, bool)>,
    rows: Vec<GenRow>,
    /// The line ending after each line (`\n` or `\r\n`), reused in turn.
    endings: Vec<&'static str>,
    /// Empty lines after each row, reused in turn.
    blank_lines: Vec<usize>,
    /// A line of empty fields after the last row, as spreadsheets leave.
    empty_record: bool,
    final_newline: bool,
}

fn file() -> impl Strategy<Value = GenFile> {
    let columns =
        (any::<bool>(), any::<bool>(), any::<u64>()).prop_map(|(cohort, password, seed)| {
            let mut columns = vec![Column::Name, Column::Username];
            columns.extend(cohort.then_some(Column::Cohort));
            columns.extend(password.then_some(Column::Password));
            // A shuffle driven by the seed (a linear congruential step per swap).
            let mut seed = seed;
            for i in (1..columns.len()).rev() {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                columns.swap(i, (seed >> 33) as usize % (i + 1));
            }
            columns
        });
    (
        any::<bool>(),
        columns,
        vec(any::<(bool, bool)>(), 4),
        (1usize..=12).prop_flat_map(|n| (0..n).map(row).collect::<Vec<_>>()),
        vec(select(&["\n", "\r\n"][..]), 1..4),
        vec(prop_oneof![4 => Just(0usize), 1 => 1usize..3], 1..4),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(
                bom,
                columns,
                header_style,
                rows,
                endings,
                blank_lines,
                empty_record,
                final_newline,
            )| {
                GenFile {
                    bom,
                    columns,
                    header_style,
                    rows,
                    endings,
                    blank_lines,
                    empty_record,
                    final_newline,
                }
            },
        )
}

/// One field, quoted when it must be (or when the row says so).
fn field(value: &str, quote: bool, padded: bool) -> String {
    let needs = value.contains([',', '"', '\n', '\r']);
    if quote || needs {
        // Spaces outside the quotes would make the quote part of the text.
        format!("\"{}\"", value.replace('"', "\"\""))
    } else if padded {
        format!(" {value}  ")
    } else {
        value.to_string()
    }
}

/// How a row is written, or broken.
#[derive(Clone, Debug)]
enum Cell {
    Row(GenRow),
    /// A row written as these raw fields, one more than the header has.
    Extra(GenRow),
}

/// The file's text, and the line each row starts on.
fn render(file: &GenFile, cells: &[Cell]) -> (String, Vec<u64>) {
    let mut text = String::new();
    if file.bom {
        text.push('\u{feff}');
    }
    let mut endings = file.endings.iter().cycle();
    let header: Vec<String> = file
        .columns
        .iter()
        .zip(&file.header_style)
        .map(|(column, (upper, quoted))| {
            let name = format!("{column:?}");
            let name = if *upper {
                name.to_uppercase()
            } else {
                name.to_lowercase()
            };
            field(&name, *quoted, false)
        })
        .collect();
    text.push_str(&header.join(","));
    text.push_str(endings.next().unwrap());
    let mut lines = Vec::new();
    let mut blanks = file.blank_lines.iter().cycle();
    for (i, cell) in cells.iter().enumerate() {
        let (row, extra) = match cell {
            Cell::Row(row) => (row, false),
            Cell::Extra(row) => (row, true),
        };
        lines.push(text.matches('\n').count() as u64 + 1);
        let mut fields: Vec<String> = file
            .columns
            .iter()
            .map(|column| {
                let value = match column {
                    Column::Name => row.name(),
                    Column::Username => row.username.clone(),
                    Column::Cohort => row.cohort.as_ref().map_or(String::new(), |c| c.0.clone()),
                    Column::Password => row.password.clone().unwrap_or_default(),
                };
                field(&value, row.quote_all, row.padded)
            })
            .collect();
        if extra {
            fields.push("x".into());
        }
        text.push_str(&fields.join(","));
        if i + 1 < cells.len() || file.final_newline || file.empty_record {
            text.push_str(endings.next().unwrap());
            for _ in 0..*blanks.next().unwrap() {
                text.push_str(endings.next().unwrap());
            }
        }
    }
    if file.empty_record {
        text.push_str(&",".repeat(file.columns.len() - 1));
        if file.final_newline {
            text.push_str(endings.next().unwrap());
        }
    }
    (text, lines)
}

/// The file's rows as they should import, with the cohort and password columns applied.
fn expected(file: &GenFile, row: &GenRow) -> (String, String, Option<i32>, Option<String>) {
    let has = |c| file.columns.contains(&c);
    (
        row.expected_name(),
        row.username.to_lowercase(),
        row.cohort
            .as_ref()
            .filter(|_| has(Column::Cohort))
            .map(|c| c.1),
        row.password.clone().filter(|_| has(Column::Password)),
    )
}

fn assert_imported(
    file: &GenFile,
    rows: &[ImportRow],
    written: &[(&GenRow, u64)],
) -> Result<(), TestCaseError> {
    prop_assert_eq!(rows.len(), written.len());
    for (row, (generated, line)) in rows.iter().zip(written) {
        let (name, username, cohort_id, password) = expected(file, generated);
        prop_assert_eq!(row.line, *line, "the line of {}", username);
        prop_assert_eq!(row.new_user.display_name.as_str(), name.as_str());
        prop_assert_eq!(row.new_user.username.as_str(), username.as_str());
        prop_assert_eq!(row.new_user.cohort_id, cohort_id);
        prop_assert_eq!(row.new_user.centre_id, Some(CENTRE));
        match password {
            Some(password) => prop_assert_eq!(row.password.as_str(), password.as_str()),
            None => {
                let generated = row.password.as_str();
                prop_assert!(
                    generated.len() == 14
                        && generated
                            .split('-')
                            .all(|g| g.len() == 4 && g.bytes().all(|b| b.is_ascii_digit())),
                    "generated password {generated:?}"
                );
            }
        }
    }
    Ok(())
}

/// One bad row put in a valid file.
#[derive(Clone, Copy, Debug)]
enum Mistake {
    NoName,
    LongName,
    BadUsername,
    RepeatedUsername,
    UnknownCohort,
    ShortPassword,
    ExtraField,
}

fn mistake() -> impl Strategy<Value = Mistake> {
    prop_oneof![
        Just(Mistake::NoName),
        Just(Mistake::LongName),
        Just(Mistake::BadUsername),
        Just(Mistake::RepeatedUsername),
        Just(Mistake::UnknownCohort),
        Just(Mistake::ShortPassword),
        Just(Mistake::ExtraField),
    ]
}

proptest! {
    #![proptest_config(config())]

    /// A file as a spreadsheet writes it imports every row, with the names, usernames,
    /// cohorts and passwords given, each at the line it starts on.
    #[test]
    fn a_valid_file_imports_every_row_at_its_line(file in file()) {
        let cells: Vec<Cell> = file.rows.iter().cloned().map(Cell::Row).collect();
        let (text, lines) = render(&file, &cells);
        let rows = match parse(text.as_bytes(), CENTRE, &cohorts()) {
            Ok(Parsed { rows, problems }) if problems.is_empty() => rows,
            other => return Err(TestCaseError::fail(format!("{other:?} for {text:?}"))),
        };
        let written: Vec<_> = file.rows.iter().zip(lines).collect();
        assert_imported(&file, &rows, &written)?;
    }

    /// A file with one bad row reports that row alone, at the line it starts on; the other
    /// rows come with it (to report usernames already taken).
    #[test]
    fn one_bad_row_is_reported_at_its_line(file in file(), mistake in mistake(), pick in any::<usize>()) {
        let bad = pick % file.rows.len();
        let mut row = file.rows[bad].clone();
        let has = |c| file.columns.contains(&c);
        let (cell, key) = match mistake {
            Mistake::NoName => {
                row.words = vec![String::new()];
                row.nickname = None;
                (Cell::Row(row), "import-error-name-missing")
            }
            Mistake::LongName => {
                row.words = vec!["ⵜ".repeat(60), "a".repeat(41)];
                (Cell::Row(row), "import-error-name-too-long")
            }
            Mistake::RepeatedUsername if bad > 0 => {
                row.username = file.rows[bad - 1].username.to_uppercase();
                (Cell::Row(row), "import-error-username-repeated")
            }
            Mistake::UnknownCohort if has(Column::Cohort) => {
                row.cohort = Some(("Groupe Z".into(), 0));
                (Cell::Row(row), "import-error-cohort-unknown")
            }
            Mistake::ShortPassword if has(Column::Password) => {
                row.password = Some("short".into());
                (Cell::Row(row), "import-error-password-too-short")
            }
            Mistake::ExtraField => (Cell::Extra(row), "import-error-row"),
            _ => {
                row.username = "ab".into();
                (Cell::Row(row), "import-error-username-invalid")
            }
        };
        let mut cells: Vec<Cell> = file.rows.iter().cloned().map(Cell::Row).collect();
        cells[bad] = cell;
        let (text, lines) = render(&file, &cells);
        let Ok(Parsed { rows, problems }) = parse(text.as_bytes(), CENTRE, &cohorts()) else {
            return Err(TestCaseError::fail(format!("{mistake:?}: the whole file refused: {text:?}")));
        };
        let found: Vec<(&str, u64)> = problems.iter().map(|p| (p.message.key, p.line)).collect();
        prop_assert_eq!(found, vec![(key, lines[bad])], "{:?} in {:?}", mistake, text);
        if key == "import-error-username-repeated" {
            let first = lines[bad - 1].to_string();
            prop_assert_eq!(arg(&problems[0].message, "first"), Some(first.as_str()));
        }

        let others: Vec<_> = file
            .rows
            .iter()
            .zip(lines)
            .enumerate()
            .filter(|(i, _)| *i != bad)
            .map(|(_, written)| written)
            .collect();
        assert_imported(&file, &rows, &others)?;
    }
}
