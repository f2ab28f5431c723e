//! The document-level entry point: an article read as a whole — coreference, quotes and
//! speakers — and then coded sentence by sentence with what the whole tells.

use std::collections::HashMap;

use detente_code::{
    sentence_words, Antecedent, CodedArticle, Coder, ResolvedActor, ResolvedMention,
    SentenceContext, Speaker,
};
use detente_lexicon::Date;
use detente_nlp::pipeline::{sentence_forms, Analyzer};
use detente_text::{SentenceKind, Span};

use crate::coref::{Category, Mention, MentionActor, MentionKind, Resolver};
use crate::quotes::{direct_quote_spans, read_quotes, Quote};
use crate::sentence::ParsedSentence;

/// An article read as a document.
#[derive(Debug, Clone)]
pub struct ReadArticle {
    /// Sentences, analyses and events (with antecedents and speakers filled), and every
    /// diagnostic of the reading.
    pub coded: CodedArticle,
    /// Quotations and reported statements, in text order.
    pub quotes: Vec<Quote>,
    /// Actor mentions in text order: names, and pronouns, descriptions, surnames and pairs
    /// resolved to earlier mentions.
    pub mentions: Vec<Mention>,
}

impl ReadArticle {
    /// Problems met while reading (unbalanced quotation marks, a discarded story, …).
    pub fn diagnostics(&self) -> &[String] {
        &self.coded.diagnostics
    }
}

/// Pronouns of the first person, which inside a quote stand for its speaker.
fn first_person(form: &str) -> Option<bool> {
    match form {
        "i" | "me" | "my" | "myself" => Some(false),
        "we" | "us" | "our" | "ours" | "ourselves" => Some(true),
        _ => None,
    }
}

