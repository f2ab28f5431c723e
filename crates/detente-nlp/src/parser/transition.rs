//! The arc-eager transition system with the root at the end of the buffer, and its dynamic oracle.
//!
//! Words are numbered 1..=n; the artificial root is number 0 but sits *after* word n in the buffer
//! (Ballesteros & Nivre 2013), so it is the last thing the parser sees and every word still on the
//! stack at the end is attached to it by LEFT-ARC(root). Classes are numbered
//! `SHIFT, REDUCE, LEFT(label 0..L), RIGHT(label 0..L)`; label 0 is always `root`.

/// Marker for "no word" (no head yet, no child, position outside the sentence).
pub(crate) const NONE: u32 = u32::MAX;

/// Class number of SHIFT.
pub(crate) const SHIFT: usize = 0;
/// Class number of REDUCE.
pub(crate) const REDUCE: usize = 1;
/// Label number of `root`; every model's label list starts with it.
pub(crate) const ROOT_LABEL: u16 = 0;

/// What a class does, independent of its label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Move {
    Shift,
    Reduce,
    Left(u16),
    Right(u16),
}

/// Turns a class number into a move, for a model with `labels` labels.
pub(crate) fn class_move(class: usize, labels: usize) -> Move {
    match class {
        SHIFT => Move::Shift,
        REDUCE => Move::Reduce,
        c if c < 2 + labels => Move::Left((c - 2) as u16),
        c => Move::Right((c - 2 - labels) as u16),
    }
}

/// Number of classes for a model with `labels` labels.
pub(crate) fn class_count(labels: usize) -> usize {
    2 + 2 * labels
}

/// The parser configuration: stack, buffer front, and the partial tree built so far, with the
/// bookkeeping the features need (outermost children, valencies, label sets).
#[derive(Debug, Clone)]
pub(crate) struct State {
    /// Number of words.
    pub n: u32,
    /// Stack of word numbers (never contains the root).
    pub stack: Vec<u32>,
    /// First word of the buffer; when it is `n + 1` the buffer holds only the root.
    pub front: u32,
    /// Head of each word (index 0 unused), `NONE` while unattached.
    pub heads: Vec<u32>,
    /// Label of each attached word.
    pub labels: Vec<u16>,
    /// Leftmost and second-leftmost child of each node (index 0 is the root).
    pub left_children: Vec<[u32; 2]>,
    /// Rightmost and second-rightmost child of each node.
    pub right_children: Vec<[u32; 2]>,
    /// Number of left and right children.
    pub valency: Vec<[u16; 2]>,
    /// Bit sets (label number mod 64) of the labels of left and right children.
    pub label_sets: Vec<[u64; 2]>,
    /// Whether each word is on the stack.
    pub on_stack: Vec<bool>,
    /// The word attached to the root first, `NONE` before that.
    pub root_child: u32,
    /// Label used to attach any further word the parser leaves for the root (one root only).
    pub extra_root_label: u16,
}

impl State {
    /// The start configuration for `n` words.
    pub fn new(n: usize, extra_root_label: u16) -> State {
        let n = n.min(u32::MAX as usize - 2) as u32;
        let size = n as usize + 1;
        State {
            n,
            stack: Vec::with_capacity(size),
            front: 1,
            heads: vec![NONE; size],
            labels: vec![0; size],
            left_children: vec![[NONE; 2]; size],
            right_children: vec![[NONE; 2]; size],
            valency: vec![[0; 2]; size],
            label_sets: vec![[0; 2]; size],
            on_stack: vec![false; size],
            root_child: NONE,
            extra_root_label,
        }
    }

