//! The flat event record: one owned row per event, the shape every output shares.
//!
//! `detente code` prints it as JSON lines, the store keeps its columns, and the CSV, Parquet
//! and relation tools read it back. It is flat on purpose: every key maps one-to-one to a CSV
//! or Parquet column, and a key that does not apply is null rather than absent. Offsets are
//! byte offsets into the article text, half-open.

use serde::{Deserialize, Serialize};

use crate::event::Event;

/// The output schema version; bump it when a key changes meaning or disappears.
pub const SCHEMA: u32 = 1;

/// One event as printed and stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    /// Output schema version.
    pub schema: u32,
    /// Always `event`.
    pub record: String,
    /// The article's id.
    pub article_id: String,
    /// Position of the event's sentence in the article, from 0.
    pub sentence_index: usize,
    /// The event's date (`YYYY-MM-DD`, the first day of its period), or null when neither
    /// the clause nor the article gives one.
    pub event_date: Option<String>,
    /// `day`, `week`, `month` or `year`; null without a date.
    #[serde(default)]
    pub date_granularity: Option<String>,
    /// `clause` (a date expression in the event's clause) or `article` (the publication
    /// date); null without a date.
    #[serde(default)]
    pub date_source: Option<String>,
    /// The source actor as written.
    pub source_text: String,
    /// The source's full CAMEO actor code (`RUSGOV`).
    pub source_code: String,
    /// The source's country (ISO 3166-1 alpha-3) or group/organisation code.
    pub source_country: String,
    /// The source's PLOVER sector, or null.
    pub source_sector: Option<String>,
    /// The target actor as written, or null.
    pub target_text: Option<String>,
    /// The target's full CAMEO actor code, or null.
    pub target_code: Option<String>,
    /// The target's country or group code, or null.
    pub target_country: Option<String>,
    /// The target's PLOVER sector, or null.
    pub target_sector: Option<String>,
    /// CAMEO event code with leading zeros (`0311`).
    pub cameo_code: String,
    /// Its first three characters (`031`).
    pub cameo_base: String,
    /// Its first two characters (`03`).
    pub cameo_root: String,
    /// PLOVER event type, null for CAMEO roots 01 and 02.
    pub plover_type: Option<String>,
    /// PLOVER mode, or null.
    pub plover_mode: Option<String>,
    /// PLOVER context(s), `;`-separated, or null.
    pub plover_context: Option<String>,
    /// Goldstein value, -10 to +10.
    pub goldstein: f32,
    /// QuadClass 1–4 (1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    /// 4 material conflict).
    pub quad_class: u8,
    /// The predicate words as written.
    pub predicate_text: String,
    /// First byte of the predicate.
    pub predicate_start: usize,
    /// One past its last byte.
    pub predicate_end: usize,
    /// First byte of the source phrase.
    pub source_start: usize,
    /// One past its last byte.
    pub source_end: usize,
    /// First byte of the target phrase, or null.
    pub target_start: Option<usize>,
    /// One past its last byte, or null.
    pub target_end: Option<usize>,
    /// When the source phrase is a pronoun, description or surname: the mention it was
    /// resolved to, as written.
    #[serde(default)]
    pub source_antecedent_text: Option<String>,
    /// First byte of the source's antecedent, or null.
    #[serde(default)]
    pub source_antecedent_start: Option<usize>,
    /// One past its last byte, or null.
    #[serde(default)]
    pub source_antecedent_end: Option<usize>,
    /// The target's antecedent as written, or null.
    #[serde(default)]
    pub target_antecedent_text: Option<String>,
    /// First byte of the target's antecedent, or null.
    #[serde(default)]
    pub target_antecedent_start: Option<usize>,
    /// One past its last byte, or null.
    #[serde(default)]
    pub target_antecedent_end: Option<usize>,
    /// Who reported the event, when it lies in a quotation or reported speech.
    #[serde(default)]
    pub speaker_text: Option<String>,
    /// The speaker's actor code, or null.
    #[serde(default)]
    pub speaker_code: Option<String>,
    /// Index of the quotation in the article's `quotes`, or null.
    #[serde(default)]
    pub quote_index: Option<usize>,
    /// The place name as written, or null.
    #[serde(default)]
    pub location_text: Option<String>,
    /// The place's country (ISO 3166-1 alpha-3), or null.
    #[serde(default)]
    pub location_country: Option<String>,
    /// Latitude in degrees, or null.
    #[serde(default)]
    pub location_lat: Option<f64>,
    /// Longitude in degrees, or null.
    #[serde(default)]
    pub location_lon: Option<f64>,
    /// The gazetteer's identifier (GeoNames id or ISO code), or null.
    #[serde(default)]
    pub location_id: Option<String>,
    /// The lexicon entry (`file:line pattern`) and the construction that fired.
    pub rule: String,
    /// The coder's confidence, 0 to 1.
    pub confidence: f32,
}

