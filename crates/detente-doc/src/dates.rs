//! Date expressions: finding them in a parsed sentence, resolving them against the article
//! date, and dating each event by the expression in its own clause.
//!
//! # Design note
//! **What.** [`find_dates`] scans the words of one sentence for date expressions — absolute
//! ("27 March 2025", "March 27, 2025", "2025-03-27", "March 27", "in March", "in 2023", "back
//! in 2023", "mid-March") and relative ("on Wednesday", "yesterday", "last week", "earlier this
//! month", "this year", "two days ago", "next week") — and resolves each to the first day of a
//! period with its [`Granularity`]. [`annotate_dates`] gives an event the expression that
//! belongs to its clause: an expression whose attachment word lies in the predicate's clause,
//! i.e. the predicate's dependency subtree without the subtrees of embedded clauses
//! (`ccomp`, `advcl`, `acl`, `parataxis`, conjoined verbs, `xcomp`, …), and attached to the
//! event itself — to a word of the predicate (a light verb's event noun too) or a verb of
//! the clause, not to another noun and not as a possessive ("the response to Saturday's attack" does not date the response). When the
//! clause has none, a controlled (`xcomp`) verb, or a conjoined one without a subject of its
//! own, looks in its governor's clause. Other events keep `date: None`, and the record prints
//! the article date with source `article`.
//!
//! **Resolution rules.** A day and month without a year ("March 27") take the year that puts
//! it in the window from about ten months before to about two months after the article date:
//! news mostly reports the past, but "will meet on January 5" in a December article is next
//! year. A weekday is the most recent such day on or before the article date, or the next one
//! on or after it when its clause is in the future ("will", "next Friday"). Weeks start on
//! Monday. Without an article date, relative expressions stay unresolved (with a diagnostic);
//! absolute ones with a year still resolve.
//!
//! **Rejected.** Matching bare month names anywhere: "May" is a modal and a surname, "March"
//! a verb; a month alone needs a preposition or qualifier before it ("in May", "early March")
//! or a day number beside it. Dating an event by any date in its sentence: "Russia said on
//! Monday that its forces struck Kharkiv last week" dates the strike last week, not Monday.

use std::ops::Range;

use detente_code::{CodedArticle, DateSource, EventDate, Granularity, SentenceWord};
use detente_lexicon::Date;
use detente_text::Span;

/// A date expression found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMention {
    /// The expression as written (with its preposition, when it has one: "on Wednesday").
    pub text: String,
    /// Its byte span in the article text.
    pub span: Span,
    /// Indices of its words in the sentence, from 0.
    pub words: Range<usize>,
    /// Whether it needs the article date to resolve ("last week") or not ("27 March 2025").
    pub relative: bool,
    /// What it resolves to, when it can be resolved.
    pub resolved: Option<ResolvedDate>,
}

/// A resolved date: the first day of a period and the period's length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResolvedDate {
    /// First day of the period (a week starts on Monday).
    pub date: Date,
    /// Day, week, month or year.
    pub granularity: Granularity,
}