    /// Resets to the start configuration for `n` words, reusing the allocations.
    pub fn reset(&mut self, n: usize) {
        let n = n.min(u32::MAX as usize - 2) as u32;
        let size = n as usize + 1;
        self.n = n;
        self.stack.clear();
        self.front = 1;
        self.heads.clear();
        self.heads.resize(size, NONE);
        self.labels.clear();
        self.labels.resize(size, 0);
        self.left_children.clear();
        self.left_children.resize(size, [NONE; 2]);
        self.right_children.clear();
        self.right_children.resize(size, [NONE; 2]);
        self.valency.clear();
        self.valency.resize(size, [0; 2]);
        self.label_sets.clear();
        self.label_sets.resize(size, [0; 2]);
        self.on_stack.clear();
        self.on_stack.resize(size, false);
        self.root_child = NONE;
    }

    /// The first buffer element: a word number, or 0 for the root.
    #[inline]
    pub fn buffer_first(&self) -> u32 {
        if self.front <= self.n {
            self.front
        } else {
            0
        }
    }

    /// Whether the buffer still holds a real word.
    #[inline]
    pub fn buffer_has_word(&self) -> bool {
        self.front <= self.n
    }

    /// Stack element `i` from the top (0 = top), or `NONE`.
    #[inline]
    pub fn stack_at(&self, i: usize) -> u32 {
        if i < self.stack.len() {
            self.stack[self.stack.len() - 1 - i]
        } else {
            NONE
        }
    }

    /// Whether the top stack word exists and has a head (then REDUCE is valid and LEFT is not).
    #[inline]
    pub fn top_has_head(&self) -> bool {
        self.stack
            .last()
            .is_some_and(|&s| self.heads[s as usize] != NONE)
    }

    /// Whether no move is left: empty stack, only the root in the buffer.
    #[inline]
    pub fn is_terminal(&self) -> bool {
        self.stack.is_empty() && !self.buffer_has_word()
    }

    /// Position of a node for left/right comparisons: the root is after the last word.
    #[inline]
    fn position(&self, node: u32) -> u32 {
        if node == 0 {
            self.n + 1
        } else {
            node
        }
    }

    /// Whether `class` may be applied now (for a model with `labels` labels).
    pub fn is_valid(&self, class: usize, labels: usize) -> bool {
        let top = self.stack.last().copied();
        match class_move(class, labels) {
            Move::Shift => self.buffer_has_word(),
            Move::Reduce => top.is_some_and(|s| self.heads[s as usize] != NONE),
            Move::Left(label) => match top {
                Some(s) if self.heads[s as usize] == NONE => {
                    (label == ROOT_LABEL) != self.buffer_has_word()
                }
                _ => false,
            },
            Move::Right(label) => {
                !self.stack.is_empty() && self.buffer_has_word() && label != ROOT_LABEL
            }
        }
    }

    /// Applies a valid class. Invalid classes are ignored (callers check validity first).
    pub fn apply(&mut self, class: usize, labels: usize) {
        if !self.is_valid(class, labels) {
            return;
        }
        match class_move(class, labels) {
            Move::Shift => {
                let b = self.front;
                self.stack.push(b);
                self.on_stack[b as usize] = true;
                self.front += 1;
            }
            Move::Reduce => {
                if let Some(s) = self.stack.pop() {
                    self.on_stack[s as usize] = false;
                }
            }
            Move::Left(label) => {
                if let Some(s) = self.stack.pop() {
                    self.on_stack[s as usize] = false;
                    let b = self.buffer_first();
                    if b == 0 && self.root_child != NONE {
                        // One root only: a further headless word hangs off the first root word.
                        let head = self.root_child;
                        self.add_arc(head, s, self.extra_root_label);
                    } else {
                        if b == 0 {
                            self.root_child = s;
                        }
                        self.add_arc(b, s, label);
                    }
                }
            }
            Move::Right(label) => {
                if let Some(&s) = self.stack.last() {
                    let b = self.front;
                    self.add_arc(s, b, label);
                    self.stack.push(b);
                    self.on_stack[b as usize] = true;
                    self.front += 1;
                }
            }
        }
    }

