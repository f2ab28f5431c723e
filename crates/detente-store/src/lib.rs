//! The event store: articles, event mentions and their deduplication clusters, in SQLite
//! (default) or PostgreSQL.
//!
//! [`Store::open`] takes a file path (an embedded SQLite database, created when missing) or a
//! `postgres://` URL. Both backends hold the same versioned schema (see [`schema`]) and behave
//! the same: every public method runs the same SQL through a small private `Backend` trait.
//!
//! Invariants:
//! - An article is stored once per *content hash* ([`content_hash`]: its id, date, title,
//!   source, url and text). Writing an article whose hash is already stored changes nothing, so
//!   re-ingesting the same input is a no-op.
//! - An article and its events are written in the same transaction: after a crash, an article is
//!   either stored with all its events or absent.
//! - Clusters are derived data: [`Store::update_clusters`] recomputes them from all stored
//!   events and may run any number of times.
#![deny(missing_docs)]

mod backend;
mod postgres_backend;
pub mod schema;
mod sqlite_backend;

use std::collections::{BTreeMap, HashMap, HashSet};

use detente_code::{ArticleInfo, ClusterInfo, EventRecord, StoredEvent};
use sha2::{Digest, Sha256};

use backend::{Backend, Value};

/// Errors of the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite reported an error.
    #[error("SQLite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// PostgreSQL reported an error.
    #[error("PostgreSQL: {0}")]
    Postgres(#[from] postgres::Error),
    /// The database was written by a newer detente.
    #[error("the store has schema version {found}, newer than this detente's {supported}; upgrade detente")]
    NewerSchema {
        /// The version found in the store.
        found: i64,
        /// The newest version this build knows.
        supported: i64,
    },
    /// A stored row does not have the shape the schema promises.
    #[error("malformed row in the store: {0}")]
    Malformed(String),
    /// The location is neither a file path nor a `postgres://` URL.
    #[error("cannot open the store at `{0}`: {1}")]
    Location(String, String),
}

/// Which events [`Store::events`] returns.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventFilter {
    /// Only events dated on or after this day (`YYYY-MM-DD`); undated events are left out.
    pub since: Option<String>,
    /// Only events dated on or before this day (`YYYY-MM-DD`); undated events are left out.
    pub until: Option<String>,
    /// Only events whose source or target actor code starts with this, or whose source or
    /// target country is this (`RUS`, `RUSGOV`).
    pub actor: Option<String>,
    /// True: one representative mention per cluster (its first mention in store order).
    pub dedup: bool,
}

/// An article with its coded events, ready to be written.
#[derive(Debug, Clone, PartialEq)]
pub struct NewArticle {
    /// The article's metadata; `id` is the input's id.
    pub info: ArticleInfo,
    /// The body text.
    pub text: String,
    /// Where it was read (`file:line`), for messages.
    pub origin: String,
    /// The coder that produced `events`.
    pub coder_version: String,
    /// The events, each with its sentence's text.
    pub events: Vec<NewEvent>,
}

/// One event to write: the record and its sentence's text.
#[derive(Debug, Clone, PartialEq)]
pub struct NewEvent {
    /// The flat record.
    pub record: EventRecord,
    /// The sentence's text.
    pub sentence_text: String,
}

/// A stored article, as [`Store::articles_after`] returns it for re-coding.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredArticle {
    /// The article's row id.
    pub row: i64,
    /// Its metadata.
    pub info: ArticleInfo,
    /// Its body text.
    pub text: String,
    /// The coder that produced its current events.
    pub coder_version: String,
}

/// The events of one article after re-coding, for [`Store::replace_events`].
#[derive(Debug, Clone, PartialEq)]
pub struct Recoded {
    /// The article's row id.
    pub row: i64,
    /// The coder that produced `events`.
    pub coder_version: String,
    /// The new events.
    pub events: Vec<NewEvent>,
}

/// What one [`Store::write_articles`] call did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WriteCounts {
    /// Articles written.
    pub articles: usize,
    /// Articles already stored (same content hash), left as they were.
    pub already_stored: usize,
    /// Events written.
    pub events: usize,
}

