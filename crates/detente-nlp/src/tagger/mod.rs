//! Part-of-speech tagging: UPOS, XPOS and morphological features with an averaged perceptron.
//!
//! # Design
//! The tagger predicts one *composite* tag per word: UPOS, XPOS (Penn Treebank) and, for verbs
//! and auxiliaries, the `VerbForm`, `Mood` and `Voice` features, because those three are what
//! XPOS leaves open (`VB` is an infinitive or an imperative, `VBN` a passive participle or not,
//! `VBG` a gerund or a participle). The other features are read off a table learned from the
//! treebank: per lowercased form and composite tag the most frequent feature string, falling
//! back to the tag's most frequent one (`NNS` → `Number=Plur`). About 110 composite tags occur
//! in UD English EWT.
//!
//! Words are tagged greedily left to right by a linear model over hashed feature templates
//! ([`crate::features`]): the word, its lowercase, prefixes and suffixes, its shape, the words
//! and suffixes two to each side, the two previous predicted tags, and *ambiguity classes*
//! (the set of XPOS tags a frequent word had in training) of the word and its right
//! neighbours, which stand in for the right-hand tags a greedy tagger cannot see yet. Weights
//! are trained with the averaged perceptron (Collins 2002) on the tagger's own predictions for
//! the left context, the epoch count chosen on the dev set.
//!
//! Measured on EWT dev (issue 3): the first pass alone reaches UPOS 0.9494 and XPOS 0.9439, the
//! second pass adds 0.0011 UPOS and nothing on XPOS (0.9505 / 0.9439) for 55 % of the tagger's
//! feature lookups (42 of 76 per word), and a parser trained behind a first-pass-only tagger (that
//! one with the four extra templates below) loses about 0.4 LAS (0.8110 against 0.8145–0.8182), so
//! both passes stay. The second pass retags only the words the first was unsure of: a word whose
//! first-pass best tag leads the runner-up by at least 14 averaged-weight units (92 % of EWT dev's
//! words) keeps it, and the second pass reads it as context. Measured on the shipped models with
//! the shipped parser behind them, against retagging every word: dev UPOS 0.9505 and XPOS 0.9440
//! (unchanged), UAS/LAS 0.8519/0.8185 → 0.8532/0.8197; test UPOS 0.9568 (unchanged), XPOS
//! 0.9503 → 0.9502, UAS/LAS 0.8546/0.8257 → 0.8549/0.8259; the tagger runs 1.9 times as fast
//! (`cargo bench -p detente-nlp --bench nlp`, tag only, same run). Thresholds of 7 and 4 units
//! (96 and 97.5 % kept) gave dev XPOS 0.9444 and 0.9446, but test UPOS 0.9563 at 7; at 28 units
//! (82 % kept) every dev score equals retagging all. Tried and dropped, first pass on dev: four more templates (previous, current
//! and next word together; the suffix of the word with that of the next; the next two words; the
//! previous tag with the next word's suffix), UPOS 0.9490 and XPOS 0.9433; the nearest auxiliary,
//! modal or `to` up to four words back, with its distance, alone and with the suffix (for VB/VBP
//! and VBD/VBN), 0.9492 and 0.9436; no pruning, 0.9494 and 0.9439 (the same); ambiguity classes for
//! words seen once, six or twelve times instead of three, 0.9402, 0.9489 and 0.9495 UPOS. The
//! largest XPOS confusions on dev are NNP/NN (286), NN/JJ (119), NNP/JJ (43), RB/IN (32) and the
//! verb forms VB/VBP/NN and VBD/VBN (about 150 together).
//!
//! Repairs run after the passes, for news sentences the web text of EWT rarely has. A
//! short list of news compounds ("air strikes", "tear gas", "riot police") is tagged as nouns:
//! the tagger read "air strikes" as a noun and a verb and "riot" as a name (EWT test unchanged,
//! dev UAS/LAS 0.8518/0.8182 → 0.8519/0.8184). A bare
//! participle before its object in a sentence with no finite verb but a closing report clause
//! is a past tense ("Police arrested two protesters", "Palestinian police confiscated weapons
//! …, the Israeli army said"; EWT dev and test scores unchanged), and "to" after a verb that takes an infinitive is re-read as its
//! marker when the tagger made it a preposition before a noun or adjective ("agreed to hand
//! over", "intends to engineer"): both passes run again with "to" fixed, and the result is kept
//! only if the next word becomes a base-form verb. The second fires on one word of EWT dev (a
//! right fix: dev XPOS 0.9439 → 0.9440; test, and UAS and LAS, unchanged at four decimals) and
//! on seven infinitives of the Guardian sample ("to re-establish", "to level", "to advance", …).
//! A fourth retags as a base-form verb the bare verb of a demand's "that" clause read as a noun
//! compound with its subject ("demands that Burundi's government grant the Hutu majority more
//! rights"); EWT dev and test scores are unchanged. A fifth makes a noun of a base-form verb
//! right after a past-tense verb that takes no bare infinitive ("workers stopped work",
//! "expressed regret"): EWT's training trees have no such base form outside quoted imperatives
//! after "say"; it fires on no EWT dev or test word (after a participle it did once, wrongly:
//! "the blogs I've read say so", so participles are left alone). A sixth makes a present-tense
//! verb of a plural noun that opens a relative clause before a noun phrase ("the coalition,
//! which arms the SDF", "the enclave, which borders Turkey"); EWT dev and test scores are
//! unchanged at four decimals, and it fires on those two words of the Guardian sample, both
//! rightly. A seventh makes a past tense of a participle before an object in a main clause
//! that has no finite verb, after an opening subordinate clause that has one ("After Russia
//! annexed Crimea, the EU imposed sanctions", where the parser then joined "the EU" to
//! "Crimea"); it fires on no EWT dev or test word and on one Guardian word, rightly.
//!
//! Scoring adds dense rows in `i16` lanes; where the processor has AVX2 it runs a copy compiled
//! for it, chosen at run time (the same integer sums): tag only 672k → 696k words/s (mean of
//! five alternating runs of `cargo bench -p detente-nlp --bench nlp`; best 686k → 731k).
//!
//! Rejected: a CRF or BiLSTM would gain a little accuracy at many times the training time and
//! a heavier runtime; Viterbi decoding over a bigram model did not pay for its cost in the
//! perceptron taggers this follows.

mod weights;

use std::fmt;

use crate::conllu::Sentence;
use crate::features::{prefix, shape_into, suffix, FeatureKey};
use crate::lemmatizer::Lemmatizer;
use crate::model::{ModelError, Reader, Writer};
pub(crate) use weights::KeyMap;
use weights::{CompactWeights, TrainingWeights};

/// Index of a composite tag in a [`Tagger`]'s tag list.
pub type TagId = u16;

const MAGIC: &[u8; 8] = b"DTNTTAG1";

/// A composite tag: what the tagger predicts for one word.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TagLabel {
    /// Universal part of speech.
    pub upos: String,
    /// Penn Treebank part of speech.
    pub xpos: String,
    /// `VerbForm`, `Mood` and `Voice` features of verbs and auxiliaries (`_` otherwise).
    pub verb_features: String,
}

/// The tagger: a weight table, its tag list and the tables it reads features from.
#[derive(Clone)]
pub struct Tagger {
    tags: Vec<TagLabel>,
    /// Weights of the first, left-to-right pass.
    first: CompactWeights,
    /// Weights of the second pass, which also sees first-pass tags to the right.
    second: Option<CompactWeights>,
    /// Lowercased form key → ambiguity class (0 is "not a frequent word").
    ambiguity: KeyMap<u32>,
    /// Distinct feature strings.
    feature_strings: Vec<String>,
    /// For each tag, its most frequent feature string.
    tag_features: Vec<u32>,
    /// `(lowercased form, tag)` key → feature string, where it differs from the tag's.
    word_features: KeyMap<u32>,
    /// Lowercased form key → how the word is usually written in running text (see [`Casing`]).
    casing: KeyMap<u32>,
    /// The finite past-tense verb tag, for [`Tagger::repair_bare_participle`]: derived from
    /// the tag list, not stored.
    past_tense: Option<TagId>,
    /// The finite present-tense third-person verb tag (`VBZ`), for
    /// [`Tagger::repair_relative_verb`].
    present_third: Option<TagId>,
    /// The base-form verb tag (`VB`), for [`Tagger::repair_subjunctive`].
    base_verb: Option<TagId>,
    /// The composite tag of "to" before an infinitive (`PART`/`TO`).
    infinitive_to: Option<TagId>,
    /// The composite tags of common nouns, singular (`NN`) and plural (`NNS`).
    noun_tags: [Option<TagId>; 2],
}

