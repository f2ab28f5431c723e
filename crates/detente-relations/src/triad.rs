//! Strategic triangles: the signs of three relations, the configuration they make, its pivot,
//! and its balance.
//!
//! # Design note
//! Each edge's score `r` is one number per window taken from the undirected dyadic series
//! ([`EdgeMeasure`]: by default the weighted mean Goldstein value of the window's events).
//! Its sign is `+` when `r > ε`, `−` when `r < −ε`, and indeterminate when `|r| ≤ ε` or the
//! edge has fewer than `min_events` (weighted) events: a relation seen once, or balanced
//! between praise and threats, says nothing about alignment.
//!
//! With three signed edges the configuration follows Dittmer (1981, *World Politics* 33(4)),
//! with Wu's (1996) role names: three positive edges make a *ménage à trois*; two, a *romantic
//! triangle* whose *pivot* holds both positive edges and whose *wings* are at odds; one, a
//! *stable marriage* of two *partners* against an *outcast*; none, a *unit veto*. Any
//! indeterminate edge makes the window indeterminate rather than guessing.
//!
//! Balance follows Heider (1946) and Cartwright & Harary (1956): a triangle is balanced when
//! the product of its signs is positive (ménage à trois and stable marriage). Davis (1967)
//! weakens this: only a triangle with exactly two positive edges is unbalanced, so a unit veto
//! is weakly balanced. The pivot advantage of a romantic triangle is `min(r_PA, r_PB) − r_AB`:
//! how much better the pivot stands with each wing than the wings stand with each other.
//!
//! Rejected: classifying from directed edges (the triangle literature treats relations as
//! symmetric, and one-sided coverage would decide the verdict); weighting edges by volume
//! (a busy hostile dyad would outvote a quiet friendly one in the balance).

use crate::day::{Day, Window};
use crate::dyad::{self, Direction, Series, SeriesConfig, WindowStats};
use crate::observe::{Actor, Observations};
use detente_code::StoredEvent;

/// Which number of a window's undirected series is an edge's score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EdgeMeasure {
    /// Weighted mean Goldstein value of the window's events (−10 to +10).
    #[default]
    Mean,
    /// Quad balance of the window's events (−1 to +1).
    QuadBalance,
    /// Decayed mean Goldstein value at the window's end (carries earlier windows forward).
    Decayed,
}

impl EdgeMeasure {
    /// The names the command line and JSON use.
    pub const NAMES: [&'static str; 3] = ["mean", "quad-balance", "decayed"];

    /// The measure named `name`.
    pub fn parse(name: &str) -> Option<EdgeMeasure> {
        Some(match name {
            "mean" => EdgeMeasure::Mean,
            "quad-balance" => EdgeMeasure::QuadBalance,
            "decayed" => EdgeMeasure::Decayed,
            _ => return None,
        })
    }

    /// The measure's name.
    pub fn name(self) -> &'static str {
        match self {
            EdgeMeasure::Mean => "mean",
            EdgeMeasure::QuadBalance => "quad-balance",
            EdgeMeasure::Decayed => "decayed",
        }
    }

    fn of(self, window: &WindowStats) -> Option<f64> {
        match self {
            EdgeMeasure::Mean => window.goldstein_mean,
            EdgeMeasure::QuadBalance => window.quad_balance,
            EdgeMeasure::Decayed => window.decayed,
        }
    }
}

/// How edges get their signs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SignConfig {
    /// The score an edge is read from.
    pub measure: EdgeMeasure,
    /// Scores within `[−ε, ε]` are indeterminate (in the measure's units).
    pub epsilon: f64,
    /// Edges with fewer (weighted) events in the window are indeterminate.
    pub min_events: f64,
}

impl Default for SignConfig {
    /// Mean Goldstein, ε = 0.5, at least 2 events.
    fn default() -> Self {
        SignConfig {
            measure: EdgeMeasure::Mean,
            epsilon: 0.5,
            min_events: 2.0,
        }
    }
}

