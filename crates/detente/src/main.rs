//! The `detente` command-line tool: a thin shell around the library crates.

mod article;
mod cli;
mod cmd;
mod exit;
mod input;
mod output;

use std::process::ExitCode;

/// mimalloc instead of the system allocator: analysis allocates a few small strings per word,
/// and with glibc's allocator text → events ran about a fifth slower on the Guardian sample
/// (`cargo bench -p detente-doc --bench code`, same run, which uses the same allocator).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    exit::run_to_exit_code(cli::run)
}
