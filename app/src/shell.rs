//! The HTML document around every page. Which page answers which address is decided by
//! the server's router (`server/src/http/mod.rs`): each handler names its page component.

use crate::components::layout::Layout;
use crate::context::{use_site, RequestContext};
use crate::page::PageView;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};

/// The whole HTML document, with `page` in the site's frame. `lang`, `dir` and the text
/// size are set here, on the server, so the first paint is already right (no flash,
/// nothing to wait for).
pub fn shell(options: LeptosOptions, page: PageView) -> impl IntoView {
    let site = use_site();
    let request = use_context::<http::request::Parts>()
        .map(|parts| RequestContext::from_request(&parts, &site))
        .expect("leptos_axum provides the request parts while rendering");
    provide_context(request.clone());
    provide_meta_context();
    view! {
        <!DOCTYPE html>
        <html
            lang=request.locale.tag()
            dir=request.locale.dir()
            data-text-size=request.preferences.text_size.as_str()
            data-theme=request.preferences.theme.as_str()
            data-motion=request.preferences.motion.as_str()
        >
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light dark"/>
                {site.stylesheet.map(|href| view! { <link rel="stylesheet" href=href.to_string()/> })}
                {site
                    .favicon
                    .map(|href| view! { <link rel="icon" type="image/svg+xml" href=href.to_string()/> })}
                <IslandScripts options/>
                <MetaTags/>
            </head>
            <body>
                <Layout>{page.render()}</Layout>
            </body>
        </html>
    }
}

/// Leptos' `<HydrationScripts islands=true/>`, but the islands' WebAssembly is fetched only
/// when the page needs it (`islands/loader.js` says when), not preloaded on every page.
#[component]
fn IslandScripts(options: LeptosOptions) -> impl IntoView {
    // What `HydrationScripts` does for islands: only islands are hydrated, not the page.
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    let pkg = &options.site_pkg_dir;
    let name = &options.output_name;
    let script = format!(
        "{}(\"/{pkg}/{name}.js\", \"/{pkg}/{name}_bg.wasm\");",
        include_str!("islands/loader.js").trim_end()
    );
    view! { <script type="module" nonce=leptos::nonce::use_nonce()>{script}</script> }
}