/// An edge's sign.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sign {
    /// Cooperative: `r > ε`.
    Positive,
    /// Conflictual: `r < −ε`.
    Negative,
    /// Too weak or too few events to tell.
    Indeterminate,
}

impl Sign {
    /// Reads a sign from a score and an event count.
    pub fn of(score: Option<f64>, n: f64, config: &SignConfig) -> Sign {
        match score {
            _ if n < config.min_events || n <= 0.0 => Sign::Indeterminate,
            Some(score) if score > config.epsilon => Sign::Positive,
            Some(score) if score < -config.epsilon => Sign::Negative,
            _ => Sign::Indeterminate,
        }
    }

    /// `+`, `-` or `?`.
    pub fn symbol(self) -> &'static str {
        match self {
            Sign::Positive => "+",
            Sign::Negative => "-",
            Sign::Indeterminate => "?",
        }
    }
}

/// The configuration of a triangle, with its roles as actor positions (0, 1, 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Configuration {
    /// Three positive edges.
    MenageATrois,
    /// Two positive edges meeting at the pivot.
    RomanticTriangle {
        /// The actor on both positive edges.
        pivot: usize,
        /// The two others, in position order.
        wings: [usize; 2],
    },
    /// One positive edge.
    StableMarriage {
        /// The two actors on the positive edge, in position order.
        partners: [usize; 2],
        /// The third actor.
        outcast: usize,
    },
    /// No positive edge.
    UnitVeto,
    /// At least one edge is indeterminate.
    Indeterminate,
}

impl Configuration {
    /// `menage_a_trois`, `romantic_triangle`, `stable_marriage`, `unit_veto` or
    /// `indeterminate`.
    pub fn name(self) -> &'static str {
        match self {
            Configuration::MenageATrois => "menage_a_trois",
            Configuration::RomanticTriangle { .. } => "romantic_triangle",
            Configuration::StableMarriage { .. } => "stable_marriage",
            Configuration::UnitVeto => "unit_veto",
            Configuration::Indeterminate => "indeterminate",
        }
    }

    /// The pivot of a romantic triangle.
    pub fn pivot(self) -> Option<usize> {
        match self {
            Configuration::RomanticTriangle { pivot, .. } => Some(pivot),
            _ => None,
        }
    }

    /// Structural balance (sign product positive); `None` when indeterminate.
    pub fn balanced(self) -> Option<bool> {
        match self {
            Configuration::MenageATrois | Configuration::StableMarriage { .. } => Some(true),
            Configuration::RomanticTriangle { .. } | Configuration::UnitVeto => Some(false),
            Configuration::Indeterminate => None,
        }
    }

    /// Weak balance (not exactly two positive edges); `None` when indeterminate.
    pub fn weakly_balanced(self) -> Option<bool> {
        match self {
            Configuration::RomanticTriangle { .. } => Some(false),
            Configuration::Indeterminate => None,
            _ => Some(true),
        }
    }
}

/// The three edges of a triangle of actors 0, 1, 2, in this order.
pub const EDGES: [[usize; 2]; 3] = [[0, 1], [0, 2], [1, 2]];

/// Classifies a triangle from the signs of its edges, in [`EDGES`] order.
pub fn classify(signs: [Sign; 3]) -> Configuration {
    if signs.contains(&Sign::Indeterminate) {
        return Configuration::Indeterminate;
    }
    let positive: Vec<usize> = (0..3).filter(|&e| signs[e] == Sign::Positive).collect();
    match positive.as_slice() {
        [_, _, _] => Configuration::MenageATrois,
        [first, second] => {
            let [a, b] = EDGES[*first];
            let pivot = if EDGES[*second].contains(&a) { a } else { b };
            let mut wings = [0, 1, 2]
                .into_iter()
                .filter(|&actor| actor != pivot)
                .collect::<Vec<_>>();
            wings.sort_unstable();
            Configuration::RomanticTriangle {
                pivot,
                wings: [wings[0], wings[1]],
            }
        }
        [edge] => {
            let partners = EDGES[*edge];
            Configuration::StableMarriage {
                partners,
                outcast: 3 - partners[0] - partners[1],
            }
        }
        _ => Configuration::UnitVeto,
    }
}

