//! `detente export`: stored events (or `detente code` output) as GDELT 2.0, PLOVER JSON lines,
//! CSV or Parquet.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use detente_code::{ArticleInfo, ClusterInfo, EventRecord, StoredEvent};
use detente_export::{dedup, export_events, gdelt, parquet, plover, table, DedupRule, Grouping};
use detente_store::{EventFilter, Store};

use crate::exit::{Failure, Outcome};
use crate::input;

/// Export events: one row per deduplicated event (or per mention with --no-dedup).
///
/// Formats: `gdelt`, the 61-column GDELT 2.0 event table (tab-separated, no header); `plover`,
/// POLECAT-style PLOVER JSON lines with every mention; `csv`, the flat event record plus cluster
/// and article columns, with a header; `parquet`, the same table with typed columns.
/// Events come from the store (--db), or with --events from a JSON lines file of event records
/// as `detente code` prints them, which are then deduplicated here.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum)]
    pub format: Format,
    /// Only events dated on or after this day (YYYY-MM-DD); undated events are left out.
    #[arg(long, value_parser = parse_day)]
    pub since: Option<String>,
    /// Only events dated on or before this day (YYYY-MM-DD); undated events are left out.
    #[arg(long, value_parser = parse_day)]
    pub until: Option<String>,
    /// Only events whose source or target code starts with CODE, or whose source or target
    /// country is CODE (`RUS`, `RUSGOV`).
    #[arg(long, value_name = "CODE")]
    pub actor: Option<String>,
    /// Write here instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// One row per event mention: merge nothing.
    #[arg(long)]
    pub no_dedup: bool,
    /// The store: a SQLite file or a `postgres://user@host/db` URL.
    #[arg(long, default_value = "detente.db", conflicts_with = "events")]
    pub db: String,
    /// Read event records from this JSON lines file (`detente code` output, `-` for standard
    /// input) instead of the store.
    #[arg(long, value_name = "FILE.jsonl")]
    pub events: Option<PathBuf>,
}

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// GDELT 2.0 event table: 61 tab-separated columns, no header.
    Gdelt,
    /// PLOVER event records as JSON lines (POLECAT style).
    Plover,
    /// CSV (RFC 4180) with a header.
    Csv,
    /// Apache Parquet.
    Parquet,
}

/// Runs `detente export`.
pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let filter = EventFilter {
        since: args.since.clone(),
        until: args.until.clone(),
        actor: args.actor.clone(),
        dedup: false,
    };
    let (events, outcome) = match &args.events {
        Some(path) => {
            let (mut events, skipped) = read_records(path)?;
            events.retain(|event| passes(&filter, &event.record));
            if !args.no_dedup {
                dedup::assign(&mut events, &DedupRule::default());
            }
            let outcome = if skipped > 0 {
                Outcome::Partial
            } else {
                Outcome::Success
            };
            (events, outcome)
        }
        None => {
            let is_url = args.db.starts_with("postgres://") || args.db.starts_with("postgresql://");
            if !is_url && !Path::new(&args.db).exists() {
                // Opening would create an empty store and export nothing.
                return Err(Failure::InvalidInput(format!(
                    "no store at {} (write one with `detente ingest --db {}`, or read a file \
                     with --events)",
                    args.db, args.db
                ))
                .into());
            }
            let shown = if args.db.contains('@') {
                "the PostgreSQL store"
            } else {
                args.db.as_str()
            };
            let mut store =
                Store::open(&args.db).with_context(|| format!("cannot open the store {shown}"))?;
            let events = store
                .events(&filter)
                .context("cannot read events from the store")?;
            (events, Outcome::Success)
        }
    };
    let grouping = if args.no_dedup {
        Grouping::Mentions
    } else {
        Grouping::Clusters
    };
    let rows = export_events(&events, grouping);
    let mut bytes = Vec::new();
    match args.format {
        Format::Gdelt => gdelt::write(&rows, &mut bytes)?,
        Format::Plover => plover::write(&rows, &mut bytes)?,
        Format::Csv => table::write_csv(&rows, &mut bytes)?,
        Format::Parquet => parquet::write(&rows, &mut bytes)?,
    }
    match &args.out {
        Some(path) => std::fs::write(path, &bytes)
            .with_context(|| format!("cannot write {}", path.display()))?,
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(&bytes)?;
            stdout.flush()?;
        }
    }
    eprintln!(
        "detente export: {} events from {} mentions",
        rows.len(),
        events.len()
    );
    Ok(outcome)
}

fn parse_day(text: &str) -> Result<String, String> {
    detente_lexicon::Date::parse(text)
        .map(|_| text.to_string())
        .ok_or_else(|| format!("`{text}` is not a date (YYYY-MM-DD)"))
}