/// Finds the date expressions of one sentence (`words` as [`detente_code::sentence_words`]
/// builds them, spans into `text`) and resolves them against `article_date`. Relative
/// expressions are returned unresolved when there is no article date.
pub fn find_dates(
    text: &str,
    words: &[SentenceWord<'_>],
    article_date: Option<Date>,
) -> Vec<DateMention> {
    let lower: Vec<String> = words.iter().map(|word| word.form.to_lowercase()).collect();
    let scanner = Scanner {
        words,
        lower: &lower,
        article: article_date,
    };
    let mut mentions = Vec::new();
    let mut index = 0;
    while index < words.len() {
        match scanner.match_at(index) {
            Some(found) => {
                let range = found.words.clone();
                let span = Span::new(words[range.start].span.start, words[range.end - 1].span.end);
                mentions.push(DateMention {
                    text: text.get(span.range()).unwrap_or_default().to_string(),
                    span,
                    words: range.clone(),
                    relative: found.relative,
                    resolved: found.resolved,
                });
                index = range.end.max(index + 1);
            }
            None => index += 1,
        }
    }
    mentions
}

/// Dates the events of `coded` by the date expressions of their own clauses, resolved against
/// `article_date`. Returns diagnostics (expressions that could not be resolved, predicates not
/// found in their sentence); never fails.
pub fn annotate_dates(
    coded: &mut CodedArticle,
    text: &str,
    article_date: Option<Date>,
) -> Vec<String> {
    let mut diagnostics = Vec::new();
    let mut event_index = 0;
    while event_index < coded.events.len() {
        let sentence_index = coded.events[event_index].sentence_index;
        let mut end = event_index;
        while end < coded.events.len() && coded.events[end].sentence_index == sentence_index {
            end += 1;
        }
        let Some(view) =
            SentenceView::new(&coded.segmentation, &coded.analyses, text, sentence_index)
        else {
            diagnostics.push(format!(
                "sentence {sentence_index}: no analysis for the sentence; its events keep the article date"
            ));
            event_index = end;
            continue;
        };
        let words = view.words();
        let mentions = find_dates(text, &words, article_date);
        for mention in &mentions {
            if mention.resolved.is_none() {
                diagnostics.push(format!(
                    "sentence {sentence_index}: date '{}' not resolved{}",
                    mention.text,
                    if article_date.is_none() && mention.relative {
                        ": the article has no date"
                    } else {
                        ""
                    }
                ));
            }
        }
        let tree = Tree::new(&words);
        for event in &mut coded.events[event_index..end] {
            let Some(predicate) = tree.predicate_word(event.predicate_span) else {
                diagnostics.push(format!(
                    "sentence {sentence_index}: predicate '{}' not found among the words",
                    event.predicate_text
                ));
                continue;
            };
            let found = tree.first_in_clause(predicate, |clause| {
                mentions
                    .iter()
                    .filter(|mention| mention.resolved.is_some())
                    .filter_map(|mention| {
                        let depth = tree
                            .attachments(&mention.words)
                            .filter(|&word| tree.modifies_event(word, event.predicate_span))
                            .filter_map(|word| clause.depth(word))
                            .min()?;
                        Some((depth, mention))
                    })
                    .min_by_key(|(depth, mention)| (*depth, mention.span.start))
                    .map(|(_, mention)| mention)
            });
            event.date = found.and_then(|mention| {
                let resolved = mention.resolved?;
                Some(EventDate {
                    date: resolved.date,
                    granularity: resolved.granularity,
                    source: DateSource::Clause,
                    span: Some(mention.span),
                })
            });
        }
        event_index = end;
    }
    diagnostics
}

/// The forms of one analyzed sentence, owned so that [`SentenceWord`]s can borrow them.
pub(crate) struct SentenceView<'c> {
    analysis: &'c [detente_nlp::pipeline::AnalyzedWord],
    forms: Vec<String>,
    spans: Vec<Span>,
}

impl<'c> SentenceView<'c> {
    /// The view of sentence `index`, or `None` when the article has no such sentence or its
    /// analysis does not match its words.
    pub(crate) fn new(
        segmentation: &detente_text::Segmentation,
        analyses: &'c [detente_code::AnalyzedSentence],
        text: &str,
        index: usize,
    ) -> Option<SentenceView<'c>> {
        let analysis = analyses.get(index)?;
        segmentation.sentences.get(index)?;
        let forms: Vec<String> = detente_nlp::pipeline::sentence_forms(text, segmentation, index)
            .into_iter()
            .map(|form| form.into_owned())
            .collect();
        let spans: Vec<Span> = segmentation
            .sentence_words(index)
            .iter()
            .map(|word| word.span)
            .collect();
        (analysis.len() == forms.len()).then_some(SentenceView {
            analysis,
            forms,
            spans,
        })
    }

    /// The coder's view of the words.
    pub(crate) fn words(&self) -> Vec<SentenceWord<'_>> {
        let forms: Vec<&str> = self.forms.iter().map(String::as_str).collect();
        detente_code::sentence_words(self.analysis, &forms, &self.spans)
    }
}

/// The dependency tree of one sentence, with children lists, for clause questions.
pub(crate) struct Tree<'w, 'a> {
    words: &'w [SentenceWord<'a>],
    children: Vec<Vec<usize>>,
}

/// Relations that open a new clause: what is below them is not the governor's clause.
const CLAUSE_BOUNDARIES: [&str; 10] = [
    "ccomp",
    "csubj",
    "csubj:pass",
    "advcl",
    "acl",
    "acl:relcl",
    "parataxis",
    "xcomp",
    "conj",
    "list",
];

/// The words of one clause, each with its distance from the clause's head.
pub(crate) struct Clause {
    depths: Vec<Option<usize>>,
}

impl Clause {
    /// How far `word` lies below the clause head, or `None` when it is not in the clause.
    pub(crate) fn depth(&self, word: usize) -> Option<usize> {
        self.depths.get(word).copied().flatten()
    }
}

