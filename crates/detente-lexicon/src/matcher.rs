//! The phrase matcher: a token trie over word keys, leftmost-longest and non-overlapping.
//!
//! Design: every distinct word of the lexicon's phrases gets an id in one of two vocabularies,
//! case-folded (ordinary phrases) or exact (`=US` phrases). A sentence word is looked up once to
//! get up to four candidate ids — its exact form, its lowercase form, its lowercase lemma, and
//! its lowercase form with an English plural or possessive folded (`Americans` → `american`,
//! `countries` → `country`, `allies'` → `ally`) — and the trie is walked over candidate ids with
//! one hash probe per (node, candidate). Rejected: Aho-Corasick over bytes (it would need a
//! separate automaton per case mode and cannot use lemmas) and a map per n-gram (one probe per
//! n-gram length per position; kept as the bench's peer).

use crate::hash::FastMap;
use crate::load::{Lexicon, PhraseEntry};

/// A word of a sentence as the matcher sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MatchWord<'a> {
    /// The word as written (normalised quotes are best, but curly ones are handled).
    pub form: &'a str,
    /// The lemma, when a lemmatizer ran.
    pub lemma: Option<&'a str>,
}

impl<'a> MatchWord<'a> {
    /// A word without a lemma.
    pub fn new(form: &'a str) -> MatchWord<'a> {
        MatchWord { form, lemma: None }
    }

    /// A tagged word: its lemma is matched too, except a verb's ("Syria's suspected use" names
    /// no suspect, "leading" no leader).
    pub fn tagged(form: &'a str, lemma: &'a str, upos: &str) -> MatchWord<'a> {
        let verb = matches!(upos, "VERB" | "AUX");
        MatchWord {
            form,
            lemma: (!verb).then_some(lemma),
        }
    }
}

/// A matched phrase: words `start..end` of the sentence and the entries that phrase has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhraseMatch {
    /// First word index.
    pub start: usize,
    /// One past the last word index.
    pub end: usize,
    /// Indices into [`Lexicon::phrases`]; several when a phrase has several meanings.
    pub entries: Vec<usize>,
}

const ROOT: u32 = 0;
const NO_ID: u32 = u32::MAX;

#[derive(Debug, Default)]
pub(crate) struct Matcher {
    folded_vocabulary: FastMap<Box<str>, u32>,
    exact_vocabulary: FastMap<Box<str>, u32>,
    edges: FastMap<u64, u32>,
    /// Per node: range into `terminal_entries`.
    terminals: Vec<(u32, u32)>,
    terminal_entries: Vec<usize>,
}

impl Matcher {
    pub(crate) fn build(entries: &[PhraseEntry]) -> Matcher {
        let mut matcher = Matcher {
            terminals: vec![(0, 0)],
            ..Matcher::default()
        };
        let mut per_node: Vec<Vec<usize>> = vec![Vec::new()];
        let mut next_word_id = 0u32;
        for (index, entry) in entries.iter().enumerate() {
            let mut node = ROOT;
            for word in &entry.phrase.words {
                let vocabulary = if entry.phrase.exact {
                    &mut matcher.exact_vocabulary
                } else {
                    &mut matcher.folded_vocabulary
                };
                let id = *vocabulary.entry(word.as_str().into()).or_insert_with(|| {
                    next_word_id += 1;
                    next_word_id - 1
                });
                let key = edge_key(node, id);
                node = match matcher.edges.get(&key) {
                    Some(child) => *child,
                    None => {
                        let child = per_node.len() as u32;
                        per_node.push(Vec::new());
                        matcher.edges.insert(key, child);
                        child
                    }
                };
            }
            per_node[node as usize].push(index);
        }
        matcher.terminals.clear();
        for entries in per_node {
            let start = matcher.terminal_entries.len() as u32;
            matcher.terminal_entries.extend(entries);
            matcher
                .terminals
                .push((start, matcher.terminal_entries.len() as u32));
        }
        matcher
    }

    /// Candidate word ids of `word`, `NO_ID`-padded.
    fn candidates(&self, word: &MatchWord<'_>, buffer: &mut String) -> [u32; 4] {
        let mut ids = [NO_ID; 4];
        let mut count = 0;
        let mut push = |id: Option<&u32>| {
            if let Some(id) = id {
                if !ids[..count].contains(id) {
                    ids[count] = *id;
                    count += 1;
                }
            }
        };
        let normalized = if word.form.is_ascii() {
            std::borrow::Cow::Borrowed(word.form)
        } else {
            detente_text::normalize(word.form)
        };
        let form = normalized.as_ref();
        if !self.exact_vocabulary.is_empty() {
            push(self.exact_vocabulary.get(form));
        }
        let lower = lowercase(form, buffer);
        push(self.folded_vocabulary.get(lower));
        if let Some(lemma) = word.lemma {
            let mut lemma_buffer = String::new();
            push(
                self.folded_vocabulary
                    .get(lowercase(lemma, &mut lemma_buffer)),
            );
        }
        if let Some(folded) = fold_plural(lower) {
            match folded {
                Fold::Strip(stem) => push(self.folded_vocabulary.get(stem)),
                Fold::Y(stem) => {
                    let with_y = format!("{stem}y");
                    push(self.folded_vocabulary.get(with_y.as_str()));
                }
            }
        }
        ids
    }

