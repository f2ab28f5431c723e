//! Feature extraction: the Zhang & Nivre (2011) templates for arc-eager, hashed to 64-bit keys.
//!
//! Words are lower-cased with digits folded to `0` and hashed with FNV-1a; tags are small
//! numbers from the model's tag lists. Each template combines its atoms and its own number into
//! one key with a fixed mixing function, so keys are identical on every platform and run.

use super::transition::{State, NONE};

/// Atom value for "no word at this position".
const ABSENT_WORD: u64 = 1;
/// Atom value for the root.
const ROOT_WORD: u64 = 2;
/// Tag number for "no word at this position".
pub(crate) const ABSENT_TAG: u64 = 0;
/// Tag number for the root.
pub(crate) const ROOT_TAG: u64 = 1;
/// Tag number for a tag the model does not know.
pub(crate) const UNKNOWN_TAG: u64 = 2;
/// First tag number of a known tag.
pub(crate) const FIRST_TAG: u64 = 3;
/// Label atom for "no label" (absent or unattached word).
const NO_LABEL: u64 = 255;

/// Number of feature templates (the length of every key list).
pub(crate) const TEMPLATE_COUNT: usize = 84;

/// The templates whose key depends only on the buffer front (the first three buffer words, not
/// their children) and the bias: unchanged after LEFT and REDUCE, so the parser adds their rows
/// once per buffer position. In increasing order (the complement below relies on it).
pub(crate) const FRONT_TEMPLATES: [usize; 14] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 19, 20, 77, 79, 83];
/// The templates outside [`FRONT_TEMPLATES`] whose atoms are all tags, labels or small numbers,
/// so few that the parser looks their rows up in small arrays indexed by the atoms
/// ([`DirectTemplate::index`]) rather than in the hashed table: the tag and label of a stack
/// word, its head or children, with distance or valency; in increasing template order.
pub(crate) const DIRECT_TEMPLATES: [DirectTemplate; 24] = [
    DirectTemplate::new(1, 1, 1),
    DirectTemplate::new(18, 2, 1),
    DirectTemplate::new(27, 1, 16),
    DirectTemplate::new(29, 1, 16),
    DirectTemplate::new(33, 1, 8),
    DirectTemplate::new(35, 1, 8),
    DirectTemplate::new(37, 1, 8),
    DirectTemplate::new(39, 1, 1),
    DirectTemplate::new(40, 1, 1),
    DirectTemplate::new(42, 1, 1),
    DirectTemplate::new(43, 1, 1),
    DirectTemplate::new(45, 1, 1),
    DirectTemplate::new(46, 1, 1),
    DirectTemplate::new(48, 1, 1),
    DirectTemplate::new(49, 1, 1),
    DirectTemplate::new(51, 1, 1),
    DirectTemplate::new(52, 1, 1),
    DirectTemplate::new(54, 1, 1),
    DirectTemplate::new(55, 1, 1),
    DirectTemplate::new(57, 1, 1),
    DirectTemplate::new(58, 1, 1),
    DirectTemplate::new(60, 1, 1),
    DirectTemplate::new(61, 1, 1),
    DirectTemplate::new(73, 1, 1),
];

/// The templates in neither [`FRONT_TEMPLATES`] nor [`DIRECT_TEMPLATES`], in increasing order:
/// looked up by hashed key for every scored move.
pub(crate) const HASHED_TEMPLATES: [usize; HASHED_COUNT] = hashed_templates();
const HASHED_COUNT: usize = TEMPLATE_COUNT - FRONT_TEMPLATES.len() - DIRECT_TEMPLATES.len();

const fn hashed_templates() -> [usize; HASHED_COUNT] {
    let mut out = [0; HASHED_COUNT];
    let (mut template, mut next, mut front, mut direct) = (0, 0, 0, 0);
    while template < TEMPLATE_COUNT {
        if front < FRONT_TEMPLATES.len() && FRONT_TEMPLATES[front] == template {
            front += 1;
        } else if direct < DIRECT_TEMPLATES.len() && DIRECT_TEMPLATES[direct].template == template {
            direct += 1;
        } else {
            out[next] = template;
            next += 1;
        }
        template += 1;
    }
    assert!(next == HASHED_COUNT, "front and direct templates overlap");
    out
}

