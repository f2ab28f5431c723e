//! `detente recode`: code the stored articles again after a lexicon or model change.

use std::sync::Mutex;

use anyhow::Context;
use detente_store::Recoded;

use crate::article::{Article, Date};
use crate::cmd::ingest::coding::{coder_version, Coding};
use crate::cmd::ingest::progress::Progress;
use crate::cmd::ingest::{self, lock, pipeline, RunArgs, StoreArgs, Tally};
use crate::exit::Outcome;

/// Code the stored articles again with this build's lexicon and models, replacing their events.
///
/// Only articles whose events another coder version produced are re-coded (all with --all);
/// every event records the coder version that produced it (`detente 0.1.0 lexicon … models …`).
/// Articles are re-coded in transactions of --batch: killing the command and running it again
/// finishes the work without doing it twice.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub store: StoreArgs,
    #[command(flatten)]
    pub run: RunArgs,
    /// Re-code every article, also those this coder version produced.
    #[arg(long)]
    pub all: bool,
}

/// Articles read from the store per query.
const PAGE: usize = 200;

/// Runs `detente recode`.
pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let mut store = ingest::open_store(&args.store.db)?;
    // A second connection reads the articles while the first writes.
    let mut reader = ingest::open_store(&args.store.db)?;
    let version = coder_version();
    let threads = args.run.thread_count();
    let workers = (0..threads)
        .map(|_| Coding::builtin())
        .collect::<anyhow::Result<Vec<_>>>()?;
    let progress = Mutex::new(Progress::new("recode", 0));
    let tally = Mutex::new(Tally::default());
    let not_coded_by = (!args.all).then_some(version);
    let produce = |send: &mut dyn FnMut((i64, Article)) -> bool| -> anyhow::Result<()> {
        let mut after = 0;
        loop {
            let page = reader
                .articles_after(after, PAGE, not_coded_by)
                .context("cannot read the stored articles")?;
            let Some(last) = page.last() else {
                return Ok(());
            };
            after = last.row;
            for stored in page {
                lock(&tally).read += 1;
                let date = match stored.info.date.as_deref().map(Date::parse) {
                    None => None,
                    Some(Ok(date)) => Some(date),
                    Some(Err(message)) => {
                        // Dates are checked on ingest; a store edited by hand may differ.
                        lock(&progress).message(&format!(
                            "detente: warning: stored article `{}`: {message}; coded without a date",
                            stored.info.id
                        ));
                        None
                    }
                };
                let article = Article {
                    id: stored.info.id,
                    date,
                    title: stored.info.title,
                    source: stored.info.source,
                    url: stored.info.url,
                    text: stored.text,
                };
                if !send((stored.row, article)) {
                    return Ok(());
                }
            }
        }
    };
    let work = |coding: &Coding<'static>, (row, article): (i64, Article)| {
        coding
            .code_one(&article)
            .map(|events| Recoded {
                row,
                coder_version: version.to_string(),
                events,
            })
            .map_err(|message| format!("stored article `{}`: {message}", article.id))
    };
    let mut batch: Vec<Recoded> = Vec::new();
    let (mut articles, mut events) = (0u64, 0u64);
    let batch_size = args.run.batch as usize;
    let mut write = |batch: &mut Vec<Recoded>| -> anyhow::Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        let written = store
            .replace_events(batch)
            .context("cannot write to the store")?;
        articles += batch.len() as u64;
        events += written as u64;
        let mut progress = lock(&progress);
        progress.articles = articles;
        progress.events = events;
        progress.tick();
        batch.clear();
        Ok(())
    };
    pipeline::run(workers, produce, work, |coded| {
        match coded {
            Ok(recoded) => batch.push(recoded),
            Err(message) => {
                *lock(&tally).skipped.entry("coder failure").or_default() += 1;
                lock(&progress).message(&format!("detente: skipped: {message}"));
            }
        }
        if batch.len() >= batch_size {
            write(&mut batch)?;
        }
        Ok(())
    })?;
    write(&mut batch)?;
    let merged = ingest::update_clusters(&mut store, args.run.no_dedup)?;
    let mut progress = progress
        .into_inner()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    progress.finish();
    let tally = tally
        .into_inner()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    ingest::summarize(
        "recode",
        &progress,
        &tally,
        articles,
        events,
        merged,
        Some(&mut store),
    )?;
    Ok(if tally.has_problems() {
        Outcome::Partial
    } else {
        Outcome::Success
    })
}
