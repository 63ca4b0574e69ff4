//! Data made directly in a test server's database with the server's own store functions
//! (`tifawt_server::accounts::store`), for tests whose subject is not the page that makes
//! it: no form to fill in, no password to read back from a page.

use super::{runtime, TestServer};
use sea_orm::Database;
use tifawt_app::i18n::Locale;
use tifawt_app::viewer::Role;
use tifawt_server::accounts::{password, store, Name, NewPassword, Username};

/// A person made by [`Person::create`]: how they sign in.
#[derive(Clone, Debug)]
pub struct Account {
    pub id: i64,
    pub username: String,
    pub password: String,
}

/// A person to make: `Person::learner("amal").named("أمل").in_cohort(1).create(&server)`.
/// By default of the demo centre (id 1), in no cohort, named after the username, with a
/// generated password (as the centre page generates one).
pub struct Person {
    role: Role,
    username: String,
    name: Option<String>,
    centre: Option<i32>,
    cohort: Option<i32>,
    password: Option<String>,
}

impl Person {
    pub fn learner(username: &str) -> Person {
        Person::new(Role::Learner, username)
    }

    pub fn facilitator(username: &str) -> Person {
        Person::new(Role::Facilitator, username)
    }

    fn new(role: Role, username: &str) -> Person {
        Person {
            role,
            username: username.to_string(),
            name: None,
            centre: Some(1),
            cohort: None,
            password: None,
        }
    }

    pub fn named(mut self, name: &str) -> Person {
        self.name = Some(name.to_string());
        self
    }

    pub fn of_centre(mut self, centre: i32) -> Person {
        self.centre = Some(centre);
        self
    }

    pub fn in_cohort(mut self, cohort: i32) -> Person {
        self.cohort = Some(cohort);
        self
    }

    pub fn with_password(mut self, password: &str) -> Person {
        self.password = Some(password.to_string());
        self
    }

    pub fn create(self, server: &TestServer) -> Account {
        let password = match &self.password {
            Some(chosen) => NewPassword::parse_or_generate(chosen).expect("a long enough password"),
            None => NewPassword::generate(),
        };
        let new = store::NewUser {
            username: Username::parse(&self.username).expect("a valid username"),
            display_name: Name::parse(self.name.as_deref().unwrap_or(&self.username))
                .expect("a valid name"),
            role: self.role,
            centre_id: self.centre,
            cohort_id: self.cohort,
        };
        let url = server.db.url.clone();
        let user = runtime().block_on(async {
            let hash = password::hash(password.as_str()).await.expect("a hash");
            let db = Database::connect(&url).await.expect("connect");
            let user = store::create_user(&db, &new, hash)
                .await
                .expect("the person is stored");
            db.close().await.ok();
            user
        });
        Account {
            id: i64::from(user.id),
            username: user.username,
            password: password.as_str().to_string(),
        }
    }
}

/// A centre named `name` whose pages default to `locale` (`ar`, `fr`, `zgh`); its id.
pub fn centre(server: &TestServer, name: &str, locale: &str) -> i32 {
    let name = Name::parse(name).expect("a valid name");
    let locale = Locale::from_tag(locale).expect("a known locale");
    let url = server.db.url.clone();
    runtime().block_on(async {
        let db = Database::connect(&url).await.expect("connect");
        let centre = store::create_centre(&db, &name, locale)
            .await
            .expect("a new centre name, stored");
        db.close().await.ok();
        centre.id
    })
}

/// A cohort of `centre` named `name`; its id.
pub fn cohort(server: &TestServer, centre: i32, name: &str) -> i32 {
    let name = Name::parse(name).expect("a valid name");
    let url = server.db.url.clone();
    runtime().block_on(async {
        let db = Database::connect(&url).await.expect("connect");
        let cohort = store::create_cohort(&db, centre, &name)
            .await
            .expect("a new cohort name, stored");
        db.close().await.ok();
        cohort.id
    })
}
