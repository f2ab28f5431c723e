//! `detente ingest`: read articles from files and folders, code them on all cores and store
//! articles and events; and the machinery `detente recode` shares with it.
//!
//! Decisions (documented in the command's help):
//! - An article is identified by a content hash of its id, date, title, source, url and text;
//!   one already stored is skipped before coding, so re-running the same command changes
//!   nothing and costs only reading.
//! - Crash safety: articles are written with their events in transactions of `--batch`
//!   articles, in input order. Killing the process loses at most the open batch, which the next
//!   run codes again; clusters are derived data, recomputed at the end of every run.
//! - A record without a date is stored without one (its events keep a date found in their own
//!   clause, else none) with a warning; a malformed date skips the record. Plain-text files carry
//!   no date and are stored without warning.
//! - A record larger than `--max-article-bytes` (default 10 MiB) is skipped without being held
//!   in memory; so are invalid UTF-8 (unless `--lossy`), empty texts and broken JSON or CSV
//!   records, each reported with file and line. None of them stops the batch.

pub mod coding;
pub mod pipeline;
pub mod progress;
pub mod read;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use anyhow::Context;
use detente_code::ArticleInfo;
use detente_store::{NewArticle, Store};

use crate::exit::Outcome;
use coding::{coder_version, Coding};
use progress::Progress;
use read::{Item, ReadArticle, ReadOptions};

/// Read articles and store them with their events in a database (SQLite file or PostgreSQL).
///
/// Inputs are plain-text files (one article each; its id is the file name without extension),
/// folders of `.txt`, `.jsonl`, `.ndjson` and `.csv` files (walked recursively), JSON lines
/// (`id`, `date`, `title`, `source`, `url`, `text`) and CSV with those columns in a header row.
/// Articles already stored (same content) are skipped, so re-running a command adds nothing;
/// killing it and re-running it loses nothing. Bad records (invalid UTF-8, empty text, a
/// malformed date, a broken JSON line or CSV row, a record over --max-article-bytes) are
/// reported with file and line, counted and skipped; the exit code is then 4. A record without
/// a date is stored without one, with a warning.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files and folders to read.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub store: StoreArgs,
    #[command(flatten)]
    pub run: RunArgs,
    /// Skip records larger than this many bytes (a JSON line, a CSV row, a text file).
    #[arg(long, default_value_t = 10 * 1024 * 1024)]
    pub max_article_bytes: usize,
    /// Replace invalid UTF-8 with U+FFFD instead of skipping the record.
    #[arg(long)]
    pub lossy: bool,
    /// Read and code everything but write nothing (the store is not opened): the coding
    /// throughput ingest can reach, to compare with a real run.
    #[arg(long)]
    pub dry_run: bool,
}

/// Where the store is.
#[derive(Debug, Clone, clap::Args)]
pub struct StoreArgs {
    /// The store: a SQLite file (created when missing) or a `postgres://user@host/db` URL.
    #[arg(long, default_value = "detente.db")]
    pub db: String,
}

/// How coding runs.
#[derive(Debug, Clone, clap::Args)]
pub struct RunArgs {
    /// Worker threads coding articles (default: one per core).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Articles written per transaction.
    #[arg(long, default_value_t = 500, value_parser = clap::value_parser!(u64).range(1..))]
    pub batch: u64,
    /// Keep every event mention its own cluster instead of merging reports of one event.
    #[arg(long)]
    pub no_dedup: bool,
}

impl RunArgs {
    /// The number of worker threads.
    pub fn thread_count(&self) -> usize {
        self.threads
            .filter(|&threads| threads > 0)
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from))
    }
}

/// Counts for the summary, shared by the reader and the writer.
#[derive(Debug, Default)]
pub struct Tally {
    /// Records read (articles and skipped records).
    pub read: u64,
    /// Skipped records by reason.
    pub skipped: BTreeMap<&'static str, u64>,
    /// Warnings by reason (records stored anyway).
    pub warnings: BTreeMap<&'static str, u64>,
}

impl Tally {
    /// True when some record was skipped for a problem (not merely because it was stored
    /// before).
    pub fn has_problems(&self) -> bool {
        self.skipped
            .iter()
            .any(|(reason, count)| *reason != ALREADY_STORED && *count > 0)
    }

