//! PLOVER event records as JSON lines, in the style of the POLECAT data set.
//!
//! One object per exported event:
//!
//! ```text
//! {"id": "17", "date": "2024-03-01", "date_granularity": "day",
//!  "event_type": "ASSAULT", "mode": [], "context": [], "quad_code": 4, "goldstein": -9.0,
//!  "cameo_code": "190",
//!  "source": {"text": "Russian troops", "code": "RUSMIL", "country": "RUS", "sector": "MIL"},
//!  "target": {"text": "Ukraine", "code": "UKR", "country": "UKR", "sector": null},
//!  "event_text": "attacked", "text": "<the representative sentence>",
//!  "location": null,
//!  "num_mentions": 2, "num_sources": 2, "num_articles": 2,
//!  "mentions": [{"id": 17, "article_id": "a1", "url": "...", "publisher": null,
//!                "publication_date": "2024-03-01", "sentence_index": 0, "text": "...",
//!                "event_text": "attacked"}],
//!  "coder": "detente 0.1.0, ..."}
//! ```
//!
//! `event_type` is null for CAMEO roots 01 and 02, which PLOVER does not code. `mode` and
//! `context` are lists (PLOVER allows several values); `target` and `location` are null when
//! unknown.

use std::io::{self, Write};

use detente_code::{EventRecord, StoredEvent};
use serde::Serialize;

use crate::rows::ExportEvent;

/// One PLOVER record as written.
#[derive(Debug, Serialize)]
pub struct PloverEvent<'a> {
    /// The event's id (its smallest mention id), as a string.
    pub id: String,
    /// `YYYY-MM-DD`, the first day of the event's period, or null.
    pub date: Option<&'a str>,
    /// `day`, `week`, `month` or `year`, or null.
    pub date_granularity: Option<&'a str>,
    /// PLOVER event type, or null for CAMEO roots 01 and 02.
    pub event_type: Option<&'a str>,
    /// PLOVER modes.
    pub mode: Vec<&'a str>,
    /// PLOVER contexts.
    pub context: Vec<&'a str>,
    /// QuadClass 1–4.
    pub quad_code: u8,
    /// Goldstein value of the CAMEO code.
    pub goldstein: f32,
    /// CAMEO event code.
    pub cameo_code: &'a str,
    /// Who acted.
    pub source: Actor<'a>,
    /// Who was acted upon, or null.
    pub target: Option<Actor<'a>>,
    /// The predicate words of the representative mention.
    pub event_text: &'a str,
    /// The representative mention's sentence.
    pub text: &'a str,
    /// Where it happened, or null.
    pub location: Option<Location<'a>>,
    /// Number of mentions.
    pub num_mentions: u32,
    /// Number of distinct publishers.
    pub num_sources: u32,
    /// Number of distinct articles.
    pub num_articles: u32,
    /// Every mention, by id.
    pub mentions: Vec<Mention<'a>>,
    /// The coder version of the representative mention.
    pub coder: &'a str,
}

/// An actor of a PLOVER record.
#[derive(Debug, Serialize)]
pub struct Actor<'a> {
    /// The phrase as written.
    pub text: &'a str,
    /// Full CAMEO actor code.
    pub code: &'a str,
    /// Country or group code.
    pub country: &'a str,
    /// PLOVER sector, or null.
    pub sector: Option<&'a str>,
}

/// The place of a PLOVER record.
#[derive(Debug, Serialize)]
pub struct Location<'a> {
    /// The place name as written.
    pub text: &'a str,
    /// ISO 3166-1 alpha-3 country, or null.
    pub country: Option<&'a str>,
    /// Latitude, or null.
    pub lat: Option<f64>,
    /// Longitude, or null.
    pub lon: Option<f64>,
    /// Gazetteer id, or null.
    pub geonames_id: Option<&'a str>,
}

/// One mention of a PLOVER record.
#[derive(Debug, Serialize)]
pub struct Mention<'a> {
    /// The mention's id in the store.
    pub id: i64,
    /// Its article's id.
    pub article_id: &'a str,
    /// Its article's address, or null.
    pub url: Option<&'a str>,
    /// Its article's publisher, or null.
    pub publisher: Option<&'a str>,
    /// Its article's publication date, or null.
    pub publication_date: Option<&'a str>,
    /// Position of the sentence in the article.
    pub sentence_index: usize,
    /// The sentence.
    pub text: &'a str,
    /// The predicate words.
    pub event_text: &'a str,
}