/// How many rows the store holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Articles.
    pub articles: u64,
    /// Event mentions.
    pub events: u64,
    /// Clusters.
    pub clusters: u64,
}

/// The content hash of an article: SHA-256 (hex) over its id, date, title, source, url and
/// text, each length-prefixed so that no two different articles share the input bytes.
pub fn content_hash(info: &ArticleInfo, text: &str) -> String {
    let mut hasher = Sha256::new();
    for field in [
        Some(info.id.as_str()),
        info.date.as_deref(),
        info.title.as_deref(),
        info.source.as_deref(),
        info.url.as_deref(),
        Some(text),
    ] {
        match field {
            None => hasher.update([0u8]),
            Some(value) => {
                hasher.update([1u8]);
                hasher.update((value.len() as u64).to_le_bytes());
                hasher.update(value.as_bytes());
            }
        }
    }
    hasher
        .finalize()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// An open store.
pub struct Store {
    backend: Box<dyn Backend>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("backend", &self.backend.name())
            .finish()
    }
}

/// Event columns after `id` and `article`, in the order [`record_values`] writes them.
const EVENT_COLUMNS: &str = "article_id, sentence_index, sentence_text, coder_version, \
    event_date, date_granularity, date_source, source_text, source_code, source_country, \
    source_sector, target_text, target_code, target_country, target_sector, cameo_code, \
    cameo_base, cameo_root, plover_type, plover_mode, plover_context, goldstein, quad_class, \
    predicate_text, predicate_start, predicate_end, source_start, source_end, target_start, \
    target_end, source_antecedent_text, source_antecedent_start, source_antecedent_end, \
    target_antecedent_text, target_antecedent_start, target_antecedent_end, speaker_text, \
    speaker_code, quote_index, location_text, location_country, location_lat, location_lon, \
    location_id, rule, confidence, record_schema";
const EVENT_COLUMN_COUNT: usize = 47;

/// Columns [`Store::events`] selects: the event columns, then the cluster, then the article.
const SELECT_EVENTS: &str = "SELECT e.id, e.article_id, e.sentence_index, e.sentence_text, \
    e.coder_version, e.event_date, e.date_granularity, e.date_source, e.source_text, \
    e.source_code, e.source_country, e.source_sector, e.target_text, e.target_code, \
    e.target_country, e.target_sector, e.cameo_code, e.cameo_base, e.cameo_root, e.plover_type, \
    e.plover_mode, e.plover_context, e.goldstein, e.quad_class, e.predicate_text, \
    e.predicate_start, e.predicate_end, e.source_start, e.source_end, e.target_start, \
    e.target_end, e.source_antecedent_text, e.source_antecedent_start, e.source_antecedent_end, \
    e.target_antecedent_text, e.target_antecedent_start, e.target_antecedent_end, \
    e.speaker_text, e.speaker_code, e.quote_index, e.location_text, e.location_country, \
    e.location_lat, e.location_lon, e.location_id, e.rule, e.confidence, e.record_schema, \
    COALESCE(e.cluster_id, e.id), COALESCE(e.cluster_mentions, 1), \
    COALESCE(e.cluster_sources, 1), COALESCE(e.cluster_articles, 1), \
    a.date, a.title, a.source, a.url, a.content_hash \
    FROM events e JOIN articles a ON a.id = e.article";

impl Store {
    /// Opens the store at `location`: a `postgres://` (or `postgresql://`) URL, or else a file
    /// path for SQLite (created when missing). Brings the schema up to date.
    pub fn open(location: &str) -> Result<Store, StoreError> {
        let backend: Box<dyn Backend> =
            if location.starts_with("postgres://") || location.starts_with("postgresql://") {
                Box::new(postgres_backend::PostgresBackend::connect(location)?)
            } else {
                if location.is_empty() {
                    return Err(StoreError::Location(
                        location.to_string(),
                        "empty path".to_string(),
                    ));
                }
                Box::new(sqlite_backend::SqliteBackend::open(location)?)
            };
        let mut store = Store { backend };
        schema::migrate(store.backend.as_mut())?;
        Ok(store)
    }

