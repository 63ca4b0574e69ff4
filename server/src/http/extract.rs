//! What handlers take from a request, checked once: the page's language, the signed-in
//! person, an admin, a centre the person manages (and one of its learners), and a form
//! with its anti-forgery token verified. Each refuses the request the same way everywhere.

use super::forms::{notice_name, percent_encode};
use super::refusal::Refusal;
use super::visitor::SessionState;
use super::AppState;
use crate::accounts::store;
use crate::auth::csrf;
use crate::db::entities::{centre, user};
use axum::body::{Body, Bytes};
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::request::Parts;
use axum::response::IntoResponse;
use axum::Form;
use serde::de::DeserializeOwned;
use std::collections::HashMap;
use tifawt_app::i18n::{locale_of_path, Locale};
use tifawt_app::pages::sign_in::SignInNotice;
use tifawt_app::viewer::{Role, Viewer, Visitor};

/// Whoever sent the request: resolved by `visitor::resolve_visitor` before any handler.
fn visitor(parts: &Parts) -> Option<&Visitor> {
    parts.extensions.get::<Visitor>()
}

/// The session cookie as the visitor layer found it (its token, whether it just expired).
pub fn session_state(parts: &Parts) -> SessionState {
    parts
        .extensions
        .get::<SessionState>()
        .cloned()
        .unwrap_or_default()
}

/// The page's language, from `/{lang}/…`: any other first segment is not a page.
#[derive(Clone, Copy, Debug)]
pub struct Lang(pub Locale);

impl<S: Send + Sync> FromRequestParts<S> for Lang {
    type Rejection = Refusal;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Lang, Refusal> {
        locale_of_path(parts.uri.path())
            .map(Lang)
            .ok_or(Refusal::NotFound)
    }
}

/// The signed-in person. Nobody signed in: sign in first, then back to this address.
#[derive(Clone, Debug)]
pub struct SignedIn(pub Viewer);

impl<S: Send + Sync> FromRequestParts<S> for SignedIn {
    type Rejection = Refusal;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<SignedIn, Refusal> {
        let Lang(locale) = Lang::from_request_parts(parts, state).await?;
        if let Some(viewer) = visitor(parts).and_then(|v| v.viewer.as_ref()) {
            return Ok(SignedIn(viewer.clone()));
        }
        let notice = if session_state(parts).expired {
            SignInNotice::Expired
        } else {
            SignInNotice::Required
        };
        let back = parts.uri.path_and_query().map_or("/", |p| p.as_str());
        Err(Refusal::SignInFirst {
            sign_in: format!(
                "/{locale}/sign-in?notice={}&next={}",
                notice_name(notice),
                percent_encode(back)
            ),
        })
    }
}

/// A signed-in admin; anyone else signed in gets "not found".
#[derive(Clone, Debug)]
pub struct Admin(pub Viewer);

impl<S: Send + Sync> FromRequestParts<S> for Admin {
    type Rejection = Refusal;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Admin, Refusal> {
        let SignedIn(viewer) = SignedIn::from_request_parts(parts, state).await?;
        if viewer.role != Role::Admin {
            return Err(Refusal::NotFound);
        }
        Ok(Admin(viewer))
    }
}

/// The `{name}` segment of the route's path as a number; anything else is not a page.
async fn id_param(parts: &mut Parts, name: &str) -> Result<i32, Refusal> {
    let Path(params) = Path::<HashMap<String, String>>::from_request_parts(parts, &())
        .await
        .map_err(|_| Refusal::NotFound)?;
    params
        .get(name)
        .and_then(|id| id.parse().ok())
        .ok_or(Refusal::NotFound)
}

/// The centre of `/{lang}/centres/{centre}/…`, for its facilitators and admins; anyone else
/// gets "not found", whether or not the centre exists.
#[derive(Clone, Debug)]
pub struct ManagedCentre {
    pub viewer: Viewer,
    pub centre: centre::Model,
}

impl FromRequestParts<AppState> for ManagedCentre {
    type Rejection = Refusal;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<ManagedCentre, Refusal> {
        let SignedIn(viewer) = SignedIn::from_request_parts(parts, state).await?;
        let centre_id = id_param(parts, "centre").await?;
        if !viewer.manages_centre(centre_id) {
            return Err(Refusal::NotFound);
        }
        let centre = store::find_centre(&state.db, centre_id)
            .await?
            .ok_or(Refusal::NotFound)?;
        Ok(ManagedCentre { viewer, centre })
    }
}

/// A learner of `/{lang}/centres/{centre}/learners/{user}/…`, for whoever manages the
/// centre; anyone else (another centre's learner, a facilitator, nobody) is not found.
#[derive(Clone, Debug)]
pub struct ManagedLearner {
    pub viewer: Viewer,
    pub centre: centre::Model,
    pub learner: user::Model,
}

