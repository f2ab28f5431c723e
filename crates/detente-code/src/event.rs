//! The event record the coder produces: one predicate, one source actor, at most one target.

use detente_lexicon::Date;
use detente_text::Span;

/// An actor taking part in an event, as found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct EventActor {
    /// The actor phrase as written in the article.
    pub text: String,
    /// Byte span of the phrase in the article text.
    pub span: Span,
    /// The full CAMEO actor code string (`RUSGOV`, `USA`, `IGOUNO`).
    pub code: String,
    /// Country (ISO 3166-1 alpha-3) or group/organisation code (`IGOUNO`, `WST`).
    pub country: String,
    /// The PLOVER sector (`GOV`, `MIL`, …), when the phrase names one.
    pub sector: Option<String>,
    /// When the phrase is a pronoun, a description or a bare surname, the earlier mention it
    /// refers to (document reading fills it; the coder alone leaves it empty).
    pub antecedent: Option<Antecedent>,
}

/// The earlier mention a pronoun, description or surname was resolved to.
#[derive(Debug, Clone, PartialEq)]
pub struct Antecedent {
    /// The antecedent as written.
    pub text: String,
    /// Its byte span in the article text.
    pub span: Span,
}

/// How precise a resolved date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Granularity {
    /// One day.
    Day,
    /// A week (the date is its Monday).
    Week,
    /// A month (the date is its first day).
    Month,
    /// A year (the date is 1 January).
    Year,
}

impl Granularity {
    /// The printed name: `day`, `week`, `month`, `year`.
    pub fn name(self) -> &'static str {
        match self {
            Granularity::Day => "day",
            Granularity::Week => "week",
            Granularity::Month => "month",
            Granularity::Year => "year",
        }
    }
}

/// Where an event's date comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateSource {
    /// A date expression in the event's own clause ("on March 27", "back in 2023").
    Clause,
    /// The article's publication date.
    Article,
}

impl DateSource {
    /// The printed name: `clause` or `article`.
    pub fn name(self) -> &'static str {
        match self {
            DateSource::Clause => "clause",
            DateSource::Article => "article",
        }
    }
}

/// The date an event happened on, as far as the text tells.
#[derive(Debug, Clone, PartialEq)]
pub struct EventDate {
    /// First day of the period (`YYYY-MM-DD`).
    pub date: Date,
    /// Day, week, month or year.
    pub granularity: Granularity,
    /// Clause or article.
    pub source: DateSource,
    /// The date expression's byte span, when it comes from the clause.
    pub span: Option<Span>,
}

/// Where an event took place, resolved against the gazetteer.
#[derive(Debug, Clone, PartialEq)]
pub struct EventLocation {
    /// The place name as written.
    pub text: String,
    /// Its byte span in the article text.
    pub span: Span,
    /// ISO 3166-1 alpha-3 country code of the place, when known.
    pub country: Option<String>,
    /// Latitude in degrees, when known.
    pub lat: Option<f64>,
    /// Longitude in degrees, when known.
    pub lon: Option<f64>,
    /// The gazetteer's identifier (GeoNames id or ISO code), when known.
    pub id: Option<String>,
}

/// The person or body a quotation or reported statement is attributed to.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    /// The speaker as written.
    pub text: String,
    /// Its byte span in the article text.
    pub span: Span,
    /// The speaker's resolved actor code, when known.
    pub code: Option<String>,
    /// Index of the quote in the article's quotes, when the event lies inside a quotation.
    pub quote_index: Option<usize>,
}

/// One coded event.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Index of the sentence in the article, from 0.
    pub sentence_index: usize,
    /// Who acts.
    pub source: EventActor,
    /// Who is acted upon, when the sentence names a resolvable actor.
    pub target: Option<EventActor>,
    /// CAMEO event code with its leading zeros (`036`, `1312`).
    pub cameo_code: String,
    /// PLOVER event type (`AGREE`, `THREATEN`), absent for CAMEO roots 01 and 02.
    pub plover_type: Option<String>,
    /// PLOVER mode, when the code has one.
    pub plover_mode: Option<String>,
    /// PLOVER contexts, `;`-separated, when the code has some.
    pub plover_context: Option<String>,
    /// Goldstein value of the code.
    pub goldstein: f32,
    /// QuadClass 1–4.
    pub quad_class: u8,
    /// The predicate words as written (from the first to the last predicate word).
    pub predicate_text: String,
    /// Byte span of the predicate in the article text.
    pub predicate_span: Span,
    /// Which lexicon entry and construction fired (`lexicon/events/04-consult.events:9 meet |
    /// nsubj obj`).
    pub rule: String,
    /// How sure the coder is, 0 to 1: lower for inherited subjects, pronoun speakers and
    /// modal readings.
    pub confidence: f32,
    /// The event's date, when known (document reading fills it; the coder alone leaves it
    /// empty and the article date applies).
    pub date: Option<EventDate>,
    /// Where the event took place, when the article tells.
    pub location: Option<EventLocation>,
    /// Who said so, when the event is reported in a quotation or reported speech.
    pub speaker: Option<Speaker>,
}

impl Event {
    /// The CAMEO base code (first three characters).
    pub fn cameo_base(&self) -> &str {
        self.cameo_code.get(..3).unwrap_or(&self.cameo_code)
    }

    /// The CAMEO root code (first two characters).
    pub fn cameo_root(&self) -> &str {
        self.cameo_code.get(..2).unwrap_or(&self.cameo_code)
    }
}
