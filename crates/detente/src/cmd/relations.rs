//! `detente relations`: a dyad's series over time windows, with the events behind each value.
//! Also the event loading and option parsing that `triangle` and `report` share.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::ValueEnum;
use detente_code::{ArticleInfo, ClusterInfo, EventRecord, StoredEvent};
use detente_relations::plot::PlotFormat;
use detente_relations::{
    evidence, observe, Actor, Day, Direction, Empty, Observations, Series, SeriesConfig, Weight,
    Window, WindowStats,
};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::exit::{Failure, Outcome};
use crate::input;

/// Where events come from, which of them count, and how much.
#[derive(Debug, Clone, clap::Args)]
pub struct EventSource {
    /// The store `detente ingest` filled: a SQLite file or a `postgres://user@host/db` URL.
    #[arg(long, default_value = "detente.db")]
    pub db: String,
    /// Read events from a file instead of the store: JSON lines of event records (as
    /// `detente code` prints them) or the JSON documents of `detente code --format json`
    /// (which also carry the sentences); `-` reads stdin. Mentions are clustered by the same
    /// rule as in the store (`detente export --help` describes it).
    #[arg(long, value_name = "FILE")]
    pub events: Option<PathBuf>,
    /// Only events on or after this day (YYYY-MM-DD); the first window starts there.
    #[arg(long, value_parser = parse_day)]
    pub since: Option<Day>,
    /// Only events on or before this day (YYYY-MM-DD); the last window ends there.
    #[arg(long, value_parser = parse_day)]
    pub until: Option<Day>,
    /// How much a deduplicated event counts: once, or once per article that reported it.
    #[arg(long, value_enum, default_value_t = WeightArg::Events)]
    pub weight: WeightArg,
}

/// `--weight` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum WeightArg {
    /// Every event once.
    Events,
    /// Every event once per article that reported it.
    Mentions,
}

/// `--window` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum WindowArg {
    /// Calendar days.
    Day,
    /// ISO weeks (Monday to Sunday).
    Week,
    /// Calendar months.
    Month,
    /// Calendar quarters.
    Quarter,
    /// Calendar years.
    Year,
    /// The whole period as one window.
    All,
}

impl WindowArg {
    /// The library's window.
    pub fn window(self) -> Window {
        match self {
            WindowArg::Day => Window::Day,
            WindowArg::Week => Window::Week,
            WindowArg::Month => Window::Month,
            WindowArg::Quarter => Window::Quarter,
            WindowArg::Year => Window::Year,
            WindowArg::All => Window::All,
        }
    }
}

/// Output formats of `detente relations`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// An aligned table for people.
    Table,
    /// One JSON object on the last line.
    Json,
    /// Comma-separated values with a header line.
    Csv,
}

/// Print the relation of two actors window by window: events per QuadClass, Goldstein sum and
/// mean, cooperation and conflict, quad balance, share of all events, and a decayed score.
///
/// An actor is a country code (`RUS`: every actor of that country) or a longer actor code
/// (`RUSGOV`: every actor code starting with it). Deduplicated events count once. Empty windows
/// are printed, with NA (or 0 with `--empty zero`) for means and ratios.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The first actor (the source with --directed).
    pub a: String,
    /// The second actor (the target with --directed).
    pub b: String,
    /// Window length.
    #[arg(long, value_enum, default_value_t = WindowArg::Month)]
    pub window: WindowArg,
    /// Count only events from A to B (default: both ways).
    #[arg(long)]
    pub directed: bool,
    /// What empty windows show for means and ratios.
    #[arg(long, value_enum, default_value_t = EmptyArg::Na)]
    pub empty: EmptyArg,
    /// Divide counts and sums by the window's total event volume (all actors).
    #[arg(long)]
    pub normalize: bool,
    /// Half-life of the decayed score, in days.
    #[arg(long, default_value_t = 30.0, value_parser = parse_positive)]
    pub half_life: f64,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Also print the top events of each window with their sentences.
    #[arg(long)]
    pub explain: bool,
    /// How many events --explain prints per window.
    #[arg(long, default_value_t = 3)]
    pub top: usize,
    /// Write a chart of the series to FILE (SVG or PNG, by its extension).
    #[arg(long, value_name = "FILE")]
    pub plot: Option<PathBuf>,
    /// The event store: a SQLite file or a postgres:// URL.
    #[command(flatten)]
    pub source: EventSource,
}

/// `--empty` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EmptyArg {
    /// NA (null in JSON).
    Na,
    /// 0.
    Zero,
}

fn parse_day(text: &str) -> Result<Day, String> {
    Day::parse(text).ok_or_else(|| format!("expected a date YYYY-MM-DD, got {text:?}"))
}

