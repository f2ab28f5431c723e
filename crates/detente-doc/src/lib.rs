//! Document-level reading: coreference, quotations and speakers, date resolution and places.
#![deny(missing_docs)]
pub mod dates;
pub mod places;
