//! Speed of raw text → events on one core, next to parse-only (segment + tag + parse), on the
//! Guardian sample in `../shared/data/news/` and on a generated corpus of wire-style sentences.
//! Three end-to-end figures: sentence coding (`detente_code::code_article`: segment, analyze, then
//! match and code each sentence), document reading (`detente_doc::read_article`, what `detente
//! code` runs: sentence coding plus coreference, quotations, dates and places), and coding alone
//! on sentences analyzed beforehand.
//!
//! Run with `cargo bench -p detente-doc --bench code`. Each figure is the best of
//! `DETENTE_BENCH_PASSES` passes (default 3), which keeps the noise of a shared machine out of it
//! as far as one run can; `DETENTE_BENCH_SCALE` multiplies the generated corpus (default 1 =
//! 2,000 sentences).

use std::time::Instant;

use detente_code::{code_article, sentence_words, Coder};
use detente_doc::read_article;
use detente_lexicon::{Date, Lexicon};
use detente_nlp::pipeline::{sentence_forms, Analyzer};

/// An article's text and date.
type Article = (String, Option<Date>);

const NEWS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/data/news/guardian-2019-sample.jsonl"
);

/// The allocator of the `detente` binary, so that the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let analyzer = Analyzer::shared_english().expect("the embedded models load");
    let lexicon = Lexicon::builtin();
    let coder = Coder::new(lexicon);
    let mut corpora: Vec<(&str, Vec<Article>)> = Vec::new();
    match std::fs::read_to_string(NEWS) {
        Ok(text) => {
            let articles = text
                .lines()
                .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
                .map(|value| {
                    let body = value["text"].as_str().unwrap_or("").to_string();
                    let date = value["date"].as_str().and_then(Date::parse);
                    (body, date)
                })
                .collect();
            corpora.push(("news (Guardian sample)", articles));
        }
        Err(error) => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "{NEWS}: {error}"
            );
            println!("skipping the news corpus: {NEWS}: {error}");
        }
    }
    let scale: usize = std::env::var("DETENTE_BENCH_SCALE")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(1);
    let passes: usize = std::env::var("DETENTE_BENCH_PASSES")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(3)
        .max(1);
    corpora.push(("generated wire sentences", generated(2_000 * scale)));
    for (name, articles) in &corpora {
        let sentences: usize = articles
            .iter()
            .map(|(text, _)| detente_text::segment(text).sentences.len())
            .sum();
        let parse_only = best_of(passes, || {
            for (text, _) in articles {
                let segmentation = detente_text::segment(text);
                for index in 0..segmentation.sentences.len() {
                    let forms = sentence_forms(text, &segmentation, index);
                    let forms: Vec<&str> = forms.iter().map(AsRef::as_ref).collect();
                    std::hint::black_box(analyzer.analyze(&forms));
                }
            }
        });
        let mut events = 0;
        let sentence_coding = best_of(passes, || {
            events = 0;
            for (text, date) in articles {
                events += code_article(&coder, analyzer, text, *date).events.len();
            }
        });
        let mut read_events = 0;
        let document_reading = best_of(passes, || {
            read_events = 0;
            for (text, date) in articles {
                read_events += read_article(&coder, analyzer, text, *date)
                    .coded
                    .events
                    .len();
            }
        });
        // Coding alone, on sentences analyzed beforehand.
        let mut analyzed = Vec::new();
        for (text, date) in articles {
            let segmentation = detente_text::segment(text);
            for index in 0..segmentation.sentences.len() {
                let forms = sentence_forms(text, &segmentation, index);
                let forms: Vec<String> = forms.iter().map(|form| form.to_string()).collect();
                let form_refs: Vec<&str> = forms.iter().map(String::as_str).collect();
                let analysis = analyzer.analyze(&form_refs);
                let spans: Vec<detente_text::Span> = segmentation
                    .sentence_words(index)
                    .iter()
                    .map(|word| word.span)
                    .collect();
                analyzed.push((text, *date, forms, analysis, spans));
            }
        }
        let coding_only = best_of(passes, || {
            let mut coded_events = 0;
            for (index, (text, date, forms, analysis, spans)) in analyzed.iter().enumerate() {
                let form_refs: Vec<&str> = forms.iter().map(AsRef::as_ref).collect();
                let words = sentence_words(analysis, &form_refs, spans);
                coded_events += coder.code_sentence(text, index, &words, *date).len();
            }
            std::hint::black_box(coded_events);
        });
        let rate = |seconds: f64| sentences as f64 / seconds;
        println!(
            "{name}: {} articles, {sentences} sentences, {events} events by sentence coding, \
             {read_events} by document reading (best of {passes} passes)\n  \
             parse only (segment + tag + parse): {:.0} sentences/s\n  \
             text → events, sentence coding (segment + tag + parse + match + code): {:.0} sentences/s\n  \
             text → events, document reading (the above + coreference, quotes, dates, places; \
             `detente code`): {:.0} sentences/s\n  \
             coding only (match + code, pre-parsed): {:.0} sentences/s",
            articles.len(),
            rate(parse_only),
            rate(sentence_coding),
            rate(document_reading),
            analyzed.len() as f64 / coding_only
        );
    }
}

/// The shortest of `passes` timed runs of `work`, in seconds.
fn best_of(passes: usize, mut work: impl FnMut()) -> f64 {
    (0..passes)
        .map(|_| {
            let started = Instant::now();
            work();
            started.elapsed().as_secs_f64()
        })
        .fold(f64::MAX, f64::min)
}

/// Wire-style sentences combined from small lists written here.
fn generated(count: usize) -> Vec<Article> {
    let sources = [
        "Russia",
        "China",
        "The United States",
        "Iranian officials",
        "The European Union",
        "Turkish troops",
        "Japan's foreign minister",
        "Protesters in Caracas",
        "The Kremlin",
        "Indian police",
    ];
    let targets = [
        "Ukraine",
        "Taiwan",
        "North Korea",
        "Israel",
        "Syrian rebels",
        "the United Nations",
        "Pakistan",
        "Venezuela",
        "Germany",
        "Saudi Arabia",
    ];
    let clauses = [
        "met {T} on Tuesday to discuss trade",
        "imposed new sanctions on {T} over the dispute",
        "accused {T} of violating the agreement",
        "threatened to cut ties with {T}",
        "refused to meet envoys from {T}",
        "signed a defence pact with {T} in the capital",
        "condemned {T} for the attack on a convoy",
        "said it would provide aid to {T} next year",
        "urged {T} to release the detained sailors",
        "held talks with {T} about the border",
    ];
    let tails = [
        "officials said.",
        "according to state media.",
        "a spokesman told reporters.",
        "the ministry said in a statement.",
    ];
    let mut articles = Vec::new();
    let mut text = String::new();
    for index in 0..count {
        let source = sources[index % sources.len()];
        let target = targets[(index / 3) % targets.len()];
        let clause = clauses[(index / 7) % clauses.len()].replace("{T}", target);
        let tail = tails[(index / 11) % tails.len()];
        text.push_str(&format!("{source} {clause}, {tail} "));
        if index % 10 == 9 {
            articles.push((std::mem::take(&mut text), Date::new(2025, 3, 27)));
        }
    }
    if !text.is_empty() {
        articles.push((text, Date::new(2025, 3, 27)));
    }
    articles
}
