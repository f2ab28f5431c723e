//! The segmenter: text → tokens and words → sentences, in one linear pass each.
//!
//! Design note. Tokenization is rule-based: the text is cut at whitespace into chunks, leading and
//! trailing punctuation is peeled off each chunk, and the remaining core is split at inner
//! punctuation by rules that follow UD English EWT (hyphens split except after prefixes such as
//! `non-`, contractions and possessives become two words of one token, abbreviations keep their
//! period). Sentence boundaries are then decided over the token stream: a blank line always ends a
//! sentence; `.`, `?`, `!` and ellipses end one when the next word can start a sentence; an
//! abbreviation's period ends one only before a typical sentence opener; a single line break ends
//! one when the line does not visibly continue; a dateline (`MOSCOW (Reuters) -`) is a sentence of
//! its own. A statistical boundary model was considered and rejected for now: the rules reach the
//! targets on EWT, are transparent, and run at memory speed. Every rule only looks a bounded
//! distance around a position, so time is linear in the text length whatever the input.

use crate::abbreviations::{
    bare_contraction, is_abbreviation, is_final_abbreviation, is_hyphen_prefix, is_number_unit,
    is_prefix_abbreviation, is_sentence_opener,
};
use crate::{Segmentation, Sentence, SentenceKind, Span, Token, Word};

/// How a token is separated from the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Gap {
    /// Written directly after the previous token.
    None,
    /// Spaces or tabs, no line break.
    Space,
    /// One line break.
    Newline,
    /// Two or more line breaks: a new paragraph.
    BlankLine,
}

/// Segments `text` into sentences, tokens and words. Never fails: any string is accepted, and the
/// result satisfies the invariants documented on [`Segmentation`].
pub fn segment(text: &str) -> Segmentation {
    // News text averages about six bytes a token; reserving for that avoids most regrowth.
    let expected_tokens = text.len() / 5 + 1;
    let segmentation = Segmentation {
        sentences: Vec::with_capacity(expected_tokens / 20 + 1),
        tokens: Vec::with_capacity(expected_tokens),
        words: Vec::with_capacity(expected_tokens),
    };
    let mut builder = Builder {
        text,
        segmentation,
        gaps: Vec::with_capacity(expected_tokens),
        trailing: Vec::new(),
    };
    builder.tokenize();
    builder.split_sentences();
    builder.segmentation
}

struct Builder<'t> {
    text: &'t str,
    segmentation: Segmentation,
    /// The gap before each token.
    gaps: Vec<Gap>,
    /// Scratch space for the trailing punctuation of a chunk.
    trailing: Vec<(usize, usize)>,
}

fn is_space(ch: char) -> bool {
    ch.is_whitespace() || matches!(ch, '\u{200B}' | '\u{FEFF}' | '\u{2060}')
}

impl<'t> Builder<'t> {
    // ---------------------------------------------------------------- tokens

    fn tokenize(&mut self) {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut position = 0;
        let mut newlines = 0usize;
        let mut spaced = false;
        while position < bytes.len() {
            let byte = bytes[position];
            if byte.is_ascii() {
                if byte.is_ascii_whitespace() || byte == 0x0B {
                    if byte == b'\n' {
                        newlines += 1;
                    }
                    spaced = true;
                    position += 1;
                    continue;
                }
            } else {
                let ch = text[position..].chars().next().unwrap_or(' ');
                if is_space(ch) {
                    if matches!(ch, '\u{2028}' | '\u{2029}' | '\u{0085}') {
                        newlines += 1;
                    }
                    spaced = true;
                    position += ch.len_utf8();
                    continue;
                }
            }
            let (end, plain) = chunk_end(text, position);
            let gap = match (newlines, spaced) {
                (0, false) => Gap::None,
                (0, true) => Gap::Space,
                (1, _) => Gap::Newline,
                _ => Gap::BlankLine,
            };
            let first = self.segmentation.tokens.len();
            if plain {
                // The common case: a plain word or number.
                self.push_plain_piece(position, end);
            } else {
                self.tokenize_chunk(position, end);
            }
            if let Some(first_gap) = self.gaps.get_mut(first) {
                *first_gap = gap;
            }
            newlines = 0;
            spaced = false;
            position = end;
        }
    }