/// A template whose first atom is one tag or label, or two packed ones ([`pack`]), and whose
/// second is a number under `second_range`. Every value such a template can take has a place
/// in an array of `radix^atoms * second_range` rows, where `radix` exceeds every tag and
/// label number of the model (see [`direct_radix`]); the label atom [`NO_LABEL`] takes the
/// last place of the radix.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DirectTemplate {
    /// The template number.
    pub template: usize,
    /// How many tags or labels are packed in the first atom: 1 or 2.
    atoms: u32,
    /// The second atom is below this.
    second_range: u64,
}

impl DirectTemplate {
    const fn new(template: usize, atoms: u32, second_range: u64) -> DirectTemplate {
        DirectTemplate {
            template,
            atoms,
            second_range,
        }
    }

    /// Number of places in this template's array.
    pub fn size(&self, radix: u64) -> usize {
        (radix.pow(self.atoms) * self.second_range) as usize
    }

    /// The place of the template's value `(first, second)`.
    #[inline]
    pub fn index(&self, radix: u64, first: u64, second: u64) -> usize {
        let digit = |atom: u64| {
            if atom == NO_LABEL {
                radix - 1
            } else {
                atom.min(radix - 1)
            }
        };
        let first = if self.atoms == 2 {
            digit(first >> 10) * radix + digit(first & 0x3ff)
        } else {
            digit(first)
        };
        (first * self.second_range + second.min(self.second_range - 1)) as usize
    }

    /// The key of the value at place `index` (the inverse of [`DirectTemplate::index`]).
    pub fn key_at(&self, radix: u64, index: usize) -> u64 {
        let index = index as u64;
        let second = index % self.second_range;
        let first = index / self.second_range;
        let atom = |digit: u64| if digit == radix - 1 { NO_LABEL } else { digit };
        let first = if self.atoms == 2 {
            pack(&[atom(first / radix), atom(first % radix)])
        } else {
            atom(first)
        };
        template_key(self.template, first, second)
    }
}

/// The radix of the direct arrays for a model with these tag and label counts: a power of two
/// above every tag number, every label number and one more place for [`NO_LABEL`].
pub(crate) fn direct_radix(tags: usize, labels: usize) -> u64 {
    let largest = (FIRST_TAG + tags as u64).max(labels as u64);
    (largest + 1).next_power_of_two().max(2)
}

/// The per-word atoms of one sentence; index 0 is the root.
#[derive(Debug, Default, Clone)]
pub(crate) struct Atoms {
    /// Hash of the normalised word.
    pub words: Vec<u64>,
    /// Fine tag (XPOS) number.
    pub xpos: Vec<u64>,
    /// Universal tag (UPOS) number.
    pub upos: Vec<u64>,
    /// Hash of the last three characters of the normalised word.
    pub suffixes: Vec<u64>,
    /// Shape class (capitalisation, digits, punctuation).
    pub shapes: Vec<u64>,
}

impl Atoms {
    /// Clears and adds the root entry.
    pub fn reset(&mut self) {
        self.words.clear();
        self.xpos.clear();
        self.upos.clear();
        self.suffixes.clear();
        self.shapes.clear();
        self.words.push(ROOT_WORD);
        self.xpos.push(ROOT_TAG);
        self.upos.push(ROOT_TAG);
        self.suffixes.push(ROOT_WORD);
        self.shapes.push(0);
    }

