//! Averaged-perceptron weights: a sparse table for training and a compact, quantized one for use.
//!
//! Training keeps, per feature key, only the classes whose weight was ever updated, with the
//! running total needed for averaging (updated lazily with time stamps, so an update costs the
//! same however long training has run). [`CompactWeights`] holds the averaged weights quantized
//! to `i16` with one scale for the whole model, in an open-addressing table keyed by the
//! feature hash; scoring adds integers, so tagging is exact and the same on every machine.

pub(crate) use crate::features::KeyMap;
use crate::model::{ModelError, Reader, Writer};

#[derive(Debug, Clone, Copy)]
struct Param {
    class: u16,
    weight: f32,
    total: f64,
    stamp: u32,
}

/// Weights being trained.
#[derive(Debug, Default)]
pub(crate) struct TrainingWeights {
    params: KeyMap<Vec<Param>>,
    /// Number of examples seen, the clock of the lazy averaging.
    now: u32,
}

impl TrainingWeights {
    /// Adds the current (not averaged) weights of `features` into `scores`.
    pub(crate) fn score(&self, features: &[u64], scores: &mut [f32]) {
        scores.iter_mut().for_each(|score| *score = 0.0);
        for key in features {
            if let Some(params) = self.params.get(key) {
                for param in params {
                    scores[usize::from(param.class)] += param.weight;
                }
            }
        }
    }

    /// Counts one example; call once per prediction, before [`TrainingWeights::update`].
    pub(crate) fn tick(&mut self) {
        self.now += 1;
    }

    /// Moves weight from the predicted class to the gold class for every feature.
    pub(crate) fn update(&mut self, features: &[u64], gold: u16, predicted: u16) {
        if gold == predicted {
            return;
        }
        let now = self.now;
        for &key in features {
            let params = self.params.entry(key).or_default();
            for (class, delta) in [(gold, 1.0f32), (predicted, -1.0)] {
                let index = match params.iter().position(|param| param.class == class) {
                    Some(index) => index,
                    None => {
                        params.push(Param {
                            class,
                            weight: 0.0,
                            total: 0.0,
                            stamp: now,
                        });
                        params.len() - 1
                    }
                };
                let param = &mut params[index];
                param.total += f64::from(now - param.stamp) * f64::from(param.weight);
                param.stamp = now;
                param.weight += delta;
            }
        }
    }

    /// The averaged weights, quantized; entries whose magnitude is below `prune` (in units of
    /// the averaged weight) are dropped.
    pub(crate) fn averaged(&self, prune: f32) -> CompactWeights {
        let now = f64::from(self.now.max(1));
        let mut averaged: Vec<(u64, Vec<(u16, f32)>)> = Vec::with_capacity(self.params.len());
        let mut largest = 0f32;
        for (&key, params) in &self.params {
            let mut row = Vec::new();
            for param in params {
                let total =
                    param.total + f64::from(self.now - param.stamp) * f64::from(param.weight);
                let value = (total / now) as f32;
                if value.abs() >= prune && value != 0.0 {
                    largest = largest.max(value.abs());
                    row.push((param.class, value));
                }
            }
            if !row.is_empty() {
                row.sort_by_key(|&(class, _)| class);
                averaged.push((key, row));
            }
        }
        averaged.sort_by_key(|&(key, _)| key);
        let scale = if largest > 0.0 {
            largest / 32767.0
        } else {
            1.0
        };
        let rows = averaged
            .into_iter()
            .filter_map(|(key, row)| {
                let row: Vec<(u16, i16)> = row
                    .into_iter()
                    .map(|(class, value)| (class, (value / scale).round() as i16))
                    .filter(|&(_, value)| value != 0)
                    .collect();
                (!row.is_empty()).then_some((key, row))
            })
            .collect();
        CompactWeights::from_rows(rows, scale)
    }
}

/// One slot of the lookup table: 8 bytes, so that a probe touches one cache line.
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    /// High bits of the feature key with the lowest bit set; 0 marks an empty slot.
    fingerprint: u32,
    /// Where the weights are: with the top bit set, the number of the row in `dense` (low 31
    /// bits); otherwise the start of the row in `entries` (low 24 bits) and its length (the
    /// next 7 bits).
    row: u32,
}

