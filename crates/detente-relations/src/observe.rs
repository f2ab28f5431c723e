//! From stored event mentions to observations: one per deduplication cluster, dated, weighted,
//! and linked back to every mention that reported it.
//!
//! Relations count real-world events, not sentences: the mentions of one cluster count once
//! (weight 1), or, with [`Weight::Mentions`], once per article that reported the event.

use std::collections::HashMap;

use detente_code::StoredEvent;

use crate::day::Day;

/// How much one deduplicated event counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Weight {
    /// Every event counts 1, however many articles reported it.
    #[default]
    Events,
    /// Every event counts the number of distinct articles that reported it.
    Mentions,
}

/// One deduplicated event as relations count it.
#[derive(Debug, Clone, PartialEq)]
pub struct Observation {
    /// The day of the event.
    pub day: Day,
    /// Index (into the input slice) of the mention that stands for the cluster: the one with
    /// the smallest id.
    pub representative: usize,
    /// Indices of every mention of the cluster, representative first.
    pub mentions: Vec<usize>,
    /// Goldstein value of the representative.
    pub goldstein: f64,
    /// QuadClass 1–4 of the representative.
    pub quad_class: u8,
    /// How much the event counts (see [`Weight`]).
    pub weight: f64,
}

/// Events read by [`observe`], with what had to be left out.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Observations {
    /// Observations in chronological order.
    pub items: Vec<Observation>,
    /// Clusters left out because their representative has no (valid) date.
    pub undated: usize,
}

impl Observations {
    /// The first and last day observed, or `None` without observations.
    pub fn span(&self) -> Option<(Day, Day)> {
        Some((self.items.first()?.day, self.items.last()?.day))
    }
}

/// An actor as the command line names it: a country or group code (three letters, `RUS`)
/// matches every actor of that country; a longer code (`RUSGOV`) matches every actor code
/// that starts with it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Actor {
    code: String,
}

impl Actor {
    /// Parses an actor code: three or more ASCII letters or digits, upper-cased.
    pub fn parse(text: &str) -> Result<Actor, crate::Error> {
        let code = text.trim().to_ascii_uppercase();
        if code.len() < 3 || !code.bytes().all(|byte| byte.is_ascii_alphanumeric()) {
            return Err(crate::Error::BadActor(text.to_string()));
        }
        Ok(Actor { code })
    }

    /// The code as given (upper-cased).
    pub fn code(&self) -> &str {
        &self.code
    }

    /// Whether the actor with full code `code` and country `country` is this actor.
    pub fn matches(&self, code: &str, country: &str) -> bool {
        if self.code.len() == 3 {
            country == self.code
        } else {
            code.starts_with(&self.code)
        }
    }

    /// Whether `event`'s source is this actor.
    pub fn is_source(&self, event: &StoredEvent) -> bool {
        self.matches(&event.record.source_code, &event.record.source_country)
    }

    /// Whether `event`'s target is this actor.
    pub fn is_target(&self, event: &StoredEvent) -> bool {
        match (&event.record.target_code, &event.record.target_country) {
            (Some(code), Some(country)) => self.matches(code, country),
            (Some(code), None) => self.matches(code, ""),
            _ => false,
        }
    }
}

impl std::fmt::Display for Actor {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.code)
    }
}

/// Groups `events` by deduplication cluster and dates each cluster by its representative
/// (the mention with the smallest id).
pub fn observe(events: &[StoredEvent], weight: Weight) -> Observations {
    let mut clusters: HashMap<i64, Vec<usize>> = HashMap::new();
    let mut order = Vec::new();
    for (index, event) in events.iter().enumerate() {
        let members = clusters.entry(event.cluster.id).or_insert_with(|| {
            order.push(event.cluster.id);
            Vec::new()
        });
        members.push(index);
    }
    let mut observations = Observations::default();
    for cluster_id in order {
        let Some(mut members) = clusters.remove(&cluster_id) else {
            continue;
        };
        members.sort_by_key(|&index| (events[index].id, index));
        let representative = members[0];
        let event = &events[representative];
        let Some(day) = event.record.event_date.as_deref().and_then(Day::parse) else {
            observations.undated += 1;
            continue;
        };
        let goldstein = f64::from(event.record.goldstein);
        let weight = match weight {
            Weight::Events => 1.0,
            Weight::Mentions => {
                let mut articles: Vec<&str> = members
                    .iter()
                    .map(|&index| events[index].record.article_id.as_str())
                    .collect();
                articles.sort_unstable();
                articles.dedup();
                f64::from(event.cluster.num_articles.max(articles.len() as u32).max(1))
            }
        };
        observations.items.push(Observation {
            day,
            representative,
            mentions: members,
            goldstein: if goldstein.is_finite() {
                goldstein
            } else {
                0.0
            },
            quad_class: event.record.quad_class,
            weight,
        });
    }
    observations
        .items
        .sort_by_key(|observation| (observation.day, observation.representative));
    observations
}
