//! Feature hashing: turning a template and its string or number parts into one 64-bit key.
//!
//! Models store weights per key, so a feature costs no string in the model file. The hash is
//! fixed here (an FxHash-style multiply-rotate over little-endian 8-byte chunks with a final
//! avalanche), so keys are the same on every platform and in every run: training is
//! deterministic and model files are portable.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// A `HashMap` keyed by feature keys (or any other well-mixed 64-bit hash), which need no further
/// hashing.
pub(crate) type KeyMap<V> = HashMap<u64, V, BuildHasherDefault<KeyHasher>>;

/// A hasher for keys that are already good hashes: it passes a `u64` key through.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 << 8) ^ u64::from(byte);
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }
}

/// Builds the key of one feature: a template number followed by any number of parts.
#[derive(Debug, Clone, Copy)]
pub struct FeatureKey {
    state: u64,
}

impl FeatureKey {
    /// Starts the key of template `template`.
    pub fn new(template: u32) -> FeatureKey {
        FeatureKey {
            state: mix(0x9e37_79b9_7f4a_7c15, u64::from(template) + 1),
        }
    }

    /// Adds a string part (its length too, so that `("ab", "c")` differs from `("a", "bc")`).
    pub fn str(mut self, part: &str) -> FeatureKey {
        let bytes = part.as_bytes();
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.state = mix(self.state, u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        let mut word = [0u8; 8];
        word[..rest.len()].copy_from_slice(rest);
        self.state = mix(self.state, u64::from_le_bytes(word));
        self.state = mix(self.state, bytes.len() as u64);
        self
    }

    /// Adds a number part.
    pub fn num(mut self, part: u64) -> FeatureKey {
        self.state = mix(self.state, part);
        self
    }

    /// The finished key: never 0, which tables use to mark an empty slot.
    pub fn finish(self) -> u64 {
        let mut hash = self.state;
        hash ^= hash >> 33;
        hash = hash.wrapping_mul(0xff51_afd7_ed55_8ccd);
        hash ^= hash >> 33;
        hash = hash.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        hash ^= hash >> 33;
        hash.max(1)
    }
}

fn mix(state: u64, word: u64) -> u64 {
    (state.rotate_left(5) ^ word).wrapping_mul(SEED)
}

/// The shape of a word: `Xx` for `Moscow`, `d.d` for `3.5`, `XX` for `NATO`; runs of the same
/// class are collapsed after two, and at most 12 characters are looked at.
pub fn shape(word: &str) -> String {
    let mut out = String::new();
    shape_into(word, &mut out);
    out
}

/// [`shape`], appended to `out` (which callers reuse to save an allocation per word).
pub fn shape_into(word: &str, out: &mut String) {
    let mut last = '\0';
    let mut run = 0;
    for ch in word.chars().take(12) {
        let class = if ch.is_uppercase() {
            'X'
        } else if ch.is_lowercase() {
            'x'
        } else if ch.is_numeric() {
            'd'
        } else if ch.is_alphabetic() {
            'a'
        } else {
            ch
        };
        if class == last {
            run += 1;
            if run > 2 {
                continue;
            }
        } else {
            last = class;
            run = 1;
        }
        out.push(class);
    }
}

/// Up to `count` characters at the start of `word`.
pub fn prefix(word: &str, count: usize) -> &str {
    match word.char_indices().nth(count) {
        Some((end, _)) => &word[..end],
        None => word,
    }
}

/// Up to `count` characters at the end of `word`.
pub fn suffix(word: &str, count: usize) -> &str {
    if count == 0 {
        return &word[word.len()..];
    }
    match word.char_indices().rev().nth(count - 1) {
        Some((start, _)) => &word[start..],
        None => word,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_depend_on_template_and_parts() {
        let key = |template, part: &str| FeatureKey::new(template).str(part).finish();
        assert_eq!(key(1, "word"), key(1, "word"));
        assert_ne!(key(1, "word"), key(2, "word"));
        assert_ne!(key(1, "word"), key(1, "Word"));
        assert_ne!(
            FeatureKey::new(1).str("ab").str("c").finish(),
            FeatureKey::new(1).str("a").str("bc").finish()
        );
        assert_ne!(key(1, ""), 0);
    }

    #[test]
    fn shapes_prefixes_and_suffixes() {
        assert_eq!(shape("Moscow"), "Xxx");
        let mut out = String::from("#");
        shape_into("Moscow", &mut out);
        assert_eq!(out, "#Xxx");
        assert_eq!(shape("3.5"), "d.d");
        assert_eq!(shape("NATO-led"), "XX-xx");
        assert_eq!(prefix("élan", 2), "él");
        assert_eq!(suffix("naïve", 3), "ïve");
        assert_eq!(suffix("ab", 4), "ab");
        assert_eq!(suffix("ab", 0), "");
    }
}
