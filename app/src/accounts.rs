//! Accounts as staff handle them: the sign-in card of a new account or a new password, and
//! the actions the audit log records.

/// Someone's username and new password, to print and hand out: shown once (passwords are
/// stored hashed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignInCard {
    pub display_name: String,
    pub username: String,
    pub password: String,
}

/// What a staff member (or the command line) did. Stored as [`AuditAction::code`], shown as
/// words in the page's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuditAction {
    LearnerCreated,
    FacilitatorCreated,
    AdminCreated,
    PasswordReset,
    LearnersImported,
    LearnerExported,
    LearnerErased,
    DemoRemoved,
    /// An admin turned a centre's practice transcripts on or off.
    PracticeTranscripts,
}

impl AuditAction {
    pub const ALL: [AuditAction; 9] = [
        AuditAction::LearnerCreated,
        AuditAction::FacilitatorCreated,
        AuditAction::AdminCreated,
        AuditAction::PasswordReset,
        AuditAction::LearnersImported,
        AuditAction::LearnerExported,
        AuditAction::LearnerErased,
        AuditAction::DemoRemoved,
        AuditAction::PracticeTranscripts,
    ];

    /// The short code stored in `audit_log.action`: never change one, add new ones.
    pub fn code(self) -> &'static str {
        match self {
            AuditAction::LearnerCreated => "learner-created",
            AuditAction::FacilitatorCreated => "facilitator-created",
            AuditAction::AdminCreated => "admin-created",
            AuditAction::PasswordReset => "password-reset",
            AuditAction::LearnersImported => "learners-imported",
            AuditAction::LearnerExported => "learner-exported",
            AuditAction::LearnerErased => "learner-erased",
            AuditAction::DemoRemoved => "demo-removed",
            AuditAction::PracticeTranscripts => "practice-transcripts",
        }
    }

    pub fn parse(code: &str) -> Option<AuditAction> {
        AuditAction::ALL.into_iter().find(|a| a.code() == code)
    }

    /// The message naming the action.
    pub fn label_key(self) -> &'static str {
        match self {
            AuditAction::LearnerCreated => "audit-action-learner-created",
            AuditAction::FacilitatorCreated => "audit-action-facilitator-created",
            AuditAction::AdminCreated => "audit-action-admin-created",
            AuditAction::PasswordReset => "audit-action-password-reset",
            AuditAction::LearnersImported => "audit-action-learners-imported",
            AuditAction::LearnerExported => "audit-action-learner-exported",
            AuditAction::LearnerErased => "audit-action-learner-erased",
            AuditAction::DemoRemoved => "audit-action-demo-removed",
            AuditAction::PracticeTranscripts => "audit-action-practice-transcripts",
        }
    }
}
