//! `detente lexicon`: check lexicon folders, look up phrases, import PETRARCH dictionaries.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::Subcommand;
use detente_lexicon::{Date, Diagnostic, Lexicon, MatchWord, Payload, SourceFile};
use serde_json::{json, Value};

use crate::exit::{Failure, Outcome};

/// Lexicon commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a lexicon folder (default: the built-in lexicon) and print a summary.
    ///
    /// A folder is checked on top of the built-in lexicon, so it may use the built-in codes and
    /// declare its own (codes/actor-codes.txt, codes/sectors.txt). Every problem is printed as
    /// `file:line: message` on stderr; the exit status is 3 when there is any.
    Check(CheckArgs),
    /// Match a phrase against the lexicon and print the resolved actors as JSON.
    Lookup(LookupArgs),
    /// Convert PETRARCH/TABARI dictionaries (actors, agents, discards, verb patterns) into a
    /// lexicon folder, printing per-file counts of what was and was not imported.
    ImportPetrarch(ImportArgs),
}

/// Arguments of `detente lexicon check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The folder to check; without it, the built-in lexicon.
    pub dir: Option<PathBuf>,
}

/// Arguments of `detente lexicon lookup`.
#[derive(Debug, clap::Args)]
pub struct LookupArgs {
    /// The phrase, e.g. "Chinese Vice Premier Ding Xuexiang".
    pub phrase: String,
    /// The article date (YYYY-MM-DD) on which persons are resolved.
    #[arg(long)]
    pub date: Option<String>,
    /// A user lexicon folder that adds to and overrides the built-in one.
    #[arg(long)]
    pub lexicon: Option<PathBuf>,
}

/// Arguments of `detente lexicon import-petrarch`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// PETRARCH dictionary files (*.actors.txt, *.agents.txt, *.discards.txt, verb files).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// The folder to write the lexicon files into (created if missing).
    #[arg(long)]
    pub out: PathBuf,
}

/// Runs a lexicon command.
pub fn run(command: Command) -> anyhow::Result<Outcome> {
    match command {
        Command::Check(args) => check(args),
        Command::Lookup(args) => lookup(args),
        Command::ImportPetrarch(args) => import_petrarch(args),
    }
}

/// Reads a user folder; a folder that cannot be read is invalid input.
fn read_user(dir: &Path) -> anyhow::Result<(Vec<SourceFile>, Vec<Diagnostic>)> {
    detente_lexicon::read_dir(dir).map_err(|error| Failure::InvalidInput(error.to_string()).into())
}

fn check(args: CheckArgs) -> anyhow::Result<Outcome> {
    let owned;
    let (lexicon, mut diagnostics) = match &args.dir {
        Some(dir) => {
            let (files, mut read_problems) = read_user(dir)?;
            let (lexicon, problems) = Lexicon::with_user(&files);
            read_problems.extend(problems);
            owned = lexicon;
            (&owned, read_problems)
        }
        None => (Lexicon::builtin(), Lexicon::builtin_diagnostics().to_vec()),
    };
    diagnostics.sort();
    let mut err = std::io::stderr().lock();
    for diagnostic in &diagnostics {
        writeln!(err, "{diagnostic}")?;
    }
    let mut out = std::io::stdout().lock();
    print_summary(&mut out, lexicon)?;
    if diagnostics.is_empty() {
        writeln!(out, "ok: no problems")?;
        Ok(Outcome::Success)
    } else {
        Err(
            Failure::InvalidInput(format!("{} problem(s) in the lexicon", diagnostics.len()))
                .into(),
        )
    }
}

fn print_summary(out: &mut impl Write, lexicon: &Lexicon) -> std::io::Result<()> {
    let summary = lexicon.summary();
    writeln!(out, "files        {}", summary.files)?;
    for (keyword, lines) in &summary.lines {
        match summary.items.get(keyword) {
            Some(items) => writeln!(out, "{keyword:<12} {lines:>6} lines {items:>7} items")?,
            None => writeln!(out, "{keyword:<12} {lines:>6} lines")?,
        }
    }
    writeln!(
        out,
        "persons      {:>6} with {} roles",
        summary.persons, summary.roles
    )?;
    writeln!(
        out,
        "events       {:>6} patterns, {} distinct CAMEO codes, {} of 20 roots: {}",
        lexicon.events().len(),
        summary.event_codes,
        summary.roots.len(),
        summary.roots.join(" ")
    )?;
    writeln!(
        out,
        "code tables  {} CAMEO codes, {} actor codes, {} sectors",
        summary.cameo_table, summary.actor_codes, summary.sectors
    )
}

