//! The segmenter (placeholder while the real one is written).
use crate::{Segmentation, Sentence, Span, Token, Word};

/// Segments `text` into sentences, tokens and words.
pub fn segment(text: &str) -> Segmentation {
    let mut seg = Segmentation::default();
    let mut start = None;
    for (i, ch) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (ch.is_whitespace(), start) {
            (true, Some(s)) => {
                let w = seg.words.len();
                seg.words.push(Word {
                    span: Span::new(s, i),
                    token: seg.tokens.len(),
                });
                seg.tokens.push(Token {
                    span: Span::new(s, i),
                    words: w..w + 1,
                });
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if !seg.tokens.is_empty() {
        let span = Span::new(
            seg.tokens[0].span.start,
            seg.tokens.last().unwrap().span.end,
        );
        seg.sentences.push(Sentence {
            span,
            tokens: 0..seg.tokens.len(),
            words: 0..seg.words.len(),
            starts_paragraph: true,
        });
    }
    seg
}
