//! Relations between actors computed from events: dyadic series over time windows and
//! strategic triangles with structural balance, each value linked to its evidence.
#![deny(missing_docs)]
