//! Bulk import of learners from a CSV file (UTF-8, a header line naming the columns `name`,
//! `username`, and optionally `cohort` and `password`). The whole file is checked first and
//! every problem reported with its line; nothing is imported unless every row is right.

use super::{password, store, Name, NameError, NewPassword, Username};
use super::{MAX_NAME_CHARS, MIN_PASSWORD_CHARS};
use crate::db::entities::user;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, TransactionTrait};
use std::collections::HashMap;
use tifawt_app::accounts::SignInCard;
use tifawt_app::forms::Message;
use tifawt_app::viewer::Role;

/// More rows than a centre has learners: a bigger file is a mistake.
pub const MAX_ROWS: usize = 1000;

/// One valid row.
#[derive(Clone, Debug)]
pub struct ImportRow {
    pub line: u64,
    pub new_user: store::NewUser,
    pub password: NewPassword,
}

#[derive(Clone, Copy)]
enum Column {
    Name,
    Username,
    Cohort,
    Password,
}

/// A mistake in one row, at the line the row starts on as an editor shows it. The line is
/// also in the message (`$line`), for the reader.
#[derive(Clone, Debug, PartialEq)]
pub struct LineProblem {
    pub line: u64,
    pub message: Message,
}

impl LineProblem {
    fn new(line: u64, key: &'static str) -> LineProblem {
        LineProblem {
            line,
            message: Message::new(key).with("line", line),
        }
    }

    fn with(mut self, name: &'static str, value: impl ToString) -> LineProblem {
        self.message = self.message.with(name, value);
        self
    }
}

/// A readable file: its valid rows, and the mistakes of the others. Both are kept, so the
/// valid rows can be checked against the database too and every problem reported at once;
/// the file imports only when there are no problems.
#[derive(Clone, Debug, Default)]
pub struct Parsed {
    pub rows: Vec<ImportRow>,
    pub problems: Vec<LineProblem>,
}

/// Reads and checks the file on its own (the database checks come in [`check_usernames`]).
/// `cohorts` maps each cohort name of the centre, lower-cased, to its id. `Err` when the
/// file as a whole is wrong (not UTF-8, columns, no rows, too many), with no line to blame.
pub fn parse(
    bytes: &[u8],
    centre_id: i32,
    cohorts: &HashMap<String, i32>,
) -> Result<Parsed, Vec<Message>> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Err(vec![Message::new("import-error-not-utf8")]);
    };
    // Spreadsheet programs start UTF-8 CSV files with a byte order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(false)
        .from_reader(text.as_bytes());
    let header = match reader.headers() {
        Ok(header) => header.clone(),
        Err(_) => return Err(vec![Message::new("import-error-empty")]),
    };
    let mut columns = Vec::new();
    let mut problems = Vec::new();
    for name in header.iter() {
        columns.push(match name.to_lowercase().as_str() {
            "name" => Column::Name,
            "username" => Column::Username,
            "cohort" => Column::Cohort,
            "password" => Column::Password,
            _ => {
                problems.push(Message::new("import-error-unknown-column").with("column", name));
                continue;
            }
        });
    }
    for required in ["name", "username"] {
        if !header.iter().any(|h| h.eq_ignore_ascii_case(required)) {
            problems.push(Message::new("import-error-missing-column").with("column", required));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let column_of = |wanted: fn(&Column) -> bool| columns.iter().position(wanted);
    let name_at = column_of(|c| matches!(c, Column::Name));
    let username_at = column_of(|c| matches!(c, Column::Username));
    let cohort_at = column_of(|c| matches!(c, Column::Cohort));
    let password_at = column_of(|c| matches!(c, Column::Password));

    let mut lines = Lines {
        text: text.as_bytes(),
        counted: 0,
        line: 1,
    };
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    let mut first_line_of: HashMap<Username, u64> = HashMap::new();
    for (index, record) in reader.records().enumerate() {
        if index >= MAX_ROWS {
            return Err(vec![
                Message::new("import-error-too-large").with("max", MAX_ROWS)
            ]);
        }
        let position = match &record {
            Ok(r) => r.position(),
            Err(e) => e.position(),
        };
        let line = position.map_or(index as u64 + 2, |p| lines.of_record(p.byte()));
        let Ok(record) = record else {
            problems.push(LineProblem::new(line, "import-error-row"));
            continue;
        };
        if record.iter().all(str::is_empty) {
            continue;
        }
        let field = |at: Option<usize>| at.and_then(|i| record.get(i)).unwrap_or("");
        let name = match Name::parse(field(name_at)) {
            Ok(name) => Some(name),
            Err(NameError::Missing) => {
                problems.push(LineProblem::new(line, "import-error-name-missing"));
                None
            }
            Err(NameError::TooLong) => {
                problems.push(
                    LineProblem::new(line, "import-error-name-too-long")
                        .with("max", MAX_NAME_CHARS),
                );
                None
            }
        };
        let raw_username = field(username_at);
        let username = match Username::parse(raw_username) {
            Some(username) => match first_line_of.get(&username) {
                Some(first) => {
                    problems.push(
                        LineProblem::new(line, "import-error-username-repeated")
                            .with("username", username.as_str())
                            .with("first", first),
                    );
                    None
                }
                None => {
                    first_line_of.insert(username.clone(), line);
                    Some(username)
                }
            },
            None => {
                problems.push(
                    LineProblem::new(line, "import-error-username-invalid")
                        .with("username", raw_username),
                );
                None
            }
        };
        let cohort = field(cohort_at);
        let cohort_id = if cohort.is_empty() {
            Some(None)
        } else {
            match cohorts.get(&cohort.to_lowercase()) {
                Some(id) => Some(Some(*id)),
                None => {
                    problems.push(
                        LineProblem::new(line, "import-error-cohort-unknown")
                            .with("cohort", cohort),
                    );
                    None
                }
            }
        };
        let password = match NewPassword::parse_or_generate(field(password_at)) {
            Some(password) => Some(password),
            None => {
                problems.push(
                    LineProblem::new(line, "import-error-password-too-short")
                        .with("min", MIN_PASSWORD_CHARS),
                );
                None
            }
        };
        if let (Some(name), Some(username), Some(cohort_id), Some(password)) =
            (name, username, cohort_id, password)
        {
            rows.push(ImportRow {
                line,
                new_user: store::NewUser {
                    username,
                    display_name: name,
                    role: Role::Learner,
                    centre_id: Some(centre_id),
                    cohort_id,
                },
                password,
            });
        }
    }
    if rows.is_empty() && problems.is_empty() {
        return Err(vec![Message::new("import-error-empty")]);
    }
    Ok(Parsed { rows, problems })
}

/// Line numbers as an editor shows them: `\n`, `\r\n` and a lone `\r` (old Mac files)
/// each end a line. The CSV reader counts `\n` only, and gives a record the position where
/// the one before it ended, which is before the empty lines it skips and, after a `\r\n`
/// (spreadsheets' line ending), before the `\n`.
struct Lines<'t> {
    text: &'t [u8],
    /// Line breaks before this byte are counted in `line`.
    counted: usize,
    line: u64,
}

