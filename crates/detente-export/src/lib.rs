//! Deduplication of event mentions into clusters, and the export formats (GDELT 2.0, PLOVER
//! JSON lines, CSV, Parquet).
#![deny(missing_docs)]

pub mod dedup;

#[cfg(test)]
mod testing;

pub use dedup::{cluster, DedupRule};
