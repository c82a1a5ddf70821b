//! The views: one component a file, each thin over core data.

mod article_pane;
mod article_picker;
mod highlighted_text;

pub use article_pane::ArticlePane;
pub use article_picker::ArticlePicker;
