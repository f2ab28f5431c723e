//! Training: the averaged perceptron driven by the arc-eager dynamic oracle with exploration,
//! early-stopped on dev LAS.

use std::collections::HashMap;

use super::features::{extract, Atoms, TEMPLATE_COUNT};
use super::perceptron::Perceptron;
use super::transition::{class_count, costs, projectivize, GoldTree, State, ROOT_LABEL};
use super::{evaluate, Parser, TagFn};
use crate::conllu::Sentence;

/// Where the tags that the parser sees come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TagSource {
    /// The treebank's own UPOS and XPOS.
    Gold,
    /// The `tag` function given to [`train`] (the tagger the parser will run behind).
    Predicted,
}

/// Settings for [`train`].
#[derive(Debug, Clone)]
pub struct TrainConfig {
    /// Most passes over the training sentences.
    pub epochs: usize,
    /// Seed for the sentence order and the exploration coin.
    pub seed: u64,
    /// Sentences to choose the best epoch on (by LAS). Empty: keep the last epoch.
    pub dev: Vec<Sentence>,
    /// Stop after this many epochs without a better dev LAS.
    pub patience: usize,
    /// Tags of the training sentences.
    pub train_tags: TagSource,
    /// With gold training tags: the share of words whose tags are replaced by a guess from a
    /// most-frequent-tag tagger that did not see the word's sentence (ten folds), so that the
    /// parser learns not to trust tags blindly, as with a real tagger's output.
    pub tag_noise: f64,
    /// Tags of the dev sentences (use what the parser will see at run time).
    pub dev_tags: TagSource,
    /// First epoch (0-based) in which the parser follows its own predictions.
    pub explore_from_epoch: usize,
    /// Probability of following the predicted transition (when exploring) rather than the oracle's.
    pub follow_prediction: f64,
    /// Averaged weights smaller than this many quantisation units are dropped from the model
    /// (weights are scaled so that the 99.99th percentile of their magnitudes is 20,000 units;
    /// the default 1,000 keeps a third of the weights and costs about 0.15 LAS).
    pub prune_below: f64,
    /// Called after each epoch (for progress output).
    pub progress: Option<fn(&EpochReport)>,
}

impl Default for TrainConfig {
    fn default() -> TrainConfig {
        TrainConfig {
            epochs: 15,
            seed: 1,
            dev: Vec::new(),
            patience: 3,
            train_tags: TagSource::Predicted,
            tag_noise: 0.0,
            dev_tags: TagSource::Predicted,
            explore_from_epoch: 1,
            follow_prediction: 0.9,
            prune_below: 1000.0,
            progress: None,
        }
    }
}

/// What one epoch achieved.
#[derive(Debug, Clone, Copy)]
pub struct EpochReport {
    /// Epoch number, from 1.
    pub epoch: usize,
    /// Share of transitions the model got wrong (cost above the best) during the epoch.
    pub train_error: f64,
    /// Dev unlabeled attachment score (0 when there is no dev set).
    pub dev_uas: f64,
    /// Dev labeled attachment score, full labels.
    pub dev_las: f64,
    /// Features and weights in the model of this epoch.
    pub features: usize,
    /// Weights in the model of this epoch.
    pub weights: usize,
}

struct Example {
    atoms: Atoms,
    gold: GoldTree,
}

