//! `detente triangle`: the strategic triangle of three actors window by window, its pivot and
//! balance, with the events behind every edge.

use std::io::Write;
use std::path::PathBuf;

use clap::ValueEnum;
use detente_relations::triad::{self, Configuration, Edge, Triad, TriadWindow};
use detente_relations::{evidence, Actor, Direction, EdgeMeasure, SeriesConfig, SignConfig};
use serde_json::{json, Value};

use super::relations::{
    actor, evidence_json, evidence_line, json_number, load, number, plot_format, write_plot,
    EventSource, Loaded, WindowArg,
};
use crate::exit::{Failure, Outcome};

/// Classify the triangle of three actors in each window: ménage à trois, romantic triangle
/// (with its pivot), stable marriage (partners and outcast), unit veto, or indeterminate.
///
/// Each edge's score r is, by default, the mean Goldstein value of the events between its two
/// actors (either direction) in the window. The edge is + when r > ε, − when r < −ε, and
/// indeterminate when |r| ≤ ε or it has fewer than --min-events events; one indeterminate edge
/// makes the window indeterminate. "overall" classifies the whole period at once.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The first actor (country code `RUS`, or a longer actor code `RUSGOV`).
    pub a: String,
    /// The second actor.
    pub b: String,
    /// The third actor.
    pub c: String,
    /// Window length.
    #[arg(long, value_enum, default_value_t = WindowArg::Month)]
    pub window: WindowArg,
    /// The edge score.
    #[arg(long, value_enum, default_value_t = MeasureArg::Mean)]
    pub measure: MeasureArg,
    /// Scores within [−ε, ε] are indeterminate (in the measure's units: Goldstein −10..10,
    /// quad balance −1..1).
    #[arg(long, default_value_t = 0.5, value_parser = parse_non_negative)]
    pub epsilon: f64,
    /// Edges with fewer events in the window are indeterminate.
    #[arg(long, default_value_t = 2.0, value_parser = parse_non_negative)]
    pub min_events: f64,
    /// Half-life of the decayed score, in days.
    #[arg(long, default_value_t = 30.0, value_parser = super::relations::parse_positive)]
    pub half_life: f64,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Also print the top events of each edge with their sentences.
    #[arg(long)]
    pub explain: bool,
    /// How many events --explain prints per edge.
    #[arg(long, default_value_t = 3)]
    pub top: usize,
    /// Write the three edge series and a diagram of the overall verdict to FILE (SVG or
    /// PNG, by its extension).
    #[arg(long, value_name = "FILE")]
    pub plot: Option<PathBuf>,
    /// The event store: a SQLite file or a postgres:// URL.
    #[command(flatten)]
    pub source: EventSource,
}

/// `--measure` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MeasureArg {
    /// Mean Goldstein value of the window's events.
    Mean,
    /// Quad balance (N1 + N2 − N3 − N4) / N of the window's events.
    QuadBalance,
    /// Decayed mean Goldstein value at the window's end.
    Decayed,
}

/// Output formats of `detente triangle`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Text for people.
    Table,
    /// One JSON object on the last line.
    Json,
}

fn parse_non_negative(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(value) if value >= 0.0 && value.is_finite() => Ok(value),
        _ => Err(format!("expected a number ≥ 0, got {text:?}")),
    }
}

/// Runs `detente triangle`.
pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let actors = [actor(&args.a)?, actor(&args.b)?, actor(&args.c)?];
    if actors[0] == actors[1] || actors[0] == actors[2] || actors[1] == actors[2] {
        return Err(Failure::InvalidInput("the three actors must differ".to_string()).into());
    }
    let plot = args.plot.as_deref().map(plot_format).transpose()?;
    let loaded = load(&args.source)?;
    let (series, sign) = configs(&args, &loaded);
    let found = triad::triad(
        &loaded.events,
        &loaded.observations,
        &actors,
        &series,
        &sign,
    );
    if let (Some(path), Some(format)) = (&args.plot, plot) {
        let bytes = detente_relations::plot::triangle_plot(&found, sign.measure, format)?;
        write_plot(path, &bytes)?;
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let view = View {
        loaded: &loaded,
        triad: &found,
        sign: &sign,
        explain: args.explain,
        top: args.top,
    };
    match args.format {
        Format::Json => writeln!(out, "{}", view.json())?,
        Format::Table => {
            view.write_table(&mut out)?;
            if let Some(path) = &args.plot {
                writeln!(out, "plot written to {}", path.display())?;
            }
        }
    }
    out.flush()?;
    Ok(loaded.outcome)
}

