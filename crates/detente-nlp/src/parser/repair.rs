//! Repairs of finished trees where the parser broke a rule UD trees keep.
//!
//! A subject with a preposition of its own ("police in Jericho confiscated weapons" parsed with
//! "Jericho" as the subject and "police" hung on the verb as a bare nominal) is nearly always a
//! parser error: EWT's training trees hold two such subjects or objects in 12,000 sentences.
//! When a bare nominal just before the preposition hangs on the same verb, it becomes the
//! subject and the prepositional phrase its modifier. Without one nothing changes: the
//! "preposition" is then mostly a conjunction tagged as one ("as Isis retreated").
//!
//! A reported clause after a day ("said on Friday that Turkey would …", "said on Tuesday their
//! forces had completed …") parsed as a relative clause of the day is the verb's complement.
//!
//! A nominal with "by" under a passive verb is its agent (`obl:agent`), as nearly always in EWT.
//!
//! A number that took a preposition and left the noun it counts beside it ("investigations
//! against 28 Chilean officials" with "28" the modifier and "officials" a bare sibling) gives
//! the phrase to the noun and counts it.
//!
//! A verb that is no auxiliary but was attached as one to the participle after it ("The
//! Palestinians reject proposed Israeli changes", "citizens remain displaced") heads the clause:
//! the participle modifies the object it precedes, or is the verb's complement.
//!
//! A noun joined by a comma alone to a phrase that opens the sentence with its preposition,
//! over a verb with no subject, is that verb's subject: "Within hours of the vote, protesters
//! in Cairo attacked the embassy" had "protesters" a conjunct of "vote".
//!
//! A reporting verb's object before a finite clause of the same verb that has no subject and
//! no conjunction is that clause's subject, and the clause the verb's complement: "officials
//! say fears of a flood have not materialised" had "fears" the object of "say".
//!
//! None changes an EWT score by more than 0.0001; all fix news sentences.

use detente_text::calendar::{is_calendar_name, WEEKDAY_NAMES};

use super::{Arc, ParserWord};

/// Relations a misplaced subject's true head may have been given by the parser.
const BARE_NOMINAL_RELATIONS: [&str; 4] = ["obl:unmarked", "obl:tmod", "obl:npmod", "dep"];

/// Which repairs a model can make: those whose relations are all among its labels (the tiny
/// fixture model lacks some). Decided once, when the parser is built.
#[derive(Debug, Clone, Copy)]
pub(super) struct Repairs {
    counted_nouns: bool,
    raised_verbs: bool,
    fronted_subjects: bool,
    reported_subjects: bool,
}

impl Repairs {
    pub(super) fn for_labels(labels: &[String]) -> Repairs {
        let knows = |wanted: &[&str]| {
            wanted
                .iter()
                .all(|label| labels.iter().any(|known| known == label))
        };
        Repairs {
            counted_nouns: knows(&["nummod", "amod", "compound"]),
            raised_verbs: knows(&["amod", "xcomp", "nsubj", "aux"]),
            fronted_subjects: knows(&["nsubj", "nsubj:pass", "obl", "conj"]),
            reported_subjects: knows(&["nsubj", "nsubj:pass", "ccomp"]),
        }
    }
}