impl fmt::Debug for Tagger {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter
            .debug_struct("Tagger")
            .field("tags", &self.tags.len())
            .field("passes", &(1 + usize::from(self.second.is_some())))
            .field("size", &self.size())
            .finish()
    }
}

/// Settings of [`train`].
#[derive(Debug, Clone)]
pub struct TrainConfig {
    /// Most passes over the training set.
    pub max_epochs: usize,
    /// Stop after this many epochs without a better dev score.
    pub patience: usize,
    /// Seed of the sentence shuffle.
    pub seed: u64,
    /// Averaged weights smaller than this are dropped from the model.
    pub prune: f32,
    /// A word needs this many training occurrences to get an ambiguity class.
    pub ambiguity_min_count: usize,
    /// Train the second pass, which sees first-pass tags to the right.
    pub two_pass: bool,
    /// Number of jackknife folds for the second pass's training input.
    pub folds: usize,
}

impl Default for TrainConfig {
    fn default() -> TrainConfig {
        TrainConfig {
            max_epochs: 12,
            patience: 3,
            seed: 0x5eed,
            prune: 0.05,
            ambiguity_min_count: 3,
            two_pass: true,
            folds: 4,
        }
    }
}

/// What happened in one training epoch.
#[derive(Debug, Clone, PartialEq)]
pub struct EpochReport {
    /// 1 for the first pass, 2 for the second, 0 for the jackknife models.
    pub pass: u8,
    /// 1-based epoch number.
    pub epoch: usize,
    /// Composite-tag accuracy of the training-time predictions.
    pub train_accuracy: f64,
    /// UPOS accuracy of the averaged model on the dev set.
    pub dev_upos: f64,
}

/// Trains a tagger on `train`, choosing the number of epochs by UPOS accuracy on `dev` (the
/// last epoch when `dev` is empty). `progress` is called after every epoch.
///
/// With `config.two_pass`, a second model is trained that also sees the first model's tags
/// of the words to the right. Its training input comes from jackknifing: the training set is
/// cut into `config.folds` parts, and each part is tagged by a first-pass model trained on the
/// others, so the second pass learns how far to trust first-pass tags on unseen text.
pub fn train(
    train: &[Sentence],
    dev: &[Sentence],
    config: &TrainConfig,
    progress: &mut dyn FnMut(&EpochReport),
) -> Tagger {
    let tags = collect_tags(train);
    let ambiguity = ambiguity_classes(train, config.ambiguity_min_count);
    let (feature_strings, tag_features, word_features) = feature_table(train, &tags);
    let mut tagger = Tagger {
        tags,
        first: TrainingWeights::default().averaged(0.0),
        second: None,
        ambiguity,
        feature_strings,
        tag_features,
        word_features,
        casing: casing_table(train),
        past_tense: None,
        present_third: None,
        base_verb: None,
        infinitive_to: None,
        noun_tags: [None, None],
    };
    tagger.past_tense = finite_tag(&tagger.tags, "VBD");
    tagger.present_third = finite_tag(&tagger.tags, "VBZ");
    tagger.base_verb = base_verb_tag(&tagger.tags);
    tagger.infinitive_to = infinitive_to_tag(&tagger.tags);
    tagger.noun_tags = noun_tags(&tagger.tags);
    let examples: Vec<Example<'_>> = train
        .iter()
        .map(|sentence| tagger.example(sentence))
        .collect();
    let dev_examples: Vec<Example<'_>> = dev
        .iter()
        .map(|sentence| tagger.example(sentence))
        .collect();
    let everything: Vec<usize> = (0..examples.len()).collect();
    let pass = Pass {
        tagger: &tagger,
        examples: &examples,
        dev: &dev_examples,
        config,
    };
    let (first, first_epochs) = pass.run(&everything, None, None, config.max_epochs, 1, progress);
    tagger.first = first;
    if !config.two_pass {
        return tagger;
    }
    let folds = config.folds.max(2);
    let mut right: Vec<Vec<TagId>> = vec![Vec::new(); examples.len()];
    for fold in 0..folds {
        let rest: Vec<usize> = (0..examples.len())
            .filter(|index| index % folds != fold)
            .collect();
        let pass = Pass {
            tagger: &tagger,
            examples: &examples,
            dev: &[],
            config,
        };
        let (weights, _) = pass.run(&rest, None, None, first_epochs, 0, progress);
        for index in (0..examples.len()).filter(|index| index % folds == fold) {
            right[index] = decode(&weights, &examples[index].words, None);
        }
    }
    let dev_right: Vec<Vec<TagId>> = dev_examples
        .iter()
        .map(|example| decode(&tagger.first, &example.words, None))
        .collect();
    let pass = Pass {
        tagger: &tagger,
        examples: &examples,
        dev: &dev_examples,
        config,
    };
    let (second, _) = pass.run(
        &everything,
        Some(&right),
        Some(&dev_right),
        config.max_epochs,
        2,
        progress,
    );
    tagger.second = Some(second);
    tagger
}

/// A training sentence, prepared once.
struct Example<'s> {
    words: Vec<WordInfo>,
    gold: Vec<TagId>,
    gold_upos: Vec<&'s str>,
}

/// One perceptron training run over (part of) the training set.
struct Pass<'a, 's> {
    tagger: &'a Tagger,
    examples: &'a [Example<'s>],
    dev: &'a [Example<'s>],
    config: &'a TrainConfig,
}

impl Pass<'_, '_> {
    /// Trains on `subset` for at most `max_epochs`, keeping the epoch best on dev (the last
    /// when there is no dev set); returns the weights and the number of epochs they took.
    fn run(
        &self,
        subset: &[usize],
        right: Option<&[Vec<TagId>]>,
        dev_right: Option<&[Vec<TagId>]>,
        max_epochs: usize,
        pass: u8,
        progress: &mut dyn FnMut(&EpochReport),
    ) -> (CompactWeights, usize) {
        let mut weights = TrainingWeights::default();
        let mut order = subset.to_vec();
        let mut random = self.config.seed.wrapping_add(u64::from(pass)) | 1;
        let mut best: Option<(f64, usize, CompactWeights)> = None;
        let mut epochs_without_gain = 0;
        let mut features = Vec::with_capacity(80);
        let mut scores = vec![0f32; self.tagger.tags.len()];
        for epoch in 1..=max_epochs.max(1) {
            shuffle(&mut order, &mut random);
            let (mut correct, mut total) = (0usize, 0usize);
            for &index in &order {
                let example = &self.examples[index];
                let right_tags = right.map(|right| right[index].as_slice());
                let mut predicted: Vec<TagId> = Vec::with_capacity(example.gold.len());
                for position in 0..example.gold.len() {
                    features.clear();
                    extract(
                        &example.words,
                        position,
                        &predicted,
                        right_tags,
                        &mut features,
                    );
                    weights.score(&features, &mut scores);
                    let guess = argmax_f32(&scores);
                    weights.tick();
                    weights.update(&features, example.gold[position], guess);
                    correct += usize::from(guess == example.gold[position]);
                    total += 1;
                    predicted.push(guess);
                }
            }
            let averaged = weights.averaged(self.config.prune);
            let dev_upos = if self.dev.is_empty() {
                epoch as f64
            } else {
                self.dev_upos(&averaged, dev_right)
            };
            progress(&EpochReport {
                pass,
                epoch,
                train_accuracy: correct as f64 / total.max(1) as f64,
                dev_upos: if self.dev.is_empty() { 0.0 } else { dev_upos },
            });
            match &best {
                Some((score, _, _)) if dev_upos <= *score => epochs_without_gain += 1,
                _ => {
                    best = Some((dev_upos, epoch, averaged));
                    epochs_without_gain = 0;
                }
            }
            if epochs_without_gain >= self.config.patience {
                break;
            }
        }
        match best {
            Some((_, epoch, weights)) => (weights, epoch),
            None => (weights.averaged(self.config.prune), 0),
        }
    }

    fn dev_upos(&self, weights: &CompactWeights, dev_right: Option<&[Vec<TagId>]>) -> f64 {
        let (mut correct, mut total) = (0usize, 0usize);
        for (index, example) in self.dev.iter().enumerate() {
            let right = dev_right.map(|right| right[index].as_slice());
            let predicted = decode(weights, &example.words, right);
            for (tag, gold) in predicted.iter().zip(&example.gold_upos) {
                correct += usize::from(self.tagger.upos(*tag) == *gold);
                total += 1;
            }
        }
        correct as f64 / total.max(1) as f64
    }
}

