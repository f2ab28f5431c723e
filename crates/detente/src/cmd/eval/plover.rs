//! `detente eval plover-gsr`: the event coder scored against PLOVER gold-standard records.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;

use detente_code::{Coder, Event};
use detente_lexicon::{Date, Lexicon};
use detente_nlp::pipeline::Analyzer;

use crate::exit::{Failure, Outcome};
use crate::input;

/// Score the event coder on PLOVER gold-standard records (JSON lines with `text`, `event`,
/// `source` and `target` lists of `{actorText, code, sector}`).
///
/// Each record's `text` is coded on its `date`; gold type names of PLOVER 0.5 are read as
/// their current names (`DEMAND` → `REQUEST`, `DISAPPROVE`/`INVESTIGATE` → `ACCUSE`, `FIGHT` →
/// `ASSAULT`, as in the PLOVER manual's CAMEO table). Among the produced events that have a PLOVER
/// type, the best match for the record is the one that gets most right (type first, then
/// source, then target); the events sharing its predicate and type are its "matched events"
/// (compound actors give one event per actor). Metrics, each a fraction of the `n` records:
/// `event_type_acc` — the best match has the gold PLOVER type; `source_acc` — every gold source
/// code is the country of a matched event's source (`IGO` matches `IGOUNO`); `target_acc` —
/// likewise for targets, and when the gold has no target, no matched event has one; `full_acc`
/// — type, source and target all right. `source_sector_acc`/`target_sector_acc` — over records
/// whose gold actors give a sector, every such (code, sector) pair is among the matched events'.
/// A produced event is correct when its type, source country and target (as above) fit the
/// record; `precision` = correct produced events / produced events, `recall` = records with a
/// correct produced event / `n`, `f1` their harmonic mean. The last line of the output is a
/// JSON object with these numbers.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The gold records, e.g. ../shared/data/plover-gsr/dev.jsonl.
    pub gold: PathBuf,
    /// Print each record's gold and produced events.
    #[arg(long)]
    pub verbose: bool,
}

struct GoldActor {
    code: String,
    sector: Option<String>,
}

struct GoldRecord {
    id: String,
    text: String,
    date: Option<Date>,
    event: String,
    sources: Vec<GoldActor>,
    targets: Vec<GoldActor>,
}

/// Runs `detente eval plover-gsr`.
pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let name = args.gold.display().to_string();
    let bytes = input::read_bytes(Some(&args.gold))?;
    let text = input::decode(bytes, false, &name)?;
    let records = read_gold(&text, &name)?;
    let analyzer = Analyzer::shared_english()
        .map_err(|error| anyhow::anyhow!("the embedded models do not load: {error}"))?;
    let coder = Coder::new(Lexicon::builtin());
    let mut out = std::io::stdout().lock();
    let mut totals = Totals::default();
    let mut confusion: BTreeMap<(String, String), usize> = BTreeMap::new();
    for record in &records {
        // The same reader as `detente code`: coreference, quotes, dates and places included.
        let read = detente_doc::read_article(&coder, analyzer, &record.text, record.date);
        let events: Vec<&Event> = read
            .coded
            .events
            .iter()
            .filter(|event| event.plover_type.is_some())
            .collect();
        let scored = score_record(record, &events);
        totals.add(&scored, events.len());
        let produced = scored
            .best_type
            .clone()
            .unwrap_or_else(|| "(none)".to_string());
        *confusion
            .entry((record.event.clone(), produced.clone()))
            .or_default() += 1;
        if args.verbose {
            // Which parts of the best event are wrong, so a reader sees the failure kind.
            let wrong: Vec<&str> = [
                (scored.type_ok, "type"),
                (scored.source, "source"),
                (scored.target, "target"),
            ]
            .into_iter()
            .filter(|(ok, _)| !ok)
            .map(|(_, part)| part)
            .collect();
            writeln!(
                out,
                "{} {} gold {} {:?} → {:?}{}",
                if scored.full { "OK  " } else { "MISS" },
                record.id,
                record.event,
                record
                    .sources
                    .iter()
                    .map(|a| a.code.as_str())
                    .collect::<Vec<_>>(),
                record
                    .targets
                    .iter()
                    .map(|a| a.code.as_str())
                    .collect::<Vec<_>>(),
                if scored.best_type.is_none() {
                    "  no event".to_string()
                } else if wrong.is_empty() {
                    String::new()
                } else {
                    format!("  wrong: {}", wrong.join(", "))
                },
            )?;
            writeln!(out, "       text: {}", record.text)?;
            for event in &events {
                writeln!(
                    out,
                    "       {} {} {} → {} [{}] {}",
                    event.plover_type.as_deref().unwrap_or("-"),
                    event.cameo_code,
                    event.source.code,
                    event
                        .target
                        .as_ref()
                        .map(|t| t.code.as_str())
                        .unwrap_or("-"),
                    event.predicate_text,
                    event.rule
                )?;
            }
        }
    }
    writeln!(out, "confusion (gold type → best produced type, count):")?;
    for ((gold, produced), count) in &confusion {
        let mark = if gold == produced { " " } else { "*" };
        writeln!(out, "  {mark} {gold:<12} → {produced:<12} {count}")?;
    }
    let n = records.len().max(1) as f64;
    let precision = ratio(totals.correct_events, totals.produced_events);
    let recall = totals.recalled as f64 / n;
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    writeln!(
        out,
        "records {}  produced events {}  correct events {}",
        records.len(),
        totals.produced_events,
        totals.correct_events
    )?;
    let summary = serde_json::json!({
        "n": records.len(),
        "event_type_acc": round(totals.event_type as f64 / n),
        "source_acc": round(totals.source as f64 / n),
        "target_acc": round(totals.target as f64 / n),
        "full_acc": round(totals.full as f64 / n),
        "source_sector_acc": round(ratio(totals.source_sector, totals.source_sector_n)),
        "target_sector_acc": round(ratio(totals.target_sector, totals.target_sector_n)),
        "precision": round(precision),
        "recall": round(recall),
        "f1": round(f1),
    });
    writeln!(out, "{summary}")?;
    Ok(Outcome::Success)
}