    fn step(&self, node: u32, id: u32) -> Option<u32> {
        self.edges.get(&edge_key(node, id)).copied()
    }

    fn terminal(&self, node: u32) -> &[usize] {
        let (start, end) = self.terminals[node as usize];
        &self.terminal_entries[start as usize..end as usize]
    }

    /// Leftmost-longest, non-overlapping matches over `words`.
    pub(crate) fn find(&self, words: &[MatchWord<'_>]) -> Vec<PhraseMatch> {
        let mut buffer = String::new();
        let candidates: Vec<[u32; 4]> = words
            .iter()
            .map(|word| self.candidates(word, &mut buffer))
            .collect();
        let mut matches = Vec::new();
        let mut active: Vec<u32> = Vec::with_capacity(4);
        let mut next: Vec<u32> = Vec::with_capacity(4);
        let mut start = 0;
        while start < words.len() {
            active.clear();
            active.push(ROOT);
            let mut best: Option<(usize, Vec<usize>)> = None;
            let mut position = start;
            while position < words.len() && !active.is_empty() {
                next.clear();
                for &node in &active {
                    for &id in candidates[position].iter().take_while(|id| **id != NO_ID) {
                        if let Some(child) = self.step(node, id) {
                            if !next.contains(&child) {
                                next.push(child);
                            }
                        }
                    }
                }
                position += 1;
                let mut found: Vec<usize> = Vec::new();
                for &node in &next {
                    found.extend_from_slice(self.terminal(node));
                }
                if !found.is_empty() {
                    found.sort_unstable();
                    found.dedup();
                    best = Some((position, found));
                }
                std::mem::swap(&mut active, &mut next);
            }
            match best {
                Some((end, entries)) => {
                    if !names_a_likeness(words, end) {
                        matches.push(PhraseMatch {
                            start,
                            end,
                            entries,
                        });
                    }
                    start = end;
                }
                None => start += 1,
            }
        }
        matches
    }
}

/// Words that, hyphenated after a name, make it say what something is like or where it comes
/// from rather than who takes part: "a Western-style democracy", "Soviet-era tanks",
/// "Russian-made missiles".
const LIKENESS_WORDS: [&str; 8] = [
    "style", "type", "like", "esque", "era", "made", "built", "designed",
];

/// Whether the phrase ending before word `end` is followed by a hyphen and a likeness word.
fn names_a_likeness(words: &[MatchWord<'_>], end: usize) -> bool {
    let hyphen = words.get(end).is_some_and(|word| word.form == "-");
    hyphen
        && words.get(end + 1).is_some_and(|word| {
            LIKENESS_WORDS
                .iter()
                .any(|likeness| word.form.eq_ignore_ascii_case(likeness))
        })
}

fn edge_key(node: u32, id: u32) -> u64 {
    (u64::from(node) << 32) | u64::from(id)
}

/// `text` in lowercase, borrowing when it already is.
fn lowercase<'b>(text: &'b str, buffer: &'b mut String) -> &'b str {
    if !text.chars().any(char::is_uppercase) {
        return text;
    }
    buffer.clear();
    for c in text.chars() {
        buffer.extend(c.to_lowercase());
    }
    buffer.as_str()
}

enum Fold<'a> {
    Strip(&'a str),
    Y(&'a str),
}

/// The singular of a lowercase English plural or plural possessive, when it looks like one.
fn fold_plural(word: &str) -> Option<Fold<'_>> {
    let word = word.strip_suffix('\'').unwrap_or(word);
    if word.len() < 4 || !word.ends_with('s') || word.ends_with("ss") || word.ends_with("us") {
        return None;
    }
    if let Some(stem) = word.strip_suffix("ies") {
        return Some(Fold::Y(stem));
    }
    for suffix in ["ches", "shes", "xes", "sses"] {
        if word.ends_with(suffix) {
            return Some(Fold::Strip(&word[..word.len() - 2]));
        }
    }
    Some(Fold::Strip(&word[..word.len() - 1]))
}

impl Lexicon {
    /// Finds actor, agent, person and discard phrases in a sentence's words: leftmost-longest,
    /// non-overlapping, as word index spans (callers map them to bytes with their own offsets).
    pub fn match_words(&self, words: &[MatchWord<'_>]) -> Vec<PhraseMatch> {
        self.matcher.find(words)
    }
}

#[cfg(test)]
mod tests {
    use super::fold_plural;
    use super::Fold;

    fn check(word: &str, expected: Option<&str>) {
        let got = fold_plural(word).map(|fold| match fold {
            Fold::Strip(stem) => stem.to_string(),
            Fold::Y(stem) => format!("{stem}y"),
        });
        assert_eq!(got.as_deref(), expected, "{word}");
    }

    #[test]
    fn plurals_fold_to_singulars() {
        check("americans", Some("american"));
        check("countries", Some("country"));
        check("allies'", Some("ally"));
        check("churches", Some("church"));
        check("us", None);
        check("congress", None);
        check("status", None);
    }
}