    fn add_arc(&mut self, head: u32, dependent: u32, label: u16) {
        let (h, d) = (head as usize, dependent as usize);
        self.heads[d] = head;
        self.labels[d] = label;
        let side = usize::from(self.position(dependent) > self.position(head));
        self.valency[h][side] = self.valency[h][side].saturating_add(1);
        self.label_sets[h][side] |= 1u64 << (label % 64);
        let children = if side == 0 {
            &mut self.left_children[h]
        } else {
            &mut self.right_children[h]
        };
        let outer = |a: u32, b: u32| if side == 0 { a < b } else { a > b };
        if children[0] == NONE || outer(dependent, children[0]) {
            children[1] = children[0];
            children[0] = dependent;
        } else if children[1] == NONE || outer(dependent, children[1]) {
            children[1] = dependent;
        }
    }
}

/// The gold tree of a sentence, as the oracle needs it.
#[derive(Debug, Clone)]
pub(crate) struct GoldTree {
    /// Gold head of each word (index 0 unused; 0 = root).
    pub heads: Vec<u32>,
    /// Gold label of each word.
    pub labels: Vec<u16>,
    /// Gold children of each word (index 0 = root).
    pub children: Vec<Vec<u32>>,
}

impl GoldTree {
    /// Builds the tree from heads and labels (index 0 unused). Heads must be in `0..=n`.
    pub fn new(heads: Vec<u32>, labels: Vec<u16>) -> GoldTree {
        let mut children = vec![Vec::new(); heads.len()];
        for (word, &head) in heads.iter().enumerate().skip(1) {
            if let Some(list) = children.get_mut(head as usize) {
                list.push(word as u32);
            }
        }
        GoldTree {
            heads,
            labels,
            children,
        }
    }
}

/// Costs of every class in `state` against `gold`: the number of gold arcs (head and label) that
/// the class makes unreachable (Goldberg & Nivre 2012, arc-eager; exact for projective trees).
/// Invalid classes get `u32::MAX`.
pub(crate) fn costs(state: &State, gold: &GoldTree, labels: usize, out: &mut Vec<u32>) {
    out.clear();
    out.resize(class_count(labels), u32::MAX);
    let in_buffer = |k: u32| k == 0 || k >= state.front;
    let b = state.buffer_first();
    let top = state.stack.last().copied();

    // SHIFT: b loses a head or headless dependents on the stack.
    if state.buffer_has_word() {
        let mut cost = 0;
        let gold_head = gold.heads[b as usize];
        if gold_head != 0 && state.on_stack[gold_head as usize] {
            cost += 1;
        }
        cost += headless_stack_children(state, gold, b);
        out[SHIFT] = cost;
    }
    if let Some(s) = top {
        let s_index = s as usize;
        if state.heads[s_index] != NONE {
            // REDUCE: s loses its dependents still in the buffer.
            out[REDUCE] = buffer_children(state, gold, s);
        } else {
            // LEFT: s takes b as head; loses another head in the buffer and its buffer dependents.
            let gold_head = gold.heads[s_index];
            let mut cost = buffer_children(state, gold, s);
            if gold_head != b && in_buffer(gold_head) {
                cost += 1;
            }
            let arc_is_gold = gold_head == b;
            for label in 0..labels as u16 {
                let class = 2 + label as usize;
                if state.is_valid(class, labels) {
                    let wrong_label = arc_is_gold && gold.labels[s_index] != label;
                    out[class] = cost + u32::from(wrong_label);
                }
            }
        }
        if state.buffer_has_word() {
            // RIGHT: b takes s as head; loses another head and its headless dependents on the stack.
            let gold_head = gold.heads[b as usize];
            let mut cost = headless_stack_children(state, gold, b);
            if gold_head != s && (in_buffer(gold_head) || state.on_stack[gold_head as usize]) {
                cost += 1;
            }
            let arc_is_gold = gold_head == s;
            for label in 1..labels as u16 {
                let class = 2 + labels + label as usize;
                let wrong_label = arc_is_gold && gold.labels[b as usize] != label;
                out[class] = cost + u32::from(wrong_label);
            }
        }
    }
}

fn buffer_children(state: &State, gold: &GoldTree, word: u32) -> u32 {
    gold.children[word as usize]
        .iter()
        .filter(|&&c| c >= state.front)
        .count() as u32
}

