//! The `detente code` output formats (schema 1): wire types built from the pipeline's results.
//!
//! Two shapes share one schema number:
//! - `jsonl`: one flat JSON object a line, with a `record` key naming its kind (`event` by
//!   default, `sentence` with `--emit sentences`; later stages add `quote` and `mention`);
//! - `json`: a JSON array with one document per article, holding `sentences`, `events`, `quotes`,
//!   `mentions` and `diagnostics` arrays.
//!
//! A third shape, `tsv`, prints the event records' columns with a header line.
//!
//! Every `start`/`end` is a byte offset into the article's `text`, half-open.

use detente_text::{normalize, Segmentation, SentenceKind};
use serde::Serialize;

use crate::article::{Article, Date};
use detente_code::Event;

/// The output schema version; bump it when a key changes meaning or disappears.
pub const SCHEMA: u32 = 1;

/// An article with everything the pipeline found in it.
#[derive(Debug, Serialize)]
pub struct Document<'a> {
    /// Output schema version.
    pub schema: u32,
    /// The article's metadata.
    pub article: ArticleMeta<'a>,
    /// Sentences with their tokens and words.
    pub sentences: Vec<SentenceRecord<'a>>,
    /// Events found by the coder, in sentence order.
    pub events: Vec<EventRecord<'a>>,
    /// Quotations (filled by document reading).
    pub quotes: Vec<serde_json::Value>,
    /// Actor, date and place mentions (filled by lexicon matching).
    pub mentions: Vec<serde_json::Value>,
    /// Problems met while reading this article.
    pub diagnostics: Vec<String>,
}

/// Article metadata as printed.
#[derive(Debug, Serialize)]
pub struct ArticleMeta<'a> {
    /// Article id.
    pub id: &'a str,
    /// `YYYY-MM-DD` or null.
    pub date: Option<String>,
    /// Headline.
    pub title: Option<&'a str>,
    /// Publisher.
    pub source: Option<&'a str>,
    /// Address.
    pub url: Option<&'a str>,
    /// Length of the text in bytes.
    pub text_bytes: usize,
}

/// One sentence as printed.
#[derive(Debug, Serialize)]
pub struct SentenceRecord<'a> {
    /// Position of the sentence in the article, from 0.
    pub index: usize,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// True when the sentence opens a paragraph.
    pub paragraph_start: bool,
    /// `body`, or `dateline` for a wire dateline (`MOSCOW (Reuters) -`).
    pub kind: &'static str,
    /// The sentence's text, as in the article.
    pub text: &'a str,
    /// Surface tokens.
    pub tokens: Vec<TokenRecord<'a>>,
    /// Syntactic words.
    pub words: Vec<WordRecord>,
}

/// One surface token as printed.
#[derive(Debug, Serialize)]
pub struct TokenRecord<'a> {
    /// The token's text, as in the article.
    pub text: &'a str,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// One word as printed.
#[derive(Debug, Serialize)]
pub struct WordRecord {
    /// Normalised form (straight quotes, ASCII dashes).
    pub form: String,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Index of the word's token within the sentence's `tokens`.
    pub token: usize,
}

/// A `jsonl` sentence record.
#[derive(Debug, Serialize)]
pub struct SentenceLine<'a> {
    /// Output schema version.
    pub schema: u32,
    /// Always `sentence`.
    pub record: &'static str,
    /// The article's id.
    pub article_id: &'a str,
    /// The article's date.
    pub article_date: Option<String>,
    /// The sentence.
    #[serde(flatten)]
    pub sentence: SentenceRecord<'a>,
}

/// Builds the printed sentences of one segmented article.
pub fn sentence_records<'a>(text: &'a str, segmentation: &Segmentation) -> Vec<SentenceRecord<'a>> {
    segmentation
        .sentences
        .iter()
        .enumerate()
        .map(|(index, sentence)| SentenceRecord {
            index,
            start: sentence.span.start,
            end: sentence.span.end,
            paragraph_start: sentence.starts_paragraph,
            kind: sentence_kind_name(sentence.kind),
            text: sentence.span.slice(text),
            tokens: segmentation.tokens[sentence.tokens.clone()]
                .iter()
                .map(|token| TokenRecord {
                    text: token.span.slice(text),
                    start: token.span.start,
                    end: token.span.end,
                })
                .collect(),
            words: segmentation.words[sentence.words.clone()]
                .iter()
                .map(|word| WordRecord {
                    form: normalize(word.span.slice(text)).into_owned(),
                    start: word.span.start,
                    end: word.span.end,
                    token: word.token - sentence.tokens.start,
                })
                .collect(),
        })
        .collect()
}

/// Builds the `json` document of one article.
pub fn document<'a>(
    article: &'a Article,
    segmentation: &Segmentation,
    events: &'a [Event],
    diagnostics: Vec<String>,
) -> Document<'a> {
    Document {
        schema: SCHEMA,
        article: ArticleMeta {
            id: &article.id,
            date: article.date.map(|date| date.to_string()),
            title: article.title.as_deref(),
            source: article.source.as_deref(),
            url: article.url.as_deref(),
            text_bytes: article.text.len(),
        },
        sentences: sentence_records(&article.text, segmentation),
        events: events
            .iter()
            .map(|event| event_record(&article.id, article.date, event))
            .collect(),
        quotes: Vec::new(),
        mentions: Vec::new(),
        diagnostics,
    }
}