    /// Adds a token of one word.
    fn push_token(&mut self, start: usize, end: usize) {
        if start >= end {
            return;
        }
        let token = self.segmentation.tokens.len();
        let word = self.segmentation.words.len();
        let span = Span::new(start, end);
        self.segmentation.words.push(Word { span, token });
        self.segmentation.tokens.push(Token {
            span,
            words: word..word + 1,
        });
        self.gaps.push(Gap::None);
    }

    /// Adds a token split into words at the given inner byte offsets.
    fn push_token_with_words(&mut self, start: usize, end: usize, splits: &[usize]) {
        if start >= end {
            return;
        }
        let token_index = self.segmentation.tokens.len();
        let first_word = self.segmentation.words.len();
        let mut word_start = start;
        for &split in splits.iter().filter(|&&split| split > start && split < end) {
            if split > word_start {
                self.segmentation.words.push(Word {
                    span: Span::new(word_start, split),
                    token: token_index,
                });
                word_start = split;
            }
        }
        self.segmentation.words.push(Word {
            span: Span::new(word_start, end),
            token: token_index,
        });
        self.segmentation.tokens.push(Token {
            span: Span::new(start, end),
            words: first_word..self.segmentation.words.len(),
        });
        self.gaps.push(Gap::None);
    }

    fn tokenize_chunk(&mut self, start: usize, end: usize) {
        let text = self.text;
        let chunk = &text[start..end];
        if is_emoticon(chunk) {
            self.push_token(start, end);
            return;
        }
        let mut core_start = start;
        let mut core_end = end;
        // Leading punctuation.
        while core_start < core_end {
            let rest = &text[core_start..core_end];
            match leading_punctuation(rest) {
                Some(length) => {
                    self.push_token(core_start, core_start + length);
                    core_start += length;
                }
                None => break,
            }
        }
        // Trailing punctuation, collected right to left in a buffer reused across chunks.
        let mut trailing = std::mem::take(&mut self.trailing);
        trailing.clear();
        while core_start < core_end {
            let core = &text[core_start..core_end];
            match trailing_punctuation(core) {
                Some(length) => {
                    trailing.push((core_end - length, core_end));
                    core_end -= length;
                }
                None => break,
            }
        }
        if core_start < core_end {
            self.split_core(core_start, core_end);
        }
        for &(piece_start, piece_end) in trailing.iter().rev() {
            self.push_token(piece_start, piece_end);
        }
        self.trailing = trailing;
    }

    /// Splits a chunk's core (no leading or trailing punctuation) at inner punctuation.
    fn split_core(&mut self, start: usize, end: usize) {
        let text = self.text;
        let core = &text[start..end];
        if core.bytes().all(|b| b.is_ascii_alphanumeric()) {
            // The common case: a plain word or number.
            self.push_plain_piece(start, end);
            return;
        }
        if is_url_or_email(core) || is_emoticon(core) {
            self.push_token(start, end);
            return;
        }
        let all_digits_and_hyphens = core.bytes().all(|b| b.is_ascii_digit() || b == b'-')
            && core.bytes().filter(|&b| b == b'-').count() >= 2;
        let mut piece_start = start;
        let mut position = start;
        while position < end {
            let ch = text[position..end].chars().next().unwrap_or(' ');
            let width = ch.len_utf8();
            let before = text[start..position].chars().next_back();
            let after = text[position + width..end].chars().next();
            let split = match ch {
                '-' | '\u{2010}' | '\u{2011}' | '\u{2013}' => {
                    if after == Some(ch) || before.is_none() || after.is_none() {
                        Split::Run(ch)
                    } else if keeps_hyphen(
                        &text[piece_start..position],
                        &text[position + width..end],
                        all_digits_and_hyphens,
                    ) {
                        Split::Keep
                    } else {
                        Split::Run(ch)
                    }
                }
                '\u{2014}' | '\u{2015}' | '\u{2026}' => Split::Run(ch),
                '.' if after == Some('.') => Split::Run('.'),
                '/' => {
                    if before.is_some_and(|c| c.is_ascii_digit())
                        && after.is_some_and(|c| c.is_ascii_digit())
                        || before.is_some_and(|c| c.is_alphabetic())
                            && after.is_some_and(|c| c.is_alphabetic())
                            && is_short_slash_abbreviation(&text[piece_start..end])
                    {
                        Split::Keep
                    } else {
                        Split::Run('/')
                    }
                }
                ',' | ':' => {
                    if before.is_some_and(|c| c.is_ascii_digit())
                        && after.is_some_and(|c| c.is_ascii_digit())
                    {
                        Split::Keep
                    } else {
                        Split::One
                    }
                }
                '(' | ')' | '[' | ']' | '{' | '}' | '"' | '\u{201C}' | '\u{201D}' | ';' | '!'
                | '?' | '<' | '>' | '*' | '|' | '+' | '=' => {
                    if ch == '+' && before.is_some_and(char::is_alphanumeric) && after.is_none() {
                        Split::Keep
                    } else {
                        Split::Run(ch)
                    }
                }
                _ => Split::Keep,
            };
            match split {
                Split::Keep => position += width,
                Split::One | Split::Run(_) => {
                    let mut run_end = position + width;
                    if let Split::Run(run_char) = split {
                        while text[run_end..end].starts_with(run_char) {
                            run_end += run_char.len_utf8();
                        }
                    }
                    self.push_piece(piece_start, position);
                    self.push_token(position, run_end);
                    piece_start = run_end;
                    position = run_end;
                }
            }
        }
        self.push_piece(piece_start, end);
    }