/// The index in [`EDGES`] of the edge between actors `x` and `y`.
pub fn edge_index(x: usize, y: usize) -> usize {
    match (x.min(y), x.max(y)) {
        (0, 1) => 0,
        (0, 2) => 1,
        _ => 2,
    }
}

/// One edge in one window.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// Positions of its two actors.
    pub actors: [usize; 2],
    /// Its score `r`.
    pub score: Option<f64>,
    /// Weighted number of events in the window.
    pub n: f64,
    /// Its sign.
    pub sign: Sign,
    /// The window of the undirected series it was read from (with its evidence).
    pub stats: WindowStats,
}

/// A triangle in one window.
#[derive(Debug, Clone, PartialEq)]
pub struct TriadWindow {
    /// First day.
    pub start: Day,
    /// Last day (inclusive).
    pub end: Day,
    /// The edges in [`EDGES`] order.
    pub edges: [Edge; 3],
    /// The configuration.
    pub configuration: Configuration,
    /// `min(r_PA, r_PB) − r_AB` for a romantic triangle.
    pub pivot_advantage: Option<f64>,
}

/// A change of configuration between two windows.
#[derive(Debug, Clone, PartialEq)]
pub struct Transition {
    /// The first day of the later window.
    pub at: Day,
    /// The configuration before.
    pub from: Configuration,
    /// The configuration after.
    pub to: Configuration,
}

/// A triangle over time.
#[derive(Debug, Clone, PartialEq)]
pub struct Triad {
    /// The three actors, in the order given.
    pub actors: [Actor; 3],
    /// The whole period as one window.
    pub overall: TriadWindow,
    /// Window by window.
    pub windows: Vec<TriadWindow>,
    /// Changes between consecutive determinate windows (indeterminate ones are skipped).
    pub transitions: Vec<Transition>,
    /// The three undirected series, in [`EDGES`] order.
    pub series: [Series; 3],
}

/// Computes the triangle of `actors` from `observations` of `events`.
pub fn triad(
    events: &[StoredEvent],
    observations: &Observations,
    actors: &[Actor; 3],
    series_config: &SeriesConfig,
    sign_config: &SignConfig,
) -> Triad {
    let undirected = SeriesConfig {
        direction: Direction::Undirected,
        ..*series_config
    };
    let whole = SeriesConfig {
        window: Window::All,
        ..undirected
    };
    let series_of = |config: &SeriesConfig| {
        EDGES.map(|[x, y]| dyad::series(events, observations, &actors[x], &actors[y], config))
    };
    let series = series_of(&undirected);
    let whole_series = series_of(&whole);
    let overall = match whole_series[0].windows.first() {
        Some(_) => triad_window(&whole_series, 0, sign_config),
        None => empty_window(sign_config),
    };
    let windows: Vec<TriadWindow> = (0..series[0].windows.len())
        .map(|index| triad_window(&series, index, sign_config))
        .collect();
    let mut transitions = Vec::new();
    let mut previous: Option<Configuration> = None;
    for window in &windows {
        if window.configuration == Configuration::Indeterminate {
            continue;
        }
        if let Some(before) = previous {
            if before != window.configuration {
                transitions.push(Transition {
                    at: window.start,
                    from: before,
                    to: window.configuration,
                });
            }
        }
        previous = Some(window.configuration);
    }
    Triad {
        actors: actors.clone(),
        overall,
        windows,
        transitions,
        series,
    }
}

fn triad_window(series: &[Series; 3], index: usize, config: &SignConfig) -> TriadWindow {
    let edges: [Edge; 3] = [0, 1, 2].map(|edge| {
        let stats = series[edge].windows[index].clone();
        edge_of(EDGES[edge], stats, config)
    });
    finish_window(edges)
}