impl Lines<'_> {
    /// The line of the record the reader placed at `byte`; records come in file order.
    fn of_record(&mut self, byte: u64) -> u64 {
        let mut start = (byte as usize).min(self.text.len());
        while matches!(self.text.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        for i in self.counted..start {
            match self.text[i] {
                b'\n' => self.line += 1,
                b'\r' if self.text.get(i + 1) != Some(&b'\n') => self.line += 1,
                _ => {}
            }
        }
        self.counted = self.counted.max(start);
        self.line
    }
}

/// The problem of a row whose username someone has.
fn username_taken(row: &ImportRow) -> LineProblem {
    LineProblem::new(row.line, "import-error-username-taken")
        .with("username", row.new_user.username.as_str())
}

/// One problem per row whose username someone already has.
pub async fn check_usernames<C: ConnectionTrait>(
    db: &C,
    rows: &[ImportRow],
) -> Result<Vec<LineProblem>, sea_orm::DbErr> {
    let mut taken = Vec::new();
    for chunk in rows.chunks(500) {
        let names = chunk
            .iter()
            .map(|r| r.new_user.username.as_str().to_string());
        let existing: Vec<String> = user::Entity::find()
            .filter(user::Column::Username.is_in(names))
            .all(db)
            .await?
            .into_iter()
            .map(|u| u.username)
            .collect();
        taken.extend(
            chunk
                .iter()
                .filter(|r| existing.iter().any(|e| e == r.new_user.username.as_str()))
                .map(username_taken),
        );
    }
    Ok(taken)
}

/// Why an import stopped.
#[derive(Debug)]
pub enum ImportError {
    /// Mistakes in the file, each with its line: nothing was imported.
    Invalid(Vec<Message>),
    Database(anyhow::Error),
}

impl From<sea_orm::DbErr> for ImportError {
    fn from(e: sea_orm::DbErr) -> Self {
        ImportError::Database(e.into())
    }
}

