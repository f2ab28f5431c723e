//! Sentence splitting and tokenization of English news text.
//!
//! [`segment`] cuts a text into sentences, surface tokens and syntactic words, every one of them a
//! byte span into the original text. Tokens follow the conventions of the UD English EWT treebank so
//! that the tagger and parser trained on it see the units they were trained on: a surface token such
//! as `Russia's` or `don't` holds two words (`Russia` + `'s`, `do` + `n't`), punctuation is split off,
//! abbreviations keep their period.
//!
//! Normalisation (curly quotes to straight ones, Unicode dashes and ellipses) never rewrites the
//! text: [`normalize`] gives the form a model should see for a span, while every offset keeps
//! pointing into the original string.
#![deny(missing_docs)]

mod abbreviations;
pub mod calendar;
mod normalize;
mod segmenter;

pub use normalize::normalize;
pub use segmenter::segment;

use std::ops::Range;

/// A half-open byte range `start..end` into the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// Makes a span; `start <= end` is the caller's promise.
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// Number of bytes covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The covered slice of `text`, which must be the text the span was made for.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// The span as a `Range`.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// A surface token: a maximal unit written without inner space that the treebank keeps whole
/// (`Russia's`, `U.S.`, `3.5`, `,`). It holds one or more [`Word`]s.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Where the token is in the text.
    pub span: Span,
    /// Indices into [`Segmentation::words`] of the words this token is made of.
    pub words: Range<usize>,
}

/// A syntactic word: what the tagger tags and the parser attaches. Most words are a whole token;
/// contractions and possessives split a token into several words (`do` + `n't`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    /// Where the word is in the text; words of one token tile the token's span.
    pub span: Span,
    /// Index into [`Segmentation::tokens`] of the token that holds this word.
    pub token: usize,
}

/// A sentence: a run of consecutive tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// From the first byte of its first token to the last byte of its last token.
    pub span: Span,
    /// Indices into [`Segmentation::tokens`].
    pub tokens: Range<usize>,
    /// Indices into [`Segmentation::words`].
    pub words: Range<usize>,
    /// True when a blank line (a new paragraph) comes before this sentence, or it is the first.
    pub starts_paragraph: bool,
    /// What kind of unit this is.
    pub kind: SentenceKind,
}

/// What a segment of text is, beyond being a run of tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SentenceKind {
    /// An ordinary sentence (or a headline, a list item: any text unit).
    Body,
    /// A wire-service dateline opening a paragraph (`MOSCOW (Reuters) -`), kept apart so that the
    /// sentence after it starts cleanly; it names where the report was filed.
    Dateline,
}

/// The result of [`segment`]: sentences, tokens and words of one text, all in text order.
///
/// Invariants: spans lie inside the text, on character boundaries, in order and without overlap;
/// every token belongs to exactly one sentence; every word to exactly one token; no span is empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segmentation {
    /// All sentences in order.
    pub sentences: Vec<Sentence>,
    /// All surface tokens in order.
    pub tokens: Vec<Token>,
    /// All syntactic words in order.
    pub words: Vec<Word>,
}

impl Segmentation {
    /// The words of sentence `index`.
    pub fn sentence_words(&self, index: usize) -> &[Word] {
        &self.words[self.sentences[index].words.clone()]
    }

    /// The tokens of sentence `index`.
    pub fn sentence_tokens(&self, index: usize) -> &[Token] {
        &self.tokens[self.sentences[index].tokens.clone()]
    }
}