/// Longest row a model may hold.
const MAX_ROW: usize = 255;
/// Most entries a table can hold.
const MAX_ENTRIES: usize = 1 << 24;
/// Rows with at least this many entries are also kept dense, one `i16` per class: adding a
/// dense row is a short vector loop instead of a scatter, and such rows belong to the most
/// frequent features. Must stay below 128, the longest sparse row a slot can describe.
const DENSE_FROM: usize = 16;
/// Marks a dense row in [`Slot::row`].
const DENSE: u32 = 1 << 31;
/// Most classes for which dense rows are first summed in `i16` (see [`CompactWeights::score`]).
const PENDING: usize = 128;

/// Adds `pending` into `scores` and clears it.
#[inline(always)]
fn flush(pending: &mut [i16], scores: &mut [i32]) {
    for (score, sum) in scores.iter_mut().zip(pending) {
        *score += i32::from(*sum);
        *sum = 0;
    }
}

fn fingerprint(key: u64) -> u32 {
    (key >> 32) as u32 | 1
}

/// Averaged, quantized weights in a lookup table.
#[derive(Debug, Clone)]
pub(crate) struct CompactWeights {
    /// Open-addressing table indexed by the low bits of the key; the length is a power of two.
    slots: Vec<Slot>,
    /// Full keys of the rows, in increasing order (for writing the model; the rows are found
    /// through the table).
    keys: Vec<u64>,
    /// `(class, weight)` pairs of the sparse rows, row after row.
    entries: Vec<(u16, i16)>,
    /// The rows of at least [`DENSE_FROM`] entries, each as `classes` weights.
    dense: Vec<i16>,
    /// For each dense row, the largest magnitude of its weights.
    peaks: Vec<u16>,
    /// What one unit of an `i16` weight is worth.
    scale: f32,
    /// One more than the largest class with a weight.
    classes: usize,
}

/// A [`CompactWeights`] table being filled row by row, in increasing key order.
struct CompactBuilder {
    weights: CompactWeights,
    /// Set once a row did not fit: later rows are ignored.
    full: bool,
}

impl CompactBuilder {
    /// An empty table for `rows` rows holding `entries` weights in all, with weights for
    /// classes below `classes`.
    fn new(rows: usize, entries: usize, classes: usize, scale: f32) -> CompactBuilder {
        let capacity = (rows * 2).next_power_of_two().max(16);
        CompactBuilder {
            weights: CompactWeights {
                slots: vec![Slot::default(); capacity],
                keys: Vec::with_capacity(rows),
                entries: Vec::with_capacity(entries.min(MAX_ENTRIES)),
                dense: Vec::new(),
                peaks: Vec::new(),
                scale,
                classes: classes.max(1),
            },
            full: false,
        }
    }

    /// Adds one row, its classes increasing and below the table's classes. Zero weights are
    /// left out; a row over [`MAX_ROW`] entries keeps its largest weights; once the table
    /// holds [`MAX_ENTRIES`], this and every later row are dropped.
    fn push(&mut self, key: u64, row: &[(u16, i16)]) {
        let weights = &mut self.weights;
        if self.full || weights.entries.len() + row.len() > MAX_ENTRIES {
            self.full = true;
            return;
        }
        let kept;
        let row = if row.len() > MAX_ROW || row.iter().any(|&(_, weight)| weight == 0) {
            let mut long: Vec<(u16, i16)> = row
                .iter()
                .copied()
                .filter(|&(_, weight)| weight != 0)
                .collect();
            long.sort_by_key(|&(_, weight)| std::cmp::Reverse(weight.unsigned_abs()));
            long.truncate(MAX_ROW);
            long.sort_by_key(|&(class, _)| class);
            kept = long;
            kept.as_slice()
        } else {
            row
        };
        if row.is_empty() {
            return;
        }
        let classes = weights.classes;
        let mask = weights.slots.len() - 1;
        let mut slot = (key as usize) & mask;
        while weights.slots[slot].fingerprint != 0 {
            slot = (slot + 1) & mask;
        }
        let place = if row.len() >= DENSE_FROM {
            let number = weights.dense.len() / classes;
            weights.peaks.push(
                row.iter()
                    .map(|&(_, weight)| weight.unsigned_abs())
                    .max()
                    .unwrap_or(0),
            );
            weights.dense.resize(weights.dense.len() + classes, 0);
            for &(class, weight) in row {
                weights.dense[number * classes + usize::from(class)] = weight;
            }
            DENSE | number as u32
        } else {
            let place = weights.entries.len() as u32 | (row.len() as u32) << 24;
            weights.entries.extend_from_slice(row);
            place
        };
        weights.slots[slot] = Slot {
            fingerprint: fingerprint(key),
            row: place,
        };
        weights.keys.push(key);
    }

