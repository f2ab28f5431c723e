//! Raw text to events: segmentation, tagging and parsing, then coding sentence by sentence.

use detente_lexicon::Date;
use detente_nlp::pipeline::{sentence_forms, AnalyzedWord, Analyzer};
use detente_text::{Segmentation, Span};

use crate::coder::{Coder, SentenceWord};
use crate::event::Event;

/// The analysis of one sentence: one entry per word of the segmentation's sentence.
pub type AnalyzedSentence = Vec<AnalyzedWord>;

/// An article read and coded.
#[derive(Debug, Clone)]
pub struct CodedArticle {
    /// Sentences, tokens and words with byte offsets.
    pub segmentation: Segmentation,
    /// Per sentence, the analysis of its words.
    pub analyses: Vec<AnalyzedSentence>,
    /// The events, in sentence order.
    pub events: Vec<Event>,
    /// Problems met while coding (a discarded story, over-long sentences).
    pub diagnostics: Vec<String>,
}

/// Joins one sentence's analysis with its forms and byte spans into the coder's input: the
/// shape `Coder::code_sentence` takes. A word without a head is attached to the root as `dep`.
pub fn sentence_words<'a>(
    analysis: &'a [AnalyzedWord],
    forms: &[&'a str],
    spans: &[Span],
) -> Vec<SentenceWord<'a>> {
    analysis
        .iter()
        .zip(forms)
        .zip(spans)
        .map(|((word, form), span)| SentenceWord {
            form,
            lemma: &word.lemma,
            upos: &word.upos,
            feats: &word.feats,
            head: word.head.unwrap_or(0),
            deprel: word.deprel.as_deref().unwrap_or("dep"),
            span: *span,
        })
        .collect()
}

/// Reads `text` (published on `date`) end to end: segments, analyzes and codes it. A story
/// with a story-level discard phrase (sports results) keeps its analysis and has no events.
pub fn code_article(
    coder: &Coder<'_>,
    analyzer: &Analyzer,
    text: &str,
    date: Option<Date>,
) -> CodedArticle {
    let segmentation = detente_text::segment(text);
    let mut analyses = Vec::with_capacity(segmentation.sentences.len());
    let mut events = Vec::new();
    let mut diagnostics = Vec::new();
    let mut discarded = false;
    for index in 0..segmentation.sentences.len() {
        let forms = sentence_forms(text, &segmentation, index);
        let form_refs: Vec<&str> = forms.iter().map(AsRef::as_ref).collect();
        let analysis = analyzer.analyze(&form_refs);
        let spans = segmentation.sentence_words(index);
        let spans: Vec<Span> = spans.iter().map(|word| word.span).collect();
        let words = sentence_words(&analysis, &form_refs, &spans);
        if !discarded && coder.discards_story(&words) {
            discarded = true;
            diagnostics.push(format!(
                "sentence {index}: a story-level discard phrase; the story is not coded"
            ));
        }
        if !discarded {
            events.extend(coder.code_sentence(text, index, &words, date));
        }
        analyses.push(analysis);
    }
    if discarded {
        events.clear();
    }
    CodedArticle {
        segmentation,
        analyses,
        events,
        diagnostics,
    }
}