/// Parses a positive number of days.
pub fn parse_positive(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(value) if value > 0.0 && value.is_finite() => Ok(value),
        _ => Err(format!("expected a positive number, got {text:?}")),
    }
}

/// Parses an actor argument, as an invalid-input failure.
pub fn actor(text: &str) -> anyhow::Result<Actor> {
    Actor::parse(text).map_err(|error| Failure::InvalidInput(error.to_string()).into())
}

/// Events loaded for analysis, with the outcome of loading them.
pub struct Loaded {
    /// The event mentions.
    pub events: Vec<StoredEvent>,
    /// Their observations (one per cluster).
    pub observations: Observations,
    /// The period to cover, from --since/--until.
    pub period: Option<(Day, Day)>,
    /// Partial when input lines were skipped.
    pub outcome: Outcome,
}

/// Loads the events `source` names.
pub fn load(source: &EventSource) -> anyhow::Result<Loaded> {
    let Some(path) = &source.events else {
        let events = read_store(source)?;
        return Ok(finish(events, source, Outcome::Success));
    };
    let (mut events, skipped) = read_events(path)?;
    let outcome = if skipped > 0 {
        Outcome::Partial
    } else {
        Outcome::Success
    };
    events.retain(|event| {
        let day = event.record.event_date.as_deref().and_then(Day::parse);
        match day {
            Some(day) => {
                source.since.is_none_or(|since| day >= since)
                    && source.until.is_none_or(|until| day <= until)
            }
            None => source.since.is_none() && source.until.is_none(),
        }
    });
    // Mentions of one event (the same dyad and act reported on neighbouring days, or by two
    // articles) count once, as in the store: the same rule clusters them.
    detente_export::dedup::assign(&mut events, &detente_export::DedupRule::default());
    Ok(finish(events, source, outcome))
}

/// Reads every event mention in `--since`..`--until` from the store, with its cluster.
fn read_store(source: &EventSource) -> anyhow::Result<Vec<StoredEvent>> {
    let location = source.db.as_str();
    let remote = location.starts_with("postgres://") || location.starts_with("postgresql://");
    if !remote && !Path::new(location).exists() {
        return Err(Failure::InvalidInput(format!(
            "no store at {location}: fill one with `detente ingest FILES --db {location}`, or \
             read `detente code` output with --events FILE"
        ))
        .into());
    }
    let mut store = super::ingest::open_store(location)?;
    let filter = detente_store::EventFilter {
        since: source.since.map(|day| day.to_string()),
        until: source.until.map(|day| day.to_string()),
        actor: None,
        dedup: false,
    };
    store
        .events(&filter)
        .context("cannot read the stored events")
}

/// Observes loaded events under `source`'s weight and period.
pub fn finish(events: Vec<StoredEvent>, source: &EventSource, outcome: Outcome) -> Loaded {
    let weight = match source.weight {
        WeightArg::Events => Weight::Events,
        WeightArg::Mentions => Weight::Mentions,
    };
    let observations = observe(&events, weight);
    if observations.undated > 0 {
        eprintln!(
            "detente: note: {} events without a date are left out",
            observations.undated
        );
    }
    let span = observations.span();
    let period = match (source.since, source.until, span) {
        (Some(since), Some(until), _) => Some((since, until)),
        (Some(since), None, Some((_, last))) => Some((since, last.max(since))),
        (None, Some(until), Some((first, _))) => Some((first.min(until), until)),
        (Some(since), None, None) => Some((since, since)),
        (None, Some(until), None) => Some((until, until)),
        (None, None, _) => None,
    };
    Loaded {
        events,
        observations,
        period,
        outcome,
    }
}

/// Reads `detente code` output: JSON lines of event records, or `--format json` documents.
/// Returns the events and how many lines were skipped (reported on stderr).
pub fn read_events(path: &Path) -> anyhow::Result<(Vec<StoredEvent>, usize)> {
    let bytes = input::read_bytes(Some(path))?;
    let name = input::display_name(Some(path));
    let text = input::decode(bytes, false, &name)?;
    if text.trim_start().starts_with('[') {
        let documents: Vec<Value> = serde_json::from_str(&text).map_err(|error| {
            Failure::InvalidInput(format!("{name}: not a JSON array of documents: {error}"))
        })?;
        let events = events_from_documents(&documents).map_err(|error| {
            Failure::InvalidInput(format!("{name}: malformed document: {error}"))
        })?;
        return Ok((events, 0));
    }
    let mut events = Vec::new();
    let mut skipped = 0;
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let value: Value = match serde_json::from_str(line) {
            Ok(value) => value,
            Err(error) => {
                eprintln!("detente: skipped: {name}:{}: {error}", index + 1);
                skipped += 1;
                continue;
            }
        };
        if value.get("record").and_then(Value::as_str) != Some("event") {
            continue;
        }
        match serde_json::from_value::<EventRecord>(value) {
            Ok(record) => {
                let id = events.len() as i64 + 1;
                events.push(single(id, record, String::new(), ArticleInfo::default()));
            }
            Err(error) => {
                eprintln!("detente: skipped: {name}:{}: {error}", index + 1);
                skipped += 1;
            }
        }
    }
    Ok((events, skipped))
}