    /// The finished table.
    fn finish(self) -> CompactWeights {
        self.weights
    }
}

impl CompactWeights {
    /// Builds the table from rows sorted by key.
    fn from_rows(rows: Vec<(u64, Vec<(u16, i16)>)>, scale: f32) -> CompactWeights {
        let classes = rows
            .iter()
            .flat_map(|(_, row)| row.iter().map(|&(class, _)| usize::from(class) + 1))
            .max()
            .unwrap_or(1);
        let entries = rows.iter().map(|(_, row)| row.len()).sum();
        let mut builder = CompactBuilder::new(rows.len(), entries, classes, scale);
        for (key, row) in rows {
            builder.push(key, &row);
        }
        builder.finish()
    }

    /// Sets `scores` to the sum of the weights of `features`.
    ///
    /// The table is far larger than the caches, so nearly every feature costs two cache misses:
    /// its slot, then its row. Lookups therefore run in phases: first one plain load of every
    /// feature's home slot, with no branch on the result, so that all the misses are in flight
    /// at once; then the probes, which now hit the cache; then one load of the start of every
    /// row found, again all at once; and only then the additions.
    ///
    /// Dense rows are first summed in `i16`, which adds twice as many classes per instruction
    /// as widening each row to `i32`; the sum is moved into `scores` whenever the next row's
    /// largest weight could make it overflow, so the result is exactly the `i32` sum.
    ///
    /// Where the processor has AVX2, the additions are compiled for it: a dense row takes
    /// half the instructions, and the sums are the same integers.
    pub(crate) fn score(&self, features: &[u64], scores: &mut [i32]) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the processor supports AVX2, checked just above.
            unsafe { self.score_avx2(features, scores) };
            return;
        }
        self.score_with(features, scores);
    }

    /// [`CompactWeights::score_with`] compiled with AVX2 instructions.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn score_avx2(&self, features: &[u64], scores: &mut [i32]) {
        self.score_with(features, scores);
    }

    /// What [`CompactWeights::score`] does.
    #[inline(always)]
    fn score_with(&self, features: &[u64], scores: &mut [i32]) {
        scores.iter_mut().for_each(|score| *score = 0);
        let mut pending = [0i16; PENDING];
        let batch = self.classes <= PENDING && scores.len() >= self.classes;
        let mut bound = 0u32;
        let mask = self.slots.len() - 1;
        let mut rows = [0u32; 64];
        for chunk in features.chunks(rows.len()) {
            let mut touched = 0u32;
            for &key in chunk {
                touched ^= self.slots[(key as usize) & mask].fingerprint;
            }
            std::hint::black_box(touched);
            let mut found_rows = 0;
            for &key in chunk {
                if let Some(place) = self.place_of(key) {
                    rows[found_rows] = place;
                    found_rows += 1;
                }
            }
            let rows = &rows[..found_rows];
            let mut touched = 0i16;
            for &row in rows {
                if row & DENSE != 0 {
                    let start = (row & !DENSE) as usize * self.classes;
                    let mut line = start;
                    while let Some(&weight) =
                        self.dense.get(line).filter(|_| line < start + self.classes)
                    {
                        touched ^= weight;
                        line += 32;
                    }
                } else if let Some(&(_, weight)) = self.entries.get((row & 0xff_ffff) as usize) {
                    touched ^= weight;
                }
            }
            std::hint::black_box(touched);
            for &row in rows {
                if row & DENSE != 0 {
                    let number = (row & !DENSE) as usize;
                    let start = number * self.classes;
                    let weights = &self.dense[start..start + self.classes];
                    if batch {
                        let peak = u32::from(self.peaks[number]);
                        if bound > 0 && bound + peak > i16::MAX as u32 {
                            flush(&mut pending[..self.classes], scores);
                            bound = 0;
                        }
                        for (sum, &weight) in pending.iter_mut().zip(weights) {
                            *sum += weight;
                        }
                        bound += peak;
                    } else {
                        for (score, &weight) in scores.iter_mut().zip(weights) {
                            *score += i32::from(weight);
                        }
                    }
                } else {
                    let start = (row & 0xff_ffff) as usize;
                    let end = start + (row >> 24) as usize;
                    for &(class, weight) in &self.entries[start..end] {
                        if let Some(score) = scores.get_mut(usize::from(class)) {
                            *score += i32::from(weight);
                        }
                    }
                }
            }
        }
        if bound > 0 {
            flush(&mut pending[..self.classes], scores);
        }
    }

    /// What one unit of a score is worth in averaged-weight units.
    pub(crate) fn scale(&self) -> f32 {
        self.scale
    }

    /// Number of classes the scores need room for.
    pub(crate) fn classes(&self) -> usize {
        self.classes
    }

    /// Number of features with at least one weight.
    pub(crate) fn feature_count(&self) -> usize {
        self.keys.len()
    }

    /// Number of stored `(class, weight)` pairs.
    pub(crate) fn entry_count(&self) -> usize {
        self.entries.len() + self.dense.iter().filter(|&&weight| weight != 0).count()
    }

    /// Where the row of `key` is ([`Slot::row`]), or `None` when the table has none.
    #[inline(always)]
    fn place_of(&self, key: u64) -> Option<u32> {
        let mask = self.slots.len() - 1;
        let wanted = fingerprint(key);
        let mut slot = (key as usize) & mask;
        loop {
            let found = self.slots[slot];
            if found.fingerprint == wanted {
                return Some(found.row);
            }
            if found.fingerprint == 0 {
                return None;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// The non-zero weights of the row of `key`, by increasing class, into `row`.
    fn row_of(&self, key: u64, row: &mut Vec<(u16, i16)>) {
        row.clear();
        let Some(place) = self.place_of(key) else {
            return;
        };
        if place & DENSE != 0 {
            let start = (place & !DENSE) as usize * self.classes;
            let weights = self.dense.get(start..start + self.classes).unwrap_or(&[]);
            row.extend(
                (0u16..)
                    .zip(weights.iter().copied())
                    .filter(|&(_, weight)| weight != 0),
            );
        } else {
            let start = (place & 0xff_ffff) as usize;
            let end = start + (place >> 24) as usize;
            row.extend_from_slice(self.entries.get(start..end).unwrap_or(&[]));
        }
    }

    /// Writes the weights: sorted keys as deltas, then each row's classes and weights.
    pub(crate) fn write(&self, writer: &mut Writer) {
        writer.f32(self.scale);
        writer.varint(self.keys.len() as u64);
        let mut previous = 0u64;
        let mut row = Vec::new();
        for &key in &self.keys {
            writer.varint(key - previous);
            previous = key;
            self.row_of(key, &mut row);
            writer.varint(row.len() as u64);
            let mut previous_class = 0u16;
            for &(class, weight) in &row {
                writer.varint(u64::from(class - previous_class));
                previous_class = class;
                writer.i16(weight);
            }
        }
    }

    /// Reads weights written by [`CompactWeights::write`]; classes must be below `classes`.
    pub(crate) fn read(
        reader: &mut Reader<'_>,
        classes: usize,
    ) -> Result<CompactWeights, ModelError> {
        let scale = reader.f32()?;
        if !scale.is_finite() || scale <= 0.0 {
            return Err(reader.corrupt("weight scale is not a positive number"));
        }
        // Two passes over the rows: the first checks them and measures the table, the second
        // fills it, so that no row is held in between.
        let (mut rows, mut entries, mut used) = (0, 0, 1);
        read_rows(&mut reader.clone(), classes, |_, row| {
            rows += 1;
            entries += row.len();
            used = row
                .iter()
                .fold(used, |used, &(class, _)| used.max(usize::from(class) + 1));
        })?;
        let mut builder = CompactBuilder::new(rows, entries, used, scale);
        read_rows(reader, classes, |key, row| builder.push(key, row))?;
        Ok(builder.finish())
    }
}

/// Reads the rows [`CompactWeights::write`] wrote, checking keys, lengths and classes (which
/// must be below `classes`), and hands each to `each`.
fn read_rows(
    reader: &mut Reader<'_>,
    classes: usize,
    mut each: impl FnMut(u64, &[(u16, i16)]),
) -> Result<(), ModelError> {
    let count = reader.count(reader.remaining())?;
    let mut previous = 0u64;
    let mut total = 0usize;
    let mut row = Vec::with_capacity(MAX_ROW);
    for index in 0..count {
        let delta = reader.varint()?;
        if index > 0 && delta == 0 {
            return Err(reader.corrupt("feature keys not strictly increasing"));
        }
        let key = previous
            .checked_add(delta)
            .filter(|&key| key != 0)
            .ok_or_else(|| reader.corrupt("feature key out of range"))?;
        previous = key;
        let length = reader.count(classes.min(MAX_ROW))?;
        total += length;
        if total > MAX_ENTRIES {
            return Err(reader.corrupt("too many weights"));
        }
        row.clear();
        let mut class = 0u64;
        for position in 0..length {
            let step = reader.varint()?;
            if position > 0 && step == 0 {
                return Err(reader.corrupt("classes of a row not strictly increasing"));
            }
            class = class.saturating_add(step);
            if class >= classes as u64 {
                return Err(reader.corrupt("weight for a class the model does not have"));
            }
            row.push((class as u16, reader.i16()?));
        }
        each(key, &row);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn averaged_weights_score_like_the_training_ones_and_round_trip() {
        let mut weights = TrainingWeights::default();
        for _ in 0..10 {
            weights.tick();
            weights.update(&[11, 12], 1, 0);
            weights.tick();
            weights.update(&[13], 0, 2);
        }
        let compact = weights.averaged(0.0);
        let mut scores = vec![0i32; 3];
        compact.score(&[11, 99], &mut scores);
        assert!(
            scores[1] > 0 && scores[0] < 0 && scores[2] == 0,
            "{scores:?}"
        );
        let mut writer = Writer::new(b"DTNTTEST");
        compact.write(&mut writer);
        let bytes = writer.finish();
        let mut reader = Reader::new(&bytes, b"DTNTTEST", "test").unwrap();
        let read = CompactWeights::read(&mut reader, 3).unwrap();
        let mut again = vec![0i32; 3];
        read.score(&[11, 99], &mut again);
        assert_eq!(scores, again);
        let mut reader = Reader::new(&bytes, b"DTNTTEST", "test").unwrap();
        assert!(CompactWeights::read(&mut reader, 2).is_err());
    }

    #[test]
    fn long_rows_kept_dense_score_like_short_ones() {
        let long: Vec<(u16, i16)> = (0..DENSE_FROM as u16 + 4)
            .map(|class| (class * 2, class as i16 - 7))
            .collect();
        // Two rows whose sum overflows `i16`: the batched sum must still be exact.
        let big: Vec<(u16, i16)> = (0..DENSE_FROM as u16)
            .map(|class| (class, if class % 2 == 0 { 30_000 } else { -30_000 }))
            .collect();
        let short = vec![(1u16, 5i16), (6, -3)];
        let rows = vec![
            (5, long.clone()),
            (6, big.clone()),
            (7, big.clone()),
            (9, short.clone()),
        ];
        let weights = CompactWeights::from_rows(rows, 1.0);
        let mut expected = vec![0i32; weights.classes()];
        for &(class, weight) in long.iter().chain(&big).chain(&big).chain(&short) {
            expected[usize::from(class)] += i32::from(weight);
        }
        let mut scores = vec![0i32; weights.classes()];
        weights.score(&[9, 6, 5, 77, 7], &mut scores);
        assert_eq!(scores, expected);
        // The plain path (what processors without AVX2 run) sums the same.
        let mut plain = vec![0i32; weights.classes()];
        weights.score_with(&[9, 6, 5, 77, 7], &mut plain);
        assert_eq!(plain, expected);
        // `long` has one zero weight, which is no weight.
        assert_eq!(
            weights.entry_count(),
            long.len() - 1 + 2 * big.len() + short.len()
        );
    }
}