impl<'w, 'a> Tree<'w, 'a> {
    pub(crate) fn new(words: &'w [SentenceWord<'a>]) -> Tree<'w, 'a> {
        let mut children = vec![Vec::new(); words.len()];
        for (index, word) in words.iter().enumerate() {
            if word.head >= 1 && word.head <= words.len() && word.head - 1 != index {
                children[word.head - 1].push(index);
            }
        }
        Tree { words, children }
    }

    /// The words of the tree.
    pub(crate) fn words(&self) -> &'w [SentenceWord<'a>] {
        self.words
    }

    /// The children of `index`.
    pub(crate) fn children(&self, index: usize) -> &[usize] {
        self.children.get(index).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The head of `index`, or `None` for the root (and for broken heads).
    pub(crate) fn parent(&self, index: usize) -> Option<usize> {
        let head = self.words.get(index)?.head;
        (head >= 1 && head <= self.words.len() && head - 1 != index).then(|| head - 1)
    }

    /// The word that heads an event's predicate: among the words inside `span`, the first
    /// whose head lies outside it.
    pub(crate) fn predicate_word(&self, span: Span) -> Option<usize> {
        let inside = |index: usize| {
            let word = &self.words[index];
            word.span.start >= span.start && word.span.end <= span.end
        };
        let members: Vec<usize> = (0..self.words.len()).filter(|&i| inside(i)).collect();
        members
            .iter()
            .copied()
            .find(|&index| self.parent(index).is_none_or(|parent| !inside(parent)))
            .or_else(|| members.first().copied())
    }

    /// The words of `range` whose heads lie outside it: where the phrase attaches.
    pub(crate) fn attachments<'s>(
        &'s self,
        range: &'s Range<usize>,
    ) -> impl Iterator<Item = usize> + 's {
        range.clone().filter(move |&index| {
            self.words
                .get(index)
                .is_some_and(|word| word.upos != "PUNCT")
                && self
                    .parent(index)
                    .is_none_or(|parent| !range.contains(&parent))
        })
    }

    /// True when `word` modifies the event itself rather than some noun inside its clause:
    /// it hangs from a word of the predicate (the verb, or a light verb's event noun: "held
    /// talks on Monday"), from a verb, or from a proper name (which a date or place cannot
    /// modify, so the parser has misattached it), and not as a possessive ("the response to
    /// Saturday's attack" does not date the response).
    pub(crate) fn modifies_event(&self, word: usize, predicate: Span) -> bool {
        if self.words[word].deprel.starts_with("nmod:poss") {
            return false;
        }
        let Some(parent) = self.parent(word) else {
            return false;
        };
        let parent_word = &self.words[parent];
        (parent_word.span.start >= predicate.start && parent_word.span.end <= predicate.end)
            || matches!(parent_word.upos, "VERB" | "AUX")
            // A name is not dated or placed: "cut relations with Syria in 2012" is the parser
            // attaching the verb's modifier to the nearest noun.
            || parent_word.upos == "PROPN"
    }

    /// The clause headed by `head`: its subtree, not entering embedded clauses, and not
    /// entering `excluded`'s subtree.
    pub(crate) fn clause(&self, head: usize, excluded: Option<usize>) -> Clause {
        let mut depths = vec![None; self.words.len()];
        let mut stack = vec![(head, 0usize)];
        while let Some((node, depth)) = stack.pop() {
            if depths[node].is_some() || Some(node) == excluded {
                continue;
            }
            depths[node] = Some(depth);
            for &child in self.children(node) {
                if !CLAUSE_BOUNDARIES.contains(&self.words[child].deprel) {
                    stack.push((child, depth + 1));
                }
            }
        }
        Clause { depths }
    }

    /// Looks for something in the predicate's own clause; when there is nothing and the
    /// predicate is a verb that is controlled (`xcomp`) or conjoined without a subject of its
    /// own ("met on Monday and signed a deal"), in its governor's clause (without the
    /// predicate's own subtree), up to three levels.
    pub(crate) fn first_in_clause<T>(
        &self,
        predicate: usize,
        mut find: impl FnMut(&Clause) -> Option<T>,
    ) -> Option<T> {
        let mut current = predicate;
        let mut excluded = None;
        for _ in 0..4 {
            if let Some(found) = find(&self.clause(current, excluded)) {
                return Some(found);
            }
            let word = self.words.get(current)?;
            let own_subject = self.children(current).iter().any(|&child| {
                matches!(
                    self.words[child].deprel,
                    "nsubj" | "nsubj:pass" | "csubj" | "expl"
                )
            });
            let inherits = word.upos == "VERB"
                && (word.deprel == "xcomp" || (word.deprel == "conj" && !own_subject));
            if !inherits {
                return None;
            }
            excluded = Some(current);
            current = self.parent(current)?;
        }
        None
    }
}

// ---------------------------------------------------------------------------------------------
// Recognizing expressions.

struct Scanner<'s, 'a> {
    words: &'s [SentenceWord<'a>],
    lower: &'s [String],
    article: Option<Date>,
}

struct Found {
    words: Range<usize>,
    relative: bool,
    resolved: Option<ResolvedDate>,
}

/// Prepositions and adverbs taken into a date expression when they stand before it.
const LEADING_WORDS: [&str; 9] = [
    "on", "in", "since", "during", "until", "by", "from", "before", "after",
];

impl Scanner<'_, '_> {
    fn form(&self, index: usize) -> Option<&str> {
        self.lower.get(index).map(String::as_str)
    }

    fn original(&self, index: usize) -> Option<&str> {
        self.words.get(index).map(|word| word.form)
    }

