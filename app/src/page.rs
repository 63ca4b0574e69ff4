//! A page as a handler made it: its component, with its data as typed props, ready to be
//! rendered inside the site's frame ([`crate::shell`]).

use leptos::prelude::*;
use std::sync::Arc;

/// The body of one page. Cheap to clone; rendered once per response.
#[derive(Clone)]
pub struct PageView(Arc<dyn Fn() -> AnyView + Send + Sync>);

impl PageView {
    /// `view` builds the page's component with its props, e.g.
    /// `PageView::new(move || view! { <LessonPage page=page.clone()/> })`.
    pub fn new<V: IntoView + 'static>(view: impl Fn() -> V + Send + Sync + 'static) -> PageView {
        PageView(Arc::new(move || view().into_any()))
    }

    pub fn render(&self) -> AnyView {
        (self.0)()
    }
}

impl std::fmt::Debug for PageView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PageView")
    }
}
