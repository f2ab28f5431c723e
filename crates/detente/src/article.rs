//! Articles: what `detente` reads, from plain text or JSON lines.

use serde::Deserialize;

/// One news article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Identifier given by the input, or made from the file name or line number.
    pub id: String,
    /// Publication date.
    pub date: Option<Date>,
    /// Headline.
    pub title: Option<String>,
    /// Publisher.
    pub source: Option<String>,
    /// Where the article was published.
    pub url: Option<String>,
    /// Body text; every offset `detente` prints is a byte offset into it.
    pub text: String,
}

/// A calendar date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Year, 1 to 9999.
    pub year: u16,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day of the month.
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`; a longer ISO 8601 timestamp (`2025-03-27T08:00:00Z`) is cut to its
    /// date.
    pub fn parse(text: &str) -> Result<Date, String> {
        let text = text.trim();
        let date_part = match text.get(..10) {
            Some(head) if text.len() == 10 || text[10..].starts_with(['T', ' ', 't']) => head,
            _ => return Err(format!("`{text}` is not a date of the form YYYY-MM-DD")),
        };
        let bytes = date_part.as_bytes();
        let digits_at = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = &date_part[range];
            part.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| part.parse().ok())
                .flatten()
        };
        let (Some(year), Some(month), Some(day), b'-', b'-') = (
            digits_at(0..4),
            digits_at(5..7),
            digits_at(8..10),
            bytes[4],
            bytes[7],
        ) else {
            return Err(format!("`{text}` is not a date of the form YYYY-MM-DD"));
        };
        if year == 0 || !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(format!("`{date_part}` is not a calendar date"));
        }
        Ok(Date {
            year: year as u16,
            month: month as u8,
            day: day as u8,
        })
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

/// A problem with one input record; the record is skipped, the others are processed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// 1-based line of the record in its input.
    pub line: usize,
    /// What is wrong.
    pub message: String,
    /// True when the record was skipped; false for a warning (for example a bad date, dropped).
    pub skipped: bool,
}

#[derive(Debug, Deserialize)]
struct ArticleLine {
    id: Option<serde_json::Value>,
    date: Option<String>,
    title: Option<String>,
    source: Option<String>,
    url: Option<String>,
    text: Option<String>,
}

/// Reads JSON-lines articles (`id`, `date`, `title`, `source`, `url`, `text`; one object a line).
///
/// A line that is not valid UTF-8 (unless `lossy`), not a JSON object, or has no `text` string is
/// reported with its number and skipped. A malformed `date` is reported and dropped. Blank lines
/// are ignored. An article without `id` gets `line-N`.
pub fn read_jsonl(bytes: &[u8], lossy: bool) -> (Vec<Article>, Vec<Diagnostic>) {
    let mut articles = Vec::new();
    let mut diagnostics = Vec::new();
    for (index, raw_line) in bytes.split(|&b| b == b'\n').enumerate() {
        let line_number = index + 1;
        let raw_line = raw_line.strip_suffix(b"\r").unwrap_or(raw_line);
        let line = match std::str::from_utf8(raw_line) {
            Ok(line) => std::borrow::Cow::Borrowed(line),
            Err(_) if lossy => String::from_utf8_lossy(raw_line),
            Err(error) => {
                diagnostics.push(Diagnostic {
                    line: line_number,
                    message: format!(
                        "invalid UTF-8 at byte {} of the line (use --lossy to replace it)",
                        error.valid_up_to()
                    ),
                    skipped: true,
                });
                continue;
            }
        };
        let line = line.trim_start_matches('\u{feff}');
        if line.trim().is_empty() {
            continue;
        }
        let record: ArticleLine = match serde_json::from_str(line) {
            Ok(record) => record,
            Err(error) => {
                diagnostics.push(Diagnostic {
                    line: line_number,
                    message: format!("not a JSON article object: {error}"),
                    skipped: true,
                });
                continue;
            }
        };
        let Some(text) = record.text else {
            diagnostics.push(Diagnostic {
                line: line_number,
                message: "the article has no `text` string".to_string(),
                skipped: true,
            });
            continue;
        };
        let date = match record.date.as_deref().map(Date::parse) {
            None => None,
            Some(Ok(date)) => Some(date),
            Some(Err(message)) => {
                diagnostics.push(Diagnostic {
                    line: line_number,
                    message: format!("date dropped: {message}"),
                    skipped: false,
                });
                None
            }
        };
        let id = match record.id {
            Some(serde_json::Value::String(id)) => id,
            Some(serde_json::Value::Null) | None => format!("line-{line_number}"),
            Some(other) => other.to_string(),
        };
        articles.push(Article {
            id,
            date,
            title: record.title,
            source: record.source,
            url: record.url,
            text,
        });
    }
    (articles, diagnostics)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(Date::parse("2025-03-27").unwrap().to_string(), "2025-03-27");
        assert_eq!(
            Date::parse("2024-02-29T10:00:00Z").unwrap().to_string(),
            "2024-02-29"
        );
        assert!(Date::parse("2023-02-29").is_err());
        assert!(Date::parse("2023-13-01").is_err());
        assert!(Date::parse("27 March 2025").is_err());
        assert!(Date::parse("2025-03-2x").is_err());
        assert!(Date::parse("").is_err());
        assert!(Date::parse("2025-03-27extra").is_err());
    }

    #[test]
    fn jsonl_reports_broken_lines_and_keeps_the_others() {
        let input = b"{\"id\":\"a\",\"date\":\"2025-03-27\",\"text\":\"One.\"}\n{broken\n\n{\"text\":\"Two.\",\"date\":\"soon\"}\n{\"id\":3}\n\xff\n";
        let (articles, diagnostics) = read_jsonl(input, false);
        assert_eq!(articles.len(), 2);
        assert_eq!(articles[0].id, "a");
        assert_eq!(articles[1].id, "line-4");
        assert_eq!(articles[1].date, None);
        let lines: Vec<(usize, bool)> = diagnostics.iter().map(|d| (d.line, d.skipped)).collect();
        assert_eq!(lines, vec![(2, true), (4, false), (5, true), (6, true)]);
    }
}
