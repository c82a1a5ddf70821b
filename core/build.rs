//! Copies the word lists in `data/` to `OUT_DIR/data/` without their comment lines,
//! which is what the core embeds. The comments document the lists for the people who
//! edit them; shipped in every browser build they would cost about 4 KB gzipped.
//! The core skips comment lines as it reads a list, so the result is the same.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    println!("cargo::rerun-if-changed=data");
    let Some(out) = std::env::var_os("OUT_DIR") else {
        eprintln!("error: OUT_DIR is not set");
        return ExitCode::FAILURE;
    };
    match copy(Path::new("data"), &Path::new(&out).join("data")) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn copy(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    let entries = std::fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))?;
    for entry in entries {
        let path = entry
            .map_err(|e| format!("{}: {e}", from.display()))?
            .path();
        let target = to.join(path.file_name().unwrap_or_default());
        if path.is_dir() {
            copy(&path, &target)?;
            continue;
        }
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let kept: String = text
            .lines()
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
            .flat_map(|line| [line, "\n"])
            .collect();
        std::fs::write(&target, kept).map_err(|e| format!("{}: {e}", target.display()))?;
    }
    Ok(())
}