    /// Adds a word-like piece: splits contractions, possessives and number units.
    fn push_piece(&mut self, start: usize, end: usize) {
        if start >= end {
            return;
        }
        let piece = &self.text[start..end];
        if piece.len() > 2 && piece.contains(['\'', '\u{2019}', '`']) {
            if let Some(split) = contraction_split(piece) {
                self.push_token_with_words(start, end, &[start + split]);
                return;
            }
        }
        self.push_plain_piece(start, end);
    }

    /// Adds a piece without apostrophes: splits bare contractions (`dont`) and number units.
    fn push_plain_piece(&mut self, start: usize, end: usize) {
        if start >= end {
            return;
        }
        let piece = &self.text[start..end];
        if let Some(parts) = bare_contraction(piece) {
            let mut splits = [0usize; 3];
            let mut offset = start;
            for (slot, length) in splits.iter_mut().zip(parts.iter().take(parts.len() - 1)) {
                offset += length;
                *slot = offset;
            }
            self.push_token_with_words(start, end, &splits[..parts.len() - 1]);
            return;
        }
        if !piece.as_bytes()[0].is_ascii_digit() {
            self.push_token(start, end);
            return;
        }
        if let Some(split) = number_unit_split(piece) {
            self.push_token(start, start + split);
            self.push_token(start + split, end);
            return;
        }
        self.push_token(start, end);
    }

    // ------------------------------------------------------------- sentences

    fn split_sentences(&mut self) {
        let token_count = self.segmentation.tokens.len();
        if token_count == 0 {
            return;
        }
        let mut sentence_start = 0;
        let mut starts_paragraph = true;
        let mut kind = SentenceKind::Body;
        let mut index = 0;
        if let Some(dateline_end) = self.dateline_end(0) {
            self.close_sentence(0, dateline_end + 1, true, SentenceKind::Dateline);
            sentence_start = dateline_end + 1;
            starts_paragraph = false;
            index = sentence_start;
        }
        while index < token_count {
            // Boundaries before `index` from the layout.
            if index > sentence_start {
                let gap = self.gaps[index];
                let layout_break = match gap {
                    Gap::BlankLine => true,
                    Gap::Newline => self.line_break_ends_sentence(index),
                    _ => false,
                };
                if layout_break {
                    self.close_sentence(sentence_start, index, starts_paragraph, kind);
                    sentence_start = index;
                    starts_paragraph = gap == Gap::BlankLine;
                    kind = SentenceKind::Body;
                    if starts_paragraph {
                        if let Some(dateline_end) = self.dateline_end(index) {
                            self.close_sentence(
                                index,
                                dateline_end + 1,
                                true,
                                SentenceKind::Dateline,
                            );
                            sentence_start = dateline_end + 1;
                            starts_paragraph = false;
                            index = sentence_start;
                            continue;
                        }
                    }
                }
            }
            // Boundaries after punctuation.
            if self.is_terminal(index) {
                let after = self.skip_closers(index + 1);
                if after < token_count
                    && self.gaps[after] == Gap::Space
                    && self.ends_sentence(index, after)
                {
                    self.close_sentence(sentence_start, after, starts_paragraph, kind);
                    sentence_start = after;
                    starts_paragraph = false;
                    kind = SentenceKind::Body;
                    index = after;
                    continue;
                }
                if after > index + 1 {
                    index = after;
                    continue;
                }
            }
            index += 1;
        }
        if sentence_start < token_count {
            self.close_sentence(sentence_start, token_count, starts_paragraph, kind);
        }
    }

