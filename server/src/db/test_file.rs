//! A SQLite file of a test's own, for the tests that need a real file (a second
//! connection, a trigger, the bytes written).

use rusqlite::types::ValueRef;

/// A SQLite file of its own, removed when the test ends.
pub struct TestFile(std::path::PathBuf);

impl TestFile {
    pub fn new(name: &str) -> TestFile {
        let file = std::env::temp_dir().join(format!("tifawt-{}-{name}.db", std::process::id()));
        let test_file = TestFile(file);
        test_file.remove();
        test_file
    }

    pub fn path(&self) -> &std::path::Path {
        &self.0
    }

    pub fn url(&self) -> String {
        format!("sqlite://{}?mode=rwc", self.0.display())
    }

    fn remove(&self) {
        for suffix in ["", "-wal", "-shm"] {
            let mut path = self.0.clone().into_os_string();
            path.push(suffix);
            let _ = std::fs::remove_file(path);
        }
    }

    /// Every row of `table` in insertion order, each value with its SQLite type.
    pub fn rows(&self, table: &str) -> Vec<String> {
        let sqlite = rusqlite::Connection::open(&self.0).unwrap();
        let mut query = sqlite
            .prepare(&format!("SELECT * FROM {table} ORDER BY rowid"))
            .unwrap();
        let columns = query.column_count();
        query
            .query_map([], |row| {
                let values: Vec<String> = (0..columns)
                    .map(|i| match row.get_ref(i).unwrap() {
                        ValueRef::Text(text) => {
                            format!("Text({:?})", String::from_utf8_lossy(text))
                        }
                        other => format!("{other:?}"),
                    })
                    .collect();
                Ok(values.join(" | "))
            })
            .unwrap()
            .map(Result::unwrap)
            .collect()
    }
}

impl Drop for TestFile {
    fn drop(&mut self) {
        self.remove();
    }
}