/// Trains a parser on `sentences` (gold heads and labels), with tags from `tag` or the treebank
/// as `config` says. Deterministic for a given input, configuration and `tag` function.
pub fn train(sentences: &[Sentence], config: &TrainConfig, tag: &TagFn<'_>) -> Parser {
    let labels = label_list(sentences);
    let (xpos, upos) = tag_lists(sentences);
    let mut parser = Parser::from_lists(labels, xpos, upos);
    let label_count = parser.labels.len();
    let mut random = SplitMix(config.seed);
    let noisy = (config.train_tags == TagSource::Gold && config.tag_noise > 0.0)
        .then(|| noisy_tags(sentences, config.tag_noise, &mut random));
    let examples: Vec<Example> = sentences
        .iter()
        .enumerate()
        .filter_map(|(index, sentence)| match &noisy {
            Some(noisy) => {
                let tags = &noisy[index];
                example(&parser, sentence, TagSource::Predicted, &|_: &[&str]| {
                    tags.clone()
                })
            }
            None => example(&parser, sentence, config.train_tags, tag),
        })
        .collect();

    let mut perceptron = Perceptron::default();
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut state = State::new(0, parser.extra_root_label);
    let mut keys = [0u64; TEMPLATE_COUNT];
    let mut scores = vec![0i64; class_count(label_count)];
    let mut cost = Vec::new();
    let mut best: Option<(f64, Vec<u8>)> = None;
    let mut since_best = 0;
    for epoch in 0..config.epochs.max(1) {
        for index in (1..order.len()).rev() {
            order.swap(index, (random.next() % (index as u64 + 1)) as usize);
        }
        let (mut decisions, mut errors) = (0u64, 0u64);
        for &index in &order {
            let example = &examples[index];
            state.reset(example.gold.heads.len() - 1);
            while !state.is_terminal() {
                extract(&state, &example.atoms, &mut keys);
                scores.fill(0);
                perceptron.score(&keys, &mut scores);
                costs(&state, &example.gold, label_count, &mut cost);
                let Some(lowest) = cost.iter().copied().min().filter(|&c| c != u32::MAX) else {
                    break;
                };
                let predicted = argmax(&scores, |class| cost[class] != u32::MAX);
                let oracle = argmax(&scores, |class| cost[class] == lowest);
                let (Some(predicted), Some(oracle)) = (predicted, oracle) else {
                    break;
                };
                decisions += 1;
                if cost[predicted] > lowest {
                    errors += 1;
                    perceptron.update(&keys, oracle, predicted);
                }
                perceptron.tick();
                let explore =
                    epoch >= config.explore_from_epoch && random.unit() < config.follow_prediction;
                let next = if explore { predicted } else { oracle };
                state.apply(next, label_count);
            }
        }
        let (weights, scale) = perceptron.averaged(class_count(label_count), config.prune_below);
        parser.set_weights(weights);
        parser.scale = scale;
        let mut report = EpochReport {
            epoch: epoch + 1,
            train_error: errors as f64 / decisions.max(1) as f64,
            dev_uas: 0.0,
            dev_las: 0.0,
            features: parser.weights.feature_count(),
            weights: parser.weights.weight_count(),
        };
        if !config.dev.is_empty() {
            let dev_tag = match config.dev_tags {
                TagSource::Gold => None,
                TagSource::Predicted => Some(tag),
            };
            let scores = evaluate(&parser, &config.dev, dev_tag);
            report.dev_uas = scores.uas();
            report.dev_las = scores.las();
        }
        if let Some(progress) = config.progress {
            progress(&report);
        }
        if config.dev.is_empty() {
            continue;
        }
        if best
            .as_ref()
            .is_none_or(|(best_las, _)| report.dev_las > *best_las)
        {
            best = Some((report.dev_las, parser.to_bytes()));
            since_best = 0;
        } else {
            since_best += 1;
            if since_best >= config.patience {
                break;
            }
        }
    }
    match best.and_then(|(_, bytes)| Parser::from_bytes(&bytes).ok()) {
        Some(best) => best,
        None => parser,
    }
}

/// The first class with the highest score among those `allowed`.
pub(crate) fn argmax<T: Copy + PartialOrd>(
    scores: &[T],
    allowed: impl Fn(usize) -> bool,
) -> Option<usize> {
    let mut best: Option<(usize, T)> = None;
    for (class, &score) in scores.iter().enumerate() {
        if allowed(class) && best.is_none_or(|(_, best_score)| score > best_score) {
            best = Some((class, score));
        }
    }
    best.map(|(class, _)| class)
}

/// All dependency labels of the treebank, `root` first, the rest sorted.
pub(crate) fn label_list(sentences: &[Sentence]) -> Vec<String> {
    let mut labels: Vec<String> = sentences
        .iter()
        .flat_map(|sentence| sentence.words.iter().map(|word| word.deprel.clone()))
        .filter(|label| label != "root" && !label.is_empty() && label != "_")
        .collect();
    labels.sort();
    labels.dedup();
    labels.truncate(125);
    labels.insert(0, "root".to_owned());
    labels
}