/// The events of `detente code --format json` documents, with their sentences and articles,
/// each its own cluster, numbered from 1 in order.
pub fn events_from_documents(documents: &[Value]) -> Result<Vec<StoredEvent>, serde_json::Error> {
    #[derive(serde::Deserialize)]
    struct Document {
        article: ArticleInfo,
        #[serde(default)]
        sentences: Vec<SentenceText>,
        #[serde(default)]
        events: Vec<EventRecord>,
    }
    #[derive(serde::Deserialize)]
    struct SentenceText {
        text: String,
    }
    let mut events = Vec::new();
    for value in documents {
        let document = Document::deserialize(value)?;
        for record in document.events {
            let sentence = document
                .sentences
                .get(record.sentence_index)
                .map(|sentence| sentence.text.clone())
                .unwrap_or_default();
            let id = events.len() as i64 + 1;
            events.push(single(id, record, sentence, document.article.clone()));
        }
    }
    Ok(events)
}

/// A mention that is its own cluster.
pub fn single(
    id: i64,
    record: EventRecord,
    sentence_text: String,
    article: ArticleInfo,
) -> StoredEvent {
    let article = if article.id.is_empty() {
        ArticleInfo {
            id: record.article_id.clone(),
            ..article
        }
    } else {
        article
    };
    StoredEvent {
        id,
        record,
        sentence_text,
        article,
        cluster: ClusterInfo {
            id,
            num_mentions: 1,
            num_sources: 1,
            num_articles: 1,
        },
        coder_version: String::new(),
    }
}

/// The format a plot file's extension asks for (`.svg` or `.png`, any case); any other name is
/// invalid input.
pub fn plot_format(path: &Path) -> anyhow::Result<PlotFormat> {
    PlotFormat::from_path(path).ok_or_else(|| {
        Failure::InvalidInput(format!(
            "{}: plots are written as SVG or PNG; name the file *.svg or *.png",
            path.display()
        ))
        .into()
    })
}

/// Writes a plot's bytes to `path`.
pub fn write_plot(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    std::fs::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))
}

/// A number for tables: two decimals, or NA.
pub fn number(value: Option<f64>) -> String {
    value.map_or_else(|| "NA".to_string(), |value| format!("{value:.2}"))
}

/// A number for JSON: rounded to 6 decimals, or null.
pub fn json_number(value: Option<f64>) -> Value {
    match value {
        Some(value) if value.is_finite() => json!((value * 1e6).round() / 1e6),
        _ => Value::Null,
    }
}

/// One evidence event as JSON.
pub fn evidence_json(evidence: &evidence::Evidence<'_>) -> Value {
    let record = &evidence.event.record;
    json!({
        "id": evidence.event.id,
        "article_id": record.article_id,
        "date": record.event_date,
        "source": record.source_code,
        "target": record.target_code,
        "cameo": record.cameo_code,
        "goldstein": json_number(Some(f64::from(record.goldstein))),
        "weight": evidence.weight,
        "mentions": evidence.mentions,
        "sentence": evidence.event.sentence_text,
    })
}

/// One evidence event as a line of text.
pub fn evidence_line(evidence: &evidence::Evidence<'_>) -> String {
    let record = &evidence.event.record;
    let sentence = if evidence.event.sentence_text.is_empty() {
        format!(
            "{} … {}",
            record.source_text,
            record.predicate_text.replace('\n', " ")
        )
    } else {
        evidence.event.sentence_text.replace('\n', " ")
    };
    format!(
        "{} {} {} {} → {} ({:+.1}): {sentence}",
        record.event_date.as_deref().unwrap_or("undated"),
        record.article_id,
        record.source_code,
        record.cameo_code,
        record.target_code.as_deref().unwrap_or("-"),
        record.goldstein,
    )
}

/// Runs `detente relations`.
pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let a = actor(&args.a)?;
    let b = actor(&args.b)?;
    let plot = args.plot.as_deref().map(plot_format).transpose()?;
    let loaded = load(&args.source)?;
    let config = SeriesConfig {
        window: args.window.window(),
        direction: if args.directed {
            Direction::Directed
        } else {
            Direction::Undirected
        },
        empty: match args.empty {
            EmptyArg::Na => Empty::Missing,
            EmptyArg::Zero => Empty::Zero,
        },
        half_life_days: args.half_life,
        period: loaded.period,
    };
    let series = detente_relations::series(&loaded.events, &loaded.observations, &a, &b, &config);
    if let (Some(path), Some(format)) = (&args.plot, plot) {
        write_plot(
            path,
            &detente_relations::plot::series_plot(&series, format)?,
        )?;
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    write_series(&mut out, &args, &loaded, &series)?;
    if let (Some(path), Format::Table) = (&args.plot, args.format) {
        writeln!(out, "plot written to {}", path.display())?;
    }
    out.flush()?;
    Ok(loaded.outcome)
}

