//! One analyzed sentence as document reading sees it: words, tree, lexicon actors.

use detente_code::SentenceWord;
use detente_lexicon::{ActorResolution, Date, Lexicon, MatchWord, PhraseMatch};
use detente_text::Span;

/// A sentence's words with their dependency tree and the actors the lexicon resolves in it.
pub(crate) struct ParsedSentence<'a> {
    /// Position of the sentence in the article.
    pub index: usize,
    /// Byte span of the sentence.
    pub span: Span,
    /// The words, as the coder takes them.
    pub words: Vec<SentenceWord<'a>>,
    /// Per word, its dependents in order.
    pub children: Vec<Vec<usize>>,
    /// Lowercase lemmas.
    pub lemmas: Vec<String>,
    /// Lowercase forms.
    pub lower: Vec<String>,
    /// Lexicon phrases found in the sentence (for its story-level discard phrases).
    pub matches: Vec<PhraseMatch>,
    /// Actors resolved by the lexicon on the article date.
    pub resolutions: Vec<ActorResolution>,
    /// Per word, the resolution covering it.
    pub resolution_of_word: Vec<Option<usize>>,
}

impl<'a> ParsedSentence<'a> {
    /// Prepares sentence `index` from its coder words.
    pub fn new(
        lexicon: &Lexicon,
        index: usize,
        span: Span,
        words: Vec<SentenceWord<'a>>,
        date: Option<Date>,
    ) -> ParsedSentence<'a> {
        let mut children = vec![Vec::new(); words.len()];
        for (position, word) in words.iter().enumerate() {
            if word.head >= 1 && word.head <= words.len() && word.head - 1 != position {
                children[word.head - 1].push(position);
            }
        }
        // The coder reads at most 400 words a sentence; so does document reading.
        let match_words: Vec<MatchWord<'_>> = words
            .iter()
            .map(|word| MatchWord::tagged(word.form, word.lemma, word.upos))
            .collect();
        let matches = lexicon.match_words(&match_words);
        let resolutions = if words.is_empty() || words.len() > 400 {
            Vec::new()
        } else {
            lexicon.resolve_actors(&match_words, &matches, date)
        };
        let mut resolution_of_word = vec![None; words.len()];
        for (number, resolution) in resolutions.iter().enumerate() {
            for slot in resolution_of_word
                .iter_mut()
                .take(resolution.end.min(words.len()))
                .skip(resolution.start)
            {
                *slot = Some(number);
            }
        }
        ParsedSentence {
            index,
            span,
            lemmas: words.iter().map(|word| word.lemma.to_lowercase()).collect(),
            lower: words.iter().map(|word| word.form.to_lowercase()).collect(),
            words,
            children,
            matches,
            resolutions,
            resolution_of_word,
        }
    }

    /// The head of word `position`, if it has one inside the sentence.
    pub fn parent(&self, position: usize) -> Option<usize> {
        let head = self.words.get(position)?.head;
        (head >= 1 && head <= self.words.len() && head - 1 != position).then(|| head - 1)
    }

    /// The dependents of word `position`.
    pub fn children(&self, position: usize) -> &[usize] {
        self.children
            .get(position)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// True when `position` lies in the subtree of `root` (bounded walk up the tree).
    pub fn in_subtree(&self, position: usize, root: usize) -> bool {
        let mut current = Some(position);
        let mut steps = 0;
        while let Some(node) = current {
            if node == root {
                return true;
            }
            steps += 1;
            if steps > 64 {
                return false;
            }
            current = self.parent(node);
        }
        false
    }

    /// The contiguous words around `head` that belong to its subtree, not crossing punctuation:
    /// the phrase it heads ("Russian Deputy Prime Minister Alexei Overchuk").
    pub fn phrase(&self, head: usize) -> (usize, usize) {
        // Punctuation ends a phrase, except a hyphen inside a word ("State-run").
        let stops = |position: usize| {
            let word = &self.words[position];
            word.upos == "PUNCT" && word.form != "-"
        };
        let mut start = head;
        while start > 0 && !stops(start - 1) && self.in_subtree(start - 1, head) {
            start -= 1;
        }
        let mut end = head + 1;
        while end < self.words.len() && !stops(end) && self.in_subtree(end, head) {
            end += 1;
        }
        // "according to X", "by X": the preposition is not part of the phrase.
        while start < head && matches!(self.words[start].deprel, "case" | "mark" | "cc" | "fixed") {
            start += 1;
        }
        (start, end)
    }

    /// The full subtree of `head` as a word range (its leftmost to its rightmost dependent).
    pub fn subtree(&self, head: usize) -> (usize, usize) {
        let mut start = head;
        let mut end = head + 1;
        let mut stack = vec![head];
        let mut seen = 0;
        while let Some(node) = stack.pop() {
            seen += 1;
            if seen > self.words.len() {
                break;
            }
            start = start.min(node);
            end = end.max(node + 1);
            stack.extend(self.children(node).iter().copied());
        }
        (start, end)
    }

    /// Byte span of words `start..end`.
    pub fn byte_span(&self, start: usize, end: usize) -> Span {
        let first = self.words.get(start).map(|word| word.span.start);
        let last = self
            .words
            .get(end.saturating_sub(1))
            .map(|word| word.span.end);
        match (first, last) {
            (Some(first), Some(last)) if last >= first => Span::new(first, last),
            _ => Span::new(self.span.start, self.span.start),
        }
    }

    /// The lexicon resolution covering word `position`, if it has an actor code.
    pub fn coded_resolution_at(&self, position: usize) -> Option<&ActorResolution> {
        let number = self.resolution_of_word.get(position).copied().flatten()?;
        let resolution = &self.resolutions[number];
        resolution.code.is_some().then_some(resolution)
    }

    /// True when word `position` is plural.
    pub fn is_plural(&self, position: usize) -> bool {
        // "troops", "forces" of the plural-only kind are tagged `Number=Ptan`.
        let feats = self.words[position].feats;
        feats.contains("Number=Plur") || feats.contains("Number=Ptan")
    }

    /// True when the word is a subject.
    pub fn is_subject(&self, position: usize) -> bool {
        self.words[position].deprel.starts_with("nsubj")
    }
}
