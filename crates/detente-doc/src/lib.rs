//! Document-level reading: coreference, quotations and speakers, date resolution and places.
//!
//! News is not a bag of sentences: "Overchuk said … He added that Moscow …" needs the
//! article to know who "he" is. [`read_article`] reads an article as a whole — coreference
//! ([`coref`]), quotes and speakers ([`quotes`]) — then codes each sentence with the coder of
//! `detente-code`, whose source and target phrases may now be pronouns, descriptions and
//! surnames resolved to earlier actors, and gives events inside a quote their speaker.
//! [`eval`] scores coreference and quotes against annotated articles.
#![deny(missing_docs)]

pub mod coref;
pub mod dates;
pub mod eval;
pub mod places;

pub mod quotes;
mod read;
mod sentence;

pub use coref::{Category, Mention, MentionActor, MentionKind};
pub use quotes::{Quote, QuoteKind, QuoteSpeaker};
pub use read::{read_article, ReadArticle};
