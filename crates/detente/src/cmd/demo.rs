//! `detente demo`: code the bundled example articles, store their events in a temporary
//! SQLite store, and show the triangle of Russia, China and the United States that the events make, with its evidence.

use std::io::Write;
use std::path::PathBuf;

use detente_relations::{triad, Actor, SeriesConfig, SignConfig, Window};
use serde_json::Value;

use super::relations::{self, EventSource, Loaded, WeightArg};
use super::triangle::View;
use crate::article;
use crate::exit::Outcome;

/// The bundled example: short wire-style articles about Russia, China and the United States,
/// January to May 2025, written for detente.
pub const ARTICLES: &str = include_str!("../../demo/articles.jsonl");

/// Run the pipeline on the bundled example articles: print the events and quotes it finds,
/// then the strategic triangle of Russia, China and the United States those events make, with
/// the sentences behind each edge, and write its plot.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print the machine-readable `detente code --format json` output instead of the summary.
    #[arg(long)]
    pub json: bool,
    /// Where to write the triangle plot (SVG or PNG, by the extension; default: triangle.svg
    /// in a fresh temporary folder).
    #[arg(long, value_name = "FILE")]
    pub plot: Option<PathBuf>,
}

/// Runs `detente demo`.
pub fn run(args: Args) -> anyhow::Result<Outcome> {
    // A plot name of the wrong kind fails before anything is printed.
    if let Some(path) = &args.plot {
        relations::plot_format(path)?;
    }
    let (articles, diagnostics) = article::read_jsonl(ARTICLES.as_bytes(), false);
    anyhow::ensure!(
        diagnostics.is_empty(),
        "the bundled example is broken: {diagnostics:?}"
    );
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut coded = Vec::new();
    super::code::write_articles(
        &mut coded,
        &articles,
        super::code::Format::Json,
        super::code::Emit::Events,
    )?;
    if args.json {
        out.write_all(&coded)?;
        out.flush()?;
        return Ok(Outcome::Success);
    }
    let documents: Vec<Value> = serde_json::from_slice(&coded)?;
    for document in &documents {
        write_document(&mut out, document)?;
    }
    let events = store_and_read(&articles, &documents)?;
    let source = EventSource {
        db: String::new(),
        events: None,
        since: None,
        until: None,
        weight: WeightArg::Events,
    };
    let loaded = relations::finish(events, &source, Outcome::Success);
    writeln!(
        out,
        "{} articles, {} event mentions, stored in a temporary SQLite store and read back as {} \
         events after deduplication.\n",
        documents.len(),
        loaded.events.len(),
        loaded.observations.items.len()
    )?;
    write_triangle(&mut out, &loaded, args.plot)?;
    out.flush()?;
    Ok(Outcome::Success)
}

/// Writes the coded articles into a fresh SQLite store in a temporary folder, clusters
/// duplicate mentions as `detente ingest` does, and reads every mention back.
fn store_and_read(
    articles: &[article::Article],
    documents: &[Value],
) -> anyhow::Result<Vec<detente_code::StoredEvent>> {
    let coded = relations::events_from_documents(documents)?;
    let mut new_articles = Vec::new();
    for article in articles {
        let events = coded
            .iter()
            .filter(|event| event.record.article_id == article.id)
            .map(|event| detente_store::NewEvent {
                record: event.record.clone(),
                sentence_text: event.sentence_text.clone(),
            })
            .collect();
        new_articles.push(detente_store::NewArticle {
            info: detente_code::ArticleInfo {
                id: article.id.clone(),
                date: article.date.map(|date| date.to_string()),
                title: article.title.clone(),
                source: article.source.clone(),
                url: article.url.clone(),
            },
            text: article.text.clone(),
            origin: format!("demo:{}", article.id),
            coder_version: super::ingest::coding::coder_version().to_string(),
            events,
        });
    }
    let folder = std::env::temp_dir().join(format!("detente-demo-store-{}", std::process::id()));
    std::fs::create_dir_all(&folder)?;
    let path = folder.join("demo.db");
    let _ = std::fs::remove_file(&path);
    let read = (|| {
        let mut store = super::ingest::open_store(&path.display().to_string())?;
        store.write_articles(&new_articles)?;
        super::ingest::update_clusters(&mut store, false)?;
        let events = store.events(&detente_store::EventFilter::default())?;
        anyhow::Ok(events)
    })();
    let _ = std::fs::remove_dir_all(&folder);
    read
}

