//! Labeled dependency parsing into Universal Dependencies trees: a greedy arc-eager parser
//! scored by an averaged perceptron.
//!
//! # Design note
//!
//! **What.** A greedy transition-based parser: the arc-eager system (Nivre 2003) with the root
//! at the *end* of the buffer (Ballesteros & Nivre 2013), so the main predicate is chosen after
//! the whole sentence has been seen and every word left on the stack hangs off the root. Each
//! step scores every transition-and-label pair (`SHIFT`, `REDUCE`, `LEFT(l)`, `RIGHT(l)`, with
//! full UD labels such as `nsubj:pass` or `obl:agent`) with one averaged perceptron over the
//! Zhang & Nivre (2011) feature templates (words, tags, labels of the stack and buffer words,
//! their heads and outermost children, distance, valency, label sets), plus a few extra ones
//! (second stack word, UPOS, suffix, word shape). Feature keys are 64-bit hashes; the model keeps
//! only features with a non-zero averaged weight, as sparse rows of `i16` weights in an
//! open-addressing table, which is what makes it both small and fast (one table probe per
//! template, two transitions per word: linear time). Training uses the dynamic oracle of Goldberg
//! & Nivre (2012): the parser follows its own (possibly wrong) predictions with a probability
//! and learns the best move from the configuration it actually reached, which is what a greedy
//! parser sees at run time. Training stops on the best dev LAS; the seed fixes the sentence order
//! and the exploration coin, so the same data give the same bytes.
//!
//! **Non-projective trees.** About 1.5 % of EWT dev and test sentences have crossing arcs
//! (0.1 % of words), which arc-eager cannot build. Training trees are projectivised by lifting (the shortest crossing
//! arc is re-attached to the head's head, label kept, until none crosses), so the oracle is exact
//! on every training tree. The parser therefore never outputs a crossing arc, which caps
//! its attachment score at 99.9 % on EWT test.
//!
//! **Tags.** The features use the tagger's XPOS (and UPOS in a few templates), so tagging
//! errors cost attachment score: with gold tags EWT dev LAS is 0.875, with our tagger's (UPOS
//! 0.95) 0.819. `train` learns from the tags the given tagger predicts on the training sentences
//! (the default, and what `detente train parser` does). Measured alternatives, all within 0.3
//! dev LAS (predicted tags) of it and none better: gold tags; gold tags with a share replaced by
//! a ten-fold most-frequent-tag guess (`tag_noise`); five-fold jackknifed tagger output.
//!
//! **Robustness to tagging errors (issue 3), measured and dropped.** The tagger tags its own
//! training sentences almost perfectly (XPOS 0.999, against 0.944 on dev), so the parser learns to
//! trust tags; yet every attempt to teach it otherwise stayed within the run-to-run noise. Dev LAS
//! with our tags, from `detente train parser`'s recipe unless said: shipped model (seed 1) 0.8182,
//! the same recipe with seed 2 0.8145, so differences under about 0.4 are noise. Five-fold
//! jackknifed training tags from full two-pass taggers (XPOS 0.959 on train) plus the tagger's
//! runner-up XPOS as an extra word atom wherever its score margin was under 20 averaged-weight
//! units (on dev, 15 units flag 4 % of the words, holding 32 % of the tagging errors, and 25 units
//! 9 %, holding 55 %; the runner-up is right for 36 to 43 % of the flagged words) in five more
//! templates: 0.8171. Word dropout (a word seen c times replaced by a never-seen
//! word with probability 0.25 / (0.25 + c), drawn anew each epoch): 0.8141. The tagger's composite
//! tag (XPOS with VerbForm, Mood, Voice) instead of XPOS: 0.8122. No pruning (20 MB, with the five
//! runner-up templates present but constant): 0.8150. Always following the prediction when
//! exploring (1.0 instead of 0.9): 0.8183. Summing the scores of the seed 1 and seed 2 models
//! (0.8138), or of three models (0.8135). Behind a first-pass-only tagger (with the four extra
//! templates of the tagger's note, dev UPOS 0.9490): 0.8110. A second-stage label classifier over
//! the finished tree (head and dependent words and tags, direction, distance, case-marker and
//! auxiliary children, grandparent tag; trained on gold trees with jackknifed tags) relabels
//! correctly attached words worse than the parser (LAS 0.8065); given the parser's label as a
//! feature it only copies it (0.8188). Where the loss is: with gold tags dev UAS/LAS is
//! 0.8898/0.8714 against 0.8518/0.8182; giving the parser gold tags only where gold and predicted
//! UPOS are both NOUN or VERB gives UAS 0.8602, NOUN/ADJ/PROPN 0.8570, ADJ/VERB 0.8570, VERB/AUX
//! 0.8566, ADP/SCONJ/ADV/PART 0.8551, NOUN/PROPN 0.8530, PRON/DET 0.8523. What is left is more
//! accurate tags (word clusters or embeddings from unlabeled text, which the repository does not
//! have) or a stronger search (beam), which the speed floor rules out.
//!
//! **Size and speed.** Averaged weights under 5 % of the 99.99th-percentile magnitude are
//! dropped (`prune_below`): a third of the weights remain, at a cost of about 0.15 LAS. Rows that
//! hold weights for more than a quarter of the classes are stored densely so that adding them
//! vectorises, and scoring reads all table slots before any row so that cache misses overlap.
//! Moves the transition system forces (SHIFT on an empty stack; REDUCE or LEFT(root) once only
//! the root is left in the buffer) are applied without scoring, the rows of the 14 templates that
//! see only the first buffer words are added once per buffer position rather than per move, and
//! dense rows skip the LEFT classes when these are invalid; none of this changes any output.
//! Nor do two later changes, worth 13 % together on `cargo bench -p detente-nlp --bench parser`
//! (best of eight alternating runs, 210k → 237k tokens/s): the 24 templates whose atoms are only
//! tags, labels, distance or valency read their rows from small arrays indexed by those atoms
//! (`DirectRows`, 9,000 places built at load time, instead of a hash probe each; +8 %), and the
//! hash table has at least three slots per feature (16 MB instead of 8 for the shipped model),
//! so that a probe rarely meets another key first (+5 %; at 1.25 slots per feature, tag + parse in the
//! coding benchmark was 16 % slower).
//! Tried and dropped, being slower on EWT: copying short rows into 16-byte table slots (one
//! cache line per lookup, but twice the table), and a small cache-resident table of the longest
//! rows probed first (its unpredictable branch stops the slot reads from overlapping).
//! Where a move's time goes (cachegrind over `cargo bench -p detente-nlp --bench parser`, one
//! pass, with a simulated 1 MB second-level cache): about 16,000 instructions and 58
//! second-level misses per scored move, most of them on the home slots and first row entries of
//! the templates of word atoms; one sentence parsed over and over (everything cached) runs
//! 1.5–1.8 times as fast as EWT test. Also tried and dropped (no faster in alternating runs,
//! some slower): keeping the sum of the 34 templates that read only the stack top per stack word
//! and right valency, and of the 11 of the first buffer word per position and left valency
//! (29 % and 16 % of moves reuse them; 12 % fewer instructions, the same misses: reused rows are
//! cached anyway); dense rows as `i16` (summed in `i16` lanes or widened); dense and sparse rows
//! added in two branch-free passes; two sentences parsed in lockstep, each move's table reads
//! of both issued before either's sums (the same trees, 3 % slower); a bucketed table, where a
//! small directory gives each bucket's records and each record holds its row inline (one
//! memory access per feature instead of two, and 8 MB instead of 20), 27 % slower: the
//! directory missed the caches as the slots had, and the search through a bucket's records
//! mispredicted its branches (with 4 or 8 features a bucket, 30 and 45 % slower).
//!
//! **AVX2.** Callgrind counts 36 % of the parser's instructions in adding dense rows, which
//! the x86-64 baseline does four `i32` at a time. `Weights::score` is therefore also compiled
//! with AVX2 and chosen at run time where the processor has it (the tagger's scoring too):
//! the same integer sums, so the same trees (`DETENTE_PARSER_DUMP` byte-identical), and 6 %
//! faster on `cargo bench -p detente-nlp --bench parser` (best and mean of eight alternating
//! runs). Building the whole program for AVX2 instead (`target-cpu=x86-64-v3`) was measured
//! once at 3 % slower end to end, and would not run on older processors.
//!
//! **Repairs.** A finished tree in which a subject has a preposition of its own ("police in
//! Jericho confiscated weapons" with "Jericho" the subject and "police" a bare nominal of the
//! verb), a shape EWT's gold trees almost never have, is mended when the bare nominal sits just
//! before the preposition (`repair.rs`); so is a reported clause after a day ("said on Friday
//! that Turkey would …") read as a relative clause of the day, and a "by" phrase under a passive
//! verb left a plain oblique is labelled its agent. Together they move EWT test LAS by 0.0001
//! (UAS 0.8546 and LAS 0.8256 without them, 0.8546 and 0.8257 with) and fix errors news text
//! shows.
//!
//! **One root.** The first word attached to the root gets `root`; any further word the parser
//! leaves unattached is hung off that word as `parataxis`, so every output is a tree with
//! exactly one root, no cycles and every word attached, for any input.
//!
//! **Rejected.** Arc-standard with SWAP (handles non-projective trees but needs a static oracle,
//! and greedy arc-standard is weaker); graph-based or neural parsers (better accuracy, but an
//! order of magnitude slower on one core without SIMD matrix code and far larger models);
//! pseudo-projective label encoding (doubles the label set for a few arcs); a dense hashed
//! weight matrix (hundreds of megabytes at this label count, or many collisions); lemma
//! features (the run-time lemmas come from our lemmatizer, not the treebank, and forms already
//! carry the information).

