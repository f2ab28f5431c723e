//! The parser's weight table: an open-addressing hash table from feature key to a sparse row of
//! quantised class weights, and the model's byte format.
//!
//! Byte format (all integers little-endian): the magic `DTNLPPAR`, version `u32`, then three
//! string lists (labels, XPOS tags, UPOS tags: a `u32` count, then per string a `u16` length and
//! UTF-8 bytes), the weight scale `f32`, the feature count `u32`, then per feature (in increasing
//! key order) the key `u64`, the row length `u8`, and per entry the class `u8` and weight `i16`.
//! The file ends with an FNV-1a `u64` checksum of everything before it.

use super::ParserError;

const MAGIC: &[u8; 8] = b"DTNLPPAR";
const VERSION: u32 = 1;

/// One class weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Entry {
    /// Class number.
    pub class: u16,
    /// Quantised weight.
    pub weight: i16,
}

/// Most sparse weights (or dense rows) a table can hold (row starts are stored in 24 bits).
const MAX_ENTRIES: usize = 1 << 24;
/// Length of the score arrays given to [`Weights::score`]: one per 8-bit class number. Models
/// have fewer classes (the file format stores class numbers in 8 bits and `read` rejects any
/// number past the class count).
pub(crate) const MAX_CLASSES: usize = 256;
/// Row length value that marks a dense row.
const DENSE: u64 = 0xff;
/// Longest row a table keeps (255 marks a dense row).
const MAX_ROW: usize = 254;

/// Whether a row of `length` weights is stored densely in a table of `classes` classes: when
/// it holds weights for more than a quarter of them.
fn stored_densely(length: usize, classes: usize) -> bool {
    length * 4 > classes
}

/// Feature key → sparse row of class weights.
///
/// A slot packs the key's upper 32 bits (its fingerprint), the row start (24 bits) and the row
/// length (8 bits) into one `u64`; an empty slot has length 0. Rows that hold weights for more
/// than a quarter of the classes (the features of frequent tags) are stored densely, one `i16`
/// per class, and marked with length 255; their start counts dense rows. Lookups probe linearly from the
/// slot given by the key's lower bits. Scoring looks all keys up first and reads the rows
/// afterwards, so that the memory reads of different features overlap.
#[derive(Clone)]
pub(crate) struct Weights {
    mask: usize,
    slots: Vec<u64>,
    entries: Vec<Entry>,
    classes: usize,
    /// Dense rows, widened to `i32` at load time so that adding them is a plain vector add.
    dense: Vec<i32>,
    /// Keys in increasing order, for serialisation (their rows are found through the table).
    keys: Vec<u64>,
}

impl std::fmt::Debug for Weights {
    /// A summary: the table holds millions of numbers.
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("Weights")
            .field("features", &self.feature_count())
            .field("sparse_weights", &self.entries.len())
            .field("dense_rows", &(self.dense.len() / self.classes.max(1)))
            .finish()
    }
}

impl Weights {
    /// Builds the table from rows sorted by key, as [`WeightsBuilder::push`] keeps them.
    /// Classes must be fewer than 255.
    pub fn from_rows<'a>(
        classes: usize,
        rows: impl ExactSizeIterator<Item = (u64, &'a [Entry])>,
    ) -> Weights {
        let mut builder = Weights::builder(classes, rows.len());
        for (key, row) in rows {
            builder.push(key, row);
        }
        builder.finish()
    }

    /// An empty table sized for `rows` rows, to fill with [`WeightsBuilder::push`] (which lets
    /// a model file be read without holding all its rows first).
    pub fn builder(classes: usize, rows: usize) -> WeightsBuilder {
        // Three slots or more per row: a probe rarely meets another key (see the design note).
        let capacity = (rows * 3 + 1).max(16).next_power_of_two();
        let mut weights = Weights {
            mask: capacity - 1,
            slots: vec![0; capacity],
            entries: Vec::new(),
            classes,
            dense: Vec::new(),
            keys: Vec::new(),
        };
        weights.keys.reserve(rows);
        WeightsBuilder { weights }
    }

