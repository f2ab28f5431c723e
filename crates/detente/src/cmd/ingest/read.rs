//! Reading ingest input: plain-text files, folders of them, JSON lines and CSV, streamed record
//! by record with a size limit, so that a bad or huge record is reported and skipped without
//! stopping the batch or being held in memory.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::article::{Article, Date};

/// How a file is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// The whole file is one article.
    Text,
    /// One JSON article object a line.
    Jsonl,
    /// CSV with a header row naming the columns (`id`, `date`, `title`, `source`, `url`,
    /// `text`).
    Csv,
}

/// One input file to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    /// Where it is.
    pub path: PathBuf,
    /// How to read it.
    pub kind: FileKind,
    /// The id of a plain-text article: its path below the folder given, without extension, or
    /// the file stem for a file given by name.
    pub text_id: String,
    /// Its size in bytes (for progress).
    pub bytes: u64,
}

/// What reading produced: an article, or a record skipped.
#[derive(Debug)]
pub enum Item {
    /// An article to code.
    Article(Box<ReadArticle>),
    /// A record that was skipped.
    Skipped(Skip),
    /// A record stored with a warning (for example without a date).
    Warning(Skip),
}

/// An article read from the input.
#[derive(Debug)]
pub struct ReadArticle {
    /// The article.
    pub article: Article,
    /// `file:line` of its record.
    pub origin: String,
}

/// A skipped record or a warning: where, what kind and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skip {
    /// `file:line`, or the file.
    pub origin: String,
    /// A short, fixed category for the summary (`invalid UTF-8`, `too large`, …).
    pub reason: &'static str,
    /// The details.
    pub message: String,
}

/// Limits and options of reading.
#[derive(Debug, Clone, Copy)]
pub struct ReadOptions {
    /// A record (a JSON line, a CSV row, a text file) larger than this many bytes is skipped.
    pub max_record_bytes: usize,
    /// Replace invalid UTF-8 with U+FFFD instead of skipping the record.
    pub lossy: bool,
}

/// Lists the files under `paths`: files as given (their kind from the extension, plain text
/// when unknown), folders walked in name order for `.txt`, `.text`, `.jsonl`, `.ndjson` and
/// `.csv` files (hidden entries are ignored). A path that cannot be listed is reported.
pub fn list_files(paths: &[PathBuf]) -> (Vec<InputFile>, Vec<Skip>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(metadata) if metadata.is_dir() => walk(path, path, &mut files, &mut problems),
            Ok(metadata) => files.push(InputFile {
                path: path.clone(),
                kind: kind_of(path).unwrap_or(FileKind::Text),
                text_id: path
                    .file_stem()
                    .map(|stem| stem.to_string_lossy().into_owned())
                    .unwrap_or_else(|| path.display().to_string()),
                bytes: metadata.len(),
            }),
            Err(error) => problems.push(Skip {
                origin: path.display().to_string(),
                reason: "unreadable",
                message: format!("cannot read: {error}"),
            }),
        }
    }
    (files, problems)
}

fn kind_of(path: &Path) -> Option<FileKind> {
    let extension = path.extension()?.to_string_lossy().to_ascii_lowercase();
    match extension.as_str() {
        "jsonl" | "ndjson" => Some(FileKind::Jsonl),
        "csv" => Some(FileKind::Csv),
        "txt" | "text" => Some(FileKind::Text),
        _ => None,
    }
}

