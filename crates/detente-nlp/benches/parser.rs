//! Parser speed on one core: tokens per second over EWT test with gold tokens and tags, and
//! the attachment scores on EWT dev and test with gold tags.
//!
//! Run with `cargo bench -p detente-nlp --bench parser`. Reads `models/en_ewt.parser` (or the
//! file named by `DETENTE_PARSER_MODEL`) and `../shared/data/ud-ewt/en_ewt-ud-test.conllu`.
//! With `DETENTE_PARSER_DUMP=FILE` it also writes every arc it predicts on EWT dev and test
//! (gold tags), one `head label` line per word, so that two builds can be compared byte for byte.

use std::time::Instant;

use detente_nlp::conllu;
use detente_nlp::parser::{self, Parser, ParserWord};

/// The allocator of the `detente` binary, so that the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let model_path = std::env::var("DETENTE_PARSER_MODEL")
        .unwrap_or_else(|_| format!("{root}/models/en_ewt.parser"));
    let test_path = format!("{root}/../shared/data/ud-ewt/en_ewt-ud-test.conllu");
    let (bytes, text) = match (
        std::fs::read(&model_path),
        std::fs::read_to_string(&test_path),
    ) {
        (Ok(bytes), Ok(text)) => (bytes, text),
        (model, test) => {
            eprintln!(
                "parser bench skipped: model {model_path}: {:?}, test {test_path}: {:?}",
                model.err(),
                test.err()
            );
            return;
        }
    };
    let start = Instant::now();
    let parser = match Parser::from_bytes(&bytes) {
        Ok(parser) => parser,
        Err(error) => {
            eprintln!("parser bench: cannot load {model_path}: {error}");
            return;
        }
    };
    let load_ms = start.elapsed().as_secs_f64() * 1000.0;
    let sentences = match conllu::parse(&text) {
        Ok(sentences) => sentences,
        Err(error) => {
            eprintln!("parser bench: cannot read {test_path}: {error}");
            return;
        }
    };
    let inputs: Vec<Vec<ParserWord<'_>>> = sentences
        .iter()
        .map(|sentence| {
            sentence
                .words
                .iter()
                .map(|word| ParserWord {
                    form: &word.form,
                    lemma: &word.lemma,
                    upos: &word.upos,
                    xpos: &word.xpos,
                })
                .collect()
        })
        .collect();
    let tokens: usize = inputs.iter().map(Vec::len).sum();
    // Warm up, then take the best of the timed passes.
    let mut checksum = 0usize;
    for words in &inputs {
        checksum += parser.parse(words).len();
    }
    let passes = std::env::var("DETENTE_BENCH_PASSES")
        .ok()
        .and_then(|passes| passes.parse().ok())
        .unwrap_or(PASSES)
        .max(1);
    let mut best = f64::MAX;
    let cpu_start = thread_cpu_seconds();
    for _ in 0..passes {
        let start = Instant::now();
        for words in &inputs {
            checksum += parser
                .parse(words)
                .iter()
                .map(|arc| arc.head)
                .sum::<usize>();
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    let cpu = match (cpu_start, thread_cpu_seconds()) {
        (Some(start), Some(end)) if end > start => {
            format!(
                ", {:.0} tokens per CPU second",
                (passes * tokens) as f64 / (end - start)
            )
        }
        _ => String::new(),
    };
    let (features, weights) = parser.size();
    let dev_path = format!("{root}/../shared/data/ud-ewt/en_ewt-ud-dev.conllu");
    let dev = std::fs::read_to_string(&dev_path)
        .ok()
        .and_then(|text| conllu::parse(&text).ok());
    let mut dump = String::new();
    for (name, set) in [("dev", dev.as_deref()), ("test", Some(&sentences[..]))] {
        if let Some(set) = set {
            if std::env::var_os("DETENTE_PARSER_DUMP").is_some() {
                dump_arcs(&parser, set, &mut dump);
            }
            let scores = parser::evaluate(&parser, set, None);
            println!(
                "parser {name} with gold tags: UAS {:.4} LAS {:.4} (universal labels {:.4}), {} words",
                scores.uas(),
                scores.las(),
                scores.las_universal(),
                scores.words
            );
        }
    }
    if let Some(path) = std::env::var_os("DETENTE_PARSER_DUMP") {
        if let Err(error) = std::fs::write(&path, &dump) {
            eprintln!(
                "parser bench: cannot write {}: {error}",
                path.to_string_lossy()
            );
        }
    }
    println!(
        "parser: {tokens} tokens in {best:.3} s = {:.0} tokens/s (best of {passes}, one core{cpu}); model {:.1} MB, {features} features, {weights} weights, loaded in {load_ms:.0} ms [{checksum}]",
        tokens as f64 / best,
        bytes.len() as f64 / 1e6,
    );
}

/// Timed passes over EWT test, unless `DETENTE_BENCH_PASSES` says otherwise (1 under callgrind).
const PASSES: usize = 5;

/// Appends the predicted arcs of `sentences` (gold tags) to `out`: one line per word, a blank
/// line after each sentence.
fn dump_arcs(parser: &Parser, sentences: &[conllu::Sentence], out: &mut String) {
    use std::fmt::Write;
    for sentence in sentences {
        let words: Vec<ParserWord<'_>> = sentence
            .words
            .iter()
            .map(|word| ParserWord {
                form: &word.form,
                lemma: &word.lemma,
                upos: &word.upos,
                xpos: &word.xpos,
            })
            .collect();
        for arc in parser.parse(&words) {
            let _ = writeln!(out, "{} {}", arc.head, arc.deprel);
        }
        out.push('\n');
    }
}

/// CPU time of this thread (Linux: `/proc/thread-self/stat`, in 1/100 s), to tell the parser's
/// own speed from waiting for a busy machine.
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    let fields: Vec<&str> = stat.rsplit(')').next()?.split_whitespace().collect();
    let user: f64 = fields.get(11)?.parse().ok()?;
    let system: f64 = fields.get(12)?.parse().ok()?;
    Some((user + system) / 100.0)
}