mod features;
mod model;
mod perceptron;
mod repair;
#[cfg(test)]
mod tests;
mod train;
mod transition;

use std::cell::RefCell;
use std::collections::HashMap;

use crate::conllu::Sentence;
use features::{
    Atoms, DIRECT_TEMPLATES, FIRST_TAG, FRONT_TEMPLATES, HASHED_TEMPLATES, TEMPLATE_COUNT,
    UNKNOWN_TAG,
};
use model::{ModelParts, Weights};
use transition::{class_count, State, NONE};

pub use train::{train, EpochReport, TagSource, TrainConfig};

thread_local! {
    /// Per-thread buffers for [`Parser::parse`] (word atoms, parser state, lower-casing), kept
    /// between sentences so that parsing allocates only its output.
    static SCRATCH: RefCell<Option<(Atoms, State, String)>> = const { RefCell::new(None) };
}

/// A tagging function: the forms of one sentence in, one `(upos, xpos)` pair per form out.
pub type TagFn<'a> = dyn Fn(&[&str]) -> Vec<(String, String)> + 'a;

/// Why a model could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ParserError {
    /// The bytes do not start like a parser model.
    #[error("not a detente parser model")]
    NotAModel,
    /// The model was written by another version of the format.
    #[error("unsupported parser model version {0}")]
    UnsupportedVersion(u32),
    /// The model is truncated or damaged.
    #[error("corrupt parser model: {0}")]
    Corrupt(&'static str),
}