    fn close_sentence(
        &mut self,
        first: usize,
        end: usize,
        starts_paragraph: bool,
        kind: SentenceKind,
    ) {
        if first >= end {
            return;
        }
        let tokens = &self.segmentation.tokens;
        let span = Span::new(tokens[first].span.start, tokens[end - 1].span.end);
        let words = tokens[first].words.start..tokens[end - 1].words.end;
        self.segmentation.sentences.push(Sentence {
            span,
            tokens: first..end,
            words,
            starts_paragraph,
            kind,
        });
    }

    fn token_text(&self, index: usize) -> &'t str {
        self.segmentation.tokens[index].span.slice(self.text)
    }

    /// True when token `index` can end a sentence: `.`, `?`, `!`, ellipses, or an abbreviation.
    fn is_terminal(&self, index: usize) -> bool {
        let span = self.segmentation.tokens[index].span;
        match self.text.as_bytes()[span.end - 1] {
            b'.' | b'!' | b'?' => true,
            // The last byte of `…` (U+2026) and of `。` (U+3002).
            0xA6 | 0x82 => {
                let token = span.slice(self.text);
                token.ends_with(['\u{2026}', '\u{3002}'])
            }
            _ => false,
        }
    }

    /// Skips closing quotes and brackets written right after token `index - 1`.
    fn skip_closers(&self, mut index: usize) -> usize {
        let token_count = self.segmentation.tokens.len();
        while index < token_count && self.gaps[index] == Gap::None {
            let token = self.token_text(index);
            let closes = match token {
                ")" | "]" | "}" | "\u{201D}" | "\u{2019}" | "\u{00BB}" | "''"
                | "\u{2019}\u{2019}" => true,
                "\"" | "'" => {
                    index + 1 >= token_count || self.gaps[index + 1] != Gap::None || {
                        let next = self.token_text(index + 1);
                        next.starts_with(|c: char| !c.is_alphanumeric())
                    }
                }
                _ => false,
            };
            if !closes {
                break;
            }
            index += 1;
        }
        index
    }

    /// Whether a sentence ends between terminal token `terminal` (with its closers) and token
    /// `next`.
    fn ends_sentence(&self, terminal: usize, next: usize) -> bool {
        let token = self.token_text(terminal);
        // Look past opening quotes and brackets to the first word.
        let mut first = next;
        while first < self.segmentation.tokens.len() && is_opener(self.token_text(first)) {
            first += 1;
        }
        let Some(next_word) = self
            .segmentation
            .tokens
            .get(first)
            .map(|t| t.span.slice(self.text))
        else {
            return true;
        };
        let Some(initial) = next_word.chars().next() else {
            return false;
        };
        if matches!(
            initial,
            ',' | ';' | ':' | ')' | ']' | '}' | '%' | '-' | '.' | '\u{2013}' | '\u{2014}'
        ) {
            // A comma or a spaced ellipsis (`. . .`) continues the sentence.
            return false;
        }
        let closed_quote = next > terminal + 1;
        if token == "." || token == "\u{3002}" || token.contains(['!', '?']) {
            if token == "." && self.is_list_marker_period(terminal) {
                return false;
            }
            // A split-off period, `?` or `!` ends the sentence even before a lowercase word
            // (informal text), except when a quotation closed in between: `"Why?" he asked.`
            return !(initial.is_lowercase() && closed_quote);
        }
        if initial.is_lowercase() {
            return false;
        }
        if token.chars().all(|c| c == '.' || c == '\u{2026}') {
            // An ellipsis ends a sentence before a capitalised word.
            return initial.is_uppercase();
        }
        // An abbreviation that kept its period.
        // The token without its last character, which may be a multibyte stop ('。').
        let stem = token
            .char_indices()
            .last()
            .map_or(token, |(last, _)| &token[..last]);
        if is_initial(stem) || is_prefix_abbreviation(stem) {
            return false;
        }
        if initial.is_uppercase() && (is_sentence_opener(next_word) || is_final_abbreviation(stem))
        {
            return true;
        }
        // A dotted acronym (`U.S.`) or a company suffix before a new paragraph-like start: only
        // when the next word begins a quotation or a clause that clearly opens.
        first > next && initial.is_uppercase()
    }

    /// True when the period at `index` closes a list marker (`1.`, `b.`) at the start of a
    /// sentence: the sentence begins at the marker, not after it.
    fn is_list_marker_period(&self, index: usize) -> bool {
        if index == 0 || self.gaps[index] != Gap::None {
            return false;
        }
        let marker = self.token_text(index - 1);
        let is_marker = (marker.len() <= 2 && marker.bytes().all(|b| b.is_ascii_digit()))
            || (marker.len() == 1 && marker.bytes().all(|b| b.is_ascii_lowercase()));
        if !is_marker {
            return false;
        }
        index == 1
            || self.gaps[index - 1] >= Gap::Newline
            || matches!(
                self.token_text(index - 2),
                "." | "?" | "!" | ":" | ")" | ";"
            )
    }

    /// Whether a single line break before token `index` ends the sentence.
    fn line_break_ends_sentence(&self, index: usize) -> bool {
        let next = self.token_text(index);
        let Some(initial) = next.chars().next() else {
            return false;
        };
        if initial.is_lowercase() {
            return false;
        }
        let previous = self.token_text(index - 1);
        if matches!(
            previous,
            "," | ";" | ":" | "-" | "--" | "&" | "(" | "/" | "\u{2013}" | "\u{2014}"
        ) {
            return false;
        }
        !is_continuation_word(previous)
    }

    /// If a dateline (`WASHINGTON, March 27 (Reuters) -`) starts at token `first`, the index of its
    /// closing dash.
    fn dateline_end(&self, first: usize) -> Option<usize> {
        let tokens = &self.segmentation.tokens;
        let start_byte = tokens.get(first)?.span.start;
        let head = self.token_text(first);
        let capitalised_head = head.chars().next().is_some_and(char::is_uppercase);
        if !capitalised_head {
            return None;
        }
        let head_is_caps = head.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && head.chars().all(|c| !c.is_lowercase());
        let mut saw_agency = false;
        let mut depth = 0usize;
        for index in first + 1..tokens.len().min(first + 20) {
            if tokens[index].span.start - start_byte > 120 || self.gaps[index] >= Gap::Newline {
                return None;
            }
            let token = self.token_text(index);
            match token {
                "(" => depth += 1,
                ")" => {
                    depth = depth.saturating_sub(1);
                    saw_agency = true;
                }
                "-" | "--" | "\u{2013}" | "\u{2014}" | "\u{2015}" if depth == 0 => {
                    let spaced = self.gaps[index] != Gap::None
                        && tokens
                            .get(index + 1)
                            .is_some_and(|_| self.gaps[index + 1] != Gap::None);
                    return (spaced && (head_is_caps || saw_agency) && index + 1 < tokens.len())
                        .then_some(index);
                }
                _ if depth > 0 => {}
                "," => {}
                _ => {
                    let initial = token.chars().next().unwrap_or(' ');
                    if !(initial.is_uppercase() || initial.is_ascii_digit()) {
                        return None;
                    }
                }
            }
        }
        None
    }
}

