//! Reading a folder of captures: every `NAME.txt` (a text capture) and `NAME.html` (a
//! saved page) becomes an article, corrected by its
//! sidecar `NAME.meta.toml` when there is one.
//!
//! The one part of the core that touches the file system, behind the `folder` feature
//! (on by default): the build script and the command-line tool use it, the browser
//! app does not. Errors name the files and say what is wrong.

use crate::ingest::html::ingest_html_bytes;
use crate::ingest::{Article, IngestError, apply_sidecar, ingest_bytes};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Whether a file is an HTML page (by its name: `.html` or `.htm`), not a text capture.
pub fn is_html(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

/// Cleans a file's bytes as what its name says it is: an HTML page or a text capture.
pub fn ingest_file(id: &str, path: &Path, bytes: &[u8]) -> Result<Article, IngestError> {
    if is_html(path) {
        ingest_html_bytes(id, bytes)
    } else {
        ingest_bytes(id, bytes)
    }
}

/// The ending of a sidecar file's name.
const SIDECAR: &str = ".meta.toml";

/// The articles of a folder, in file-name order, with every file that was read (for
/// a build script's `rerun-if-changed`).
pub struct Folder {
    /// The cleaned articles.
    pub articles: Vec<Article>,
    /// The capture each article was read from, in the same order.
    pub captures: Vec<PathBuf>,
    /// Every article and sidecar file read.
    pub files_read: Vec<PathBuf>,
}

/// Reads every `.txt` and `.html` capture of `dir` and its sidecar. A bad capture or sidecar, two
/// files that give the same article id, or a sidecar without its article is an error
/// naming the files.
pub fn read_folder(dir: &Path) -> Result<Folder, String> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: cannot read the folder: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    let files = Files::sort(&paths)?;
    let mut folder = Folder {
        articles: Vec::with_capacity(files.articles.len()),
        captures: Vec::with_capacity(files.articles.len()),
        files_read: Vec::new(),
    };
    for (id, path) in &files.articles {
        folder.files_read.push(path.clone());
        let bytes =
            std::fs::read(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
        let mut article =
            ingest_file(id, path, &bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        if let Some(sidecar) = files.sidecars.get(&id.to_lowercase()) {
            folder.files_read.push(sidecar.clone());
            apply_sidecar_file(&mut article, sidecar)?;
        }
        folder.articles.push(article);
        folder.captures.push(path.clone());
    }
    Ok(folder)
}

/// Reads one capture and the sidecar beside it, if any. The id is the file's stem.
pub fn read_capture(path: &Path) -> Result<Article, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    let mut article =
        ingest_file(&id, path, &bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    let sidecar = path.with_file_name(format!("{id}{SIDECAR}"));
    if sidecar.is_file() {
        apply_sidecar_file(&mut article, &sidecar)?;
    }
    Ok(article)
}

fn apply_sidecar_file(article: &mut Article, sidecar: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(sidecar)
        .map_err(|e| format!("{}: cannot read: {e}", sidecar.display()))?;
    apply_sidecar(article, &text).map_err(|e| format!("{}: {e}", sidecar.display()))
}

/// The files of the seeds folder that matter.
struct Files {
    /// Article id and path, in file-name order.
    articles: Vec<(String, PathBuf)>,
    /// Sidecars by the id of their article, in lower case.
    sidecars: BTreeMap<String, PathBuf>,
}

impl Files {
    /// Sorts the folder's files into articles and sidecars. Two articles whose ids
    /// differ at most in case are an error: on a case-insensitive file system, or in
    /// an address, they are one. So is a sidecar without its article (a typo in its
    /// name would otherwise be ignored without a word).
    fn sort(paths: &[PathBuf]) -> Result<Files, String> {
        let mut articles = Vec::new();
        let mut seen: BTreeMap<String, &Path> = BTreeMap::new();
        let mut sidecars = BTreeMap::new();
        for path in paths {
            if let Some(id) = sidecar_id(path) {
                sidecars.insert(id.to_lowercase(), path.clone());
                continue;
            }
            let text = path
                .extension()
                .is_some_and(|ext| ext.eq_ignore_ascii_case("txt"));
            if !text && !is_html(path) {
                continue;
            }
            let id = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .ok_or_else(|| format!("{}: the file has no name", path.display()))?;
            if let Some(first) = seen.insert(id.to_lowercase(), path) {
                return Err(format!(
                    "{} and {}: both give the article id \"{id}\"; rename one of them",
                    first.display(),
                    path.display()
                ));
            }
            articles.push((id, path.clone()));
        }
        if let Some(sidecar) = sidecars
            .iter()
            .find_map(|(id, sidecar)| (!seen.contains_key(id)).then_some(sidecar))
        {
            return Err(format!(
                "{}: there is no {}.txt or .html beside it for it to correct",
                sidecar.display(),
                sidecar_id(sidecar).unwrap_or_default()
            ));
        }
        Ok(Files { articles, sidecars })
    }
}

/// The article id a sidecar belongs to: "seeds/x.meta.toml" gives "x".
fn sidecar_id(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_string_lossy();
    let id = name.strip_suffix(SIDECAR)?;
    (!id.is_empty()).then(|| id.to_string())
}

/// Writes the corpus of `dir` as the page loads it into the folder `out`:
///
/// - `index.json`: every article's metadata, story and neighbours ([`Index`]);
/// - `articles/ID.json`: each article cleaned and analysed ([`Stored`]);
/// - `frequencies.json`: how many articles have each item ([`Frequencies`]), which the
///   page fetches only to weigh a reader's own article.
///
/// A capture that cannot be cleaned stops it, naming the file. `out/articles` is
/// replaced, so that no article of an earlier build is left behind. Returns what was
/// written, in words.
///
/// [`Index`]: crate::archive::Index
/// [`Stored`]: crate::archive::Stored
/// [`Frequencies`]: crate::archive::Frequencies
pub fn write_archive(dir: &Path, out: &Path) -> Result<String, String> {
    let folder = read_folder(dir)?;
    if folder.articles.is_empty() {
        return Err(format!(
            "{}: no .txt or .html articles to bundle",
            dir.display()
        ));
    }
    let count = folder.articles.len();
    let corpus = crate::Corpus::new(folder.articles);
    let archive = crate::archive::Archive::build(&corpus);
    let articles = out.join("articles");
    if articles.exists() {
        std::fs::remove_dir_all(&articles)
            .map_err(|e| format!("{}: cannot replace: {e}", articles.display()))?;
    }
    std::fs::create_dir_all(&articles)
        .map_err(|e| format!("{}: cannot create: {e}", articles.display()))?;
    let write = |path: PathBuf, json: Result<String, serde_json::Error>| {
        let json = json.map_err(|e| format!("{}: cannot write JSON: {e}", path.display()))?;
        std::fs::write(&path, json).map_err(|e| format!("{}: cannot write: {e}", path.display()))
    };
    for stored in &archive.stored {
        write(
            articles.join(format!("{}.json", stored.article.id)),
            serde_json::to_string(stored),
        )?;
    }
    write(
        out.join("index.json"),
        serde_json::to_string(&archive.index),
    )?;
    write(
        out.join("frequencies.json"),
        serde_json::to_string(&archive.frequencies),
    )?;
    Ok(format!(
        "{count} articles in {} stories",
        archive.index.stories.len()
    ))
}