    /// Adds one word with its tag numbers.
    pub fn push(&mut self, form: &str, xpos: u64, upos: u64, scratch: &mut String) {
        scratch.clear();
        let mut upper = false;
        let mut lower = false;
        let mut digit = false;
        let mut other = false;
        for c in form.chars() {
            if c.is_ascii_digit() {
                digit = true;
                scratch.push('0');
            } else if c.is_uppercase() {
                upper = true;
                scratch.extend(c.to_lowercase());
            } else {
                if c.is_lowercase() {
                    lower = true;
                } else if !c.is_alphabetic() {
                    other = true;
                }
                scratch.push(c);
            }
        }
        let first_upper = form.chars().next().is_some_and(char::is_uppercase);
        let shape = u64::from(upper)
            | u64::from(lower) << 1
            | u64::from(digit) << 2
            | u64::from(other) << 3
            | u64::from(first_upper) << 4;
        let suffix_start = scratch
            .char_indices()
            .rev()
            .nth(2)
            .map_or(0, |(index, _)| index);
        self.words.push(hash_bytes(scratch.as_bytes()).max(3));
        self.suffixes
            .push(hash_bytes(&scratch.as_bytes()[suffix_start..]) ^ 0x5f5f);
        self.xpos.push(xpos);
        self.upos.push(upos);
        self.shapes.push(shape);
    }
}

/// FNV-1a over bytes, then a final mix.
pub(crate) fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    finish(hash)
}

/// The 64-bit finaliser of MurmurHash3.
#[inline]
pub(crate) fn finish(mut hash: u64) -> u64 {
    hash ^= hash >> 33;
    hash = hash.wrapping_mul(0xff51_afd7_ed55_8ccd);
    hash ^= hash >> 33;
    hash = hash.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    hash ^= hash >> 33;
    hash
}

#[inline]
fn key(template: u64, a: u64, b: u64) -> u64 {
    let mut hash = template.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ a;
    hash = hash.rotate_left(29).wrapping_mul(0xbf58_476d_1ce4_e5b9) ^ b;
    finish(hash)
}

#[inline]
fn pack(values: &[u64]) -> u64 {
    values
        .iter()
        .fold(0, |packed, &value| (packed << 10) ^ value)
}

fn distance_bucket(distance: u32) -> u64 {
    match distance {
        0..=4 => u64::from(distance),
        5..=6 => 5,
        7..=9 => 6,
        10..=14 => 7,
        _ => 8,
    }
}

/// The key of template number `template` with atoms `(first, second)`.
#[inline]
pub(crate) fn template_key(template: usize, first: u64, second: u64) -> u64 {
    key(template as u64 + 1, first, second)
}

/// Writes the `TEMPLATE_COUNT` feature keys of `state` into `out`.
pub(crate) fn extract(state: &State, atoms: &Atoms, out: &mut [u64; TEMPLATE_COUNT]) {
    let mut values = [(0, 0); TEMPLATE_COUNT];
    extract_values(state, atoms, &mut values);
    for (template, (&(first, second), slot)) in values.iter().zip(out.iter_mut()).enumerate() {
        *slot = template_key(template, first, second);
    }
}