    /// `sqlite` or `postgres`.
    pub fn backend_name(&self) -> &'static str {
        self.backend.name()
    }

    /// The schema version of the open store.
    pub fn schema_version(&mut self) -> Result<i64, StoreError> {
        schema::current_version(self.backend.as_mut())
    }

    /// The content hashes of every stored article.
    pub fn known_hashes(&mut self) -> Result<HashSet<String>, StoreError> {
        let rows = self
            .backend
            .query("SELECT content_hash FROM articles", &[])?;
        rows.into_iter()
            .map(|row| text_at(&row, 0))
            .collect::<Result<HashSet<_>, _>>()
    }

    /// Writes `articles` and their events in one transaction. An article whose content hash is
    /// already stored is left as it is (and its events are not written again). New events start
    /// as clusters of one.
    pub fn write_articles(&mut self, articles: &[NewArticle]) -> Result<WriteCounts, StoreError> {
        let mut counts = WriteCounts::default();
        self.in_transaction(|backend| {
            for article in articles {
                let hash = content_hash(&article.info, &article.text);
                let inserted = backend.query(
                    "INSERT INTO articles (content_hash, article_key, date, title, source, url, \
                     text, origin, coder_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) \
                     ON CONFLICT (content_hash) DO NOTHING RETURNING id",
                    &[
                        Value::Text(hash),
                        Value::Text(article.info.id.clone()),
                        opt_text(&article.info.date),
                        opt_text(&article.info.title),
                        opt_text(&article.info.source),
                        opt_text(&article.info.url),
                        Value::Text(article.text.clone()),
                        Value::Text(article.origin.clone()),
                        Value::Text(article.coder_version.clone()),
                    ],
                )?;
                let Some(row) = inserted.first() else {
                    counts.already_stored += 1;
                    continue;
                };
                let article_row = int_at(row, 0)?;
                insert_events(
                    backend,
                    article_row,
                    &article.coder_version,
                    &article.events,
                )?;
                counts.articles += 1;
                counts.events += article.events.len();
            }
            Ok(())
        })?;
        Ok(counts)
    }

    /// Up to `limit` stored articles with a row id above `after`, in row order; with
    /// `not_coded_by`, only those whose events another coder produced.
    pub fn articles_after(
        &mut self,
        after: i64,
        limit: usize,
        not_coded_by: Option<&str>,
    ) -> Result<Vec<StoredArticle>, StoreError> {
        let mut sql = String::from(
            "SELECT id, article_key, date, title, source, url, text, coder_version FROM articles \
             WHERE id > ?",
        );
        let mut params = vec![Value::Int(after)];
        if let Some(version) = not_coded_by {
            sql.push_str(" AND coder_version <> ?");
            params.push(Value::Text(version.to_string()));
        }
        sql.push_str(" ORDER BY id LIMIT ?");
        params.push(Value::Int(limit as i64));
        let rows = self.backend.query(&sql, &params)?;
        rows.iter()
            .map(|row| {
                Ok(StoredArticle {
                    row: int_at(row, 0)?,
                    info: ArticleInfo {
                        id: text_at(row, 1)?,
                        date: opt_text_at(row, 2)?,
                        title: opt_text_at(row, 3)?,
                        source: opt_text_at(row, 4)?,
                        url: opt_text_at(row, 5)?,
                    },
                    text: text_at(row, 6)?,
                    coder_version: text_at(row, 7)?,
                })
            })
            .collect()
    }

    /// Replaces the events of each article in `recoded` in one transaction, and records the
    /// coder that produced them. New events start as clusters of one.
    pub fn replace_events(&mut self, recoded: &[Recoded]) -> Result<usize, StoreError> {
        let mut written = 0;
        self.in_transaction(|backend| {
            for article in recoded {
                backend.execute(
                    "DELETE FROM events WHERE article = ?",
                    &[Value::Int(article.row)],
                )?;
                backend.execute(
                    "UPDATE articles SET coder_version = ? WHERE id = ?",
                    &[
                        Value::Text(article.coder_version.clone()),
                        Value::Int(article.row),
                    ],
                )?;
                insert_events(
                    backend,
                    article.row,
                    &article.coder_version,
                    &article.events,
                )?;
                written += article.events.len();
            }
            Ok(())
        })?;
        Ok(written)
    }

    /// Recomputes every cluster: `cluster` gets all stored events in id order and returns one
    /// [`ClusterInfo`] per event, in the same order. Only rows whose cluster changed are
    /// written, in one transaction. Returns how many rows changed.
    pub fn update_clusters(
        &mut self,
        cluster: impl FnOnce(&[StoredEvent]) -> Vec<ClusterInfo>,
    ) -> Result<usize, StoreError> {
        let events = self.events(&EventFilter::default())?;
        let clusters = cluster(&events);
        if clusters.len() != events.len() {
            return Err(StoreError::Malformed(format!(
                "the clustering returned {} clusters for {} events",
                clusters.len(),
                events.len()
            )));
        }
        let mut changed = 0;
        self.in_transaction(|backend| {
            for (event, new) in events.iter().zip(&clusters) {
                if event.cluster == *new {
                    continue;
                }
                backend.execute(
                    "UPDATE events SET cluster_id = ?, cluster_mentions = ?, cluster_sources = ?, \
                     cluster_articles = ? WHERE id = ?",
                    &[
                        Value::Int(new.id),
                        Value::Int(i64::from(new.num_mentions)),
                        Value::Int(i64::from(new.num_sources)),
                        Value::Int(i64::from(new.num_articles)),
                        Value::Int(event.id),
                    ],
                )?;
                changed += 1;
            }
            Ok(())
        })?;
        Ok(changed)
    }

    /// The stored events that pass `filter`, in id order.
    pub fn events(&mut self, filter: &EventFilter) -> Result<Vec<StoredEvent>, StoreError> {
        let mut sql = String::from(SELECT_EVENTS);
        let mut conditions = Vec::new();
        let mut params = Vec::new();
        if let Some(since) = &filter.since {
            conditions.push("e.event_date >= ?");
            params.push(Value::Text(since.clone()));
        }
        if let Some(until) = &filter.until {
            conditions.push("e.event_date <= ?");
            params.push(Value::Text(until.clone()));
        }
        if let Some(actor) = &filter.actor {
            conditions.push(
                "(substr(e.source_code, 1, ?) = ? OR substr(e.target_code, 1, ?) = ? \
                 OR e.source_country = ? OR e.target_country = ?)",
            );
            let length = Value::Int(actor.len() as i64);
            let actor = Value::Text(actor.clone());
            params.extend([
                length.clone(),
                actor.clone(),
                length,
                actor.clone(),
                actor.clone(),
                actor,
            ]);
        }
        if !conditions.is_empty() {
            sql.push_str(" WHERE ");
            sql.push_str(&conditions.join(" AND "));
        }
        sql.push_str(" ORDER BY e.id");
        let mut events = Vec::new();
        let mut seen_clusters = HashSet::new();
        self.backend.query_each(&sql, &params, &mut |row| {
            let event = stored_event(&row)?;
            if !filter.dedup || seen_clusters.insert(event.cluster.id) {
                events.push(event);
            }
            Ok(())
        })?;
        Ok(events)
    }

    /// How many articles, events and clusters the store holds.
    pub fn counts(&mut self) -> Result<Counts, StoreError> {
        let rows = self.backend.query(
            "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM events), \
             (SELECT COUNT(DISTINCT COALESCE(cluster_id, id)) FROM events)",
            &[],
        )?;
        let row = rows
            .first()
            .ok_or_else(|| StoreError::Malformed("COUNT returned no row".to_string()))?;
        Ok(Counts {
            articles: int_at(row, 0)? as u64,
            events: int_at(row, 1)? as u64,
            clusters: int_at(row, 2)? as u64,
        })
    }

    /// A canonical text dump of the whole store, one line per article and per event, that does
    /// not depend on row ids, insertion order or the backend: two stores holding the same
    /// articles, events and clusters dump the same text.
    pub fn dump(&mut self) -> Result<String, StoreError> {
        let article_rows = self.backend.query(
            "SELECT content_hash, article_key, date, title, source, url, origin, coder_version, \
             text FROM articles",
            &[],
        )?;
        let mut articles = Vec::with_capacity(article_rows.len());
        for row in &article_rows {
            let text = text_at(row, 8)?;
            articles.push(format!(
                "article {} {}",
                text_at(row, 0)?,
                serde_json::json!({
                    "id": text_at(row, 1)?,
                    "date": opt_text_at(row, 2)?,
                    "title": opt_text_at(row, 3)?,
                    "source": opt_text_at(row, 4)?,
                    "url": opt_text_at(row, 5)?,
                    "origin": text_at(row, 6)?,
                    "coder_version": text_at(row, 7)?,
                    "text_bytes": text.len(),
                })
            ));
        }
        articles.sort();
        let events = self.events(&EventFilter::default())?;
        // A mention's canonical name: its article's hash and its rank in the article (events
        // are written in the coder's order, so ids order them within an article).
        let mut rank_in_article: HashMap<String, usize> = HashMap::new();
        let mut names: HashMap<i64, String> = HashMap::new();
        let hashes = self.event_article_hashes()?;
        for event in &events {
            let hash = hashes.get(&event.id).cloned().unwrap_or_default();
            let rank = rank_in_article.entry(hash.clone()).or_insert(0);
            names.insert(event.id, format!("{hash}#{rank}"));
            *rank += 1;
        }
        let mut members: BTreeMap<i64, Vec<&str>> = BTreeMap::new();
        for event in &events {
            if let Some(name) = names.get(&event.id) {
                members.entry(event.cluster.id).or_default().push(name);
            }
        }
        let mut lines = articles;
        let mut event_lines = Vec::with_capacity(events.len());
        for event in &events {
            let mut cluster: Vec<&str> =
                members.get(&event.cluster.id).cloned().unwrap_or_default();
            cluster.sort_unstable();
            let record = serde_json::to_string(&event.record)
                .map_err(|error| StoreError::Malformed(error.to_string()))?;
            event_lines.push(format!(
                "event {} {} sentence={:?} coder={:?} cluster=[{}] mentions={} sources={} articles={}",
                names.get(&event.id).map(String::as_str).unwrap_or(""),
                record,
                event.sentence_text,
                event.coder_version,
                cluster.join(","),
                event.cluster.num_mentions,
                event.cluster.num_sources,
                event.cluster.num_articles,
            ));
        }
        event_lines.sort();
        lines.extend(event_lines);
        let mut dump = lines.join("\n");
        dump.push('\n');
        Ok(dump)
    }

    fn event_article_hashes(&mut self) -> Result<HashMap<i64, String>, StoreError> {
        let rows = self.backend.query(
            "SELECT e.id, a.content_hash FROM events e JOIN articles a ON a.id = e.article",
            &[],
        )?;
        rows.iter()
            .map(|row| Ok((int_at(row, 0)?, text_at(row, 1)?)))
            .collect()
    }

    fn in_transaction(
        &mut self,
        work: impl FnOnce(&mut dyn Backend) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let backend = self.backend.as_mut();
        backend.begin()?;
        match work(backend) {
            Ok(()) => backend.commit(),
            Err(error) => {
                // The error that matters is the first one; a failed rollback adds nothing.
                let _ = backend.rollback();
                Err(error)
            }
        }
    }
}