    /// The expression starting at `index`, including a leading preposition.
    fn match_at(&self, index: usize) -> Option<Found> {
        let lead = self.form(index)?;
        if lead == "back" && self.form(index + 1) == Some("in") {
            let mut found = self.match_at(index + 1)?;
            found.words.start = index;
            return Some(found);
        }
        if LEADING_WORDS.contains(&lead) {
            if let Some(mut found) = self.core_at(index + 1) {
                found.words.start = index;
                return Some(found);
            }
            // A bare year or month needs its preposition: "in 2023", "in March".
            if let Some(mut found) = self.bare_year_or_month(index + 1) {
                found.words.start = index;
                return Some(found);
            }
            return None;
        }
        self.core_at(index)
    }

    fn core_at(&self, index: usize) -> Option<Found> {
        let form = self.form(index)?;
        self.iso_date(index)
            .or_else(|| self.month_day(index))
            .or_else(|| self.day_month(index))
            .or_else(|| self.qualified_month_or_year(index))
            .or_else(|| self.weekday(index))
            .or_else(|| self.named_day(index, form))
            .or_else(|| self.weekend(index))
            .or_else(|| self.this_last_next(index))
            .or_else(|| self.earlier_later_this(index))
            .or_else(|| self.ago(index))
    }

    fn resolved(
        &self,
        words: Range<usize>,
        relative: bool,
        resolved: Option<ResolvedDate>,
    ) -> Option<Found> {
        Some(Found {
            words,
            relative,
            resolved,
        })
    }

    /// "2025-03-27".
    fn iso_date(&self, index: usize) -> Option<Found> {
        let date = Date::parse(self.form(index)?)?;
        self.resolved(index..index + 1, false, Some(day(date)))
    }

    /// "March 27", "March 27, 2025", "March 27th 2025".
    fn month_day(&self, index: usize) -> Option<Found> {
        let month = self.month_name(index)?;
        let day_number = day_number(self.form(index + 1)?)?;
        let mut end = index + 2;
        let mut year = None;
        let comma = usize::from(self.form(end) == Some(","));
        if let Some(found) = self.form(end + comma).and_then(year_number) {
            year = Some(found);
            end += comma + 1;
        }
        Some(self.absolute_day(index..end, year, month, day_number))
    }

    /// "27 March", "27 March 2025", "27th of March".
    fn day_month(&self, index: usize) -> Option<Found> {
        let day_number = day_number(self.form(index)?)?;
        let of = usize::from(self.form(index + 1) == Some("of"));
        let month = self.month_name(index + 1 + of)?;
        let mut end = index + 2 + of;
        let year = self.form(end).and_then(year_number);
        if year.is_some() {
            end += 1;
        }
        Some(self.absolute_day(index..end, year, month, day_number))
    }

    fn absolute_day(
        &self,
        words: Range<usize>,
        year: Option<u16>,
        month: u8,
        day_number: u8,
    ) -> Found {
        let resolved = match year {
            Some(year) => Date::new(year, month, day_number).map(day),
            None => self
                .article
                .and_then(|article| year_for_day(article, month, day_number))
                .map(day),
        };
        Found {
            words,
            relative: year.is_none(),
            resolved,
        }
    }

    /// "mid-March", "early 2023", "late March 2024", "mid-2023" (a qualifier and a month or
    /// year: the period is the month or year itself).
    fn qualified_month_or_year(&self, index: usize) -> Option<Found> {
        let form = self.form(index)?;
        for prefix in ["mid-", "early-", "late-"] {
            if let Some(rest) = form.strip_prefix(prefix) {
                let original = self.original(index)?;
                let rest_original = original.get(prefix.len()..)?;
                if let Some(year) = year_number(rest) {
                    return self.resolved(index..index + 1, false, year_start(year));
                }
                if let Some(month) = month_number(rest_original) {
                    return Some(self.month_with_year(index..index + 1, index + 1, month));
                }
            }
        }
        if !matches!(form, "mid" | "early" | "late") {
            return None;
        }
        let next = index + 1 + usize::from(self.form(index + 1) == Some("-"));
        if let Some(year) = self.form(next).and_then(year_number) {
            return self.resolved(index..next + 1, false, year_start(year));
        }
        let month = self.month_name(next)?;
        Some(self.month_with_year(index..next + 1, next + 1, month))
    }

    /// A year (1900–2100) or a month name, only after a preposition: "in 2023", "in March",
    /// "in March 2024".
    fn bare_year_or_month(&self, index: usize) -> Option<Found> {
        if let Some(year) = self.form(index).and_then(year_number) {
            return self.resolved(index..index + 1, false, year_start(year));
        }
        let month = self.month_name(index)?;
        Some(self.month_with_year(index..index + 1, index + 1, month))
    }

    /// A month, with the year that follows at `year_at` when there is one, else the year that
    /// puts it in the article's window.
    fn month_with_year(&self, words: Range<usize>, year_at: usize, month: u8) -> Found {
        if let Some(year) = self.form(year_at).and_then(year_number) {
            return Found {
                words: words.start..year_at + 1,
                relative: false,
                resolved: Date::new(year, month, 1).map(|date| ResolvedDate {
                    date,
                    granularity: Granularity::Month,
                }),
            };
        }
        let future = self.future_clause(words.end - 1);
        Found {
            words,
            relative: true,
            resolved: self
                .article
                .and_then(|article| year_for_month(article, month, future))
                .map(|date| ResolvedDate {
                    date,
                    granularity: Granularity::Month,
                }),
        }
    }

