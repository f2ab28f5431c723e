//! Actor, agent and event lexicons with the CAMEO and PLOVER code tables.
//!
//! The lexicon is a folder of line-oriented text files (`lexicon/FORMAT.md`). This crate parses
//! and validates such folders ([`load`]), compiles the built-in one into the binary
//! ([`Lexicon::builtin`]), answers code-table questions ([`CodeTables`]), matches actor phrases
//! in sentences ([`Lexicon::match_words`]) and combines matches into actors
//! ([`Lexicon::resolve_actors`]), indexes event patterns and cues for the coder, and imports
//! PETRARCH dictionaries ([`petrarch`]).
//!
//! Loading never fails on content: every problem becomes a [`Diagnostic`] naming file and line,
//! the faulty entry is dropped, and the rest of the lexicon is usable.
#![deny(missing_docs)]

pub mod codes;
pub mod date;
mod embedded;
mod events;
pub mod format;
mod hash;
mod load;
mod matcher;
pub mod petrarch;

mod resolve;

use std::fmt;

pub use codes::{ActorCode, CameoCode, CodeError, CodeTables};
pub use date::{
    civil_from_days, days_from_civil, is_calendar_name, Date, MONTH_NAMES, WEEKDAY_NAMES,
};
pub use events::{EventEntry, Predicate};
pub use format::{CueKind, DiscardScope, FileKind, Pattern, Phrase, Role};
pub use load::{
    builtin_sources, load, read_dir, CueEntry, Lexicon, LoadError, Origin, Payload, Person,
    PhraseEntry, SourceFile, Summary,
};
pub use matcher::{MatchWord, PhraseMatch};
pub use resolve::{ActorResolution, PersonRole};

/// A problem in a lexicon file, reported as `file:line: message`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// The file, as named when it was loaded.
    pub file: String,
    /// Line number, from 1 (0 when the problem concerns the whole file).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl Diagnostic {
    /// Makes a diagnostic.
    pub fn new(file: &str, line: usize, message: String) -> Diagnostic {
        Diagnostic {
            file: file.to_string(),
            line,
            message,
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "{}:{}: {}", self.file, self.line, self.message)
    }
}