/// One word to parse, with the tags the tagger gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParserWord<'a> {
    /// The word as written.
    pub form: &'a str,
    /// Its lemma (not used by the current model).
    pub lemma: &'a str,
    /// Universal part of speech.
    pub upos: &'a str,
    /// Language-specific (Penn Treebank) part of speech.
    pub xpos: &'a str,
}

/// The head and relation of one word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arc {
    /// 0 for the root, otherwise the 1-based number of the head word.
    pub head: usize,
    /// Full UD relation, subtype included (`nsubj:pass`, `obl:agent`).
    pub deprel: String,
}

/// A trained dependency parser.
#[derive(Debug, Clone)]
pub struct Parser {
    labels: Vec<String>,
    xpos: Vec<String>,
    upos: Vec<String>,
    xpos_numbers: HashMap<String, u64>,
    upos_numbers: HashMap<String, u64>,
    scale: f32,
    weights: Weights,
    /// The slot values of the direct templates' rows, derived from `weights`.
    direct: DirectRows,
    extra_root_label: u16,
    /// The repairs this model's labels allow.
    repairs: repair::Repairs,
}

/// Attachment scores of a parser on gold-tokenised sentences.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AttachmentScores {
    /// Words scored.
    pub words: usize,
    /// Words with the right head.
    pub correct_heads: usize,
    /// Words with the right head and the right full label (subtype included).
    pub correct_labeled: usize,
    /// Words with the right head and the right universal label (CoNLL 2018 LAS).
    pub correct_universal: usize,
}