fn round(value: f64) -> f64 {
    (value * 10_000.0).round() / 10_000.0
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

fn read_gold(text: &str, name: &str) -> anyhow::Result<Vec<GoldRecord>> {
    let mut records = Vec::new();
    for (number, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let value: serde_json::Value = serde_json::from_str(line)
            .map_err(|error| Failure::InvalidInput(format!("{name}:{}: {error}", number + 1)))?;
        let (Some(text), Some(event)) = (value["text"].as_str(), value["event"].as_str()) else {
            return Err(Failure::InvalidInput(format!(
                "{name}:{}: a record needs `text` and `event`",
                number + 1
            ))
            .into());
        };
        records.push(GoldRecord {
            id: value["id"].as_str().unwrap_or("").to_string(),
            text: text.to_string(),
            date: value["date"].as_str().and_then(Date::parse),
            event: current_type_name(&event.to_uppercase()).to_string(),
            sources: gold_actors(&value["source"]),
            targets: gold_actors(&value["target"]),
        });
    }
    Ok(records)
}

/// The gold records were coded with PLOVER 0.5 names, some of which PLOVER later renamed; the
/// manual's own CAMEO-to-PLOVER table gives the current names (`DEMAND` → `REQUEST`,
/// `DISAPPROVE` and `INVESTIGATE` → `ACCUSE`, `FIGHT` for CAMEO root 19 → `ASSAULT`), which are
/// the names the code tables give detente's events.
fn current_type_name(name: &str) -> &str {
    match name {
        "DEMAND" => "REQUEST",
        "DISAPPROVE" | "INVESTIGATE" => "ACCUSE",
        "FIGHT" => "ASSAULT",
        other => other,
    }
}

/// Gold actors; a missing, empty or non-list value is no actor.
fn gold_actors(value: &serde_json::Value) -> Vec<GoldActor> {
    value
        .as_array()
        .map(|actors| {
            actors
                .iter()
                .filter_map(|actor| {
                    let code = actor["code"].as_str()?.trim().to_uppercase();
                    if code.is_empty() {
                        return None;
                    }
                    // Sectors are compared on their first three letters ("CVLalb" → CVL);
                    // "***" and empty mean none given.
                    let sector = actor["sector"]
                        .as_str()
                        .and_then(|sector| sector.get(..3))
                        .map(str::to_uppercase)
                        .filter(|sector| sector.chars().all(|c| c.is_ascii_alphabetic()));
                    Some(GoldActor { code, sector })
                })
                .collect()
        })
        .unwrap_or_default()
}

#[derive(Default)]
struct Scored {
    best_type: Option<String>,
    type_ok: bool,
    source: bool,
    target: bool,
    full: bool,
    source_sector: Option<bool>,
    target_sector: Option<bool>,
    correct_events: usize,
}

#[derive(Default)]
struct Totals {
    event_type: usize,
    source: usize,
    target: usize,
    full: usize,
    source_sector: usize,
    source_sector_n: usize,
    target_sector: usize,
    target_sector_n: usize,
    produced_events: usize,
    correct_events: usize,
    recalled: usize,
}

impl Totals {
    fn add(&mut self, scored: &Scored, produced: usize) {
        self.event_type += usize::from(scored.type_ok);
        self.source += usize::from(scored.source);
        self.target += usize::from(scored.target);
        self.full += usize::from(scored.full);
        if let Some(ok) = scored.source_sector {
            self.source_sector_n += 1;
            self.source_sector += usize::from(ok);
        }
        if let Some(ok) = scored.target_sector {
            self.target_sector_n += 1;
            self.target_sector += usize::from(ok);
        }
        self.produced_events += produced;
        self.correct_events += scored.correct_events;
        self.recalled += usize::from(scored.correct_events > 0);
    }
}

fn country_fits(produced: &str, gold: &str) -> bool {
    produced.starts_with(gold)
}

fn source_fits(record: &GoldRecord, event: &Event) -> bool {
    record
        .sources
        .iter()
        .any(|gold| country_fits(&event.source.country, &gold.code))
}

fn target_fits(record: &GoldRecord, event: &Event) -> bool {
    match &event.target {
        None => record.targets.is_empty(),
        Some(target) => record
            .targets
            .iter()
            .any(|gold| country_fits(&target.country, &gold.code)),
    }
}

fn score_record(record: &GoldRecord, events: &[&Event]) -> Scored {
    let type_fits = |event: &Event| event.plover_type.as_deref() == Some(record.event.as_str());
    let correct_events = events
        .iter()
        .filter(|event| {
            type_fits(event) && source_fits(record, event) && target_fits(record, event)
        })
        .count();
    let Some(best) = events.iter().copied().max_by(|a, b| {
        let score = |event: &Event| {
            4 * u8::from(type_fits(event))
                + 2 * u8::from(source_fits(record, event))
                + u8::from(target_fits(record, event))
        };
        score(a)
            .cmp(&score(b))
            .then(a.confidence.total_cmp(&b.confidence))
            // Prefer the earlier event on ties.
            .then(std::cmp::Ordering::Greater)
    }) else {
        return Scored::default();
    };
    let matched: Vec<&Event> = events
        .iter()
        .copied()
        .filter(|event| {
            event.predicate_span == best.predicate_span && event.plover_type == best.plover_type
        })
        .collect();
    let all_fit = |golds: &[GoldActor], countries: &[&str]| {
        golds.iter().all(|gold| {
            countries
                .iter()
                .any(|country| country_fits(country, &gold.code))
        })
    };
    let sources: Vec<&str> = matched.iter().map(|e| e.source.country.as_str()).collect();
    let targets: Vec<&str> = matched
        .iter()
        .filter_map(|e| e.target.as_ref().map(|t| t.country.as_str()))
        .collect();
    let source = all_fit(&record.sources, &sources);
    let target = if record.targets.is_empty() {
        targets.is_empty()
    } else {
        all_fit(&record.targets, &targets)
    };
    let sectors_fit = |golds: &[GoldActor], pairs: Vec<(&str, Option<&str>)>| {
        let with_sector: Vec<&GoldActor> = golds.iter().filter(|g| g.sector.is_some()).collect();
        if with_sector.is_empty() {
            return None;
        }
        Some(with_sector.iter().all(|gold| {
            pairs.iter().any(|(country, sector)| {
                country_fits(country, &gold.code) && *sector == gold.sector.as_deref()
            })
        }))
    };
    let source_pairs = matched
        .iter()
        .map(|e| (e.source.country.as_str(), e.source.sector.as_deref()))
        .collect();
    let target_pairs = matched
        .iter()
        .filter_map(|e| e.target.as_ref())
        .map(|t| (t.country.as_str(), t.sector.as_deref()))
        .collect();
    let type_ok = type_fits(best);
    Scored {
        best_type: best.plover_type.clone(),
        type_ok,
        source,
        target,
        full: type_ok && source && target,
        source_sector: sectors_fit(&record.sources, source_pairs),
        target_sector: sectors_fit(&record.targets, target_pairs),
        correct_events,
    }
}