fn headless_stack_children(state: &State, gold: &GoldTree, word: u32) -> u32 {
    gold.children[word as usize]
        .iter()
        .filter(|&&c| state.on_stack[c as usize] && state.heads[c as usize] == NONE)
        .count() as u32
}

/// Makes a tree projective by lifting: while some arc is non-projective, the shortest such arc
/// is re-attached to its head's head, keeping its label (Nivre & Nilsson 2005 without label
/// encoding). `heads[0]` is unused; heads must form a tree rooted at 0.
pub(crate) fn projectivize(heads: &mut [u32]) {
    let n = heads.len();
    // Each lift moves a word strictly up, so n * n lifts is a safe bound.
    for _ in 0..n.saturating_mul(n).max(1) {
        let mut shortest: Option<(usize, usize)> = None;
        for dependent in 1..n {
            if !arc_is_projective(heads, dependent) {
                let head = heads[dependent] as usize;
                let length = head.abs_diff(dependent);
                if shortest.is_none_or(|(_, best)| length < best) {
                    shortest = Some((dependent, length));
                }
            }
        }
        match shortest {
            Some((dependent, _)) => {
                let head = heads[dependent] as usize;
                if head == 0 {
                    return;
                }
                heads[dependent] = heads[head];
            }
            None => return,
        }
    }
}

/// Whether every word between a dependent and its head is dominated by that head.
fn arc_is_projective(heads: &[u32], dependent: usize) -> bool {
    let head = heads[dependent] as usize;
    let (low, high) = if head < dependent {
        (head, dependent)
    } else {
        (dependent, head)
    };
    // The root is at position 0 here: arcs from it cover everything to their left.
    for between in low + 1..high {
        let mut node = between;
        let mut steps = 0;
        while node != head && node != 0 && steps <= heads.len() {
            node = heads[node] as usize;
            steps += 1;
        }
        if node != head {
            return false;
        }
    }
    true
}

/// The only valid class, when there is exactly one: SHIFT on an empty stack, and once the buffer
/// holds only the root, REDUCE for an attached top word or LEFT(root) for a headless one. The
/// parser applies it without scoring: [`best_valid`] would pick it whatever the scores.
#[inline]
pub(crate) fn forced(state: &State) -> Option<usize> {
    match state.stack.last() {
        None if state.buffer_has_word() => Some(SHIFT),
        Some(&s) if !state.buffer_has_word() => Some(if state.heads[s as usize] == NONE {
            2 + ROOT_LABEL as usize
        } else {
            REDUCE
        }),
        _ => None,
    }
}

/// The first class with the highest score among the valid ones (the same choice as checking
/// [`State::is_valid`] on every class, without doing so).
pub(crate) fn best_valid<T: Copy + PartialOrd>(
    state: &State,
    scores: &[T],
    labels: usize,
) -> Option<usize> {
    let top = state.stack.last().copied();
    let has_word = state.buffer_has_word();
    let top_has_head = top.map(|s| state.heads[s as usize] != NONE);
    let mut ranges: [std::ops::Range<usize>; 4] = [0..0, 0..0, 0..0, 0..0];
    if has_word {
        ranges[0] = SHIFT..SHIFT + 1;
    }
    match top_has_head {
        Some(true) => ranges[1] = REDUCE..REDUCE + 1,
        Some(false) if has_word => ranges[2] = 3..2 + labels,
        Some(false) => ranges[2] = 2..3,
        None => {}
    }
    if top.is_some() && has_word {
        ranges[3] = 3 + labels..2 + 2 * labels;
    }
    let mut best: Option<(usize, T)> = None;
    for range in ranges {
        let end = range.end.min(scores.len());
        let start = range.start.min(end);
        for (class, &score) in scores[start..end]
            .iter()
            .enumerate()
            .map(|(offset, score)| (start + offset, score))
        {
            if best.is_none_or(|(_, best_score)| score > best_score) {
                best = Some((class, score));
            }
        }
    }
    best.map(|(class, _)| class)
}