impl AttachmentScores {
    /// Unlabeled attachment score.
    pub fn uas(&self) -> f64 {
        self.correct_heads as f64 / self.words.max(1) as f64
    }

    /// Labeled attachment score with full labels.
    pub fn las(&self) -> f64 {
        self.correct_labeled as f64 / self.words.max(1) as f64
    }

    /// Labeled attachment score on the universal part of the label (as the CoNLL 2018 script).
    pub fn las_universal(&self) -> f64 {
        self.correct_universal as f64 / self.words.max(1) as f64
    }
}

impl Parser {
    /// Reads a model written by [`Parser::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Parser, ParserError> {
        let parts = model::read(bytes)?;
        let mut parser = Parser::from_lists(parts.labels, parts.xpos, parts.upos);
        parser.scale = parts.scale;
        parser.set_weights(parts.weights);
        Ok(parser)
    }

    /// The model as bytes; the same model always gives the same bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        model::write(&ModelParts {
            labels: self.labels.clone(),
            xpos: self.xpos.clone(),
            upos: self.upos.clone(),
            scale: self.scale,
            weights: self.weights.clone(),
        })
    }

    /// Parses one sentence: one arc per word, forming a tree with exactly one root. Never
    /// panics; unknown words and tags are fine, and time is linear in the number of words.
    pub fn parse(&self, words: &[ParserWord<'_>]) -> Vec<Arc> {
        if words.is_empty() {
            return Vec::new();
        }
        let mut arcs = SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
            Ok(mut scratch) => {
                let (atoms, state, text) = scratch
                    .get_or_insert_with(|| (Atoms::default(), State::new(0, 0), String::new()));
                self.fill_atoms(words, atoms, text);
                state.reset(words.len());
                state.extra_root_label = self.extra_root_label;
                self.run(state, atoms);
                self.arcs(state)
            }
            Err(_) => {
                let atoms = self.atoms(words);
                let mut state = State::new(words.len(), self.extra_root_label);
                self.run(&mut state, &atoms);
                self.arcs(&state)
            }
        });
        repair::repair(words, &mut arcs, self.repairs);
        arcs
    }

    /// The dependency labels this parser can produce, `root` first.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// Number of features and of weights in the model.
    pub fn size(&self) -> (usize, usize) {
        (self.weights.feature_count(), self.weights.weight_count())
    }

    /// The same parser without the weights whose magnitude is under `min_weight` quantisation
    /// units (and without features left with no weight): smaller and faster, a little less
    /// accurate.
    pub fn pruned(&self, min_weight: i16) -> Parser {
        let mut rows = Vec::new();
        for (key, row) in self.weights.rows() {
            let kept: Vec<model::Entry> = row
                .into_iter()
                .filter(|entry| entry.weight.unsigned_abs() >= min_weight.unsigned_abs())
                .collect();
            if !kept.is_empty() {
                rows.push((key, kept));
            }
        }
        let mut parser = self.clone();
        let classes = class_count(self.labels.len());
        parser.set_weights(Weights::from_rows(
            classes,
            rows.iter().map(|(key, row)| (*key, row.as_slice())),
        ));
        parser
    }

    /// A parser with the given lists and no weights.
    fn from_lists(labels: Vec<String>, xpos: Vec<String>, upos: Vec<String>) -> Parser {
        let mut labels = labels;
        if labels.first().map(String::as_str) != Some("root") {
            labels.retain(|label| label != "root");
            labels.insert(0, "root".to_owned());
        }
        let numbers = |tags: &[String]| {
            tags.iter()
                .enumerate()
                .map(|(index, tag)| (tag.clone(), FIRST_TAG + index as u64))
                .collect()
        };
        let extra_root_label = ["parataxis", "dep"]
            .iter()
            .find_map(|wanted| labels.iter().position(|label| label == wanted))
            .unwrap_or(0) as u16;
        let weights = Weights::from_rows(0, std::iter::empty());
        Parser {
            direct: DirectRows::new(&weights, xpos.len().max(upos.len()), labels.len()),
            xpos_numbers: numbers(&xpos),
            upos_numbers: numbers(&upos),
            repairs: repair::Repairs::for_labels(&labels),
            labels,
            xpos,
            upos,
            scale: 1.0,
            weights,
            extra_root_label,
        }
    }

    /// Replaces the weights (and the direct rows read off them).
    fn set_weights(&mut self, weights: Weights) {
        self.direct = DirectRows::new(
            &weights,
            self.xpos.len().max(self.upos.len()),
            self.labels.len(),
        );
        self.weights = weights;
    }

    fn label_number(&self, label: &str) -> Option<u16> {
        self.labels
            .iter()
            .position(|known| known == label)
            .map(|index| index as u16)
    }

    fn atoms(&self, words: &[ParserWord<'_>]) -> Atoms {
        let mut atoms = Atoms::default();
        self.fill_atoms(words, &mut atoms, &mut String::new());
        atoms
    }

    /// Replaces the contents of `atoms` with those of `words`.
    fn fill_atoms(&self, words: &[ParserWord<'_>], atoms: &mut Atoms, scratch: &mut String) {
        atoms.reset();
        for word in words {
            let xpos = self
                .xpos_numbers
                .get(word.xpos)
                .copied()
                .unwrap_or(UNKNOWN_TAG);
            let upos = self
                .upos_numbers
                .get(word.upos)
                .copied()
                .unwrap_or(UNKNOWN_TAG);
            atoms.push(word.form, xpos, upos, scratch);
        }
    }

    fn run(&self, state: &mut State, atoms: &Atoms) {
        let label_count = self.labels.len();
        let mut values = [(0u64, 0u64); TEMPLATE_COUNT];
        let mut front_keys = [0u64; FRONT_TEMPLATES.len()];
        let mut hashed_keys = [0u64; HASHED_TEMPLATES.len()];
        let mut direct_slots = [0u64; DIRECT_TEMPLATES.len()];
        // One score per possible class number (class numbers are stored in 8 bits), so that
        // adding a sparse row needs no bounds checks; only the first `classes` are read.
        let classes = class_count(label_count).min(model::MAX_CLASSES);
        let mut scores = [0i32; model::MAX_CLASSES];
        // The rows of the front templates, summed for the buffer position `front_of`.
        let mut front_scores = scores;
        let mut front_of = NONE;
        // Every transition but REDUCE consumes a buffer word or a stack word: at most 2n + 1.
        let limit = 2 * state.n as usize + 2;
        for _ in 0..limit {
            if state.is_terminal() {
                break;
            }
            if let Some(class) = transition::forced(state) {
                state.apply(class, label_count);
                continue;
            }
            features::extract_values(state, atoms, &mut values);
            if state.front != front_of {
                for (key, &template) in front_keys.iter_mut().zip(&FRONT_TEMPLATES) {
                    let (first, second) = values[template];
                    *key = features::template_key(template, first, second);
                }
                front_scores.fill(0);
                self.weights
                    .score(&front_keys, &[], &mut front_scores, 0..0);
                front_of = state.front;
            }
            for (key, &template) in hashed_keys.iter_mut().zip(&HASHED_TEMPLATES) {
                let (first, second) = values[template];
                *key = features::template_key(template, first, second);
            }
            self.direct.slots_of(&values, &mut direct_slots);
            scores.copy_from_slice(&front_scores);
            // With an attached top word every LEFT class is invalid: dense rows skip them.
            let skip = if state.top_has_head() {
                2..2 + label_count
            } else {
                0..0
            };
            self.weights
                .score(&hashed_keys, &direct_slots, &mut scores, skip);
            match transition::best_valid(state, &scores[..classes], label_count) {
                Some(class) => state.apply(class, label_count),
                None => break,
            }
        }
    }

    /// Reads the tree off a final state, attaching anything left unattached.
    fn arcs(&self, state: &State) -> Vec<Arc> {
        let n = state.n as usize;
        let mut root = state.root_child;
        let mut arcs = Vec::with_capacity(n);
        for word in 1..=n {
            let (head, label) = match state.heads[word] {
                NONE if root == NONE => {
                    root = word as u32;
                    (0, 0)
                }
                NONE => (root as usize, self.extra_root_label),
                0 if word as u32 != root => (root as usize, self.extra_root_label),
                head => (head as usize, state.labels[word]),
            };
            let deprel = self
                .labels
                .get(label as usize)
                .cloned()
                .unwrap_or_else(|| "dep".to_owned());
            arcs.push(Arc { head, deprel });
        }
        arcs
    }
}

/// The rows of the [`DIRECT_TEMPLATES`]: for each template, the slot value of every value it can
/// take, in the order of [`features::DirectTemplate::index`]. Built from the weights when they are
/// set, so that the parser reads these rows from a few kilobytes instead of probing the hash
/// table: the same rows, fewer cache misses.
#[derive(Clone)]
struct DirectRows {
    radix: u64,
    /// Where each template's values start in `slots`.
    starts: [usize; DIRECT_TEMPLATES.len()],
    slots: Vec<u64>,
}

impl std::fmt::Debug for DirectRows {
    /// A summary: the rows are thousands of numbers.
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("DirectRows")
            .field("radix", &self.radix)
            .field("places", &self.slots.len())
            .finish()
    }
}