#[derive(Debug, Clone, Copy)]
enum Split {
    /// Not a split point.
    Keep,
    /// Split off this one character.
    One,
    /// Split off the run of this character that starts here.
    Run(char),
}

/// End of the whitespace-free chunk that starts at `start`, and whether it is plain ASCII letters
/// and digits.
fn chunk_end(text: &str, start: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut position = start;
    let mut plain = true;
    while position < bytes.len() {
        let byte = bytes[position];
        if byte.is_ascii() {
            if byte.is_ascii_whitespace() || byte == 0x0B {
                break;
            }
            plain &= byte.is_ascii_alphanumeric();
            position += 1;
        } else {
            let ch = text[position..].chars().next().unwrap_or(' ');
            if is_space(ch) {
                break;
            }
            plain = false;
            position += ch.len_utf8();
        }
    }
    (position, plain)
}

fn is_opener(token: &str) -> bool {
    matches!(
        token,
        "(" | "[" | "{" | "\"" | "'" | "\u{201C}" | "\u{2018}" | "\u{00AB}" | "``" | "`"
    )
}

/// Words after which a line break does not end a sentence.
fn is_continuation_word(word: &str) -> bool {
    if word.len() > 5 {
        return false;
    }
    matches!(
        word.to_ascii_lowercase().as_str(),
        "and"
            | "or"
            | "but"
            | "nor"
            | "of"
            | "the"
            | "a"
            | "an"
            | "to"
            | "in"
            | "for"
            | "with"
            | "by"
            | "on"
            | "at"
            | "from"
            | "that"
            | "which"
            | "who"
            | "as"
            | "than"
            | "into"
            | "its"
            | "their"
            | "his"
            | "her"
    )
}

