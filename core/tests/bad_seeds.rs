//! Bad seed folders: every way a folder of captures can be wrong, read through
//! [`read_folder`]. Each case writes its files into a fresh folder under the system's
//! temporary directory and expects an error that names the file at fault and says why.

use overlap_core::folder::{Folder, read_folder};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// A folder under the temporary directory, removed when dropped.
struct TempFolder {
    path: PathBuf,
}

impl TempFolder {
    /// A new, empty folder whose name is unique to this process and `name`.
    fn new(name: &str) -> TempFolder {
        let path =
            std::env::temp_dir().join(format!("overlap-bad-seeds-{}-{name}", std::process::id()));
        // Left over from a run that was killed: start again.
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", path.display()));
        TempFolder { path }
    }

    fn write(&self, file: &str, bytes: &[u8]) {
        let path = self.path.join(file);
        std::fs::write(&path, bytes)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    }

    fn read(&self) -> Result<Folder, String> {
        read_folder(&self.path)
    }
}

impl Drop for TempFolder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// A capture that is a good article on its own.
const GOOD: &[u8] = b"A Headline Here\n\nThe first paragraph of the article is here, and it goes on.\n\nThe second paragraph says more about it.\n";

/// Writes `files` into a fresh folder named after `case`, reads it, and checks that
/// reading fails with a message that names every file of `named` and has `reason` in
/// it. Returns the message.
fn expect_error(case: &str, files: &[(&str, &[u8])], named: &[&str], reason: &str) -> String {
    let folder = TempFolder::new(case);
    for (file, bytes) in files {
        folder.write(file, bytes);
    }
    let message = match folder.read() {
        Ok(read) => panic!(
            "{case}: expected an error, got {} article(s): {:?}",
            read.articles.len(),
            read.articles.iter().map(|a| &a.id).collect::<Vec<_>>()
        ),
        Err(message) => message,
    };
    eprintln!("{case}: {message}");
    for file in named {
        assert!(
            message.contains(file),
            "{case}: the message does not name {file}: {message}"
        );
    }
    assert!(
        message.contains(reason),
        "{case}: the message does not say {reason:?}: {message}"
    );
    message
}

#[test]
fn empty_file() {
    expect_error(
        "empty",
        &[("good.txt", GOOD), ("empty.txt", b"")],
        &["empty.txt"],
        "the file is empty",
    );
}

#[test]
fn white_space_only_file() {
    expect_error(
        "white-space",
        &[("blank.txt", b" \n\t\r\n  \n\x0c\n")],
        &["blank.txt"],
        "the file is empty",
    );
}

#[test]
fn white_space_only_unicode_file() {
    // No-break spaces and a byte-order mark are white space to a reader too.
    expect_error(
        "white-space-unicode",
        &[(
            "blank.txt",
            "\u{feff}\u{a0} \u{2003}\n\u{3000}\n".as_bytes(),
        )],
        &["blank.txt"],
        "the file is empty",
    );
}

#[test]
fn invalid_utf8_names_the_byte() {
    // "A Headline\n\nCaf" is 15 bytes; then a Latin-1 "é".
    let bytes = b"A Headline\n\nCaf\xe9 society is here, and the text goes on.\n";
    expect_error(
        "invalid-utf8",
        &[("latin1.txt", bytes)],
        &["latin1.txt"],
        "not valid UTF-8 at byte 15",
    );
}

#[test]
fn invalid_utf8_cut_inside_a_character() {
    // A capture cut in the middle of "é" (0xC3 0xA9): the last byte is invalid.
    let mut bytes = "A Headline\n\nThe text of the article goes on here, café"
        .as_bytes()
        .to_vec();
    bytes.pop();
    let offset = bytes.len() - 1;
    expect_error(
        "invalid-utf8-cut",
        &[("cut.txt", &bytes)],
        &["cut.txt"],
        &format!("not valid UTF-8 at byte {offset}"),
    );
}

#[test]
fn binary_with_nul_bytes() {
    expect_error(
        "nul",
        &[(
            "nul.txt",
            b"A Headline\n\nThe text of the article\0 goes on here.\n",
        )],
        &["nul.txt"],
        "looks like binary data, not text",
    );
}

#[test]
fn binary_png_header() {
    let png: &[u8] =
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0\x5c\x72\xa8\x66";
    expect_error(
        "png",
        &[("picture.txt", png)],
        &["picture.txt"],
        "looks like binary data, not text",
    );
}

