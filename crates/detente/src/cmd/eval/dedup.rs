//! `detente eval dedup`: the deduplication rule measured on a generated corpus with known
//! duplicates.

use std::time::Instant;

use detente_export::dedup::{cluster, DedupRule};
use detente_export::synthetic::{exact_match_labels, generate, score, score_labels, Scores};

use crate::exit::Outcome;

/// Score event deduplication on a generated corpus whose true events are known.
///
/// The corpus (see `detente_export::synthetic`) reports each true event by one to a dozen
/// mentions with date lag, missing sectors, reversed reciprocal dyads and other noise, and holds
/// hard twins: recurrences weeks later, neighbouring codes, the same act days later, other
/// sectors. Prints pairwise merge precision and recall and B-cubed precision and recall for the
/// default rule, a few variants and the exact-match baseline, and the time the default rule
/// takes. The last line is a JSON object with the default rule's numbers.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// How many true events to generate (before their hard twins); mentions are about 3 times
    /// as many.
    #[arg(long, default_value_t = 20_000)]
    pub events: usize,
    /// Seed of the generator.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}

/// Runs `detente eval dedup`.
pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let corpus = generate(args.events, args.seed);
    println!(
        "corpus: {} mentions of {} true events (seed {})",
        corpus.events.len(),
        corpus.true_events,
        args.seed
    );
    println!(
        "{:<34} {:>9} {:>9} {:>9} {:>9} {:>9}",
        "rule", "pair_P", "pair_R", "bcubed_P", "bcubed_R", "clusters"
    );
    let print = |name: &str, scores: &Scores| {
        println!(
            "{name:<34} {:>9.4} {:>9.4} {:>9.4} {:>9.4} {:>9}",
            scores.pair_precision,
            scores.pair_recall,
            scores.bcubed_precision,
            scores.bcubed_recall,
            scores.clusters
        );
    };
    let default_rule = DedupRule::default();
    let started = Instant::now();
    let clusters = cluster(&corpus.events, &default_rule);
    let seconds = started.elapsed().as_secs_f64();
    let default_scores = score(&corpus, &clusters);
    print(
        &format!(
            "default (window {}, span {})",
            default_rule.window_days, default_rule.max_span_days
        ),
        &default_scores,
    );
    let variants = [
        ("window 0, span 0", 0, 0, true),
        ("window 2, span 3", 2, 3, true),
        ("window 2, span 30", 2, 30, true),
        ("window 1, span 2, directed", 1, 2, false),
    ];
    for (name, window_days, max_span_days, reciprocal) in variants {
        let rule = DedupRule {
            window_days,
            max_span_days,
            reciprocal,
        };
        print(name, &score(&corpus, &cluster(&corpus.events, &rule)));
    }
    let baseline = exact_match_labels(&corpus.events);
    print(
        "exact match (codes + date)",
        &score_labels(&baseline, &corpus.truth),
    );
    println!(
        "default rule: {} mentions clustered in {seconds:.3} s",
        corpus.events.len()
    );
    println!(
        "{}",
        serde_json::json!({
            "mentions": corpus.events.len(),
            "true_events": corpus.true_events,
            "pair_precision": default_scores.pair_precision,
            "pair_recall": default_scores.pair_recall,
            "bcubed_precision": default_scores.bcubed_precision,
            "bcubed_recall": default_scores.bcubed_recall,
            "clusters": default_scores.clusters,
            "seconds": seconds,
        })
    );
    Ok(Outcome::Success)
}