/// The printed values of one window: counts and sums divided by the volume with --normalize.
fn row(window: &WindowStats, normalize: bool, empty: EmptyArg) -> [Option<f64>; 13] {
    let scale = |value: f64| -> Option<f64> {
        if !normalize {
            return Some(value);
        }
        match (window.volume > 0.0, empty) {
            (true, _) => Some(value / window.volume),
            (false, EmptyArg::Zero) => Some(0.0),
            (false, EmptyArg::Na) => None,
        }
    };
    [
        scale(window.n),
        scale(window.quad[0]),
        scale(window.quad[1]),
        scale(window.quad[2]),
        scale(window.quad[3]),
        scale(window.goldstein_sum),
        window.goldstein_mean,
        scale(window.cooperation),
        scale(window.conflict),
        window.quad_balance,
        window.share,
        window.decayed,
        Some(window.volume),
    ]
}

const COLUMNS: [&str; 13] = [
    "n",
    "q1",
    "q2",
    "q3",
    "q4",
    "goldstein_sum",
    "goldstein_mean",
    "cooperation",
    "conflict",
    "quad_balance",
    "share",
    "decayed",
    "volume",
];

fn write_series(
    out: &mut impl Write,
    args: &Args,
    loaded: &Loaded,
    series: &Series,
) -> anyhow::Result<()> {
    let (events, observations) = (&loaded.events, &loaded.observations);
    match args.format {
        Format::Csv => {
            writeln!(out, "start,end,{}", COLUMNS.join(","))?;
            for window in &series.windows {
                let values: Vec<String> = row(window, args.normalize, args.empty)
                    .iter()
                    .map(|value| value.map_or_else(|| "NA".to_string(), |value| value.to_string()))
                    .collect();
                writeln!(out, "{},{},{}", window.start, window.end, values.join(","))?;
            }
        }
        Format::Json => {
            let windows: Vec<Value> = series
                .windows
                .iter()
                .map(|window| {
                    let mut object = serde_json::Map::new();
                    object.insert("start".into(), json!(window.start.to_string()));
                    object.insert("end".into(), json!(window.end.to_string()));
                    for (name, value) in COLUMNS.iter().zip(row(window, args.normalize, args.empty))
                    {
                        object.insert((*name).into(), json_number(value));
                    }
                    object.insert(
                        "events".into(),
                        json!(evidence::ids(events, observations, &window.evidence)),
                    );
                    if args.explain {
                        let top = evidence::top(events, observations, &window.evidence, args.top);
                        object.insert(
                            "evidence".into(),
                            Value::Array(top.iter().map(evidence_json).collect()),
                        );
                    }
                    Value::Object(object)
                })
                .collect();
            let summary = json!({
                "a": series.a.code(),
                "b": series.b.code(),
                "window": series.config.window.name(),
                "directed": args.directed,
                "weight": if args.source.weight == WeightArg::Mentions { "mentions" } else { "events" },
                "normalized": args.normalize,
                "half_life_days": args.half_life,
                "windows": windows,
            });
            writeln!(out, "{summary}")?;
        }
        Format::Table => {
            let arrow = if args.directed { "→" } else { "–" };
            writeln!(
                out,
                "{} {arrow} {} by {}{}",
                series.a,
                series.b,
                series.config.window.name(),
                if args.normalize {
                    " (per event in the window)"
                } else {
                    ""
                }
            )?;
            write!(out, "{:<10} {:<10}", "start", "end")?;
            for name in &COLUMNS[..12] {
                write!(out, " {:>8}", short(name))?;
            }
            writeln!(out)?;
            for window in &series.windows {
                write!(out, "{:<10} {:<10}", window.start, window.end)?;
                for value in &row(window, args.normalize, args.empty)[..12] {
                    write!(out, " {:>8}", number(*value))?;
                }
                writeln!(out)?;
                if args.explain {
                    for found in evidence::top(events, observations, &window.evidence, args.top) {
                        writeln!(out, "    {}", evidence_line(&found))?;
                    }
                }
            }
        }
    }
    Ok(())
}

fn short(name: &str) -> &str {
    match name {
        "goldstein_sum" => "g_sum",
        "goldstein_mean" => "g_mean",
        "cooperation" => "coop",
        "conflict" => "confl",
        "quad_balance" => "q_bal",
        other => other,
    }
}