fn walk(root: &Path, dir: &Path, files: &mut Vec<InputFile>, problems: &mut Vec<Skip>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            problems.push(Skip {
                origin: dir.display().to_string(),
                reason: "unreadable",
                message: format!("cannot list the folder: {error}"),
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| {
            !path
                .file_name()
                .is_some_and(|name| name.to_string_lossy().starts_with('.'))
        })
        .collect();
    paths.sort();
    for path in paths {
        let Ok(metadata) = std::fs::metadata(&path) else {
            continue;
        };
        if metadata.is_dir() {
            walk(root, &path, files, problems);
            continue;
        }
        let Some(kind) = kind_of(&path) else {
            continue;
        };
        let relative = path.strip_prefix(root).unwrap_or(&path).with_extension("");
        let text_id = relative
            .components()
            .map(|part| part.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        files.push(InputFile {
            path,
            kind,
            text_id,
            bytes: metadata.len(),
        });
    }
}

/// Reads `file` record by record, handing each article, skip and warning to `sink`, and the
/// number of bytes consumed so far to `progress`. Stops early when `sink` returns false.
pub fn read_file(
    file: &InputFile,
    options: ReadOptions,
    sink: &mut dyn FnMut(Item) -> bool,
    progress: &mut dyn FnMut(u64),
) {
    let name = file.path.display().to_string();
    let skip_file = |reason: &'static str, message: String| {
        Item::Skipped(Skip {
            origin: name.clone(),
            reason,
            message,
        })
    };
    if file.kind == FileKind::Text && file.bytes > options.max_record_bytes as u64 {
        sink(skip_file(
            "too large",
            format!(
                "{} bytes, more than the limit of {} (--max-article-bytes)",
                file.bytes, options.max_record_bytes
            ),
        ));
        progress(file.bytes);
        return;
    }
    let handle = match File::open(&file.path) {
        Ok(handle) => handle,
        Err(error) => {
            sink(skip_file("unreadable", format!("cannot open: {error}")));
            return;
        }
    };
    let mut reader = BufReader::with_capacity(1 << 16, handle);
    // The file may differ from its listed size by now; progress stays within it.
    let progress = &mut |bytes: u64| progress(bytes.min(file.bytes));
    match file.kind {
        FileKind::Text => read_text(file, &name, &mut reader, options, sink),
        FileKind::Jsonl => read_jsonl(file, &name, &mut reader, options, sink, progress),
        FileKind::Csv => read_csv(file, &name, &mut reader, options, sink, progress),
    }
    progress(file.bytes);
}

fn read_text(
    file: &InputFile,
    name: &str,
    reader: &mut impl BufRead,
    options: ReadOptions,
    sink: &mut dyn FnMut(Item) -> bool,
) {
    let mut bytes = Vec::with_capacity(file.bytes as usize);
    // Read at most one byte past the limit: the file may have grown since it was listed.
    let limit = options.max_record_bytes as u64 + 1;
    if let Err(error) =
        std::io::Read::read_to_end(&mut std::io::Read::take(reader, limit), &mut bytes)
    {
        sink(Item::Skipped(Skip {
            origin: name.to_string(),
            reason: "unreadable",
            message: format!("cannot read: {error}"),
        }));
        return;
    }
    if bytes.len() > options.max_record_bytes {
        sink(Item::Skipped(Skip {
            origin: name.to_string(),
            reason: "too large",
            message: format!(
                "more than the limit of {} bytes (--max-article-bytes)",
                options.max_record_bytes
            ),
        }));
        return;
    }
    let origin = name.to_string();
    let text = match decode(bytes, options.lossy) {
        Ok(text) => text,
        Err(message) => {
            sink(Item::Skipped(Skip {
                origin,
                reason: "invalid UTF-8",
                message,
            }));
            return;
        }
    };
    let fields = Fields {
        id: Some(file.text_id.clone()),
        text: Some(text),
        ..Fields::default()
    };
    // Plain text carries no date: stored without one, no warning (see the module of ingest).
    send(article_from(fields, origin, file, 0, false), sink);
}

/// The fields of one JSON line or CSV row.
#[derive(Debug, Default, Deserialize)]
struct Fields {
    #[serde(default, deserialize_with = "id_value")]
    id: Option<String>,
    date: Option<String>,
    title: Option<String>,
    source: Option<String>,
    url: Option<String>,
    text: Option<String>,
}

/// Ids may be JSON strings or numbers.
fn id_value<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    let value = Option::<serde_json::Value>::deserialize(deserializer)?;
    Ok(match value {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(id)) => Some(id),
        Some(other) => Some(other.to_string()),
    })
}