/// Writes the atoms of the `TEMPLATE_COUNT` templates for `state` into `out`, unhashed.
#[inline]
pub(crate) fn extract_values(state: &State, atoms: &Atoms, out: &mut [(u64, u64); TEMPLATE_COUNT]) {
    let word = |node: u32| {
        if node == NONE {
            ABSENT_WORD
        } else {
            atoms.words[node as usize]
        }
    };
    let tag = |node: u32| {
        if node == NONE {
            ABSENT_TAG
        } else {
            atoms.xpos[node as usize]
        }
    };
    let utag = |node: u32| {
        if node == NONE {
            ABSENT_TAG
        } else {
            atoms.upos[node as usize]
        }
    };
    let label = |node: u32| {
        if node == NONE || node == 0 || state.heads[node as usize] == NONE {
            NO_LABEL
        } else {
            u64::from(state.labels[node as usize])
        }
    };
    let head = |node: u32| {
        if node == NONE || node == 0 {
            NONE
        } else {
            state.heads[node as usize]
        }
    };
    let left = |node: u32, i: usize| {
        if node == NONE {
            NONE
        } else {
            state.left_children[node as usize][i]
        }
    };
    let right = |node: u32, i: usize| {
        if node == NONE {
            NONE
        } else {
            state.right_children[node as usize][i]
        }
    };

    let s0 = state.stack_at(0);
    let s1 = state.stack_at(1);
    let n0 = state.buffer_first();
    let n1 = if state.front < state.n {
        state.front + 1
    } else {
        NONE
    };
    let n2 = if state.front + 1 < state.n {
        state.front + 2
    } else {
        NONE
    };
    let s0h = head(s0);
    let s0h2 = head(s0h);
    let s0l = left(s0, 0);
    let s0l2 = left(s0, 1);
    let s0r = right(s0, 0);
    let s0r2 = right(s0, 1);
    let n0l = left(n0, 0);
    let n0l2 = left(n0, 1);

    let (s0w, s0t, n0w, n0t) = (word(s0), tag(s0), word(n0), tag(n0));
    let (n1w, n1t, n2w, n2t) = (word(n1), tag(n1), word(n2), tag(n2));
    let n0_position = if n0 == 0 { state.n + 1 } else { n0 };
    let distance = if s0 == NONE {
        15
    } else {
        distance_bucket(n0_position - s0)
    };
    let (s0vl, s0vr, n0vl) = if s0 == NONE {
        (0, 0, u64::from(state.valency[n0 as usize][0].min(6)))
    } else {
        let s0v = state.valency[s0 as usize];
        (
            u64::from(s0v[0].min(6)),
            u64::from(s0v[1].min(6)),
            u64::from(state.valency[n0 as usize][0].min(6)),
        )
    };
    let (s0sl, s0sr) = if s0 == NONE {
        (0, 0)
    } else {
        (
            state.label_sets[s0 as usize][0],
            state.label_sets[s0 as usize][1],
        )
    };
    let n0sl = state.label_sets[n0 as usize][0];

    *out = [
        // Single words.
        (s0w, 0),
        (s0t, 0),
        (s0w, s0t),
        (n0w, 0),
        (n0t, 0),
        (n0w, n0t),
        (n1w, 0),
        (n1t, 0),
        (n1w, n1t),
        (n2w, 0),
        (n2t, 0),
        (n2w, n2t),
        // Word pairs.
        (s0w ^ n0w.rotate_left(17), pack(&[s0t, n0t])),
        (s0w ^ n0w.rotate_left(17), s0t),
        (s0w ^ n0w.rotate_left(17), n0t),
        (s0w, pack(&[s0t, n0t])),
        (n0w, pack(&[s0t, n0t])),
        (s0w ^ n0w.rotate_left(17), 0),
        (pack(&[s0t, n0t]), 0),
        (pack(&[n0t, n1t]), 0),
        // Tag triples.
        (pack(&[n0t, n1t, n2t]), 0),
        (pack(&[s0t, n0t, n1t]), 0),
        (pack(&[tag(s0h), s0t, n0t]), 0),
        (pack(&[s0t, tag(s0l), n0t]), 0),
        (pack(&[s0t, tag(s0r), n0t]), 0),
        (pack(&[s0t, n0t, tag(n0l)]), 0),
        // Distance.
        (s0w, distance),
        (s0t, distance),
        (n0w, distance),
        (n0t, distance),
        (s0w ^ n0w.rotate_left(17), distance),
        (pack(&[s0t, n0t, distance]), 0),
        // Valency.
        (s0w, s0vr),
        (s0t, s0vr),
        (s0w, s0vl),
        (s0t, s0vl),
        (n0w, n0vl),
        (n0t, n0vl),
        // Unigrams of heads and children.
        (word(s0h), 0),
        (tag(s0h), 0),
        (label(s0), 0),
        (word(s0l), 0),
        (tag(s0l), 0),
        (label(s0l), 0),
        (word(s0r), 0),
        (tag(s0r), 0),
        (label(s0r), 0),
        (word(n0l), 0),
        (tag(n0l), 0),
        (label(n0l), 0),
        // Third order.
        (word(s0h2), 0),
        (tag(s0h2), 0),
        (label(s0h), 0),
        (word(s0l2), 0),
        (tag(s0l2), 0),
        (label(s0l2), 0),
        (word(s0r2), 0),
        (tag(s0r2), 0),
        (label(s0r2), 0),
        (word(n0l2), 0),
        (tag(n0l2), 0),
        (label(n0l2), 0),
        (pack(&[s0t, tag(s0l), tag(s0l2)]), 0),
        (pack(&[s0t, tag(s0r), tag(s0r2)]), 0),
        (pack(&[s0t, tag(s0h), tag(s0h2)]), 0),
        (pack(&[n0t, tag(n0l), tag(n0l2)]), 0),
        // Label sets.
        (s0w, s0sr),
        (s0t, s0sr),
        (s0w, s0sl),
        (s0t, s0sl),
        (n0w, n0sl),
        (n0t, n0sl),
        // Second stack word, universal tags, word shape and suffixes, bias.
        (word(s1), 0),
        (tag(s1), 0),
        (pack(&[tag(s1), s0t, n0t]), 0),
        (pack(&[utag(s0), utag(n0), utag(n1)]), 0),
        (pack(&[tag(s0), label(s0), n0t]), 0),
        (suffix(atoms, n0), n0t),
        (suffix(atoms, s0), s0t),
        (shape(atoms, n0), n0t),
        (pack(&[tag(s1), label(s1), s0t, label(s0)]), 0),
        (word(s0) ^ word(s0h).rotate_left(23), label(s0)),
        (
            pack(&[n0t, s0vl.min(3), s0vr.min(3), n0vl.min(3)]),
            distance,
        ),
        (0, 0),
    ];
}