fn text_of<'a>(value: &'a Value, key: &str) -> &'a str {
    value.get(key).and_then(Value::as_str).unwrap_or("")
}

fn write_document(out: &mut impl Write, document: &Value) -> anyhow::Result<()> {
    let article = &document["article"];
    writeln!(
        out,
        "== {} {} — {}",
        text_of(article, "id"),
        text_of(article, "date"),
        text_of(article, "title")
    )?;
    let empty = Vec::new();
    for event in document["events"].as_array().unwrap_or(&empty) {
        let target = match text_of(event, "target_code") {
            "" => "-",
            code => code,
        };
        writeln!(
            out,
            "  event [{}] {} {} → {} ({:+.1}, {}): {} \"{}\"",
            event["sentence_index"],
            text_of(event, "source_code"),
            text_of(event, "cameo_code"),
            target,
            event["goldstein"].as_f64().unwrap_or(0.0),
            event["plover_type"].as_str().unwrap_or("-"),
            text_of(event, "source_text"),
            text_of(event, "predicate_text")
        )?;
    }
    for quote in document["quotes"].as_array().unwrap_or(&empty) {
        let speaker = match (quote.get("speaker_text"), quote.get("speaker")) {
            (Some(Value::String(speaker)), _) | (_, Some(Value::String(speaker))) => {
                speaker.as_str()
            }
            _ => "unattributed",
        };
        writeln!(out, "  quote ({speaker}): “{}”", text_of(quote, "text"))?;
    }
    writeln!(out)?;
    Ok(())
}

fn write_triangle(
    out: &mut impl Write,
    loaded: &Loaded,
    plot: Option<PathBuf>,
) -> anyhow::Result<()> {
    let actors = ["RUS", "CHN", "USA"].map(Actor::parse);
    let [Ok(russia), Ok(china), Ok(america)] = actors else {
        anyhow::bail!("the demo's actor codes do not parse");
    };
    let actors = [russia, china, america];
    let series = SeriesConfig {
        window: Window::Month,
        period: loaded.period,
        ..SeriesConfig::default()
    };
    let sign = SignConfig::default();
    let found = triad::triad(
        &loaded.events,
        &loaded.observations,
        &actors,
        &series,
        &sign,
    );
    let mut view = View {
        loaded,
        triad: &found,
        sign: &sign,
        explain: true,
        top: 2,
    };
    writeln!(
        out,
        "The triangle Russia – China – United States, from these events (edge score: mean \
         Goldstein value, + above {}, − below −{}, at least {} events):",
        sign.epsilon, sign.epsilon, sign.min_events
    )?;
    view.write_overall(out)?;
    writeln!(out, "\nBy month (edges RUS–CHN, RUS–USA, CHN–USA):")?;
    view.explain = false;
    view.write_windows(out)?;
    writeln!(
        out,
        "\n`detente demo --json > demo.json && detente triangle RUS CHN USA --events demo.json \
         --explain` shows the evidence of every month."
    )?;
    let path = match plot {
        Some(path) => path,
        None => {
            let folder = std::env::temp_dir().join(format!("detente-demo-{}", std::process::id()));
            std::fs::create_dir_all(&folder)?;
            folder.join("triangle.svg")
        }
    };
    let format = relations::plot_format(&path)?;
    let bytes = detente_relations::plot::triangle_plot(&found, sign.measure, format)?;
    relations::write_plot(&path, &bytes)?;
    writeln!(
        out,
        "\nThe triangle's plot (edge series and verdict) was written to {}",
        path.display()
    )?;
    Ok(())
}