    /// The slot of `key`, or `None`.
    #[inline]
    fn row(&self, key: u64) -> Option<u64> {
        let mut index = (key as usize) & self.mask;
        loop {
            let slot = self.slots[index];
            if slot & 0xff == 0 {
                return None;
            }
            if (slot ^ key) >> 32 == 0 {
                return Some(slot);
            }
            index = (index + 1) & self.mask;
        }
    }

    /// The entries of the sparse row a slot points to (empty for a dense row).
    #[inline]
    fn entries_of(&self, slot: u64) -> &[Entry] {
        if slot & 0xff == DENSE {
            return &[];
        }
        let start = ((slot >> 8) & 0xff_ffff) as usize;
        let length = (slot & 0xff) as usize;
        self.entries.get(start..start + length).unwrap_or(&[])
    }

    /// The weights of the dense row a slot points to (empty for a sparse row).
    #[inline]
    fn dense_of(&self, slot: u64) -> &[i32] {
        if slot & 0xff != DENSE {
            return &[];
        }
        let start = ((slot >> 8) & 0xff_ffff) as usize * self.classes;
        self.dense.get(start..start + self.classes).unwrap_or(&[])
    }

    /// The non-zero weights of a row, sparse or dense.
    fn row_entries(&self, slot: u64) -> Vec<Entry> {
        let mut row = self.entries_of(slot).to_vec();
        for (class, &weight) in self.dense_of(slot).iter().enumerate() {
            if weight != 0 {
                row.push(Entry {
                    class: class as u16,
                    weight: weight as i16,
                });
            }
        }
        row
    }

    /// The slot value of `key` (0 when the table has no row for it), for
    /// [`Weights::score`]'s `resolved` rows.
    pub fn slot_of(&self, key: u64) -> u64 {
        self.row(key).unwrap_or(0)
    }

    /// Adds the row of every key to `scores` (one score per class), and the rows of the slot
    /// values in `resolved` (from [`Weights::slot_of`]). Dense rows skip the classes in `skip`
    /// (a range of classes the caller knows to be invalid, whose scores it ignores).
    ///
    /// The table is larger than the caches, so the work is done in passes of independent memory
    /// reads that the processor can overlap: home slots first, then the first entry of every
    /// row, and only then the additions.
    ///
    /// Where the processor has AVX2, the additions are compiled for it: a dense row takes
    /// half the instructions, and the sums are the same integers.
    #[inline]
    pub fn score<const N: usize, const M: usize>(
        &self,
        keys: &[u64; N],
        resolved: &[u64; M],
        scores: &mut [i32; MAX_CLASSES],
        skip: std::ops::Range<usize>,
    ) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the processor supports AVX2, checked just above.
            unsafe { self.score_avx2(keys, resolved, scores, skip) };
            return;
        }
        self.score_with(keys, resolved, scores, skip);
    }

    /// [`Weights::score_with`] compiled with AVX2 instructions.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn score_avx2<const N: usize, const M: usize>(
        &self,
        keys: &[u64; N],
        resolved: &[u64; M],
        scores: &mut [i32; MAX_CLASSES],
        skip: std::ops::Range<usize>,
    ) {
        self.score_with(keys, resolved, scores, skip);
    }

    /// What [`Weights::score`] does.
    #[inline(always)]
    fn score_with<const N: usize, const M: usize>(
        &self,
        keys: &[u64; N],
        resolved: &[u64; M],
        scores: &mut [i32; MAX_CLASSES],
        skip: std::ops::Range<usize>,
    ) {
        let skip_end = skip.end.min(scores.len());
        let skip_start = skip.start.min(skip_end);
        let mut slots = [0u64; N];
        for (slot, &key) in slots.iter_mut().zip(keys) {
            *slot = self.slots[(key as usize) & self.mask];
        }
        let mut touched = 0u16;
        for (slot, &key) in slots.iter_mut().zip(keys) {
            if *slot & 0xff != 0 && (*slot ^ key) >> 32 != 0 {
                *slot = self.row(key).unwrap_or(0);
            }
            touched ^= self
                .entries_of(*slot)
                .first()
                .map_or(0, |entry| entry.class);
        }
        for &slot in resolved {
            touched ^= self.entries_of(slot).first().map_or(0, |entry| entry.class);
        }
        std::hint::black_box(touched);
        for &slot in slots.iter().chain(resolved) {
            for entry in self.entries_of(slot) {
                scores[usize::from(entry.class as u8)] += i32::from(entry.weight);
            }
            let dense = self.dense_of(slot);
            if dense.is_empty() {
                continue;
            }
            let (head, rest) = scores.split_at_mut(skip_start);
            for (score, &weight) in head.iter_mut().zip(dense) {
                *score += weight;
            }
            let tail = &mut rest[skip_end - skip_start..];
            for (score, &weight) in tail.iter_mut().zip(dense.get(skip_end..).unwrap_or(&[])) {
                *score += weight;
            }
        }
    }

    /// The rows in key order, as non-zero entries by increasing class.
    pub fn rows(&self) -> impl ExactSizeIterator<Item = (u64, Vec<Entry>)> + '_ {
        self.keys
            .iter()
            .map(move |&key| (key, self.row_entries(self.slot_of(key))))
    }

    /// Number of features.
    pub fn feature_count(&self) -> usize {
        self.keys.len()
    }

    /// Number of non-zero weights.
    pub fn weight_count(&self) -> usize {
        self.entries.len() + self.dense.iter().filter(|&&weight| weight != 0).count()
    }
}

