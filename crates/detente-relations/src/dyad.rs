//! Dyadic series: what two actors did to each other, window by window.
//!
//! Per window: event counts per QuadClass, the Goldstein sum and mean, cooperation (sum of
//! positive Goldstein values) and conflict (sum of absolute negative values) kept apart, the
//! quad balance `(N1 + N2 − N3 − N4) / N`, the dyad's share of all events in the window, and
//! a decayed score that carries the past forward: at the last day `t` of a window,
//! `Σ wᵢ gᵢ 2^(−(t − tᵢ)/h) / Σ wᵢ 2^(−(t − tᵢ)/h)` over every event of the dyad up to `t`,
//! where `h` is the half-life in days. Goldstein values follow Goldstein (1992) as GDELT's
//! CAMEO table gives them; QuadClass is GDELT's (roots 01–05, 06–08, 09–13, 14–20).

use crate::day::{Day, Window};
use crate::observe::{Actor, Observations};
use detente_code::StoredEvent;

/// Which events of two actors a series counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Direction {
    /// Events from the first actor to the second only.
    Directed,
    /// Events either way.
    #[default]
    Undirected,
}

/// What a window without events shows for its means and ratios.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Empty {
    /// Not a number: `None` (null in JSON, `NA` in tables).
    #[default]
    Missing,
    /// Zero.
    Zero,
}

/// How a series is computed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SeriesConfig {
    /// Window length.
    pub window: Window,
    /// Directed or undirected.
    pub direction: Direction,
    /// Means and ratios of empty windows.
    pub empty: Empty,
    /// Half-life of the decayed score, in days.
    pub half_life_days: f64,
    /// The first and last day to cover; `None` covers the days of all observations.
    pub period: Option<(Day, Day)>,
}

impl Default for SeriesConfig {
    fn default() -> Self {
        SeriesConfig {
            window: Window::Month,
            direction: Direction::Undirected,
            empty: Empty::Missing,
            half_life_days: 30.0,
            period: None,
        }
    }
}

/// One window of a dyadic series.
#[derive(Debug, Clone, PartialEq)]
pub struct WindowStats {
    /// First day of the window.
    pub start: Day,
    /// Last day of the window (inclusive).
    pub end: Day,
    /// Weighted number of events.
    pub n: f64,
    /// Weighted number of events per QuadClass 1–4.
    pub quad: [f64; 4],
    /// Weighted sum of Goldstein values.
    pub goldstein_sum: f64,
    /// Weighted mean Goldstein value.
    pub goldstein_mean: Option<f64>,
    /// Weighted sum of positive Goldstein values.
    pub cooperation: f64,
    /// Weighted sum of the absolute values of negative Goldstein values.
    pub conflict: f64,
    /// `(N1 + N2 − N3 − N4) / N`.
    pub quad_balance: Option<f64>,
    /// Weighted number of all events observed in the window, of any actors (the volume
    /// that [`WindowStats::share`] divides by).
    pub volume: f64,
    /// The dyad's events over every event observed in the window (weighted).
    pub share: Option<f64>,
    /// The decayed mean Goldstein value at the window's last day.
    pub decayed: Option<f64>,
    /// The observations counted, as indices into [`Observations::items`].
    pub evidence: Vec<usize>,
}

/// A dyadic series.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// First actor (the source when directed).
    pub a: Actor,
    /// Second actor (the target when directed).
    pub b: Actor,
    /// How it was computed.
    pub config: SeriesConfig,
    /// The windows in order, empty ones included.
    pub windows: Vec<WindowStats>,
}

/// Whether `event` belongs to the dyad of `a` and `b`.
pub fn in_dyad(event: &StoredEvent, a: &Actor, b: &Actor, direction: Direction) -> bool {
    let forward = a.is_source(event) && b.is_target(event);
    match direction {
        Direction::Directed => forward,
        Direction::Undirected => forward || (b.is_source(event) && a.is_target(event)),
    }
}

