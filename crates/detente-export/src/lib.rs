//! Deduplication of event mentions into clusters, and the export formats (GDELT 2.0, PLOVER
//! JSON lines, CSV, Parquet).
//!
//! The store calls [`dedup::cluster`] after every ingest; `detente export` groups the stored
//! mentions into [`rows::ExportEvent`]s and writes them with [`gdelt`], [`plover`],
//! [`table`] (CSV) or [`parquet`].
#![deny(missing_docs)]

pub mod dedup;
pub mod gdelt;
pub mod parquet;
pub mod plover;
pub mod rows;
pub mod synthetic;
pub mod table;

#[cfg(test)]
mod testing;

pub use dedup::{cluster, DedupRule};
pub use rows::{export_events, ExportEvent, Grouping};
