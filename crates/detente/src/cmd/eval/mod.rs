//! `detente eval`: measure a stage against a gold standard.

mod coref;
mod dedup;
mod plover;
mod segment;
mod ud;

use clap::Subcommand;

use crate::exit::Outcome;

/// The stages that can be evaluated.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Score sentence splitting and tokenization against a CoNLL-U treebank (CoNLL 2018 alignment).
    Segment(segment::Args),
    /// Score tagging, lemmatization and parsing against a CoNLL-U treebank (UPOS, XPOS, UFeats,
    /// lemma, UAS, LAS), on its own words or, with --raw, after detente's segmentation.
    Ud(ud::Args),
    /// Score the event coder against PLOVER gold-standard records (event type, source, target,
    /// full, precision, recall, F1).
    PloverGsr(plover::Args),
    /// Score event deduplication on a generated corpus with known duplicates (pairwise and
    /// B-cubed precision and recall).
    Dedup(dedup::Args),
    /// Score coreference links, quotes and speakers on annotated articles (precision, recall,
    /// F1).
    Coref(coref::Args),
}

/// Runs one evaluation.
pub fn run(command: Command) -> anyhow::Result<Outcome> {
    match command {
        Command::Segment(args) => segment::run(args),
        Command::Ud(args) => ud::run(args),
        Command::PloverGsr(args) => plover::run(args),
        Command::Dedup(args) => dedup::run(args),
        Command::Coref(args) => coref::run(args),
    }
}
