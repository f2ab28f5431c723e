//! `detente parse`: segment, tag, lemmatize and parse raw text, and print what the coder sees.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use clap::ValueEnum;
use detente_nlp::pipeline::{AnalyzedWord, Analyzer};
use detente_text::Segmentation;

use crate::exit::Outcome;
use crate::input;

/// Analyze raw text: sentences, words, tags, features, lemmas and dependency trees.
///
/// CoNLL-U output has `# sent_id` and `# text` comments, multiword-token lines for tokens made
/// of several words (`don't` = `do` + `n't`), and the byte span of every word in the input in
/// the MISC column (`Offset=12:18`, end exclusive), with `SpaceAfter=No` where no space
/// follows. JSON output is one object with a `sentences` array holding the same facts.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// File to read; `-` or nothing reads standard input.
    pub input: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Conllu)]
    pub format: Format,
    /// Replace invalid UTF-8 with U+FFFD instead of stopping (offsets then refer to the repaired
    /// text).
    #[arg(long)]
    pub lossy: bool,
}

/// Output formats of `detente parse`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// CoNLL-U, one block per sentence.
    Conllu,
    /// One JSON object.
    Json,
}

/// Runs `detente parse`.
pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let name = input::display_name(args.input.as_deref());
    let bytes = input::read_bytes(args.input.as_deref())?;
    let text = input::decode(bytes, args.lossy, &name)?;
    let analyzer = Analyzer::shared_english().context("cannot load the embedded models")?;
    let segmentation = detente_text::segment(&text);
    let analyses = analyzer.analyze_segmentation(&text, &segmentation);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match args.format {
        Format::Conllu => write_conllu(&mut out, &text, &segmentation, &analyses)?,
        Format::Json => {
            let document = json_document(&text, &segmentation, &analyses);
            writeln!(out, "{document}")?;
        }
    }
    out.flush()?;
    Ok(Outcome::Success)
}

/// Writes the analysis as CoNLL-U.
fn write_conllu(
    out: &mut impl Write,
    text: &str,
    segmentation: &Segmentation,
    analyses: &[Vec<AnalyzedWord>],
) -> std::io::Result<()> {
    for (index, (sentence, analysis)) in segmentation.sentences.iter().zip(analyses).enumerate() {
        if sentence.starts_paragraph {
            writeln!(out, "# newpar")?;
        }
        writeln!(out, "# sent_id = {}", index + 1)?;
        writeln!(out, "# text = {}", one_line(sentence.span.slice(text)))?;
        let first_word = sentence.words.start;
        for token in segmentation.sentence_tokens(index) {
            let space_after = space_after(text, token.span.end);
            if token.words.len() > 1 {
                writeln!(
                    out,
                    "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}",
                    token.words.start - first_word + 1,
                    token.words.end - first_word,
                    column(token.span.slice(text)),
                    if space_after { "_" } else { "SpaceAfter=No" }
                )?;
            }
            for word_index in token.words.clone() {
                let word = &segmentation.words[word_index];
                let id = word_index - first_word + 1;
                let Some(analysis) = analysis.get(id - 1) else {
                    continue;
                };
                let mut misc = format!("Offset={}:{}", word.span.start, word.span.end);
                if token.words.len() == 1 && !space_after {
                    misc.push_str("|SpaceAfter=No");
                }
                writeln!(
                    out,
                    "{id}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t_\t{misc}",
                    column(word.span.slice(text)),
                    column(&analysis.lemma),
                    analysis.upos,
                    analysis.xpos,
                    analysis.feats,
                    analysis
                        .head
                        .map_or_else(|| "_".to_string(), |head| head.to_string()),
                    analysis.deprel.as_deref().unwrap_or("_"),
                )?;
            }
        }
        writeln!(out)?;
    }
    Ok(())
}