fn configs(args: &Args, loaded: &Loaded) -> (SeriesConfig, SignConfig) {
    let series = SeriesConfig {
        window: args.window.window(),
        direction: Direction::Undirected,
        half_life_days: args.half_life,
        period: loaded.period,
        ..SeriesConfig::default()
    };
    let sign = SignConfig {
        measure: match args.measure {
            MeasureArg::Mean => EdgeMeasure::Mean,
            MeasureArg::QuadBalance => EdgeMeasure::QuadBalance,
            MeasureArg::Decayed => EdgeMeasure::Decayed,
        },
        epsilon: args.epsilon,
        min_events: args.min_events,
    };
    (series, sign)
}

/// A triangle with what is needed to print it.
pub struct View<'a> {
    /// The events it was computed from.
    pub loaded: &'a Loaded,
    /// The triangle.
    pub triad: &'a Triad,
    /// How edges were signed.
    pub sign: &'a SignConfig,
    /// Print evidence sentences.
    pub explain: bool,
    /// How many per edge.
    pub top: usize,
}

/// The roles of a configuration, as actor codes.
pub fn roles(configuration: Configuration, actors: &[Actor; 3]) -> Value {
    let code = |position: usize| actors[position].code();
    match configuration {
        Configuration::RomanticTriangle { pivot, wings } => json!({
            "pivot": code(pivot), "wings": [code(wings[0]), code(wings[1])]
        }),
        Configuration::StableMarriage { partners, outcast } => json!({
            "partners": [code(partners[0]), code(partners[1])], "outcast": code(outcast)
        }),
        _ => json!({}),
    }
}

/// A verdict in words: `romantic triangle, pivot RUS (wings CHN, USA)`.
pub fn verdict(configuration: Configuration, actors: &[Actor; 3]) -> String {
    let code = |position: usize| actors[position].code();
    match configuration {
        Configuration::MenageATrois => "ménage à trois".to_string(),
        Configuration::RomanticTriangle { pivot, wings } => format!(
            "romantic triangle, pivot {} (wings {}, {})",
            code(pivot),
            code(wings[0]),
            code(wings[1])
        ),
        Configuration::StableMarriage { partners, outcast } => format!(
            "stable marriage of {} and {} (outcast {})",
            code(partners[0]),
            code(partners[1]),
            code(outcast)
        ),
        Configuration::UnitVeto => "unit veto".to_string(),
        Configuration::Indeterminate => "indeterminate".to_string(),
    }
}

fn balance_word(balanced: Option<bool>) -> &'static str {
    match balanced {
        Some(true) => "balanced",
        Some(false) => "unbalanced",
        None => "balance unknown",
    }
}