    /// A capitalised month name or abbreviation ("March", "Sept.", "Jan").
    fn month_name(&self, index: usize) -> Option<u8> {
        month_number(self.original(index)?)
    }

    /// "Wednesday", "Wednesday night", "next Friday", "last Monday".
    fn weekday(&self, index: usize) -> Option<Found> {
        let (start, direction) = match self.form(index)? {
            "last" => (index + 1, Some(Direction::Past)),
            "next" | "this" => (index + 1, Some(Direction::Future)),
            _ => (index, None),
        };
        let weekday = weekday_number(self.original(start)?)?;
        let mut end = start + 1;
        if matches!(
            self.form(end),
            Some("morning" | "afternoon" | "evening" | "night")
        ) {
            end += 1;
        }
        let direction = direction.unwrap_or_else(|| {
            if self.future_clause(start) {
                Direction::Future
            } else {
                Direction::Past
            }
        });
        let resolved = self.article.map(|article| {
            let today = day_number_of(article);
            let current = weekday_of(today);
            let offset = match direction {
                Direction::Past => -((current + 7 - weekday) % 7),
                Direction::Future => (weekday + 7 - current) % 7,
            };
            day(date_of(today + offset))
        });
        self.resolved(index..end, true, resolved)
    }

    /// True when the clause of `index` speaks of the future: its verb has "will", "shall" or
    /// "'ll" as an auxiliary, or is controlled by "due", "expected", "set", "scheduled",
    /// "plan" or "going" ("are due to meet on Friday").
    fn future_clause(&self, index: usize) -> bool {
        let parent = |node: usize| {
            let head = self.words.get(node)?.head;
            (head >= 1 && head <= self.words.len() && head - 1 != node).then(|| head - 1)
        };
        let mut verb = index;
        for _ in 0..3 {
            let Some(next) = parent(verb) else {
                return false;
            };
            verb = next;
            if matches!(self.words[verb].upos, "VERB" | "AUX") {
                break;
            }
        }
        let has_future_aux = |node: usize| {
            self.words.iter().enumerate().any(|(child, word)| {
                word.head == node + 1
                    && matches!(word.deprel, "aux" | "aux:pass")
                    && matches!(self.lower[child].as_str(), "will" | "shall" | "'ll" | "wo")
            })
        };
        if has_future_aux(verb) {
            return true;
        }
        self.words[verb].deprel == "xcomp"
            && parent(verb).is_some_and(|governor| {
                has_future_aux(governor)
                    || matches!(
                        self.words[governor].lemma,
                        "due" | "expect" | "set" | "schedule" | "plan" | "go" | "intend"
                    )
            })
    }

    /// "yesterday", "today", "tonight", "tomorrow", "last night", "this morning".
    fn named_day(&self, index: usize, form: &str) -> Option<Found> {
        let (offset, end) = match (form, self.form(index + 1)) {
            ("yesterday", _) => (-1, index + 1),
            ("today" | "tonight", _) => (0, index + 1),
            ("tomorrow", _) => (1, index + 1),
            ("last", Some("night")) => (-1, index + 2),
            ("this", Some("morning" | "afternoon" | "evening")) => (0, index + 2),
            _ => return None,
        };
        let resolved = self
            .article
            .map(|article| day(date_of(day_number_of(article) + offset)));
        self.resolved(index..end, true, resolved)
    }

    /// "last week", "this month", "next year".
    fn this_last_next(&self, index: usize) -> Option<Found> {
        let offset = match self.form(index)? {
            "last" => -1,
            "this" => 0,
            "next" => 1,
            _ => return None,
        };
        // Singular only: "in the last two weeks", "in coming months" are spans, not dates;
        // "the next day" counts from the story's last event, not from the article date.
        let unit = match self.form(index + 1)? {
            unit @ ("week" | "month" | "year") => unit,
            _ => return None,
        };
        let unit = self::unit(unit)?;
        let resolved = self.article.map(|article| shift(article, unit, offset));
        self.resolved(index..index + 2, true, resolved)
    }

    /// "last weekend", "this weekend", "over the weekend", "at the weekend": the week (from
    /// Monday) that holds the weekend meant.
    fn weekend(&self, index: usize) -> Option<Found> {
        let (kind, end) = match (self.form(index)?, self.form(index + 1)?) {
            ("last" | "this", "weekend") => (self.form(index)?, index + 2),
            ("over" | "at", "the") if self.form(index + 2)? == "weekend" => ("the", index + 3),
            _ => return None,
        };
        let resolved = self.article.map(|article| {
            let today = day_number_of(article);
            let weekday = weekday_of(today);
            // The most recent Saturday on or before the article date.
            let saturday = today - (weekday + 2) % 7;
            let in_weekend = weekday >= 5;
            let saturday = match (kind, in_weekend) {
                ("last", true) => saturday - 7,
                ("this", false) => saturday + 7,
                _ => saturday,
            };
            ResolvedDate {
                date: date_of(saturday - 5),
                granularity: Granularity::Week,
            }
        });
        self.resolved(index..end, true, resolved)
    }

