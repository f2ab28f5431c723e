//! Tag, tag + lemmatize, and tag + lemmatize + parse speed on one core: words per second over
//! EWT test (gold tokens), with the embedded models, and the time to load them.
//!
//! Run with `cargo bench -p detente-nlp --bench nlp`. Reads
//! `../shared/data/ud-ewt/en_ewt-ud-test.conllu`; `DETENTE_BENCH_SECONDS` sets how long each
//! measurement repeats (default 3); the fastest run is reported.

use std::time::{Duration, Instant};

use detente_nlp::conllu;
use detente_nlp::pipeline::Analyzer;

/// The allocator of the `detente` binary, so that the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/ud-ewt/en_ewt-ud-test.conllu"
    );
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("nlp bench skipped: {path}: {error}");
            return;
        }
    };
    let sentences = match conllu::parse(&text) {
        Ok(sentences) => sentences,
        Err(error) => {
            eprintln!("nlp bench: {path}: {error}");
            return;
        }
    };
    let budget = Duration::from_secs_f64(
        std::env::var("DETENTE_BENCH_SECONDS")
            .ok()
            .and_then(|value| value.parse().ok())
            .unwrap_or(3.0),
    );
    let loading = Instant::now();
    let analyzer = match Analyzer::default_english() {
        Ok(analyzer) => analyzer,
        Err(error) => {
            eprintln!("nlp bench: cannot load the embedded models: {error}");
            return;
        }
    };
    let load_ms = loading.elapsed().as_secs_f64() * 1000.0;
    let forms: Vec<Vec<&str>> = sentences
        .iter()
        .map(|sentence| {
            sentence
                .words
                .iter()
                .map(|word| word.form.as_str())
                .collect()
        })
        .collect();
    let words: usize = forms.iter().map(Vec::len).sum();
    let tagger = &analyzer.tagger().tagger;

    let tag_only = best_rate(budget, words, || {
        for forms in &forms {
            std::hint::black_box(tagger.tag(forms));
        }
    });
    let without_parser = Analyzer::new(analyzer.tagger().clone(), None);
    let tag_lemma = best_rate(budget, words, || {
        for forms in &forms {
            std::hint::black_box(without_parser.analyze(forms));
        }
    });
    let full = best_rate(budget, words, || {
        for forms in &forms {
            std::hint::black_box(analyzer.analyze(forms));
        }
    });
    println!("load: {load_ms:.1} ms (tagger + lemmatizer + parser)");
    println!("tag only:                 {tag_only:>9.0} words/s");
    println!("tag + lemmatize + feats:  {tag_lemma:>9.0} words/s");
    println!("tag + lemmatize + parse:  {full:>9.0} words/s");
    println!(
        "{{\"load_ms\":{load_ms:.1},\"tag_words_per_sec\":{tag_only:.0},\"tag_lemma_words_per_sec\":{tag_lemma:.0},\"analyze_words_per_sec\":{full:.0},\"words\":{words}}}"
    );
}

/// `units` per second of the fastest of the runs of `work` made within `budget` (at least 2).
fn best_rate(budget: Duration, units: usize, mut work: impl FnMut()) -> f64 {
    let started = Instant::now();
    let mut best = Duration::MAX;
    let mut runs = 0;
    while runs < 2 || started.elapsed() < budget {
        let run_started = Instant::now();
        work();
        best = best.min(run_started.elapsed());
        runs += 1;
    }
    units as f64 / best.as_secs_f64().max(1e-9)
}