impl View<'_> {
    fn edge_json(&self, edge: &Edge) -> Value {
        let (events, observations) = (&self.loaded.events, &self.loaded.observations);
        let mut object = json!({
            "a": self.triad.actors[edge.actors[0]].code(),
            "b": self.triad.actors[edge.actors[1]].code(),
            "sign": edge.sign.symbol(),
            "score": json_number(edge.score),
            "n": edge.n,
            "goldstein_mean": json_number(edge.stats.goldstein_mean),
            "quad_balance": json_number(edge.stats.quad_balance),
            "cooperation": json_number(Some(edge.stats.cooperation)),
            "conflict": json_number(Some(edge.stats.conflict)),
            "events": evidence::ids(events, observations, &edge.stats.evidence),
        });
        if self.explain {
            let top = evidence::top(events, observations, &edge.stats.evidence, self.top);
            object["evidence"] = Value::Array(top.iter().map(evidence_json).collect());
        }
        object
    }

    /// One window as JSON.
    pub fn window_json(&self, window: &TriadWindow) -> Value {
        let configuration = window.configuration;
        let mut object = json!({
            "start": window.start.to_string(),
            "end": window.end.to_string(),
            "configuration": configuration.name(),
            "pivot": configuration.pivot().map(|pivot| self.triad.actors[pivot].code()),
            "balanced": configuration.balanced(),
            "weakly_balanced": configuration.weakly_balanced(),
            "pivot_advantage": json_number(window.pivot_advantage),
            "edges": window.edges.iter().map(|edge| self.edge_json(edge)).collect::<Vec<_>>(),
        });
        if let (Value::Object(object), Value::Object(roles)) =
            (&mut object, roles(configuration, &self.triad.actors))
        {
            object.extend(roles);
        }
        object
    }

    /// The whole triangle as JSON.
    pub fn json(&self) -> Value {
        let actors = &self.triad.actors;
        json!({
            "actors": actors.iter().map(Actor::code).collect::<Vec<_>>(),
            "window": self.triad.series[0].config.window.name(),
            "measure": self.sign.measure.name(),
            "epsilon": self.sign.epsilon,
            "min_events": self.sign.min_events,
            "overall": self.window_json(&self.triad.overall),
            "windows": self.triad.windows.iter().map(|window| self.window_json(window)).collect::<Vec<_>>(),
            "transitions": self.triad.transitions.iter().map(|transition| json!({
                "at": transition.at.to_string(),
                "from": transition.from.name(),
                "to": transition.to.name(),
                "from_pivot": transition.from.pivot().map(|pivot| actors[pivot].code()),
                "to_pivot": transition.to.pivot().map(|pivot| actors[pivot].code()),
            })).collect::<Vec<_>>(),
        })
    }

    fn write_edges(
        &self,
        out: &mut impl Write,
        window: &TriadWindow,
        indent: &str,
    ) -> std::io::Result<()> {
        let (events, observations) = (&self.loaded.events, &self.loaded.observations);
        for edge in &window.edges {
            writeln!(
                out,
                "{indent}{}–{}: {} r={} n={}",
                self.triad.actors[edge.actors[0]],
                self.triad.actors[edge.actors[1]],
                edge.sign.symbol(),
                number(edge.score),
                edge.n
            )?;
            if self.explain {
                for found in evidence::top(events, observations, &edge.stats.evidence, self.top) {
                    writeln!(out, "{indent}    {}", evidence_line(&found))?;
                }
            }
        }
        Ok(())
    }

    /// The overall verdict, with its edges and (with `explain`) their evidence.
    pub fn write_overall(&self, out: &mut impl Write) -> std::io::Result<()> {
        let overall = &self.triad.overall;
        write!(
            out,
            "overall {} … {}: {}, {}",
            overall.start,
            overall.end,
            verdict(overall.configuration, &self.triad.actors),
            balance_word(overall.configuration.balanced())
        )?;
        if let Some(advantage) = overall.pivot_advantage {
            write!(out, ", pivot advantage {advantage:.2}")?;
        }
        writeln!(out)?;
        self.write_edges(out, overall, "  ")
    }

    /// The triangle as text.
    pub fn write_table(&self, out: &mut impl Write) -> std::io::Result<()> {
        let actors = &self.triad.actors;
        writeln!(
            out,
            "triangle {} – {} – {} (edge score {}, ε = {}, at least {} events)",
            actors[0],
            actors[1],
            actors[2],
            self.sign.measure.name(),
            self.sign.epsilon,
            self.sign.min_events
        )?;
        self.write_overall(out)?;
        writeln!(out)?;
        self.write_windows(out)
    }

    /// The configuration of every window (with `explain`, each edge and its evidence), then
    /// the changes between windows.
    pub fn write_windows(&self, out: &mut impl Write) -> std::io::Result<()> {
        let actors = &self.triad.actors;
        for window in &self.triad.windows {
            let signs: Vec<&str> = window.edges.iter().map(|edge| edge.sign.symbol()).collect();
            writeln!(
                out,
                "{} … {} [{}] {}",
                window.start,
                window.end,
                signs.join(""),
                verdict(window.configuration, actors)
            )?;
            if self.explain {
                self.write_edges(out, window, "    ")?;
            }
        }
        for transition in &self.triad.transitions {
            writeln!(
                out,
                "change at {}: {} → {}",
                transition.at,
                verdict(transition.from, actors),
                verdict(transition.to, actors)
            )?;
        }
        Ok(())
    }
}
