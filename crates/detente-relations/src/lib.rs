//! Relations between actors computed from events: dyadic series over time windows and
//! strategic triangles with structural balance, each value linked to its evidence.
//!
//! The input is a slice of [`StoredEvent`]s (what the store returns, or `detente code`'s
//! records wrapped one cluster each). [`observe()`] reduces it to one dated, weighted
//! observation per deduplication cluster; [`dyad::series()`] and [`triad::triad()`] compute from
//! those; every window keeps the indices of the observations it counted, which
//! [`evidence::top`] turns back into sentences. Nothing here does IO.
//!
//! Methods: Goldstein (1992) scale values as in GDELT's CAMEO table; QuadClass as GDELT
//! defines it; triangle types from Dittmer (1981, *World Politics* 33(4)) with Wu's (1996)
//! role names; structural balance from Heider (1946) and Cartwright & Harary (1956); weak
//! balance from Davis (1967). See [`mod@triad`] for the design note.
#![deny(missing_docs)]

pub mod day;
pub mod dyad;
pub mod evidence;
pub mod observe;
pub mod plot;
pub mod report;
pub mod triad;

pub use day::{Day, Window};
pub use detente_code::StoredEvent;
pub use dyad::{series, Direction, Empty, Series, SeriesConfig, WindowStats};
pub use observe::{observe, Actor, Observation, Observations, Weight};
pub use triad::{classify, triad, Configuration, EdgeMeasure, Sign, SignConfig, Triad};

/// What can go wrong in relations.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An actor code that is not three or more letters or digits.
    #[error(
        "invalid actor code {0:?}: expected a country code (RUS) or a longer actor code (RUSGOV)"
    )]
    BadActor(String),
    /// Drawing a plot failed.
    #[error("cannot draw the plot: {0}")]
    Plot(String),
}

#[cfg(test)]
mod tests;