/// The record's columns in order, as CSV, TSV and Parquet name them (every key but `record`,
/// which is always `event`).
pub const COLUMNS: [&str; 45] = [
    "article_id",
    "sentence_index",
    "event_date",
    "date_granularity",
    "date_source",
    "source_text",
    "source_code",
    "source_country",
    "source_sector",
    "target_text",
    "target_code",
    "target_country",
    "target_sector",
    "cameo_code",
    "cameo_base",
    "cameo_root",
    "plover_type",
    "plover_mode",
    "plover_context",
    "goldstein",
    "quad_class",
    "predicate_text",
    "predicate_start",
    "predicate_end",
    "source_start",
    "source_end",
    "target_start",
    "target_end",
    "source_antecedent_text",
    "source_antecedent_start",
    "source_antecedent_end",
    "target_antecedent_text",
    "target_antecedent_start",
    "target_antecedent_end",
    "speaker_text",
    "speaker_code",
    "quote_index",
    "location_text",
    "location_country",
    "location_lat",
    "location_lon",
    "location_id",
    "rule",
    "confidence",
    "schema",
];

/// A column's value as text (`None` for null), for CSV and TSV writers.
pub type Cell = Option<String>;

impl EventRecord {
    /// Builds the record of `event`, found in article `article_id` published on
    /// `article_date`. The event's own date wins over the article's.
    pub fn new(
        article_id: &str,
        article_date: Option<detente_lexicon::Date>,
        event: &Event,
    ) -> EventRecord {
        let target = event.target.as_ref();
        let (event_date, date_granularity, date_source) = match (&event.date, article_date) {
            (Some(date), _) => (
                Some(date.date.to_string()),
                Some(date.granularity.name().to_string()),
                Some(date.source.name().to_string()),
            ),
            (None, Some(date)) => (
                Some(date.to_string()),
                Some("day".to_string()),
                Some("article".to_string()),
            ),
            (None, None) => (None, None, None),
        };
        let source_antecedent = event.source.antecedent.as_ref();
        let target_antecedent = target.and_then(|actor| actor.antecedent.as_ref());
        let location = event.location.as_ref();
        let speaker = event.speaker.as_ref();
        EventRecord {
            schema: SCHEMA,
            record: "event".to_string(),
            article_id: article_id.to_string(),
            sentence_index: event.sentence_index,
            event_date,
            date_granularity,
            date_source,
            source_text: event.source.text.clone(),
            source_code: event.source.code.clone(),
            source_country: event.source.country.clone(),
            source_sector: event.source.sector.clone(),
            target_text: target.map(|actor| actor.text.clone()),
            target_code: target.map(|actor| actor.code.clone()),
            target_country: target.map(|actor| actor.country.clone()),
            target_sector: target.and_then(|actor| actor.sector.clone()),
            cameo_code: event.cameo_code.clone(),
            cameo_base: event.cameo_base().to_string(),
            cameo_root: event.cameo_root().to_string(),
            plover_type: event.plover_type.clone(),
            plover_mode: event.plover_mode.clone(),
            plover_context: event.plover_context.clone(),
            goldstein: event.goldstein,
            quad_class: event.quad_class,
            predicate_text: event.predicate_text.clone(),
            predicate_start: event.predicate_span.start,
            predicate_end: event.predicate_span.end,
            source_start: event.source.span.start,
            source_end: event.source.span.end,
            target_start: target.map(|actor| actor.span.start),
            target_end: target.map(|actor| actor.span.end),
            source_antecedent_text: source_antecedent.map(|found| found.text.clone()),
            source_antecedent_start: source_antecedent.map(|found| found.span.start),
            source_antecedent_end: source_antecedent.map(|found| found.span.end),
            target_antecedent_text: target_antecedent.map(|found| found.text.clone()),
            target_antecedent_start: target_antecedent.map(|found| found.span.start),
            target_antecedent_end: target_antecedent.map(|found| found.span.end),
            speaker_text: speaker.map(|found| found.text.clone()),
            speaker_code: speaker.and_then(|found| found.code.clone()),
            quote_index: speaker.and_then(|found| found.quote_index),
            location_text: location.map(|found| found.text.clone()),
            location_country: location.and_then(|found| found.country.clone()),
            location_lat: location.and_then(|found| found.lat),
            location_lon: location.and_then(|found| found.lon),
            location_id: location.and_then(|found| found.id.clone()),
            rule: event.rule.clone(),
            confidence: event.confidence,
        }
    }

