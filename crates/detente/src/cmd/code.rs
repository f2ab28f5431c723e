//! `detente code`: read articles and print the events the pipeline finds in them.

use std::io::Write;
use std::path::PathBuf;

use clap::ValueEnum;

use crate::article::{self, Article, Date};
use crate::exit::{Failure, Outcome};
use crate::{input, output};

/// Read articles and print the events they report, one flat JSON object per event (schema 1).
///
/// `--emit sentences` prints the sentences, tokens and words with byte offsets instead;
/// `--format json` prints one document per article with its sentences and events. Input is one plain-text article, or JSON lines with one article a line (`id`, `date`, `title`,
/// `source`, `url`, `text`). A broken JSON line is reported on stderr with its number and skipped;
/// the others are processed and the exit code is 4.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// File to read; `-` or nothing reads standard input.
    pub input: Option<PathBuf>,
    /// Publication date of a plain-text article (YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub date: Option<Date>,
    /// Id of a plain-text article (default: the file name without extension, or `stdin`).
    #[arg(long)]
    pub id: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    pub format: Format,
    /// What `jsonl` and `tsv` print: events, or the segmented sentences.
    #[arg(long, value_enum, default_value_t = Emit::Events)]
    pub emit: Emit,
    /// How to read the input; `auto` takes `.jsonl`/`.ndjson` files, and input starting with `{`,
    /// as JSON lines.
    #[arg(long = "input-format", value_enum, default_value_t = InputFormat::Auto)]
    pub input_format: InputFormat,
    /// Replace invalid UTF-8 with U+FFFD instead of stopping (offsets then refer to the repaired
    /// text).
    #[arg(long)]
    pub lossy: bool,
}

/// Output formats of `detente code`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One flat JSON object a line (`"record": "event"`, or `"sentence"` with `--emit sentences`).
    Jsonl,
    /// A JSON array of article documents (sentences and events), one a line.
    Json,
    /// Tab-separated event columns with a header line.
    Tsv,
}

/// The records `detente code` prints in `jsonl` and `tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Emit {
    /// One record per coded event.
    Events,
    /// One record per sentence, with tokens and words (`jsonl` only).
    Sentences,
    /// One record per quotation or reported statement, with its speaker (`jsonl` only).
    Quotes,
    /// One record per actor mention, with the mentions it was resolved to (`jsonl` only).
    Mentions,
}

/// Input formats of `detente code`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    /// Decide from the file name and the first byte.
    Auto,
    /// One plain-text article.
    Text,
    /// JSON lines, one article a line.
    Jsonl,
}

fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text)
}

/// Runs `detente code`.
pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let bytes = input::read_bytes(args.input.as_deref())?;
    let name = input::display_name(args.input.as_deref());
    let as_jsonl = match args.input_format {
        InputFormat::Jsonl => true,
        InputFormat::Text => false,
        InputFormat::Auto => input::looks_like_jsonl(args.input.as_ref(), &bytes),
    };
    let mut outcome = Outcome::Success;
    let articles = if as_jsonl {
        if args.date.is_some() || args.id.is_some() {
            return Err(Failure::InvalidInput(
                "--date and --id apply to plain-text input; JSON lines carry their own".to_string(),
            )
            .into());
        }
        let (articles, diagnostics) = article::read_jsonl(&bytes, args.lossy);
        for diagnostic in &diagnostics {
            let what = if diagnostic.skipped {
                "skipped"
            } else {
                "warning"
            };
            eprintln!(
                "detente: {what}: {name}:{}: {}",
                diagnostic.line, diagnostic.message
            );
            if diagnostic.skipped {
                outcome = Outcome::Partial;
            }
        }
        articles
    } else {
        let text = input::decode(bytes, args.lossy, &name)?;
        vec![Article {
            id: args
                .id
                .clone()
                .unwrap_or_else(|| input::default_id(args.input.as_deref())),
            date: args.date,
            title: None,
            source: None,
            url: None,
            text,
        }]
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.emit != Emit::Events && args.format == Format::Tsv {
        return Err(Failure::InvalidInput(
            "--emit sentences|quotes|mentions prints JSON lines; use --format jsonl or json"
                .to_string(),
        )
        .into());
    }
    write_articles(&mut out, &articles, args.format, args.emit)?;
    out.flush()?;
    Ok(outcome)
}

/// Codes each article and writes it in `format`.
pub fn write_articles(
    out: &mut impl Write,
    articles: &[Article],
    format: Format,
    emit: Emit,
) -> anyhow::Result<()> {
    let analyzer = detente_nlp::pipeline::Analyzer::shared_english()
        .map_err(|error| anyhow::anyhow!("the embedded models do not load: {error}"))?;
    let coder = detente_code::Coder::new(detente_lexicon::Lexicon::builtin());
    match format {
        Format::Json => writeln!(out, "[")?,
        Format::Tsv => writeln!(out, "{}", output::TSV_COLUMNS.join("\t"))?,
        Format::Jsonl => {}
    }
    for (index, article) in articles.iter().enumerate() {
        if format == Format::Jsonl && emit == Emit::Sentences {
            let segmentation = detente_text::segment(&article.text);
            let date = article.date.map(|date| date.to_string());
            for sentence in output::sentence_records(&article.text, &segmentation) {
                let line = output::SentenceLine {
                    schema: output::SCHEMA,
                    record: "sentence",
                    article_id: &article.id,
                    article_date: date.clone(),
                    sentence,
                };
                serde_json::to_writer(&mut *out, &line)?;
                writeln!(out)?;
            }
            continue;
        }
        let date = article
            .date
            .and_then(|date| detente_lexicon::Date::new(date.year, date.month, date.day));
        let read = detente_doc::read_article(&coder, analyzer, &article.text, date);
        let coded = &read.coded;
        match format {
            Format::Jsonl if emit == Emit::Quotes => {
                for record in output::quote_records(&article.id, &read) {
                    serde_json::to_writer(&mut *out, &record)?;
                    writeln!(out)?;
                }
            }
            Format::Jsonl if emit == Emit::Mentions => {
                for record in output::mention_records(&article.id, &read) {
                    serde_json::to_writer(&mut *out, &record)?;
                    writeln!(out)?;
                }
            }
            Format::Jsonl => {
                for event in &coded.events {
                    let record = output::event_record(&article.id, article.date, event);
                    serde_json::to_writer(&mut *out, &record)?;
                    writeln!(out)?;
                }
            }
            Format::Tsv => {
                for event in &coded.events {
                    let record = output::event_record(&article.id, article.date, event);
                    writeln!(out, "{}", output::tsv_line(&record))?;
                }
            }
            Format::Json => {
                let document = output::read_document(article, &read);
                serde_json::to_writer(&mut *out, &document)?;
                writeln!(out, "{}", if index + 1 < articles.len() { "," } else { "" })?;
            }
        }
    }
    if format == Format::Json {
        writeln!(out, "]")?;
    }
    Ok(())
}