fn suffix(atoms: &Atoms, node: u32) -> u64 {
    if node == NONE {
        ABSENT_WORD
    } else {
        atoms.suffixes[node as usize]
    }
}

fn shape(atoms: &Atoms, node: u32) -> u64 {
    if node == NONE {
        64
    } else {
        atoms.shapes[node as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every value a direct template can take at run time (tag numbers, label numbers,
    /// [`NO_LABEL`], and second atoms in range) finds, at its place, the key hashing would give.
    #[test]
    fn direct_places_hold_the_hashed_keys() {
        let (tags, labels) = (49, 51);
        let radix = direct_radix(tags, labels);
        let mut atoms: Vec<u64> = (0..FIRST_TAG + tags as u64).collect();
        atoms.extend(0..labels as u64);
        atoms.push(NO_LABEL);
        atoms.sort_unstable();
        atoms.dedup();
        for template in DIRECT_TEMPLATES {
            let firsts: Vec<u64> = if template.atoms == 2 {
                atoms
                    .iter()
                    .flat_map(|&high| atoms.iter().map(move |&low| pack(&[high, low])))
                    .collect()
            } else {
                atoms.clone()
            };
            let mut seen = std::collections::HashSet::new();
            for &first in &firsts {
                for second in 0..template.second_range {
                    let index = template.index(radix, first, second);
                    assert!(index < template.size(radix));
                    assert!(seen.insert(index), "two values share a place");
                    assert_eq!(
                        template.key_at(radix, index),
                        template_key(template.template, first, second),
                        "template {} at ({first}, {second})",
                        template.template
                    );
                }
            }
        }
    }

    #[test]
    fn templates_are_split_without_overlap() {
        let mut all: Vec<usize> = FRONT_TEMPLATES.to_vec();
        all.extend(DIRECT_TEMPLATES.iter().map(|template| template.template));
        all.extend(HASHED_TEMPLATES);
        all.sort_unstable();
        assert_eq!(all, (0..TEMPLATE_COUNT).collect::<Vec<_>>());
    }
}