/// Reads `text` (published on `date`) as a document: segments and analyzes it, resolves
/// coreference, finds quotes and their speakers, codes every sentence with the resolved
/// actors, gives each event inside a quote its speaker, and dates and places the events. Never panics on input: unbalanced
/// quotation marks, very long articles and missing dates give output with diagnostics, in
/// time linear in the article's length.
pub fn read_article(
    coder: &Coder<'_>,
    analyzer: &Analyzer,
    text: &str,
    date: Option<Date>,
) -> ReadArticle {
    let lexicon = coder.lexicon();
    let segmentation = detente_text::segment(text);
    let count = segmentation.sentences.len();
    let mut forms_all = Vec::with_capacity(count);
    let mut analyses = Vec::with_capacity(count);
    let mut spans_all = Vec::with_capacity(count);
    for index in 0..count {
        let forms = sentence_forms(text, &segmentation, index);
        let form_refs: Vec<&str> = forms.iter().map(AsRef::as_ref).collect();
        analyses.push(analyzer.analyze(&form_refs));
        spans_all.push(
            segmentation
                .sentence_words(index)
                .iter()
                .map(|word| word.span)
                .collect::<Vec<Span>>(),
        );
        forms_all.push(forms);
    }
    let mut diagnostics = Vec::new();
    let mut events = Vec::new();
    let mentions;
    let quotes;
    let place_names;
    let gazetteer = crate::places::Gazetteer::builtin();
    {
        let form_refs_all: Vec<Vec<&str>> = forms_all
            .iter()
            .map(|forms| forms.iter().map(AsRef::as_ref).collect())
            .collect();
        let sentences: Vec<ParsedSentence<'_>> = (0..count)
            .map(|index| {
                let words =
                    sentence_words(&analyses[index], &form_refs_all[index], &spans_all[index]);
                ParsedSentence::new(
                    lexicon,
                    index,
                    segmentation.sentences[index].span,
                    words,
                    date,
                )
            })
            .collect();

        // Coreference of the third person.
        let mut resolver = Resolver::new(lexicon);
        for sentence in &sentences {
            resolver.read_sentence(text, sentence);
        }
        // Quotes, their speakers coded through coreference.
        let paragraph_starts: Vec<usize> = segmentation
            .sentences
            .iter()
            .skip(1)
            .filter(|sentence| sentence.starts_paragraph)
            .map(|sentence| sentence.span.start)
            .collect();
        let direct = direct_quote_spans(text, &paragraph_starts, &mut diagnostics);
        let by_head: HashMap<usize, usize> = resolver
            .mentions
            .iter()
            .enumerate()
            .map(|(number, mention)| (mention.head.start, number))
            .collect();
        let speaker_code = |sentence: &ParsedSentence<'_>, position: usize| {
            let head = sentence.words[position].span.start;
            if let Some(&number) = by_head.get(&head) {
                return resolver.mentions[number]
                    .actors
                    .first()
                    .map(|actor| actor.code.clone());
            }
            let (start, end) = sentence.phrase(position);
            (start..end)
                .rev()
                .find_map(|word| sentence.coded_resolution_at(word))
                .map(|resolution| {
                    if resolution.cameo.is_empty() {
                        resolution.code.clone().unwrap_or_default()
                    } else {
                        resolution.cameo.clone()
                    }
                })
        };
        let mut found_quotes = read_quotes(text, lexicon, &sentences, &direct, &speaker_code);
        // A speaker that is an actor mention is written as the mention is ("Russian Deputy
        // Prime Minister Alexei Overchuk", not the parser's fragment of it).
        let mut by_start: Vec<(usize, usize)> = resolver
            .mentions
            .iter()
            .enumerate()
            .map(|(number, mention)| (mention.span.start, number))
            .collect();
        by_start.sort_unstable();
        for speaker in found_quotes
            .iter_mut()
            .filter_map(|quote| quote.speaker.as_mut())
        {
            // The last mention starting at or before the speaker's head, if it covers it.
            let after = by_start.partition_point(|&(start, _)| start <= speaker.head.start);
            let covering = after
                .checked_sub(1)
                .map(|index| &resolver.mentions[by_start[index].1])
                .filter(|mention| speaker.head.end <= mention.span.end);
            if let Some(mention) = covering {
                speaker.span = mention.span;
                speaker.text = mention.text.clone();
                if speaker.code.is_none() {
                    speaker.code = mention.actors.first().map(|actor| actor.code.clone());
                }
            }
        }
        quotes = found_quotes;

        // The first person inside a quote is its speaker.
        let mut all_mentions = resolver.mentions.clone();
        for quote in &quotes {
            let Some(speaker) = &quote.speaker else {
                continue;
            };
            let after = by_start.partition_point(|&(start, _)| start <= speaker.head.start);
            let Some(speaker_mention) = after
                .checked_sub(1)
                .map(|index| by_start[index].1)
                .filter(|&number| speaker.head.end <= resolver.mentions[number].span.end)
            else {
                continue;
            };
            let first = sentences.partition_point(|sentence| sentence.span.end <= quote.span.start);
            for sentence in sentences.iter().skip(first) {
                if sentence.span.start >= quote.span.end {
                    break;
                }
                for (position, word) in sentence.words.iter().enumerate() {
                    if word.upos != "PRON" || !quote.span_contains(word.span) {
                        continue;
                    }
                    let Some(plural) = first_person(&sentence.lower[position]) else {
                        continue;
                    };
                    let antecedent = &all_mentions[speaker_mention];
                    let actors: Vec<MentionActor> = if plural {
                        // "we": the speaker's country and sector, not the person.
                        antecedent.actors.clone()
                    } else {
                        antecedent.actors.clone()
                    };
                    let category = if plural {
                        Category::Organisation
                    } else {
                        antecedent.category
                    };
                    let entities = antecedent.entities.clone();
                    all_mentions.push(Mention {
                        text: word.span.slice(text).to_string(),
                        span: word.span,
                        head: word.span,
                        sentence_index: sentence.index,
                        kind: MentionKind::Pronoun,
                        category,
                        actors,
                        antecedents: vec![speaker_mention],
                        entities,
                    });
                }
            }
        }
        mentions = sort_mentions(all_mentions);

        // Code every sentence with its resolved anaphors.
        let mut resolved_by_sentence: Vec<Vec<ResolvedMention>> = vec![Vec::new(); count];
        for mention in &mentions {
            if mention.kind == MentionKind::Name || mention.sentence_index >= count {
                continue;
            }
            let actors = mention
                .actors
                .iter()
                .enumerate()
                .map(|(number, actor)| {
                    let named = named_antecedent(&mentions, mention, number);
                    ResolvedActor {
                        code: actor.code.clone(),
                        country: actor.country.clone(),
                        sector: actor.sector.clone(),
                        antecedent: Antecedent {
                            text: named.text.clone(),
                            span: named.span,
                        },
                    }
                })
                .collect();
            resolved_by_sentence[mention.sentence_index].push(ResolvedMention {
                head: mention.head,
                span: mention.span,
                actors,
            });
        }
        // Place names, found once for the coder's places and the events' locations.
        let is_dateline =
            |index: usize| segmentation.sentences[index].kind == SentenceKind::Dateline;
        place_names = crate::places::sentence_places(
            text,
            sentences
                .iter()
                .map(|sentence| (is_dateline(sentence.index), sentence.words.as_slice())),
            gazetteer,
        );
        // Towns and regions, for acts placed "in Peshawar".
        let places = crate::places::known_places(
            place_names
                .iter()
                .enumerate()
                .map(|(index, names)| (is_dateline(index), names.as_slice())),
            sentences
                .iter()
                .flat_map(|sentence| &sentence.resolutions)
                .filter_map(|resolution| resolution.code.clone()),
            gazetteer,
        );
        let mut discarded = false;
        for sentence in &sentences {
            if !discarded && lexicon.discards_story(&sentence.matches) {
                discarded = true;
                diagnostics.push(format!(
                    "sentence {}: a story-level discard phrase; the story is not coded",
                    sentence.index
                ));
            }
            if discarded {
                break;
            }
            let context = SentenceContext {
                actors: Some(&sentence.resolutions),
                mentions: &resolved_by_sentence[sentence.index],
                places: &places[sentence.index],
            };
            events.extend(coder.code_sentence_resolved(
                text,
                sentence.index,
                &sentence.words,
                date,
                context,
            ));
        }
        if discarded {
            events.clear();
        }
    }
    // Events inside a quote carry its speaker.
    for event in &mut events {
        let inside = quotes
            .iter()
            .enumerate()
            .filter(|(_, quote)| quote.span_contains(event.predicate_span))
            .min_by_key(|(_, quote)| quote.span.len());
        if let Some((index, quote)) = inside {
            if let Some(speaker) = &quote.speaker {
                event.speaker = Some(Speaker {
                    text: speaker.text.clone(),
                    span: speaker.span,
                    code: speaker.code.clone(),
                    quote_index: Some(index),
                });
            }
        }
    }
    let mut coded = CodedArticle {
        segmentation,
        analyses,
        events,
        diagnostics,
    };
    // Dates and places of the events (module `dates` and `places`).
    let date_diagnostics = crate::dates::annotate_dates(&mut coded, text, date);
    coded.diagnostics.extend(date_diagnostics);
    let place_diagnostics =
        crate::places::annotate_places_found(&mut coded, text, gazetteer, &place_names);
    coded.diagnostics.extend(place_diagnostics);
    ReadArticle {
        coded,
        quotes,
        mentions,
    }
}