/// Events per multi-row INSERT: fewer statements (and round trips to a server), within
/// SQLite's limit of 32766 parameters.
const EVENTS_PER_INSERT: usize = 16;

fn insert_events(
    backend: &mut dyn Backend,
    article_row: i64,
    coder_version: &str,
    events: &[NewEvent],
) -> Result<(), StoreError> {
    for chunk in events.chunks(EVENTS_PER_INSERT) {
        let row = format!("(?, {})", vec!["?"; EVENT_COLUMN_COUNT].join(", "));
        let sql = format!(
            "INSERT INTO events (article, {EVENT_COLUMNS}) VALUES {}",
            vec![row.as_str(); chunk.len()].join(", ")
        );
        let mut params = Vec::with_capacity((EVENT_COLUMN_COUNT + 1) * chunk.len());
        for event in chunk {
            params.push(Value::Int(article_row));
            params.extend(record_values(
                &event.record,
                &event.sentence_text,
                coder_version,
            ));
        }
        backend.execute(&sql, &params)?;
    }
    Ok(())
}

fn opt_text(value: &Option<String>) -> Value {
    value.clone().map_or(Value::Null, Value::Text)
}

fn opt_int(value: Option<usize>) -> Value {
    value.map_or(Value::Null, |value| Value::Int(value as i64))
}

