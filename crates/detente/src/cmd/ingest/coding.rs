//! The one place where `ingest` and `recode` code an article, and the coder's version string
//! that the store keeps beside every event.

use std::sync::OnceLock;

use detente_code::{Coder, EventRecord};
use detente_nlp::pipeline::Analyzer;
use detente_store::NewEvent;

use crate::article::Article;

/// What codes articles on one worker thread: the shared models and a coder of its own.
pub struct Coding<'a> {
    coder: Coder<'a>,
    analyzer: &'static Analyzer,
}

impl Coding<'static> {
    /// The built-in lexicon and the embedded models.
    pub fn builtin() -> anyhow::Result<Coding<'static>> {
        let analyzer = Analyzer::shared_english()
            .map_err(|error| anyhow::anyhow!("the embedded models do not load: {error}"))?;
        Ok(Coding {
            coder: Coder::new(detente_lexicon::Lexicon::builtin()),
            analyzer,
        })
    }
}

impl Coding<'_> {
    /// Codes `article`: its events, each with its sentence's text. A panic inside the coder
    /// (a bug) is caught and returned as an error, so that one article cannot stop a batch.
    pub fn code_one(&self, article: &Article) -> Result<Vec<NewEvent>, String> {
        let run = || {
            let date = article
                .date
                .and_then(|date| detente_lexicon::Date::new(date.year, date.month, date.day));
            // The same document reader as `detente code`: coreference, quotes, dates, places.
            let read = detente_doc::read_article(&self.coder, self.analyzer, &article.text, date);
            let coded = &read.coded;
            coded
                .events
                .iter()
                .map(|event| {
                    let sentence_text = coded
                        .segmentation
                        .sentences
                        .get(event.sentence_index)
                        .and_then(|sentence| {
                            article.text.get(sentence.span.start..sentence.span.end)
                        })
                        .unwrap_or_default()
                        .to_string();
                    NewEvent {
                        record: EventRecord::new(&article.id, date, event),
                        sentence_text,
                    }
                })
                .collect()
        };
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)).map_err(|panic| {
            let message = panic
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| panic.downcast_ref::<&str>().copied())
                .unwrap_or("no message");
            format!("the coder failed on this article (a bug, please report it): {message}")
        })
    }
}

/// The coder's version: detente's version, a hash of the built-in lexicon's files and a hash of
/// the embedded models (`detente 0.1.0 lexicon 1a2b… models 3c4d…`). Re-coding is needed exactly
/// when it changes.
pub fn coder_version() -> &'static str {
    static VERSION: OnceLock<String> = OnceLock::new();
    VERSION.get_or_init(|| {
        let mut lexicon = Fnv::new();
        for source in detente_lexicon::builtin_sources() {
            lexicon.add(source.name.as_bytes());
            lexicon.add(&[0]);
            lexicon.add(source.text.as_bytes());
            lexicon.add(&[0]);
        }
        format!(
            "detente {} lexicon {:016x} models {:016x}",
            env!("CARGO_PKG_VERSION"),
            lexicon.0,
            MODELS_FINGERPRINT
        )
    })
}

/// FNV-1a, 64 bits.
struct Fnv(u64);

impl Fnv {
    const fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    const fn add_byte(self, byte: u8) -> Fnv {
        Fnv((self.0 ^ byte as u64).wrapping_mul(0x0100_0000_01b3))
    }

    fn add(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            *self = Fnv(self.0).add_byte(byte);
        }
    }
}

/// A fingerprint of a model file, computed at build time: its length, its last 64 bytes (the
/// parser's ends with its checksum) and every 251st byte. It changes whenever a model is
/// retrained; the bytes themselves are not kept in the binary a second time.
const fn fingerprint(bytes: &[u8]) -> u64 {
    let mut hash = Fnv::new();
    let length = (bytes.len() as u64).to_le_bytes();
    let mut index = 0;
    while index < 8 {
        hash = hash.add_byte(length[index]);
        index += 1;
    }
    index = 0;
    while index < bytes.len() {
        hash = hash.add_byte(bytes[index]);
        index += 251;
    }
    index = bytes.len().saturating_sub(64);
    while index < bytes.len() {
        hash = hash.add_byte(bytes[index]);
        index += 1;
    }
    hash.0
}

const MODELS_FINGERPRINT: u64 = fingerprint(include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../models/en_ewt.tagger"
))) ^ fingerprint(include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../models/en_ewt.parser"
)))
.rotate_left(1);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_coder_version_names_the_lexicon_and_models() {
        let version = coder_version();
        assert!(version.starts_with("detente "), "{version}");
        assert!(
            version.contains(" lexicon ") && version.contains(" models "),
            "{version}"
        );
        assert_ne!(fingerprint(b"abc"), fingerprint(b"abd"));
    }

    #[test]
    fn coding_keeps_the_sentence_of_each_event() {
        let coding = Coding::builtin().unwrap();
        let article = Article {
            id: "t".to_string(),
            date: crate::article::Date::parse("2019-03-01").ok(),
            title: None,
            source: None,
            url: None,
            text: "The weather was fine. Russia accused Ukraine of shelling the town.".to_string(),
        };
        let events = coding.code_one(&article).unwrap();
        assert!(!events.is_empty());
        for event in &events {
            assert!(article.text.contains(&event.sentence_text));
            assert!(
                event.sentence_text.contains(&event.record.predicate_text),
                "{event:?}"
            );
            assert_eq!(event.record.event_date.as_deref(), Some("2019-03-01"));
        }
    }
}
