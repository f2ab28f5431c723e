//! The state of the stored world: the strongest cooperative and conflictual dyads, and the
//! latest changes among the triangles of the most active countries.

use std::collections::HashMap;

use detente_code::StoredEvent;

use crate::dyad::SeriesConfig;
use crate::observe::{Actor, Observations};
use crate::triad::{self, BalanceSummary, SignConfig, Transition};

/// How a report is drawn up.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReportConfig {
    /// How many dyads of each kind to list.
    pub top_dyads: usize,
    /// How many of the most active countries to form triangles from.
    pub actors: usize,
    /// How many triangle changes to list, latest first.
    pub changes: usize,
    /// Windows of the triangle series.
    pub series: SeriesConfig,
    /// Edge signs.
    pub sign: SignConfig,
}

impl Default for ReportConfig {
    fn default() -> Self {
        ReportConfig {
            top_dyads: 5,
            actors: 6,
            changes: 10,
            series: SeriesConfig::default(),
            sign: SignConfig::default(),
        }
    }
}

/// One undirected pair of countries over the whole period.
#[derive(Debug, Clone, PartialEq)]
pub struct DyadSummary {
    /// The first country code (alphabetical).
    pub a: String,
    /// The second.
    pub b: String,
    /// Weighted number of events.
    pub n: f64,
    /// Weighted mean Goldstein value.
    pub goldstein_mean: f64,
    /// Weighted sum of positive Goldstein values.
    pub cooperation: f64,
    /// Weighted sum of absolute negative Goldstein values.
    pub conflict: f64,
    /// The observations counted (indices into [`Observations::items`]).
    pub evidence: Vec<usize>,
}

/// A triangle's change of configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct TriangleChange {
    /// Its actors.
    pub actors: [Actor; 3],
    /// The change.
    pub transition: Transition,
}

/// The report.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Observations counted.
    pub events: usize,
    /// Dyads with the largest cooperation sums, largest first.
    pub cooperative: Vec<DyadSummary>,
    /// Dyads with the largest conflict sums, largest first.
    pub conflictual: Vec<DyadSummary>,
    /// The most active countries, most active first.
    pub actors: Vec<Actor>,
    /// Triangle changes among them, latest first.
    pub changes: Vec<TriangleChange>,
    /// Global balance among them.
    pub balance: BalanceSummary,
}

/// Every undirected pair of distinct countries with at least one event, in alphabetical order.
pub fn country_dyads(events: &[StoredEvent], observations: &Observations) -> Vec<DyadSummary> {
    let mut dyads: HashMap<(String, String), DyadSummary> = HashMap::new();
    for (index, observation) in observations.items.iter().enumerate() {
        let record = &events[observation.representative].record;
        let Some(target) = record.target_country.as_deref() else {
            continue;
        };
        let source = record.source_country.as_str();
        if source == target || source.is_empty() || target.is_empty() {
            continue;
        }
        let (a, b) = if source < target {
            (source, target)
        } else {
            (target, source)
        };
        let dyad = dyads
            .entry((a.to_string(), b.to_string()))
            .or_insert_with(|| DyadSummary {
                a: a.to_string(),
                b: b.to_string(),
                n: 0.0,
                goldstein_mean: 0.0,
                cooperation: 0.0,
                conflict: 0.0,
                evidence: Vec::new(),
            });
        dyad.n += observation.weight;
        dyad.goldstein_mean += observation.weight * observation.goldstein;
        if observation.goldstein > 0.0 {
            dyad.cooperation += observation.weight * observation.goldstein;
        } else {
            dyad.conflict -= observation.weight * observation.goldstein;
        }
        dyad.evidence.push(index);
    }
    let mut dyads: Vec<DyadSummary> = dyads
        .into_values()
        .map(|mut dyad| {
            dyad.goldstein_mean /= dyad.n;
            dyad
        })
        .collect();
    dyads.sort_by(|x, y| (&x.a, &x.b).cmp(&(&y.a, &y.b)));
    dyads
}

/// Draws up the report of `events`.
pub fn report(
    events: &[StoredEvent],
    observations: &Observations,
    config: &ReportConfig,
) -> Report {
    let dyads = country_dyads(events, observations);
    let ranked = |key: fn(&DyadSummary) -> f64| {
        let mut ranked: Vec<DyadSummary> = dyads
            .iter()
            .filter(|dyad| key(dyad) > 0.0)
            .cloned()
            .collect();
        ranked.sort_by(|x, y| key(y).total_cmp(&key(x)));
        ranked.truncate(config.top_dyads);
        ranked
    };
    let cooperative = ranked(|dyad| dyad.cooperation);
    let conflictual = ranked(|dyad| dyad.conflict);
    let mut activity: HashMap<&str, f64> = HashMap::new();
    for dyad in &dyads {
        *activity.entry(dyad.a.as_str()).or_default() += dyad.n;
        *activity.entry(dyad.b.as_str()).or_default() += dyad.n;
    }
    let mut active: Vec<(&str, f64)> = activity.into_iter().collect();
    active.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(y.0)));
    let actors: Vec<Actor> = active
        .into_iter()
        .filter_map(|(code, _)| Actor::parse(code).ok())
        .take(config.actors)
        .collect();
    let mut changes = Vec::new();
    for x in 0..actors.len() {
        for y in x + 1..actors.len() {
            for z in y + 1..actors.len() {
                let trio = [actors[x].clone(), actors[y].clone(), actors[z].clone()];
                let found = triad::triad(events, observations, &trio, &config.series, &config.sign);
                for transition in found.transitions {
                    changes.push(TriangleChange {
                        actors: trio.clone(),
                        transition,
                    });
                }
            }
        }
    }
    changes.sort_by_key(|change| std::cmp::Reverse(change.transition.at));
    changes.truncate(config.changes);
    let balance = triad::balance(
        events,
        observations,
        &actors,
        config.series.period,
        &config.sign,
    );
    Report {
        events: observations.items.len(),
        cooperative,
        conflictual,
        actors,
        changes,
        balance,
    }
}