impl FromRequestParts<AppState> for ManagedLearner {
    type Rejection = Refusal;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<ManagedLearner, Refusal> {
        let ManagedCentre { viewer, centre } =
            ManagedCentre::from_request_parts(parts, state).await?;
        let user_id = id_param(parts, "user").await?;
        let learner = store::find_user(&state.db, user_id)
            .await?
            .filter(|u| u.centre_id == Some(centre.id) && u.role == Role::Learner)
            .ok_or(Refusal::NotFound)?;
        Ok(ManagedLearner {
            viewer,
            centre,
            learner,
        })
    }
}

/// A posted form (`application/x-www-form-urlencoded`) whose `csrf_token` field is the
/// visitor's token, from this site: anything else is refused as an expired form.
pub struct CheckedForm<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for CheckedForm<T> {
    type Rejection = Refusal;

    async fn from_request(request: Request, state: &S) -> Result<CheckedForm<T>, Refusal> {
        let (parts, body) = request.into_parts();
        let bytes = Bytes::from_request(Request::from_parts(parts.clone(), body), state)
            .await
            .map_err(|rejection| Refusal::Rejected(Box::new(rejection.into_response())))?;
        let submitted = form_field(&bytes, "csrf_token").unwrap_or_default();
        check_csrf(&parts, &submitted)?;
        // axum's own form reading, so a wrong content type or shape is answered as before.
        let Form(form) =
            Form::<T>::from_request(Request::from_parts(parts, Body::from(bytes)), state)
                .await
                .map_err(|rejection| Refusal::Rejected(Box::new(rejection.into_response())))?;
        Ok(CheckedForm(form))
    }
}

/// The value of the first `name` field of a URL-encoded form.
fn form_field(body: &[u8], name: &str) -> Option<String> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(body).ok()?;
    pairs.into_iter().find(|(n, _)| n == name).map(|(_, v)| v)
}

/// Refuses a post whose anti-forgery token is missing or wrong, or that another site sent.
/// [`CheckedForm`] calls it; the multipart import, read another way, too.
pub fn check_csrf(parts: &Parts, submitted: &str) -> Result<(), Refusal> {
    let cross_site = parts
        .headers
        .get("sec-fetch-site")
        .is_some_and(|v| v.as_bytes() == b"cross-site");
    let expected = visitor(parts).map_or("", |v| v.csrf_token.as_str());
    if !cross_site && csrf::matches(expected, submitted) {
        return Ok(());
    }
    tracing::warn!(path = %parts.uri.path(), "refused a form post without a valid token");
    Err(Refusal::FormExpired)
}

/// A form with nothing to read but its token (a button).
#[derive(serde::Deserialize)]
pub struct NoFields {}

#[cfg(test)]
mod tests {
    use super::{check_csrf, form_field, Lang, Refusal};
    use axum::extract::FromRequestParts;
    use axum::http::Request;
    use tifawt_app::i18n::Locale;
    use tifawt_app::viewer::Visitor;

    fn parts(uri: &str, visitor: Option<Visitor>, cross_site: bool) -> axum::http::request::Parts {
        let mut request = Request::builder().uri(uri);
        if cross_site {
            request = request.header("sec-fetch-site", "cross-site");
        }
        let (mut parts, ()) = request.body(()).expect("a request").into_parts();
        if let Some(visitor) = visitor {
            parts.extensions.insert(visitor);
        }
        parts
    }

    #[tokio::test]
    async fn only_our_languages_start_a_page_address() {
        let mut ar = parts("/ar/courses/x", None, false);
        assert!(matches!(
            Lang::from_request_parts(&mut ar, &()).await,
            Ok(Lang(Locale::Ar))
        ));
        for other in ["/en/courses/x", "/", "/arabic/", "/sign-out"] {
            let mut request = parts(other, None, false);
            assert!(
                matches!(
                    Lang::from_request_parts(&mut request, &()).await,
                    Err(Refusal::NotFound)
                ),
                "{other}"
            );
        }
    }

    #[test]
    fn the_token_is_read_from_the_form_as_sent() {
        assert_eq!(
            form_field(b"a=1&csrf_token=abc%2Bd&csrf_token=zzz", "csrf_token").as_deref(),
            Some("abc+d")
        );
        assert_eq!(form_field(b"a=1", "csrf_token"), None);
        assert_eq!(form_field(b"\xff=%%", "csrf_token"), None);
    }

    #[test]
    fn a_post_needs_the_visitors_token_and_to_come_from_this_site() {
        let token = "t".repeat(43);
        let visitor = Visitor {
            csrf_token: token.clone(),
            ..Visitor::default()
        };
        assert!(check_csrf(&parts("/fr/sign-in", Some(visitor.clone()), false), &token).is_ok());
        for (parts, submitted) in [
            (parts("/fr/sign-in", Some(visitor.clone()), false), ""),
            (parts("/fr/sign-in", Some(visitor.clone()), false), "x"),
            (parts("/fr/sign-in", Some(visitor), true), token.as_str()),
            (parts("/fr/sign-in", None, false), ""),
        ] {
            assert!(matches!(
                check_csrf(&parts, submitted),
                Err(Refusal::FormExpired)
            ));
        }
    }
}