/// Checks the whole file, then creates every learner in one transaction.
pub async fn import<D: TransactionTrait + ConnectionTrait>(
    db: &D,
    centre_id: i32,
    bytes: &[u8],
    actor: &crate::audit::Actor,
) -> Result<Vec<SignInCard>, ImportError> {
    let cohorts: HashMap<String, i32> = store::cohorts_of(db, centre_id)
        .await?
        .into_iter()
        .map(|c| (c.name.to_lowercase(), c.id))
        .collect();
    let Parsed { rows, mut problems } =
        parse(bytes, centre_id, &cohorts).map_err(ImportError::Invalid)?;
    // Taken usernames are reported with the file's other mistakes, in line order (a
    // stable sort: a row's own mistakes first).
    problems.extend(check_usernames(db, &rows).await?);
    if !problems.is_empty() {
        problems.sort_by_key(|problem| problem.line);
        let messages = problems.into_iter().map(|problem| problem.message);
        return Err(ImportError::Invalid(messages.collect()));
    }
    // Hashing is the slow part: do it before the transaction, so the database is held briefly.
    let mut hashes = Vec::with_capacity(rows.len());
    for row in &rows {
        hashes.push(
            password::hash(row.password.as_str())
                .await
                .map_err(ImportError::Database)?,
        );
    }
    let txn = db.begin().await?;
    let mut cards = Vec::with_capacity(rows.len());
    for (row, hash) in rows.into_iter().zip(hashes) {
        // Someone may have taken the username since it was checked: nothing is imported.
        let created = match store::create_user(&txn, &row.new_user, hash).await {
            Ok(created) => created,
            Err(store::CreateError::NameTaken) => {
                return Err(ImportError::Invalid(vec![username_taken(&row).message]))
            }
            Err(store::CreateError::Db(error)) => return Err(error.into()),
        };
        cards.push(SignInCard {
            display_name: created.display_name,
            username: created.username,
            password: row.password.as_str().to_string(),
        });
    }
    let entry = crate::audit::Entry {
        action: crate::audit::Action::LearnersImported,
        centre_id: Some(centre_id),
        subject: None,
        details: serde_json::json!({ "count": cards.len() }),
    };
    crate::audit::record(&txn, actor, entry).await?;
    txn.commit().await?;
    Ok(cards)
}

#[cfg(test)]
mod properties;

#[cfg(test)]
mod tests {
    use super::*;

    /// Each problem's message key and line: the typed line of a row's problem (checked to be
    /// the one the message shows), nothing for the whole file's.
    fn keys(result: Result<Parsed, Vec<Message>>) -> Vec<(String, String)> {
        match result {
            Ok(parsed) => parsed
                .problems
                .into_iter()
                .map(|problem| {
                    let shown = problem.message.args.iter().find(|(n, _)| *n == "line");
                    assert_eq!(shown, Some(&("line", problem.line.to_string())));
                    (problem.message.key.to_string(), problem.line.to_string())
                })
                .collect(),
            Err(messages) => messages
                .into_iter()
                .map(|m| (m.key.to_string(), String::new()))
                .collect(),
        }
    }

    /// The rows of a file without mistakes.
    fn rows(result: Result<Parsed, Vec<Message>>) -> Vec<ImportRow> {
        let parsed = result.expect("a readable file");
        assert_eq!(parsed.problems, []);
        parsed.rows
    }

    /// Each row's line, name and username.
    fn placed(rows: &[ImportRow]) -> Vec<(u64, &str, &str)> {
        rows.iter()
            .map(|r| {
                (
                    r.line,
                    r.new_user.display_name.as_str(),
                    r.new_user.username.as_str(),
                )
            })
            .collect()
    }

    fn cohorts() -> HashMap<String, i32> {
        HashMap::from([("groupe a".to_string(), 7)])
    }

