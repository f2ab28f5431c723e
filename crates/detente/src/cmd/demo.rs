//! `detente demo`: run the pipeline, as far as it goes, on the bundled example articles.

use std::io::Write;

use crate::article;
use crate::exit::Outcome;

/// The bundled example: short wire-style articles about Russia, China and the United States,
/// January to May 2025, written for detente.
pub const ARTICLES: &str = include_str!("../../demo/articles.jsonl");

/// Run the pipeline on the bundled example articles and print what it finds.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print the machine-readable `detente code --format json` output instead of the summary.
    #[arg(long)]
    pub json: bool,
}

/// Runs `detente demo`.
pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let (articles, diagnostics) = article::read_jsonl(ARTICLES.as_bytes(), false);
    anyhow::ensure!(
        diagnostics.is_empty(),
        "the bundled example is broken: {diagnostics:?}"
    );
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.json {
        super::code::write_articles(
            &mut out,
            &articles,
            super::code::Format::Json,
            super::code::Emit::Events,
        )?;
        out.flush()?;
        return Ok(Outcome::Success);
    }
    let analyzer = detente_nlp::pipeline::Analyzer::shared_english()
        .map_err(|error| anyhow::anyhow!("the embedded models do not load: {error}"))?;
    let coder = detente_code::Coder::new(detente_lexicon::Lexicon::builtin());
    let mut sentence_count = 0;
    let mut token_count = 0;
    let mut event_count = 0;
    for article in &articles {
        let lexicon_date = article
            .date
            .and_then(|date| detente_lexicon::Date::new(date.year, date.month, date.day));
        let coded = detente_code::code_article(&coder, analyzer, &article.text, lexicon_date);
        let segmentation = &coded.segmentation;
        let date = article
            .date
            .map(|date| date.to_string())
            .unwrap_or_default();
        writeln!(
            out,
            "== {} {} — {}",
            article.id,
            date,
            article.title.as_deref().unwrap_or("")
        )?;
        for (index, sentence) in segmentation.sentences.iter().enumerate() {
            let words: Vec<String> = segmentation.words[sentence.words.clone()]
                .iter()
                .map(|word| detente_text::normalize(word.span.slice(&article.text)).into_owned())
                .collect();
            let label = match sentence.kind {
                detente_text::SentenceKind::Dateline => " (dateline)",
                detente_text::SentenceKind::Body => "",
            };
            writeln!(
                out,
                "  [{index}] bytes {}..{}{label}: {}",
                sentence.span.start,
                sentence.span.end,
                words.join(" ")
            )?;
        }
        sentence_count += segmentation.sentences.len();
        token_count += segmentation.tokens.len();
        for event in &coded.events {
            writeln!(
                out,
                "  event [{}] {} {} → {} {} ({}): \"{}\"",
                event.sentence_index,
                event.source.code,
                event.cameo_code,
                event
                    .target
                    .as_ref()
                    .map_or("-", |target| target.code.as_str()),
                event.plover_type.as_deref().unwrap_or("-"),
                event.source.text,
                event.predicate_text
            )?;
        }
        event_count += coded.events.len();
        writeln!(out)?;
    }
    writeln!(
        out,
        "{} articles, {sentence_count} sentences, {token_count} tokens, {event_count} events. Words \
         are shown as the parser will see them; `detente demo --json` prints the full output with \
         byte offsets.",
        articles.len()
    )?;
    out.flush()?;
    Ok(Outcome::Success)
}