impl Quote {
    /// True when `span` lies inside the quote.
    pub fn span_contains(&self, span: Span) -> bool {
        self.span.start <= span.start && span.end <= self.span.end
    }
}

/// The named mention actor `number` of `mention` goes back to (the mention itself when the
/// chain has no name).
fn named_antecedent<'m>(
    mentions: &'m [Mention],
    mention: &'m Mention,
    number: usize,
) -> &'m Mention {
    let mut current = match mention.antecedents.as_slice() {
        [] => return mention,
        [one] => *one,
        several => several[number.min(several.len() - 1)],
    };
    for _ in 0..64 {
        let Some(found) = mentions.get(current) else {
            break;
        };
        if found.kind == MentionKind::Name || found.antecedents.is_empty() {
            return found;
        }
        current = match found.antecedents.as_slice() {
            [one] => *one,
            several => several[number.min(several.len() - 1)],
        };
    }
    mentions.get(current).unwrap_or(mention)
}

/// Mentions in text order, with antecedent indices renumbered.
fn sort_mentions(mentions: Vec<Mention>) -> Vec<Mention> {
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&index| (mentions[index].span.start, mentions[index].span.end, index));
    let mut new_index = vec![0; mentions.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut slots: Vec<Option<Mention>> = mentions.into_iter().map(Some).collect();
    order
        .iter()
        .filter_map(|&old| slots[old].take())
        .map(|mut mention| {
            for antecedent in &mut mention.antecedents {
                *antecedent = new_index[*antecedent];
            }
            mention
        })
        .collect()
}
