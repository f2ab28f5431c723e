//! Repairs of finished trees where the parser broke a rule UD trees keep.
//!
//! A subject with a preposition of its own ("police in Jericho confiscated weapons" parsed with
//! "Jericho" as the subject and "police" hung on the verb as a bare nominal) is nearly always a
//! parser error: EWT's training trees hold two such subjects or objects in 12,000 sentences.
//! When a bare nominal just before the preposition hangs on the same verb, it becomes the
//! subject and the prepositional phrase its modifier. Without one nothing changes: the
//! "preposition" is then mostly a conjunction tagged as one ("as Isis retreated").

use super::{Arc, ParserWord};

/// Relations a misplaced subject's true head may have been given by the parser.
const BARE_NOMINAL_RELATIONS: [&str; 4] = ["obl:unmarked", "obl:tmod", "obl:npmod", "dep"];

/// Applies the repairs to `arcs` (one per word of `words`), keeping a tree.
pub(super) fn repair(words: &[ParserWord<'_>], arcs: &mut [Arc]) {
    for dependent in 0..arcs.len() {
        let relation = arcs[dependent].deprel.as_str();
        if !matches!(relation, "nsubj" | "nsubj:pass") {
            continue;
        }
        let Some(case) = (0..dependent).find(|&word| {
            arcs[word].head == dependent + 1
                && arcs[word].deprel == "case"
                && words[word].upos == "ADP"
        }) else {
            continue;
        };
        let head = arcs[dependent].head;
        // The nominal the phrase belongs to: the nearest one before the preposition that
        // hangs bare on the same head.
        let nominal = (0..case).rev().find(|&word| {
            arcs[word].head == head
                && matches!(words[word].upos, "NOUN" | "PROPN" | "PRON")
                && BARE_NOMINAL_RELATIONS.contains(&arcs[word].deprel.as_str())
        });
        if let Some(nominal) = nominal {
            if !is_ancestor(arcs, dependent, nominal) && !is_ancestor(arcs, nominal, head) {
                arcs[nominal].deprel = arcs[dependent].deprel.clone();
                arcs[dependent].head = nominal + 1;
                arcs[dependent].deprel = "nmod".to_owned();
            }
        }
    }
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
    use super::{repair, Arc, ParserWord};

    fn run(words: &[(&'static str, &'static str, usize, &'static str)]) -> Vec<(usize, String)> {
        let parser_words: Vec<ParserWord<'_>> = words
            .iter()
            .map(|&(form, upos, _, _)| ParserWord {
                form,
                lemma: form,
                upos,
                xpos: "",
            })
            .collect();
        let mut arcs: Vec<Arc> = words
            .iter()
            .map(|&(_, _, head, deprel)| Arc {
                head,
                deprel: deprel.to_owned(),
            })
            .collect();
        repair(&parser_words, &mut arcs);
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
}
