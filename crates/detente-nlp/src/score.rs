//! Scoring a segmentation of raw text against a treebank, the way the CoNLL 2018 shared task did.
//!
//! Gold and system units are compared by their spans over the text's non-whitespace characters,
//! so that the scores do not depend on how spaces were laid out. A token or sentence is correct
//! when the system has one with exactly the same first and last character. Words inside
//! multiword tokens (`do` + `n't` in `don't`) have no span of their own: such a word is correct
//! when the surface token it belongs to is correct and the word at the same position in that
//! token has the same form, ignoring case (the shared task aligned them by longest common
//! subsequence, which gives the same answer whenever the word counts agree).

use detente_text::Segmentation;

use crate::conllu::Sentence;

/// Counts of gold units, system units and correct system units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Units in the gold standard.
    pub gold: usize,
    /// Units the system produced.
    pub system: usize,
    /// System units that match a gold unit.
    pub correct: usize,
}

impl Counts {
    /// correct / system (1 when the system produced nothing and nothing was expected).
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.system, self.gold == 0)
    }

    /// correct / gold.
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold, self.system == 0)
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let total = self.gold + self.system;
        if total == 0 {
            return 1.0;
        }
        2.0 * self.correct as f64 / total as f64
    }
}

fn ratio(numerator: usize, denominator: usize, empty_is_perfect: bool) -> f64 {
    if denominator == 0 {
        return if empty_is_perfect { 1.0 } else { 0.0 };
    }
    numerator as f64 / denominator as f64
}

/// Token, sentence and word scores of one segmentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Scores {
    /// Surface tokens (multiword tokens count once).
    pub tokens: Counts,
    /// Sentences.
    pub sentences: Counts,
    /// Syntactic words.
    pub words: Counts,
}

/// The gold standard's characters differ from the text's: the raw text was not built from it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the text does not match the treebank at non-whitespace character {position}")]
pub struct MismatchError {
    /// Index among non-whitespace characters of the first difference.
    pub position: usize,
}

/// Where gold words are: `(sentence index, word index)` for each system word that aligns to a
/// gold word, in the order of [`Segmentation::words`].
pub type WordAlignment = Vec<Option<(usize, usize)>>;

/// Rebuilds the raw text of a treebank from its `# text` comments, as the CoNLL 2018 shared task
/// did: sentences joined by a space, a blank line before each new paragraph or document.
/// Sentences without a `# text` comment contribute their tokens joined by spaces.
pub fn raw_text(sentences: &[Sentence]) -> String {
    let mut text = String::new();
    for (index, sentence) in sentences.iter().enumerate() {
        if index > 0 {
            if sentence.starts_document() || sentence.starts_paragraph() {
                text.push_str("\n\n");
            } else {
                text.push(' ');
            }
        }
        match sentence.text() {
            Some(sentence_text) => text.push_str(sentence_text),
            None => text.push_str(&sentence.surface_tokens().join(" ")),
        }
    }
    text.push('\n');
    text
}

/// Scores `system`, a segmentation of `text`, against the gold `sentences`, and aligns its words
/// to the gold words.
pub fn score(
    gold: &[Sentence],
    text: &str,
    system: &Segmentation,
) -> Result<(Scores, WordAlignment), MismatchError> {
    let gold_units = GoldUnits::new(gold);
    check_characters(&gold_units.characters, text)?;
    let position = NonWhitespaceIndex::new(text);

    let system_tokens: Vec<(usize, usize)> = system
        .tokens
        .iter()
        .map(|token| position.span(token.span.start, token.span.end))
        .collect();
    let system_sentences: Vec<(usize, usize)> = system
        .sentences
        .iter()
        .map(|sentence| position.span(sentence.span.start, sentence.span.end))
        .collect();

    let tokens = count_matches(&gold_units.tokens, &system_tokens);
    let sentences = count_matches(&gold_units.sentences, &system_sentences);

    // Words: a word is identified by its token's span, its position in the token, and (inside
    // multiword tokens) its lowercased form.
    let mut gold_word_at = std::collections::HashMap::new();
    for (key, location) in &gold_units.words {
        gold_word_at.insert(key.clone(), *location);
    }
    let mut alignment = Vec::with_capacity(system.words.len());
    let mut correct_words = 0;
    for (word_index, word) in system.words.iter().enumerate() {
        let token = &system.tokens[word.token];
        let token_span = system_tokens[word.token];
        let index_in_token = word_index - token.words.start;
        let form = if token.words.len() > 1 {
            lowercase_form(word.span.slice(text))
        } else {
            String::new()
        };
        let found = gold_word_at
            .get(&(token_span, index_in_token, form))
            .copied();
        if found.is_some() {
            correct_words += 1;
        }
        alignment.push(found);
    }
    let words = Counts {
        gold: gold_units.words.len(),
        system: system.words.len(),
        correct: correct_words,
    };
    Ok((
        Scores {
            tokens,
            sentences,
            words,
        },
        alignment,
    ))
}

