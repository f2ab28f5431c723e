//! Scoring coreference and quotes against articles annotated by hand.
//!
//! # Annotation format
//! One article a file, UTF-8, line-oriented:
//! ```text
//! date 2024-05-16                      (optional: the publication date)
//! text                                 (the article follows, exactly as written)
//! MOSCOW (Reuters) - Russia and China agreed ...
//!
//! Overchuk said the two powers would ...
//! end                                  (ends the article)
//! link He => Overchuk#2                (an anaphor and the mention it refers to)
//! link the two powers => Russia + China   (a pair: both mentions)
//! quote Our relations have never => Overchuk#3   (words of a quote and its speaker)
//! via Moscow was ready to supply => Bloomberg     (words of a quote and who reported them)
//! ```
//! A reference is a phrase as written, optionally with `#N`: its N-th occurrence (from 1)
//! as whole words, case-sensitive. `#` starts a comment only at the beginning of a line
//! outside the article. Every antecedent must come before its anaphor, except for a
//! first-person pronoun inside a quote, whose speaker may follow. Loading reports each
//! problem as `file:line: message`.
//!
//! # Scores
//! A predicted link is a mention with antecedents. It matches a gold link when its head lies
//! in the gold anaphor; it is correct when every gold antecedent overlaps a mention of the
//! predicted entities or of its antecedent chain, and the number of antecedents agrees (pairs).
//! Precision = correct / predicted links, recall = correct / gold links. A gold quote is found
//! when a predicted quote contains its words; its speaker is right when the predicted
//! speaker overlaps the gold one; `via` likewise for `attributed_to`.

use detente_lexicon::Date;
use detente_text::Span;

use crate::read::ReadArticle;

/// An annotated article.
#[derive(Debug, Clone, PartialEq)]
pub struct Annotated {
    /// The file name, for messages.
    pub file: String,
    /// Publication date, when given.
    pub date: Option<Date>,
    /// The article text.
    pub text: String,
    /// Gold coreference links.
    pub links: Vec<GoldLink>,
    /// Gold quotes with their speakers.
    pub quotes: Vec<GoldQuote>,
    /// Gold reported-by sources.
    pub vias: Vec<GoldVia>,
}

/// A gold coreference link.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldLink {
    /// Line of the annotation.
    pub line: usize,
    /// The anaphor as written in the annotation.
    pub anaphor_text: String,
    /// Its span.
    pub anaphor: Span,
    /// The antecedents' spans (two for a pair).
    pub antecedents: Vec<Span>,
}

/// A gold quote.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldQuote {
    /// Line of the annotation.
    pub line: usize,
    /// Span of the words given (part of the quote).
    pub quoted: Span,
    /// Span of the speaker.
    pub speaker: Span,
}

/// A gold reported-by source.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldVia {
    /// Line of the annotation.
    pub line: usize,
    /// Span of the words given (part of the quote).
    pub quoted: Span,
    /// Span of the source.
    pub source: Span,
}

/// A problem in an annotation file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct AnnotationError {
    /// The file.
    pub file: String,
    /// Line number, from 1.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// Counts over one or more articles.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Score {
    /// Gold links.
    pub links_gold: usize,
    /// Predicted links.
    pub links_predicted: usize,
    /// Predicted links that match a gold link and are right.
    pub links_correct: usize,
    /// Gold quotes.
    pub quotes_gold: usize,
    /// Gold quotes found.
    pub quotes_found: usize,
    /// Gold quotes found with the right speaker.
    pub speakers_correct: usize,
    /// Gold reported-by sources.
    pub vias_gold: usize,
    /// Gold reported-by sources found.
    pub vias_correct: usize,
}

impl Score {
    /// Adds another score.
    pub fn add(&mut self, other: &Score) {
        self.links_gold += other.links_gold;
        self.links_predicted += other.links_predicted;
        self.links_correct += other.links_correct;
        self.quotes_gold += other.quotes_gold;
        self.quotes_found += other.quotes_found;
        self.speakers_correct += other.speakers_correct;
        self.vias_gold += other.vias_gold;
        self.vias_correct += other.vias_correct;
    }

    /// Link precision (1 with no predictions).
    pub fn precision(&self) -> f64 {
        ratio(self.links_correct, self.links_predicted)
    }

