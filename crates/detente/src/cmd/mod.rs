//! One module per command.

pub mod code;
pub mod demo;
pub mod eval;
pub mod export;
pub mod ingest;
pub mod lexicon;
pub mod parse;
pub mod recode;
pub mod relations;
pub mod report;
pub mod train;
pub mod triangle;