/// A single capital letter (`F` in `John F. Kennedy`).
fn is_initial(stem: &str) -> bool {
    let mut chars = stem.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic())
}

/// Letters separated by periods: `U.S`, `a.m`, `Ph.D`.
fn is_dotted_acronym(stem: &str) -> bool {
    stem.contains('.')
        && stem.split('.').all(|part| {
            !part.is_empty() && part.len() <= 3 && part.chars().all(char::is_alphabetic)
        })
}

/// Length of the leading punctuation token of `rest`, if it starts with one.
fn leading_punctuation(rest: &str) -> Option<usize> {
    let mut chars = rest.chars();
    let first = chars.next()?;
    let second = chars.next();
    let run_of = |ch: char| rest.len() - rest.trim_start_matches(ch).len();
    match first {
        '(' | '[' | '{' | '"' | '\u{201C}' | '\u{201E}' | '\u{00AB}' | '\u{2018}' | ')' | ']'
        | '}' | ',' | ';' | '\u{201D}' | '\u{00BB}' | '%' => Some(first.len_utf8()),
        '<' | '>' | '*' | '~' | '|' | '=' | '+' | '^' | '\\' | '_' | '`' => Some(run_of(first)),
        '\'' | '\u{2019}' => {
            let word: String = rest[first.len_utf8()..]
                .chars()
                .take_while(|c| c.is_alphanumeric())
                .collect();
            let lower = word.to_ascii_lowercase();
            let elision = matches!(
                lower.as_str(),
                "em" | "cause" | "til" | "tis" | "twas" | "n" | "s"
            ) || (word.len() == 2 && word.bytes().all(|b| b.is_ascii_digit()))
                || (word.len() == 3
                    && word.ends_with('s')
                    && word[..2].bytes().all(|b| b.is_ascii_digit()));
            if elision && !word.is_empty() {
                None
            } else {
                Some(run_of(first))
            }
        }
        '$' | '\u{00A3}' | '\u{20AC}' | '\u{00A5}' | '#' => {
            (second.is_some_and(|c| c.is_ascii_digit()) || second.is_none())
                .then_some(first.len_utf8())
        }
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' => {
            let length = rest.len()
                - rest
                    .trim_start_matches([
                        '-', '\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}', '\u{2014}', '\u{2015}',
                    ])
                    .len();
            Some(length)
        }
        '.' | '\u{2026}' => {
            if first == '.' && second.is_some_and(|c| c.is_ascii_digit()) {
                return None;
            }
            let length = rest.len() - rest.trim_start_matches(['.', '\u{2026}']).len();
            Some(length)
        }
        '!' | '?' | ':' | '&' => {
            if rest.len() == first.len_utf8()
                || !second.is_some_and(char::is_alphanumeric)
                || first != '&'
            {
                let length = rest.len() - rest.trim_start_matches(['!', '?']).len();
                Some(length.max(first.len_utf8()))
            } else {
                None
            }
        }
        _ => None,
    }
}