/// The store's filter, applied to a record read from a file.
fn passes(filter: &EventFilter, record: &EventRecord) -> bool {
    let date = record.event_date.as_deref();
    if let Some(since) = &filter.since {
        if date.is_none_or(|date| date < since.as_str()) {
            return false;
        }
    }
    if let Some(until) = &filter.until {
        if date.is_none_or(|date| date > until.as_str()) {
            return false;
        }
    }
    if let Some(actor) = &filter.actor {
        let codes = [
            Some(record.source_code.as_str()),
            record.target_code.as_deref(),
        ];
        let countries = [
            Some(record.source_country.as_str()),
            record.target_country.as_deref(),
        ];
        let by_code = codes
            .iter()
            .flatten()
            .any(|code| code.starts_with(actor.as_str()));
        let by_country = countries.iter().flatten().any(|country| country == actor);
        if !by_code && !by_country {
            return false;
        }
    }
    true
}

/// Reads JSON lines: event records (`"record": "event"`, as `detente code` prints them) or
/// stored events (as the store returns them); other record kinds are passed over. Returns the
/// events, numbered from 1 in file order when they carry no id, and how many lines were
/// malformed (reported on stderr).
fn read_records(path: &Path) -> anyhow::Result<(Vec<StoredEvent>, usize)> {
    let name = input::display_name(Some(path));
    let text = input::decode(input::read_bytes(Some(path))?, false, &name)?;
    let mut events = Vec::new();
    let mut skipped = 0;
    for (number, line) in text.lines().enumerate() {
        let line_number = number + 1;
        if line.trim().is_empty() {
            continue;
        }
        let value: serde_json::Value = match serde_json::from_str(line) {
            Ok(value) => value,
            Err(error) => {
                eprintln!("detente export: {name}:{line_number}: not JSON: {error}");
                skipped += 1;
                continue;
            }
        };
        let id = i64::try_from(line_number).unwrap_or(i64::MAX);
        let parsed = match value.get("record") {
            Some(serde_json::Value::Object(_)) => serde_json::from_value::<StoredEvent>(value),
            Some(serde_json::Value::String(kind)) if kind == "event" => {
                serde_json::from_value::<EventRecord>(value).map(|record| stored(id, record))
            }
            _ => continue,
        };
        match parsed {
            Ok(event) => events.push(event),
            Err(error) => {
                eprintln!("detente export: {name}:{line_number}: not an event record: {error}");
                skipped += 1;
            }
        }
    }
    if events.is_empty() && skipped > 0 {
        return Err(Failure::InvalidInput(format!("{name}: no readable event records")).into());
    }
    Ok((events, skipped))
}

fn stored(id: i64, record: EventRecord) -> StoredEvent {
    StoredEvent {
        id,
        sentence_text: String::new(),
        article: ArticleInfo {
            id: record.article_id.clone(),
            ..ArticleInfo::default()
        },
        cluster: ClusterInfo {
            id,
            num_mentions: 1,
            num_sources: 1,
            num_articles: 1,
        },
        coder_version: String::new(),
        record,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads `lines` as an --events file and applies `filter`: the surviving article ids and
    /// the number of malformed lines.
    fn check(lines: &[&str], filter: &EventFilter, expected: (&[&str], usize)) {
        let path = std::env::temp_dir().join(format!(
            "detente-export-test-{}-{}.jsonl",
            std::process::id(),
            lines.len()
        ));
        std::fs::write(&path, lines.join("\n")).unwrap();
        let result = read_records(&path);
        std::fs::remove_file(&path).unwrap();
        let (events, skipped) = result.unwrap();
        let kept: Vec<&str> = events
            .iter()
            .filter(|event| passes(filter, &event.record))
            .map(|event| event.record.article_id.as_str())
            .collect();
        assert_eq!((kept.as_slice(), skipped), expected);
    }

    fn line(article: &str, date: &str, source: &str, target: &str) -> String {
        serde_json::json!({
            "schema": 1, "record": "event", "article_id": article, "sentence_index": 0,
            "event_date": date, "source_text": source, "source_code": source,
            "source_country": source.get(..3).unwrap_or(source), "source_sector": null,
            "target_text": target, "target_code": target,
            "target_country": target.get(..3).unwrap_or(target), "target_sector": null,
            "cameo_code": "190", "cameo_base": "190", "cameo_root": "19", "plover_type": null,
            "plover_mode": null, "plover_context": null, "goldstein": -10.0, "quad_class": 4,
            "predicate_text": "attacked", "predicate_start": 4, "predicate_end": 12,
            "source_start": 0, "source_end": 3, "target_start": 13, "target_end": 16,
            "rule": "test", "confidence": 1.0
        })
        .to_string()
    }

    #[test]
    fn events_files_are_read_and_filtered_like_the_store() {
        let a = line("a", "2024-03-01", "RUSMIL", "UKR");
        let b = line("b", "2024-04-01", "USA", "CHN");
        let c = line("c", "2024-05-01", "FRA", "RUSGOV");
        let lines = [
            a.as_str(),
            "{\"record\": \"sentence\", \"index\": 0}",
            "not json",
            b.as_str(),
            c.as_str(),
        ];
        check(&lines, &EventFilter::default(), (&["a", "b", "c"], 1));
        let russia = EventFilter {
            actor: Some("RUS".into()),
            ..EventFilter::default()
        };
        check(&lines, &russia, (&["a", "c"], 1));
        let spring = EventFilter {
            since: Some("2024-03-15".into()),
            until: Some("2024-04-30".into()),
            ..EventFilter::default()
        };
        check(&lines, &spring, (&["b"], 1));
    }
}