/// Checks a record's fields and makes the article, or says why it is skipped.
fn article_from(
    fields: Fields,
    origin: String,
    file: &InputFile,
    line: usize,
    warn_without_date: bool,
) -> Vec<Item> {
    let skip = |reason: &'static str, message: String| {
        vec![Item::Skipped(Skip {
            origin: origin.clone(),
            reason,
            message,
        })]
    };
    let text = match fields.text {
        Some(text) if !text.trim().is_empty() => text,
        Some(_) => return skip("empty text", "the text is empty".to_string()),
        None => return skip("no text", "the record has no `text`".to_string()),
    };
    let date = match fields.date.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(date) => match Date::parse(date) {
            Ok(date) => Some(date),
            Err(message) => return skip("malformed date", message),
        },
    };
    let id = fields
        .id
        .filter(|id| !id.is_empty())
        .unwrap_or_else(|| format!("{}-line-{line}", file.text_id));
    let nonempty = |value: Option<String>| value.filter(|value| !value.trim().is_empty());
    let article = Article {
        id,
        date,
        title: nonempty(fields.title),
        source: nonempty(fields.source),
        url: nonempty(fields.url),
        text,
    };
    let mut items = Vec::with_capacity(2);
    if date.is_none() && warn_without_date {
        items.push(Item::Warning(Skip {
            origin: origin.clone(),
            reason: "no date",
            message: format!("article `{}` has no date; stored without one", article.id),
        }));
    }
    items.push(Item::Article(Box::new(ReadArticle { article, origin })));
    items
}

/// Sends `items` in order; false when the sink wants no more.
fn send(items: Vec<Item>, sink: &mut dyn FnMut(Item) -> bool) -> bool {
    items.into_iter().all(sink)
}

fn decode(bytes: Vec<u8>, lossy: bool) -> Result<String, String> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(error) if lossy => Ok(String::from_utf8_lossy(error.as_bytes()).into_owned()),
        Err(error) => Err(format!(
            "invalid UTF-8 at byte {} of the record (use --lossy to replace it)",
            error.utf8_error().valid_up_to()
        )),
    }
}

/// One line read with a size limit.
enum Line {
    /// The end of the input.
    End,
    /// A line (without its `\n`), in the buffer.
    Complete,
    /// A line longer than the limit, consumed but not kept; its length.
    TooLong(u64),
}

/// Reads the next line into `buffer`, keeping at most `limit` bytes: a longer line is read to
/// its end and dropped, never held whole.
fn next_line(
    reader: &mut impl BufRead,
    limit: usize,
    buffer: &mut Vec<u8>,
) -> std::io::Result<Line> {
    buffer.clear();
    let mut length: u64 = 0;
    let mut any = false;
    loop {
        let available = reader.fill_buf()?;
        if available.is_empty() {
            return Ok(match (any, length > limit as u64) {
                (false, _) => Line::End,
                (true, true) => Line::TooLong(length),
                (true, false) => Line::Complete,
            });
        }
        any = true;
        let (chunk, used, done) = match available.iter().position(|&byte| byte == b'\n') {
            Some(end) => (&available[..end], end + 1, true),
            None => (available, available.len(), false),
        };
        length += chunk.len() as u64;
        if length <= limit as u64 {
            buffer.extend_from_slice(chunk);
        } else {
            buffer.clear();
        }
        reader.consume(used);
        if done {
            return Ok(if length > limit as u64 {
                Line::TooLong(length)
            } else {
                Line::Complete
            });
        }
    }
}