/// The analysis as one JSON object.
fn json_document(
    text: &str,
    segmentation: &Segmentation,
    analyses: &[Vec<AnalyzedWord>],
) -> serde_json::Value {
    let sentences: Vec<serde_json::Value> = segmentation
        .sentences
        .iter()
        .zip(analyses)
        .enumerate()
        .map(|(index, (sentence, analysis))| {
            let words: Vec<serde_json::Value> = segmentation
                .sentence_words(index)
                .iter()
                .zip(analysis)
                .enumerate()
                .map(|(position, (word, analysis))| {
                    serde_json::json!({
                        "id": position + 1,
                        "form": word.span.slice(text),
                        "lemma": analysis.lemma,
                        "upos": analysis.upos,
                        "xpos": analysis.xpos,
                        "feats": analysis.feats,
                        "head": analysis.head,
                        "deprel": analysis.deprel,
                        "start": word.span.start,
                        "end": word.span.end,
                    })
                })
                .collect();
            serde_json::json!({
                "id": index + 1,
                "text": sentence.span.slice(text),
                "start": sentence.span.start,
                "end": sentence.span.end,
                "words": words,
            })
        })
        .collect();
    serde_json::json!({ "schema": 1, "sentences": sentences })
}

/// True when the text after `end` starts with whitespace or ends.
fn space_after(text: &str, end: usize) -> bool {
    text.get(end..)
        .and_then(|rest| rest.chars().next())
        .is_none_or(char::is_whitespace)
}

/// A sentence's text on one line: line breaks and tabs become spaces.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|ch| if ch.is_whitespace() { ' ' } else { ch })
        .collect()
}

/// A CoNLL-U column value: never empty, never with a tab or line break.
fn column(text: &str) -> String {
    if text.is_empty() {
        return "_".to_string();
    }
    text.chars()
        .map(|ch| if ch.is_whitespace() { ' ' } else { ch })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Analyzes `text` and compares the id, form and MISC columns of the CoNLL-U output (and
    /// every comment line) with `expected`; tags depend on the model and are left out.
    fn check(text: &str, expected: &str) {
        let analyzer = Analyzer::shared_english().expect("the embedded models load");
        let segmentation = detente_text::segment(text);
        let analyses = analyzer.analyze_segmentation(text, &segmentation);
        let mut out = Vec::new();
        write_conllu(&mut out, text, &segmentation, &analyses).expect("writing to a Vec");
        let out = String::from_utf8(out).expect("UTF-8");
        let got: Vec<String> = out
            .lines()
            .map(|line| {
                let columns: Vec<&str> = line.split('\t').collect();
                if columns.len() == 10 {
                    assert!(columns.iter().all(|column| !column.is_empty()), "{line}");
                    format!("{} {} {}", columns[0], columns[1], columns[9])
                } else {
                    line.to_string()
                }
            })
            .collect();
        assert_eq!(got.join("\n"), expected);
        let document = json_document(text, &segmentation, &analyses);
        let sentences = document["sentences"].as_array().expect("sentences");
        assert_eq!(sentences.len(), segmentation.sentences.len());
    }

    #[test]
    fn conllu_has_ids_offsets_multiword_tokens_and_space_after() {
        check(
            "Iran's envoy didn't come.\n\nTalks  ended!",
            "# newpar\n# sent_id = 1\n# text = Iran's envoy didn't come.\n\
             1-2 Iran's _\n1 Iran Offset=0:4\n2 's Offset=4:6\n3 envoy Offset=7:12\n\
             4-5 didn't _\n4 did Offset=13:16\n5 n't Offset=16:19\n\
             6 come Offset=20:24|SpaceAfter=No\n7 . Offset=24:25\n\n\
             # newpar\n# sent_id = 2\n# text = Talks  ended!\n1 Talks Offset=27:32\n\
             2 ended Offset=34:39|SpaceAfter=No\n3 ! Offset=39:40\n",
        );
    }

    #[test]
    fn empty_and_odd_input() {
        check("", "");
        check(
            "🙂\u{200b}",
            // The zero-width space is not part of the token, and not a space either.
            "# newpar\n# sent_id = 1\n# text = 🙂\n1 🙂 Offset=0:4|SpaceAfter=No\n",
        );
    }
}
