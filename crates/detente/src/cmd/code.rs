//! `detente code`: read articles and print what the pipeline finds in them.

use std::io::Write;
use std::path::PathBuf;

use clap::ValueEnum;

use crate::article::{self, Article, Date};
use crate::exit::{Failure, Outcome};
use crate::{input, output};

/// Read articles and print their sentences, tokens and words with byte offsets (schema 1).
///
/// Input is one plain-text article, or JSON lines with one article a line (`id`, `date`, `title`,
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
    /// One flat JSON object a line (`"record": "sentence"`).
    Jsonl,
    /// A JSON array of article documents, one a line.
    Json,
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
    write_articles(&mut out, &articles, args.format)?;
    out.flush()?;
    Ok(outcome)
}

/// Segments each article and writes it in `format`.
pub fn write_articles(
    out: &mut impl Write,
    articles: &[Article],
    format: Format,
) -> anyhow::Result<()> {
    if format == Format::Json {
        writeln!(out, "[")?;
    }
    for (index, article) in articles.iter().enumerate() {
        let segmentation = detente_text::segment(&article.text);
        match format {
            Format::Jsonl => {
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
            }
            Format::Json => {
                let document = output::document(article, &segmentation, Vec::new());
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