#[test]
fn binary_control_characters_without_nul() {
    let bytes: Vec<u8> = (1u8..32)
        .filter(|b| !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .cycle()
        .take(200)
        .chain(b"some text".iter().copied())
        .collect();
    expect_error(
        "controls",
        &[("controls.txt", &bytes)],
        &["controls.txt"],
        "looks like binary data, not text",
    );
}

#[test]
fn only_page_chrome() {
    expect_error(
        "chrome",
        &[(
            "chrome.txt",
            b"Subscribe now\nDownload the app\nRelated Articles\nAnother story about something else\nShare\nComments\n",
        )],
        &["chrome.txt"],
        "nothing is left after removing page chrome",
    );
}

#[test]
fn ids_that_differ_only_in_case() {
    expect_error(
        "case",
        &[("Foo.txt", GOOD), ("foo.txt", GOOD)],
        &["Foo.txt", "foo.txt"],
        "both give the article id",
    );
}

#[test]
fn sidecar_with_bad_toml() {
    expect_error(
        "sidecar-syntax",
        &[
            ("story.txt", GOOD),
            (
                "story.meta.toml",
                b"author = \"Jane Doe\"\ntitle = \"unclosed\n",
            ),
        ],
        &["story.meta.toml"],
        "bad sidecar: line 2",
    );
}

#[test]
fn sidecar_with_unknown_key() {
    expect_error(
        "sidecar-key",
        &[
            ("story.txt", GOOD),
            ("story.meta.toml", b"title = \"T\"\ntitel = \"T\"\n"),
        ],
        &["story.meta.toml"],
        "line 2: unknown key `titel`",
    );
}

#[test]
fn sidecar_with_wrong_type() {
    expect_error(
        "sidecar-type",
        &[("story.txt", GOOD), ("story.meta.toml", b"author = 3\n")],
        &["story.meta.toml"],
        "`author` must be a string in quotes, not integer",
    );
}

#[test]
fn sidecar_with_unreadable_date() {
    expect_error(
        "sidecar-date",
        &[
            ("story.txt", GOOD),
            ("story.meta.toml", b"\ndate = \"5 April\"\n"),
        ],
        &["story.meta.toml"],
        "line 2: `date` must be written as YYYY-MM-DD",
    );
}

#[test]
fn sidecar_that_is_not_utf8() {
    expect_error(
        "sidecar-utf8",
        &[
            ("story.txt", GOOD),
            ("story.meta.toml", b"author = \"Ren\xe9\"\n"),
        ],
        &["story.meta.toml"],
        "cannot read",
    );
}

#[test]
fn sidecar_without_its_article() {
    expect_error(
        "orphan-sidecar",
        &[
            ("story.txt", GOOD),
            ("stroy.meta.toml", b"title = \"A typo in the name\"\n"),
        ],
        &["stroy.meta.toml"],
        "there is no stroy.txt or .html beside it",
    );
}

#[test]
fn a_good_folder_reads() {
    // The control case: the helper folder and the good capture are fine.
    let folder = TempFolder::new("good");
    folder.write("story.txt", GOOD);
    folder.write("story.meta.toml", b"author = \"Jane Doe\"\n");
    folder.write("notes.md", b"not a capture");
    let read = folder.read().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(read.articles.len(), 1);
    assert_eq!(read.articles[0].author.as_deref(), Some("Jane Doe"));
    assert_eq!(read.files_read.len(), 2);
}

/// The folder is removed at the end of every case.
#[test]
fn the_temporary_folder_is_removed() {
    let path: PathBuf;
    {
        let folder = TempFolder::new("removed");
        folder.write("x.txt", GOOD);
        path = folder.path.clone();
        assert!(path.is_dir());
    }
    assert!(!Path::new(&path).exists());
}

/// A capture of 20 MB: read without a panic, and (in a debug build) in reasonable time.
#[test]
fn twenty_megabytes() {
    const SIZE: usize = 20 * 1024 * 1024;
    let paragraph = "President Vladimir Putin said on Tuesday that the new sanctions on Moscow \
                     would fail, and officials in Kyiv’s government called the talks “a farce”.";
    let mut text = String::from("A Very Long Capture\n\n");
    let mut n = 0;
    while text.len() < SIZE {
        n += 1;
        text.push_str(&format!("{paragraph} Paragraph {n}.\n\n"));
    }
    let folder = TempFolder::new("huge");
    folder.write("huge.txt", text.as_bytes());
    let start = Instant::now();
    let outcome = folder.read();
    let elapsed = start.elapsed();
    eprintln!(
        "twenty_megabytes: {} bytes, {n} paragraphs, read_folder took {elapsed:?}: {}",
        text.len(),
        match &outcome {
            Ok(read) => format!(
                "Ok, {} paragraph(s) in the body",
                read.articles.first().map_or(0, |a| a.body.len())
            ),
            Err(message) => format!("Err: {message}"),
        }
    );
    // The core has no size limit: the capture is read whole.
    let read = outcome.unwrap_or_else(|e| panic!("20 MB capture refused: {e}"));
    assert_eq!(read.articles.len(), 1);
    assert_eq!(read.articles[0].body.len(), n);
}
