//! Matcher throughput: words per second of `Lexicon::match_words` over news text, next to a
//! naive peer (a `HashMap` probed with every n-gram, longest first) in the same run.
//!
//! Run: `cargo bench -p detente-lexicon --bench match`. Text: the Guardian sample from
//! `../shared/data/news/` repeated, or generated sentences when it is missing. Lexicons: the
//! built-in one, and the built-in one plus the imported Phoenix PETRARCH actor dictionaries when
//! `../shared/data/petrarch/` is there.

use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, Instant};

use detente_lexicon::{petrarch, Lexicon, MatchWord, SourceFile};

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data");

fn main() {
    let text = news_text();
    let segmentation = detente_text::segment(&text);
    let forms: Vec<String> = segmentation
        .words
        .iter()
        .map(|word| detente_text::normalize(word.span.slice(&text)).into_owned())
        .collect();
    let sentences: Vec<Vec<MatchWord<'_>>> = segmentation
        .sentences
        .iter()
        .map(|sentence| {
            forms[sentence.words.clone()]
                .iter()
                .map(|form| MatchWord::new(form))
                .collect()
        })
        .collect();
    let words: usize = sentences.iter().map(Vec::len).sum();
    println!("text: {} sentences, {} words", sentences.len(), words);

    let mut lexicons: Vec<(&str, Lexicon)> = Vec::new();
    let builtin = detente_lexicon::load(&[&detente_lexicon::builtin_sources()]).0;
    lexicons.push(("built-in", builtin));
    if let Some(imported) = phoenix_actors() {
        lexicons.push(("built-in + Phoenix actors", imported));
    }
    for (name, lexicon) in &lexicons {
        let entries = lexicon.phrases().len();
        let peer = NaivePeer::build(lexicon);
        let (trie_rate, trie_found) =
            measure(&sentences, |sentence| lexicon.match_words(sentence).len());
        let (peer_rate, peer_found) = measure(&sentences, |sentence| peer.find(sentence));
        println!(
            "{name} ({entries} phrases): token trie {:.2} M words/s ({trie_found} matches), naive n-gram HashMap peer {:.2} M words/s ({peer_found} matches)",
            trie_rate / 1e6,
            peer_rate / 1e6
        );
    }
}

/// Runs `match_sentence` over every sentence repeatedly for about a second and returns the best
/// rate in words per second (one thread) and the matches per pass.
fn measure(
    sentences: &[Vec<MatchWord<'_>>],
    match_sentence: impl Fn(&[MatchWord<'_>]) -> usize,
) -> (f64, usize) {
    let words: usize = sentences.iter().map(Vec::len).sum();
    let started = Instant::now();
    let mut best = f64::MAX;
    let mut found = 0;
    let mut passes = 0;
    while passes < 3 || started.elapsed() < Duration::from_secs(1) {
        let pass = Instant::now();
        found = sentences
            .iter()
            .map(|sentence| match_sentence(sentence))
            .sum();
        best = best.min(pass.elapsed().as_secs_f64());
        passes += 1;
    }
    (words as f64 / best, found)
}

/// The peer: every phrase's lowercase words joined by spaces in one `HashMap`; each position
/// probes the n-grams from the longest phrase length down, allocating the joined key.
struct NaivePeer {
    phrases: HashMap<String, usize>,
    longest: usize,
}

impl NaivePeer {
    fn build(lexicon: &Lexicon) -> NaivePeer {
        let mut phrases = HashMap::new();
        let mut longest = 1;
        for (index, entry) in lexicon.phrases().iter().enumerate() {
            longest = longest.max(entry.phrase.words.len());
            let key = entry.phrase.words.join(" ").to_lowercase();
            phrases.entry(key).or_insert(index);
        }
        NaivePeer { phrases, longest }
    }

    fn find(&self, words: &[MatchWord<'_>]) -> usize {
        let lower: Vec<String> = words.iter().map(|word| word.form.to_lowercase()).collect();
        let mut found = 0;
        let mut start = 0;
        while start < lower.len() {
            let mut matched = 0;
            for length in (1..=self.longest.min(lower.len() - start)).rev() {
                let key = lower[start..start + length].join(" ");
                if self.phrases.contains_key(&key) {
                    matched = length;
                    break;
                }
            }
            if matched > 0 {
                found += 1;
                start += matched;
            } else {
                start += 1;
            }
        }
        found
    }
}

/// The `text` fields of the Guardian sample (JSON strings unescaped), or generated text.
fn news_text() -> String {
    let path = Path::new(SHARED).join("news/guardian-2019-sample.jsonl");
    let Ok(jsonl) = std::fs::read_to_string(&path) else {
        println!("{} is missing: using generated text", path.display());
        let sentence = "Chinese Vice Premier Ding Xuexiang met U.S. officials in Beijing on Tuesday, and the Kremlin said Russian troops would not withdraw. ";
        return sentence.repeat(5_000);
    };
    let mut text = String::new();
    for line in jsonl.lines() {
        let Some(start) = line.find("\"text\": \"") else {
            continue;
        };
        let mut escaped = false;
        for c in line[start + 9..].chars() {
            match (escaped, c) {
                (true, 'n') => text.push('\n'),
                (true, other) => text.push(other),
                (false, '\\') => {
                    escaped = true;
                    continue;
                }
                (false, '"') => break,
                (false, other) => text.push(other),
            }
            escaped = false;
        }
        text.push_str("\n\n");
    }
    text
}

/// The built-in lexicon plus the imported Phoenix actor, agent and discard dictionaries.
fn phoenix_actors() -> Option<Lexicon> {
    let names = [
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
        "Phoenix.agents.txt",
        "Phoenix.discards.txt",
    ];
    let mut inputs = Vec::new();
    for name in names {
        let bytes = std::fs::read(Path::new(SHARED).join("petrarch").join(name)).ok()?;
        inputs.push(SourceFile {
            name: name.to_string(),
            text: String::from_utf8_lossy(&bytes).into_owned(),
        });
    }
    let import = petrarch::import(&inputs, Lexicon::builtin().tables()).ok()?;
    Some(Lexicon::with_user(&import.files).0)
}