fn read_jsonl(
    file: &InputFile,
    name: &str,
    reader: &mut impl BufRead,
    options: ReadOptions,
    sink: &mut dyn FnMut(Item) -> bool,
    progress: &mut dyn FnMut(u64),
) {
    let mut buffer = Vec::new();
    let mut consumed: u64 = 0;
    for line_number in 1.. {
        let origin = format!("{name}:{line_number}");
        let skip = |reason: &'static str, message: String| {
            Item::Skipped(Skip {
                origin: origin.clone(),
                reason,
                message,
            })
        };
        let line = match next_line(reader, options.max_record_bytes, &mut buffer) {
            Ok(Line::End) => return,
            Ok(Line::Complete) => buffer.as_slice(),
            Ok(Line::TooLong(length)) => {
                consumed += length + 1;
                progress(consumed);
                let message = format!(
                    "{length} bytes, more than the limit of {} (--max-article-bytes)",
                    options.max_record_bytes
                );
                if !sink(skip("too large", message)) {
                    return;
                }
                continue;
            }
            Err(error) => {
                sink(skip("unreadable", format!("cannot read: {error}")));
                return;
            }
        };
        consumed += line.len() as u64 + 1;
        progress(consumed);
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let text = match std::str::from_utf8(line) {
            Ok(text) => std::borrow::Cow::Borrowed(text),
            Err(_) if options.lossy => String::from_utf8_lossy(line),
            Err(error) => {
                let message = format!(
                    "invalid UTF-8 at byte {} of the line (use --lossy to replace it)",
                    error.valid_up_to()
                );
                if !sink(skip("invalid UTF-8", message)) {
                    return;
                }
                continue;
            }
        };
        let text = text.trim_start_matches('\u{feff}');
        if text.trim().is_empty() {
            continue;
        }
        let items = match serde_json::from_str::<Fields>(text) {
            Ok(fields) => article_from(fields, origin.clone(), file, line_number, true),
            Err(error) => vec![skip(
                "broken JSON",
                format!("not a JSON article object: {error}"),
            )],
        };
        if !send(items, sink) {
            return;
        }
    }
}

/// A CSV record: the line it starts on, and its fields (or `None` when it was too large).
struct CsvRecord {
    line: usize,
    fields: Option<Vec<Vec<u8>>>,
    length: u64,
    unterminated: bool,
}

/// Reads one CSV record (RFC 4180: `,` separators, `"` quotes doubled inside quoted fields,
/// records ending with `\n` or `\r\n`, line breaks allowed inside quotes). A record larger than
/// `limit` is read to its end and its fields dropped.
fn next_csv_record(
    reader: &mut impl BufRead,
    limit: usize,
    line: &mut usize,
) -> std::io::Result<Option<CsvRecord>> {
    let start_line = *line;
    let mut fields: Vec<Vec<u8>> = Vec::new();
    let mut field: Vec<u8> = Vec::new();
    let mut length: u64 = 0;
    let mut any = false;
    let mut in_quotes = false;
    let mut quote_pending = false; // a `"` seen inside quotes: the end, or the first of `""`
    loop {
        let available = reader.fill_buf()?;
        if available.is_empty() {
            if !any {
                return Ok(None);
            }
            let unterminated = in_quotes && !quote_pending;
            fields.push(std::mem::take(&mut field));
            return Ok(Some(CsvRecord {
                line: start_line,
                fields: (length <= limit as u64).then_some(fields),
                length,
                unterminated,
            }));
        }
        any = true;
        let mut used = 0;
        let mut finished = false;
        for &byte in available {
            used += 1;
            length += 1;
            let keep = length <= limit as u64;
            if byte == b'\n' {
                *line += 1;
            }
            if in_quotes {
                if quote_pending {
                    quote_pending = false;
                    if byte == b'"' {
                        if keep {
                            field.push(b'"');
                        }
                        continue;
                    }
                    in_quotes = false;
                    // Fall through: the byte after a closing quote.
                } else if byte == b'"' {
                    quote_pending = true;
                    continue;
                } else {
                    if keep {
                        field.push(byte);
                    }
                    continue;
                }
            }
            match byte {
                b'"' if field.is_empty() => in_quotes = true,
                b',' => {
                    let done = std::mem::take(&mut field);
                    if keep {
                        fields.push(done);
                    }
                }
                b'\n' => {
                    if field.last() == Some(&b'\r') {
                        field.pop();
                    }
                    finished = true;
                    break;
                }
                _ => {
                    if keep {
                        field.push(byte);
                    }
                }
            }
        }
        reader.consume(used);
        if finished {
            fields.push(field);
            return Ok(Some(CsvRecord {
                line: start_line,
                fields: (length <= limit as u64).then_some(fields),
                length,
                unterminated: false,
            }));
        }
    }
}