fn opt_real(value: Option<f64>) -> Value {
    value.map_or(Value::Null, Value::Real)
}

fn record_values(record: &EventRecord, sentence_text: &str, coder_version: &str) -> Vec<Value> {
    let text = |value: &str| Value::Text(value.to_string());
    vec![
        text(&record.article_id),
        Value::Int(record.sentence_index as i64),
        text(sentence_text),
        text(coder_version),
        opt_text(&record.event_date),
        opt_text(&record.date_granularity),
        opt_text(&record.date_source),
        text(&record.source_text),
        text(&record.source_code),
        text(&record.source_country),
        opt_text(&record.source_sector),
        opt_text(&record.target_text),
        opt_text(&record.target_code),
        opt_text(&record.target_country),
        opt_text(&record.target_sector),
        text(&record.cameo_code),
        text(&record.cameo_base),
        text(&record.cameo_root),
        opt_text(&record.plover_type),
        opt_text(&record.plover_mode),
        opt_text(&record.plover_context),
        Value::Real(f64::from(record.goldstein)),
        Value::Int(i64::from(record.quad_class)),
        text(&record.predicate_text),
        Value::Int(record.predicate_start as i64),
        Value::Int(record.predicate_end as i64),
        Value::Int(record.source_start as i64),
        Value::Int(record.source_end as i64),
        opt_int(record.target_start),
        opt_int(record.target_end),
        opt_text(&record.source_antecedent_text),
        opt_int(record.source_antecedent_start),
        opt_int(record.source_antecedent_end),
        opt_text(&record.target_antecedent_text),
        opt_int(record.target_antecedent_start),
        opt_int(record.target_antecedent_end),
        opt_text(&record.speaker_text),
        opt_text(&record.speaker_code),
        opt_int(record.quote_index),
        opt_text(&record.location_text),
        opt_text(&record.location_country),
        opt_real(record.location_lat),
        opt_real(record.location_lon),
        opt_text(&record.location_id),
        text(&record.rule),
        Value::Real(f64::from(record.confidence)),
        Value::Int(i64::from(record.schema)),
    ]
}