/// Computes the series of `a` and `b` from `observations` of `events`.
pub fn series(
    events: &[StoredEvent],
    observations: &Observations,
    a: &Actor,
    b: &Actor,
    config: &SeriesConfig,
) -> Series {
    let members: Vec<usize> = observations
        .items
        .iter()
        .enumerate()
        .filter(|(_, observation)| {
            in_dyad(&events[observation.representative], a, b, config.direction)
        })
        .map(|(index, _)| index)
        .collect();
    let period = config.period.or_else(|| observations.span());
    let windows = match period {
        Some((first, last)) => config.window.cover(first, last),
        None => Vec::new(),
    };
    let half_life = if config.half_life_days > 0.0 {
        config.half_life_days
    } else {
        f64::INFINITY
    };
    // Running totals so that each observation is visited once: the cumulative volume by
    // observation, and the decayed sums carried from one window's end to the next.
    let mut cumulative = Vec::with_capacity(observations.items.len() + 1);
    cumulative.push(0.0);
    for observation in &observations.items {
        let total = cumulative.last().copied().unwrap_or(0.0) + observation.weight;
        cumulative.push(total);
    }
    let decay = |days: i32| (-f64::from(days) / half_life * std::f64::consts::LN_2).exp();
    let mut stats = Vec::with_capacity(windows.len());
    let mut cursor = 0;
    let mut decay_weight = 0.0;
    let mut decay_sum = 0.0;
    let mut reference: Option<Day> = None;
    for (start, end) in windows {
        let last_day = Day(end.0 - 1);
        let mut window = WindowStats {
            start,
            end: last_day,
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
        if let Some(previous) = reference {
            let carried = decay(last_day.0 - previous.0);
            decay_weight *= carried;
            decay_sum *= carried;
        }
        reference = Some(last_day);
        while let Some(&index) = members.get(cursor) {
            let observation = &observations.items[index];
            if observation.day >= end {
                break;
            }
            cursor += 1;
            let weight = observation.weight * decay(last_day.0 - observation.day.0);
            decay_weight += weight;
            decay_sum += weight * observation.goldstein;
            if observation.day < start {
                continue;
            }
            window.add(
                observation.weight,
                observation.goldstein,
                observation.quad_class,
            );
            window.evidence.push(index);
        }
        let first = observations
            .items
            .partition_point(|observation| observation.day < start);
        let past = observations
            .items
            .partition_point(|observation| observation.day < end);
        let volume = cumulative[past] - cumulative[first];
        let fill = |value: Option<f64>| match (value, config.empty) {
            (Some(value), _) => Some(value),
            (None, Empty::Zero) => Some(0.0),
            (None, Empty::Missing) => None,
        };
        if window.n > 0.0 {
            window.goldstein_mean = Some(window.goldstein_sum / window.n);
            let [verbal_cooperation, material_cooperation, verbal_conflict, material_conflict] =
                window.quad;
            window.quad_balance = Some(
                (verbal_cooperation + material_cooperation - verbal_conflict - material_conflict)
                    / window.n,
            );
        }
        window.volume = volume;
        if volume > 0.0 {
            window.share = Some(window.n / volume);
        }
        if decay_weight > 0.0 {
            window.decayed = Some(decay_sum / decay_weight);
        }
        window.goldstein_mean = fill(window.goldstein_mean);
        window.quad_balance = fill(window.quad_balance);
        window.share = fill(window.share);
        window.decayed = fill(window.decayed);
        stats.push(window);
    }
    Series {
        a: a.clone(),
        b: b.clone(),
        config: *config,
        windows: stats,
    }
}

impl WindowStats {
    fn add(&mut self, weight: f64, goldstein: f64, quad_class: u8) {
        self.n += weight;
        if (1..=4).contains(&quad_class) {
            self.quad[usize::from(quad_class - 1)] += weight;
        }
        self.goldstein_sum += weight * goldstein;
        if goldstein > 0.0 {
            self.cooperation += weight * goldstein;
        } else {
            self.conflict -= weight * goldstein;
        }
    }
}
