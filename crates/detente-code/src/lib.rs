//! Event coding: from parsed sentences and the lexicon to flat CAMEO/PLOVER event records.
//!
//! The crate reads the dependency tree of each sentence (tags, lemmas, heads and relations from
//! `detente-nlp`), finds event predicates with the lexicon's patterns (`detente-lexicon`),
//! follows UD relations to their source and target, resolves those to actor codes on the
//! article date, and applies the lexicon's cues (negation, refusal, modality, intent, threat,
//! appeal, reported speech, hypotheticals) so that only what the text reports as done is coded
//! as done. See [`coder`] for the algorithm and its design note.
//!
//! Entry points: [`code_article`] (raw text → events, the whole pipeline) and
//! [`code_sentence`] (one already analyzed sentence). The crate does no IO and never panics on
//! input: a sentence it cannot read yields no events.
#![deny(missing_docs)]

mod article;
pub mod coder;
mod cues;
mod event;
mod modify;
pub mod record;
#[cfg(test)]
mod tests;

pub use article::{code_article, sentence_words, AnalyzedSentence, CodedArticle};
pub use coder::{
    code_sentence, Coder, KnownPlace, ResolvedActor, ResolvedMention, SentenceContext,
    SentenceWord, BACKING_WORDS,
};
pub use event::{
    Antecedent, DateSource, Event, EventActor, EventDate, EventLocation, Granularity, Speaker,
};
pub use record::{ArticleInfo, ClusterInfo, EventRecord, StoredEvent};