/// A [`Weights`] table being filled row by row, in increasing key order.
pub(crate) struct WeightsBuilder {
    weights: Weights,
}

impl WeightsBuilder {
    /// Adds one row. Empty rows are skipped, rows are cut at 254 entries, rows past 2^24
    /// weights in all are dropped, and so is a second row for the same key.
    pub fn push(&mut self, key: u64, row: &[Entry]) {
        let weights = &mut self.weights;
        let classes = weights.classes;
        let row = &row[..row.len().min(MAX_ROW)];
        if row.is_empty()
            || weights.entries.len() + row.len() > MAX_ENTRIES
            || weights.row(key).is_some()
        {
            return;
        }
        let slot = if stored_densely(row.len(), classes)
            && weights.dense.len() / classes.max(1) < MAX_ENTRIES
        {
            let start = weights.dense.len() / classes.max(1);
            weights.dense.resize(weights.dense.len() + classes, 0);
            let dense = &mut weights.dense[start * classes..];
            for entry in row {
                if let Some(weight) = dense.get_mut(entry.class as usize) {
                    *weight = i32::from(entry.weight);
                }
            }
            (key & 0xffff_ffff_0000_0000) | (start as u64) << 8 | DENSE
        } else {
            let start = weights.entries.len() as u64;
            weights.entries.extend_from_slice(row);
            (key & 0xffff_ffff_0000_0000) | start << 8 | row.len() as u64
        };
        let mut index = (key as usize) & weights.mask;
        while weights.slots[index] & 0xff != 0 {
            index = (index + 1) & weights.mask;
        }
        weights.slots[index] = slot;
        weights.keys.push(key);
    }

    /// Makes room for `(sparse, dense)` more sparse weights and dense rows, so that the
    /// table is not copied as it grows.
    fn reserve(&mut self, (sparse, dense): (usize, usize)) {
        let weights = &mut self.weights;
        weights.entries.reserve(sparse.min(MAX_ENTRIES));
        weights
            .dense
            .reserve(dense.min(MAX_ENTRIES) * weights.classes);
    }

    /// The finished table.
    pub fn finish(self) -> Weights {
        self.weights
    }
}

/// Everything a model file holds.
#[derive(Debug, Clone)]
pub(crate) struct ModelParts {
    pub labels: Vec<String>,
    pub xpos: Vec<String>,
    pub upos: Vec<String>,
    pub scale: f32,
    pub weights: Weights,
}

