//! Fuzz target: segmentation never panics, and its spans always tile the text in order.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let segmentation = detente_text::segment(&text);
    let mut previous_end = 0;
    for token in &segmentation.tokens {
        assert!(previous_end <= token.span.start && token.span.start < token.span.end);
        assert!(token.span.end <= text.len());
        assert!(text.is_char_boundary(token.span.start) && text.is_char_boundary(token.span.end));
        previous_end = token.span.end;
    }
    let mut next_token = 0;
    for sentence in &segmentation.sentences {
        assert_eq!(sentence.tokens.start, next_token);
        assert!(sentence.tokens.end > sentence.tokens.start);
        next_token = sentence.tokens.end;
    }
    assert_eq!(next_token, segmentation.tokens.len());
    for word in &segmentation.words {
        let _ = detente_text::normalize(word.span.slice(&text));
    }
});