fn lookup(args: LookupArgs) -> anyhow::Result<Outcome> {
    let date = match &args.date {
        Some(text) => Some(Date::parse(text).ok_or_else(|| {
            Failure::InvalidInput(format!("--date {text}: expected a day as YYYY-MM-DD"))
        })?),
        None => None,
    };
    let owned;
    let lexicon = match &args.lexicon {
        Some(dir) => {
            let (files, read_problems) = read_user(dir)?;
            let (lexicon, problems) = Lexicon::with_user(&files);
            for diagnostic in read_problems.iter().chain(&problems) {
                eprintln!("{diagnostic}");
            }
            owned = lexicon;
            &owned
        }
        None => Lexicon::builtin(),
    };
    let text = args.phrase.as_str();
    let segmentation = detente_text::segment(text);
    let forms: Vec<String> = segmentation
        .words
        .iter()
        .map(|word| detente_text::normalize(word.span.slice(text)).into_owned())
        .collect();
    let words: Vec<MatchWord<'_>> = forms.iter().map(|form| MatchWord::new(form)).collect();
    let matches = lexicon.match_words(&words);
    let actors = lexicon.resolve_actors(&words, &matches, date);
    let byte_span = |start: usize, end: usize| -> (usize, usize) {
        let first = segmentation.words[start].span.start;
        let last = segmentation.words[end - 1].span.end;
        (first, last)
    };
    let matches_json: Vec<Value> = matches
        .iter()
        .map(|found| {
            let (start, end) = byte_span(found.start, found.end);
            let meanings: Vec<Value> = found
                .entries
                .iter()
                .map(|entry| meaning(lexicon, *entry))
                .collect();
            json!({
                "words": [found.start, found.end],
                "bytes": [start, end],
                "text": &text[start..end],
                "meanings": meanings,
            })
        })
        .collect();
    let actors_json: Vec<Value> = actors
        .iter()
        .map(|actor| {
            let (start, end) = byte_span(actor.start, actor.end);
            let person = actor.person.as_ref().map(|person| {
                json!({
                    "id": person.id,
                    "former": person.former,
                    "role": person.role.as_ref().map(|role| json!({
                        "country": role.country,
                        "sectors": role.sectors,
                        "from": role.from.map(|date| date.to_string()),
                        "to": role.to.map(|date| date.to_string()),
                        "title": role.title,
                    })),
                })
            });
            json!({
                "words": [actor.start, actor.end],
                "bytes": [start, end],
                "text": &text[start..end],
                "code": actor.code,
                "country": actor.code.as_deref().and_then(|code| lexicon.tables().actor(code).ok()).map(|actor| &actor.description),
                "sector": actor.sectors.first(),
                "sectors": actor.sectors,
                "cameo": actor.cameo,
                "person": person,
            })
        })
        .collect();
    let output = json!({
        "phrase": text,
        "date": date.map(|date| date.to_string()),
        "words": forms,
        "matches": matches_json,
        "actors": actors_json,
    });
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &output).context("cannot write JSON")?;
    writeln!(out)?;
    Ok(Outcome::Success)
}

fn meaning(lexicon: &Lexicon, entry: usize) -> Value {
    let entry = &lexicon.phrases()[entry];
    let origin = entry.origin.to_string();
    match &entry.payload {
        Payload::Actor { code, sectors } => {
            json!({"kind": "actor", "code": code, "sectors": sectors, "origin": origin})
        }
        Payload::Adjective { code, ethnic } => {
            let kind = if *ethnic { "ethnic" } else { "adjective" };
            json!({"kind": kind, "code": code, "origin": origin})
        }
        Payload::Metonym { code, sector } => {
            json!({"kind": "metonym", "code": code, "sector": sector, "origin": origin})
        }
        Payload::Agent { sector, cameo } => {
            json!({"kind": "agent", "sector": sector, "cameo": cameo, "origin": origin})
        }
        Payload::Person { person } => {
            json!({"kind": "person", "person": lexicon.persons()[*person].id, "origin": origin})
        }
        Payload::Discard { scope } => {
            json!({"kind": "discard", "scope": format!("{scope:?}").to_lowercase(), "origin": origin})
        }
    }
}

fn import_petrarch(args: ImportArgs) -> anyhow::Result<Outcome> {
    let mut inputs = Vec::new();
    for path in &args.files {
        let name = crate::input::display_name(Some(path));
        let bytes = crate::input::read_bytes(Some(path))?;
        // PETRARCH files are Latin-1 in places: keep going with replacement characters.
        let text = String::from_utf8_lossy(&bytes).into_owned();
        inputs.push(SourceFile { name, text });
    }
    let import = detente_lexicon::petrarch::import(&inputs, Lexicon::builtin().tables())
        .map_err(|error| Failure::InvalidInput(error.to_string()))?;
    for file in &import.files {
        let path = args.out.join(&file.name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        std::fs::write(&path, &file.text)
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    let mut out = std::io::stdout().lock();
    for report in &import.reports {
        let skipped: usize = report.not_imported.values().sum();
        writeln!(
            out,
            "{}: {} {} read, {} imported, {} not imported",
            report.name,
            report.read,
            unit(report.kind),
            report.imported,
            skipped
        )?;
        if report.persons > 0 {
            writeln!(
                out,
                "  {} persons with {} roles",
                report.persons, report.roles
            )?;
        }
        for (reason, count) in &report.not_imported {
            writeln!(out, "  not imported: {count:>6}  {reason}")?;
        }
        for (reason, count) in &report.codes_not_imported {
            writeln!(out, "  code not imported: {count:>6}  {reason}")?;
        }
    }
    let names: Vec<&str> = import.files.iter().map(|file| file.name.as_str()).collect();
    writeln!(
        out,
        "wrote {} files to {}: {}",
        names.len(),
        args.out.display(),
        names.join(", ")
    )?;
    Ok(Outcome::Success)
}

fn unit(kind: &str) -> &'static str {
    match kind {
        "actors" => "names",
        "agents" => "agent phrases",
        "discards" => "discards",
        _ => "verbs and patterns",
    }
}
