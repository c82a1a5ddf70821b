//! Overlap in the browser: mounts the app.

mod app;
mod components;
mod corpus;
mod focus;
mod layout;
mod library;
mod navigate;
mod page_tree;
mod read;
mod storage;
mod url_state;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
