//! Who is looking at a page: a signed-in person (with their role) or an anonymous visitor.
//! The server resolves it once per request from the session cookie; pages only read it.

use crate::i18n::Locale;
use crate::preferences::Preferences;
use serde::{Deserialize, Serialize};

/// What a signed-in person may do. Checked on the server for every private page and form.
/// On the server it is also the type of the users table's `role` column, stored as
/// [`Role::as_str`] gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(
    feature = "ssr",
    derive(sea_orm::EnumIter, sea_orm::DeriveActiveEnum),
    sea_orm(
        rs_type = "String",
        db_type = "String(sea_orm::sea_query::StringLen::N(16))"
    )
)]
pub enum Role {
    /// Takes courses; sees only their own work.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "learner"))]
    Learner,
    /// Follows the learners of one centre.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "facilitator"))]
    Facilitator,
    /// Runs the programme: every centre.
    #[cfg_attr(feature = "ssr", sea_orm(string_value = "admin"))]
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Learner => "learner",
            Role::Facilitator => "facilitator",
            Role::Admin => "admin",
        }
    }
}

/// A signed-in person, as the pages need them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Viewer {
    pub user_id: i32,
    pub username: String,
    pub display_name: String,
    pub role: Role,
    /// The centre of a learner or facilitator; `None` for admins.
    pub centre_id: Option<i32>,
    /// The language chosen on their account, if any.
    pub locale: Option<Locale>,
    pub preferences: Preferences,
}

impl Viewer {
    /// Whether this person may see and manage the learners of `centre_id`.
    pub fn manages_centre(&self, centre_id: i32) -> bool {
        match self.role {
            Role::Admin => true,
            Role::Facilitator => self.centre_id == Some(centre_id),
            Role::Learner => false,
        }
    }
}

/// Whoever sent the request: put in the request's extensions by the server.
#[derive(Clone, Debug, Default)]
pub struct Visitor {
    pub viewer: Option<Viewer>,
    /// The token every form must send back (anti-forgery).
    pub csrf_token: String,
    /// Minutes without activity before a session ends (shown to signed-in people).
    pub idle_minutes: u32,
}