/// Applies the repairs to `arcs` (one per word of `words`), keeping a tree whose relations are
/// all among the model's labels (`repairs`). Each repair reads the dependents of a word from an
/// index built in one pass, so the whole costs linear time (1,000-word run-on sentences
/// included).
pub(super) fn repair(words: &[ParserWord<'_>], arcs: &mut [Arc], repairs: Repairs) {
    // The index is rebuilt only after a repair that moved a word.
    let mut children = dependents(arcs);
    if lift_complements_off_time_nouns(words, arcs, &children) {
        children = dependents(arcs);
    }
    label_passive_agents(words, arcs, &children);
    if promote_bare_subjects(words, arcs, &children) {
        children = dependents(arcs);
    }
    if repairs.counted_nouns && attach_counted_nouns(words, arcs, &children) {
        children = dependents(arcs);
    }
    if repairs.raised_verbs && raise_verbs_read_as_auxiliaries(words, arcs, &children) {
        children = dependents(arcs);
    }
    if repairs.fronted_subjects && subjects_out_of_fronted_phrases(words, arcs, &children) {
        children = dependents(arcs);
    }
    if repairs.reported_subjects {
        subjects_of_bare_reported_clauses(words, arcs, &children);
    }
}

/// Verbs that take a reported clause with no "that" ("warned the governments were trying …").
const REPORTING_LEMMAS: [&str; 20] = [
    "say",
    "warn",
    "claim",
    "believe",
    "think",
    "argue",
    "insist",
    "fear",
    "suggest",
    "report",
    "add",
    "announce",
    "acknowledge",
    "admit",
    "hope",
    "expect",
    "allege",
    "assert",
    "stress",
    "state",
];

/// "They warned the governments were trying to force the refugees home" parsed with "the
/// governments" the object of "warned" and "were trying" a subjectless adverbial clause: a
/// reporting verb's object before a finite clause of the same verb that has no subject and no
/// conjunction of its own is that clause's subject, and the clause is the verb's complement.
/// "told reporters the army was …" keeps its shape: that clause has its subject.
fn subjects_of_bare_reported_clauses(
    words: &[ParserWord<'_>],
    arcs: &mut [Arc],
    children: &[Vec<usize>],
) {
    let finite = |word: usize| matches!(words[word].xpos, "VBD" | "VBZ" | "VBP" | "MD");
    for verb in 0..arcs.len() {
        if words[verb].upos != "VERB" {
            continue;
        }
        let lemma = if words[verb].lemma.is_empty() {
            words[verb].form
        } else {
            words[verb].lemma
        };
        if !REPORTING_LEMMAS
            .iter()
            .any(|reporting| reporting.eq_ignore_ascii_case(lemma))
        {
            continue;
        }
        let Some(object) = children[verb].iter().copied().find(|&child| {
            arcs[child].deprel == "obj" && matches!(words[child].upos, "NOUN" | "PROPN" | "PRON")
        }) else {
            continue;
        };
        let clause = children[verb].iter().copied().find(|&child| {
            child > object
                && matches!(arcs[child].deprel.as_str(), "advcl" | "parataxis" | "ccomp")
                && (finite(child)
                    || children[child].iter().any(|&aux| {
                        matches!(arcs[aux].deprel.as_str(), "aux" | "aux:pass" | "cop")
                            && finite(aux)
                    }))
                && !children[child].iter().any(|&dependent| {
                    matches!(
                        arcs[dependent].deprel.as_str(),
                        "nsubj" | "nsubj:pass" | "csubj" | "expl" | "mark"
                    )
                })
        });
        let Some(clause) = clause else {
            continue;
        };
        let passive = children[clause]
            .iter()
            .any(|&child| arcs[child].deprel == "aux:pass");
        arcs[object].head = clause + 1;
        arcs[object].deprel = if passive { "nsubj:pass" } else { "nsubj" }.to_owned();
        arcs[clause].deprel = "ccomp".to_owned();
    }
}

/// Relations of a fronted prepositional phrase that swallowed the subject after it.
const FRONTED_RELATIONS: [&str; 7] = [
    "obl",
    "obl:tmod",
    "obl:npmod",
    "obl:unmarked",
    "nmod",
    "nsubj",
    "nsubj:pass",
];

/// "Within days of the vote, protesters in Cairo attacked the embassy" parsed with
/// "protesters" a conjunct of "vote" (or of "days", itself made the subject): a nominal joined
/// by a comma alone, with no coordinator and no other conjunct, inside a phrase that opens the
/// sentence with its preposition and hangs on a verb with no subject, is that verb's subject.
/// The phrase becomes an oblique when it had been made the subject. A list ("In Paris, London
/// and Rome, …") has more conjuncts or a coordinator, and a verb that has a subject keeps it.
fn subjects_out_of_fronted_phrases(
    words: &[ParserWord<'_>],
    arcs: &mut [Arc],
    children: &[Vec<usize>],
) -> bool {
    let mut moved = false;
    for conjunct in 0..arcs.len() {
        if arcs[conjunct].deprel != "conj"
            || !matches!(words[conjunct].upos, "NOUN" | "PROPN" | "PRON")
            || arcs[conjunct].head == 0
        {
            continue;
        }
        let joined = arcs[conjunct].head - 1;
        let first = leftmost(children, conjunct);
        let lone = children[joined]
            .iter()
            .all(|&child| child == conjunct || arcs[child].deprel != "conj");
        let plain = children[conjunct]
            .iter()
            .all(|&child| !matches!(arcs[child].deprel.as_str(), "cc" | "conj"));
        // The comma may hang on the conjunct or precede its phrase.
        let after_comma = words[first].form == "," || (first > 0 && words[first - 1].form == ",");
        if joined > conjunct || !after_comma || !lone || !plain {
            continue;
        }
        // The phrase: the ancestor of the joined word that hangs on a verb.
        let mut phrase = joined;
        while arcs[phrase].head != 0 && !is_verb(words[arcs[phrase].head - 1].upos) {
            phrase = arcs[phrase].head - 1;
        }
        if arcs[phrase].head == 0 || !FRONTED_RELATIONS.contains(&arcs[phrase].deprel.as_str()) {
            continue;
        }
        let verb = arcs[phrase].head - 1;
        let opening = leftmost(children, phrase);
        let opens_with_preposition = children[phrase]
            .iter()
            .any(|&child| child == opening && arcs[child].deprel == "case");
        let has_subject = children[verb].iter().any(|&child| {
            child != phrase
                && matches!(
                    arcs[child].deprel.as_str(),
                    "nsubj" | "nsubj:pass" | "csubj" | "expl"
                )
        });
        if verb < conjunct || opening > 1 || !opens_with_preposition || has_subject {
            continue;
        }
        let passive = children[verb]
            .iter()
            .any(|&child| arcs[child].deprel == "aux:pass");
        moved = true;
        arcs[conjunct].head = verb + 1;
        arcs[conjunct].deprel = if passive { "nsubj:pass" } else { "nsubj" }.to_owned();
        if arcs[phrase].deprel.starts_with("nsubj") {
            arcs[phrase].deprel = "obl".to_owned();
        }
        // Words between the subject and its verb that hung on the phrase before it ("from
        // both sides" on "talks") are the subject's.
        for arc in &mut arcs[conjunct + 1..verb] {
            if arc.head > opening && arc.head <= first {
                arc.head = conjunct + 1;
            }
        }
    }
    moved
}

fn is_verb(upos: &str) -> bool {
    matches!(upos, "VERB" | "AUX")
}

/// The first word of the phrase `word` heads.
fn leftmost(children: &[Vec<usize>], word: usize) -> usize {
    let mut first = word;
    while let Some(&child) = children[first].first() {
        if child >= first {
            break;
        }
        first = child;
    }
    first
}

/// Verbs that can be auxiliaries in UD English (with "get" of the passive).
const AUXILIARY_LEMMAS: [&str; 16] = [
    "be", "have", "do", "get", "will", "would", "shall", "should", "can", "could", "may", "might",
    "must", "ought", "need", "dare",
];

/// "The Palestinians reject proposed Israeli changes" with "reject" an auxiliary of
/// "proposed": a verb (not "-s" present, which is mostly a plural noun misread: "RAF
/// airstrikes killed") right before the participle it was hung on as `aux`/`aux:pass`, and no
/// auxiliary by lemma, takes the participle's place. The participle becomes a modifier of its
/// object when it has one right after it, else the verb's complement ("remain displaced");
/// its subject and auxiliaries go to the verb.
fn raise_verbs_read_as_auxiliaries(
    words: &[ParserWord<'_>],
    arcs: &mut [Arc],
    children: &[Vec<usize>],
) -> bool {
    let mut moved = false;
    for verb in 0..arcs.len() {
        if !matches!(arcs[verb].deprel.as_str(), "aux" | "aux:pass")
            || words[verb].upos != "VERB"
            || !matches!(words[verb].xpos, "VBP" | "VBD" | "VB")
            || arcs[verb].head != verb + 2
        {
            continue;
        }
        let lemma = if words[verb].lemma.is_empty() {
            words[verb].form.to_lowercase()
        } else {
            words[verb].lemma.to_lowercase()
        };
        if AUXILIARY_LEMMAS.contains(&lemma.as_str()) {
            continue;
        }
        let participle = verb + 1;
        if words[participle].upos != "VERB" || !children[verb].is_empty() {
            continue;
        }
        let object = children[participle]
            .iter()
            .copied()
            .find(|&child| child > participle && arcs[child].deprel == "obj");
        moved = true;
        arcs[verb].head = arcs[participle].head;
        arcs[verb].deprel = arcs[participle].deprel.clone();
        for &child in &children[participle] {
            if child == verb || Some(child) == object {
                continue;
            }
            let moves = match arcs[child].deprel.as_str() {
                "nsubj" | "nsubj:pass" | "aux" | "aux:pass" | "mark" | "punct" | "cc" | "conj"
                | "parataxis" | "advcl" => true,
                // With the participle a modifier, all its phrases are the verb's.
                _ => object.is_some(),
            };
            if moves {
                arcs[child].head = verb + 1;
                if arcs[child].deprel == "nsubj:pass" {
                    arcs[child].deprel = "nsubj".to_owned();
                }
                if arcs[child].deprel == "aux:pass" {
                    arcs[child].deprel = "aux".to_owned();
                }
            }
        }
        match object {
            Some(object) => {
                arcs[object].head = verb + 1;
                arcs[participle].head = object + 1;
                arcs[participle].deprel = "amod".to_owned();
            }
            None => {
                arcs[participle].head = verb + 1;
                arcs[participle].deprel = "xcomp".to_owned();
            }
        }
    }
    moved
}

/// The dependents of each word (0-based), in word order; index `n` holds the root's.
fn dependents(arcs: &[Arc]) -> Vec<Vec<usize>> {
    let mut children = vec![Vec::new(); arcs.len() + 1];
    for (word, arc) in arcs.iter().enumerate() {
        let head = if arc.head == 0 {
            arcs.len()
        } else {
            arc.head - 1
        };
        if let Some(list) = children.get_mut(head) {
            list.push(word);
        }
    }
    children
}

/// "police in Jericho confiscated weapons" with "Jericho" the subject: the bare nominal just
/// before the subject's preposition, on the same head, becomes the subject.
fn promote_bare_subjects(
    words: &[ParserWord<'_>],
    arcs: &mut [Arc],
    children: &[Vec<usize>],
) -> bool {
    let mut moved = false;
    for dependent in 0..arcs.len() {
        let relation = arcs[dependent].deprel.as_str();
        if !matches!(relation, "nsubj" | "nsubj:pass") || arcs[dependent].head == 0 {
            continue;
        }
        let Some(case) = children[dependent].iter().copied().find(|&word| {
            word < dependent && arcs[word].deprel == "case" && words[word].upos == "ADP"
        }) else {
            continue;
        };
        let head = arcs[dependent].head;
        // The nominal the phrase belongs to: the nearest one before the preposition that
        // hangs bare on the same head.
        let nominal = children[head - 1].iter().rev().copied().find(|&word| {
            word < case
                && arcs[word].head == head
                && matches!(words[word].upos, "NOUN" | "PROPN" | "PRON")
                && BARE_NOMINAL_RELATIONS.contains(&arcs[word].deprel.as_str())
        });
        if let Some(nominal) = nominal {
            if !is_ancestor(arcs, dependent, nominal) && !is_ancestor(arcs, nominal, head) {
                arcs[nominal].deprel = arcs[dependent].deprel.clone();
                arcs[dependent].head = nominal + 1;
                arcs[dependent].deprel = "nmod".to_owned();
                moved = true;
            }
        }
    }
    moved
}

/// Time nouns other than weekday and month names that a reporting verb's complement clause
/// gets mistaken as a relative clause of: "said on Friday that Turkey would …".
const OTHER_TIME_NOUNS: [&str; 11] = [
    "today",
    "yesterday",
    "tonight",
    "week",
    "month",
    "year",
    "weekend",
    "morning",
    "afternoon",
    "evening",
    "night",
];

/// A time noun a bare clause follows with no "that": "said on Tuesday their forces had
/// completed …".
fn is_day_noun(lower: &str) -> bool {
    WEEKDAY_NAMES.contains(&lower) || matches!(lower, "today" | "yesterday")
}

/// "said on Friday that Turkey would …", "told reporters on Tuesday their forces had …" parsed
/// with the clause as a relative clause of the day: the clause is the verb's complement (a
/// noun's content clause when the day hangs on a noun: "his claim on Thursday that …"). A
/// relative clause proper keeps its shape: one whose "that" is its subject or object ("a week
/// that has seen …"), one opened by "where", "when", "which" or "who".
fn lift_complements_off_time_nouns(
    words: &[ParserWord<'_>],
    arcs: &mut [Arc],
    children: &[Vec<usize>],
) -> bool {
    let mut moved = false;
    for clause in 0..arcs.len() {
        if arcs[clause].deprel != "acl:relcl" || arcs[clause].head == 0 {
            continue;
        }
        let time = arcs[clause].head - 1;
        let lower = words[time].form.to_lowercase();
        let time_noun = is_calendar_name(&lower) || OTHER_TIME_NOUNS.contains(&lower.as_str());
        if !time_noun || time > clause || arcs[time].head == 0 {
            continue;
        }
        let governor = arcs[time].head - 1;
        if !arcs[time].deprel.starts_with("obl") && !arcs[time].deprel.starts_with("nmod") {
            continue;
        }
        let children = &children[clause];
        let opener = children.iter().copied().find(|&child| {
            child < clause && child > time && {
                let form = words[child].form.to_lowercase();
                matches!(
                    form.as_str(),
                    "that" | "which" | "who" | "whom" | "where" | "when" | "whose"
                )
            }
        });
        let has_subject = children
            .iter()
            .any(|&child| arcs[child].deprel.starts_with("nsubj") && Some(child) != opener);
        if !has_subject {
            continue;
        }
        let that = match opener {
            Some(word) if words[word].form.eq_ignore_ascii_case("that") => Some(word),
            Some(_) => continue,
            None if is_day_noun(&lower) => None,
            None => continue,
        };
        // "that" must not be the clause's object either ("the day that they chose").
        if that.is_some_and(|word| arcs[word].deprel == "obj") {
            continue;
        }
        if is_ancestor(arcs, clause, governor) {
            continue;
        }
        let relation = match words[governor].upos {
            "VERB" => "ccomp",
            "NOUN" => "acl",
            _ => continue,
        };
        arcs[clause].head = governor + 1;
        arcs[clause].deprel = relation.to_owned();
        if let Some(that) = that {
            arcs[that].deprel = "mark".to_owned();
        }
        moved = true;
    }
    moved
}

/// "were expelled by Turkey" with "Turkey" a plain oblique: under a passive verb (one with a
/// passive auxiliary or subject) a nominal with "by" is its agent, as in 96 % of EWT's training
/// trees (the rest are means: "by e-mail", "by force"). Numbers and years stay obliques.
fn label_passive_agents(words: &[ParserWord<'_>], arcs: &mut [Arc], children: &[Vec<usize>]) {
    for word in 0..arcs.len() {
        if arcs[word].deprel != "obl" || arcs[word].head == 0 || words[word].upos == "NUM" {
            continue;
        }
        let verb = arcs[word].head - 1;
        let by = children[word].iter().any(|&child| {
            child < word
                && arcs[child].deprel == "case"
                && words[child].form.eq_ignore_ascii_case("by")
        });
        let passive = by
            && children[verb]
                .iter()
                .any(|&child| matches!(arcs[child].deprel.as_str(), "aux:pass" | "nsubj:pass"));
        if passive {
            arcs[word].deprel = "obl:agent".to_owned();
        }
    }
}

/// Relations a counted noun left beside its number may have been given. Not an object:
/// "training up to 40,000 fighters", "killed over 200 people" have a quantity word, not a
/// preposition, before the number.
const COUNTED_NOUN_RELATIONS: [&str; 7] = [
    "nmod",
    "obl",
    "appos",
    "dep",
    "nmod:unmarked",
    "obl:unmarked",
    "obl:npmod",
];

/// "against 28 Chilean government officials", "of over 2,000 US troops" with the number
/// holding the preposition and the noun hung beside it on the same head: the noun takes the
/// number's place and relation, the preposition and the words before the number, and the
/// number counts it (`nummod`). Only when the words between the two are the noun's modifiers
/// (adjectives, names, nouns) and the noun has no preposition of its own; never a time noun
/// ("13 December").
fn attach_counted_nouns(
    words: &[ParserWord<'_>],
    arcs: &mut [Arc],
    children: &[Vec<usize>],
) -> bool {
    let mut moved = false;
    for number in 0..arcs.len() {
        if words[number].upos != "NUM"
            || arcs[number].head == 0
            || !matches!(arcs[number].deprel.as_str(), "nmod" | "obl")
        {
            continue;
        }
        let has_case = |word: usize| {
            children[word]
                .iter()
                .any(|&child| child < word && arcs[child].deprel == "case")
        };
        if !has_case(number) {
            continue;
        }
        let head = arcs[number].head;
        let Some(noun) = (number + 1..arcs.len().min(number + 6))
            .take_while(|&word| {
                matches!(words[word].upos, "ADJ" | "NOUN" | "PROPN") || words[word].form == "-"
            })
            .find(|&word| arcs[word].head == head)
        else {
            continue;
        };
        let fits = matches!(words[noun].upos, "NOUN" | "PROPN")
            && COUNTED_NOUN_RELATIONS.contains(&arcs[noun].deprel.as_str())
            && !has_case(noun)
            && !is_calendar_name(&words[noun].form.to_lowercase())
            && !is_day_noun(&words[noun].form.to_lowercase())
            // The words between belong to the number or the noun.
            && (number + 1..noun).all(|word| (number + 1..=noun + 1).contains(&arcs[word].head));
        if !fits {
            continue;
        }
        arcs[noun].deprel = arcs[number].deprel.clone();
        for &child in &children[number] {
            if child < number {
                arcs[child].head = noun + 1;
            } else if child < noun {
                // "28 Chilean officials" with "Chilean" hung on the number.
                // (Words hung on a word between keep their head.)
                arcs[child].head = noun + 1;
                if arcs[child].deprel.starts_with("nmod") {
                    arcs[child].deprel = if words[child].upos == "ADJ" {
                        "amod".to_owned()
                    } else {
                        "compound".to_owned()
                    };
                }
            }
        }
        arcs[number].head = noun + 1;
        arcs[number].deprel = "nummod".to_owned();
        moved = true;
    }
    moved
}

/// Whether word `ancestor` (0-based) dominates word `word` (0-based); `false` for the root.
fn is_ancestor(arcs: &[Arc], ancestor: usize, word: usize) -> bool {
    let mut current = word;
    for _ in 0..arcs.len() {
        let head = arcs[current].head;
        if head == 0 {
            return false;
        }
        if head - 1 == ancestor {
            return true;
        }
        current = head - 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::{repair, Arc, ParserWord, Repairs};

    fn run(words: &[(&'static str, &'static str, usize, &'static str)]) -> Vec<(usize, String)> {
        let tagged: Vec<_> = words
            .iter()
            .map(|&(form, upos, head, deprel)| (form, upos, "", head, deprel))
            .collect();
        run_tagged(&tagged)
    }

    /// The relations the repairs may write, as a full model knows them.
    fn labels() -> Vec<String> {
        [
            "nsubj",
            "nmod",
            "ccomp",
            "obl:agent",
            "nummod",
            "amod",
            "compound",
            "xcomp",
            "aux",
            "nsubj:pass",
            "obl",
            "conj",
            "ccomp",
        ]
        .iter()
        .map(|label| label.to_string())
        .collect()
    }

    /// Like [`run`], with XPOS tags: `(form, upos, xpos, head, deprel)`.
    fn run_tagged(
        words: &[(
            &'static str,
            &'static str,
            &'static str,
            usize,
            &'static str,
        )],
    ) -> Vec<(usize, String)> {
        let parser_words: Vec<ParserWord<'_>> = words
            .iter()
            .map(|&(form, upos, xpos, _, _)| ParserWord {
                form,
                lemma: "",
                upos,
                xpos,
            })
            .collect();
        let mut arcs: Vec<Arc> = words
            .iter()
            .map(|&(_, _, _, head, deprel)| Arc {
                head,
                deprel: deprel.to_owned(),
            })
            .collect();
        repair(&parser_words, &mut arcs, Repairs::for_labels(&labels()));
        arcs.into_iter().map(|arc| (arc.head, arc.deprel)).collect()
    }

    #[test]
    fn a_subject_with_a_preposition_gives_way_to_the_bare_nominal_before_it() {
        // "police in Jericho confiscated weapons" with "Jericho" read as the subject.
        let got = run(&[
            ("police", "NOUN", 4, "obl:unmarked"),
            ("in", "ADP", 3, "case"),
            ("Jericho", "PROPN", 4, "nsubj"),
            ("confiscated", "VERB", 0, "root"),
            ("weapons", "NOUN", 4, "obj"),
        ]);
        assert_eq!(got[0], (4, "nsubj".to_owned()));
        assert_eq!(got[2], (1, "nmod".to_owned()));
    }

    #[test]
    fn a_subject_joined_to_a_fronted_phrase_by_a_comma_is_the_verbs() {
        // "After weeks of talks, negotiators from both sides agreed" with "negotiators" a
        // conjunct of "talks" and "from both sides" on "talks".
        let got = run(&[
            ("After", "ADP", 2, "case"),
            ("weeks", "NOUN", 10, "obl"),
            ("of", "ADP", 4, "case"),
            ("talks", "NOUN", 2, "nmod"),
            (",", "PUNCT", 6, "punct"),
            ("negotiators", "NOUN", 4, "conj"),
            ("from", "ADP", 9, "case"),
            ("both", "DET", 9, "det"),
            ("sides", "NOUN", 4, "nmod"),
            ("agreed", "VERB", 0, "root"),
        ]);
        assert_eq!(got[5], (10, "nsubj".to_owned()));
        assert_eq!(got[8], (6, "nmod".to_owned()));
        assert_eq!(got[1], (10, "obl".to_owned()));
        // With the phrase itself made the subject, it becomes an oblique.
        let got = run(&[
            ("Within", "ADP", 2, "case"),
            ("months", "NOUN", 7, "nsubj"),
            ("of", "ADP", 4, "case"),
            ("Mosul", "PROPN", 2, "nmod"),
            (",", "PUNCT", 6, "punct"),
            ("foreigners", "NOUN", 2, "conj"),
            ("arrived", "VERB", 0, "root"),
        ]);
        assert_eq!(got[5], (7, "nsubj".to_owned()));
        assert_eq!(got[1], (7, "obl".to_owned()));
    }

    #[test]
    fn a_reporting_verbs_object_before_a_subjectless_finite_clause_is_its_subject() {
        // "officials say fears of a flood have not materialised" with "fears" the object of
        // "say" and "materialised" a subjectless adverbial clause.
        let got = run_tagged(&[
            ("officials", "NOUN", "NNS", 2, "nsubj"),
            ("say", "VERB", "VBP", 0, "root"),
            ("fears", "NOUN", "NNS", 2, "obj"),
            ("of", "ADP", "IN", 6, "case"),
            ("a", "DET", "DT", 6, "det"),
            ("flood", "NOUN", "NN", 3, "nmod"),
            ("have", "AUX", "VBP", 9, "aux"),
            ("not", "PART", "RB", 9, "advmod"),
            ("materialised", "VERB", "VBN", 2, "advcl"),
        ]);
        assert_eq!(got[2], (9, "nsubj".to_owned()));
        assert_eq!(got[8], (2, "ccomp".to_owned()));
        // "told reporters the army was ready": the clause has its subject; nothing moves.
        let words = [
            ("Putin", "PROPN", "NNP", 2, "nsubj"),
            ("said", "VERB", "VBD", 0, "root"),
            ("reporters", "NOUN", "NNS", 2, "obj"),
            ("the", "DET", "DT", 5, "det"),
            ("army", "NOUN", "NN", 7, "nsubj"),
            ("was", "AUX", "VBD", 7, "cop"),
            ("ready", "ADJ", "JJ", 2, "ccomp"),
        ];
        let expected: Vec<(usize, String)> = words
            .iter()
            .map(|&(_, _, _, head, deprel)| (head, deprel.to_owned()))
            .collect();
        assert_eq!(run_tagged(&words), expected);
    }

    #[test]
    fn lists_and_verbs_with_a_subject_keep_their_conjuncts() {
        let unchanged = |words: &[(&'static str, &'static str, usize, &'static str)]| {
            let expected: Vec<(usize, String)> = words
                .iter()
                .map(|&(_, _, head, deprel)| (head, deprel.to_owned()))
                .collect();
            assert_eq!(run(words), expected);
        };
        // "In Paris, London and Rome, protesters marched": two conjuncts.
        unchanged(&[
            ("In", "ADP", 2, "case"),
            ("Paris", "PROPN", 9, "obl"),
            (",", "PUNCT", 4, "punct"),
            ("London", "PROPN", 2, "conj"),
            ("and", "CCONJ", 6, "cc"),
            ("Rome", "PROPN", 2, "conj"),
            (",", "PUNCT", 2, "punct"),
            ("protesters", "NOUN", 9, "nsubj"),
            ("marched", "VERB", 0, "root"),
        ]);
        // "In the capital, Kabul, police arrested him": the verb has its subject.
        unchanged(&[
            ("In", "ADP", 3, "case"),
            ("the", "DET", 3, "det"),
            ("capital", "NOUN", 8, "obl"),
            (",", "PUNCT", 5, "punct"),
            ("Kabul", "PROPN", 3, "conj"),
            (",", "PUNCT", 5, "punct"),
            ("police", "NOUN", 8, "nsubj"),
            ("arrested", "VERB", 0, "root"),
        ]);
        // "After talks and a vote, ...": a coordinator makes a true conjunct.
        unchanged(&[
            ("After", "ADP", 2, "case"),
            ("talks", "NOUN", 6, "obl"),
            ("and", "CCONJ", 5, "cc"),
            ("a", "DET", 5, "det"),
            ("vote", "NOUN", 2, "conj"),
            ("ended", "VERB", 0, "root"),
        ]);
    }

    #[test]
    fn without_a_bare_nominal_nothing_changes() {
        // "as Isis retreated" with "as" tagged a preposition.
        let words = [
            ("as", "ADP", 2, "case"),
            ("Isis", "PROPN", 3, "nsubj"),
            ("retreated", "VERB", 0, "root"),
        ];
        let got = run(&words);
        let expected: Vec<(usize, String)> = words
            .iter()
            .map(|&(_, _, head, deprel)| (head, deprel.to_owned()))
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn a_reported_clause_after_a_day_is_the_verbs_complement() {
        // "Erdogan said on Friday that Turkey would attack" with the clause on "Friday".
        let got = run(&[
            ("Erdogan", "PROPN", 2, "nsubj"),
            ("said", "VERB", 0, "root"),
            ("on", "ADP", 4, "case"),
            ("Friday", "PROPN", 2, "obl"),
            ("that", "PRON", 8, "obj"),
            ("Turkey", "PROPN", 8, "nsubj"),
            ("would", "AUX", 8, "aux"),
            ("attack", "VERB", 4, "acl:relcl"),
        ]);
        // "that" read as the object is a relative pronoun: left alone.
        assert_eq!(got[7], (4, "acl:relcl".to_owned()));
        let got = run(&[
            ("Erdogan", "PROPN", 2, "nsubj"),
            ("said", "VERB", 0, "root"),
            ("on", "ADP", 4, "case"),
            ("Friday", "PROPN", 2, "obl"),
            ("that", "SCONJ", 8, "mark"),
            ("Turkey", "PROPN", 8, "nsubj"),
            ("would", "AUX", 8, "aux"),
            ("attack", "VERB", 4, "acl:relcl"),
        ]);
        assert_eq!(got[7], (2, "ccomp".to_owned()));
        assert_eq!(got[4], (8, "mark".to_owned()));
        // A relative clause proper stays: "a week that has seen …" ("that" its subject).
        let got = run(&[
            ("in", "ADP", 3, "case"),
            ("a", "DET", 3, "det"),
            ("week", "NOUN", 0, "root"),
            ("that", "PRON", 6, "nsubj"),
            ("has", "AUX", 6, "aux"),
            ("seen", "VERB", 3, "acl:relcl"),
        ]);
        assert_eq!(got[5], (3, "acl:relcl".to_owned()));
    }

    #[test]
    fn a_number_with_a_preposition_counts_the_noun_beside_it() {
        // "investigations against 28 Chilean officials" with "officials" beside "28".
        let got = run(&[
            ("opened", "VERB", 0, "root"),
            ("investigations", "NOUN", 1, "obj"),
            ("against", "ADP", 4, "case"),
            ("28", "NUM", 2, "nmod"),
            ("Chilean", "PROPN", 4, "nmod:unmarked"),
            ("officials", "NOUN", 2, "nmod"),
        ]);
        assert_eq!(got[5], (2, "nmod".to_owned()));
        assert_eq!(got[3], (6, "nummod".to_owned()));
        assert_eq!(got[2], (6, "case".to_owned()));
        assert_eq!(got[4], (6, "compound".to_owned()));
        // A date stays: "until 9 November".
        let got = run(&[
            ("postponed", "VERB", 0, "root"),
            ("until", "ADP", 3, "case"),
            ("9", "NUM", 1, "obl"),
            ("November", "PROPN", 1, "obl:unmarked"),
        ]);
        assert_eq!(got[2], (1, "obl".to_owned()));
        // A noun with its own preposition is another phrase: "by 2012 in Syria".
        let got = run(&[
            ("built", "VERB", 0, "root"),
            ("by", "ADP", 3, "case"),
            ("2012", "NUM", 1, "obl"),
            ("in", "ADP", 5, "case"),
            ("Syria", "PROPN", 1, "obl"),
        ]);
        assert_eq!(got[4], (1, "obl".to_owned()));
    }

    #[test]
    fn a_verb_read_as_an_auxiliary_heads_the_clause() {
        // "The Palestinians reject proposed Israeli changes".
        let got = run_tagged(&[
            ("The", "DET", "DT", 2, "det"),
            ("Palestinians", "PROPN", "NNPS", 4, "nsubj:pass"),
            ("reject", "VERB", "VBP", 4, "aux:pass"),
            ("proposed", "VERB", "VBN", 0, "root"),
            ("Israeli", "ADJ", "JJ", 6, "amod"),
            ("changes", "NOUN", "NNS", 4, "obj"),
        ]);
        assert_eq!(got[2], (0, "root".to_owned()));
        assert_eq!(got[1], (3, "nsubj".to_owned()));
        assert_eq!(got[5], (3, "obj".to_owned()));
        assert_eq!(got[3], (6, "amod".to_owned()));
        // "citizens remain displaced".
        let got = run_tagged(&[
            ("citizens", "NOUN", "NNS", 3, "nsubj:pass"),
            ("remain", "VERB", "VBP", 3, "aux:pass"),
            ("displaced", "VERB", "VBN", 0, "root"),
        ]);
        assert_eq!(got[1], (0, "root".to_owned()));
        assert_eq!(got[2], (2, "xcomp".to_owned()));
        assert_eq!(got[0], (2, "nsubj".to_owned()));
        // A plural noun read as a verb ("RAF airstrikes killed") and a real auxiliary stay.
        let got = run_tagged(&[
            ("airstrikes", "VERB", "VBZ", 2, "aux"),
            ("killed", "VERB", "VBN", 0, "root"),
        ]);
        assert_eq!(got[0], (2, "aux".to_owned()));
        let got = run_tagged(&[
            ("they", "PRON", "PRP", 3, "nsubj:pass"),
            ("were", "AUX", "VBD", 3, "aux:pass"),
            ("killed", "VERB", "VBN", 0, "root"),
        ]);
        assert_eq!(got[1], (3, "aux:pass".to_owned()));
    }

    #[test]
    fn by_under_a_passive_verb_is_its_agent() {
        let got = run(&[
            ("diplomats", "NOUN", 3, "nsubj:pass"),
            ("were", "AUX", 3, "aux:pass"),
            ("expelled", "VERB", 0, "root"),
            ("by", "ADP", 5, "case"),
            ("Turkey", "PROPN", 3, "obl"),
        ]);
        assert_eq!(got[4], (3, "obl:agent".to_owned()));
        // Not under an active verb, and not a year.
        let got = run(&[
            ("Turkey", "PROPN", 2, "nsubj"),
            ("won", "VERB", 0, "root"),
            ("by", "ADP", 4, "case"),
            ("goals", "NOUN", 2, "obl"),
        ]);
        assert_eq!(got[3], (2, "obl".to_owned()));
        let got = run(&[
            ("it", "PRON", 3, "nsubj:pass"),
            ("was", "AUX", 3, "aux:pass"),
            ("built", "VERB", 0, "root"),
            ("by", "ADP", 5, "case"),
            ("2012", "NUM", 3, "obl"),
        ]);
        assert_eq!(got[4], (3, "obl".to_owned()));
    }
}