    #[test]
    fn reads_arabic_and_tifinagh_names_with_a_bom() {
        let file = "\u{feff}name,username,cohort,password\nيوسف بن علي,youssef.b,Groupe A,\nⵜⴰⵍⵍⵉ ⴰⵢⵜ,talli,,secret-pass\n";
        let rows = rows(parse(file.as_bytes(), 1, &cohorts()));
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].new_user.display_name.as_str(), "يوسف بن علي");
        assert_eq!(rows[0].new_user.cohort_id, Some(7));
        assert_eq!(rows[0].line, 2);
        assert_eq!(rows[1].new_user.display_name.as_str(), "ⵜⴰⵍⵍⵉ ⴰⵢⵜ");
        assert_eq!(rows[1].password.as_str(), "secret-pass");
        assert_eq!(rows[1].new_user.cohort_id, None);
    }

    #[test]
    fn reports_every_bad_row_with_its_line() {
        let file =
            "name,username,cohort,password\nA,aa,,\n,okname,,\nB,fatima,Nope,\nC,Fatima,,short\n";
        assert_eq!(
            keys(parse(file.as_bytes(), 1, &cohorts())),
            [
                ("import-error-username-invalid".into(), "2".into()),
                ("import-error-name-missing".into(), "3".into()),
                ("import-error-cohort-unknown".into(), "4".into()),
                ("import-error-username-repeated".into(), "5".into()),
                ("import-error-password-too-short".into(), "5".into()),
            ]
        );
    }

    /// Issue 14: `parse` answered a file with one wrong row by its problems alone, so the
    /// valid rows (whose usernames may be taken) had to be read again apart. They come
    /// together now, each valid row at its line.
    #[test]
    fn a_wrong_row_does_not_hide_the_valid_rows() {
        let file = "name,username\nAli Amrani,ali.a\n,nameless\nSara Idrissi,Sara.I\n";
        let parsed = parse(file.as_bytes(), 1, &cohorts()).expect("a readable file");
        assert_eq!(
            placed(&parsed.rows),
            [(2, "Ali Amrani", "ali.a"), (4, "Sara Idrissi", "sara.i")]
        );
        assert_eq!(
            keys(Ok(parsed)),
            [("import-error-name-missing".into(), "3".into())]
        );
    }

    /// A quoted field may hold line breaks (`\n` or `\r\n`): its row is one row, at the line
    /// it starts on, and the rows after it keep the lines an editor shows.
    #[test]
    fn quoted_fields_over_several_lines_keep_every_line_number() {
        let file = "name,username\r\n\"Youssef\r\nBen Ali\",youssef.b\r\n\"Sara\nIdrissi\nAit\",ab\r\nAli,ali.a\r\n,\"nameless\r\n\"\r\n";
        let parsed = parse(file.as_bytes(), 1, &cohorts()).expect("a readable file");
        assert_eq!(
            placed(&parsed.rows),
            [(2, "Youssef Ben Ali", "youssef.b"), (7, "Ali", "ali.a")]
        );
        assert_eq!(
            keys(Ok(parsed)),
            [
                ("import-error-username-invalid".into(), "4".into()),
                ("import-error-name-missing".into(), "8".into()),
            ]
        );
    }

    /// Found by `properties::one_bad_row_is_reported_at_its_line` and `csv_soup_…`: rows
    /// were placed one line up in `\r\n` files, on the first of the empty lines before
    /// them, and all on one line in files whose lines end in `\r` alone.
    #[test]
    fn crlf_and_empty_lines_keep_each_rows_line() {
        assert_eq!(
            keys(parse(b"name,username\r\n,A_0", 1, &cohorts())),
            [("import-error-name-missing".into(), "2".into())]
        );
        let file = "name,username\r\nAli,ali.b\r\n\r\n\r\n,nameless\r\nSara,sara.k,x\r\n";
        assert_eq!(
            keys(parse(file.as_bytes(), 1, &cohorts())),
            [
                ("import-error-name-missing".into(), "5".into()),
                ("import-error-row".into(), "6".into()),
            ]
        );
        assert_eq!(
            keys(parse(
                b"name,username\rAli,ali.b\r,nameless\r",
                1,
                &cohorts()
            )),
            [("import-error-name-missing".into(), "3".into())],
            "old Mac line endings"
        );
        let file = "name,username\n\nAli,ali.b\n\n\nFatima,Ali.B\n";
        let problems = parse(file.as_bytes(), 1, &cohorts()).unwrap().problems;
        assert_eq!(problems[0].line, 6);
        assert_eq!(
            problems[0].message.args,
            [
                ("line", "6".to_string()),
                ("username", "ali.b".to_string()),
                ("first", "3".to_string()),
            ]
        );
    }

    /// Found by `properties::one_bad_row_is_reported_at_its_line`: the rows read besides a
    /// bad one (to report taken usernames) were read line by line, so a name in quotes over
    /// three lines became a row `ف"` on its last line.
    #[test]
    fn the_valid_rows_keep_a_quoted_field_over_several_lines() {
        let file = "name,username\nⴰ,A_0,x\n\"a\na\nف\",\"0_1\"";
        let parsed = parse(file.as_bytes(), 1, &cohorts()).expect("a readable file");
        assert_eq!(placed(&parsed.rows), [(3, "a a ف", "0_1")]);
        assert_eq!(keys(Ok(parsed)), [("import-error-row".into(), "2".into())]);
    }

    #[test]
    fn rejects_bad_files_as_a_whole() {
        assert_eq!(
            keys(parse(b"\xff\xfename", 1, &cohorts())),
            [("import-error-not-utf8".into(), String::new())]
        );
        assert_eq!(
            keys(parse(b"nom,identifiant\nA,b\n", 1, &cohorts())),
            [
                ("import-error-unknown-column".into(), String::new()),
                ("import-error-unknown-column".into(), String::new()),
                ("import-error-missing-column".into(), String::new()),
                ("import-error-missing-column".into(), String::new()),
            ]
        );
        assert_eq!(
            keys(parse(b"name,username\n", 1, &cohorts())),
            [("import-error-empty".into(), String::new())]
        );
        assert_eq!(
            keys(parse(b"name,username\nA,abc,extra\n", 1, &cohorts())),
            [("import-error-row".into(), "2".into())]
        );
    }
}
