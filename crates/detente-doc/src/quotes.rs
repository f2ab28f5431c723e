//! Quotations and reported speech: where they are, who said them, and who reported it.
//!
//! # Design note
//! **Direct quotes** are found on the characters in one pass: `“…”`, `„…“`, `«…»` and straight
//! `"…"` (which toggle). A quote still open at a paragraph break ends there: wire style
//! continues a quote into the next paragraph by opening it again, so that is no error; a
//! quote still open at the end of the text, or a closing mark with no opening one, is
//! reported as a diagnostic and reading goes on. One- to three-word quotes without final
//! punctuation are scare quotes ("so-called 'peacekeepers'"), not quotations.
//!
//! **Speakers.** For each quote the nearest speech verb (a `report` cue of the lexicon: say,
//! tell, add, …) outside every quote, in a sentence that the quote starts or ends in, names
//! the speaker through its subject ("…," Lavrov said; Lavrov said: "…"; "…," said Lavrov). A
//! quote that ends its sentence ("…!" or "…?" before the closing mark) may also be named by a
//! short sentence right after it whose speech verb reports nothing of its own ("…!" Trump
//! tweeted.). A quote with no such verb continues the previous quote's speaker when it follows within two
//! sentences ("…," he said. "…"), which also covers split quotes.
//!
//! **Reported speech** ("X said that …", "X told reporters …") is a quote of kind `indirect`
//! whose text is the complement clause; "…, according to X" makes the sentence an indirect
//! quote of X.
//!
//! **Attributed to** names who reported the words when that is not the speaker's own channel:
//! the `by` agent of "according to a translation first reported by Bloomberg", "according to
//! state media", a media or anonymous subject ("state-run media said", "a senior official
//! said", "sources said"), or a news outlet told ("told Reuters").
//!
//! **Rejected.** Pairing straight quotes across paragraphs (one missing mark would flip every
//! later quote), and using single quotes (apostrophes make them ambiguous).

use detente_lexicon::{CueKind, Lexicon};
use detente_text::Span;

use crate::sentence::ParsedSentence;

/// Direct quotation or reported speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    /// Words in quotation marks.
    Direct,
    /// A reported clause ("said that …") or a sentence "according to" someone.
    Indirect,
}

impl QuoteKind {
    /// The printed name: `direct` or `indirect`.
    pub fn name(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// Who said the words of a quote.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteSpeaker {
    /// The speaker as written ("Russian Deputy Prime Minister Alexei Overchuk", "he").
    pub text: String,
    /// Its byte span.
    pub span: Span,
    /// Byte span of its head word.
    pub head: Span,
    /// The speaker's actor code, when resolved (through coreference for "he").
    pub code: Option<String>,
}

/// A quotation or reported statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    /// Direct or indirect.
    pub kind: QuoteKind,
    /// The words quoted or reported, without the quotation marks.
    pub text: String,
    /// Their byte span.
    pub span: Span,
    /// Who said them, when the article tells.
    pub speaker: Option<QuoteSpeaker>,
    /// Who reported them, when it is not the speaker ("Bloomberg", "state-run media").
    pub attributed_to: Option<String>,
    /// Byte span of `attributed_to`.
    pub attributed_span: Option<Span>,
}

/// Nouns for media and for anonymous sources.
const MEDIA_NOUNS: &[&str] = &[
    "media",
    "agency",
    "newspaper",
    "paper",
    "broadcaster",
    "television",
    "tv",
    "radio",
    "outlet",
    "daily",
    "tabloid",
    "website",
    "report",
    "reports",
    "translation",
    "statement",
];
const ANONYMOUS_NOUNS: &[&str] = &[
    "official", "source", "diplomat", "person", "people", "aide", "officer", "insider",
];
/// Outlets often told things by name.
const OUTLETS: &[&str] = &[
    "reuters",
    "afp",
    "bloomberg",
    "bbc",
    "cnn",
    "ap",
    "tass",
    "xinhua",
    "ria",
    "interfax",
];

