//! The event record the coder produces: one predicate, one source actor, at most one target.

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
