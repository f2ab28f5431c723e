//! The analysis pipeline: the one entry point the rest of detente uses to tag, lemmatize and
//! parse sentences with the models shipped in the repository.
//!
//! [`Analyzer::default_english`] loads the models embedded in the binary (trained on UD
//! English EWT, CC BY-SA 4.0); [`Analyzer::analyze`] takes the word forms of one sentence and
//! returns, per word, its tags, features and lemma, and — once a parser model is loaded — its
//! head and relation. Without a parser those two are `None`: never guessed.

use std::sync::OnceLock;

use detente_text::Segmentation;

use crate::model::ModelError;
use crate::parser::{Parser, ParserWord};
use crate::tagger::TaggerModel;

/// The tagger and lemmatizer model trained on UD English EWT.
const ENGLISH_TAGGER: &[u8] = include_bytes!("../../../models/en_ewt.tagger");
/// The dependency parser model trained on UD English EWT.
const ENGLISH_PARSER: &[u8] = include_bytes!("../../../models/en_ewt.parser");

/// The analysis of one word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnalyzedWord {
    /// Universal part of speech (`NOUN`, `VERB`, …).
    pub upos: String,
    /// Penn Treebank part of speech (`NNS`, `VBD`, …).
    pub xpos: String,
    /// UD morphological features (`Number=Plur`, `Mood=Ind|Tense=Past|VerbForm=Fin`), `_` when
    /// none.
    pub feats: String,
    /// Lemma (`say` for `said`).
    pub lemma: String,
    /// 1-based index of the head word in the sentence, 0 for the root; `None` without a parser.
    pub head: Option<usize>,
    /// UD dependency relation (`nsubj`, `obl:agent`); `None` without a parser.
    pub deprel: Option<String>,
}

/// Tagger, lemmatizer and (when present) parser, ready to analyze sentences.
#[derive(Debug, Clone)]
pub struct Analyzer {
    tagger: TaggerModel,
    parser: Option<Parser>,
}

impl Analyzer {
    /// The English models embedded in the binary.
    pub fn default_english() -> Result<Analyzer, ModelError> {
        let tagger = TaggerModel::from_bytes(ENGLISH_TAGGER)?;
        let parser = Parser::from_bytes(ENGLISH_PARSER)
            .map_err(|error| ModelError::Parser(error.to_string()))?;
        Ok(Analyzer::new(tagger, Some(parser)))
    }

    /// The English models, loaded once per process and shared.
    pub fn shared_english() -> Result<&'static Analyzer, ModelError> {
        static SHARED: OnceLock<Result<Analyzer, ModelError>> = OnceLock::new();
        SHARED
            .get_or_init(Analyzer::default_english)
            .as_ref()
            .map_err(Clone::clone)
    }

    /// An analyzer with the given models; without a parser, heads and relations are `None`.
    pub fn new(tagger: TaggerModel, parser: Option<Parser>) -> Analyzer {
        Analyzer { tagger, parser }
    }

    /// The tagger and lemmatizer.
    pub fn tagger(&self) -> &TaggerModel {
        &self.tagger
    }

    /// True when heads and relations are predicted.
    pub fn has_parser(&self) -> bool {
        self.parser.is_some()
    }

    /// The parser, when there is one.
    pub fn parser(&self) -> Option<&Parser> {
        self.parser.as_ref()
    }

    /// Analyzes one sentence given as word forms (as the model should see them, e.g. from
    /// [`detente_text::normalize`]). Returns one entry per form; an empty sentence gives none.
    pub fn analyze(&self, forms: &[&str]) -> Vec<AnalyzedWord> {
        let tagger = &self.tagger.tagger;
        let recased = tagger.recase(forms);
        let recased_forms: Vec<&str>;
        let forms = match &recased {
            Some(recased) => {
                recased_forms = recased.iter().map(String::as_str).collect();
                &recased_forms[..]
            }
            None => forms,
        };
        let tags = tagger.tag(forms);
        let mut words: Vec<AnalyzedWord> = forms
            .iter()
            .zip(tags)
            .map(|(form, tag)| {
                let xpos = tagger.xpos(tag);
                AnalyzedWord {
                    upos: tagger.upos(tag).to_string(),
                    xpos: xpos.to_string(),
                    feats: tagger.features(form, tag).to_string(),
                    lemma: self.tagger.lemmatizer.lemmatize(form, xpos),
                    head: None,
                    deprel: None,
                }
            })
            .collect();
        if let Some(parser) = &self.parser {
            let parser_words: Vec<ParserWord<'_>> = forms
                .iter()
                .zip(&words)
                .map(|(form, word)| ParserWord {
                    form,
                    lemma: &word.lemma,
                    upos: &word.upos,
                    xpos: &word.xpos,
                })
                .collect();
            let arcs = parser.parse(&parser_words);
            for (word, arc) in words.iter_mut().zip(arcs) {
                word.head = Some(arc.head);
                word.deprel = Some(arc.deprel);
            }
        }
        words
    }

    /// Analyzes every sentence of a segmented text, one `Vec` per sentence, in order.
    pub fn analyze_segmentation(
        &self,
        text: &str,
        segmentation: &Segmentation,
    ) -> Vec<Vec<AnalyzedWord>> {
        (0..segmentation.sentences.len())
            .map(|index| {
                let forms = sentence_forms(text, segmentation, index);
                let forms: Vec<&str> = forms.iter().map(AsRef::as_ref).collect();
                self.analyze(&forms)
            })
            .collect()
    }
}

/// The model-facing forms of the words of sentence `index`.
pub fn sentence_forms<'t>(
    text: &'t str,
    segmentation: &Segmentation,
    index: usize,
) -> Vec<std::borrow::Cow<'t, str>> {
    segmentation
        .sentence_words(index)
        .iter()
        .map(|word| detente_text::normalize(word.span.slice(text)))
        .collect()
}
