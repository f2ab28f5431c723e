//! `detente eval segment`: sentence splitting and tokenization scored against a treebank.

use std::io::Write;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::Context;
use detente_nlp::{conllu, score};

use crate::exit::{Failure, Outcome};
use crate::input;

/// Score the segmenter on a CoNLL-U treebank.
///
/// The raw text is rebuilt from the `# text` comments as the CoNLL 2018 shared task did
/// (sentences joined by a space, a blank line before each paragraph and document), segmented,
/// and aligned with the gold tokens by character. Prints a summary and, as the last line, a JSON
/// object with `tokens_f1`, `sentences_f1`, `words_f1` and `mb_per_sec` (millions of bytes of
/// raw text segmented per second on one thread).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The treebank, e.g. ../shared/data/ud-ewt/en_ewt-ud-test.conllu.
    pub treebank: PathBuf,
    /// Minimum time spent timing the segmenter, in milliseconds.
    #[arg(long, default_value_t = 1000)]
    pub timing_ms: u64,
}

/// Runs `detente eval segment`.
pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let name = args.treebank.display().to_string();
    let bytes = input::read_bytes(Some(&args.treebank))?;
    let text = input::decode(bytes, false, &name)?;
    let gold =
        conllu::parse(&text).map_err(|error| Failure::InvalidInput(format!("{name}: {error}")))?;
    let raw = score::raw_text(&gold);

    let segmentation = detente_text::segment(&raw);
    let (scores, _) = score::score(&gold, &raw, &segmentation).with_context(|| {
        format!("{name}: the raw text rebuilt from `# text` does not match the tokens")
    })?;
    let mb_per_sec = throughput(&raw, Duration::from_millis(args.timing_ms));

    let mut out = std::io::stdout().lock();
    for (what, counts) in [
        ("tokens", scores.tokens),
        ("sentences", scores.sentences),
        ("words", scores.words),
    ] {
        writeln!(
            out,
            "{what:<10} gold {:>7}  system {:>7}  correct {:>7}  P {:.4}  R {:.4}  F1 {:.4}",
            counts.gold,
            counts.system,
            counts.correct,
            counts.precision(),
            counts.recall(),
            counts.f1()
        )?;
    }
    let summary = serde_json::json!({
        "treebank": name,
        "bytes": raw.len(),
        "tokens_f1": round4(scores.tokens.f1()),
        "tokens_precision": round4(scores.tokens.precision()),
        "tokens_recall": round4(scores.tokens.recall()),
        "sentences_f1": round4(scores.sentences.f1()),
        "sentences_precision": round4(scores.sentences.precision()),
        "sentences_recall": round4(scores.sentences.recall()),
        "words_f1": round4(scores.words.f1()),
        "mb_per_sec": (mb_per_sec * 10.0).round() / 10.0,
    });
    writeln!(out, "{summary}")?;
    Ok(Outcome::Success)
}

/// Segments `text` repeatedly for at least `budget` (and at least three times) and returns
/// millions of bytes per second of the fastest run, the one least disturbed by other work.
pub fn throughput(text: &str, budget: Duration) -> f64 {
    let started = Instant::now();
    let mut best = Duration::MAX;
    let mut runs = 0;
    while runs < 3 || started.elapsed() < budget {
        let run_started = Instant::now();
        let segmentation = detente_text::segment(text);
        std::hint::black_box(&segmentation);
        best = best.min(run_started.elapsed());
        runs += 1;
    }
    text.len() as f64 / best.as_secs_f64().max(1e-9) / 1e6
}

fn round4(value: f64) -> f64 {
    (value * 10_000.0).round() / 10_000.0
}
