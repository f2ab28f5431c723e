//! Evidence: the event mentions and sentences behind a number.

use detente_code::StoredEvent;

use crate::observe::Observations;

/// One event behind a value: the mention that stands for its cluster, and how many mentions
/// the cluster has.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Evidence<'a> {
    /// The representative mention (its record, sentence and article).
    pub event: &'a StoredEvent,
    /// How much the event counted.
    pub weight: f64,
    /// How many mentions (in the input) reported it.
    pub mentions: usize,
}

/// The `limit` observations among `indices` that weigh most on a score: largest
/// `weight × |Goldstein|` first, then earliest, then by mention id.
pub fn top<'a>(
    events: &'a [StoredEvent],
    observations: &Observations,
    indices: &[usize],
    limit: usize,
) -> Vec<Evidence<'a>> {
    let mut chosen: Vec<usize> = indices
        .iter()
        .copied()
        .filter(|&index| index < observations.items.len())
        .collect();
    let impact = |index: usize| {
        let observation = &observations.items[index];
        observation.weight * observation.goldstein.abs()
    };
    chosen.sort_by(|&x, &y| {
        impact(y)
            .total_cmp(&impact(x))
            .then(observations.items[x].day.cmp(&observations.items[y].day))
            .then(
                events[observations.items[x].representative]
                    .id
                    .cmp(&events[observations.items[y].representative].id),
            )
    });
    chosen.truncate(limit);
    chosen
        .into_iter()
        .map(|index| {
            let observation = &observations.items[index];
            Evidence {
                event: &events[observation.representative],
                weight: observation.weight,
                mentions: observation.mentions.len(),
            }
        })
        .collect()
}

/// The store ids of the representative mentions of `indices`, in order.
pub fn ids(events: &[StoredEvent], observations: &Observations, indices: &[usize]) -> Vec<i64> {
    indices
        .iter()
        .filter_map(|&index| observations.items.get(index))
        .map(|observation| events[observation.representative].id)
        .collect()
}