/// The printed name of a sentence kind.
pub fn sentence_kind_name(kind: SentenceKind) -> &'static str {
    match kind {
        SentenceKind::Body => "body",
        SentenceKind::Dateline => "dateline",
    }
}

/// One event as printed: a flat record that maps one-to-one to CSV and Parquet columns.
#[derive(Debug, Serialize)]
pub struct EventRecord<'a> {
    /// Output schema version.
    pub schema: u32,
    /// Always `event`.
    pub record: &'static str,
    /// The article's id.
    pub article_id: &'a str,
    /// Position of the event's sentence in the article, from 0.
    pub sentence_index: usize,
    /// The event's date: the article date (`YYYY-MM-DD`) or null.
    pub event_date: Option<String>,
    /// The source actor as written.
    pub source_text: &'a str,
    /// The source's full CAMEO actor code (`RUSGOV`).
    pub source_code: &'a str,
    /// The source's country (ISO 3166-1 alpha-3) or group/organisation code.
    pub source_country: &'a str,
    /// The source's PLOVER sector, or null.
    pub source_sector: Option<&'a str>,
    /// The target actor as written, or null.
    pub target_text: Option<&'a str>,
    /// The target's full CAMEO actor code, or null.
    pub target_code: Option<&'a str>,
    /// The target's country or group code, or null.
    pub target_country: Option<&'a str>,
    /// The target's PLOVER sector, or null.
    pub target_sector: Option<&'a str>,
    /// CAMEO event code with leading zeros (`0311`).
    pub cameo_code: &'a str,
    /// Its first three characters (`031`).
    pub cameo_base: &'a str,
    /// Its first two characters (`03`).
    pub cameo_root: &'a str,
    /// PLOVER event type, null for CAMEO roots 01 and 02.
    pub plover_type: Option<&'a str>,
    /// PLOVER mode, or null.
    pub plover_mode: Option<&'a str>,
    /// PLOVER context(s), `;`-separated, or null.
    pub plover_context: Option<&'a str>,
    /// Goldstein value, -10 to +10.
    pub goldstein: f32,
    /// QuadClass 1–4.
    pub quad_class: u8,
    /// The predicate words as written.
    pub predicate_text: &'a str,
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
    /// The lexicon entry (`file:line pattern`) and the construction that fired.
    pub rule: &'a str,
    /// The coder's confidence, 0 to 1.
    pub confidence: f32,
}

/// Builds the printed record of one event.
pub fn event_record<'a>(
    article_id: &'a str,
    date: Option<Date>,
    event: &'a Event,
) -> EventRecord<'a> {
    let target = event.target.as_ref();
    EventRecord {
        schema: SCHEMA,
        record: "event",
        article_id,
        sentence_index: event.sentence_index,
        event_date: date.map(|date| date.to_string()),
        source_text: &event.source.text,
        source_code: &event.source.code,
        source_country: &event.source.country,
        source_sector: event.source.sector.as_deref(),
        target_text: target.map(|actor| actor.text.as_str()),
        target_code: target.map(|actor| actor.code.as_str()),
        target_country: target.map(|actor| actor.country.as_str()),
        target_sector: target.and_then(|actor| actor.sector.as_deref()),
        cameo_code: &event.cameo_code,
        cameo_base: event.cameo_base(),
        cameo_root: event.cameo_root(),
        plover_type: event.plover_type.as_deref(),
        plover_mode: event.plover_mode.as_deref(),
        plover_context: event.plover_context.as_deref(),
        goldstein: event.goldstein,
        quad_class: event.quad_class,
        predicate_text: &event.predicate_text,
        predicate_start: event.predicate_span.start,
        predicate_end: event.predicate_span.end,
        source_start: event.source.span.start,
        source_end: event.source.span.end,
        target_start: target.map(|actor| actor.span.start),
        target_end: target.map(|actor| actor.span.end),
        rule: &event.rule,
        confidence: event.confidence,
    }
}

/// The `tsv` columns, in order (the keys of [`EventRecord`] without `schema` and `record`).
pub const TSV_COLUMNS: [&str; 29] = [
    "article_id",
    "sentence_index",
    "event_date",
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
    "rule",
    "confidence",
    "schema",
];

/// One `tsv` line for `record` (tabs and newlines inside values become spaces; null is empty).
pub fn tsv_line(record: &EventRecord<'_>) -> String {
    let value = serde_json::to_value(record).unwrap_or_default();
    TSV_COLUMNS
        .iter()
        .map(|column| match &value[*column] {
            serde_json::Value::Null => String::new(),
            serde_json::Value::String(text) => text.replace(['\t', '\n', '\r'], " "),
            other => other.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\t")
}