    /// "earlier this month", "later this week", "earlier this year".
    fn earlier_later_this(&self, index: usize) -> Option<Found> {
        if !matches!(self.form(index)?, "earlier" | "later") || self.form(index + 1)? != "this" {
            return None;
        }
        let unit = unit(self.form(index + 2)?)?;
        let resolved = self.article.map(|article| shift(article, unit, 0));
        self.resolved(index..index + 3, true, resolved)
    }

    /// "two days ago", "3 weeks ago", "a year ago".
    fn ago(&self, index: usize) -> Option<Found> {
        let count = count_word(self.form(index)?)?;
        let unit = unit(self.form(index + 1)?.trim_end_matches('s'))?;
        if self.form(index + 2)? != "ago" {
            return None;
        }
        let resolved = self.article.map(|article| shift(article, unit, -count));
        self.resolved(index..index + 3, true, resolved)
    }
}

#[derive(Debug, Clone, Copy)]
enum Direction {
    Past,
    Future,
}

fn day(date: Date) -> ResolvedDate {
    ResolvedDate {
        date,
        granularity: Granularity::Day,
    }
}

fn year_start(year: u16) -> Option<ResolvedDate> {
    Date::new(year, 1, 1).map(|date| ResolvedDate {
        date,
        granularity: Granularity::Year,
    })
}

fn unit(form: &str) -> Option<Granularity> {
    match form {
        "day" | "days" => Some(Granularity::Day),
        "week" | "weeks" => Some(Granularity::Week),
        "month" | "months" => Some(Granularity::Month),
        "year" | "years" => Some(Granularity::Year),
        _ => None,
    }
}

/// The period `offset` units away from the one holding `article`.
fn shift(article: Date, unit: Granularity, offset: i64) -> ResolvedDate {
    let date = match unit {
        Granularity::Day => date_of(day_number_of(article) + offset),
        Granularity::Week => {
            let today = day_number_of(article);
            date_of(today - weekday_of(today) + 7 * offset)
        }
        Granularity::Month => {
            let months = i64::from(article.year) * 12 + i64::from(article.month) - 1 + offset;
            let year = u16::try_from(months.div_euclid(12)).unwrap_or(1).max(1);
            let month = u8::try_from(months.rem_euclid(12) + 1).unwrap_or(1);
            Date::new(year, month, 1).unwrap_or(article)
        }
        Granularity::Year => {
            let year = (i64::from(article.year) + offset).clamp(1, 9999);
            Date::new(u16::try_from(year).unwrap_or(1), 1, 1).unwrap_or(article)
        }
    };
    ResolvedDate {
        date,
        granularity: unit,
    }
}

/// The year that puts `month`/`day` within about ten months before and two months after the
/// article date.
fn year_for_day(article: Date, month: u8, day: u8) -> Option<Date> {
    let today = day_number_of(article);
    let candidates = [
        article.year.checked_sub(1),
        Some(article.year),
        article.year.checked_add(1),
    ];
    candidates
        .into_iter()
        .flatten()
        .filter_map(|year| Date::new(year, month, day))
        .find(|date| {
            let distance = day_number_of(*date) - today;
            (-303..=62).contains(&distance)
        })
}

/// The most recent `month` that has begun by the article date, or, for a clause in the
/// future, the next one that has not ended.
fn year_for_month(article: Date, month: u8, future: bool) -> Option<Date> {
    let year = match (future, month <= article.month) {
        (false, true) | (true, false) => article.year,
        (false, false) => article.year.checked_sub(1)?,
        (true, true) if month == article.month => article.year,
        (true, true) => article.year.checked_add(1)?,
    };
    Date::new(year, month, 1)
}

fn month_number(original: &str) -> Option<u8> {
    if !original.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let lower = original.trim_end_matches('.').to_lowercase();
    if let Some(position) = detente_lexicon::MONTH_NAMES
        .iter()
        .position(|month| *month == lower)
    {
        return u8::try_from(position + 1).ok();
    }
    let dotted = original.ends_with('.');
    match lower.as_str() {
        "jan" => Some(1),
        "feb" => Some(2),
        "mar" if dotted => Some(3),
        "apr" => Some(4),
        "jun" if dotted => Some(6),
        "jul" if dotted => Some(7),
        "aug" => Some(8),
        "sep" | "sept" => Some(9),
        "oct" => Some(10),
        "nov" => Some(11),
        "dec" => Some(12),
        _ => None,
    }
}

