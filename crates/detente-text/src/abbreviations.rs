//! Abbreviations that keep their final period.