fn edge_of(actors: [usize; 2], stats: WindowStats, config: &SignConfig) -> Edge {
    let score = config.measure.of(&stats);
    Edge {
        actors,
        score,
        n: stats.n,
        sign: Sign::of(score, stats.n, config),
        stats,
    }
}

fn finish_window(edges: [Edge; 3]) -> TriadWindow {
    let configuration = classify([edges[0].sign, edges[1].sign, edges[2].sign]);
    let pivot_advantage = match configuration {
        Configuration::RomanticTriangle { pivot, wings } => {
            let score = |x: usize, y: usize| edges[edge_index(x, y)].score;
            match (
                score(pivot, wings[0]),
                score(pivot, wings[1]),
                score(wings[0], wings[1]),
            ) {
                (Some(first), Some(second), Some(between)) => Some(first.min(second) - between),
                _ => None,
            }
        }
        _ => None,
    };
    TriadWindow {
        start: edges[0].stats.start,
        end: edges[0].stats.end,
        edges,
        configuration,
        pivot_advantage,
    }
}

fn empty_window(config: &SignConfig) -> TriadWindow {
    let stats = WindowStats {
        start: Day(0),
        end: Day(0),
        n: 0.0,
        quad: [0.0; 4],
        goldstein_sum: 0.0,
        goldstein_mean: None,
        cooperation: 0.0,
        conflict: 0.0,
        quad_balance: None,
        volume: 0.0,
        share: None,
        decayed: None,
        evidence: Vec::new(),
    };
    finish_window(EDGES.map(|actors| edge_of(actors, stats.clone(), config)))
}

/// Balance over every closed triad (all three edges determinate) of a set of actors, over the
/// whole period.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BalanceSummary {
    /// Triads of the set.
    pub triads: usize,
    /// Triads with three determinate edges.
    pub closed: usize,
    /// Closed triads whose sign product is positive.
    pub balanced: usize,
    /// Closed triads that are weakly balanced (Davis).
    pub weakly_balanced: usize,
}

impl BalanceSummary {
    /// `balanced / closed`, or `None` without closed triads.
    pub fn ratio(&self) -> Option<f64> {
        (self.closed > 0).then(|| self.balanced as f64 / self.closed as f64)
    }

    /// `weakly_balanced / closed`, or `None` without closed triads.
    pub fn weak_ratio(&self) -> Option<f64> {
        (self.closed > 0).then(|| self.weakly_balanced as f64 / self.closed as f64)
    }
}

/// The global balance ratio of `actors`: every edge signed once over the whole period (or
/// `period`), then every triad classified.
pub fn balance(
    events: &[StoredEvent],
    observations: &Observations,
    actors: &[Actor],
    period: Option<(Day, Day)>,
    sign_config: &SignConfig,
) -> BalanceSummary {
    let config = SeriesConfig {
        window: Window::All,
        direction: Direction::Undirected,
        period,
        ..SeriesConfig::default()
    };
    let count = actors.len();
    let mut signs = vec![vec![Sign::Indeterminate; count]; count];
    for x in 0..count {
        for y in x + 1..count {
            let series = dyad::series(events, observations, &actors[x], &actors[y], &config);
            let sign = series.windows.first().map_or(Sign::Indeterminate, |stats| {
                Sign::of(sign_config.measure.of(stats), stats.n, sign_config)
            });
            signs[x][y] = sign;
            signs[y][x] = sign;
        }
    }
    let mut summary = BalanceSummary::default();
    for x in 0..count {
        for y in x + 1..count {
            for z in y + 1..count {
                summary.triads += 1;
                let configuration = classify([signs[x][y], signs[x][z], signs[y][z]]);
                if let Some(balanced) = configuration.balanced() {
                    summary.closed += 1;
                    summary.balanced += usize::from(balanced);
                    summary.weakly_balanced +=
                        usize::from(configuration.weakly_balanced() == Some(true));
                }
            }
        }
    }
    summary
}