/// The PLOVER record of one event.
pub fn record<'a>(event: &ExportEvent<'a>) -> PloverEvent<'a> {
    let stored: &'a StoredEvent = event.representative;
    let record: &'a EventRecord = &stored.record;
    let list = |value: &'a Option<String>| -> Vec<&'a str> {
        value
            .as_deref()
            .map(|text| {
                text.split(';')
                    .map(str::trim)
                    .filter(|part| !part.is_empty())
                    .collect()
            })
            .unwrap_or_default()
    };
    PloverEvent {
        id: event.cluster.id.to_string(),
        date: record.event_date.as_deref(),
        date_granularity: record.date_granularity.as_deref(),
        event_type: record.plover_type.as_deref(),
        mode: list(&record.plover_mode),
        context: list(&record.plover_context),
        quad_code: record.quad_class,
        goldstein: record.goldstein,
        cameo_code: &record.cameo_code,
        source: Actor {
            text: &record.source_text,
            code: &record.source_code,
            country: &record.source_country,
            sector: record.source_sector.as_deref(),
        },
        target: record.target_code.as_deref().map(|code| Actor {
            text: record.target_text.as_deref().unwrap_or(""),
            code,
            country: record.target_country.as_deref().unwrap_or(""),
            sector: record.target_sector.as_deref(),
        }),
        event_text: &record.predicate_text,
        text: &stored.sentence_text,
        location: record.location_text.as_deref().map(|text| Location {
            text,
            country: record.location_country.as_deref(),
            lat: record.location_lat,
            lon: record.location_lon,
            geonames_id: record.location_id.as_deref(),
        }),
        num_mentions: event.cluster.num_mentions,
        num_sources: event.cluster.num_sources,
        num_articles: event.cluster.num_articles,
        mentions: event
            .mentions
            .iter()
            .map(|mention| Mention {
                id: mention.id,
                article_id: &mention.article.id,
                url: mention.article.url.as_deref(),
                publisher: mention.article.source.as_deref(),
                publication_date: mention.article.date.as_deref(),
                sentence_index: mention.record.sentence_index,
                text: &mention.sentence_text,
                event_text: &mention.record.predicate_text,
            })
            .collect(),
        coder: &stored.coder_version,
    }
}

/// Writes one JSON object a line per event.
pub fn write(events: &[ExportEvent<'_>], out: &mut dyn Write) -> io::Result<()> {
    for event in events {
        serde_json::to_writer(&mut *out, &record(event))?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rows::{export_events, Grouping};
    use crate::testing::mention;

    fn check(events: &[StoredEvent], expected: serde_json::Value) {
        let rows = export_events(events, Grouping::Clusters);
        let mut out = Vec::new();
        write(&rows, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<serde_json::Value> = text
            .lines()
            .map(|line| serde_json::from_str(line).unwrap())
            .collect();
        assert_eq!(serde_json::Value::Array(lines), expected);
    }

    #[test]
    fn a_cluster_is_one_record_with_every_mention() {
        let mut events = vec![
            mention(
                3,
                "a1",
                "RUS",
                Some("MIL"),
                Some("UKR"),
                "190",
                "2024-03-01",
            ),
            mention(5, "a2", "RUS", None, Some("UKR"), "190", "2024-03-02"),
        ];
        events[0].record.plover_context = Some("military; territory".into());
        events[1].article.source = Some("Wire".into());
        for event in &mut events {
            event.cluster.id = 3;
        }
        check(
            &events,
            serde_json::json!([{
                "id": "3", "date": "2024-03-01", "date_granularity": "day",
                "event_type": "ASSAULT", "mode": [], "context": ["military", "territory"],
                "quad_code": 4, "goldstein": -9.0, "cameo_code": "190",
                "source": {"text": "RUS", "code": "RUSMIL", "country": "RUS", "sector": "MIL"},
                "target": {"text": "UKR", "code": "UKR", "country": "UKR", "sector": null},
                "event_text": "attacked", "text": "RUS attacked UKR.", "location": null,
                "num_mentions": 2, "num_sources": 2, "num_articles": 2,
                "mentions": [
                    {"id": 3, "article_id": "a1", "url": "https://news.example/a1",
                     "publisher": null, "publication_date": "2024-03-01", "sentence_index": 0,
                     "text": "RUS attacked UKR.", "event_text": "attacked"},
                    {"id": 5, "article_id": "a2", "url": "https://news.example/a2",
                     "publisher": "Wire", "publication_date": "2024-03-02", "sentence_index": 0,
                     "text": "RUS attacked UKR.", "event_text": "attacked"}
                ],
                "coder": "test"
            }]),
        );
    }
}
