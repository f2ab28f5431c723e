//! `detente train`: train the tagger (with its lemmatizer) or the parser on a UD treebank.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context;
use clap::Subcommand;
use detente_nlp::conllu::{self, Sentence};
use detente_nlp::pipeline::Analyzer;
use detente_nlp::{lemmatizer, parser, tagger};

use crate::exit::{Failure, Outcome};
use crate::input;

/// The models that can be trained.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Train the part-of-speech tagger and the lemmatizer (one model file).
    ///
    /// Learns from `en_ewt-ud-train.conllu` in the treebank folder and chooses the number of
    /// epochs by UPOS accuracy on `en_ewt-ud-dev.conllu`. Training is deterministic: the same
    /// treebank gives the same model file, byte for byte.
    Tagger(Args),
    /// Train the dependency parser.
    ///
    /// Learns from `*-ud-train.conllu` with the tags the embedded tagger predicts (what the
    /// parser sees at run time) and keeps the epoch with the best LAS on `*-ud-dev.conllu`.
    /// Deterministic like the tagger.
    Parser(Args),
}

/// Where the treebank is and where the model goes.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder with the UD treebank (`*-ud-train.conllu`, `*-ud-dev.conllu`).
    #[arg(long)]
    pub ud: PathBuf,
    /// Model file to write.
    #[arg(long)]
    pub out: PathBuf,
    /// Most training epochs (default: 12 for the tagger, 15 for the parser).
    #[arg(long)]
    pub epochs: Option<usize>,
}

/// Runs `detente train`.
pub fn run(command: Command) -> anyhow::Result<Outcome> {
    match command {
        Command::Tagger(args) => train_tagger(&args),
        Command::Parser(args) => train_parser(&args),
    }
}

fn train_parser(args: &Args) -> anyhow::Result<Outcome> {
    let started = Instant::now();
    let train = read_split(&args.ud, "train")?;
    let dev = read_split(&args.ud, "dev")?;
    let analyzer = Analyzer::shared_english().context("cannot load the embedded tagger")?;
    let tagger = &analyzer.tagger().tagger;
    let tag = |forms: &[&str]| -> Vec<(String, String)> {
        tagger
            .tag(forms)
            .into_iter()
            .map(|tag| (tagger.upos(tag).to_string(), tagger.xpos(tag).to_string()))
            .collect()
    };
    let defaults = parser::TrainConfig::default();
    let config = parser::TrainConfig {
        epochs: args.epochs.unwrap_or(defaults.epochs),
        dev,
        progress: Some(report_parser_epoch),
        ..defaults
    };
    let model = parser::train(&train, &config, &tag);
    let bytes = model.to_bytes();
    std::fs::write(&args.out, &bytes)
        .with_context(|| format!("cannot write {}", args.out.display()))?;
    eprintln!(
        "wrote {} ({} bytes) in {:.1} s",
        args.out.display(),
        bytes.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(Outcome::Success)
}

fn report_parser_epoch(report: &parser::EpochReport) {
    eprintln!(
        "epoch {:>2}: train error {:.4}, dev UAS {:.4}, dev LAS {:.4}, {} weights",
        report.epoch, report.train_error, report.dev_uas, report.dev_las, report.weights
    );
}

fn train_tagger(args: &Args) -> anyhow::Result<Outcome> {
    let started = Instant::now();
    let train = read_split(&args.ud, "train")?;
    let dev = read_split(&args.ud, "dev")?;
    let defaults = tagger::TrainConfig::default();
    let config = tagger::TrainConfig {
        max_epochs: args.epochs.unwrap_or(defaults.max_epochs),
        ..defaults
    };
    let tagger = tagger::train(&train, &dev, &config, &mut |report| {
        let pass = match report.pass {
            0 => "jackknife".to_string(),
            pass => format!("pass {pass}"),
        };
        eprintln!(
            "{pass:<9} epoch {:>2}: train accuracy {:.4}, dev UPOS {:.4} ({:.1} s)",
            report.epoch,
            report.train_accuracy,
            report.dev_upos,
            started.elapsed().as_secs_f64()
        );
    });
    let lemmatizer = lemmatizer::train(&train);
    let model = tagger::TaggerModel { tagger, lemmatizer };
    let bytes = model.to_bytes();
    std::fs::write(&args.out, &bytes)
        .with_context(|| format!("cannot write {}", args.out.display()))?;
    let (features, weights) = model.tagger.size();
    let (exceptions, rules) = model.lemmatizer.size();
    eprintln!(
        "wrote {} ({} bytes): {} tags, {features} features, {weights} weights, {exceptions} lemma exceptions, {rules} lemma rules, in {:.1} s",
        args.out.display(),
        bytes.len(),
        model.tagger.labels().len(),
        started.elapsed().as_secs_f64()
    );
    Ok(Outcome::Success)
}

/// Reads `DIR/*-ud-SPLIT.conllu`.
fn read_split(folder: &Path, split: &str) -> anyhow::Result<Vec<Sentence>> {
    let suffix = format!("-ud-{split}.conllu");
    let mut found: Vec<PathBuf> = std::fs::read_dir(folder)
        .with_context(|| format!("cannot read the folder {}", folder.display()))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| {
            path.file_name()
                .and_then(|name| name.to_str())
                .is_some_and(|name| name.ends_with(&suffix))
        })
        .collect();
    found.sort();
    let path = found.first().ok_or_else(|| {
        Failure::InvalidInput(format!("no *{suffix} file in {}", folder.display()))
    })?;
    let name = path.display().to_string();
    let text = input::decode(input::read_bytes(Some(path))?, false, &name)?;
    Ok(conllu::parse(&text).map_err(|error| Failure::InvalidInput(format!("{name}: {error}")))?)
}
