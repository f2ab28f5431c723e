//! The event store: articles, event mentions and their deduplication clusters, in SQLite
//! (default) or PostgreSQL.
#![deny(missing_docs)]
