//! Exit codes: the one table that maps outcomes to process statuses.
//!
//! | code | meaning |
//! |------|---------|
//! | 0 | success |
//! | 1 | unexpected failure (I/O error, internal error) |
//! | 2 | usage error: unknown command or flag, bad flag value |
//! | 3 | invalid input: the input could not be read as asked (invalid UTF-8 without `--lossy`, malformed data file) |
//! | 4 | partial success: output was produced, but some input records were skipped (see the diagnostics on stderr) |

use std::process::ExitCode;

/// What a command reports when it finishes without an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything was processed.
    Success,
    /// Output was produced, but some records were skipped with a diagnostic.
    Partial,
}

/// An error whose kind decides the exit code. Other errors (`anyhow`) exit with 1.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// The input could not be read as asked.
    #[error("{0}")]
    InvalidInput(String),
}

/// Exit status for each outcome and failure; see the module documentation.
pub fn status_of(result: &anyhow::Result<Outcome>) -> u8 {
    match result {
        Ok(Outcome::Success) => 0,
        Ok(Outcome::Partial) => 4,
        Err(error) => match error.downcast_ref::<Failure>() {
            Some(Failure::InvalidInput(_)) => 3,
            None if error.downcast_ref::<clap::Error>().is_some() => 2,
            None => 1,
        },
    }
}

/// Runs the command line and turns its result into the process exit code, printing errors.
pub fn run_to_exit_code(run: fn() -> anyhow::Result<Outcome>) -> ExitCode {
    let result = run();
    if let Err(error) = &result {
        if let Some(clap_error) = error.downcast_ref::<clap::Error>() {
            // clap formats help, version and usage errors itself.
            let _ = clap_error.print();
            if !clap_error.use_stderr() {
                return ExitCode::SUCCESS;
            }
        } else if is_broken_pipe(error) {
            // `detente code big.jsonl | head` is not an error.
            return ExitCode::SUCCESS;
        } else {
            eprintln!("detente: error: {error:#}");
        }
    }
    ExitCode::from(status_of(&result))
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    let broken = Some(std::io::ErrorKind::BrokenPipe);
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .map(std::io::Error::kind)
            == broken
            || cause
                .downcast_ref::<serde_json::Error>()
                .and_then(serde_json::Error::io_error_kind)
                == broken
    })
}