    /// Link recall (1 with no gold links).
    pub fn recall(&self) -> f64 {
        ratio(self.links_correct, self.links_gold)
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (precision, recall) = (self.precision(), self.recall());
        if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        }
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

/// Parses one annotated article.
pub fn parse_annotated(file: &str, content: &str) -> Result<Annotated, Vec<AnnotationError>> {
    let mut errors = Vec::new();
    let error = |line: usize, message: String| AnnotationError {
        file: file.to_string(),
        line,
        message,
    };
    let mut date = None;
    let mut text_lines: Vec<&str> = Vec::new();
    let mut in_text = false;
    let mut text_seen = false;
    let mut annotations: Vec<(usize, &str, &str)> = Vec::new();
    for (number, line) in content.lines().enumerate() {
        let number = number + 1;
        if in_text {
            if line == "end" {
                in_text = false;
            } else {
                text_lines.push(line);
            }
            continue;
        }
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let (keyword, rest) = trimmed.split_once(' ').unwrap_or((trimmed, ""));
        match keyword {
            "date" => match Date::parse(rest.trim()) {
                Some(parsed) => date = Some(parsed),
                None => errors.push(error(number, format!("`{}` is not a date", rest.trim()))),
            },
            "text" if !text_seen => {
                in_text = true;
                text_seen = true;
            }
            "link" | "quote" | "via" => annotations.push((number, keyword, rest.trim())),
            _ => errors.push(error(number, format!("unknown line `{trimmed}`"))),
        }
    }
    if in_text {
        errors.push(error(
            content.lines().count(),
            "the text has no `end` line".into(),
        ));
    }
    if !text_seen {
        errors.push(error(1, "no `text` section".into()));
    }
    let text = text_lines.join("\n");
    let mut annotated = Annotated {
        file: file.to_string(),
        date,
        text,
        links: Vec::new(),
        quotes: Vec::new(),
        vias: Vec::new(),
    };
    for (line, keyword, rest) in annotations {
        let Some((left, right)) = rest.split_once("=>") else {
            errors.push(error(line, "expected `LEFT => RIGHT`".into()));
            continue;
        };
        let left_span = match locate(&annotated.text, left.trim()) {
            Ok(span) => span,
            Err(message) => {
                errors.push(error(line, message));
                continue;
            }
        };
        let mut right_spans = Vec::new();
        for part in right.split(" + ") {
            match locate(&annotated.text, part.trim()) {
                Ok(span) => right_spans.push(span),
                Err(message) => errors.push(error(line, message)),
            }
        }
        if right_spans.is_empty() {
            continue;
        }
        match keyword {
            "link" => {
                // The first person inside a quote may name a speaker given after the quote.
                let first_person = matches!(
                    left.trim()
                        .split('#')
                        .next()
                        .unwrap_or("")
                        .to_lowercase()
                        .as_str(),
                    "i" | "me" | "my" | "we" | "we're" | "us" | "our" | "ours"
                );
                if !first_person && right_spans.iter().any(|span| span.start >= left_span.start) {
                    errors.push(error(
                        line,
                        format!("an antecedent of `{}` does not come before it", left.trim()),
                    ));
                    continue;
                }
                annotated.links.push(GoldLink {
                    line,
                    anaphor_text: left.trim().to_string(),
                    anaphor: left_span,
                    antecedents: right_spans,
                });
            }
            "quote" => annotated.quotes.push(GoldQuote {
                line,
                quoted: left_span,
                speaker: right_spans[0],
            }),
            _ => annotated.vias.push(GoldVia {
                line,
                quoted: left_span,
                source: right_spans[0],
            }),
        }
    }
    if errors.is_empty() {
        Ok(annotated)
    } else {
        Err(errors)
    }
}

/// The span of `reference` (`phrase` or `phrase#N`) in `text`.
fn locate(text: &str, reference: &str) -> Result<Span, String> {
    let (phrase, occurrence) = match reference.rsplit_once('#') {
        Some((phrase, number)) if !phrase.is_empty() => match number.parse::<usize>() {
            Ok(number) if number >= 1 => (phrase, number),
            _ => {
                return Err(format!(
                    "`{reference}`: `#` must be followed by a number from 1"
                ))
            }
        },
        _ => (reference, 1),
    };
    if phrase.is_empty() {
        return Err("an empty reference".into());
    }
    let mut seen = 0;
    let mut from = 0;
    while let Some(found) = text.get(from..).and_then(|rest| rest.find(phrase)) {
        let start = from + found;
        let end = start + phrase.len();
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        let boundary = |character: Option<char>| character.is_none_or(|c| !c.is_alphanumeric());
        if boundary(before) && boundary(after) {
            seen += 1;
            if seen == occurrence {
                return Ok(Span::new(start, end));
            }
        }
        from = start + phrase.chars().next().map_or(1, char::len_utf8);
    }
    Err(format!(
        "`{phrase}` occurs {seen} time(s) as whole words, not {occurrence}"
    ))
}

/// Scores one read article against its annotation. Returns the counts and one message per
/// mistake (`file:line: …`, or `file: …` for a spurious link).
pub fn score_article(annotated: &Annotated, read: &ReadArticle) -> (Score, Vec<String>) {
    let text = &annotated.text;
    let mentions = &read.mentions;
    let overlaps = |a: Span, b: Span| a.start < b.end && b.start < a.end;
    let mut score = Score {
        links_gold: annotated.links.len(),
        quotes_gold: annotated.quotes.len(),
        vias_gold: annotated.vias.len(),
        ..Score::default()
    };
    let mut mistakes = Vec::new();
    let predicted: Vec<usize> = (0..mentions.len())
        .filter(|&index| !mentions[index].antecedents.is_empty())
        .collect();
    score.links_predicted = predicted.len();
    let mut matched = vec![false; mentions.len()];
    for gold in &annotated.links {
        let found = predicted.iter().copied().find(|&index| {
            let head = mentions[index].head;
            gold.anaphor.start <= head.start && head.end <= gold.anaphor.end
        });
        let Some(index) = found else {
            mistakes.push(format!(
                "{}:{}: link `{}` => `{}`: not resolved",
                annotated.file,
                gold.line,
                gold.anaphor_text,
                describe(text, &gold.antecedents)
            ));
            continue;
        };
        matched[index] = true;
        let reachable = reachable_spans(mentions, index);
        let right = gold.antecedents.len() == mentions[index].entities.len().max(1)
            && gold
                .antecedents
                .iter()
                .all(|gold_span| reachable.iter().any(|span| overlaps(*span, *gold_span)));
        if right {
            score.links_correct += 1;
        } else {
            let antecedents: Vec<Span> = mentions[index]
                .antecedents
                .iter()
                .filter_map(|&antecedent| mentions.get(antecedent).map(|mention| mention.span))
                .collect();
            mistakes.push(format!(
                "{}:{}: link `{}` => `{}`: resolved to `{}`",
                annotated.file,
                gold.line,
                gold.anaphor_text,
                describe(text, &gold.antecedents),
                describe(text, &antecedents)
            ));
        }
    }
    for &index in &predicted {
        if !matched[index] {
            let mention = &mentions[index];
            let antecedents: Vec<Span> = mention
                .antecedents
                .iter()
                .filter_map(|&antecedent| mentions.get(antecedent).map(|found| found.span))
                .collect();
            mistakes.push(format!(
                "{}: spurious link `{}` (byte {}) => `{}`",
                annotated.file,
                mention.text,
                mention.span.start,
                describe(text, &antecedents)
            ));
        }
    }
    for gold in &annotated.quotes {
        let found = read
            .quotes
            .iter()
            .filter(|quote| quote.span_contains(gold.quoted))
            .min_by_key(|quote| quote.span.len());
        match found {
            None => mistakes.push(format!(
                "{}:{}: quote `{}`: not found",
                annotated.file,
                gold.line,
                gold.quoted.slice(text)
            )),
            Some(quote) => {
                score.quotes_found += 1;
                let right = quote
                    .speaker
                    .as_ref()
                    .is_some_and(|speaker| overlaps(speaker.span, gold.speaker));
                if right {
                    score.speakers_correct += 1;
                } else {
                    mistakes.push(format!(
                        "{}:{}: quote `{}`: speaker `{}`, expected `{}`",
                        annotated.file,
                        gold.line,
                        gold.quoted.slice(text),
                        quote
                            .speaker
                            .as_ref()
                            .map_or("(none)", |speaker| speaker.text.as_str()),
                        gold.speaker.slice(text)
                    ));
                }
            }
        }
    }
    for gold in &annotated.vias {
        let right = read.quotes.iter().any(|quote| {
            quote.span_contains(gold.quoted)
                && quote
                    .attributed_span
                    .is_some_and(|span| overlaps(span, gold.source))
        });
        if right {
            score.vias_correct += 1;
        } else {
            mistakes.push(format!(
                "{}:{}: via `{}`: not attributed to `{}`",
                annotated.file,
                gold.line,
                gold.quoted.slice(text),
                gold.source.slice(text)
            ));
        }
    }
    (score, mistakes)
}

/// Spans of every mention coreferent with mention `index`: its entities' mentions and its
/// antecedent chain.
fn reachable_spans(mentions: &[crate::coref::Mention], index: usize) -> Vec<Span> {
    let mut spans = Vec::new();
    let entities = &mentions[index].entities;
    for mention in mentions {
        if mention.entities.len() == 1 && entities.contains(&mention.entities[0]) {
            spans.push(mention.span);
        }
    }
    let mut stack = mentions[index].antecedents.clone();
    let mut steps = 0;
    while let Some(current) = stack.pop() {
        steps += 1;
        if steps > 256 {
            break;
        }
        if let Some(mention) = mentions.get(current) {
            spans.push(mention.span);
            stack.extend(mention.antecedents.iter().copied());
        }
    }
    spans
}

fn describe(text: &str, spans: &[Span]) -> String {
    spans
        .iter()
        .map(|span| span.slice(text))
        .collect::<Vec<_>>()
        .join(" + ")
}