    /// `12 (3 malformed date, 9 already stored)`.
    pub fn skipped_line(&self) -> String {
        let total: u64 = self.skipped.values().sum();
        if total == 0 {
            return "0".to_string();
        }
        let parts: Vec<String> = self
            .skipped
            .iter()
            .map(|(reason, count)| format!("{count} {reason}"))
            .collect();
        format!("{total} ({})", parts.join(", "))
    }
}

const ALREADY_STORED: &str = "already stored";

/// Runs `detente ingest`.
pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let mut store = match args.dry_run {
        true => None,
        false => Some(open_store(&args.store.db)?),
    };
    let threads = args.run.thread_count();
    let (files, problems) = read::list_files(&args.paths);
    let total_bytes = files.iter().map(|file| file.bytes).sum();
    let progress = Mutex::new(Progress::new("ingest", total_bytes));
    let tally = Mutex::new(Tally::default());
    let report = |kind: &str, skip: &read::Skip| {
        lock(&progress).message(&format!(
            "detente: {kind}: {}: {}",
            skip.origin, skip.message
        ));
    };
    for problem in &problems {
        report("skipped", problem);
        *lock(&tally).skipped.entry(problem.reason).or_default() += 1;
    }
    let mut known = match &mut store {
        Some(store) => store
            .known_hashes()
            .context("cannot read the stored articles")?,
        None => Default::default(),
    };
    let options = ReadOptions {
        max_record_bytes: args.max_article_bytes,
        lossy: args.lossy,
    };
    let bytes_before = AtomicU64::new(0);
    let version = coder_version();
    let workers = (0..threads)
        .map(|_| Coding::builtin())
        .collect::<anyhow::Result<Vec<_>>>()?;
    let mut batch: Vec<NewArticle> = Vec::new();
    let mut written = detente_store::WriteCounts::default();
    let produce = |send: &mut dyn FnMut(ReadArticle) -> bool| -> anyhow::Result<()> {
        for file in &files {
            let mut sink = |item: Item| -> bool {
                match item {
                    Item::Article(read) => {
                        lock(&tally).read += 1;
                        let info = article_info(&read.article);
                        let hash = detente_store::content_hash(&info, &read.article.text);
                        if !known.insert(hash) {
                            *lock(&tally).skipped.entry(ALREADY_STORED).or_default() += 1;
                            return true;
                        }
                        send(*read)
                    }
                    Item::Skipped(skip) => {
                        let mut tally = lock(&tally);
                        tally.read += 1;
                        *tally.skipped.entry(skip.reason).or_default() += 1;
                        drop(tally);
                        report("skipped", &skip);
                        true
                    }
                    Item::Warning(skip) => {
                        *lock(&tally).warnings.entry(skip.reason).or_default() += 1;
                        report("warning", &skip);
                        true
                    }
                }
            };
            let base = bytes_before.load(Ordering::Relaxed);
            let mut on_progress = |bytes: u64| {
                lock(&progress).bytes.0 = base + bytes.min(file.bytes);
            };
            read::read_file(file, options, &mut sink, &mut on_progress);
            bytes_before.fetch_add(file.bytes, Ordering::Relaxed);
        }
        Ok(())
    };
    let work = |coding: &Coding<'static>, read: ReadArticle| -> Result<NewArticle, read::Skip> {
        match coding.code_one(&read.article) {
            Ok(events) => Ok(NewArticle {
                info: article_info(&read.article),
                text: read.article.text,
                origin: read.origin,
                coder_version: version.to_string(),
                events,
            }),
            Err(message) => Err(read::Skip {
                origin: read.origin,
                reason: "coder failure",
                message,
            }),
        }
    };
    let batch_size = args.run.batch as usize;
    let mut write = |batch: &mut Vec<NewArticle>| -> anyhow::Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        let counts = match &mut store {
            Some(store) => store
                .write_articles(batch)
                .context("cannot write to the store")?,
            None => detente_store::WriteCounts {
                articles: batch.len(),
                already_stored: 0,
                events: batch.iter().map(|article| article.events.len()).sum(),
            },
        };
        written.articles += counts.articles;
        written.events += counts.events;
        written.already_stored += counts.already_stored;
        let mut progress = lock(&progress);
        progress.articles += batch.len() as u64;
        progress.events += counts.events as u64;
        progress.tick();
        batch.clear();
        Ok(())
    };
    pipeline::run(workers, produce, work, |coded| {
        match coded {
            Ok(article) => batch.push(article),
            Err(skip) => {
                *lock(&tally).skipped.entry(skip.reason).or_default() += 1;
                report("skipped", &skip);
            }
        }
        if batch.len() >= batch_size {
            write(&mut batch)?;
        }
        Ok(())
    })?;
    write(&mut batch)?;
    if written.already_stored > 0 {
        // Stored by another process meanwhile.
        *lock(&tally).skipped.entry(ALREADY_STORED).or_default() += written.already_stored as u64;
    }
    let merged = match &mut store {
        Some(store) => update_clusters(store, args.run.no_dedup)?,
        None => 0,
    };
    let mut progress = progress
        .into_inner()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    progress.finish();
    let tally = tally
        .into_inner()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    summarize(
        "ingest",
        &progress,
        &tally,
        written.articles as u64,
        written.events as u64,
        merged,
        store.as_mut(),
    )?;
    Ok(if tally.has_problems() {
        Outcome::Partial
    } else {
        Outcome::Success
    })
}