impl DirectRows {
    fn new(weights: &Weights, tags: usize, labels: usize) -> DirectRows {
        let radix = features::direct_radix(tags, labels);
        let mut starts = [0; DIRECT_TEMPLATES.len()];
        let mut slots = Vec::new();
        for (start, template) in starts.iter_mut().zip(&DIRECT_TEMPLATES) {
            *start = slots.len();
            slots.extend(
                (0..template.size(radix))
                    .map(|index| weights.slot_of(template.key_at(radix, index))),
            );
        }
        DirectRows {
            radix,
            starts,
            slots,
        }
    }

    /// The slot values of the direct templates' rows for the template values in `values`.
    #[inline]
    fn slots_of(
        &self,
        values: &[(u64, u64); TEMPLATE_COUNT],
        out: &mut [u64; DIRECT_TEMPLATES.len()],
    ) {
        for ((slot, template), &start) in out.iter_mut().zip(&DIRECT_TEMPLATES).zip(&self.starts) {
            let (first, second) = values[template.template];
            let index = start + template.index(self.radix, first, second);
            *slot = self.slots.get(index).copied().unwrap_or(0);
        }
    }
}

/// Scores `parser` on `sentences` against their gold heads and labels, with tags from `tag`, or
/// the treebank's own tags when `tag` is `None`.
pub fn evaluate(
    parser: &Parser,
    sentences: &[Sentence],
    tag: Option<&TagFn<'_>>,
) -> AttachmentScores {
    let mut scores = AttachmentScores::default();
    for sentence in sentences {
        let source = if tag.is_some() {
            TagSource::Predicted
        } else {
            TagSource::Gold
        };
        let tags = sentence_tags(sentence, source, tag.unwrap_or(&|_: &[&str]| Vec::new()));
        let words = parser_words(sentence, &tags);
        let arcs = parser.parse(&words);
        for (word, arc) in sentence.words.iter().zip(&arcs) {
            scores.words += 1;
            if word.head == Some(arc.head) {
                scores.correct_heads += 1;
                if word.deprel == arc.deprel {
                    scores.correct_labeled += 1;
                }
                if universal(&word.deprel) == universal(&arc.deprel) {
                    scores.correct_universal += 1;
                }
            }
        }
    }
    scores
}

fn universal(label: &str) -> &str {
    label.split(':').next().unwrap_or(label)
}

/// The `(upos, xpos)` of every word of `sentence`, from the treebank or from `tag`.
fn sentence_tags(sentence: &Sentence, source: TagSource, tag: &TagFn<'_>) -> Vec<(String, String)> {
    match source {
        TagSource::Gold => sentence
            .words
            .iter()
            .map(|word| (word.upos.clone(), word.xpos.clone()))
            .collect(),
        TagSource::Predicted => {
            let forms: Vec<&str> = sentence
                .words
                .iter()
                .map(|word| word.form.as_str())
                .collect();
            tag(&forms)
        }
    }
}

fn parser_words<'a>(sentence: &'a Sentence, tags: &'a [(String, String)]) -> Vec<ParserWord<'a>> {
    sentence
        .words
        .iter()
        .enumerate()
        .map(|(index, word)| {
            let (upos, xpos) = tags
                .get(index)
                .map_or(("", ""), |(upos, xpos)| (upos.as_str(), xpos.as_str()));
            ParserWord {
                form: &word.form,
                lemma: &word.lemma,
                upos,
                xpos,
            }
        })
        .collect()
}
