//! Actor, agent and event lexicons with the CAMEO and PLOVER code tables.
#![deny(missing_docs)]