/// Opens the store named by `--db`.
pub fn open_store(location: &str) -> anyhow::Result<Store> {
    Store::open(location).with_context(|| {
        let shown = if location.contains('@') {
            "the PostgreSQL store"
        } else {
            location
        };
        format!("cannot open the store {shown}")
    })
}

/// Recomputes every cluster (or makes every mention its own with `no_dedup`); returns how many
/// mentions changed cluster.
pub fn update_clusters(store: &mut Store, no_dedup: bool) -> anyhow::Result<usize> {
    let changed = if no_dedup {
        store.update_clusters(|events| {
            events
                .iter()
                .map(|event| detente_code::ClusterInfo {
                    id: event.id,
                    num_mentions: 1,
                    num_sources: 1,
                    num_articles: 1,
                })
                .collect()
        })
    } else {
        store.update_clusters(|events| {
            detente_export::dedup::cluster(events, &detente_export::dedup::DedupRule::default())
        })
    };
    changed.context("cannot update the event clusters")
}

/// Prints the summary lines.
pub fn summarize(
    verb: &str,
    progress: &Progress,
    tally: &Tally,
    articles: u64,
    events: u64,
    cluster_changes: usize,
    store: Option<&mut Store>,
) -> anyhow::Result<()> {
    let elapsed = progress.elapsed();
    let warnings: Vec<String> = tally
        .warnings
        .iter()
        .map(|(reason, count)| format!("{count} {reason}"))
        .collect();
    let warnings = if warnings.is_empty() {
        String::new()
    } else {
        format!("; warnings: {}", warnings.join(", "))
    };
    eprintln!(
        "detente: {verb}: read {} records, skipped {}{warnings}",
        tally.read,
        tally.skipped_line()
    );
    eprintln!(
        "detente: {verb}: wrote {articles} articles and {events} events in {:.1} s ({:.1} articles/s, {:.1} events/s); {cluster_changes} mentions changed cluster",
        elapsed,
        articles as f64 / elapsed.max(1e-9),
        events as f64 / elapsed.max(1e-9),
    );
    let Some(store) = store else {
        eprintln!("detente: {verb}: dry run, nothing stored");
        return Ok(());
    };
    let counts = store.counts().context("cannot count the stored rows")?;
    eprintln!(
        "detente: {verb}: the store ({}) holds {} articles, {} events in {} clusters",
        store.backend_name(),
        counts.articles,
        counts.events,
        counts.clusters
    );
    Ok(())
}

fn article_info(article: &crate::article::Article) -> ArticleInfo {
    ArticleInfo {
        id: article.id.clone(),
        date: article.date.map(|date| date.to_string()),
        title: article.title.clone(),
        source: article.source.clone(),
        url: article.url.clone(),
    }
}

/// Locks a mutex, taking the value even if another thread panicked while holding it.
pub fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}
