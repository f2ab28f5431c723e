//! Normalised word forms: what a model trained on the treebank should see for a span of text.

use std::borrow::Cow;

/// The normalised form of a word's text: curly quotes become straight ones (`’` → `'`, `“` → `"`),
/// an en dash becomes `-`, an em dash or horizontal bar `--`, a one-character ellipsis `...`, and
/// non-breaking or zero-width characters are dropped. ASCII text is returned as it is, without
/// allocating.
pub fn normalize(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    if !text.chars().any(needs_normalizing) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{00B4}' => {
                out.push('\'')
            }
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
            | '\u{00BB}' => out.push('"'),
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}' => out.push('-'),
            '\u{2014}' | '\u{2015}' => out.push_str("--"),
            '\u{2026}' => out.push_str("..."),
            '\u{00A0}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{00AD}' => {}
            other => out.push(other),
        }
    }
    if out.is_empty() {
        // A word made only of invisible characters keeps its own text rather than vanishing.
        return Cow::Borrowed(text);
    }
    Cow::Owned(out)
}

fn needs_normalizing(ch: char) -> bool {
    matches!(
        ch,
        '\u{2018}'
            | '\u{2019}'
            | '\u{201A}'
            | '\u{201B}'
            | '\u{2032}'
            | '\u{00B4}'
            | '\u{201C}'
            | '\u{201D}'
            | '\u{201E}'
            | '\u{201F}'
            | '\u{2033}'
            | '\u{00AB}'
            | '\u{00BB}'
            | '\u{2010}'..='\u{2015}'
                | '\u{2212}'
                | '\u{2026}'
                | '\u{00A0}'
                | '\u{200B}'..='\u{200D}'
                | '\u{FEFF}'
                | '\u{00AD}'
    )
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn ascii_is_borrowed() {
        assert!(matches!(normalize("Russia"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn curly_quotes_and_dashes() {
        assert_eq!(normalize("\u{2019}s"), "'s");
        assert_eq!(normalize("\u{201C}"), "\"");
        assert_eq!(normalize("\u{2014}"), "--");
        assert_eq!(normalize("\u{2013}"), "-");
        assert_eq!(normalize("\u{2026}"), "...");
        assert_eq!(normalize("caf\u{e9}"), "caf\u{e9}");
    }
}
