//! What `ingest` and `recode` tell the user while they run: a progress line (articles/s, ETA)
//! redrawn in place when stderr is a terminal, otherwise a quiet `key=value` log line every
//! 30 seconds; and the diagnostics of skipped records, which never garble the progress line.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

/// The progress display; share it behind a `Mutex`.
pub struct Progress {
    terminal: bool,
    verb: &'static str,
    started: Instant,
    last_drawn: Option<Instant>,
    drawn: bool,
    /// Articles done.
    pub articles: u64,
    /// Events written.
    pub events: u64,
    /// Input bytes consumed, and the total (0 when unknown).
    pub bytes: (u64, u64),
}

impl Progress {
    /// A display for `verb` (`ingest`, `recode`), drawn in place when stderr is a terminal.
    pub fn new(verb: &'static str, total_bytes: u64) -> Progress {
        Progress {
            terminal: std::io::stderr().is_terminal(),
            verb,
            started: Instant::now(),
            last_drawn: None,
            drawn: false,
            articles: 0,
            events: 0,
            bytes: (0, total_bytes),
        }
    }

    /// Seconds since the start.
    pub fn elapsed(&self) -> f64 {
        self.started.elapsed().as_secs_f64()
    }

    /// Prints one message line (a diagnostic), above the progress line.
    pub fn message(&mut self, line: &str) {
        let mut stderr = std::io::stderr().lock();
        if self.drawn {
            let _ = write!(stderr, "\r\x1b[2K");
            self.drawn = false;
        }
        let _ = writeln!(stderr, "{line}");
    }

    /// Redraws the progress line (at most 5 times a second; every 30 s when not a terminal).
    pub fn tick(&mut self) {
        let every = if self.terminal {
            Duration::from_millis(200)
        } else {
            Duration::from_secs(30)
        };
        let now = Instant::now();
        if self
            .last_drawn
            .is_some_and(|last| now.duration_since(last) < every)
        {
            return;
        }
        if self.last_drawn.is_none() && !self.terminal {
            // The first log line comes after a full period, not at the start.
            self.last_drawn = Some(now);
            return;
        }
        self.last_drawn = Some(now);
        let elapsed = self.elapsed().max(1e-9);
        let rate = self.articles as f64 / elapsed;
        let (done, total) = self.bytes;
        let eta = (total > 0 && done > 0 && done <= total)
            .then(|| elapsed * (total - done) as f64 / done as f64);
        let mut stderr = std::io::stderr().lock();
        if self.terminal {
            let share = if total > 0 {
                format!("{:>3.0}% ", 100.0 * done as f64 / total as f64)
            } else {
                String::new()
            };
            let eta = eta.map_or(String::new(), |eta| format!(", ETA {}", clock(eta)));
            let _ = write!(
                stderr,
                "\r\x1b[2K{}{share}{} articles, {} events, {rate:.1} articles/s{eta}",
                self.verb, self.articles, self.events
            );
            self.drawn = true;
        } else {
            let eta = eta.map_or(String::new(), |eta| format!(" eta_s={eta:.0}"));
            let _ = writeln!(
                stderr,
                "detente: {}: progress articles={} events={} articles_per_s={rate:.1} elapsed_s={elapsed:.0}{eta}",
                self.verb, self.articles, self.events
            );
        }
    }

    /// Clears the progress line before the summary.
    pub fn finish(&mut self) {
        if self.drawn {
            let _ = write!(std::io::stderr().lock(), "\r\x1b[2K");
            self.drawn = false;
        }
    }
}

/// `1h02m03s`, `4m05s`, `6s`.
pub fn clock(seconds: f64) -> String {
    let seconds = seconds.max(0.0).round() as u64;
    match (seconds / 3600, seconds / 60 % 60, seconds % 60) {
        (0, 0, s) => format!("{s}s"),
        (0, m, s) => format!("{m}m{s:02}s"),
        (h, m, s) => format!("{h}h{m:02}m{s:02}s"),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn clock_reads_naturally() {
        for (seconds, expected) in [(5.4, "5s"), (65.0, "1m05s"), (3723.0, "1h02m03s")] {
            assert_eq!(super::clock(seconds), expected);
        }
    }
}