/// All XPOS and UPOS tags of the treebank, sorted.
fn tag_lists(sentences: &[Sentence]) -> (Vec<String>, Vec<String>) {
    let collect = |get: fn(&crate::conllu::Word) -> &String| {
        let mut tags: Vec<String> = sentences
            .iter()
            .flat_map(|sentence| sentence.words.iter().map(get).cloned())
            .collect();
        tags.sort();
        tags.dedup();
        tags.truncate(240);
        tags
    };
    (collect(|word| &word.xpos), collect(|word| &word.upos))
}

/// The training example of a sentence, or `None` when its tree is incomplete or not a tree.
fn example(
    parser: &Parser,
    sentence: &Sentence,
    tags: TagSource,
    tag: &TagFn<'_>,
) -> Option<Example> {
    let n = sentence.words.len();
    if n == 0 {
        return None;
    }
    let mut heads = vec![0u32; n + 1];
    let mut labels = vec![ROOT_LABEL; n + 1];
    for (index, word) in sentence.words.iter().enumerate() {
        let head = word.head.filter(|&head| head <= n)?;
        heads[index + 1] = head as u32;
        labels[index + 1] = parser.label_number(&word.deprel)?;
    }
    // Every word must reach the root, and exactly one word hangs off it.
    if heads.iter().skip(1).filter(|&&head| head == 0).count() != 1 {
        return None;
    }
    for start in 1..=n {
        let mut node = start;
        let mut steps = 0;
        while node != 0 {
            node = heads[node] as usize;
            steps += 1;
            if steps > n {
                return None;
            }
        }
    }
    projectivize(&mut heads);
    let tags = super::sentence_tags(sentence, tags, tag);
    let atoms = parser.atoms(&super::parser_words(sentence, &tags));
    Some(Example {
        atoms,
        gold: GoldTree::new(heads, labels),
    })
}

type TagCounts = HashMap<String, HashMap<(String, String), u32>>;

/// Gold tags with a share `rate` of words re-tagged by a ten-fold most-frequent-tag guesser
/// (by form, then by the last three letters of the lower-cased form, then `NOUN`/`NN`).
fn noisy_tags(
    sentences: &[Sentence],
    rate: f64,
    random: &mut SplitMix,
) -> Vec<Vec<(String, String)>> {
    const FOLDS: usize = 10;
    let suffix = |form: &str| {
        let lower = form.to_lowercase();
        let start = lower
            .char_indices()
            .rev()
            .nth(2)
            .map_or(0, |(index, _)| index);
        lower[start..].to_owned()
    };
    let mut by_form: Vec<TagCounts> = vec![HashMap::new(); FOLDS];
    let mut by_suffix: Vec<TagCounts> = vec![HashMap::new(); FOLDS];
    for (index, sentence) in sentences.iter().enumerate() {
        for word in &sentence.words {
            let tags = (word.upos.clone(), word.xpos.clone());
            *by_form[index % FOLDS]
                .entry(word.form.clone())
                .or_default()
                .entry(tags.clone())
                .or_default() += 1;
            *by_suffix[index % FOLDS]
                .entry(suffix(&word.form))
                .or_default()
                .entry(tags)
                .or_default() += 1;
        }
    }
    // The most frequent tags of `key` in every fold but `fold` (ties: the smallest tags).
    let guess = |tables: &[TagCounts], key: &str, fold: usize| {
        let mut totals: HashMap<&(String, String), u32> = HashMap::new();
        for (other, table) in tables.iter().enumerate() {
            if other != fold {
                for (tags, count) in table.get(key).into_iter().flatten() {
                    *totals.entry(tags).or_default() += count;
                }
            }
        }
        totals
            .into_iter()
            .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)))
            .map(|(tags, _)| tags.clone())
    };
    sentences
        .iter()
        .enumerate()
        .map(|(index, sentence)| {
            sentence
                .words
                .iter()
                .map(|word| {
                    if random.unit() >= rate {
                        return (word.upos.clone(), word.xpos.clone());
                    }
                    let fold = index % FOLDS;
                    guess(&by_form, &word.form, fold)
                        .or_else(|| guess(&by_suffix, &suffix(&word.form), fold))
                        .unwrap_or_else(|| ("NOUN".to_owned(), "NN".to_owned()))
                })
                .collect()
        })
        .collect()
}

/// SplitMix64: a small, fixed pseudo-random generator.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut value = self.0;
        value = (value ^ (value >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        value = (value ^ (value >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        value ^ (value >> 31)
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}
