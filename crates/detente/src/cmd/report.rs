//! `detente report`: the state of the stored world — strongest cooperative and conflictual
//! dyads, recent triangle changes among the most active countries, and their balance.

use std::io::Write;

use clap::ValueEnum;
use detente_relations::report::{self, DyadSummary, ReportConfig};
use detente_relations::{evidence, Actor, SeriesConfig, SignConfig};
use serde_json::{json, Value};

use super::relations::{evidence_line, json_number, load, EventSource, WindowArg};
use super::triangle::verdict;
use crate::exit::Outcome;

/// Report the state of the stored world: the strongest cooperative and conflictual pairs of
/// countries over the period, the latest changes of configuration among the triangles of the
/// most active countries, and their global balance ratio (balanced share of closed triads).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// How many dyads of each kind to list.
    #[arg(long, default_value_t = 5)]
    pub top: usize,
    /// How many of the most active countries to form triangles from.
    #[arg(long, default_value_t = 6)]
    pub actors: usize,
    /// How many triangle changes to list, latest first.
    #[arg(long, default_value_t = 10)]
    pub changes: usize,
    /// Window length of the triangle series.
    #[arg(long, value_enum, default_value_t = WindowArg::Month)]
    pub window: WindowArg,
    /// Edge scores within [−ε, ε] (mean Goldstein) are indeterminate.
    #[arg(long, default_value_t = 0.5)]
    pub epsilon: f64,
    /// Edges with fewer events in a window are indeterminate.
    #[arg(long, default_value_t = 2.0)]
    pub min_events: f64,
    /// Also print each dyad's top event with its sentence.
    #[arg(long)]
    pub explain: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// The event store: a SQLite file or a postgres:// URL.
    #[command(flatten)]
    pub source: EventSource,
}

/// Output formats of `detente report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Text for people.
    Table,
    /// One JSON object on the last line.
    Json,
}

/// Runs `detente report`.
pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let loaded = load(&args.source)?;
    let config = ReportConfig {
        top_dyads: args.top,
        actors: args.actors,
        changes: args.changes,
        series: SeriesConfig {
            window: args.window.window(),
            period: loaded.period,
            ..SeriesConfig::default()
        },
        sign: SignConfig {
            epsilon: args.epsilon,
            min_events: args.min_events,
            ..SignConfig::default()
        },
    };
    let report = report::report(&loaded.events, &loaded.observations, &config);
    let (events, observations) = (&loaded.events, &loaded.observations);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let dyad_json = |dyad: &DyadSummary| {
        let mut object = json!({
            "a": dyad.a, "b": dyad.b, "n": dyad.n,
            "goldstein_mean": json_number(Some(dyad.goldstein_mean)),
            "cooperation": json_number(Some(dyad.cooperation)),
            "conflict": json_number(Some(dyad.conflict)),
            "events": evidence::ids(events, observations, &dyad.evidence),
        });
        if args.explain {
            let top = evidence::top(events, observations, &dyad.evidence, 1);
            object["evidence"] =
                Value::Array(top.iter().map(super::relations::evidence_json).collect());
        }
        object
    };
    match args.format {
        Format::Json => {
            let summary = json!({
                "events": report.events,
                "cooperative": report.cooperative.iter().map(dyad_json).collect::<Vec<_>>(),
                "conflictual": report.conflictual.iter().map(dyad_json).collect::<Vec<_>>(),
                "actors": report.actors.iter().map(Actor::code).collect::<Vec<_>>(),
                "changes": report.changes.iter().map(|change| json!({
                    "actors": change.actors.iter().map(Actor::code).collect::<Vec<_>>(),
                    "at": change.transition.at.to_string(),
                    "from": change.transition.from.name(),
                    "to": change.transition.to.name(),
                    "from_pivot": change.transition.from.pivot().map(|p| change.actors[p].code()),
                    "to_pivot": change.transition.to.pivot().map(|p| change.actors[p].code()),
                })).collect::<Vec<_>>(),
                "balance": {
                    "triads": report.balance.triads,
                    "closed": report.balance.closed,
                    "balanced": report.balance.balanced,
                    "weakly_balanced": report.balance.weakly_balanced,
                    "ratio": json_number(report.balance.ratio()),
                    "weak_ratio": json_number(report.balance.weak_ratio()),
                },
            });
            writeln!(out, "{summary}")?;
        }
        Format::Table => {
            writeln!(out, "{} events after deduplication", report.events)?;
            for (title, dyads) in [
                ("most cooperative dyads", &report.cooperative),
                ("most conflictual dyads", &report.conflictual),
            ] {
                writeln!(out, "{title} (cooperation / conflict = Goldstein sums):")?;
                if dyads.is_empty() {
                    writeln!(out, "  none")?;
                }
                for dyad in dyads {
                    writeln!(
                        out,
                        "  {}–{}: n={} mean {:+.2}, cooperation {:.1}, conflict {:.1}",
                        dyad.a,
                        dyad.b,
                        dyad.n,
                        dyad.goldstein_mean,
                        dyad.cooperation,
                        dyad.conflict
                    )?;
                    if args.explain {
                        for found in evidence::top(events, observations, &dyad.evidence, 1) {
                            writeln!(out, "      {}", evidence_line(&found))?;
                        }
                    }
                }
            }
            let codes: Vec<&str> = report.actors.iter().map(Actor::code).collect();
            writeln!(out, "most active countries: {}", codes.join(", "))?;
            writeln!(out, "recent triangle changes:")?;
            if report.changes.is_empty() {
                writeln!(out, "  none")?;
            }
            for change in &report.changes {
                let codes: Vec<&str> = change.actors.iter().map(Actor::code).collect();
                writeln!(
                    out,
                    "  {} {}: {} → {}",
                    change.transition.at,
                    codes.join("–"),
                    verdict(change.transition.from, &change.actors),
                    verdict(change.transition.to, &change.actors)
                )?;
            }
            let balance = &report.balance;
            writeln!(
                out,
                "balance over the whole period: {} of {} closed triads balanced ({}), {} weakly \
                 balanced; {} triads in all",
                balance.balanced,
                balance.closed,
                super::relations::number(balance.ratio()),
                balance.weakly_balanced,
                balance.triads
            )?;
        }
    }
    out.flush()?;
    Ok(loaded.outcome)
}
