//! Embeds the repository's `lexicon/` folder: generates a table of `(name, include_str!(…))`
//! for every lexicon file, so that `detente` needs no files at run time.

use std::path::{Path, PathBuf};

const EXTENSIONS: &[&str] = &["actors", "agents", "persons", "events", "cues", "discards"];
const TABLES: &[&str] = &["actor-codes.txt", "sectors.txt", "cameo-events.txt"];

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let root = manifest.join("../../lexicon");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    if root.is_dir() {
        collect(&root, &root, &mut files);
    }
    files.sort();
    let mut code = String::from(
        "/// The built-in lexicon files: path relative to `lexicon/`, and text.\n\
         pub(crate) static FILES: &[(&str, &str)] = &[\n",
    );
    for (relative, absolute) in &files {
        println!("cargo:rerun-if-changed={}", absolute.display());
        code.push_str(&format!(
            "    ({relative:?}, include_str!({:?})),\n",
            absolute.display().to_string()
        ));
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo")).join("embedded.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}

fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, PathBuf)>) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, files);
            continue;
        }
        let name = path
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or("");
        let wanted = TABLES.contains(&name)
            || name
                .rsplit_once('.')
                .is_some_and(|(_, extension)| EXTENSIONS.contains(&extension));
        if !wanted {
            continue;
        }
        let relative = path
            .strip_prefix(root)
            .expect("walked from root")
            .components()
            .map(|part| part.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        files.push((relative, path.canonicalize().unwrap_or(path)));
    }
}