/// The second pass retags only words whose first-pass score margin (best tag over runner-up) is
/// under this many averaged-weight units; the others keep their first-pass tag. See the module
/// documentation for how it was chosen.
const SECOND_PASS_BELOW_MARGIN: f32 = 14.0;

/// Greedy left-to-right decoding with one weight table.
fn decode(weights: &CompactWeights, words: &[WordInfo], right: Option<&[TagId]>) -> Vec<TagId> {
    decode_forced(weights, words, right, &[])
}

/// Like [`decode`], with the tags of some positions fixed in advance (`forced`, indexed by
/// position; missing or `None` entries are predicted).
fn decode_forced(
    weights: &CompactWeights,
    words: &[WordInfo],
    right: Option<&[TagId]>,
    forced: &[Option<TagId>],
) -> Vec<TagId> {
    decode_with_margins(weights, words, right, forced, None)
}

/// [`decode_forced`], also writing into `margins` (when given) each word's score margin in score
/// units: the best tag's score minus the runner-up's, `i32::MAX` for a forced tag.
fn decode_with_margins(
    weights: &CompactWeights,
    words: &[WordInfo],
    right: Option<&[TagId]>,
    forced: &[Option<TagId>],
    mut margins: Option<&mut Vec<i32>>,
) -> Vec<TagId> {
    let mut predicted: Vec<TagId> = Vec::with_capacity(words.len());
    let mut features = Vec::with_capacity(80);
    let mut scores = vec![0i32; weights.classes()];
    for position in 0..words.len() {
        if let Some(tag) = forced.get(position).copied().flatten() {
            predicted.push(tag);
            if let Some(margins) = margins.as_deref_mut() {
                margins.push(i32::MAX);
            }
            continue;
        }
        features.clear();
        extract(words, position, &predicted, right, &mut features);
        weights.score(&features, &mut scores);
        let (best, margin) = argmax_with_margin(&scores);
        predicted.push(best);
        if let Some(margins) = margins.as_deref_mut() {
            margins.push(margin);
        }
    }
    predicted
}

/// Noun compounds of news whose first word the tagger reads as a verb, adjective or name, and
/// whose second it may read as a verb: (modifier, head), the head also in the plural.
const NOUN_COMPOUNDS: [(&str, &str); 6] = [
    ("air", "strike"),
    ("air", "raid"),
    ("tear", "gas"),
    ("riot", "police"),
    ("hunger", "strike"),
    ("cease", "fire"),
];

/// Finite forms of the verbs that close a news sentence's report clause ("…, officials said").
const REPORTING_FORMS: [&str; 12] = [
    "said",
    "says",
    "told",
    "tells",
    "reported",
    "reports",
    "added",
    "adds",
    "announced",
    "claimed",
    "stated",
    "confirmed",
];

/// Verbs, by the start of their forms, that a bare infinitive or a quoted imperative may
/// follow: "helped build", "let go", "made leave", "said go".
const BARE_INFINITIVE_TAKERS: [&str; 26] = [
    "help", "let", "make", "made", "have", "has", "had", "see", "saw", "seen", "hear", "heard",
    "watch", "feel", "felt", "bid", "dare", "need", "go", "went", "come", "came", "try", "tri",
    "sa", "told",
];

/// Words, by the start of their forms, whose "that" clause states a demand in the subjunctive:
/// "demanded that the government release …", "insistence that …", "urged that …".
const DEMAND_STEMS: [&str; 10] = [
    "demand",
    "insist",
    "urg",
    "request",
    "requir",
    "recommend",
    "propos",
    "ask",
    "order",
    "stipulat",
];

/// Verbs, by the start of their forms, that take a "to" infinitive: "agreed to hand over",
/// "intends to engineer", "is expected to last".
const INFINITIVE_TAKERS: [&str; 38] = [
    "agree", "offer", "refus", "decid", "promis", "plan", "threaten", "vow", "pledg", "want",
    "tried", "try", "tries", "attempt", "fail", "seek", "sought", "hope", "hoping", "expect",
    "aim", "intend", "prepar", "declin", "continu", "began", "begin", "begun", "start", "need",
    "urge", "ask", "chose", "choos", "manag", "struggl", "seem", "wish",
];

/// Words that open a subordinate clause before the main one ("When …, …").
const SUBORDINATORS: [&str; 14] = [
    "when", "after", "as", "since", "before", "while", "once", "because", "although", "though",
    "if", "unless", "until", "whereas",
];

impl Tagger {
    /// Tags a sentence given as word forms; returns one tag per form.
    pub fn tag(&self, forms: &[&str]) -> Vec<TagId> {
        let words = self.prepare(forms);
        let mut tags = self.decode_passes(&words, &[]);
        self.repair_to_infinitive(forms, &words, &mut tags);
        self.repair_noun_compounds(forms, &mut tags);
        self.repair_bare_participle(forms, &mut tags);
        self.repair_subjunctive(forms, &mut tags);
        self.repair_bare_base_after_verb(forms, &mut tags);
        self.repair_relative_verb(forms, &mut tags);
        self.repair_main_verb_after_clause(forms, &mut tags);
        tags
    }

    /// Retags as past tense a past participle between a noun or pronoun and the start of a
    /// noun phrase in the main clause after an opening subordinate clause, when that clause
    /// has its finite verb and the main clause has none: "After Russia annexed Crimea, the EU
    /// imposed sanctions" had "imposed" a participle modifying "sanctions" (and "the EU" a
    /// conjunct of "Crimea"), leaving the main clause without a verb.
    fn repair_main_verb_after_clause(&self, forms: &[&str], tags: &mut [TagId]) {
        let Some(past_tense) = self.past_tense else {
            return;
        };
        let opens_clause = forms
            .first()
            .is_some_and(|first| SUBORDINATORS.contains(&first.to_lowercase().as_str()));
        let Some(comma) = forms.iter().position(|&form| form == ",") else {
            return;
        };
        let finite = |tag: TagId| matches!(self.xpos(tag), "VBD" | "VBZ" | "VBP" | "MD");
        if !opens_clause
            || !tags[..comma].iter().any(|&tag| finite(tag))
            || tags[comma..].iter().any(|&tag| finite(tag))
        {
            return;
        }
        for index in comma + 2..tags.len().saturating_sub(1) {
            if self.is_participle_before_object(tags, index) {
                tags[index] = past_tense;
                return;
            }
        }
    }

    /// True when the word at `index` (neither first nor last) is a past participle between a
    /// noun or pronoun and the start of a noun phrase: "Police arrested two protesters", "the
    /// EU imposed sanctions", the shape of a past tense the tagger read as a participle.
    fn is_participle_before_object(&self, tags: &[TagId], index: usize) -> bool {
        let (before, here, after) = (tags[index - 1], tags[index], tags[index + 1]);
        self.xpos(here) == "VBN"
            && self.upos(here) == "VERB"
            && matches!(self.xpos(before), "NN" | "NNS" | "NNP" | "NNPS" | "PRP")
            && matches!(
                self.xpos(after),
                "DT" | "CD" | "PRP$" | "PRP" | "NNP" | "NNPS" | "JJ" | "NN" | "NNS"
            )
    }

    /// Both passes over `words`, with the tags in `forced` fixed. The second pass sees the
    /// first pass's tags to the right and retags only the words the first pass was unsure of
    /// (margin under [`SECOND_PASS_BELOW_MARGIN`]); a sure word keeps its first-pass tag, which
    /// the second pass then reads as its left context like any tag it predicted itself.
    fn decode_passes(&self, words: &[WordInfo], forced: &[Option<TagId>]) -> Vec<TagId> {
        let Some(second) = &self.second else {
            return decode_forced(&self.first, words, None, forced);
        };
        let mut margins = Vec::with_capacity(words.len());
        let first = decode_with_margins(&self.first, words, None, forced, Some(&mut margins));
        let sure = (SECOND_PASS_BELOW_MARGIN / self.first.scale()).min(i32::MAX as f32) as i32;
        let kept: Vec<Option<TagId>> = first
            .iter()
            .zip(&margins)
            .map(|(&tag, &margin)| (margin >= sure).then_some(tag))
            .collect();
        decode_forced(second, words, Some(&first), &kept)
    }