/// Length of the trailing punctuation token of `core`, if it ends with one.
fn trailing_punctuation(core: &str) -> Option<usize> {
    let last = core.chars().next_back()?;
    let run_of = |ch: char| core.len() - core.trim_end_matches(ch).len();
    match last {
        ')' | ']' | '}' | '"' | '\u{201D}' | '\u{201C}' | '\u{00BB}' | ',' | ';' | '%'
        | '\u{2018}' => {
            if core.len() == last.len_utf8() {
                return None;
            }
            Some(last.len_utf8())
        }
        ':' => (core.len() > 1).then_some(1),
        '>' | '*' | '~' | '|' | '=' | '^' | '`' => {
            (core.len() > run_of(last)).then(|| run_of(last))
        }
        '-' | '\u{2013}' | '\u{2014}' | '\u{2015}' => {
            let length = core.len()
                - core
                    .trim_end_matches(['-', '\u{2013}', '\u{2014}', '\u{2015}'])
                    .len();
            (core.len() > length).then_some(length)
        }
        '\'' | '\u{2019}' => {
            if core.len() == last.len_utf8() {
                return None;
            }
            let stem = &core[..core.len() - last.len_utf8()];
            // `Ma'am`-style inner apostrophes never reach here; a final one is a closing quote or a
            // plural possessive (`parents'`), split off either way.
            if stem.ends_with(['\'', '\u{2019}']) {
                return Some(run_of(last).min(core.len() - 1).max(last.len_utf8()));
            }
            Some(last.len_utf8())
        }
        '.' | '!' | '?' | '\u{2026}' => {
            let run = core.len() - core.trim_end_matches(['.', '!', '?', '\u{2026}']).len();
            if run == core.len() {
                return None;
            }
            let stem = &core[..core.len() - run];
            if run == 1 && last == '.' && keeps_period(stem) {
                return None;
            }
            Some(run)
        }
        _ => None,
    }
}

/// Whether `stem` + `.` is one token (an abbreviation, an initial, a dotted acronym).
fn keeps_period(stem: &str) -> bool {
    if stem.is_empty() {
        return false;
    }
    is_abbreviation(stem) || is_initial(stem) || is_dotted_acronym(stem)
}

/// Whether a hyphen between `left` (since the last split) and `right` (to the end of the core)
/// stays inside the word.
fn keeps_hyphen(left: &str, right: &str, all_digits_and_hyphens: bool) -> bool {
    if all_digits_and_hyphens {
        return true;
    }
    // The segment of `left` after its last hyphen, and of `right` before its next one.
    let left_part = left
        .rsplit(['-', '\u{2010}', '\u{2011}', '\u{2013}'])
        .next()
        .unwrap_or(left);
    let right_part = right
        .split(['-', '\u{2010}', '\u{2011}', '\u{2013}'])
        .next()
        .unwrap_or(right);
    let left_digits = !left_part.is_empty() && left_part.bytes().all(|b| b.is_ascii_digit());
    let right_digits = !right_part.is_empty() && right_part.bytes().all(|b| b.is_ascii_digit());
    if left_digits && right_digits {
        // Phone-number fragments (`555-1234`) stay whole; ranges and scores (`1969-1970`, `2-1`) split.
        return left_part.len() >= 3
            && right_part.len() >= 4
            && !(left_part.len() == 4 && right_part.len() == 4);
    }
    let left_has_digit = left_part.bytes().any(|b| b.is_ascii_digit());
    let right_has_digit = right_part.bytes().any(|b| b.is_ascii_digit());
    let left_has_letter = left_part.chars().any(char::is_alphabetic);
    let right_has_letter = right_part.chars().any(char::is_alphabetic);
    if (left_has_letter && right_has_digit && !right_has_letter) && left_part.len() <= 6 {
        // `F-16`, `COVID-19`, `G-7`.
        return left_part
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit());
    }
    if left_has_digit && left_has_letter || right_has_digit && right_has_letter {
        // Codes such as `x3-9890` or `MH17-B`.
        return true;
    }
    is_hyphen_prefix(left_part)
}