/// Serialises a model; the same model always gives the same bytes.
pub(crate) fn write(parts: &ModelParts) -> Vec<u8> {
    let mut out = Vec::with_capacity(
        64 + parts.weights.weight_count() * 3 + parts.weights.feature_count() * 9,
    );
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    for list in [&parts.labels, &parts.xpos, &parts.upos] {
        out.extend_from_slice(&(list.len() as u32).to_le_bytes());
        for string in list {
            let bytes = string.as_bytes();
            let length = bytes.len().min(u16::MAX as usize);
            out.extend_from_slice(&(length as u16).to_le_bytes());
            out.extend_from_slice(&bytes[..length]);
        }
    }
    out.extend_from_slice(&parts.scale.to_le_bytes());
    out.extend_from_slice(&(parts.weights.keys.len() as u32).to_le_bytes());
    for (key, row) in parts.weights.rows() {
        out.extend_from_slice(&key.to_le_bytes());
        out.push(row.len() as u8);
        for entry in &row {
            out.push(entry.class as u8);
            out.extend_from_slice(&entry.weight.to_le_bytes());
        }
    }
    let checksum = fnv1a(&out);
    out.extend_from_slice(&checksum.to_le_bytes());
    out
}

/// Reads a model written by [`write`], checking every length, number and the checksum.
pub(crate) fn read(bytes: &[u8]) -> Result<ModelParts, ParserError> {
    if bytes.len() < MAGIC.len() + 4 + 8 || &bytes[..MAGIC.len()] != MAGIC {
        return Err(ParserError::NotAModel);
    }
    let (body, checksum_bytes) = bytes.split_at(bytes.len() - 8);
    let mut checksum = [0u8; 8];
    checksum.copy_from_slice(checksum_bytes);
    if fnv1a(body) != u64::from_le_bytes(checksum) {
        return Err(ParserError::Corrupt(
            "checksum mismatch (truncated or damaged file)",
        ));
    }
    let mut reader = Reader {
        bytes: body,
        position: MAGIC.len(),
    };
    let version = reader.u32()?;
    if version != VERSION {
        return Err(ParserError::UnsupportedVersion(version));
    }
    let labels = reader.strings()?;
    let xpos = reader.strings()?;
    let upos = reader.strings()?;
    if labels.first().map(String::as_str) != Some("root") {
        return Err(ParserError::Corrupt("the first label is not `root`"));
    }
    if labels.len() > 126 || xpos.len() > 250 || upos.len() > 250 {
        return Err(ParserError::Corrupt("too many labels or tags"));
    }
    let classes = super::transition::class_count(labels.len());
    let scale = reader.f32()?;
    if !scale.is_finite() || scale <= 0.0 {
        return Err(ParserError::Corrupt(
            "weight scale is not a positive number",
        ));
    }
    let feature_count = reader.u32()? as usize;
    if feature_count > reader.remaining() / 9 {
        return Err(ParserError::Corrupt("feature count exceeds the file size"));
    }
    let mut weights = Weights::builder(classes, feature_count);
    weights.reserve(row_sizes(&reader, feature_count, classes));
    let mut row = Vec::with_capacity(256);
    let mut previous: Option<u64> = None;
    for _ in 0..feature_count {
        let key = reader.u64()?;
        if previous.is_some_and(|previous| previous >= key) {
            return Err(ParserError::Corrupt(
                "feature keys are not in increasing order",
            ));
        }
        previous = Some(key);
        let length = reader.u8()? as usize;
        if length == 0 {
            return Err(ParserError::Corrupt("empty weight row"));
        }
        row.clear();
        for _ in 0..length {
            let class = u16::from(reader.u8()?);
            if class as usize >= classes {
                return Err(ParserError::Corrupt("class number out of range"));
            }
            let weight = reader.i16()?;
            row.push(Entry { class, weight });
        }
        weights.push(key, &row);
    }
    if reader.remaining() != 0 {
        return Err(ParserError::Corrupt("trailing bytes after the weights"));
    }
    Ok(ModelParts {
        labels,
        xpos,
        upos,
        scale,
        weights: weights.finish(),
    })
}

/// How many sparse weights and dense rows the next `count` rows of `reader` will take in a
/// table with `classes` classes (as [`WeightsBuilder::push`] stores them), reading only their
/// lengths; a row cut short by the end of the data ends the count.
fn row_sizes(reader: &Reader<'_>, count: usize, classes: usize) -> (usize, usize) {
    let (mut sparse, mut dense) = (0, 0);
    let mut position = reader.position;
    for _ in 0..count {
        let Some(&length) = reader.bytes.get(position + 8) else {
            break;
        };
        let length = usize::from(length);
        let kept = length.min(MAX_ROW);
        if stored_densely(kept, classes) {
            dense += 1;
        } else {
            sparse += kept;
        }
        position += 9 + 3 * length;
    }
    (sparse, dense)
}

