//! Command-line definitions: every command and flag, with its help text.

use clap::{Parser, Subcommand};

use crate::cmd;
use crate::exit::Outcome;

/// detente reads news and tells what states and political actors did to each other.
///
/// Exit codes: 0 success; 1 unexpected failure; 2 usage error; 3 invalid input (for example
/// invalid UTF-8 without --lossy); 4 partial success (some input records were skipped, see the
/// diagnostics on stderr).
#[derive(Debug, Parser)]
#[command(
    name = "detente",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Code articles: print the events they report, with CAMEO/PLOVER codes and byte offsets.
    Code(cmd::code::Args),
    /// Run the pipeline on the bundled example articles.
    Demo(cmd::demo::Args),
    /// Measure a stage against a gold standard.
    #[command(subcommand)]
    Eval(cmd::eval::Command),
    /// Export events as GDELT 2.0, PLOVER JSON lines, CSV or Parquet.
    Export(cmd::export::Args),
    /// Code articles from files and folders into the event store (SQLite or PostgreSQL).
    Ingest(cmd::ingest::Args),
    /// Check, query and import lexicons (actors, agents, persons, event patterns).
    #[command(subcommand)]
    Lexicon(cmd::lexicon::Command),
    /// Analyze raw text: sentences, tags, lemmas and dependency trees (CoNLL-U or JSON).
    Parse(cmd::parse::Args),
    /// Code the stored articles again after a lexicon or model change.
    Recode(cmd::recode::Args),
    /// A dyad's relation over time: QuadClass counts, Goldstein, cooperation and conflict.
    Relations(cmd::relations::Args),
    /// The state of the stored world: strongest dyads, triangle changes, balance.
    Report(cmd::report::Args),
    /// Train a model on a Universal Dependencies treebank.
    #[command(subcommand)]
    Train(cmd::train::Command),
    /// The strategic triangle of three actors over time: configuration, pivot, balance.
    Triangle(cmd::triangle::Args),
}

/// Parses the command line and runs the chosen command.
pub fn run() -> anyhow::Result<Outcome> {
    let cli = Cli::try_parse()?;
    match cli.command {
        Command::Code(args) => cmd::code::run(args),
        Command::Demo(args) => cmd::demo::run(args),
        Command::Eval(command) => cmd::eval::run(command),
        Command::Export(args) => cmd::export::run(args),
        Command::Ingest(args) => cmd::ingest::run(args),
        Command::Lexicon(command) => cmd::lexicon::run(command),
        Command::Parse(args) => cmd::parse::run(args),
        Command::Recode(args) => cmd::recode::run(args),
        Command::Relations(args) => cmd::relations::run(args),
        Command::Report(args) => cmd::report::run(args),
        Command::Train(command) => cmd::train::run(command),
        Command::Triangle(args) => cmd::triangle::run(args),
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }

    /// Every command and subcommand documents itself: `--help` works everywhere and says something.
    #[test]
    fn every_command_has_help() {
        fn walk(command: &mut clap::Command, path: &str, seen: &mut usize) {
            let help = command.render_long_help().to_string();
            assert!(help.contains("Usage:"), "{path}: {help}");
            let name = command.get_name().to_string();
            if name != "help" && path != "detente" {
                assert!(command.get_about().is_some(), "`{path}` has no description");
            }
            *seen += 1;
            for sub in command.get_subcommands_mut() {
                let sub_path = format!("{path} {}", sub.get_name());
                walk(sub, &sub_path, seen);
            }
        }
        let mut command = super::Cli::command();
        command.build();
        let mut seen = 0;
        walk(&mut command, "detente", &mut seen);
        assert!(seen >= 5);
    }
}