/// Finds the direct quotes of `text` (inner spans, in order), given the byte offsets where
/// paragraphs start. Problems go to `diagnostics`.
pub(crate) fn direct_quote_spans(
    text: &str,
    paragraph_starts: &[usize],
    diagnostics: &mut Vec<String>,
) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    let mut next_paragraph = 0;
    let close = |spans: &mut Vec<Span>, start: usize, end: usize| {
        let inner = text.get(start..end).unwrap_or("");
        // The comma before the closing mark ("…," he said) belongs to the sentence.
        let trimmed_end = start + inner.trim_end().trim_end_matches([',', ';', ':']).len();
        let trimmed_start = start + (inner.len() - inner.trim_start().len());
        if trimmed_end > trimmed_start && !is_scare_quote(&text[trimmed_start..trimmed_end]) {
            spans.push(Span::new(trimmed_start, trimmed_end));
        }
    };
    for (offset, character) in text.char_indices() {
        while next_paragraph < paragraph_starts.len() && paragraph_starts[next_paragraph] <= offset
        {
            if let Some(start) = open.take() {
                // Continued in the next paragraph, wire style, or left open by mistake.
                let end = paragraph_starts[next_paragraph];
                let continued = text
                    .get(end..)
                    .and_then(|rest| rest.trim_start().chars().next())
                    .is_some_and(|first| matches!(first, '"' | '“' | '„' | '«'));
                if !continued {
                    diagnostics.push(format!(
                        "quotation opened at byte {} does not close before its paragraph ends",
                        start.saturating_sub(1)
                    ));
                }
                close(&mut spans, start, end.max(start));
            }
            next_paragraph += 1;
        }
        let width = character.len_utf8();
        match character {
            '“' | '„' | '«' => {
                if let Some(start) = open.take() {
                    diagnostics.push(format!(
                        "quotation opened at byte {} is opened again at byte {offset} before it closes",
                        start.saturating_sub(1)
                    ));
                    close(&mut spans, start, offset);
                }
                open = Some(offset + width);
            }
            '”' | '»' => match open.take() {
                Some(start) => close(&mut spans, start, offset),
                None => diagnostics.push(format!(
                    "closing quotation mark at byte {offset} has no opening mark"
                )),
            },
            '"' => match open.take() {
                Some(start) => close(&mut spans, start, offset),
                None => open = Some(offset + width),
            },
            _ => {}
        }
    }
    if let Some(start) = open {
        diagnostics.push(format!(
            "quotation opened at byte {} never closes",
            start.saturating_sub(1)
        ));
        close(&mut spans, start, text.len());
    }
    spans
}

/// Few words and no closing punctuation: a term in quotation marks, not a quotation.
fn is_scare_quote(inner: &str) -> bool {
    let words = inner.split_whitespace().count();
    let punctuated = inner.ends_with(['.', ',', '!', '?', ';', ':', '…']);
    words <= 3 && !punctuated
}

/// Most words of a sentence that attributes the quote before it ("Trump tweeted.").
const ATTRIBUTION_WORDS: usize = 12;

