//! The `detente code` output formats (schema 1): wire types built from the pipeline's results.
//!
//! Two shapes share one schema number:
//! - `jsonl`: one flat JSON object a line, with a `record` key naming its kind (`event` by
//!   default, `sentence`, `quote` or `mention` with `--emit sentences|quotes|mentions`);
//! - `json`: a JSON array with one document per article, holding `sentences`, `events`, `quotes`,
//!   `mentions` and `diagnostics` arrays.
//!
//! A third shape, `tsv`, prints the event records' columns with a header line.
//!
//! Every `start`/`end` is a byte offset into the article's `text`, half-open.

use detente_text::{normalize, Segmentation, SentenceKind};
use serde::Serialize;

use crate::article::{Article, Date};
use detente_code::{Event, EventRecord};

/// The output schema version; bump it when a key changes meaning or disappears.
pub const SCHEMA: u32 = detente_code::record::SCHEMA;

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
    pub events: Vec<EventRecord>,
    /// Quotations and reported statements with their speakers.
    pub quotes: Vec<QuoteRecord>,
    /// Actor mentions: names, and anaphors resolved to earlier mentions.
    pub mentions: Vec<MentionRecord>,
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

/// One quotation or reported statement as printed.
#[derive(Debug, Serialize)]
pub struct QuoteRecord {
    /// Output schema version.
    pub schema: u32,
    /// Always `quote`.
    pub record: &'static str,
    /// The article's id.
    pub article_id: String,
    /// Position of the quote among the article's quotes, from 0 (events' `quote_index`).
    pub index: usize,
    /// `direct` (in quotation marks) or `indirect` (reported speech, "according to").
    pub kind: &'static str,
    /// The speaker as written, or null.
    pub speaker_text: Option<String>,
    /// The speaker's actor code, or null.
    pub speaker_code: Option<String>,
    /// First byte of the speaker phrase, or null.
    pub speaker_start: Option<usize>,
    /// One past its last byte, or null.
    pub speaker_end: Option<usize>,
    /// The quoted words, without quotation marks.
    pub text: String,
    /// First byte of the quoted words.
    pub start: usize,
    /// One past their last byte.
    pub end: usize,
    /// Who reported the words when it is not the speaker ("Bloomberg", "state-run media"), or
    /// null.
    pub attributed_to: Option<String>,
}

/// One actor mention as printed.
#[derive(Debug, Serialize)]
pub struct MentionRecord {
    /// Output schema version.
    pub schema: u32,
    /// Always `mention`.
    pub record: &'static str,
    /// The article's id.
    pub article_id: String,
    /// Position of the mention among the article's mentions, from 0.
    pub index: usize,
    /// `name`, `pronoun`, `description`, `surname` or `pair`.
    pub kind: &'static str,
    /// The mention as written.
    pub text: String,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Position of its sentence.
    pub sentence_index: usize,
    /// The actor codes it stands for (two for a pair).
    pub codes: Vec<String>,
    /// Indices of the earlier mentions it was resolved to (empty for a name).
    pub antecedents: Vec<usize>,
}

/// The printed quotes of one article read as a document.
pub fn quote_records(article_id: &str, read: &detente_doc::ReadArticle) -> Vec<QuoteRecord> {
    read.quotes
        .iter()
        .enumerate()
        .map(|(index, quote)| QuoteRecord {
            schema: SCHEMA,
            record: "quote",
            article_id: article_id.to_string(),
            index,
            kind: quote.kind.name(),
            speaker_text: quote.speaker.as_ref().map(|speaker| speaker.text.clone()),
            speaker_code: quote
                .speaker
                .as_ref()
                .and_then(|speaker| speaker.code.clone()),
            speaker_start: quote.speaker.as_ref().map(|speaker| speaker.span.start),
            speaker_end: quote.speaker.as_ref().map(|speaker| speaker.span.end),
            text: quote.text.clone(),
            start: quote.span.start,
            end: quote.span.end,
            attributed_to: quote.attributed_to.clone(),
        })
        .collect()
}

/// The printed mentions of one article read as a document.
pub fn mention_records(article_id: &str, read: &detente_doc::ReadArticle) -> Vec<MentionRecord> {
    read.mentions
        .iter()
        .enumerate()
        .map(|(index, mention)| MentionRecord {
            schema: SCHEMA,
            record: "mention",
            article_id: article_id.to_string(),
            index,
            kind: mention.kind.name(),
            text: mention.text.clone(),
            start: mention.span.start,
            end: mention.span.end,
            sentence_index: mention.sentence_index,
            codes: mention
                .actors
                .iter()
                .map(|actor| actor.code.clone())
                .collect(),
            antecedents: mention.antecedents.clone(),
        })
        .collect()
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

/// Builds the `json` document of one article read as a document.
pub fn read_document<'a>(article: &'a Article, read: &'a detente_doc::ReadArticle) -> Document<'a> {
    let mut document = document(
        article,
        &read.coded.segmentation,
        &read.coded.events,
        read.diagnostics().to_vec(),
    );
    document.quotes = quote_records(&article.id, read);
    document.mentions = mention_records(&article.id, read);
    document
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

/// Builds the printed record of one event.
pub fn event_record(article_id: &str, date: Option<Date>, event: &Event) -> EventRecord {
    let date = date.and_then(|date| detente_lexicon::Date::new(date.year, date.month, date.day));
    EventRecord::new(article_id, date, event)
}

/// The `tsv` columns, in order: the keys of [`EventRecord`].
pub const TSV_COLUMNS: [&str; detente_code::record::COLUMNS.len()] = detente_code::record::COLUMNS;

/// One `tsv` line for `record` (tabs and newlines inside values become spaces; null is empty).
pub fn tsv_line(record: &EventRecord) -> String {
    record
        .cells()
        .iter()
        .map(|cell| {
            cell.as_deref()
                .map(|text| text.replace(['\t', '\n', '\r'], " "))
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join("\t")
}