fn stored_event(row: &[Value]) -> Result<StoredEvent, StoreError> {
    // Column positions follow SELECT_EVENTS.
    let record = EventRecord {
        schema: small_at(row, 47)?,
        record: "event".to_string(),
        article_id: text_at(row, 1)?,
        sentence_index: usize_at(row, 2)?,
        event_date: opt_text_at(row, 5)?,
        date_granularity: opt_text_at(row, 6)?,
        date_source: opt_text_at(row, 7)?,
        source_text: text_at(row, 8)?,
        source_code: text_at(row, 9)?,
        source_country: text_at(row, 10)?,
        source_sector: opt_text_at(row, 11)?,
        target_text: opt_text_at(row, 12)?,
        target_code: opt_text_at(row, 13)?,
        target_country: opt_text_at(row, 14)?,
        target_sector: opt_text_at(row, 15)?,
        cameo_code: text_at(row, 16)?,
        cameo_base: text_at(row, 17)?,
        cameo_root: text_at(row, 18)?,
        plover_type: opt_text_at(row, 19)?,
        plover_mode: opt_text_at(row, 20)?,
        plover_context: opt_text_at(row, 21)?,
        goldstein: real_at(row, 22)? as f32,
        quad_class: small_at(row, 23)?,
        predicate_text: text_at(row, 24)?,
        predicate_start: usize_at(row, 25)?,
        predicate_end: usize_at(row, 26)?,
        source_start: usize_at(row, 27)?,
        source_end: usize_at(row, 28)?,
        target_start: opt_usize_at(row, 29)?,
        target_end: opt_usize_at(row, 30)?,
        source_antecedent_text: opt_text_at(row, 31)?,
        source_antecedent_start: opt_usize_at(row, 32)?,
        source_antecedent_end: opt_usize_at(row, 33)?,
        target_antecedent_text: opt_text_at(row, 34)?,
        target_antecedent_start: opt_usize_at(row, 35)?,
        target_antecedent_end: opt_usize_at(row, 36)?,
        speaker_text: opt_text_at(row, 37)?,
        speaker_code: opt_text_at(row, 38)?,
        quote_index: opt_usize_at(row, 39)?,
        location_text: opt_text_at(row, 40)?,
        location_country: opt_text_at(row, 41)?,
        location_lat: opt_real_at(row, 42)?,
        location_lon: opt_real_at(row, 43)?,
        location_id: opt_text_at(row, 44)?,
        rule: text_at(row, 45)?,
        confidence: real_at(row, 46)? as f32,
    };
    Ok(StoredEvent {
        id: int_at(row, 0)?,
        article: ArticleInfo {
            id: record.article_id.clone(),
            date: opt_text_at(row, 52)?,
            title: opt_text_at(row, 53)?,
            source: opt_text_at(row, 54)?,
            url: opt_text_at(row, 55)?,
        },
        record,
        sentence_text: text_at(row, 3)?,
        cluster: ClusterInfo {
            id: int_at(row, 48)?,
            num_mentions: small_at(row, 49)?,
            num_sources: small_at(row, 50)?,
            num_articles: small_at(row, 51)?,
        },
        coder_version: text_at(row, 4)?,
    })
}

