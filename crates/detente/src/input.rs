//! Reading input: files or standard input, decoded as UTF-8 with byte-exact error reports.

use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::exit::Failure;

/// Reads all bytes of `path`, or of standard input when `path` is `None` or `-`.
pub fn read_bytes(path: Option<&Path>) -> anyhow::Result<Vec<u8>> {
    match path {
        Some(path) if path != Path::new("-") => {
            std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))
        }
        _ => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .context("cannot read standard input")?;
            Ok(bytes)
        }
    }
}

/// A name for the input in messages: the path, or `<stdin>`.
pub fn display_name(path: Option<&Path>) -> String {
    match path {
        Some(path) if path != Path::new("-") => path.display().to_string(),
        _ => "<stdin>".to_string(),
    }
}

/// Decodes UTF-8. Invalid bytes are an [`Failure::InvalidInput`] error naming the byte offset,
/// unless `lossy`, when they become U+FFFD (and offsets refer to the decoded text). A leading
/// byte-order mark is kept, so that offsets stay those of the file.
pub fn decode(bytes: Vec<u8>, lossy: bool, name: &str) -> anyhow::Result<String> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(error) if lossy => Ok(String::from_utf8_lossy(error.as_bytes()).into_owned()),
        Err(error) => {
            let offset = error.utf8_error().valid_up_to();
            Err(Failure::InvalidInput(format!(
                "{name}: invalid UTF-8 at byte offset {offset} (use --lossy to replace invalid bytes)"
            ))
            .into())
        }
    }
}

/// The file stem of `path` as an article id, or `stdin`.
pub fn default_id(path: Option<&Path>) -> String {
    path.filter(|path| *path != Path::new("-"))
        .and_then(Path::file_stem)
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_else(|| "stdin".to_string())
}

/// True when the input should be read as JSON lines: by extension, else by a first non-blank
/// byte of `{`.
pub fn looks_like_jsonl(path: Option<&PathBuf>, bytes: &[u8]) -> bool {
    if let Some(extension) = path.and_then(|path| path.extension()) {
        let extension = extension.to_string_lossy().to_ascii_lowercase();
        if extension == "jsonl" || extension == "ndjson" {
            return true;
        }
        if extension == "txt" {
            return false;
        }
    }
    bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_the_offset() {
        let error = decode(b"abc\xffdef".to_vec(), false, "x.txt").unwrap_err();
        assert!(error.to_string().contains("byte offset 3"), "{error}");
        assert_eq!(
            decode(b"abc\xffdef".to_vec(), true, "x").unwrap(),
            "abc\u{fffd}def"
        );
    }
}
