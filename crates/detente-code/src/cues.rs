//! The lexicon's cues indexed for the coder: which head word (a verb, adjective or noun lemma)
//! makes a governed predicate negated, refused, modal, intended, threatened, appealed for or
//! reported.
//!
//! A cue phrase is reduced to its content head: a leading `be` and a trailing `to`, `that`,
//! `of`, `for`, `with` are what the dependency tree shows as copula, mark or case, so
//! `be eager to` is the adjective `eager` governing an `xcomp`, and `agree to` is `agree`. A
//! remaining second word is a particle the head must carry (`rule out`, `turn down`).

use std::collections::HashMap;

use detente_lexicon::{CueKind, Lexicon};

/// One reduced cue.
#[derive(Debug, Clone)]
pub(crate) struct Cue {
    pub(crate) kind: CueKind,
    /// A particle the head must carry (`out` for `rule out`).
    pub(crate) particle: Option<String>,
}

/// Cues indexed by head lemma.
#[derive(Debug, Default)]
pub(crate) struct CueIndex {
    heads: HashMap<String, Vec<Cue>>,
}

const DROPPED_LAST: [&str; 6] = ["to", "that", "of", "for", "with", "from"];

impl CueIndex {
    pub(crate) fn build(lexicon: &Lexicon) -> CueIndex {
        let mut heads: HashMap<String, Vec<Cue>> = HashMap::new();
        for cue in lexicon.cues() {
            let mut words: Vec<&str> = cue.words.iter().map(String::as_str).collect();
            if words.first() == Some(&"be") && words.len() > 1 {
                words.remove(0);
            }
            if words.len() > 1 && words.last().is_some_and(|last| DROPPED_LAST.contains(last)) {
                words.pop();
            }
            let (head, particle) = match words.as_slice() {
                [head] => (*head, None),
                [head, particle] if is_particle(particle) => (*head, Some(particle.to_string())),
                _ => continue,
            };
            heads.entry(head.to_string()).or_default().push(Cue {
                kind: cue.kind,
                particle,
            });
        }
        // Nouns naming the same acts as the verb cues ("threats to strike", "plans to visit").
        for (noun, kind) in [
            ("threat", CueKind::Threat),
            ("warning", CueKind::Threat),
            ("ultimatum", CueKind::Threat),
            ("plan", CueKind::Intent),
            ("pledge", CueKind::Intent),
            ("promise", CueKind::Intent),
            ("offer", CueKind::Intent),
            ("proposal", CueKind::Intent),
            ("intention", CueKind::Intent),
            ("bid", CueKind::Intent),
            ("attempt", CueKind::Intent),
            ("refusal", CueKind::Refusal),
            ("call", CueKind::Appeal),
            ("demand", CueKind::Appeal),
            ("appeal", CueKind::Appeal),
            ("request", CueKind::Appeal),
        ] {
            heads.entry(noun.to_string()).or_default().push(Cue {
                kind,
                particle: None,
            });
        }
        heads.entry("expect".to_string()).or_default().push(Cue {
            kind: CueKind::Modality,
            particle: None,
        });
        CueIndex { heads }
    }

    /// The cue kinds of head `lemma` carrying `particles`, in a fixed order.
    pub(crate) fn kinds(&self, lemma: &str, particles: &[&str]) -> Vec<CueKind> {
        let mut kinds: Vec<CueKind> = self
            .heads
            .get(lemma)
            .map(|cues| {
                cues.iter()
                    .filter(|cue| {
                        cue.particle
                            .as_deref()
                            .is_none_or(|particle| particles.contains(&particle))
                    })
                    .map(|cue| cue.kind)
                    .collect()
            })
            .unwrap_or_default();
        kinds.sort();
        kinds.dedup();
        kinds
    }
}

fn is_particle(word: &str) -> bool {
    matches!(
        word,
        "out" | "down" | "off" | "aside" | "at" | "on" | "upon" | "up" | "back" | "away"
    )
}