fn value_at(row: &[Value], index: usize) -> Result<&Value, StoreError> {
    row.get(index)
        .ok_or_else(|| StoreError::Malformed(format!("missing column {index}")))
}

fn malformed(index: usize, wanted: &str, found: &Value) -> StoreError {
    StoreError::Malformed(format!(
        "column {index}: expected {wanted}, found {found:?}"
    ))
}

fn text_at(row: &[Value], index: usize) -> Result<String, StoreError> {
    match value_at(row, index)? {
        Value::Text(text) => Ok(text.clone()),
        other => Err(malformed(index, "text", other)),
    }
}

fn opt_text_at(row: &[Value], index: usize) -> Result<Option<String>, StoreError> {
    match value_at(row, index)? {
        Value::Null => Ok(None),
        _ => text_at(row, index).map(Some),
    }
}

fn int_at(row: &[Value], index: usize) -> Result<i64, StoreError> {
    match value_at(row, index)? {
        Value::Int(value) => Ok(*value),
        other => Err(malformed(index, "an integer", other)),
    }
}

fn usize_at(row: &[Value], index: usize) -> Result<usize, StoreError> {
    let value = int_at(row, index)?;
    usize::try_from(value).map_err(|_| malformed(index, "an offset", &Value::Int(value)))
}

fn opt_usize_at(row: &[Value], index: usize) -> Result<Option<usize>, StoreError> {
    match value_at(row, index)? {
        Value::Null => Ok(None),
        _ => usize_at(row, index).map(Some),
    }
}

fn small_at<T: TryFrom<i64>>(row: &[Value], index: usize) -> Result<T, StoreError> {
    let value = int_at(row, index)?;
    T::try_from(value).map_err(|_| malformed(index, "a small integer", &Value::Int(value)))
}

fn real_at(row: &[Value], index: usize) -> Result<f64, StoreError> {
    match value_at(row, index)? {
        Value::Real(value) => Ok(*value),
        Value::Int(value) => Ok(*value as f64),
        other => Err(malformed(index, "a number", other)),
    }
}

fn opt_real_at(row: &[Value], index: usize) -> Result<Option<f64>, StoreError> {
    match value_at(row, index)? {
        Value::Null => Ok(None),
        _ => real_at(row, index).map(Some),
    }
}

#[cfg(test)]
mod tests;