fn weekday_number(original: &str) -> Option<i64> {
    if !original.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let lower = original.to_lowercase();
    detente_lexicon::WEEKDAY_NAMES
        .iter()
        .position(|name| *name == lower)
        .and_then(|position| i64::try_from(position).ok())
}

/// A day of the month written as a number ("27", "27th", "1st").
fn day_number(form: &str) -> Option<u8> {
    let digits = form.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &form[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.is_empty() || digits.len() > 2 {
        return None;
    }
    let number: u8 = digits.parse().ok()?;
    (1..=31).contains(&number).then_some(number)
}

/// A year written as four digits, 1900–2100.
fn year_number(form: &str) -> Option<u16> {
    if form.len() != 4 || !form.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: u16 = form.parse().ok()?;
    (1900..=2100).contains(&year).then_some(year)
}

fn count_word(form: &str) -> Option<i64> {
    let number = match form {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "several" | "few" => return None,
        _ => form
            .parse::<i64>()
            .ok()
            .filter(|n| (1..=1000).contains(n))?,
    };
    Some(number)
}

// Days since 1970-01-01 and back (the arithmetic lives in `detente_lexicon::date`).

fn day_number_of(date: Date) -> i64 {
    date.day_number()
}

fn date_of(days: i64) -> Date {
    let (year, month, day) = detente_lexicon::civil_from_days(days);
    let year = u16::try_from(year.clamp(1, 9999)).unwrap_or(1);
    let month = u8::try_from(month).unwrap_or(1);
    let day = u8::try_from(day).unwrap_or(1);
    Date::new(year, month, day).unwrap_or(Date {
        year,
        month: 1,
        day: 1,
    })
}

/// Monday = 0 … Sunday = 6.
fn weekday_of(days: i64) -> i64 {
    // 1970-01-01 was a Thursday.
    (days + 3).rem_euclid(7)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Splits `sentence` on spaces (commas stand alone), finds its dates against `article`
    /// and compares `text=date/granularity` strings (`text=?` when unresolved).
    fn check(sentence: &str, article: Option<&str>, expected: &[&str]) {
        let mut words = Vec::new();
        let mut offset = 0;
        for piece in sentence.split(' ') {
            let (body, comma) = match piece.strip_suffix(',') {
                Some(body) => (body, true),
                None => (piece, false),
            };
            words.push(Span::new(offset, offset + body.len()));
            if comma {
                words.push(Span::new(offset + body.len(), offset + piece.len()));
            }
            offset += piece.len() + 1;
        }
        let forms: Vec<&str> = words.iter().map(|span| span.slice(sentence)).collect();
        let words: Vec<SentenceWord<'_>> = words
            .iter()
            .zip(&forms)
            .map(|(span, form)| SentenceWord {
                form,
                lemma: form,
                upos: "X",
                feats: "_",
                head: 0,
                deprel: "dep",
                span: *span,
            })
            .collect();
        let article = article.and_then(Date::parse);
        let found: Vec<String> = find_dates(sentence, &words, article)
            .iter()
            .map(|mention| match mention.resolved {
                Some(resolved) => format!(
                    "{}={}/{}",
                    mention.text,
                    resolved.date,
                    resolved.granularity.name()
                ),
                None => format!("{}=?", mention.text),
            })
            .collect();
        assert_eq!(found, expected, "{sentence} (article {article:?})");
    }

    // 2025-03-29 is a Saturday.
    const ARTICLE: Option<&str> = Some("2025-03-29");

    #[test]
    fn absolute_days() {
        check(
            "talks on March 27 ended",
            ARTICLE,
            &["on March 27=2025-03-27/day"],
        );
        check(
            "signed 27 March 2025 in",
            ARTICLE,
            &["27 March 2025=2025-03-27/day"],
        );
        check(
            "since March 27, 2024 they",
            ARTICLE,
            &["since March 27, 2024=2024-03-27/day"],
        );
        check(
            "on 2025-03-27 it",
            ARTICLE,
            &["on 2025-03-27=2025-03-27/day"],
        );
        check(
            "the 5th of May 2020 x",
            ARTICLE,
            &["5th of May 2020=2020-05-05/day"],
        );
        check("on Sept. 3 it", ARTICLE, &["on Sept. 3=2024-09-03/day"]);
        check("on Feb 30 it", ARTICLE, &["on Feb 30=?"]);
    }

    #[test]
    fn a_day_without_a_year_falls_in_the_article_window() {
        // Within two months after the article: this year.
        check("on May 20 it", ARTICLE, &["on May 20=2025-05-20/day"]);
        // More than two months after the article: last year.
        check("on July 4 it", ARTICLE, &["on July 4=2024-07-04/day"]);
        // Early January in a December article: next year.
        check(
            "meet on January 5 in",
            Some("2024-12-20"),
            &["on January 5=2025-01-05/day"],
        );
        check("on March 27 it", None, &["on March 27=?"]);
    }

    #[test]
    fn months_and_years() {
        check("in 2023 the", ARTICLE, &["in 2023=2023-01-01/year"]);
        check(
            "signed back in 2023 by",
            ARTICLE,
            &["back in 2023=2023-01-01/year"],
        );
        check("in March the", ARTICLE, &["in March=2025-03-01/month"]);
        check(
            "in November the",
            ARTICLE,
            &["in November=2024-11-01/month"],
        );
        check(
            "in March 2019 the",
            ARTICLE,
            &["in March 2019=2019-03-01/month"],
        );
        check(
            "in mid-March the",
            ARTICLE,
            &["in mid-March=2025-03-01/month"],
        );
        check(
            "since early 2022 the",
            ARTICLE,
            &["since early 2022=2022-01-01/year"],
        );
        check(
            "in late - June x",
            ARTICLE,
            &["in late - June=2024-06-01/month"],
        );
        check("in 2023 the", None, &["in 2023=2023-01-01/year"]);
    }

    #[test]
    fn bare_years_and_months_need_a_preposition() {
        check("2023 people died", ARTICLE, &[]);
        check("Theresa May said", ARTICLE, &[]);
        check("they may march", ARTICLE, &[]);
        check("in 1850 the", ARTICLE, &[]);
    }

    #[test]
    fn relative_days() {
        check(
            "met on Wednesday in",
            ARTICLE,
            &["on Wednesday=2025-03-26/day"],
        );
        check("met Saturday in", ARTICLE, &["Saturday=2025-03-29/day"]);
        check(
            "met Sunday night in",
            ARTICLE,
            &["Sunday night=2025-03-23/day"],
        );
        check(
            "meets next Friday in",
            ARTICLE,
            &["next Friday=2025-04-04/day"],
        );
        check(
            "said yesterday that",
            ARTICLE,
            &["yesterday=2025-03-28/day"],
        );
        check("said today that", ARTICLE, &["today=2025-03-29/day"]);
        check("arrives tomorrow in", ARTICLE, &["tomorrow=2025-03-30/day"]);
        check(
            "attacked last night in",
            ARTICLE,
            &["last night=2025-03-28/day"],
        );
        check(
            "said this morning that",
            ARTICLE,
            &["this morning=2025-03-29/day"],
        );
        check(
            "two days ago they",
            ARTICLE,
            &["two days ago=2025-03-27/day"],
        );
        check(
            "3 days ago they",
            Some("2025-03-01"),
            &["3 days ago=2025-02-26/day"],
        );
        check("met on Wednesday in", None, &["on Wednesday=?"]);
    }

    #[test]
    fn relative_periods() {
        check("met last week in", ARTICLE, &["last week=2025-03-17/week"]);
        check(
            "meets next week in",
            ARTICLE,
            &["next week=2025-03-31/week"],
        );
        check("met this week in", ARTICLE, &["this week=2025-03-24/week"]);
        check(
            "earlier this month they",
            ARTICLE,
            &["earlier this month=2025-03-01/month"],
        );
        check(
            "later this year they",
            ARTICLE,
            &["later this year=2025-01-01/year"],
        );
        check(
            "last month they",
            Some("2025-01-10"),
            &["last month=2024-12-01/month"],
        );
        check(
            "next month they",
            Some("2024-12-10"),
            &["next month=2025-01-01/month"],
        );
        check("this year they", ARTICLE, &["this year=2025-01-01/year"]);
        check("last year they", ARTICLE, &["last year=2024-01-01/year"]);
        check("a year ago they", ARTICLE, &["a year ago=2024-01-01/year"]);
        check(
            "three weeks ago they",
            ARTICLE,
            &["three weeks ago=2025-03-03/week"],
        );
        check(
            "two months ago they",
            ARTICLE,
            &["two months ago=2025-01-01/month"],
        );
        check("last week they", None, &["last week=?"]);
        // "the next day" counts from the story, not the article.
        check("the next day they", ARTICLE, &[]);
        // A weekend is dated by its week. 2025-03-29 is a Saturday, 2025-03-26 a Wednesday.
        check(
            "met last weekend in",
            ARTICLE,
            &["last weekend=2025-03-17/week"],
        );
        check(
            "met over the weekend in",
            ARTICLE,
            &["over the weekend=2025-03-24/week"],
        );
        check(
            "met last weekend in",
            Some("2025-03-26"),
            &["last weekend=2025-03-17/week"],
        );
        check(
            "meets this weekend in",
            Some("2025-03-26"),
            &["this weekend=2025-03-24/week"],
        );
    }

    #[test]
    fn calendar_arithmetic_round_trips() {
        for text in [
            "1970-01-01",
            "2000-02-29",
            "2024-12-31",
            "1900-03-01",
            "2100-01-01",
        ] {
            let date = Date::parse(text).unwrap();
            assert_eq!(date_of(day_number_of(date)), date, "{text}");
        }
        // 2025-03-29 was a Saturday.
        let saturday = day_number_of(Date::parse("2025-03-29").unwrap());
        assert_eq!(weekday_of(saturday), 5);
    }
}
