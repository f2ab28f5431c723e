//! The event side of the lexicon: patterns indexed by their head lemma, and the choice of the
//! most specific pattern that a predicate satisfies.

use std::collections::HashMap;

use crate::format::Pattern;
use crate::load::{Lexicon, Origin};

/// One pattern with its CAMEO code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventEntry {
    /// CAMEO event code.
    pub code: String,
    /// The pattern.
    pub pattern: Pattern,
    /// Where it was written.
    pub origin: Origin,
}

/// Event entries indexed by verb lemma and by the head lemma of event nouns.
#[derive(Debug, Default)]
pub(crate) struct EventIndex {
    entries: Vec<EventEntry>,
    verbs: HashMap<String, Vec<usize>>,
    nouns: HashMap<String, Vec<usize>>,
}

impl EventIndex {
    pub(crate) fn build(entries: Vec<EventEntry>) -> EventIndex {
        let mut verbs: HashMap<String, Vec<usize>> = HashMap::new();
        let mut nouns: HashMap<String, Vec<usize>> = HashMap::new();
        for (index, entry) in entries.iter().enumerate() {
            if entry.pattern.noun {
                // A compound noun is found under each of its words.
                let mut words: Vec<&String> = entry.pattern.head.iter().collect();
                words.sort();
                words.dedup();
                for word in words {
                    nouns.entry(word.clone()).or_default().push(index);
                }
            } else if let Some(verb) = entry.pattern.head.first() {
                verbs.entry(verb.clone()).or_default().push(index);
            }
        }
        EventIndex {
            entries,
            verbs,
            nouns,
        }
    }

    pub(crate) fn entries(&self) -> &[EventEntry] {
        &self.entries
    }
}

/// What the coder knows about a verbal predicate when it asks for its event code.
#[derive(Debug, Clone, Copy, Default)]
pub struct Predicate<'a> {
    /// The verb's lemma.
    pub verb: &'a str,
    /// Lemmas of its direct objects.
    pub objects: &'a [&'a str],
    /// Particles attached to the verb (`call on` → `on`).
    pub particles: &'a [&'a str],
    /// Prepositions heading the verb's prepositional dependents.
    pub prepositions: &'a [&'a str],
    /// Prepositional dependents as (preposition, noun lemma): a pattern's object when the
    /// pattern names that preposition as a particle (`agree ceasefire ~to`).
    pub obliques: &'a [(&'a str, &'a str)],
    /// True when the verb has no direct object and no clausal complement (for `!obj`).
    pub intransitive: bool,
}

impl Lexicon {
    /// Every event pattern whose verb is `lemma`.
    pub fn verb_events(&self, lemma: &str) -> impl Iterator<Item = &EventEntry> {
        let indices = self
            .events
            .verbs
            .get(lemma)
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        indices.iter().map(|index| &self.events.entries[*index])
    }

    /// Every event-noun pattern with `lemma` among its words (`@state of emergency` is found
    /// under `state` and `emergency`).
    pub fn noun_events(&self, lemma: &str) -> impl Iterator<Item = &EventEntry> {
        let indices = self
            .events
            .nouns
            .get(lemma)
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        indices.iter().map(|index| &self.events.entries[*index])
    }

    /// The most specific verb pattern `predicate` satisfies: all of the pattern's object,
    /// particles and target preposition must be present; among those, the pattern with the
    /// most constraints wins (`impose sanction` beats `impose`), ties broken by code order.
    pub fn best_verb_event(&self, predicate: &Predicate<'_>) -> Option<&EventEntry> {
        self.verb_events(predicate.verb)
            .filter(|entry| {
                let pattern = &entry.pattern;
                pattern.object.as_deref().is_none_or(|object| {
                    predicate.objects.contains(&object)
                        || predicate.obliques.iter().any(|&(preposition, lemma)| {
                            lemma == object && pattern.particles.iter().any(|p| p == preposition)
                        })
                }) && pattern
                    .particles
                    .iter()
                    .all(|p| predicate.particles.contains(&p.as_str()))
                    && pattern
                        .target_preposition
                        .as_deref()
                        .is_none_or(|prep| predicate.prepositions.contains(&prep))
                    && (!pattern.intransitive || predicate.intransitive)
            })
            .max_by(|a, b| {
                a.pattern
                    .specificity()
                    .cmp(&b.pattern.specificity())
                    .then_with(|| b.code.cmp(&a.code))
            })
    }
}
