//! The views: one component a file, each thin over core data.

mod add_article;
mod article_pane;
mod article_picker;
mod coverage;
pub(crate) mod export;
mod legend;
mod overview;
mod paragraph;
mod similar;
mod summary;

pub use add_article::AddArticle;
pub use article_pane::ArticlePane;
pub use article_picker::{ArticlePicker, Choice};
pub use coverage::{CoverageView, MOST as SET_MOST};
pub use export::Export;
pub use legend::{LAYERS, Legend};
pub use overview::Overview;
pub use similar::SimilarArticles;
pub use summary::Summary;
