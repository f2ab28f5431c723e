//! Exported rows: stored mentions grouped into one row per event cluster, or one per mention.

use std::collections::BTreeMap;

use detente_code::{ClusterInfo, StoredEvent};

use crate::dedup;

/// One exported event: a cluster of mentions, or a single mention with deduplication off.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportEvent<'a> {
    /// The mention whose record fills the row: the most precisely dated, then the earliest,
    /// then the smallest id.
    pub representative: &'a StoredEvent,
    /// Every mention of the event, by id.
    pub mentions: Vec<&'a StoredEvent>,
    /// The event's id (the smallest mention id) and counts, over `mentions`.
    pub cluster: ClusterInfo,
}

impl ExportEvent<'_> {
    /// The earliest publication date among the mentions' articles (`YYYY-MM-DD`), if any.
    pub fn first_published(&self) -> Option<&str> {
        self.mentions
            .iter()
            .filter_map(|mention| mention.article.date.as_deref())
            .filter(|date| dedup::parse_date(date).is_some())
            .min()
    }

    /// Whether any mention was found in its article's first sentence.
    pub fn in_lead(&self) -> bool {
        self.mentions
            .iter()
            .any(|mention| mention.record.sentence_index == 0)
    }
}

/// How mentions become rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// One row per cluster, as the mentions' `cluster.id` fields say.
    Clusters,
    /// One row per mention: nothing merged, every count is 1.
    Mentions,
}

/// Groups `events` into rows, sorted by event id. With [`Grouping::Clusters`] the mentions'
/// `cluster.id` decides; counts are recomputed over the mentions present, so a filtered export
/// stays consistent with its own mention lists.
pub fn export_events(events: &[StoredEvent], grouping: Grouping) -> Vec<ExportEvent<'_>> {
    match grouping {
        Grouping::Mentions => {
            let mut rows: Vec<ExportEvent<'_>> = events
                .iter()
                .map(|event| ExportEvent {
                    representative: event,
                    mentions: vec![event],
                    cluster: dedup::summary([event]),
                })
                .collect();
            rows.sort_by_key(|row| row.cluster.id);
            rows
        }
        Grouping::Clusters => {
            let mut groups: BTreeMap<i64, Vec<&StoredEvent>> = BTreeMap::new();
            for event in events {
                groups.entry(event.cluster.id).or_default().push(event);
            }
            groups
                .into_values()
                .filter_map(|mut mentions| {
                    mentions.sort_by_key(|mention| mention.id);
                    let representative = *mentions.iter().min_by_key(|mention| {
                        let record = &mention.record;
                        let precision = match record.date_granularity.as_deref() {
                            None | Some("day") if record.event_date.is_some() => 0,
                            Some("week") => 1,
                            Some("month") => 2,
                            Some("year") => 3,
                            _ => 4,
                        };
                        (precision, record.event_date.clone(), mention.id)
                    })?;
                    let cluster = dedup::summary(mentions.iter().copied());
                    Some(ExportEvent {
                        representative,
                        mentions,
                        cluster,
                    })
                })
                .collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::mention;

    fn check(events: &[StoredEvent], grouping: Grouping, expected: &[(i64, i64, u32, u32)]) {
        let rows = export_events(events, grouping);
        let found: Vec<(i64, i64, u32, u32)> = rows
            .iter()
            .map(|row| {
                (
                    row.cluster.id,
                    row.representative.id,
                    row.cluster.num_mentions,
                    row.cluster.num_articles,
                )
            })
            .collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn clusters_become_one_row_with_the_best_dated_representative() {
        let mut events = vec![
            mention(4, "a2", "RUS", None, Some("UKR"), "190", "2024-03-02"),
            mention(2, "a1", "RUS", None, Some("UKR"), "190", "2024-03-01"),
            mention(9, "a3", "RUS", None, Some("UKR"), "190", "2024-03-01"),
            mention(7, "a3", "USA", None, Some("CHN"), "046", "2024-03-01"),
        ];
        events[1].record.date_granularity = Some("month".into());
        dedup::assign(&mut events, &dedup::DedupRule::default());
        check(&events, Grouping::Clusters, &[(2, 9, 3, 3), (7, 7, 1, 1)]);
        check(
            &events,
            Grouping::Mentions,
            &[(2, 2, 1, 1), (4, 4, 1, 1), (7, 7, 1, 1), (9, 9, 1, 1)],
        );
    }
}