    /// Retags as a verb a plural noun that opens a relative clause and is followed by the start
    /// of a noun phrase: "the coalition, which arms the SDF", "a group that backs Russia's
    /// claims", "a leader who supports the deal". The tagger, reading left to right, takes
    /// words such as "arms", "backs" and "supports" for the nouns they also are. "which" and
    /// "that" count only after a comma or a noun, so that "asked which weapons the army
    /// used", where "which" is a determiner, keeps its noun.
    fn repair_relative_verb(&self, forms: &[&str], tags: &mut [TagId]) {
        let Some(present_third) = self.present_third else {
            return;
        };
        for index in 1..forms.len().saturating_sub(1) {
            let form = forms[index];
            let plural_noun = self.xpos(tags[index]) == "NNS"
                && form.len() > 3
                && form.ends_with('s')
                && !form.ends_with("ss")
                && form.chars().all(|c| c.is_ascii_lowercase());
            if !plural_noun {
                continue;
            }
            let relative = forms[index - 1].to_lowercase();
            let opens = match relative.as_str() {
                "who" => true,
                "which" | "that" => {
                    index >= 2 && {
                        let before = forms[index - 2];
                        before == "," || matches!(self.upos(tags[index - 2]), "NOUN" | "PROPN")
                    }
                }
                _ => false,
            };
            let phrase_follows = matches!(
                self.xpos(tags[index + 1]),
                "DT" | "PRP$" | "NNP" | "NNPS" | "CD"
            );
            if opens && phrase_follows && matches!(self.xpos(tags[index - 1]), "WDT" | "WP") {
                tags[index] = present_third;
            }
        }
    }

    /// Retags as a noun a base-form verb right after a past verb that takes no bare infinitive:
    /// "workers stopped work", "resumed work", where the tagger read "work" as a verb. EWT's
    /// training trees have a base form after such a verb five times in 200,000 words, all
    /// quoted imperatives after "say" ("said go"), which stay.
    fn repair_bare_base_after_verb(&self, forms: &[&str], tags: &mut [TagId]) {
        let Some(singular) = self.noun_tags[0] else {
            return;
        };
        for index in 1..forms.len() {
            if self.xpos(tags[index]) != "VB" || self.upos(tags[index - 1]) != "VERB" {
                continue;
            }
            // Not after a participle: "the blogs I've read say so" is a reduced relative.
            if self.xpos(tags[index - 1]) != "VBD" {
                continue;
            }
            let before = forms[index - 1].to_lowercase();
            if BARE_INFINITIVE_TAKERS
                .iter()
                .any(|stem| before.starts_with(stem))
            {
                continue;
            }
            // A noun reading needs something nominal after it, or nothing.
            let after_ok = forms.get(index + 1).is_none_or(|_| {
                matches!(
                    self.xpos(tags[index + 1]),
                    "IN" | "." | "," | "CC" | "TO" | "RB" | "NN" | "NNS" | ":"
                )
            });
            if after_ok && forms[index].chars().all(|c| c.is_ascii_lowercase()) {
                tags[index] = singular;
            }
        }
    }

    /// Retags as a base-form verb the bare verb of a demand's "that" clause that the tagger
    /// read as the head of a noun compound with its subject: "demanded that Burundi's
    /// government grant the Hutu majority more rights", "insisted that the United States
    /// release the prisoners". The word is a singular common noun right after the subject's
    /// noun, before the start of a noun phrase, with no verb between "that" and it. Web text
    /// rarely uses this subjunctive; news reports demands in it every day.
    fn repair_subjunctive(&self, forms: &[&str], tags: &mut [TagId]) {
        let Some(base_verb) = self.base_verb else {
            return;
        };
        for that in 1..forms.len() {
            if !forms[that].eq_ignore_ascii_case("that") {
                continue;
            }
            let asker = forms[that - 1].to_lowercase();
            if !DEMAND_STEMS.iter().any(|stem| asker.starts_with(stem)) {
                continue;
            }
            let mut position = that + 1;
            while position + 1 < forms.len() {
                let xpos = self.xpos(tags[position]);
                if xpos.starts_with("VB") || xpos == "MD" {
                    break;
                }
                let after = self.xpos(tags[position + 1]);
                let candidate = xpos == "NN"
                    && position > that + 1
                    && matches!(self.xpos(tags[position - 1]), "NN" | "NNS" | "NNP" | "NNPS")
                    && forms[position].chars().all(|c| c.is_ascii_lowercase())
                    && matches!(
                        after,
                        "DT" | "PRP$" | "PRP" | "NNP" | "NNPS" | "JJ" | "CD" | "NNS" | "RP"
                    );
                if candidate {
                    tags[position] = base_verb;
                    break;
                }
                if !matches!(
                    xpos,
                    "DT" | "PRP$" | "PRP" | "NNP" | "NNPS" | "NN" | "NNS" | "POS" | "JJ" | "CD"
                ) {
                    break;
                }
                position += 1;
            }
        }
    }

    /// Tags as nouns the words of the news compounds in [`NOUN_COMPOUNDS`] that the web text of
    /// EWT never shows: "air strikes" (read as a noun and a verb), "tear gas" (a verb and a
    /// noun), "riot police" (a proper noun).
    fn repair_noun_compounds(&self, forms: &[&str], tags: &mut [TagId]) {
        let (Some(singular), Some(plural)) = (self.noun_tags[0], self.noun_tags[1]) else {
            return;
        };
        for index in 0..forms.len().saturating_sub(1) {
            let (first, second) = (forms[index], forms[index + 1]);
            let plural_head = |head: &str| {
                second.len() == head.len() + 1
                    && second.is_char_boundary(head.len())
                    && second[..head.len()].eq_ignore_ascii_case(head)
                    && second[head.len()..].eq_ignore_ascii_case("s")
            };
            let found = NOUN_COMPOUNDS.iter().find_map(|&(modifier, head)| {
                if !first.eq_ignore_ascii_case(modifier) {
                    return None;
                }
                if second.eq_ignore_ascii_case(head) {
                    Some(false)
                } else {
                    plural_head(head).then_some(true)
                }
            });
            let Some(plural_form) = found else {
                continue;
            };
            tags[index] = singular;
            if self.upos(tags[index + 1]) != "NOUN" {
                tags[index + 1] = if plural_form { plural } else { singular };
            }
        }
    }

    /// Re-reads "to" after a verb that takes an infinitive ("offered to hand over", "intends
    /// to engineer") when the tagger made it a preposition before a word it read as a noun or
    /// adjective: both passes run again with "to" fixed as the infinitive marker, and the new
    /// tags are kept only if the word after "to" then comes out a base-form verb. News writes
    /// such infinitives far more often than the web text of the treebank, where "hand" and
    /// "engineer" are nouns.
    fn repair_to_infinitive(&self, forms: &[&str], words: &[WordInfo], tags: &mut [TagId]) {
        let Some(infinitive_to) = self.infinitive_to else {
            return;
        };
        let mut forced: Vec<Option<TagId>> = Vec::new();
        for index in 1..forms.len().saturating_sub(1) {
            if !forms[index].eq_ignore_ascii_case("to") {
                continue;
            }
            let taker = forms[index - 1].to_lowercase();
            if self.xpos(tags[index]) == "IN"
                && self.upos(tags[index - 1]) == "VERB"
                && INFINITIVE_TAKERS.iter().any(|stem| taker.starts_with(stem))
                && matches!(self.xpos(tags[index + 1]), "NN" | "JJ" | "VB" | "VBP")
            {
                forced.resize(forms.len(), None);
                forced[index] = Some(infinitive_to);
            }
        }
        if forced.is_empty() {
            return;
        }
        let retagged = self.decode_passes(words, &forced);
        for (index, marker) in forced.iter().enumerate() {
            if marker.is_some() && self.xpos(retagged[index + 1]) == "VB" {
                // The retagged sentence from the marker to the next "to" repair or the end.
                let end = forced[index + 1..]
                    .iter()
                    .position(Option::is_some)
                    .map_or(forms.len(), |offset| index + 1 + offset);
                tags[index..end].copy_from_slice(&retagged[index..end]);
            }
        }
    }

    /// Retags as past tense a past participle that sits between a noun or pronoun and the
    /// start of a noun phrase in a sentence without any finite verb: `Troops attacked the city`,
    /// `Police arrested two protesters`. UD EWT is web text where such verbs are rare and
    /// mostly passive (`attacked` occurs four times, all `VBN`), so the tagger, reading left to
    /// right, prefers a reduced relative clause that leaves the sentence without a predicate.
    /// Headlines such as `Man arrested after attack` keep their participle: no object follows.
    fn repair_bare_participle(&self, forms: &[&str], tags: &mut [TagId]) {
        let Some(past_tense) = self.past_tense else {
            return;
        };
        let finite = |tag: TagId| matches!(self.xpos(tag), "VBD" | "VBZ" | "VBP" | "MD");
        // A report clause after a comma ("…, security sources said") does not count: "Police
        // arrested 12 people, officials said" has no other finite verb either.
        let reporting = |position: usize| {
            REPORTING_FORMS.contains(&forms[position].to_lowercase().as_str())
                && forms[..position].contains(&",")
        };
        if (0..tags.len()).any(|position| finite(tags[position]) && !reporting(position)) {
            return;
        }
        // The participle stands before the report clause.
        let report = (0..tags.len())
            .position(|position| finite(tags[position]))
            .unwrap_or(tags.len());
        for index in 1..tags.len().saturating_sub(1).min(report) {
            if self.is_participle_before_object(tags, index) {
                tags[index] = past_tense;
                return;
            }
        }
    }

