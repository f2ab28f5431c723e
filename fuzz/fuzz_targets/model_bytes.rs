//! Fuzz target: damaged model files are rejected with an error, never a panic; a model that does
//! load still analyses a sentence into a well-formed tree.
#![no_main]

use detente_nlp::parser::{Parser, ParserWord};
use detente_nlp::tagger::TaggerModel;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(parser) = Parser::from_bytes(data) {
        let words = [
            ParserWord { form: "Russia", lemma: "Russia", upos: "PROPN", xpos: "NNP" },
            ParserWord { form: "met", lemma: "meet", upos: "VERB", xpos: "VBD" },
            ParserWord { form: "China", lemma: "China", upos: "PROPN", xpos: "NNP" },
        ];
        let arcs = parser.parse(&words);
        assert_eq!(arcs.len(), words.len());
        assert_eq!(arcs.iter().filter(|arc| arc.head == 0).count(), 1);
    }
    let _ = TaggerModel::from_bytes(data);
});