/// Reads quotes and reported speech over the article's sentences. `direct` are the spans
/// from [`direct_quote_spans`]; `speaker_code` gives the actor code of a speaker phrase from
/// its sentence and head word (coreference first, then the lexicon).
pub(crate) fn read_quotes(
    text: &str,
    lexicon: &Lexicon,
    sentences: &[ParsedSentence<'_>],
    direct: &[Span],
    speaker_code: &dyn Fn(&ParsedSentence<'_>, usize) -> Option<String>,
) -> Vec<Quote> {
    let inside_direct = |offset: usize| {
        let after = direct.partition_point(|span| span.end <= offset);
        direct
            .get(after)
            .is_some_and(|span| span.start <= offset && offset < span.end)
    };
    let is_speech = |sentence: &ParsedSentence<'_>, position: usize| {
        let word = &sentence.words[position];
        matches!(word.upos, "VERB" | "AUX")
            && lexicon
                .cue_kinds(&sentence.lemmas[position])
                .contains(&CueKind::Report)
            && !inside_direct(word.span.start)
    };
    let sentence_of = |offset: usize| {
        sentences
            .partition_point(|sentence| sentence.span.end <= offset)
            .min(sentences.len().saturating_sub(1))
    };
    let mut quotes: Vec<Quote> = Vec::new();
    let mut last_direct: Option<(usize, usize)> = None; // (quote index, sentence index)
    for span in direct {
        if sentences.is_empty() {
            break;
        }
        let first = sentence_of(span.start.saturating_sub(1));
        let last = sentence_of(span.end);
        // The nearest speech verb outside the quote, in the sentences it starts or ends in (or
        // the one after, below), as (distance, sentence, word).
        let mut best: Option<(usize, usize, usize)> = None;
        // "“We will win!” Trump tweeted.": a quote that ends its sentence with "!", "?" or "."
        // may be attributed by a short sentence of its own right after it.
        let next = (last + 1 < sentences.len()
            && text
                .get(span.end..sentences[last].span.end)
                .is_some_and(|rest| {
                    rest.chars()
                        .all(|c| c.is_whitespace() || matches!(c, '"' | '”' | '’' | '\'' | '»'))
                })
            && sentences[last + 1].words.len() <= ATTRIBUTION_WORDS)
            .then_some(last + 1);
        for index in [Some(first), Some(last), next].into_iter().flatten() {
            let sentence = &sentences[index];
            for position in 0..sentence.words.len() {
                if !is_speech(sentence, position) {
                    continue;
                }
                // In the sentence after the quote, only a verb that reports nothing of its
                // own ("Trump tweeted.", "he told reporters on Monday.").
                if Some(index) == next
                    && sentence.children(position).iter().any(|&child| {
                        matches!(
                            sentence.words[child].deprel,
                            "ccomp" | "xcomp" | "parataxis" | "advcl"
                        )
                    })
                {
                    continue;
                }
                let word_span = sentence.words[position].span;
                if span.start <= word_span.start && word_span.end <= span.end {
                    continue;
                }
                if speech_subject(sentence, position, &inside_direct).is_none() {
                    continue;
                }
                let distance = if word_span.start >= span.end {
                    word_span.start - span.end
                } else {
                    span.start.saturating_sub(word_span.end)
                };
                // Another quote between the verb and this one: the verb is that quote's.
                let between = if word_span.start >= span.end {
                    Span::new(span.end, word_span.start)
                } else {
                    Span::new(word_span.end, span.start)
                };
                let blocked = direct.iter().any(|other| {
                    other != span && between.start <= other.start && other.end <= between.end
                });
                if !blocked && best.is_none_or(|(known, _, _)| distance < known) {
                    best = Some((distance, index, position));
                }
            }
        }
        let mut speaker = None;
        let mut attributed = None;
        if let Some((_, index, position)) = best {
            let sentence = &sentences[index];
            if let Some(subject) = speech_subject(sentence, position, &inside_direct) {
                speaker = Some(speaker_of(text, sentence, subject, speaker_code));
                attributed = attribution(text, sentence, position, subject);
            }
        } else if let Some((previous, previous_sentence)) = last_direct {
            if first <= previous_sentence + 2 {
                speaker = quotes[previous].speaker.clone();
                attributed = quotes[previous]
                    .attributed_to
                    .clone()
                    .zip(quotes[previous].attributed_span);
            }
        }
        if attributed.is_none() {
            attributed = according_to(text, &sentences[first]);
        }
        quotes.push(Quote {
            kind: QuoteKind::Direct,
            text: span.slice(text).to_string(),
            span: *span,
            speaker,
            attributed_to: attributed.as_ref().map(|(name, _)| name.clone()),
            attributed_span: attributed.map(|(_, span)| span),
        });
        last_direct = Some((quotes.len() - 1, last));
    }
    // Reported speech.
    for sentence in sentences {
        let mut found_any = false;
        for position in 0..sentence.words.len() {
            if !is_speech(sentence, position) {
                continue;
            }
            let Some(subject) = speech_subject(sentence, position, &inside_direct) else {
                continue;
            };
            let Some(clause) = sentence.children(position).iter().copied().find(|&child| {
                sentence.words[child].deprel == "ccomp"
                    && matches!(sentence.words[child].upos, "VERB" | "AUX" | "ADJ" | "NOUN")
            }) else {
                continue;
            };
            let (mut start, end) = sentence.subtree(clause);
            while start < clause
                && matches!(sentence.words[start].deprel, "mark" | "punct")
                && start < end
            {
                start += 1;
            }
            let span = sentence.byte_span(start, end);
            let overlaps = direct
                .iter()
                .any(|other| other.start < span.end && span.start < other.end);
            if overlaps || span.is_empty() {
                continue;
            }
            found_any = true;
            let attributed = attribution(text, sentence, position, subject)
                .or_else(|| according_to(text, sentence));
            quotes.push(Quote {
                kind: QuoteKind::Indirect,
                text: span.slice(text).to_string(),
                span,
                speaker: Some(speaker_of(text, sentence, subject, speaker_code)),
                attributed_to: attributed.as_ref().map(|(name, _)| name.clone()),
                attributed_span: attributed.map(|(_, span)| span),
            });
        }
        if found_any {
            continue;
        }
        // "…, according to state media": the sentence is reported by them.
        if let Some((name, name_span)) = according_to(text, sentence) {
            let inside = direct
                .iter()
                .any(|other| other.start < sentence.span.end && sentence.span.start < other.end);
            if inside {
                continue;
            }
            let source = according_source(sentence);
            let speaker = source.map(|head| speaker_of(text, sentence, head, speaker_code));
            let end = sentence
                .span
                .slice(text)
                .trim_end_matches(|c: char| c == '.' || c.is_whitespace())
                .len();
            let span = Span::new(sentence.span.start, sentence.span.start + end);
            quotes.push(Quote {
                kind: QuoteKind::Indirect,
                text: span.slice(text).to_string(),
                span,
                speaker,
                attributed_to: Some(name),
                attributed_span: Some(name_span),
            });
        }
    }
    quotes.sort_by_key(|quote| (quote.span.start, quote.span.end));
    quotes
}

/// The subject of speech verb `verb` outside every direct quote: its `nsubj`, the subject of
/// the verb it is conjoined to ("praised the talks and said …"), or a noun right after it
/// ("…," said Lavrov).
fn speech_subject(
    sentence: &ParsedSentence<'_>,
    verb: usize,
    inside_direct: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let outside = |position: usize| !inside_direct(sentence.words[position].span.start);
    let subject_of = |node: usize| {
        sentence.children(node).iter().copied().find(|&child| {
            sentence.words[child].deprel.starts_with("nsubj")
                && !sentence.words[child].feats.contains("PronType=Rel")
                && outside(child)
        })
    };
    if let Some(subject) = subject_of(verb) {
        return Some(subject);
    }
    if sentence.words[verb].deprel == "conj" {
        if let Some(subject) = sentence.parent(verb).and_then(subject_of) {
            return Some(subject);
        }
    }
    // Inverted or misparsed: the noun phrase right after or right before the verb.
    let after = verb + 1;
    let before = verb.checked_sub(1);
    for position in [Some(after), before].into_iter().flatten() {
        let Some(word) = sentence.words.get(position) else {
            continue;
        };
        if matches!(word.upos, "PROPN" | "NOUN" | "PRON") && outside(position) {
            // The head of the phrase the word is in.
            let mut head = position;
            while let Some(parent) = sentence.parent(head) {
                if matches!(
                    sentence.words[head].deprel,
                    "compound" | "flat" | "amod" | "det"
                ) && parent != verb
                    && outside(parent)
                {
                    head = parent;
                } else {
                    break;
                }
            }
            return Some(head);
        }
    }
    None
}

/// The speaker phrase headed by `subject`.
fn speaker_of(
    text: &str,
    sentence: &ParsedSentence<'_>,
    subject: usize,
    speaker_code: &dyn Fn(&ParsedSentence<'_>, usize) -> Option<String>,
) -> QuoteSpeaker {
    let (start, end) = sentence.phrase(subject);
    let span = sentence.byte_span(start, end);
    QuoteSpeaker {
        text: span.slice(text).to_string(),
        span,
        head: sentence.words[subject].span,
        code: speaker_code(sentence, subject),
    }
}

/// Who reported what speech verb `verb` with subject `subject` introduces, when that is a
/// channel rather than the speaker's own voice.
fn attribution(
    text: &str,
    sentence: &ParsedSentence<'_>,
    verb: usize,
    subject: usize,
) -> Option<(String, Span)> {
    // "told Reuters", "told the BBC".
    for &child in sentence.children(verb) {
        if matches!(sentence.words[child].deprel, "obj" | "iobj")
            && OUTLETS.contains(&sentence.lower[child].as_str())
        {
            let (start, end) = sentence.phrase(child);
            let span = sentence.byte_span(start, end);
            return Some((span.slice(text).to_string(), span));
        }
    }
    let lemma = sentence.lemmas[subject].as_str();
    let media = MEDIA_NOUNS.contains(&lemma)
        || OUTLETS.contains(&sentence.lower[subject].as_str())
        || sentence
            .resolution_of_word
            .get(subject)
            .copied()
            .flatten()
            .is_some_and(|number| {
                sentence.resolutions[number]
                    .sectors
                    .first()
                    .is_some_and(|sector| sector == "MED")
            });
    let anonymous = ANONYMOUS_NOUNS.contains(&lemma)
        && sentence.words[subject].upos == "NOUN"
        && (sentence.is_plural(subject)
            && !sentence
                .children(subject)
                .iter()
                .any(|&child| sentence.lower[child] == "the")
            || sentence
                .children(subject)
                .iter()
                .any(|&child| matches!(sentence.lower[child].as_str(), "a" | "an")));
    if media || anonymous {
        let (start, end) = sentence.phrase(subject);
        let span = sentence.byte_span(start, end);
        return Some((span.slice(text).to_string(), span));
    }
    None
}

/// The head of X in "according to X", if the sentence has one.
fn according_source(sentence: &ParsedSentence<'_>) -> Option<usize> {
    let according = sentence.lower.iter().position(|form| form == "according")?;
    let next = sentence.lower.get(according + 1)?;
    if next != "to" {
        return None;
    }
    sentence
        .parent(according)
        .filter(|&head| head > according)
        .or_else(|| {
            // Parsers differ on the attachment: the first noun after "to".
            (according + 2..sentence.words.len()).find(|&position| {
                matches!(sentence.words[position].upos, "NOUN" | "PROPN")
                    && !matches!(sentence.words[position].deprel, "compound" | "amod")
            })
        })
}

/// "according to X": X, or Y of "according to a translation first reported by Y".
fn according_to(text: &str, sentence: &ParsedSentence<'_>) -> Option<(String, Span)> {
    let source = according_source(sentence)?;
    // "… reported by Bloomberg": the reporter.
    let (start, end) = sentence.subtree(source);
    for position in start..end {
        if sentence.lower[position] == "by" {
            if let Some(agent) = sentence.parent(position).filter(|&agent| agent > position) {
                let (first, last) = sentence.phrase(agent);
                let span = sentence.byte_span(first, last);
                return Some((span.slice(text).to_string(), span));
            }
        }
    }
    let (first, last) = sentence.phrase(source);
    let span = sentence.byte_span(first, last);
    Some((span.slice(text).to_string(), span))
}