    fn example<'s>(&self, sentence: &'s Sentence) -> Example<'s> {
        let forms: Vec<&'s str> = sentence
            .words
            .iter()
            .map(|word| word.form.as_str())
            .collect();
        Example {
            words: self.prepare(&forms),
            gold: sentence
                .words
                .iter()
                .map(|word| {
                    self.tags
                        .binary_search(&label_of(word))
                        .map_or(0, |index| index as TagId)
                })
                .collect(),
            gold_upos: sentence
                .words
                .iter()
                .map(|word| word.upos.as_str())
                .collect(),
        }
    }

    /// The composite tag `tag`.
    pub fn label(&self, tag: TagId) -> &TagLabel {
        &self.tags[usize::from(tag).min(self.tags.len() - 1)]
    }

    /// The universal part of speech of `tag`.
    pub fn upos(&self, tag: TagId) -> &str {
        &self.label(tag).upos
    }

    /// The Penn Treebank part of speech of `tag`.
    pub fn xpos(&self, tag: TagId) -> &str {
        &self.label(tag).xpos
    }

    /// The morphological features (`Number=Plur|…` or `_`) of `form` tagged `tag`.
    pub fn features(&self, form: &str, tag: TagId) -> &str {
        let mut lower = String::new();
        lowercase_into(form, &mut lower);
        let key = word_feature_key(&lower, tag);
        let index = self.word_features.get(&key).copied().unwrap_or_else(|| {
            self.tag_features
                .get(usize::from(tag))
                .copied()
                .unwrap_or(0)
        });
        self.feature_strings
            .get(index as usize)
            .map_or("_", String::as_str)
    }

    /// For a sentence written in capitals (a headline, a shouted line), the forms as they would
    /// be written in running text: `RUSSIAN TROOPS ATTACKED KHARKIV` → `Russian troops attacked
    /// Kharkiv`, from how each word is usually written in the training text (unknown words are
    /// taken for names); `None` for ordinary sentences. The tagger was trained on ordinary text,
    /// so tagging (and lemmatizing and parsing) the recased forms works much better.
    pub fn recase(&self, forms: &[&str]) -> Option<Vec<String>> {
        let letters = |form: &str| form.chars().filter(|ch| ch.is_alphabetic()).count();
        let shouted = forms
            .iter()
            .filter(|form| letters(form) >= 2 && !form.chars().any(char::is_lowercase))
            .count();
        let ordinary = forms
            .iter()
            .filter(|form| form.chars().any(char::is_lowercase))
            .count();
        if shouted < 3 || ordinary * 4 > shouted {
            return None;
        }
        let recased = forms
            .iter()
            .enumerate()
            .map(|(position, form)| {
                if form.chars().any(char::is_lowercase) || letters(form) == 0 {
                    return form.to_string();
                }
                let lower = form.to_lowercase();
                let casing = match self.casing.get(&lowercase_key(&lower)).copied() {
                    Some(value) if value == Casing::Lower as u32 && position > 0 => Casing::Lower,
                    Some(value) if value == Casing::Upper as u32 => Casing::Upper,
                    _ => Casing::Title,
                };
                match casing {
                    Casing::Lower => lower,
                    Casing::Upper => form.to_string(),
                    Casing::Title => title_case(&lower),
                }
            })
            .collect();
        Some(recased)
    }

    /// All composite tags, in id order.
    pub fn labels(&self) -> &[TagLabel] {
        &self.tags
    }

    /// Number of hashed features and of stored weights.
    pub fn size(&self) -> (usize, usize) {
        let second = self.second.as_ref().map_or((0, 0), |second| {
            (second.feature_count(), second.entry_count())
        });
        (
            self.first.feature_count() + second.0,
            self.first.entry_count() + second.1,
        )
    }

    fn prepare(&self, forms: &[&str]) -> Vec<WordInfo> {
        let mut lower = String::new();
        let mut shape = String::new();
        let mut context = String::new();
        forms
            .iter()
            .enumerate()
            .map(|(position, &form)| {
                lowercase_into(form, &mut lower);
                let has_digit = form.bytes().any(|byte| byte.is_ascii_digit());
                shape.clear();
                shape_into(form, &mut shape);
                let context = if has_digit {
                    context.clear();
                    context.push('#');
                    context.push_str(&shape);
                    context.as_str()
                } else {
                    lower.as_str()
                };
                let ambiguity = self
                    .ambiguity
                    .get(&lowercase_key(&lower))
                    .copied()
                    .unwrap_or(0);
                let first = form.chars().next();
                let flags = u64::from(has_digit)
                    | u64::from(form.contains('-')) << 1
                    | u64::from(first.is_some_and(char::is_uppercase)) << 2
                    | u64::from(form.chars().all(|ch| !ch.is_lowercase())) << 3
                    | u64::from(position == 0) << 4
                    | u64::from(first.is_some_and(|ch| !ch.is_alphanumeric())) << 5;
                WordInfo {
                    lower: hash(&lower),
                    form: hash(form),
                    suffixes: [1, 2, 3, 4].map(|length| hash(suffix(&lower, length))),
                    prefixes: [
                        hash(prefix(form, 1)),
                        hash(prefix(&lower, 2)),
                        hash(prefix(&lower, 3)),
                    ],
                    shape: hash(&shape),
                    context: hash(context),
                    context_suffix: hash(suffix(context, 3)),
                    ambiguity: u64::from(ambiguity),
                    flags,
                }
            })
            .collect()
    }

    /// Writes the tagger's part of a model file.
    pub(crate) fn write(&self, writer: &mut Writer) {
        writer.varint(self.tags.len() as u64);
        for tag in &self.tags {
            writer.str(&tag.upos);
            writer.str(&tag.xpos);
            writer.str(&tag.verb_features);
        }
        self.first.write(writer);
        match &self.second {
            Some(second) => {
                writer.u8(1);
                second.write(writer);
            }
            None => writer.u8(0),
        }
        write_key_map(writer, &self.ambiguity);
        writer.varint(self.feature_strings.len() as u64);
        for features in &self.feature_strings {
            writer.str(features);
        }
        for &index in &self.tag_features {
            writer.varint(u64::from(index));
        }
        write_key_map(writer, &self.word_features);
        write_key_map(writer, &self.casing);
    }

    /// Reads what [`Tagger::write`] wrote.
    pub(crate) fn read(reader: &mut Reader<'_>) -> Result<Tagger, ModelError> {
        let tag_count = reader.count(u16::MAX as usize)?;
        if tag_count == 0 {
            return Err(reader.corrupt("a tagger without tags"));
        }
        let mut tags = Vec::with_capacity(tag_count);
        for _ in 0..tag_count {
            tags.push(TagLabel {
                upos: reader.str()?.to_string(),
                xpos: reader.str()?.to_string(),
                verb_features: reader.str()?.to_string(),
            });
        }
        let first = CompactWeights::read(reader, tag_count)?;
        let second = match reader.u8()? {
            0 => None,
            1 => Some(CompactWeights::read(reader, tag_count)?),
            _ => return Err(reader.corrupt("bad second-pass flag")),
        };
        let ambiguity = read_key_map(reader, u32::MAX)?;
        let string_count = reader.count(reader.remaining())?;
        let mut feature_strings = Vec::with_capacity(string_count);
        for _ in 0..string_count {
            feature_strings.push(reader.str()?.to_string());
        }
        let limit = string_count.max(1) as u32 - 1;
        let mut tag_features = Vec::with_capacity(tag_count);
        for _ in 0..tag_count {
            tag_features.push(reader.count(limit as usize)? as u32);
        }
        let word_features = read_key_map(reader, limit)?;
        let casing = read_key_map(reader, Casing::Upper as u32)?;
        let past_tense = finite_tag(&tags, "VBD");
        let present_third = finite_tag(&tags, "VBZ");
        let base_verb = base_verb_tag(&tags);
        let infinitive_to = infinitive_to_tag(&tags);
        let noun_tags = noun_tags(&tags);
        Ok(Tagger {
            tags,
            first,
            second,
            ambiguity,
            feature_strings,
            tag_features,
            word_features,
            casing,
            past_tense,
            present_third,
            base_verb,
            infinitive_to,
            noun_tags,
        })
    }
}