fn lowercase_form(form: &str) -> String {
    detente_text::normalize(form).to_lowercase()
}

type WordKey = ((usize, usize), usize, String);

struct GoldUnits {
    characters: Vec<char>,
    tokens: Vec<(usize, usize)>,
    sentences: Vec<(usize, usize)>,
    words: Vec<(WordKey, (usize, usize))>,
}

impl GoldUnits {
    fn new(gold: &[Sentence]) -> GoldUnits {
        let mut units = GoldUnits {
            characters: Vec::new(),
            tokens: Vec::new(),
            sentences: Vec::new(),
            words: Vec::new(),
        };
        for (sentence_index, sentence) in gold.iter().enumerate() {
            let sentence_start = units.characters.len();
            let mut multiword = sentence.multiword_tokens.iter().peekable();
            let mut id = 1;
            while id <= sentence.words.len() {
                let (form, last) = match multiword.peek() {
                    Some(token) if token.first == id => (token.form.as_str(), token.last),
                    _ => (sentence.words[id - 1].form.as_str(), id),
                };
                let start = units.characters.len();
                units
                    .characters
                    .extend(form.chars().filter(|c| !c.is_whitespace()));
                if units.characters.len() == start {
                    id = last + 1;
                    continue;
                }
                let span = (start, units.characters.len() - 1);
                units.tokens.push(span);
                let is_multiword = last > id;
                for (position, word_id) in (id..=last).enumerate() {
                    let word_form = if is_multiword {
                        lowercase_form(&sentence.words[word_id - 1].form)
                    } else {
                        String::new()
                    };
                    units
                        .words
                        .push(((span, position, word_form), (sentence_index, word_id - 1)));
                }
                if is_multiword {
                    multiword.next();
                }
                id = last + 1;
            }
            if units.characters.len() > sentence_start {
                units
                    .sentences
                    .push((sentence_start, units.characters.len() - 1));
            }
        }
        units
    }
}

fn check_characters(gold: &[char], text: &str) -> Result<(), MismatchError> {
    let mut system = text.chars().filter(|c| !c.is_whitespace());
    for (position, expected) in gold.iter().enumerate() {
        if system.next() != Some(*expected) {
            return Err(MismatchError { position });
        }
    }
    match system.next() {
        Some(_) => Err(MismatchError {
            position: gold.len(),
        }),
        None => Ok(()),
    }
}

/// Maps byte offsets of a text to indices among its non-whitespace characters.
struct NonWhitespaceIndex {
    /// For each byte offset, the number of non-whitespace characters before it.
    before: Vec<u32>,
}

impl NonWhitespaceIndex {
    fn new(text: &str) -> NonWhitespaceIndex {
        let mut before = vec![0u32; text.len() + 1];
        let mut count = 0u32;
        for (offset, ch) in text.char_indices() {
            for slot in &mut before[offset..offset + ch.len_utf8()] {
                *slot = count;
            }
            if !ch.is_whitespace() {
                count += 1;
            }
        }
        before[text.len()] = count;
        NonWhitespaceIndex { before }
    }

    /// First and last non-whitespace character of a byte span that starts and ends on one.
    fn span(&self, start: usize, end: usize) -> (usize, usize) {
        let first = self.before[start] as usize;
        let after = self.before[end] as usize;
        (first, after.saturating_sub(1).max(first))
    }
}

/// Counts exact span matches between two sorted span lists.
fn count_matches(gold: &[(usize, usize)], system: &[(usize, usize)]) -> Counts {
    let mut correct = 0;
    let (mut g, mut s) = (0, 0);
    while g < gold.len() && s < system.len() {
        match gold[g].cmp(&system[s]) {
            std::cmp::Ordering::Equal => {
                correct += 1;
                g += 1;
                s += 1;
            }
            std::cmp::Ordering::Less => g += 1,
            std::cmp::Ordering::Greater => s += 1,
        }
    }
    Counts {
        gold: gold.len(),
        system: system.len(),
        correct,
    }
}
