//! The averaged perceptron used while training: sparse rows of integer weights with lazily
//! updated sums for averaging (Collins 2002; Daumé's lazy averaging trick).

use super::model::{Entry, Weights};
use crate::features::KeyMap;

#[derive(Debug, Clone, Copy)]
struct TrainEntry {
    class: u16,
    weight: i32,
    total: i64,
    stamp: u32,
}

/// Weights being learned.
#[derive(Default)]
pub(crate) struct Perceptron {
    rows: KeyMap<Vec<TrainEntry>>,
    /// Number of decisions seen so far (the averaging clock).
    now: u32,
}

impl Perceptron {
    /// Adds the current weights of every key's row to `scores`.
    pub fn score(&self, keys: &[u64], scores: &mut [i64]) {
        for key in keys {
            if let Some(row) = self.rows.get(key) {
                for entry in row {
                    scores[entry.class as usize] += i64::from(entry.weight);
                }
            }
        }
    }

    /// Moves weight from the predicted class to the gold class for every key.
    pub fn update(&mut self, keys: &[u64], gold: usize, predicted: usize) {
        let now = self.now;
        for &key in keys {
            let row = self.rows.entry(key).or_default();
            for (class, delta) in [(gold as u16, 1), (predicted as u16, -1)] {
                let entry = match row.iter_mut().find(|entry| entry.class == class) {
                    Some(entry) => entry,
                    None => {
                        row.push(TrainEntry {
                            class,
                            weight: 0,
                            total: 0,
                            stamp: now,
                        });
                        let last = row.len() - 1;
                        &mut row[last]
                    }
                };
                entry.total += i64::from(now - entry.stamp) * i64::from(entry.weight);
                entry.stamp = now;
                entry.weight += delta;
            }
        }
    }

    /// Advances the averaging clock by one decision.
    pub fn tick(&mut self) {
        self.now = self.now.saturating_add(1);
    }

    /// The averaged weights, quantised to `i16`, with entries that round to zero (or whose
    /// magnitude is under `prune_below` of the scale unit) dropped. Returns the table and scale.
    pub fn averaged(&self, classes: usize, prune_below: f64) -> (Weights, f32) {
        let now = f64::from(self.now.max(1));
        let average = |entry: &TrainEntry| {
            (entry.total as f64 + f64::from(self.now - entry.stamp) * f64::from(entry.weight)) / now
        };
        let mut magnitudes: Vec<f64> = self
            .rows
            .values()
            .flatten()
            .map(|entry| average(entry).abs())
            .filter(|&magnitude| magnitude > 0.0)
            .collect();
        magnitudes.sort_by(f64::total_cmp);
        // The largest weights are bias-like; scale so that the 99.99th percentile fits well.
        let reference = magnitudes
            .get(
                magnitudes
                    .len()
                    .saturating_sub(1 + magnitudes.len() / 10_000),
            )
            .copied()
            .unwrap_or(1.0)
            .max(1e-9);
        let scale = 20_000.0 / reference;
        let mut keys: Vec<u64> = self.rows.keys().copied().collect();
        keys.sort_unstable();
        let mut rows = Vec::with_capacity(keys.len());
        for key in keys {
            let mut row: Vec<Entry> = self.rows[&key]
                .iter()
                .filter_map(|entry| {
                    let scaled = average(entry) * scale;
                    if scaled.abs() < prune_below.max(0.5) {
                        return None;
                    }
                    let weight = scaled.round().clamp(-32767.0, 32767.0) as i16;
                    Some(Entry {
                        class: entry.class,
                        weight,
                    })
                })
                .collect();
            row.sort_by_key(|entry| entry.class);
            if !row.is_empty() {
                rows.push((key, row));
            }
        }
        (
            Weights::from_rows(
                classes,
                rows.iter().map(|(key, row)| (*key, row.as_slice())),
            ),
            scale as f32,
        )
    }
}
