//! The `detente` command-line tool: a thin shell around the library crates.

mod article;
mod cli;
mod cmd;
mod exit;
mod input;
mod output;

use std::process::ExitCode;

fn main() -> ExitCode {
    exit::run_to_exit_code(cli::run)
}