/// The tagger and lemmatizer together: what `models/en_ewt.tagger` holds.
#[derive(Debug, Clone)]
pub struct TaggerModel {
    /// The part-of-speech tagger.
    pub tagger: Tagger,
    /// The lemmatizer, which reads the tagger's XPOS.
    pub lemmatizer: Lemmatizer,
}

impl TaggerModel {
    /// Serializes the model.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut writer = Writer::new(MAGIC);
        self.tagger.write(&mut writer);
        self.lemmatizer.write(&mut writer);
        writer.finish()
    }

    /// Loads a model written by [`TaggerModel::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<TaggerModel, ModelError> {
        let mut reader = Reader::new(bytes, MAGIC, "tagger")?;
        let tagger = Tagger::read(&mut reader)?;
        let lemmatizer = Lemmatizer::read(&mut reader)?;
        reader.expect_end()?;
        Ok(TaggerModel { tagger, lemmatizer })
    }
}

/// The composite tag of a treebank word.
pub fn label_of(word: &crate::conllu::Word) -> TagLabel {
    let verb_features = if word.upos == "VERB" || word.upos == "AUX" {
        let kept: Vec<&str> = word
            .feats
            .split('|')
            .filter(|feature| {
                feature.starts_with("VerbForm=")
                    || feature.starts_with("Mood=")
                    || feature.starts_with("Voice=")
            })
            .collect();
        if kept.is_empty() {
            "_".to_string()
        } else {
            kept.join("|")
        }
    } else {
        "_".to_string()
    };
    TagLabel {
        upos: word.upos.clone(),
        xpos: word.xpos.clone(),
        verb_features,
    }
}

/// UPOS accuracy of `tagger` on gold-tokenized sentences.
pub fn upos_accuracy(tagger: &Tagger, sentences: &[Sentence]) -> f64 {
    let (mut correct, mut total) = (0usize, 0usize);
    for sentence in sentences {
        let forms: Vec<&str> = sentence
            .words
            .iter()
            .map(|word| word.form.as_str())
            .collect();
        for (word, tag) in sentence.words.iter().zip(tagger.tag(&forms)) {
            correct += usize::from(tagger.upos(tag) == word.upos);
            total += 1;
        }
    }
    correct as f64 / total.max(1) as f64
}

/// What the feature templates read about one word, as hashes of its strings.
struct WordInfo {
    lower: u64,
    form: u64,
    /// Suffixes of 1 to 4 characters of the lowercase form.
    suffixes: [u64; 4],
    /// First character of the form; first two and three of the lowercase form.
    prefixes: [u64; 3],
    shape: u64,
    /// The lowercase form, or `#` + shape for words with digits: what neighbours see.
    context: u64,
    /// Last three characters of `context`.
    context_suffix: u64,
    ambiguity: u64,
    flags: u64,
}

fn hash(text: &str) -> u64 {
    FeatureKey::new(u32::MAX).str(text).finish()
}

const START: u64 = 0xffff_0001;
const START2: u64 = 0xffff_0002;

fn extract(
    words: &[WordInfo],
    position: usize,
    predicted: &[TagId],
    right: Option<&[TagId]>,
    out: &mut Vec<u64>,
) {
    const BEFORE: u64 = 0xffff_0003;
    const AFTER: u64 = 0xffff_0004;
    let word = &words[position];
    let at = |offset: isize| -> Option<&WordInfo> {
        position
            .checked_add_signed(offset)
            .and_then(|index| words.get(index))
    };
    let outside = |offset: isize| if offset < 0 { BEFORE } else { AFTER };
    let context = |offset: isize| at(offset).map_or(outside(offset), |other| other.context);
    let context_suffix =
        |offset: isize| at(offset).map_or(outside(offset), |other| other.context_suffix);
    let ambiguity = |offset: isize| at(offset).map_or(AFTER, |other| other.ambiguity);
    let previous = |back: usize| -> u64 {
        match position.checked_sub(back) {
            Some(index) => u64::from(predicted[index]),
            None if back == 1 => START,
            None => START2,
        }
    };
    let lower = word.lower;
    let suffix3 = word.suffixes[2];
    let tag1 = previous(1);
    let tag2 = previous(2);
    let key = FeatureKey::new;
    out.push(key(0).finish());
    out.push(key(1).num(lower).finish());
    out.push(key(2).num(word.form).finish());
    for (index, &suffix) in word.suffixes.iter().enumerate() {
        out.push(key(3 + index as u32).num(suffix).finish());
    }
    for (index, &prefix) in word.prefixes.iter().enumerate() {
        out.push(key(7 + index as u32).num(prefix).finish());
    }
    out.push(key(10).num(word.shape).finish());
    out.push(key(11).num(word.flags).finish());
    out.push(key(12).num(context(-1)).finish());
    out.push(key(13).num(context(-2)).finish());
    out.push(key(14).num(context(1)).finish());
    out.push(key(15).num(context(2)).finish());
    out.push(key(16).num(context_suffix(-1)).finish());
    out.push(key(17).num(context_suffix(1)).finish());
    out.push(key(18).num(ambiguity(0)).finish());
    out.push(key(19).num(ambiguity(1)).finish());
    out.push(key(20).num(ambiguity(2)).finish());
    out.push(key(21).num(context(-1)).num(lower).finish());
    out.push(key(22).num(lower).num(context(1)).finish());
    out.push(key(23).num(ambiguity(0)).num(ambiguity(1)).finish());
    out.push(
        key(24)
            .num(at(1).map_or(AFTER, |other| other.shape))
            .finish(),
    );
    out.push(key(25).num(ambiguity(0)).num(suffix3).finish());
    out.push(key(30).num(tag1).finish());
    out.push(key(31).num(tag2).finish());
    out.push(key(32).num(tag1).num(tag2).finish());
    out.push(key(33).num(tag1).num(lower).finish());
    out.push(key(34).num(tag1).num(ambiguity(0)).finish());
    out.push(key(35).num(tag1).num(suffix3).finish());
    out.push(key(36).num(tag1).num(ambiguity(1)).finish());
    out.push(key(37).num(tag1).num(context(1)).finish());
    if let Some(right) = right {
        let first_pass = |offset: usize| -> u64 {
            right
                .get(position + offset)
                .map_or(START, |&tag| u64::from(tag))
        };
        let (here, next, after) = (first_pass(0), first_pass(1), first_pass(2));
        out.push(key(40).num(here).finish());
        out.push(key(41).num(next).finish());
        out.push(key(42).num(after).finish());
        out.push(key(43).num(next).num(after).finish());
        out.push(key(44).num(tag1).num(next).finish());
        out.push(key(45).num(here).num(lower).finish());
        out.push(key(46).num(tag1).num(here).num(next).finish());
        out.push(key(47).num(next).num(lower).finish());
    }
}

/// Sets `out` to `form.to_lowercase()`, without allocating for ASCII forms.
pub(crate) fn lowercase_into(form: &str, out: &mut String) {
    out.clear();
    if form.is_ascii() {
        out.extend(
            form.bytes()
                .map(|byte| char::from(byte.to_ascii_lowercase())),
        );
    } else {
        out.push_str(&form.to_lowercase());
    }
}

fn lowercase_key(lower: &str) -> u64 {
    FeatureKey::new(1000).str(lower).finish()
}

fn word_feature_key(lower: &str, tag: TagId) -> u64 {
    FeatureKey::new(1001)
        .str(lower)
        .num(u64::from(tag))
        .finish()
}

fn collect_tags(train: &[Sentence]) -> Vec<TagLabel> {
    let mut tags: Vec<TagLabel> = train
        .iter()
        .flat_map(|sentence| sentence.words.iter().map(label_of))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    if tags.is_empty() {
        tags.push(TagLabel {
            upos: "X".to_string(),
            xpos: "FW".to_string(),
            verb_features: "_".to_string(),
        });
    }
    tags
}

/// Frequent lowercased forms → id of the set of XPOS tags that make up at least 5 % of their
/// occurrences. Ids follow the sorted set names, so they do not depend on hash order.
fn ambiguity_classes(train: &[Sentence], min_count: usize) -> KeyMap<u32> {
    use std::collections::BTreeMap;
    let mut counts: BTreeMap<String, BTreeMap<&str, usize>> = BTreeMap::new();
    for word in train.iter().flat_map(|sentence| &sentence.words) {
        *counts
            .entry(word.form.to_lowercase())
            .or_default()
            .entry(word.xpos.as_str())
            .or_default() += 1;
    }
    let mut classes: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (form, tags) in counts {
        let total: usize = tags.values().sum();
        if total < min_count {
            continue;
        }
        let set: Vec<&str> = tags
            .iter()
            .filter(|&(_, &count)| count * 20 >= total)
            .map(|(&tag, _)| tag)
            .collect();
        classes.entry(set.join(" ")).or_default().push(form);
    }
    let mut map = KeyMap::default();
    for (id, (_, forms)) in classes.into_iter().enumerate() {
        for form in forms {
            map.insert(lowercase_key(&form), id as u32 + 1);
        }
    }
    map
}