/// FNV-1a, 64 bits.
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

struct Reader<'a> {
    bytes: &'a [u8],
    position: usize,
}

impl Reader<'_> {
    fn take(&mut self, count: usize) -> Result<&[u8], ParserError> {
        let end = self
            .position
            .checked_add(count)
            .filter(|&end| end <= self.bytes.len());
        match end {
            Some(end) => {
                let slice = &self.bytes[self.position..end];
                self.position = end;
                Ok(slice)
            }
            None => Err(ParserError::Corrupt("unexpected end of data")),
        }
    }

    fn remaining(&self) -> usize {
        self.bytes.len() - self.position
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], ParserError> {
        let mut array = [0u8; N];
        array.copy_from_slice(self.take(N)?);
        Ok(array)
    }

    fn u8(&mut self) -> Result<u8, ParserError> {
        Ok(self.array::<1>()?[0])
    }

    fn i16(&mut self) -> Result<i16, ParserError> {
        Ok(i16::from_le_bytes(self.array()?))
    }

    fn u16(&mut self) -> Result<u16, ParserError> {
        Ok(u16::from_le_bytes(self.array()?))
    }

    fn u32(&mut self) -> Result<u32, ParserError> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    fn u64(&mut self) -> Result<u64, ParserError> {
        Ok(u64::from_le_bytes(self.array()?))
    }

    fn f32(&mut self) -> Result<f32, ParserError> {
        Ok(f32::from_le_bytes(self.array()?))
    }

    fn strings(&mut self) -> Result<Vec<String>, ParserError> {
        let count = self.u32()? as usize;
        if count > self.remaining() / 2 {
            return Err(ParserError::Corrupt("string count exceeds the file size"));
        }
        let mut strings = Vec::with_capacity(count);
        for _ in 0..count {
            let length = self.u16()? as usize;
            let bytes = self.take(length)?;
            let string = std::str::from_utf8(bytes)
                .map_err(|_| ParserError::Corrupt("a name is not UTF-8"))?;
            strings.push(string.to_owned());
        }
        Ok(strings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Dense and sparse rows, looked up or given resolved, with and without skipped classes:
    /// the dispatched sum (AVX2 where the processor has it) is the plain one, and both are
    /// the sum of the rows' weights.
    #[test]
    fn every_scoring_path_sums_the_same() {
        let classes = 40;
        let dense: Vec<Entry> = (0..classes as u16)
            .map(|class| Entry {
                class,
                weight: class as i16 * 300 - 5_000,
            })
            .collect();
        let sparse = [
            Entry {
                class: 3,
                weight: -7,
            },
            Entry {
                class: 31,
                weight: 12_000,
            },
        ];
        let rows = [(17u64 << 40 | 5, &dense[..]), (9u64 << 40 | 6, &sparse[..])];
        let weights = Weights::from_rows(classes, rows.iter().copied());
        let resolved = [
            weights.slot_of(9u64 << 40 | 6),
            weights.slot_of(17u64 << 40 | 5),
        ];
        let keys = [17u64 << 40 | 5, 1234, 9u64 << 40 | 6];
        for skip in [0..0, 2..20] {
            // Only the classes outside `skip` are compared.
            let mut expected = [0i32; MAX_CLASSES];
            for entry in dense.iter().chain(&sparse).chain(&sparse).chain(&dense) {
                expected[usize::from(entry.class)] += i32::from(entry.weight);
            }
            let mut scores = [0i32; MAX_CLASSES];
            weights.score(&keys, &resolved, &mut scores, skip.clone());
            let mut plain = [0i32; MAX_CLASSES];
            weights.score_with(&keys, &resolved, &mut plain, skip.clone());
            for class in (0..classes).filter(|class| !skip.contains(class)) {
                assert_eq!(
                    scores[class], expected[class],
                    "class {class}, skip {skip:?}"
                );
                assert_eq!(
                    plain[class], expected[class],
                    "class {class}, skip {skip:?}"
                );
            }
        }
    }
}