/// `w/o`, `c/o`, `l/c`: one-letter pairs around a slash stay whole; so do capitals with one
/// letter on a side, as EWT keeps `I/C` (`SPLM/A`, the Sudan People's Liberation
/// Movement/Army; not `US/UK` nor `he/she`).
fn is_short_slash_abbreviation(rest: &str) -> bool {
    let word: &str = rest
        .split(|c: char| !(c.is_alphabetic() || c == '/'))
        .next()
        .unwrap_or(rest);
    let mut parts = word.split('/');
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let letters = |part: &str| part.chars().count();
    let lower_pair = letters(a) == 1 && letters(b) == 1 && a.chars().all(|c| c.is_lowercase());
    let capitals = |part: &str| !part.is_empty() && part.chars().all(|c| c.is_uppercase());
    let acronym = capitals(a)
        && capitals(b)
        && (letters(a) == 1 || letters(b) == 1)
        && letters(a).max(letters(b)) <= 6;
    lower_pair || acronym
}

/// Where a contraction or possessive splits `piece`: `don't` → 2 (`do` + `n't`), `Russia's` → 6.
fn contraction_split(piece: &str) -> Option<usize> {
    // n't / n’t
    for apostrophe in ["'", "\u{2019}"] {
        let suffix_length = 2 + apostrophe.len();
        if piece.len() > suffix_length && piece.is_char_boundary(piece.len() - suffix_length) {
            let split = piece.len() - suffix_length;
            let suffix = &piece.as_bytes()[split..];
            if suffix[0].eq_ignore_ascii_case(&b'n')
                && &suffix[1..1 + apostrophe.len()] == apostrophe.as_bytes()
                && suffix[suffix.len() - 1].eq_ignore_ascii_case(&b't')
            {
                return Some(split);
            }
        }
    }
    // 's 're 've 'll 'd 'm, with a straight or curly apostrophe.
    let apostrophe_at = piece.rfind(['\'', '\u{2019}', '`'])?;
    if apostrophe_at == 0 {
        return None;
    }
    let suffix = &piece[apostrophe_at..];
    let apostrophe_length = suffix.chars().next().map_or(1, char::len_utf8);
    let rest = &suffix[apostrophe_length..];
    let known = matches!(
        rest,
        "s" | "S" | "re" | "RE" | "ve" | "VE" | "ll" | "LL" | "d" | "D" | "m" | "M"
    );
    if !known {
        return None;
    }
    // The stem must end in a letter or digit (`Russia's`, `90's`), not be a quote run.
    let stem_ok = piece[..apostrophe_at]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    stem_ok.then_some(apostrophe_at)
}

/// `5kg` → 1, `3pm` → 1, `10.5mm` → 4: where a number ends and a unit begins.
fn number_unit_split(piece: &str) -> Option<usize> {
    let digits = piece.len()
        - piece
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',')
            .len();
    if digits == 0 || digits == piece.len() || !piece.as_bytes()[0].is_ascii_digit() {
        return None;
    }
    let unit = &piece[digits..];
    is_number_unit(unit).then_some(digits)
}

fn is_url_or_email(core: &str) -> bool {
    let lower_prefix = |prefix: &str| {
        core.len() > prefix.len()
            && core.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
    };
    if lower_prefix("http://")
        || lower_prefix("https://")
        || lower_prefix("ftp://")
        || lower_prefix("www.")
        || lower_prefix("mailto:")
    {
        return true;
    }
    if let Some(at) = core.find('@') {
        let (local, domain) = (&core[..at], &core[at + 1..]);
        return !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && domain
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_'));
    }
    // Bare domains such as `whitehouse.gov` or `Liquidweb.com`.
    if let Some(dot) = core.rfind('.') {
        let tld = &core[dot + 1..];
        let name = &core[..dot];
        return matches!(
            tld.to_ascii_lowercase().as_str(),
            "com" | "org" | "net" | "gov" | "edu" | "int" | "mil" | "uk" | "io" | "info"
        ) && !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_'));
    }
    false
}

fn is_emoticon(chunk: &str) -> bool {
    matches!(
        chunk,
        ":)" | ":-)"
            | ";)"
            | ";-)"
            | ":("
            | ":-("
            | ":D"
            | ":-D"
            | ":P"
            | ":-P"
            | ":p"
            | ":o"
            | ":O"
            | ":/"
            | ":-/"
            | "<3"
            | "^_^"
            | "^^"
            | "XD"
            | ":'("
            | "=)"
            | "(:"
            | "):"
            | "-_-"
            | ":]"
            | ":["
    )
}
