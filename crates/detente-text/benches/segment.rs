//! Segmentation throughput, next to a peer measured in the same run.
//!
//! Run with `cargo bench -p detente-text --bench segment`. The text is the raw text of the UD
//! English EWT test set plus the news sample from `../shared/data` (each repeated to about 8 MB),
//! and a generated 50 MB single-line document. The peer is the `unicode-segmentation` crate's
//! UAX #29 word-boundary iterator, which does strictly less (no sentences, no abbreviations, no
//! contractions), so the ratio says what our extra rules cost.

use std::time::{Duration, Instant};

use unicode_segmentation::UnicodeSegmentation;

fn main() {
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data");
    let mut corpora: Vec<(String, String)> = Vec::new();
    match std::fs::read_to_string(format!("{data}/ud-ewt/en_ewt-ud-test.conllu")) {
        Ok(conllu) => corpora.push((
            "ewt-test".to_string(),
            repeat_to(&treebank_text(&conllu), 8_000_000),
        )),
        Err(error) => eprintln!("skipping EWT: {error}"),
    }
    match std::fs::read_to_string(format!("{data}/news/guardian-2019-sample.jsonl")) {
        Ok(jsonl) => corpora.push(("news".to_string(), repeat_to(&news_text(&jsonl), 8_000_000))),
        Err(error) => eprintln!("skipping news: {error}"),
    }
    let line = "Russia's Deputy Prime Minister said on Thursday that Moscow won't choose between \
                Beijing and the U.S., adding: \"We talk to both.\" ";
    corpora.push((
        "generated-50MB-one-line".to_string(),
        line.repeat(50_000_000 / line.len()),
    ));

    println!(
        "{:<26} {:>10} {:>12} {:>12} {:>7}",
        "corpus", "MB", "detente MB/s", "uax29 MB/s", "ratio"
    );
    for (name, text) in &corpora {
        let ours = best_of(text, |t| {
            let segmentation = detente_text::segment(t);
            segmentation.tokens.len() + segmentation.sentences.len()
        });
        let peer = best_of(text, |t| {
            t.split_word_bounds()
                .filter(|w| !w.trim().is_empty())
                .count()
        });
        println!(
            "{name:<26} {:>10.1} {:>12.1} {:>12.1} {:>7.2}",
            text.len() as f64 / 1e6,
            ours,
            peer,
            ours / peer
        );
    }
}

/// Millions of bytes per second of the fastest of at least three runs (at least 2 s in all).
fn best_of(text: &str, run: impl Fn(&str) -> usize) -> f64 {
    let started = Instant::now();
    let mut best = Duration::MAX;
    let mut runs = 0;
    while runs < 3 || started.elapsed() < Duration::from_secs(2) {
        let run_started = Instant::now();
        std::hint::black_box(run(text));
        best = best.min(run_started.elapsed());
        runs += 1;
    }
    text.len() as f64 / best.as_secs_f64() / 1e6
}

fn treebank_text(conllu: &str) -> String {
    let mut text = String::new();
    for line in conllu.lines() {
        if line.starts_with("# newpar") || line.starts_with("# newdoc") {
            text.push_str("\n\n");
        } else if let Some(sentence) = line.strip_prefix("# text = ") {
            text.push_str(sentence);
            text.push(' ');
        }
    }
    text
}

fn news_text(jsonl: &str) -> String {
    // Pull the "text" values out without a JSON dependency: good enough for a benchmark corpus.
    let mut text = String::new();
    for line in jsonl.lines() {
        if let Some(start) = line
            .find("\"text\": \"")
            .map(|i| i + 9)
            .or_else(|| line.find("\"text\":\"").map(|i| i + 8))
        {
            let body = &line[start..];
            let end = body.rfind('"').unwrap_or(body.len());
            text.push_str(&body[..end].replace("\\n", "\n").replace("\\\"", "\""));
            text.push_str("\n\n");
        }
    }
    text
}

fn repeat_to(text: &str, size: usize) -> String {
    if text.is_empty() {
        return String::new();
    }
    text.repeat(size.div_ceil(text.len()))
}
