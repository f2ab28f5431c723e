//! Fuzz target: the CoNLL-U reader never panics, and what it reads writes back and re-reads the same.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(sentences) = detente_nlp::conllu::parse(text) {
        let written = detente_nlp::conllu::write(&sentences);
        let reread = detente_nlp::conllu::parse(&written).expect("written CoNLL-U reads back");
        assert_eq!(reread.len(), sentences.len());
    }
});
