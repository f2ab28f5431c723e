//! `detente eval coref`: coreference links, quotes and speakers scored against annotated
//! articles.

use std::io::Write;
use std::path::PathBuf;

use detente_code::Coder;
use detente_doc::eval::{parse_annotated, score_article, Score};
use detente_lexicon::Lexicon;
use detente_nlp::pipeline::Analyzer;

use crate::exit::{Failure, Outcome};
use crate::input;

/// Score coreference (per-link precision, recall, F1), quote finding, speakers and
/// reported-by sources on hand-annotated articles (`*.txt` in the format of
/// `crates/detente-doc/src/eval.rs`). Every mistake is printed as `file:line: …`; the last line
/// is a JSON object with the numbers.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder of annotated articles.
    #[arg(default_value = "crates/detente-doc/tests/coref")]
    pub dir: PathBuf,
}

/// Runs `detente eval coref`.
pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(&args.dir)
        .map_err(|error| {
            Failure::InvalidInput(format!("cannot read {}: {error}", args.dir.display()))
        })?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|extension| extension == "txt"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(Failure::InvalidInput(format!(
            "{}: no annotated articles (*.txt)",
            args.dir.display()
        ))
        .into());
    }
    let analyzer = Analyzer::shared_english()
        .map_err(|error| anyhow::anyhow!("the embedded models do not load: {error}"))?;
    let coder = Coder::new(Lexicon::builtin());
    let mut out = std::io::stdout().lock();
    let mut total = Score::default();
    let mut invalid = Vec::new();
    for path in &files {
        let name = path.display().to_string();
        let text = input::decode(input::read_bytes(Some(path))?, false, &name)?;
        let annotated = match parse_annotated(&name, &text) {
            Ok(annotated) => annotated,
            Err(errors) => {
                invalid.extend(errors.iter().map(ToString::to_string));
                continue;
            }
        };
        let read = detente_doc::read_article(&coder, analyzer, &annotated.text, annotated.date);
        let (score, mistakes) = score_article(&annotated, &read);
        for mistake in mistakes {
            writeln!(out, "{mistake}")?;
        }
        total.add(&score);
    }
    if !invalid.is_empty() {
        for message in &invalid {
            eprintln!("detente: {message}");
        }
        return Err(Failure::InvalidInput(format!(
            "{} problem(s) in the annotations",
            invalid.len()
        ))
        .into());
    }
    let ratio = |part: usize, whole: usize| {
        if whole == 0 {
            1.0
        } else {
            part as f64 / whole as f64
        }
    };
    let round = |value: f64| (value * 10_000.0).round() / 10_000.0;
    writeln!(
        out,
        "articles {}: links gold {} predicted {} correct {}; quotes {} found {} speakers right {}; sources {} right {}",
        files.len(),
        total.links_gold,
        total.links_predicted,
        total.links_correct,
        total.quotes_gold,
        total.quotes_found,
        total.speakers_correct,
        total.vias_gold,
        total.vias_correct
    )?;
    let summary = serde_json::json!({
        "articles": files.len(),
        "links_gold": total.links_gold,
        "links_predicted": total.links_predicted,
        "precision": round(total.precision()),
        "recall": round(total.recall()),
        "f1": round(total.f1()),
        "quote_recall": round(ratio(total.quotes_found, total.quotes_gold)),
        "speaker_acc": round(ratio(total.speakers_correct, total.quotes_gold)),
        "attribution_acc": round(ratio(total.vias_correct, total.vias_gold)),
    });
    writeln!(out, "{summary}")?;
    Ok(Outcome::Success)
}