/// How a word is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Casing {
    /// `troops`
    Lower = 1,
    /// `Kharkiv`
    Title = 2,
    /// `NATO`
    Upper = 3,
}

fn casing_of(form: &str) -> Option<Casing> {
    let mut chars = form.chars().filter(|ch| ch.is_alphabetic());
    let first = chars.next()?;
    let rest_lower = chars.clone().all(|ch| !ch.is_uppercase());
    let rest_upper = chars.all(|ch| !ch.is_lowercase());
    match (first.is_uppercase(), rest_lower, rest_upper) {
        (false, true, _) => Some(Casing::Lower),
        (true, _, true) if form.chars().filter(|ch| ch.is_alphabetic()).count() > 1 => {
            Some(Casing::Upper)
        }
        (true, true, _) => Some(Casing::Title),
        _ => None,
    }
}

fn title_case(lower: &str) -> String {
    let mut chars = lower.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The usual casing of every word seen at least twice away from the start of a sentence.
fn casing_table(train: &[Sentence]) -> KeyMap<u32> {
    use std::collections::BTreeMap;
    let mut counts: BTreeMap<String, [usize; 4]> = BTreeMap::new();
    for sentence in train {
        for word in sentence.words.iter().skip(1) {
            if let Some(casing) = casing_of(&word.form) {
                counts.entry(word.form.to_lowercase()).or_default()[casing as usize] += 1;
            }
        }
    }
    let mut table = KeyMap::default();
    for (lower, counts) in counts {
        let total: usize = counts.iter().sum();
        if total < 2 {
            continue;
        }
        let best = (1..4)
            .max_by_key(|&casing| (counts[casing], 4 - casing))
            .unwrap_or(1);
        table.insert(lowercase_key(&lower), best as u32);
    }
    table
}

/// The tag of a finite indicative verb with Penn tag `xpos` (`VBD`, `VBZ`).
fn finite_tag(tags: &[TagLabel], xpos: &str) -> Option<TagId> {
    let label = TagLabel {
        upos: "VERB".to_string(),
        xpos: xpos.to_string(),
        verb_features: "Mood=Ind|VerbForm=Fin".to_string(),
    };
    tags.binary_search(&label).ok().map(|index| index as TagId)
}

fn base_verb_tag(tags: &[TagLabel]) -> Option<TagId> {
    let label = TagLabel {
        upos: "VERB".to_string(),
        xpos: "VB".to_string(),
        verb_features: "VerbForm=Inf".to_string(),
    };
    tags.binary_search(&label).ok().map(|index| index as TagId)
}

fn noun_tags(tags: &[TagLabel]) -> [Option<TagId>; 2] {
    ["NN", "NNS"].map(|xpos| {
        tags.iter()
            .position(|label| label.upos == "NOUN" && label.xpos == xpos)
            .map(|index| index as TagId)
    })
}

fn infinitive_to_tag(tags: &[TagLabel]) -> Option<TagId> {
    tags.iter()
        .position(|label| label.upos == "PART" && label.xpos == "TO")
        .map(|index| index as TagId)
}

type FeatureTable = (Vec<String>, Vec<u32>, KeyMap<u32>);

/// The most frequent feature string per tag, and per (lowercased form, tag) where it differs.
fn feature_table(train: &[Sentence], tags: &[TagLabel]) -> FeatureTable {
    use std::collections::BTreeMap;
    let clean = |feats: &str| -> String {
        let kept: Vec<&str> = feats
            .split('|')
            .filter(|feature| !feature.starts_with("Typo=") && *feature != "_")
            .collect();
        if kept.is_empty() {
            "_".to_string()
        } else {
            kept.join("|")
        }
    };
    let mut per_tag: Vec<BTreeMap<String, usize>> = vec![BTreeMap::new(); tags.len()];
    let mut per_word: BTreeMap<(String, TagId), BTreeMap<String, usize>> = BTreeMap::new();
    for word in train.iter().flat_map(|sentence| &sentence.words) {
        let Ok(tag) = tags.binary_search(&label_of(word)) else {
            continue;
        };
        let feats = clean(&word.feats);
        *per_tag[tag].entry(feats.clone()).or_default() += 1;
        *per_word
            .entry((word.form.to_lowercase(), tag as TagId))
            .or_default()
            .entry(feats)
            .or_default() += 1;
    }
    let most_frequent = |counts: &BTreeMap<String, usize>| -> String {
        counts
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map_or_else(|| "_".to_string(), |(feats, _)| feats.clone())
    };
    let mut strings: Vec<String> = vec!["_".to_string()];
    let index_of = |feats: String, strings: &mut Vec<String>| -> u32 {
        match strings.iter().position(|known| *known == feats) {
            Some(index) => index as u32,
            None => {
                strings.push(feats);
                strings.len() as u32 - 1
            }
        }
    };
    let tag_features: Vec<u32> = per_tag
        .iter()
        .map(|counts| index_of(most_frequent(counts), &mut strings))
        .collect();
    let mut word_features = KeyMap::default();
    for ((form, tag), counts) in &per_word {
        let index = index_of(most_frequent(counts), &mut strings);
        if index != tag_features[usize::from(*tag)] {
            word_features.insert(word_feature_key(form, *tag), index);
        }
    }
    (strings, tag_features, word_features)
}

pub(crate) fn write_key_map(writer: &mut Writer, map: &KeyMap<u32>) {
    let mut entries: Vec<(u64, u32)> = map.iter().map(|(&key, &value)| (key, value)).collect();
    entries.sort_unstable();
    writer.varint(entries.len() as u64);
    let mut previous = 0u64;
    for (key, value) in entries {
        writer.varint(key - previous);
        previous = key;
        writer.varint(u64::from(value));
    }
}

pub(crate) fn read_key_map(
    reader: &mut Reader<'_>,
    max_value: u32,
) -> Result<KeyMap<u32>, ModelError> {
    let count = reader.count(reader.remaining())?;
    let mut map = KeyMap::default();
    map.reserve(count);
    let mut previous = 0u64;
    for _ in 0..count {
        let delta = reader.varint()?;
        previous = previous
            .checked_add(delta)
            .ok_or_else(|| reader.corrupt("key out of range"))?;
        let value = reader.count(max_value as usize)? as u32;
        map.insert(previous, value);
    }
    Ok(map)
}

fn shuffle(order: &mut [usize], state: &mut u64) {
    for index in (1..order.len()).rev() {
        // xorshift64*: a fixed, portable sequence.
        *state ^= *state >> 12;
        *state ^= *state << 25;
        *state ^= *state >> 27;
        let random = state.wrapping_mul(0x2545_f491_4f6c_dd1d);
        order.swap(index, (random % (index as u64 + 1)) as usize);
    }
}

fn argmax_f32(scores: &[f32]) -> TagId {
    let mut best = 0;
    for (index, &score) in scores.iter().enumerate() {
        if score > scores[best] {
            best = index;
        }
    }
    best as TagId
}

/// The best-scoring tag (the first of equals) and its lead over the next best score.
fn argmax_with_margin(scores: &[i32]) -> (TagId, i32) {
    let mut best = 0;
    let mut top = i32::MIN;
    let mut runner_up = i32::MIN;
    for (index, &score) in scores.iter().enumerate() {
        if score > top {
            runner_up = top;
            top = score;
            best = index;
        } else if score > runner_up {
            runner_up = score;
        }
    }
    (best as TagId, top.saturating_sub(runner_up))
}

#[cfg(test)]
mod tests {
    use std::sync::OnceLock;

    use super::*;
    use crate::conllu;

    /// Sentences written for these tests: `form/lemma/UPOS/XPOS/feats` words.
    const FIXTURE: &[&str] = &[
        "The/the/DET/DT/Definite=Def|PronType=Art dog/dog/NOUN/NN/Number=Sing barks/bark/VERB/VBZ/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin ./././_",
        "The/the/DET/DT/Definite=Def|PronType=Art cats/cat/NOUN/NNS/Number=Plur sleep/sleep/VERB/VBP/Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin ./././_",
        "A/a/DET/DT/Definite=Ind|PronType=Art bird/bird/NOUN/NN/Number=Sing sings/sing/VERB/VBZ/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin loudly/loudly/ADV/RB/_ ./././_",
        "Dogs/dog/NOUN/NNS/Number=Plur chase/chase/VERB/VBP/Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin the/the/DET/DT/Definite=Def|PronType=Art cat/cat/NOUN/NN/Number=Sing ./././_",
        "The/the/DET/DT/Definite=Def|PronType=Art army/army/NOUN/NN/Number=Sing attacked/attack/VERB/VBD/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin the/the/DET/DT/Definite=Def|PronType=Art town/town/NOUN/NN/Number=Sing ./././_",
        "Police/police/NOUN/NNS/Number=Plur arrested/arrest/VERB/VBD/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin two/two/NUM/CD/NumForm=Word|NumType=Card men/man/NOUN/NNS/Number=Plur ./././_",
        "The/the/DET/DT/Definite=Def|PronType=Art town/town/NOUN/NN/Number=Sing was/be/AUX/VBD/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin attacked/attack/VERB/VBN/Tense=Past|VerbForm=Part|Voice=Pass ./././_",
        "Leaders/leader/NOUN/NNS/Number=Plur met/meet/VERB/VBD/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin in/in/ADP/IN/_ Geneva/Geneva/PROPN/NNP/Number=Sing ./././_",
    ];

    fn fixture_sentences() -> Vec<Sentence> {
        let mut text = String::new();
        for line in FIXTURE {
            for (index, word) in line.split(' ').enumerate() {
                let columns: Vec<&str> = word.splitn(5, '/').collect();
                let (form, lemma, upos, xpos, feats) = match columns[..] {
                    [".", "", "", ".", "_"] | [_, _, _, _] => (".", ".", "PUNCT", ".", "_"),
                    [form, lemma, upos, xpos, feats] => (form, lemma, upos, xpos, feats),
                    _ => panic!("bad fixture word {word}"),
                };
                text.push_str(&format!(
                    "{}\t{form}\t{lemma}\t{upos}\t{xpos}\t{feats}\t_\t_\t_\t_\n",
                    index + 1
                ));
            }
            text.push('\n');
        }
        conllu::parse(&text).expect("fixture parses")
    }

    fn fixture_config() -> TrainConfig {
        TrainConfig {
            max_epochs: 8,
            patience: 8,
            seed: 7,
            prune: 0.0,
            ambiguity_min_count: 1,
            two_pass: true,
            folds: 2,
        }
    }

    fn fixture_model() -> &'static TaggerModel {
        static MODEL: OnceLock<TaggerModel> = OnceLock::new();
        MODEL.get_or_init(|| {
            let sentences = fixture_sentences();
            TaggerModel {
                tagger: train(&sentences, &[], &fixture_config(), &mut |_| {}),
                lemmatizer: crate::lemmatizer::train(&sentences),
            }
        })
    }

    /// Tags `sentence` (words separated by spaces) with the fixture model and compares
    /// `UPOS/XPOS/lemma` per word with `expected`.
    fn check(sentence: &str, expected: &str) {
        let model = fixture_model();
        let forms: Vec<&str> = sentence.split_whitespace().collect();
        let tags = model.tagger.tag(&forms);
        let got: Vec<String> = forms
            .iter()
            .zip(&tags)
            .map(|(form, &tag)| {
                let xpos = model.tagger.xpos(tag);
                format!(
                    "{}/{xpos}/{}",
                    model.tagger.upos(tag),
                    model.lemmatizer.lemmatize(form, xpos)
                )
            })
            .collect();
        assert_eq!(got.join(" "), expected, "tagging {sentence:?}");
    }

    #[test]
    fn tags_training_sentences() {
        check(
            "The dog barks .",
            "DET/DT/the NOUN/NN/dog VERB/VBZ/bark PUNCT/./.",
        );
        check(
            "Police arrested two men .",
            "NOUN/NNS/police VERB/VBD/arrest NUM/CD/two NOUN/NNS/man PUNCT/./.",
        );
        check(
            "Leaders met in Geneva .",
            "NOUN/NNS/leader VERB/VBD/meet ADP/IN/in PROPN/NNP/Geneva PUNCT/./.",
        );
    }

    #[test]
    fn margins_measure_the_lead_of_the_best_tag() {
        assert_eq!(argmax_with_margin(&[3, 9, 4]), (1, 5));
        assert_eq!(argmax_with_margin(&[9, 2, 9]), (0, 0));
        assert_eq!(argmax_with_margin(&[-5, -7]), (0, 2));
        assert_eq!(argmax_with_margin(&[i32::MAX, i32::MIN]), (0, i32::MAX));
        assert_eq!(argmax_with_margin(&[4]).0, 0);
        assert_eq!(argmax_with_margin(&[]).0, 0);
    }

    #[test]
    fn forced_tags_are_kept_by_both_passes() {
        let model = fixture_model();
        let forms = ["The", "dog", "barks", "."];
        let words = model.tagger.prepare(&forms);
        let noun = model.tagger.tag(&["The", "dog"])[1];
        let tags = model
            .tagger
            .decode_passes(&words, &[None, None, Some(noun)]);
        assert_eq!(tags.len(), 4);
        assert_eq!(tags[2], noun);
    }

    #[test]
    fn tags_new_combinations_of_known_words() {
        check(
            "The cat sleep .",
            "DET/DT/the NOUN/NN/cat VERB/VBP/sleep PUNCT/./.",
        );
    }

    #[test]
    fn features_come_from_the_tag_and_the_word() {
        let model = fixture_model();
        let forms = ["The", "town", "was", "attacked", "."];
        let tags = model.tagger.tag(&forms);
        assert_eq!(
            model.tagger.features("attacked", tags[3]),
            "Tense=Past|VerbForm=Part|Voice=Pass"
        );
        assert_eq!(model.tagger.features("town", tags[1]), "Number=Sing");
        assert_eq!(
            model.tagger.label(tags[3]).verb_features,
            "VerbForm=Part|Voice=Pass"
        );
    }

    #[test]
    fn sentences_in_capitals_are_recased_before_tagging() {
        let tagger = &fixture_model().tagger;
        let recased = tagger.recase(&["THE", "TOWN", "ATTACKED", "GENEVA", "AND", "ZORG", "!"]);
        assert_eq!(
            recased.as_deref(),
            Some(&["The", "town", "attacked", "Geneva", "And", "Zorg", "!"].map(String::from)[..])
        );
        assert_eq!(
            tagger.recase(&["The", "UN", "and", "NATO", "met", "."]),
            None
        );
        assert_eq!(tagger.recase(&["UN", "NATO"]), None);
        assert_eq!(tagger.recase(&[]), None);
    }

    #[test]
    fn odd_input_gets_one_tag_per_word_without_panicking() {
        let model = fixture_model();
        assert!(model.tagger.tag(&[]).is_empty());
        let long = "x".repeat(10_000);
        let odd = [
            "",
            " ",
            "🙂",
            "https://example.org/a?b=1",
            "ÉTAT",
            "12,5%",
            &long,
            "\u{0}",
        ];
        assert_eq!(model.tagger.tag(&odd).len(), odd.len());
        let many = vec!["word"; 1000];
        assert_eq!(model.tagger.tag(&many).len(), 1000);
    }

    #[test]
    fn models_round_trip_and_training_is_deterministic() {
        let model = fixture_model();
        let bytes = model.to_bytes();
        let loaded = TaggerModel::from_bytes(&bytes).expect("model loads");
        assert_eq!(loaded.to_bytes(), bytes);
        let forms = ["Dogs", "chase", "the", "bird", "."];
        assert_eq!(loaded.tagger.tag(&forms), model.tagger.tag(&forms));
        let sentences = fixture_sentences();
        let again = TaggerModel {
            tagger: train(&sentences, &[], &fixture_config(), &mut |_| {}),
            lemmatizer: crate::lemmatizer::train(&sentences),
        };
        assert_eq!(again.to_bytes(), bytes);
    }

    #[test]
    fn damaged_models_are_errors() {
        let bytes = fixture_model().to_bytes();
        for cut in (0..bytes.len()).step_by(7) {
            assert!(
                TaggerModel::from_bytes(&bytes[..cut]).is_err(),
                "cut at {cut}"
            );
        }
        let mut flipped = bytes.clone();
        for index in (8..flipped.len()).step_by(13) {
            flipped[index] ^= 0x5a;
            // Any result but a panic is fine: a flipped weight is still a model.
            let _ = TaggerModel::from_bytes(&flipped);
            flipped[index] ^= 0x5a;
        }
        assert!(TaggerModel::from_bytes(b"not a model").is_err());
    }
}