    /// The values of [`COLUMNS`] in order: numbers in their shortest decimal form, null as
    /// `None`.
    pub fn cells(&self) -> [Cell; COLUMNS.len()] {
        fn text(value: &str) -> Cell {
            Some(value.to_string())
        }
        fn opt<T: ToString>(value: &Option<T>) -> Cell {
            value.as_ref().map(ToString::to_string)
        }
        [
            text(&self.article_id),
            Some(self.sentence_index.to_string()),
            opt(&self.event_date),
            opt(&self.date_granularity),
            opt(&self.date_source),
            text(&self.source_text),
            text(&self.source_code),
            text(&self.source_country),
            opt(&self.source_sector),
            opt(&self.target_text),
            opt(&self.target_code),
            opt(&self.target_country),
            opt(&self.target_sector),
            text(&self.cameo_code),
            text(&self.cameo_base),
            text(&self.cameo_root),
            opt(&self.plover_type),
            opt(&self.plover_mode),
            opt(&self.plover_context),
            Some(self.goldstein.to_string()),
            Some(self.quad_class.to_string()),
            text(&self.predicate_text),
            Some(self.predicate_start.to_string()),
            Some(self.predicate_end.to_string()),
            Some(self.source_start.to_string()),
            Some(self.source_end.to_string()),
            opt(&self.target_start),
            opt(&self.target_end),
            opt(&self.source_antecedent_text),
            opt(&self.source_antecedent_start),
            opt(&self.source_antecedent_end),
            opt(&self.target_antecedent_text),
            opt(&self.target_antecedent_start),
            opt(&self.target_antecedent_end),
            opt(&self.speaker_text),
            opt(&self.speaker_code),
            opt(&self.quote_index),
            opt(&self.location_text),
            opt(&self.location_country),
            opt(&self.location_lat),
            opt(&self.location_lon),
            opt(&self.location_id),
            text(&self.rule),
            Some(self.confidence.to_string()),
            Some(self.schema.to_string()),
        ]
    }
}

/// The article an event was found in, as the store keeps it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ArticleInfo {
    /// The article's id.
    pub id: String,
    /// Publication date (`YYYY-MM-DD`), or null.
    pub date: Option<String>,
    /// Headline, or null.
    pub title: Option<String>,
    /// Publisher, or null.
    pub source: Option<String>,
    /// Address, or null.
    pub url: Option<String>,
}

/// The deduplication cluster an event mention belongs to: one real-world event reported by
/// one or more sentences of one or more articles.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ClusterInfo {
    /// The cluster's id (the id of its first mention when nothing was merged).
    pub id: i64,
    /// How many event mentions the cluster holds.
    pub num_mentions: u32,
    /// How many distinct publishers reported it.
    pub num_sources: u32,
    /// How many distinct articles reported it.
    pub num_articles: u32,
}

/// One stored event mention: the record, the sentence it was read from, its article and its
/// cluster. This is what the store returns and what exports and relations read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredEvent {
    /// The mention's id in the store.
    pub id: i64,
    /// The flat event record.
    pub record: EventRecord,
    /// The sentence's text, as in the article.
    pub sentence_text: String,
    /// The article's metadata.
    pub article: ArticleInfo,
    /// The mention's deduplication cluster.
    pub cluster: ClusterInfo,
    /// Which coder produced it (`detente 0.1.0, lexicon <hash>, models <hash>`).
    pub coder_version: String,
}
