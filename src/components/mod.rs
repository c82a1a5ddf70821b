//! The views: one component a file, each thin over core data.

mod article_pane;
mod article_picker;
mod export;
mod legend;
mod paragraph;
mod summary;

pub use article_pane::ArticlePane;
pub use article_picker::ArticlePicker;
pub use export::Export;
pub use legend::{LAYERS, Legend};
pub use summary::Summary;