fn read_csv(
    file: &InputFile,
    name: &str,
    reader: &mut impl BufRead,
    options: ReadOptions,
    sink: &mut dyn FnMut(Item) -> bool,
    progress: &mut dyn FnMut(u64),
) {
    let mut line = 1;
    let mut consumed: u64 = 0;
    let mut columns: Option<Vec<String>> = None;
    loop {
        let record = match next_csv_record(reader, options.max_record_bytes, &mut line) {
            Ok(Some(record)) => record,
            Ok(None) => return,
            Err(error) => {
                sink(Item::Skipped(Skip {
                    origin: format!("{name}:{line}"),
                    reason: "unreadable",
                    message: format!("cannot read: {error}"),
                }));
                return;
            }
        };
        consumed += record.length;
        progress(consumed);
        let origin = format!("{name}:{}", record.line);
        let skip = |reason: &'static str, message: String| {
            Item::Skipped(Skip {
                origin: origin.clone(),
                reason,
                message,
            })
        };
        let Some(raw_fields) = record.fields else {
            let message = format!(
                "{} bytes, more than the limit of {} (--max-article-bytes)",
                record.length, options.max_record_bytes
            );
            if !sink(skip("too large", message)) {
                return;
            }
            continue;
        };
        if record.unterminated {
            sink(skip(
                "broken CSV",
                "a quoted field is not closed before the end of the file".to_string(),
            ));
            return;
        }
        if raw_fields.len() == 1 && raw_fields[0].iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let mut fields = Vec::with_capacity(raw_fields.len());
        let mut bad = None;
        for raw in raw_fields {
            match decode(raw, options.lossy) {
                Ok(text) => fields.push(text),
                Err(message) => {
                    bad = Some(message);
                    break;
                }
            }
        }
        if let Some(message) = bad {
            if columns.is_none() {
                sink(skip(
                    "broken CSV",
                    format!("the header is not UTF-8 ({message}); file skipped"),
                ));
                return;
            }
            if !sink(skip("invalid UTF-8", message)) {
                return;
            }
            continue;
        }
        let Some(names) = &columns else {
            let names: Vec<String> = fields
                .iter()
                .map(|name| {
                    name.trim_start_matches('\u{feff}')
                        .trim()
                        .to_ascii_lowercase()
                })
                .collect();
            if !names.iter().any(|name| name == "text") {
                sink(skip(
                    "broken CSV",
                    "the header row has no `text` column; file skipped".to_string(),
                ));
                return;
            }
            columns = Some(names);
            continue;
        };
        if fields.len() != names.len() {
            let message = format!(
                "{} fields where the header has {}",
                fields.len(),
                names.len()
            );
            if !sink(skip("broken CSV", message)) {
                return;
            }
            continue;
        }
        let mut record_fields = Fields::default();
        for (name, value) in names.iter().zip(fields) {
            let slot = match name.as_str() {
                "id" => &mut record_fields.id,
                "date" => &mut record_fields.date,
                "title" => &mut record_fields.title,
                "source" => &mut record_fields.source,
                "url" => &mut record_fields.url,
                "text" => &mut record_fields.text,
                _ => continue,
            };
            *slot = Some(value);
        }
        if !send(
            article_from(record_fields, origin.clone(), file, record.line, true),
            sink,
        ) {
            return;
        }
    }
}

#[cfg(test)]
mod tests;
