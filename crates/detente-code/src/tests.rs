//! Coder tests: sentences written for detente, each with a dependency tree given here (so that
//! the tests judge the coder, not the parser model of the day) and its expected events as
//! snapshots `SOURCE CAMEO TARGET` (`-` for no target). End-to-end properties over raw text
//! with the shipped models are at the end.

use detente_lexicon::{Date, Lexicon, MatchWord};
use detente_text::Span;

use crate::coder::{Coder, KnownPlace, SentenceContext, SentenceWord};

/// A word as written in a test tree: form, lemma, UPOS, features, head, relation, span.
type TreeWord = (String, String, String, String, usize, String, Span);

/// One word line: `form lemma UPOS feats head deprel`.
fn words_of(tree: &str) -> (String, Vec<TreeWord>) {
    let mut text = String::new();
    let mut words = Vec::new();
    for line in tree.lines().map(str::trim).filter(|line| !line.is_empty()) {
        let columns: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(columns.len(), 6, "bad test line: {line}");
        if !text.is_empty() {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(columns[0]);
        let head: usize = columns[4].parse().expect("head is a number");
        words.push((
            columns[0].to_string(),
            columns[1].to_string(),
            columns[2].to_string(),
            columns[3].to_string(),
            head,
            columns[5].to_string(),
            Span::new(start, text.len()),
        ));
    }
    (text, words)
}

/// Codes `tree` on 2023-05-01 and compares the events with `expected` (`SOURCE CAMEO TARGET`).
#[track_caller]
fn check(tree: &str, expected: &[&str]) {
    check_with_places(tree, &[], expected);
}

/// Like [`check`], with town names that document reading found in the gazetteer: each
/// `(word, country)` marks that word of the tree as a place in that country.
#[track_caller]
fn check_with_places(tree: &str, places: &[(&str, &str)], expected: &[&str]) {
    let (text, owned) = words_of(tree);
    let known: Vec<KnownPlace> = places
        .iter()
        .map(|&(name, country)| {
            let span = owned
                .iter()
                .find(|word| word.0 == name)
                .map(|word| word.6)
                .expect("the place is a word of the tree");
            KnownPlace {
                span,
                country: country.to_string(),
            }
        })
        .collect();
    let words: Vec<SentenceWord<'_>> = owned
        .iter()
        .map(
            |(form, lemma, upos, feats, head, deprel, span)| SentenceWord {
                form,
                lemma,
                upos,
                feats,
                head: *head,
                deprel,
                span: *span,
            },
        )
        .collect();
    let coder = Coder::new(Lexicon::builtin());
    let context = SentenceContext {
        places: &known,
        ..SentenceContext::default()
    };
    let date = Date::new(2023, 5, 1);
    let events = coder.code_sentence_resolved(&text, 0, &words, date, context);
    // Actors resolved beforehand, as document reading passes them, code the same events.
    let match_words: Vec<MatchWord<'_>> = words
        .iter()
        .map(|word| MatchWord::tagged(word.form, word.lemma, word.upos))
        .collect();
    let lexicon = coder.lexicon();
    let actors = lexicon.resolve_actors(&match_words, &lexicon.match_words(&match_words), date);
    let context = SentenceContext {
        actors: Some(&actors),
        ..context
    };
    assert_eq!(
        coder.code_sentence_resolved(&text, 0, &words, date, context),
        events,
        "actors resolved beforehand"
    );
    let got: Vec<String> = events
        .iter()
        .map(|event| {
            format!(
                "{} {} {}",
                event.source.code,
                event.cameo_code,
                event
                    .target
                    .as_ref()
                    .map(|t| t.code.as_str())
                    .unwrap_or("-")
            )
        })
        .collect();
    let rules: Vec<&str> = events.iter().map(|event| event.rule.as_str()).collect();
    assert_eq!(got, expected, "{text}\nrules: {rules:#?}");
    for event in &events {
        for span in [
            Some(event.source.span),
            event.target.as_ref().map(|t| t.span),
            Some(event.predicate_span),
        ]
        .into_iter()
        .flatten()
        {
            assert!(
                span.start < span.end && span.end <= text.len(),
                "{span:?} in {text}"
            );
        }
        assert_eq!(&text[event.predicate_span.range()], event.predicate_text);
    }
}

#[test]
fn verb_with_object_noun_and_prepositional_target() {
    check(
        "Russia Russia PROPN _ 2 nsubj
         imposed impose VERB Tense=Past|VerbForm=Fin 0 root
         new new ADJ _ 4 amod
         sanctions sanction NOUN Number=Plur 2 obj
         on on ADP _ 6 case
         Iran Iran PROPN _ 2 obl
         . . PUNCT _ 2 punct",
        &["RUS 163 IRN"],
    );
}

#[test]
fn refusal_turns_a_meeting_into_a_rejection() {
    check(
        "China China PROPN _ 2 nsubj
         refused refuse VERB Tense=Past|VerbForm=Fin 0 root
         to to PART _ 4 mark
         meet meet VERB VerbForm=Inf 2 xcomp
         Japanese Japanese ADJ _ 6 amod
         officials official NOUN Number=Plur 4 obj
         . . PUNCT _ 2 punct",
        &["CHN 125 JPNGOV"],
    );
}

#[test]
fn modal_sanctions_are_a_threat_not_sanctions() {
    check(
        "The the DET _ 3 det
         United United PROPN _ 3 compound
         States States PROPN _ 5 nsubj
         may may AUX VerbForm=Fin 5 aux
         impose impose VERB VerbForm=Inf 0 root
         sanctions sanction NOUN Number=Plur 5 obj
         on on ADP _ 8 case
         Venezuela Venezuela PROPN _ 5 obl
         . . PUNCT _ 5 punct",
        &["USA 1312 VEN"],
    );
}

#[test]
fn passive_with_agent() {
    check(
        "Iran Iran PROPN _ 3 nsubj:pass
         was be AUX _ 3 aux:pass
         attacked attack VERB Tense=Past|VerbForm=Part|Voice=Pass 0 root
         by by ADP _ 5 case
         Israel Israel PROPN _ 3 obl:agent
         . . PUNCT _ 3 punct",
        &["ISR 190 IRN"],
    );
}

#[test]
fn passive_without_agent_has_no_source_and_no_event() {
    check(
        "Iran Iran PROPN _ 3 nsubj:pass
         was be AUX _ 3 aux:pass
         attacked attack VERB Tense=Past|VerbForm=Part|Voice=Pass 0 root
         . . PUNCT _ 3 punct",
        &[],
    );
}

#[test]
fn title_and_nationality_before_an_unknown_name() {
    check(
        "Chinese Chinese ADJ _ 5 amod
         Vice vice NOUN _ 3 compound
         Premier premier NOUN _ 5 compound
         Ding Ding PROPN _ 5 compound
         Xuexiang Xuexiang PROPN _ 6 nsubj
         met meet VERB Tense=Past|VerbForm=Fin 0 root
         Japanese Japanese ADJ _ 8 amod
         officials official NOUN Number=Plur 6 obj
         in in ADP _ 10 case
         Tokyo Tokyo PROPN _ 6 obl
         . . PUNCT _ 6 punct",
        &["CHNGOV 040 JPNGOV"],
    );
}

#[test]
fn reported_speech_codes_the_embedded_event() {
    check(
        "Tass Tass PROPN _ 2 nsubj
         said say VERB Tense=Past|VerbForm=Fin 0 root
         Russian Russian ADJ _ 4 amod
         forces force NOUN Number=Plur 5 nsubj
         shelled shell VERB Tense=Past|VerbForm=Fin 2 ccomp
         Ukrainian Ukrainian ADJ _ 7 amod
         positions position NOUN Number=Plur 5 obj
         . . PUNCT _ 2 punct",
        &["RUSMIL 194 UKR"],
    );
}

#[test]
fn compound_adjectives_give_one_event_per_actor_and_intent() {
    check(
        "Hungarian Hungarian ADJ _ 4 amod
         and and CCONJ _ 3 cc
         Romanian Romanian ADJ _ 1 conj
         officials official NOUN Number=Plur 5 nsubj
         agreed agree VERB Tense=Past|VerbForm=Fin 0 root
         to to PART _ 7 mark
         hold hold VERB VerbForm=Inf 5 xcomp
         talks talk NOUN Number=Plur 7 obj
         with with ADP _ 10 case
         Beijing Beijing PROPN _ 8 nmod
         . . PUNCT _ 5 punct",
        &["ROUGOV 036 CHNGOV", "HUNGOV 036 CHNGOV"],
    );
}

#[test]
fn conjoined_subjects() {
    check(
        "Russia Russia PROPN _ 4 nsubj
         and and CCONJ _ 3 cc
         China China PROPN _ 1 conj
         signed sign VERB Tense=Past|VerbForm=Fin 0 root
         a a DET _ 7 det
         trade trade NOUN _ 7 compound
         agreement agreement NOUN _ 4 obj
         . . PUNCT _ 4 punct",
        &["RUS 057 -", "CHN 057 -"],
    );
}

#[test]
fn appeal_makes_the_urged_party_the_target() {
    check(
        "Turkey Turkey PROPN _ 2 nsubj
         urged urge VERB Tense=Past|VerbForm=Fin 0 root
         Iran Iran PROPN _ 2 obj
         to to PART _ 5 mark
         release release VERB VerbForm=Inf 2 xcomp
         the the DET _ 7 det
         sailors sailor NOUN Number=Plur 5 obj
         . . PUNCT _ 2 punct",
        &["TUR 0253 IRN"],
    );
    // The parser may make the urged party the subject of the infinitive: still the target.
    check(
        "Turkey Turkey PROPN _ 2 nsubj
         urged urge VERB Tense=Past|VerbForm=Fin 0 root
         Iran Iran PROPN _ 5 nsubj
         to to PART _ 5 mark
         release release VERB VerbForm=Inf 2 xcomp
         the the DET _ 7 det
         sailors sailor NOUN Number=Plur 5 obj
         . . PUNCT _ 2 punct",
        &["TUR 0253 IRN"],
    );
}

#[test]
fn a_warning_about_what_another_has_done_reports_it() {
    // Moscow's attack is reported by Washington's warning; no one threatens anyone.
    check(
        "Washington Washington PROPN _ 2 nsubj
         warned warn VERB Tense=Past|VerbForm=Fin 0 root
         that that SCONJ _ 6 mark
         Moscow Moscow PROPN _ 6 nsubj
         has have AUX _ 6 aux
         attacked attack VERB Tense=Past|VerbForm=Part 2 ccomp
         Kyiv Kyiv PROPN _ 6 obj
         . . PUNCT _ 2 punct",
        &["RUSGOV 190 UKRGOV"],
    );
    // What the warner itself would do is a threat.
    check(
        "Washington Washington PROPN _ 2 nsubj
         warned warn VERB Tense=Past|VerbForm=Fin 0 root
         that that SCONJ _ 6 mark
         it it PRON _ 6 nsubj
         would would AUX _ 6 aux
         attack attack VERB VerbForm=Inf 2 ccomp
         Moscow Moscow PROPN _ 6 obj
         . . PUNCT _ 2 punct",
        &["USAGOV 1384 RUSGOV"],
    );
}

#[test]
fn threat_with_an_embedded_sanction() {
    check(
        "Germany Germany PROPN _ 2 nsubj
         threatened threaten VERB Tense=Past|VerbForm=Fin 0 root
         to to PART _ 4 mark
         impose impose VERB VerbForm=Inf 2 xcomp
         sanctions sanction NOUN Number=Plur 4 obj
         on on ADP _ 7 case
         Belarus Belarus PROPN _ 4 obl
         . . PUNCT _ 2 punct",
        &["DEU 1312 BLR"],
    );
}

#[test]
fn pronoun_subject_of_speech_is_the_speaker_and_would_is_intent() {
    check(
        "Egypt Egypt PROPN _ 2 nsubj
         said say VERB Tense=Past|VerbForm=Fin 0 root
         it it PRON PronType=Prs 5 nsubj
         would would AUX VerbForm=Fin 5 aux
         send send VERB VerbForm=Inf 2 ccomp
         aid aid NOUN _ 5 obj
         to to ADP _ 8 case
         Sudan Sudan PROPN _ 5 obl
         . . PUNCT _ 2 punct",
        &["EGY 033 SDN"],
    );
}

#[test]
fn relative_clause_subject_is_the_modified_noun() {
    check(
        "Iranian Iranian ADJ _ 2 amod
         diplomats diplomat NOUN Number=Plur 9 nsubj
         , , PUNCT _ 5 punct
         who who PRON PronType=Rel 5 nsubj
         met meet VERB Tense=Past|VerbForm=Fin 2 acl:relcl
         Qatari Qatari ADJ _ 7 amod
         officials official NOUN Number=Plur 5 obj
         , , PUNCT _ 5 punct
         condemned condemn VERB Tense=Past|VerbForm=Fin 0 root
         Israel Israel PROPN _ 9 obj
         . . PUNCT _ 9 punct",
        &["IRNGOV 040 QATGOV", "IRNGOV 111 ISR"],
    );
}

#[test]
fn conjoined_verbs_share_the_subject_and_demand_targets_the_embedded_subject() {
    check(
        "Pakistan Pakistan PROPN _ 2 nsubj
         accused accuse VERB Tense=Past|VerbForm=Fin 0 root
         India India PROPN _ 2 obj
         and and CCONJ _ 5 cc
         demanded demand VERB Tense=Past|VerbForm=Fin 2 conj
         that that SCONJ _ 8 mark
         India India PROPN _ 8 nsubj
         withdraw withdraw VERB VerbForm=Fin 5 ccomp
         its its PRON Poss=Yes 10 nmod:poss
         troops troops NOUN Number=Plur 8 obj
         . . PUNCT _ 2 punct",
        &["PAK 112 IND", "PAK 1056 IND"],
    );
}

#[test]
fn light_verb_with_event_noun_and_target_inside_the_object() {
    check(
        "Japan Japan PROPN _ 2 nsubj
         held hold VERB Tense=Past|VerbForm=Fin 0 root
         talks talk NOUN Number=Plur 2 obj
         with with ADP _ 6 case
         South South PROPN _ 6 compound
         Korea Korea PROPN _ 3 nmod
         . . PUNCT _ 2 punct",
        &["JPN 040 KOR"],
    );
}

#[test]
fn event_noun_with_adjective_source() {
    check(
        "Israeli Israeli ADJ _ 2 amod
         airstrikes airstrike NOUN Number=Plur 0 root
         on on ADP _ 4 case
         Gaza Gaza PROPN _ 2 nmod
         . . PUNCT _ 2 punct",
        &["ISR 195 PSE"],
    );
}

// Negative cases: each must produce no event.

#[test]
fn negation_drops_the_event() {
    check(
        "Russia Russia PROPN _ 4 nsubj
         did do AUX _ 4 aux
         not not PART Polarity=Neg 4 advmod
         meet meet VERB VerbForm=Inf 0 root
         Ukrainian Ukrainian ADJ _ 6 amod
         negotiators negotiator NOUN Number=Plur 4 obj
         . . PUNCT _ 4 punct",
        &[],
    );
}

#[test]
fn opinion_complements_are_not_facts() {
    check(
        "Analysts analyst NOUN Number=Plur 2 nsubj
         believe believe VERB VerbForm=Fin 0 root
         that that SCONJ _ 6 mark
         China China PROPN _ 6 nsubj
         will will AUX VerbForm=Fin 6 aux
         invade invade VERB VerbForm=Inf 2 ccomp
         Taiwan Taiwan PROPN _ 6 obj
         . . PUNCT _ 2 punct",
        &[],
    );
}

#[test]
fn an_infinitive_conjoined_to_a_finite_verb_is_not_its_subjects_act() {
    // "travel" read as a noun leaves "to conduct attacks" conjoined to "told": the attacks are
    // what the people were told to do, not what Isis did.
    check(
        "Isis Isis PROPN _ 2 nsubj
         told tell VERB Tense=Past|VerbForm=Fin 0 root
         people people NOUN Number=Plur 2 iobj
         to to ADP _ 7 case
         no no ADV _ 6 advmod
         longer longer ADV _ 7 advmod
         travel travel NOUN Number=Sing 2 obl
         , , PUNCT _ 12 punct
         but but CCONJ _ 12 cc
         to to PART _ 12 mark
         instead instead ADV _ 12 advmod
         conduct conduct VERB VerbForm=Inf 2 conj
         attacks attack NOUN Number=Plur 12 obj
         . . PUNCT _ 2 punct",
        &[],
    );
}

#[test]
fn a_named_period_of_revolt_names_no_actor() {
    // The "Arab Spring" is a time, not an Arab actor (a discard in the lexicon).
    check(
        "the the DET _ 4 det
         Arab Arab ADJ _ 4 amod
         Spring Spring PROPN _ 4 compound
         rebellion rebellion NOUN Number=Sing 0 root
         began begin VERB Tense=Past|VerbForm=Fin 4 acl
         . . PUNCT _ 4 punct",
        &[],
    );
}

#[test]
fn an_agreement_named_after_a_city_does_not_make_the_city_a_party() {
    // Signing the Oslo accords is no act towards Norway (a discard in the lexicon).
    check(
        "Israel Israel PROPN _ 2 nsubj
         signed sign VERB Tense=Past|VerbForm=Fin 0 root
         the the DET _ 5 det
         Oslo Oslo PROPN _ 5 compound
         accords accord NOUN Number=Plur 2 obj
         . . PUNCT _ 2 punct",
        &["ISR 057 -"],
    );
}

#[test]
fn sports_results_are_not_events() {
    check(
        "China China PROPN _ 2 nsubj
         beat beat VERB Tense=Past|VerbForm=Fin 0 root
         Japan Japan PROPN _ 2 obj
         2-1 2-1 NUM _ 2 obl
         in in ADP _ 9 case
         the the DET _ 9 det
         World World PROPN _ 8 compound
         Cup Cup PROPN _ 9 compound
         qualifier qualifier NOUN _ 2 obl
         . . PUNCT _ 2 punct",
        &[],
    );
}

#[test]
fn fiction_is_not_news() {
    check(
        "In in ADP _ 3 case
         the the DET _ 3 det
         novel novel NOUN _ 8 obl
         , , PUNCT _ 3 punct
         the the DET _ 7 det
         Russian Russian ADJ _ 7 amod
         army army NOUN _ 8 nsubj
         invades invade VERB Tense=Pres|VerbForm=Fin 0 root
         London London PROPN _ 8 obj
         . . PUNCT _ 8 punct",
        &[],
    );
}

#[test]
fn hypothetical_conditions_and_their_consequences_are_not_coded() {
    check(
        "If if SCONJ _ 3 mark
         Russia Russia PROPN _ 3 nsubj
         invades invade VERB Tense=Pres|VerbForm=Fin 9 advcl
         Ukraine Ukraine PROPN _ 3 obj
         , , PUNCT _ 9 punct
         the the DET _ 7 det
         West West PROPN _ 9 nsubj
         would would AUX VerbForm=Fin 9 aux
         impose impose VERB VerbForm=Inf 0 root
         sanctions sanction NOUN Number=Plur 9 obj
         . . PUNCT _ 9 punct",
        &[],
    );
}

#[test]
fn opinion_about_history_is_not_an_event() {
    check(
        "Historians historian NOUN Number=Plur 2 nsubj
         say say VERB VerbForm=Fin 0 root
         Britain Britain PROPN _ 4 nsubj
         betrayed betray VERB Tense=Past|VerbForm=Fin 2 ccomp
         Poland Poland PROPN _ 4 obj
         in in ADP _ 7 case
         1939 1939 NUM _ 4 obl
         . . PUNCT _ 2 punct",
        &[],
    );
}

#[test]
fn questions_are_not_events() {
    check(
        "Will will AUX _ 3 aux
         Russia Russia PROPN _ 3 nsubj
         attack attack VERB VerbForm=Inf 0 root
         Ukraine Ukraine PROPN _ 3 obj
         ? ? PUNCT _ 3 punct",
        &[],
    );
}

#[test]
fn no_actor_no_event() {
    check(
        "Protesters protester NOUN Number=Plur 2 nsubj
         attacked attack VERB Tense=Past|VerbForm=Fin 0 root
         a a DET _ 4 det
         bus bus NOUN _ 2 obj
         . . PUNCT _ 2 punct",
        &[],
    );
}

mod end_to_end {
    use detente_lexicon::{Date, Lexicon};
    use detente_nlp::pipeline::Analyzer;
    use proptest::prelude::*;

    use crate::{code_article, Coder};

    const WORDS: [&str; 32] = [
        "Russia",
        "China",
        "the",
        "United",
        "States",
        "met",
        "imposed",
        "sanctions",
        "on",
        "Iran",
        "refused",
        "to",
        "meet",
        "said",
        "it",
        "would",
        "attack",
        "Ukraine",
        ".",
        ",",
        "and",
        "not",
        "if",
        "officials",
        "Chinese",
        "Vice",
        "Premier",
        "urged",
        "talks",
        "with",
        "élite",
        "\u{201c}",
    ];

    fn analyzer() -> &'static Analyzer {
        Analyzer::shared_english().expect("the embedded models load")
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Every offset lies inside its sentence and points at the text it names, and coding is
        /// deterministic.
        #[test]
        fn offsets_inside_sentences_and_coding_deterministic(
            picks in proptest::collection::vec(0..WORDS.len(), 1..40)
        ) {
            let text: String = picks.iter().map(|&pick| WORDS[pick]).collect::<Vec<_>>().join(" ");
            let coder = Coder::new(Lexicon::builtin());
            let date = Date::new(2024, 2, 2);
            let first = code_article(&coder, analyzer(), &text, date);
            let second = code_article(&coder, analyzer(), &text, date);
            prop_assert_eq!(&first.events, &second.events);
            for event in &first.events {
                let sentence = first.segmentation.sentences[event.sentence_index].span;
                let mut spans = vec![event.source.span, event.predicate_span];
                spans.extend(event.target.as_ref().map(|target| target.span));
                for span in spans {
                    prop_assert!(sentence.start <= span.start && span.end <= sentence.end);
                    prop_assert!(text.get(span.start..span.end).is_some());
                }
                prop_assert_eq!(&text[event.source.span.range()], event.source.text.as_str());
            }
        }
    }

    #[test]
    fn raw_text_codes_a_plain_sanction() {
        let coder = Coder::new(Lexicon::builtin());
        let text = "The European Union imposed new sanctions on Iran on Monday.";
        let coded = code_article(&coder, analyzer(), text, Date::new(2024, 2, 2));
        assert_eq!(coded.segmentation.sentences.len(), 1);
        assert!(
            coded.events.iter().all(|event| event.cameo_code == "163"),
            "{:?}",
            coded.events
        );
    }
}

#[test]
fn agent_takes_the_country_of_an_in_phrase_and_so_do_the_people_it_arrests() {
    check(
        "Police police NOUN _ 5 nsubj
         in in ADP _ 3 case
         Kenya Kenya PROPN _ 1 nmod
         have have AUX _ 5 aux
         arrested arrest VERB Tense=Past|VerbForm=Part 0 root
         opposition opposition NOUN _ 7 compound
         activists activist NOUN Number=Plur 5 obj
         . . PUNCT _ 5 punct",
        &["KENCOP 173 KENCVL"],
    );
}

#[test]
fn reported_obligation_is_a_demand_on_the_clause_subject() {
    check(
        "Russia Russia PROPN _ 2 nsubj
         said say VERB Tense=Past|VerbForm=Fin 0 root
         Sudan Sudan PROPN _ 5 nsubj
         must must AUX VerbForm=Fin 5 aux
         return return VERB VerbForm=Inf 2 ccomp
         the the DET _ 7 det
         helicopter helicopter NOUN _ 5 obj
         . . PUNCT _ 2 punct",
        &["RUS 100 SDN"],
    );
}

#[test]
fn a_threat_keeps_its_condition_and_threatens_the_condition_subject() {
    check(
        "Turkey Turkey PROPN _ 2 nsubj
         threatened threaten VERB Tense=Past|VerbForm=Fin 0 root
         to to PART _ 4 mark
         walk walk VERB VerbForm=Inf 2 xcomp
         out out ADP _ 4 compound:prt
         if if SCONJ _ 8 mark
         Greece Greece PROPN _ 8 nsubj
         deployed deploy VERB Tense=Past|VerbForm=Fin 4 advcl
         troops troops NOUN _ 8 obj
         . . PUNCT _ 2 punct",
        &["TUR 130 GRC"],
    );
}

#[test]
fn refusing_something_that_is_not_an_event_is_not_a_rejection() {
    check(
        "The the DET _ 3 det
         Russian Russian ADJ _ 3 amod
         ministry ministry NOUN _ 4 nsubj
         refused refuse VERB Tense=Past|VerbForm=Fin 0 root
         to to PART _ 6 mark
         comment comment VERB VerbForm=Inf 4 xcomp
         . . PUNCT _ 4 punct",
        &[],
    );
}

#[test]
fn meetings_are_mutual_and_need_someone_met() {
    check(
        "Russia Russia PROPN _ 4 nsubj
         and and CCONJ _ 3 cc
         Turkey Turkey PROPN _ 1 conj
         met meet VERB Tense=Past|VerbForm=Fin 0 root
         on on ADP _ 6 case
         Saturday Saturday PROPN _ 4 obl
         . . PUNCT _ 4 punct",
        &["RUS 040 TUR", "TUR 040 RUS"],
    );
    check(
        "Macron Macron PROPN _ 2 nsubj
         travelled travel VERB Tense=Past|VerbForm=Fin 0 root
         to to ADP _ 4 case
         Syria Syria PROPN _ 2 obl
         . . PUNCT _ 2 punct",
        &["FRAGOV 042 SYR"],
    );
    check(
        "Macron Macron PROPN _ 2 nsubj
         travelled travel VERB Tense=Past|VerbForm=Fin 0 root
         abroad abroad ADV _ 2 advmod
         . . PUNCT _ 2 punct",
        &[],
    );
}

#[test]
fn expected_offensives_are_not_offensives() {
    check(
        "the the DET _ 3 det
         expected expect VERB VerbForm=Part 3 amod
         offensive offensive NOUN _ 0 root
         by by ADP _ 6 case
         Syrian Syrian ADJ _ 6 amod
         forces force NOUN Number=Plur 3 nmod
         . . PUNCT _ 3 punct",
        &[],
    );
}

#[test]
fn a_measured_object_is_the_object() {
    check(
        "Japan Japan PROPN _ 3 nsubj
         will will AUX _ 3 aux
         provide provide VERB VerbForm=Inf 0 root
         5,000 5000 NUM _ 5 nummod
         tons ton NOUN Number=Plur 3 obj
         of of ADP _ 8 case
         food food NOUN _ 8 compound
         aid aid NOUN _ 5 nmod
         to to ADP _ 10 case
         Bangladesh Bangladesh PROPN _ 3 obl
         . . PUNCT _ 3 punct",
        &["JPN 033 BGD"],
    );
}

#[test]
fn eager_to_expand_cooperation_is_an_intent_to_cooperate() {
    check(
        "Vietnam Vietnam PROPN _ 3 nsubj
         is be AUX _ 3 cop
         eager eager ADJ _ 0 root
         to to PART _ 5 mark
         expand expand VERB VerbForm=Inf 3 xcomp
         cooperation cooperation NOUN _ 5 obj
         with with ADP _ 8 case
         Beijing Beijing PROPN _ 5 obl
         . . PUNCT _ 3 punct",
        &["VNM 031 CHNGOV"],
    );
}

#[test]
fn abilities_and_warnings_without_anyone_warned_are_not_events() {
    check(
        "Iranian Iranian ADJ _ 2 amod
         missiles missile NOUN Number=Plur 4 nsubj
         could could AUX _ 4 aux
         attack attack VERB VerbForm=Inf 0 root
         Israeli Israeli ADJ _ 6 amod
         ships ship NOUN Number=Plur 4 obj
         . . PUNCT _ 4 punct",
        &[],
    );
    check(
        "Egypt Egypt PROPN _ 2 nsubj
         warned warn VERB Tense=Past|VerbForm=Fin 0 root
         that that SCONJ _ 6 mark
         prices price NOUN Number=Plur 6 nsubj
         would would AUX _ 6 aux
         rise rise VERB VerbForm=Inf 2 ccomp
         . . PUNCT _ 2 punct",
        &[],
    );
}

#[test]
fn acts_dated_years_before_the_article_are_coded_and_ceasing_an_act_is_its_reversal() {
    // Document reading dates such an act to its own clause (March 1975); the coder codes what
    // happened, whatever the year. Ceasing to arm is not arming: it is cutting military aid.
    check(
        "Iran Iran PROPN _ 2 nsubj
         ceased cease VERB Tense=Past|VerbForm=Fin 0 root
         arming arm VERB VerbForm=Ger 2 xcomp
         Kurdish Kurdish ADJ _ 5 amod
         rebels rebel NOUN Number=Plur 3 obj
         in in ADP _ 7 case
         March March PROPN _ 2 obl
         1975 1975 NUM _ 7 nummod
         . . PUNCT _ 2 punct",
        &["IRN 1622 KURREB"],
    );
}

#[test]
fn likelihoods_are_the_writers_estimate_not_acts() {
    check(
        "Turkey Turkey PROPN _ 3 nsubj
         is be AUX _ 3 cop
         likely likely ADJ _ 0 root
         to to PART _ 5 mark
         attack attack VERB VerbForm=Inf 3 xcomp
         Kurdish Kurdish ADJ _ 7 amod
         fighters fighter NOUN Number=Plur 5 obj
         . . PUNCT _ 3 punct",
        &[],
    );
}

#[test]
fn a_preposition_the_parser_hung_on_a_number_still_marks_the_target() {
    // "to" under "18" instead of "rebels": the phrase still begins with "to".
    check(
        "Uganda Uganda PROPN _ 3 nsubj
         has have AUX _ 3 aux
         granted grant VERB Tense=Past|VerbForm=Part 0 root
         asylum asylum NOUN Number=Sing 3 obj
         to to ADP _ 6 case
         18 18 NUM _ 8 nummod
         Rwandan Rwandan ADJ _ 8 amod
         rebels rebel NOUN Number=Plur 3 obl:unmarked
         . . PUNCT _ 3 punct",
        &["UGA 075 RWAREB"],
    );
}

#[test]
fn the_sources_own_forces_are_not_its_target_and_the_place_is() {
    // With document reading "its" resolves to Israel (tested end to end in detente-doc);
    // here it stays unresolved and the place names the target.
    check(
        "Israel Israel PROPN _ 3 nsubj
         has have AUX _ 3 aux
         strengthened strengthen VERB Tense=Past|VerbForm=Part 0 root
         its its PRON Poss=Yes|PronType=Prs 5 nmod:poss
         forces force NOUN Number=Plur 3 obj
         in in ADP _ 7 case
         Lebanon Lebanon PROPN _ 3 obl
         . . PUNCT _ 3 punct",
        &["ISR 154 LBN"],
    );
}

#[test]
fn a_quantity_of_aid_is_not_a_party_and_mediation_between_two_targets_both() {
    check(
        "Japan Japan PROPN _ 2 nsubj
         provided provide VERB Tense=Past|VerbForm=Fin 0 root
         500 500 NUM _ 4 nummod
         tons ton NOUN Number=Plur 2 obj
         of of ADP _ 7 case
         food food NOUN Number=Sing 7 compound
         aid aid NOUN Number=Sing 4 nmod
         to to ADP _ 9 case
         Haiti Haiti PROPN _ 7 nmod
         . . PUNCT _ 2 punct",
        &["JPN 070 HTI"],
    );
    check(
        "Egypt Egypt PROPN _ 2 nsubj
         mediated mediate VERB Tense=Past|VerbForm=Fin 0 root
         between between ADP _ 4 case
         Israel Israel PROPN _ 2 obl
         and and CCONJ _ 6 cc
         Hamas Hamas PROPN _ 4 conj
         . . PUNCT _ 2 punct",
        &["EGY 045 ISR", "EGY 045 PSEINS"],
    );
}

#[test]
fn an_attempted_act_is_the_act_not_an_intent() {
    check(
        "Hackers hacker NOUN Number=Plur 2 nsubj
         tried try VERB Tense=Past|VerbForm=Fin 0 root
         to to PART _ 4 mark
         hack hack VERB VerbForm=Inf 2 xcomp
         into into ADP _ 7 case
         Estonian Estonian ADJ _ 7 amod
         ministries ministry NOUN Number=Plur 4 obl
         . . PUNCT _ 2 punct",
        &[],
    );
    check(
        "Russia Russia PROPN _ 2 nsubj
         tried try VERB Tense=Past|VerbForm=Fin 0 root
         to to PART _ 4 mark
         hack hack VERB VerbForm=Inf 2 xcomp
         into into ADP _ 7 case
         Estonian Estonian ADJ _ 7 amod
         ministries ministry NOUN Number=Plur 4 obl
         . . PUNCT _ 2 punct",
        &["RUS 170 ESTGOV"],
    );
}

#[test]
fn ending_an_act_is_coded_as_its_reversal_under_any_frame() {
    // A light-verb-like ending verb with an event noun: halting talks.
    check(
        "Russia Russia PROPN _ 2 nsubj
         threatened threaten VERB Tense=Past|VerbForm=Fin 0 root
         to to PART _ 4 mark
         stop stop VERB VerbForm=Inf 2 xcomp
         negotiations negotiation NOUN Number=Plur 4 obj
         with with ADP _ 8 case
         the the DET _ 8 det
         Ukraine Ukraine PROPN _ 5 nmod
         . . PUNCT _ 2 punct",
        &["RUS 134 UKR"],
    );
    // Ending fighting is de-escalation; "stopped short of" is not an ending.
    check(
        "Israel Israel PROPN _ 2 nsubj
         ended end VERB Tense=Past|VerbForm=Fin 0 root
         its its PRON Poss=Yes|PronType=Prs 4 nmod:poss
         airstrikes airstrike NOUN Number=Plur 2 obj
         on on ADP _ 6 case
         Gaza Gaza PROPN _ 4 nmod
         . . PUNCT _ 2 punct",
        &["ISR 087 PSE"],
    );
    check(
        "Iran Iran PROPN _ 2 nsubj
         stopped stop VERB Tense=Past|VerbForm=Fin 0 root
         short short ADV _ 2 advmod
         of of SCONJ _ 5 mark
         imposing impose VERB VerbForm=Ger 2 advcl
         sanctions sanction NOUN Number=Plur 5 obj
         on on ADP _ 8 case
         Iraq Iraq PROPN _ 5 obl
         . . PUNCT _ 2 punct",
        &[],
    );
    // Ending talks may be concluding them: no event of its own.
    check(
        "Iran Iran PROPN _ 2 nsubj
         ended end VERB Tense=Past|VerbForm=Fin 0 root
         talks talk NOUN Number=Plur 2 obj
         with with ADP _ 5 case
         Iraq Iraq PROPN _ 3 nmod
         . . PUNCT _ 2 punct",
        &[],
    );
}

#[test]
fn a_main_verb_parsed_as_a_participle_inside_a_quantity_is_still_the_act() {
    // The parser reads "Thousands of … Kurds protested" as a noun phrase with a participle;
    // the participle is the main verb, the people one actor (a people in a state is the
    // state's), and "students protested" is no "student protest" noun.
    check(
        "Thousands thousand NOUN Number=Plur 0 root
         of of ADP _ 4 case
         Iraqi Iraqi ADJ _ 4 amod
         Kurds Kurd PROPN Number=Plur 1 nmod
         protested protest VERB Tense=Past|VerbForm=Part 4 acl
         against against ADP _ 8 case
         the the DET _ 8 det
         government government NOUN Number=Sing 5 obl
         . . PUNCT _ 1 punct",
        // "the government" names no country here: the protesters' own is implied.
        &["IRQ 141 IRQGOV"],
    );
    check(
        "Serbian Serbian ADJ _ 2 amod
         students student NOUN Number=Plur 3 nsubj
         protested protest VERB Tense=Past|VerbForm=Fin 0 root
         in in ADP _ 5 case
         Belgrade Belgrade PROPN _ 3 obl
         . . PUNCT _ 3 punct",
        &["SRBEDU 141 SRBGOV"],
    );
}

#[test]
fn being_opposed_to_is_a_stance_of_the_subject_and_agents_take_a_throughout_country() {
    check(
        "Israel Israel PROPN _ 3 nsubj:pass
         is be AUX _ 3 aux:pass
         opposed oppose VERB Tense=Past|VerbForm=Part|Voice=Pass 0 root
         to to ADP _ 6 case
         French French ADJ _ 6 amod
         mediation mediation NOUN Number=Sing 3 obl
         . . PUNCT _ 3 punct",
        &["ISR 126 FRA"],
    );
    check(
        "Students student NOUN Number=Plur 4 nsubj
         throughout throughout ADP _ 3 case
         Indonesia Indonesia PROPN _ 1 nmod
         staged stage VERB Tense=Past|VerbForm=Fin 0 root
         demonstrations demonstration NOUN Number=Plur 4 obj
         . . PUNCT _ 4 punct",
        // A domestic protest with no one named is addressed to the protesters' government.
        &["IDNEDU 141 IDNGOV"],
    );
}

#[test]
fn a_refusal_above_an_offer_refuses_the_act_and_lends_its_subject() {
    check(
        "Iran Iran PROPN _ 2 nsubj
         refused refuse VERB Tense=Past|VerbForm=Fin 0 root
         to to PART _ 4 mark
         offer offer VERB VerbForm=Inf 2 xcomp
         to to PART _ 6 mark
         mediate mediate VERB VerbForm=Inf 4 xcomp
         between between ADP _ 8 case
         Iraq Iraq PROPN _ 6 obl
         and and CCONJ _ 10 cc
         Syria Syria PROPN _ 8 conj
         . . PUNCT _ 2 punct",
        &["IRN 125 IRQ", "IRN 125 SYR"],
    );
}

#[test]
fn a_complaint_targets_what_it_is_about_and_an_agent_is_no_pattern_object() {
    check(
        "Lebanon Lebanon PROPN _ 2 nsubj
         complained complain VERB Tense=Past|VerbForm=Fin 0 root
         to to ADP _ 6 case
         the the DET _ 6 det
         United United ADJ _ 6 amod
         Nations Nations PROPN _ 2 obl
         about about ADP _ 9 case
         Israeli Israeli ADJ _ 9 amod
         raids raid NOUN Number=Plur 2 obl
         . . PUNCT _ 2 punct",
        // The raids are reported too, as an event of their own.
        &["LBN 114 ISR", "ISR 190 -"],
    );
    // "imposed by the United States" is not "impose state" (of emergency).
    check(
        "Curbs curb NOUN Number=Plur 2 nsubj:pass
         imposed impose VERB Tense=Past|VerbForm=Part|Voice=Pass 0 root
         by by ADP _ 5 case
         the the DET _ 5 det
         States States PROPN _ 2 obl:agent
         . . PUNCT _ 2 punct",
        &[],
    );
}

#[test]
fn a_threat_embedded_lower_still_threatens_its_condition_subject() {
    check(
        "Russia Russia PROPN _ 2 nsubj
         threatened threaten VERB Tense=Past|VerbForm=Fin 0 root
         to to PART _ 4 mark
         stop stop VERB VerbForm=Inf 2 xcomp
         talks talk NOUN Number=Plur 4 obj
         to to PART _ 7 mark
         reduce reduce VERB VerbForm=Inf 4 advcl
         arms arm NOUN Number=Plur 7 obj
         if if SCONJ _ 12 mark
         the the DET _ 11 det
         Americans American PROPN Number=Plur 12 nsubj
         deploy deploy VERB VerbForm=Fin 7 advcl
         missiles missile NOUN Number=Plur 12 obj
         . . PUNCT _ 2 punct",
        &["RUS 134 USA"],
    );
}

#[test]
fn a_protest_against_no_one_named_targets_the_own_government_but_not_abroad() {
    check(
        "Algerian Algerian ADJ _ 2 amod
         landowners landowner NOUN Number=Plur 3 nsubj
         began begin VERB Tense=Past|VerbForm=Fin 0 root
         a a DET _ 6 det
         hunger hunger NOUN Number=Sing 6 compound
         strike strike NOUN Number=Sing 3 obj
         . . PUNCT _ 3 punct",
        &["DZAAGR 142 DZAGOV"],
    );
    // A named target stays; a group that is no state gets no implied target.
    check(
        "Kurdish Kurdish ADJ _ 2 amod
         protesters protester NOUN Number=Plur 3 nsubj
         rallied rally VERB Tense=Past|VerbForm=Fin 0 root
         against against ADP _ 6 case
         the the DET _ 6 det
         government government NOUN Number=Sing 3 obl
         . . PUNCT _ 3 punct",
        &["KUROPP 141 -"],
    );
}

#[test]
fn rebels_saying_the_government_must_act_demand_and_what_follows_a_must_is_not_done() {
    check(
        "Rwandan Rwandan ADJ _ 2 amod
         rebels rebel NOUN Number=Plur 3 nsubj
         announced announce VERB Tense=Past|VerbForm=Fin 0 root
         that that SCONJ _ 8 mark
         Rwanda's Rwanda PROPN _ 6 nmod:poss
         government government NOUN Number=Sing 8 nsubj
         must must AUX VerbForm=Fin 8 aux
         release release VERB VerbForm=Inf 3 ccomp
         prisoners prisoner NOUN Number=Plur 8 obj
         before before SCONJ _ 12 mark
         they they PRON _ 12 nsubj
         demobilize demobilize VERB VerbForm=Inf 8 advcl
         . . PUNCT _ 3 punct",
        &["RWAREB 1053 RWAGOV"],
    );
}

#[test]
fn an_ethnic_group_counts_as_the_state_it_lives_in_and_protest_abroad_implies_no_target() {
    check(
        "Ethnic ethnic ADJ _ 2 amod
         Albanians Albanian PROPN Number=Plur 5 nsubj
         in in ADP _ 4 case
         Macedonia Macedonia PROPN _ 2 nmod
         protested protest VERB Tense=Past|VerbForm=Fin 0 root
         . . PUNCT _ 5 punct",
        &["MKD 141 MKDGOV"],
    );
    check(
        "Albanians Albanian PROPN Number=Plur 4 nsubj
         in in ADP _ 3 case
         Macedonia Macedonia PROPN _ 1 nmod
         protested protest VERB Tense=Past|VerbForm=Fin 0 root
         . . PUNCT _ 4 punct",
        &["ALB 141 -"],
    );
}

#[test]
fn an_auxiliary_of_the_first_conjunct_covers_the_second() {
    // "would" on "use" covers "work … to expel": the expulsion is a threat, not done.
    check(
        "Britain Britain PROPN _ 3 nsubj
         would would AUX VerbForm=Fin 3 aux
         use use VERB VerbForm=Inf 0 root
         diplomacy diplomacy NOUN Number=Sing 3 obj
         and and CCONJ _ 6 cc
         work work VERB VerbForm=Inf 3 conj
         to to PART _ 8 mark
         expel expel VERB VerbForm=Inf 6 advcl
         Iranian Iranian ADJ _ 10 amod
         diplomats diplomat NOUN Number=Plur 8 obj
         . . PUNCT _ 3 punct",
        &["GBR 1313 IRNGOV"],
    );
}

#[test]
fn a_plural_the_lemmatizer_got_wrong_still_matches_its_pattern() {
    check(
        "Washington Washington PROPN _ 2 nsubj
         lifted lift VERB Tense=Past|VerbForm=Fin 0 root
         embargoes embargoe NOUN Number=Plur 2 obj
         on on ADP _ 5 case
         Cuba Cuba PROPN _ 3 nmod
         . . PUNCT _ 2 punct",
        &["USAGOV 085 CUB"],
    );
}

#[test]
fn a_duration_of_an_act_is_the_act() {
    check(
        "Israel Israel PROPN _ 2 nsubj
         launched launch VERB Tense=Past|VerbForm=Fin 0 root
         three three NUM _ 4 nummod
         days day NOUN Number=Plur 2 obj
         of of ADP _ 6 case
         airstrikes airstrike NOUN Number=Plur 4 nmod
         on on ADP _ 8 case
         Gaza Gaza PROPN _ 6 nmod
         . . PUNCT _ 2 punct",
        &["ISR 195 PSE"],
    );
}

#[test]
fn a_stated_conditional_act_is_a_threat_but_a_writers_hypothetical_is_nothing() {
    check(
        "Turkey Turkey PROPN _ 2 nsubj
         said say VERB Tense=Past|VerbForm=Fin 0 root
         it it PRON _ 5 nsubj
         would would AUX VerbForm=Fin 5 aux
         impose impose VERB VerbForm=Inf 2 ccomp
         sanctions sanction NOUN Number=Plur 5 obj
         on on ADP _ 8 case
         Greece Greece PROPN _ 5 obl
         unless unless SCONJ _ 11 mark
         Athens Athens PROPN _ 11 nsubj
         withdraws withdraw VERB Tense=Pres|VerbForm=Fin 5 advcl
         . . PUNCT _ 2 punct",
        &["TUR 1312 GRC"],
    );
}

#[test]
fn an_act_that_goes_on_or_breaks_out_is_reported_and_between_names_both_sides() {
    check(
        "Palestinian Palestinian ADJ _ 2 amod
         riots riot NOUN Number=Plur 5 nsubj
         are be AUX _ 5 aux
         still still ADV _ 5 advmod
         continuing continue VERB VerbForm=Ger 0 root
         . . PUNCT _ 5 punct",
        &["PSE 145 -"],
    );
    check(
        "Clashes clash NOUN Number=Plur 6 nsubj
         between between ADP _ 3 case
         Armenia Armenia PROPN _ 1 nmod
         and and CCONJ _ 5 cc
         Azerbaijan Azerbaijan PROPN _ 3 conj
         broke break VERB Tense=Past|VerbForm=Fin 0 root
         out out ADP _ 6 compound:prt
         . . PUNCT _ 6 punct",
        &["ARM 190 AZE"],
    );
    // Riots that may continue are not reported as happening.
    check(
        "Palestinian Palestinian ADJ _ 2 amod
         riots riot NOUN Number=Plur 4 nsubj
         may may AUX VerbForm=Fin 4 aux
         continue continue VERB VerbForm=Inf 0 root
         . . PUNCT _ 4 punct",
        &[],
    );
}

#[test]
fn a_possibility_above_an_act_is_no_act_and_being_happy_to_meet_is_an_intent() {
    check(
        "Russia Russia PROPN _ 3 nsubj
         could could AUX VerbForm=Fin 3 aux
         decide decide VERB VerbForm=Inf 0 root
         to to PART _ 5 mark
         attack attack VERB VerbForm=Inf 3 xcomp
         Ukraine Ukraine PROPN _ 5 obj
         . . PUNCT _ 3 punct",
        &[],
    );
    check(
        "Russia Russia PROPN _ 3 nsubj
         is be AUX _ 3 cop
         happy happy ADJ _ 0 root
         to to PART _ 5 mark
         meet meet VERB VerbForm=Inf 3 xcomp
         Ukrainian Ukrainian ADJ _ 7 amod
         officials official NOUN Number=Plur 5 obj
         . . PUNCT _ 3 punct",
        &["RUS 036 UKRGOV"],
    );
}

#[test]
fn a_pronoun_subject_under_a_cue_in_reported_speech_is_the_speaker() {
    check(
        "Iran Iran PROPN _ 2 nsubj
         said say VERB Tense=Past|VerbForm=Fin 0 root
         it it PRON _ 5 nsubj
         was be AUX _ 5 cop
         ready ready ADJ _ 2 ccomp
         to to PART _ 7 mark
         improve improve VERB VerbForm=Inf 5 xcomp
         relations relation NOUN Number=Plur 7 obj
         with with ADP _ 11 case
         Saudi Saudi ADJ _ 11 amod
         Arabia Arabia PROPN _ 8 nmod
         . . PUNCT _ 2 punct",
        &["IRN 032 SAU"],
    );
}

#[test]
fn an_event_noun_as_passive_subject_names_its_own_doer() {
    check(
        "US US PROPN _ 2 compound
         sanctions sanction NOUN Number=Plur 4 nsubj:pass
         were be AUX _ 4 aux:pass
         imposed impose VERB Tense=Past|VerbForm=Part|Voice=Pass 0 root
         on on ADP _ 6 case
         Iran Iran PROPN _ 4 obl
         . . PUNCT _ 4 punct",
        &["USA 163 IRN"],
    );
}

#[test]
fn a_thing_or_someone_elses_act_as_passive_subject_names_no_doer_and_no_plans_is_no_plan() {
    check(
        "US US PROPN _ 2 compound
         troops troop NOUN Number=Plur 4 nsubj:pass
         are be AUX _ 4 aux:pass
         deployed deploy VERB Tense=Past|VerbForm=Part|Voice=Pass 0 root
         in in ADP _ 6 case
         Syria Syria PROPN _ 4 obl
         . . PUNCT _ 4 punct",
        &[],
    );
    check(
        "France France PROPN _ 2 nsubj
         has have VERB Tense=Pres|VerbForm=Fin 0 root
         no no DET _ 4 det
         plans plan NOUN Number=Plur 2 obj
         to to PART _ 6 mark
         support support VERB VerbForm=Inf 4 acl
         Kurdish Kurdish ADJ _ 8 amod
         fighters fighter NOUN Number=Plur 6 obj
         . . PUNCT _ 2 punct",
        &[],
    );
}

#[test]
fn holding_someone_responsible_is_an_accusation_in_both_parses() {
    check(
        "Israel Israel PROPN _ 2 nsubj
         held hold VERB Tense=Past|VerbForm=Fin 0 root
         Syria Syria PROPN _ 2 obj
         responsible responsible ADJ _ 2 xcomp
         . . PUNCT _ 2 punct",
        &["ISR 112 SYR"],
    );
    check(
        "Iran Iran PROPN _ 2 nsubj
         holds hold VERB Tense=Pres|VerbForm=Fin 0 root
         Washington Washington PROPN _ 4 nsubj
         responsible responsible ADJ _ 2 xcomp
         . . PUNCT _ 2 punct",
        &["IRN 112 USAGOV"],
    );
}

#[test]
fn a_negated_noun_above_a_relative_clause_negates_nothing_in_it() {
    check(
        "There there PRON _ 2 expl
         was be VERB Tense=Past|VerbForm=Fin 0 root
         no no DET _ 4 det
         distinction distinction NOUN Number=Sing 2 nsubj
         with with ADP _ 6 case
         whom whom PRON PronType=Rel 9 obl
         Ankara Ankara PROPN _ 9 nsubj
         has have AUX _ 9 aux
         fought fight VERB Tense=Past|VerbForm=Part 4 acl:relcl
         . . PUNCT _ 2 punct",
        &["TURGOV 190 -"],
    );
}

#[test]
fn a_negated_secondary_predicate_negates_its_pattern() {
    let tree = |modifier: &str| {
        format!(
            "Iran Iran PROPN _ 2 nsubj
             pleaded plead VERB Tense=Past|VerbForm=Fin 0 root
             {modifier} {modifier} PART _ 4 advmod
             guilty guilty ADJ _ 2 xcomp
             . . PUNCT _ 2 punct"
        )
    };
    check(&tree("formally"), &["IRN 015 -"]);
    check(&tree("not"), &[]);
}

#[test]
fn demonstrating_without_an_object_is_a_protest_and_an_ethnic_group_is_of_the_state_it_acts_in() {
    // The parser hung "in Serbia" on the time phrase; the place still counts.
    check(
        "ethnic ethnic ADJ _ 2 amod
         Albanians Albanian PROPN Number=Plur 3 nsubj
         demonstrated demonstrate VERB Tense=Past|VerbForm=Fin 0 root
         on on ADP _ 5 case
         Tuesday Tuesday PROPN _ 3 obl
         in in ADP _ 7 case
         Serbia Serbia PROPN _ 5 nmod
         . . PUNCT _ 3 punct",
        &["SRB 141 -"],
    );
    check(
        "Iran Iran PROPN _ 2 nsubj
         demonstrated demonstrate VERB Tense=Past|VerbForm=Fin 0 root
         its its PRON _ 4 nmod:poss
         resolve resolve NOUN _ 2 obj
         . . PUNCT _ 2 punct",
        &[],
    );
    check(
        "China China PROPN _ 2 nsubj
         demonstrated demonstrate VERB Tense=Past|VerbForm=Fin 0 root
         that that SCONJ _ 6 mark
         it it PRON _ 6 nsubj
         can can AUX _ 6 aux
         build build VERB VerbForm=Inf 2 ccomp
         ships ship NOUN Number=Plur 6 obj
         . . PUNCT _ 2 punct",
        &[],
    );
}

#[test]
fn a_second_subject_of_the_report_verb_makes_the_participle_the_main_verb() {
    // "Thousands of Kurds demonstrated in Baghdad, witnesses said" with "demonstrated" parsed
    // as a reduced relative and both nouns as subjects of "said".
    check(
        "Thousands thousand NOUN Number=Plur 10 nsubj
         of of ADP _ 3 case
         Kurds Kurd PROPN Number=Plur 1 nmod
         demonstrated demonstrate VERB Tense=Past|VerbForm=Part 3 acl
         in in ADP _ 6 case
         Baghdad Baghdad PROPN _ 4 obl
         , , PUNCT _ 10 punct
         witnesses witness NOUN Number=Plur 10 nsubj
         have have AUX _ 10 aux
         said say VERB Tense=Past|VerbForm=Part 0 root
         . . PUNCT _ 10 punct",
        &["KUR 141 IRQGOV"],
    );
}

#[test]
fn a_light_verbs_compound_event_noun_beats_the_verb_pattern_on_its_head() {
    let tree = |verb: &str, lemma: &str| {
        format!(
            "Algerian Algerian ADJ _ 2 amod
             activists activist NOUN Number=Plur 3 nsubj
             {verb} {lemma} VERB Tense=Past|VerbForm=Fin 0 root
             a a DET _ 6 det
             hunger hunger NOUN _ 6 compound
             strike strike NOUN _ 3 obj
             . . PUNCT _ 3 punct"
        )
    };
    check(&tree("staged", "stage"), &["DZACVL 142 DZAGOV"]);
    check(&tree("completed", "complete"), &["DZACVL 142 DZAGOV"]);
}

#[test]
fn a_refused_offer_names_its_maker_as_target_and_an_offer_from_someone_is_theirs() {
    // "a US offer" with "offer" mis-tagged as a verb and "US" as the object of "rejected".
    check(
        "Palestinians Palestinian PROPN Number=Plur 2 nsubj
         rejected reject VERB Tense=Past|VerbForm=Fin 0 root
         a a DET _ 4 det
         US US PROPN _ 2 obj
         offer offer VERB VerbForm=Inf 2 xcomp
         to to PART _ 7 mark
         host host VERB VerbForm=Inf 5 xcomp
         a a DET _ 9 det
         summit summit NOUN _ 7 obj
         . . PUNCT _ 2 punct",
        &["PSE 125 USA"],
    );
    check(
        "Pakistan Pakistan PROPN _ 2 nsubj
         rejected reject VERB Tense=Past|VerbForm=Fin 0 root
         an a DET _ 4 det
         offer offer NOUN _ 2 obj
         from from ADP _ 6 case
         Afghanistan Afghanistan PROPN _ 4 nmod
         to to PART _ 8 mark
         hold hold VERB VerbForm=Inf 4 acl
         talks talk NOUN Number=Plur 8 obj
         . . PUNCT _ 2 punct",
        &["PAK 120 AFG", "AFG 036 -"],
    );
}

#[test]
fn a_pattern_noun_behind_a_preposition_holds_the_target() {
    check(
        "Iran Iran PROPN _ 2 nsubj
         called call VERB Tense=Past|VerbForm=Fin 0 root
         for for ADP _ 4 case
         sanctions sanction NOUN Number=Plur 2 obl
         against against ADP _ 6 case
         Israel Israel PROPN _ 4 nmod
         . . PUNCT _ 2 punct",
        &["IRN 113 ISR"],
    );
}

#[test]
fn an_alleged_act_is_the_act_and_a_means_of_violence_names_it() {
    let tree = |adverb: &str, verb: &str, lemma: &str, noun: &str| {
        format!(
            "Syrian Syrian ADJ _ 2 amod
             rebels rebel NOUN Number=Plur 4 nsubj
             {adverb} {adverb} ADV _ 4 advmod
             {verb} {lemma} VERB Tense=Past|VerbForm=Fin 0 root
             a a DET _ 7 det
             {noun} {noun} ADJ _ 7 amod
             attack attack NOUN _ 4 obj
             . . PUNCT _ 4 punct"
        )
    };
    check(
        &tree("allegedly", "mounted", "mount", "chemical"),
        &["SYRREB 2041 -"],
    );
    check(
        &tree("reportedly", "launched", "launch", "new"),
        &["SYRREB 190 -"],
    );
}

#[test]
fn the_doer_of_the_act_an_object_describes_is_the_target() {
    check(
        "Serbian Serbian ADJ _ 2 amod
         police police NOUN _ 3 nsubj
         launched launch VERB Tense=Past|VerbForm=Fin 0 root
         an a DET _ 5 det
         investigation investigation NOUN _ 3 obj
         into into ADP _ 7 case
         crimes crime NOUN Number=Plur 5 nmod
         committed commit VERB Tense=Past|VerbForm=Part 7 acl
         by by ADP _ 11 case
         Croat Croat PROPN _ 11 compound
         forces force NOUN Number=Plur 8 obl:agent
         . . PUNCT _ 3 punct",
        &["SRBCOP 090 HRVMIL"],
    );
}

#[test]
fn a_verb_parsed_as_a_participle_of_a_noun_root_keeps_the_object_hung_on_the_noun() {
    check(
        "A a DET _ 3 det
         Russian Russian ADJ _ 3 amod
         official official NOUN _ 0 root
         offered offer VERB Tense=Past|VerbForm=Part 3 acl
         concessions concession NOUN Number=Plur 3 nmod
         to to ADP _ 7 case
         Japan Japan PROPN _ 4 obl
         . . PUNCT _ 3 punct",
        &["RUSGOV 035 JPN"],
    );
}

#[test]
fn authorities_named_without_a_country_belong_to_the_state_they_coerce_in() {
    let tree = |head: &str, lemma: &str, verb: &str, verb_lemma: &str| {
        format!(
            "The the DET _ 2 det
             {head} {lemma} NOUN _ 3 nsubj
             {verb} {verb_lemma} VERB Tense=Past|VerbForm=Fin 0 root
             a a DET _ 5 det
             state state NOUN _ 3 obj
             of of ADP _ 7 case
             siege siege NOUN _ 5 nmod
             in in ADP _ 9 case
             Haiti Haiti PROPN _ 7 nmod
             . . PUNCT _ 3 punct"
        )
    };
    check(
        &tree("government", "government", "declared", "declare"),
        &["HTIGOV 1724 HTI"],
    );
    // Not for a group with no state, and not for acts that are not an authority's.
    check(&tree("rebels", "rebel", "declared", "declare"), &[]);
    check(
        &tree("government", "government", "welcomed", "welcome"),
        &[],
    );
}

#[test]
fn no_longer_negates_and_an_event_noun_targets_its_nearest_named_party() {
    check(
        "Iran Iran PROPN _ 4 nsubj
         would would AUX _ 4 aux
         still still ADV _ 4 advmod
         demand demand VERB VerbForm=Inf 0 root
         talks talk NOUN Number=Plur 4 obj
         . . PUNCT _ 4 punct",
        &["IRN 108 -"],
    );
    check(
        "Iran Iran PROPN _ 5 nsubj
         would would AUX _ 5 aux
         no no ADV _ 4 advmod
         longer long ADV _ 5 advmod
         demand demand VERB VerbForm=Inf 0 root
         talks talk NOUN Number=Plur 5 obj
         . . PUNCT _ 5 punct",
        &[],
    );
    check(
        "US US PROPN _ 2 compound
         sanctions sanction NOUN Number=Plur 0 root
         on on ADP _ 4 case
         Iran Iran PROPN _ 2 nmod
         and and CCONJ _ 6 cc
         subservience subservience NOUN _ 4 conj
         towards towards ADP _ 8 case
         Israel Israel PROPN _ 2 nmod
         . . PUNCT _ 2 punct",
        &["USA 163 IRN"],
    );
}

#[test]
fn an_oblique_noun_is_a_patterns_object_only_through_the_patterns_preposition() {
    check(
        "Bosnia Bosnia PROPN _ 2 nsubj
         agreed agree VERB Tense=Past|VerbForm=Fin 0 root
         to to ADP _ 5 case
         a a DET _ 5 det
         ceasefire ceasefire NOUN _ 2 obl
         . . PUNCT _ 2 punct",
        &["BIH 0356 -"],
    );
    // "took up a radio in a village" is no `take village`.
    check(
        "Iraq Iraq PROPN _ 2 nsubj
         took take VERB Tense=Past|VerbForm=Fin 0 root
         up up ADP _ 2 compound:prt
         a a DET _ 5 det
         radio radio NOUN _ 2 obj
         in in ADP _ 8 case
         a a DET _ 8 det
         village village NOUN _ 2 obl
         . . PUNCT _ 2 punct",
        &[],
    );
}

#[test]
fn forces_one_moves_are_no_target_and_announcing_an_investigation_is_no_threat() {
    check(
        "Russia Russia PROPN _ 2 nsubj
         withdrew withdraw VERB Tense=Past|VerbForm=Fin 0 root
         Russian Russian ADJ _ 4 amod
         troops troop NOUN Number=Plur 2 obj
         . . PUNCT _ 2 punct",
        &["RUS 0874 -"],
    );
    check(
        "France France PROPN _ 3 nsubj
         will will AUX _ 3 aux
         investigate investigate VERB VerbForm=Inf 0 root
         the the DET _ 5 det
         attack attack NOUN _ 3 obj
         . . PUNCT _ 3 punct",
        &["FRA 093 -"],
    );
}

#[test]
fn going_to_is_an_intention_and_a_retreat_targets_the_place_left() {
    let tree = |aux: &str, verb: &str, lemma: &str, feats: &str| {
        format!(
            "Russia Russia PROPN _ 3 nsubj
             {aux} be AUX _ 3 aux
             {verb} {lemma} VERB {feats} 0 root
             to to PART _ 5 mark
             withdraw withdraw VERB VerbForm=Inf 3 xcomp
             its its PRON _ 7 nmod:poss
             troops troop NOUN Number=Plur 5 obj
             from from ADP _ 9 case
             Syria Syria PROPN _ 5 obl
             . . PUNCT _ 3 punct"
        )
    };
    check(
        &tree("is", "going", "go", "VerbForm=Ger"),
        &["RUS 0356 SYR"],
    );
    check(
        &tree("has", "decided", "decide", "Tense=Past|VerbForm=Part"),
        &["RUS 0874 SYR"],
    );
}

#[test]
fn protesters_are_of_the_state_they_protest_in_and_a_purpose_clause_is_not_what_is_refused() {
    // "block" is a refusal cue ("blocked the resolution"); with an object, the "to" clause is
    // the purpose of blocking, not the thing refused.
    check(
        "Protesters protester NOUN Number=Plur 2 nsubj
         blocked block VERB Tense=Past|VerbForm=Fin 0 root
         streets street NOUN Number=Plur 2 obj
         in in ADP _ 5 case
         Kenya Kenya PROPN _ 2 obl
         to to PART _ 7 mark
         demand demand VERB VerbForm=Inf 2 advcl
         reforms reform NOUN Number=Plur 7 obj
         . . PUNCT _ 2 punct",
        &["KENOPP 144 KEN"],
    );
}

#[test]
fn withdrawing_peacekeepers_is_withdrawing_them_and_under_a_condition_a_threat() {
    check(
        "Nigeria Nigeria PROPN _ 2 nsubj
         withdrew withdraw VERB Tense=Past|VerbForm=Fin 0 root
         its its PRON _ 5 nmod:poss
         peacekeeping peacekeeping NOUN _ 5 compound
         force force NOUN _ 2 obj
         from from ADP _ 7 case
         Chad Chad PROPN _ 2 obl
         . . PUNCT _ 2 punct",
        &["NGA 1661 TCD"],
    );
}

#[test]
fn a_force_led_by_a_state_is_the_states_but_one_backed_by_it_is_not() {
    let tree = |participle: &str, lemma: &str| {
        format!(
            "The the DET _ 5 det
             US US PROPN _ 4 obl:unmarked
             - - PUNCT _ 2 punct
             {participle} {lemma} VERB Tense=Past|VerbForm=Part 5 amod
             coalition coalition NOUN _ 6 nsubj
             bombed bomb VERB Tense=Past|VerbForm=Fin 0 root
             Syrian Syrian ADJ _ 8 amod
             positions position NOUN Number=Plur 6 obj
             . . PUNCT _ 6 punct"
        )
    };
    check(&tree("led", "lead"), &["USA 195 SYR"]);
    check(&tree("backed", "back"), &[]);
}

#[test]
fn over_read_as_more_than_on_an_oblique_is_still_its_preposition() {
    check(
        "Lebanon Lebanon PROPN _ 2 nsubj
         complained complain VERB Tense=Past|VerbForm=Fin 0 root
         to to ADP _ 5 case
         the the DET _ 5 det
         UN UN PROPN _ 2 obl
         over over ADV _ 7 advmod
         two two NUM _ 10 nummod
         Israeli Israeli ADJ _ 10 amod
         air air NOUN _ 10 compound
         raids raid NOUN Number=Plur 2 obl
         . . PUNCT _ 2 punct",
        &["LBN 114 ISR", "ISR 195 -"],
    );
}

#[test]
fn a_when_clause_in_the_present_is_a_general_rule_not_a_report() {
    let tree = |verb: &str, feats: &str| {
        format!(
            "When when ADV _ 3 advmod
             Russia Russia PROPN _ 3 nsubj
             {verb} attack VERB {feats} 7 advcl
             Ukraine Ukraine PROPN _ 3 obj
             , , PUNCT _ 3 punct
             Europe Europe PROPN _ 7 nsubj
             suffers suffer VERB Tense=Pres|VerbForm=Fin 0 root
             . . PUNCT _ 7 punct"
        )
    };
    check(&tree("attacks", "Tense=Pres|VerbForm=Fin"), &[]);
    check(
        &tree("attacked", "Tense=Past|VerbForm=Fin"),
        &["RUS 190 UKR"],
    );
}

#[test]
fn a_participle_with_an_agent_is_passive_and_its_noun_is_the_target() {
    // "Kurdish militias backed by the US swept through Raqqa" parsed with a noun root.
    check(
        "Kurdish Kurdish ADJ _ 2 amod
         militias militia NOUN Number=Plur 0 root
         backed back VERB Tense=Past|VerbForm=Part 2 acl
         by by ADP _ 5 case
         Russia Russia PROPN _ 3 obl:agent
         . . PUNCT _ 2 punct",
        &["RUS 051 KURUAF"],
    );
}

#[test]
fn someone_elses_speculation_about_a_hostile_act_is_no_threat() {
    let tree = |speaker: &str, lemma: &str, upos: &str| {
        format!(
            "{speaker} {lemma} {upos} _ 2 nsubj
             said say VERB Tense=Past|VerbForm=Fin 0 root
             Russia Russia PROPN _ 5 nsubj
             might might AUX _ 5 aux
             attack attack VERB VerbForm=Inf 2 ccomp
             Ukraine Ukraine PROPN _ 5 obj
             . . PUNCT _ 2 punct"
        )
    };
    check(&tree("analysts", "analyst", "NOUN"), &[]);
    check(&tree("Moscow", "Moscow", "PROPN"), &["RUS 1384 UKR"]);
}

#[test]
fn hoping_someone_else_acts_is_a_wish_but_pledging_ones_own_act_is_an_intent() {
    let tree = |subject: &str, lemma: &str, cue: &str, cue_lemma: &str| {
        format!(
            "Russia Russia PROPN _ 2 nsubj
             {cue} {cue_lemma} VERB Tense=Past|VerbForm=Fin 0 root
             that that SCONJ _ 6 mark
             {subject} {lemma} PROPN _ 6 nsubj
             would would AUX _ 6 aux
             provide provide VERB VerbForm=Inf 2 ccomp
             aid aid NOUN _ 6 obj
             . . PUNCT _ 2 punct"
        )
    };
    check(&tree("China", "China", "hoped", "hope"), &[]);
    check(
        &tree("Moscow", "Moscow", "pledged", "pledge"),
        &["RUSGOV 033 -"],
    );
}

#[test]
fn a_modal_act_wished_for_or_believed_in_a_complement_is_no_intent_or_threat() {
    let tree = |speaker: &str, verb: &str, lemma: &str| {
        format!(
            "{speaker} {speaker} PRON _ 2 nsubj
             {verb} {lemma} VERB Tense=Pres|VerbForm=Fin 0 root
             the the DET _ 4 det
             US US PROPN _ 6 nsubj
             would would AUX _ 6 aux
             work work VERB VerbForm=Inf 2 ccomp
             to to PART _ 8 mark
             expel expel VERB VerbForm=Inf 6 advcl
             Iran Iran PROPN _ 8 obj
             . . PUNCT _ 2 punct"
        )
    };
    check(&tree("I", "hope", "hope"), &[]);
    check(&tree("they", "believe", "believe"), &[]);
}

#[test]
fn a_nationality_beats_a_possessive_and_people_in_a_capital_keep_their_own_sector() {
    check(
        "The the DET _ 3 det
         Saudi Saudi ADJ _ 3 amod
         minister minister NOUN _ 4 nsubj
         met meet VERB Tense=Past|VerbForm=Fin 0 root
         his his PRON _ 7 nmod:poss
         Iranian Iranian ADJ _ 7 amod
         counterpart counterpart NOUN _ 4 obj
         . . PUNCT _ 4 punct",
        &["SAUGOV 040 IRN"],
    );
    check(
        "Protesters protester NOUN Number=Plur 4 nsubj
         in in ADP _ 3 case
         Tehran Tehran PROPN _ 1 nmod
         burned burn VERB Tense=Past|VerbForm=Fin 0 root
         American American ADJ _ 6 amod
         flags flag NOUN Number=Plur 4 obj
         . . PUNCT _ 4 punct",
        &["IRNOPP 141 USA"],
    );
}

#[test]
fn an_irregular_past_under_a_present_tag_and_a_particle_hung_on_the_object_still_match() {
    // "shot" tagged VBP keeps the lemma "shot"; "down" attached to the object.
    check(
        "Ukrainian Ukrainian ADJ _ 2 amod
         forces force NOUN Number=Plur 3 nsubj
         shot shot VERB Tense=Pres|VerbForm=Fin 0 root
         down down ADV _ 6 advmod
         Russian Russian ADJ _ 6 amod
         drones drone NOUN Number=Plur 3 obj
         . . PUNCT _ 3 punct",
        &["UKRMIL 190 RUSMIL"],
    );
}

#[test]
fn using_an_event_noun_is_the_act() {
    check(
        "Greek Greek ADJ _ 2 amod
         police police NOUN _ 3 nsubj
         used use VERB Tense=Past|VerbForm=Fin 0 root
         tear tear NOUN _ 5 compound
         gas gas NOUN _ 3 obj
         against against ADP _ 7 case
         Turks Turk PROPN Number=Plur 3 obl
         . . PUNCT _ 3 punct",
        &["GRCCOP 175 TUR"],
    );
}

#[test]
fn an_office_named_without_a_country_in_a_domestic_demand_is_the_own_states() {
    check(
        "Armenian Armenian ADJ _ 2 amod
         protesters protester NOUN Number=Plur 3 nsubj
         demanded demand VERB Tense=Past|VerbForm=Fin 0 root
         the the DET _ 5 det
         resignation resignation NOUN _ 3 obj
         of of ADP _ 9 case
         the the DET _ 9 det
         prime prime ADJ _ 9 amod
         minister minister NOUN _ 5 nmod
         . . PUNCT _ 3 punct",
        &["ARMOPP 1041 ARMGOV"],
    );
}

#[test]
fn a_phrase_hung_on_a_time_belongs_to_the_verb_and_denying_an_act_is_no_refusal() {
    // "spoke on Thursday with Xi" parsed as "Thursday with Xi".
    check(
        "Biden Biden PROPN _ 2 nsubj
         spoke speak VERB Tense=Past|VerbForm=Fin 0 root
         on on ADP _ 4 case
         Thursday Thursday PROPN _ 2 obl
         with with ADP _ 7 case
         Chinese Chinese ADJ _ 7 amod
         officials official NOUN Number=Plur 4 nmod
         . . PUNCT _ 2 punct",
        &["USAGOV 040 CHNGOV"],
    );
    check(
        "Iran Iran PROPN _ 2 nsubj
         denied deny VERB Tense=Past|VerbForm=Fin 0 root
         sending send VERB VerbForm=Ger 2 xcomp
         weapons weapon NOUN Number=Plur 3 obj
         to to ADP _ 6 case
         Syria Syria PROPN _ 3 obl
         . . PUNCT _ 2 punct",
        &[],
    );
}

#[test]
fn people_named_without_a_country_who_use_force_somewhere_are_of_that_state() {
    check(
        "Rebels rebel NOUN Number=Plur 2 nsubj
         kidnapped kidnap VERB Tense=Past|VerbForm=Fin 0 root
         three three NUM _ 6 nummod
         French French ADJ _ 6 amod
         aid aid NOUN _ 6 compound
         workers worker NOUN Number=Plur 2 obj
         in in ADP _ 9 case
         northern northern ADJ _ 9 amod
         Mali Mali PROPN _ 6 nmod
         . . PUNCT _ 2 punct",
        &["MLIREB 181 FRANGO"],
    );
    // An invader is foreign to the place; "the country's military" is someone's.
    check(
        "Soldiers soldier NOUN Number=Plur 2 nsubj
         invaded invade VERB Tense=Past|VerbForm=Fin 0 root
         an a DET _ 4 det
         enclave enclave NOUN _ 2 obj
         in in ADP _ 6 case
         Syria Syria PROPN _ 4 nmod
         . . PUNCT _ 2 punct",
        &[],
    );
    check(
        "the the DET _ 2 det
         country country NOUN _ 4 nmod:poss
         's 's PART _ 2 case
         military military NOUN _ 5 nsubj
         attacked attack VERB Tense=Past|VerbForm=Fin 0 root
         rebels rebel NOUN Number=Plur 5 obj
         in in ADP _ 8 case
         Syria Syria PROPN _ 5 obl
         . . PUNCT _ 5 punct",
        &[],
    );
}

#[test]
fn a_town_from_the_gazetteer_places_the_act_and_the_people_it_is_done_to() {
    check_with_places(
        "Soldiers soldier NOUN Number=Plur 2 nsubj
         opened open VERB Tense=Past|VerbForm=Fin 0 root
         fire fire NOUN _ 2 obj
         on on ADP _ 5 case
         demonstrators demonstrator NOUN Number=Plur 3 nmod
         in in ADP _ 7 case
         Yangon Yangon PROPN _ 2 obl
         . . PUNCT _ 2 punct",
        &[("Yangon", "MMR")],
        &["MMRMIL 193 MMROPP"],
    );
    // Without the gazetteer's word nothing places the soldiers.
    check(
        "Soldiers soldier NOUN Number=Plur 2 nsubj
         opened open VERB Tense=Past|VerbForm=Fin 0 root
         fire fire NOUN _ 2 obj
         on on ADP _ 5 case
         demonstrators demonstrator NOUN Number=Plur 3 nmod
         in in ADP _ 7 case
         Yangon Yangon PROPN _ 2 obl
         . . PUNCT _ 2 punct",
        &[],
    );
    // The place of the act's purpose.
    check_with_places(
        "Police police NOUN _ 2 nsubj
         used use VERB Tense=Past|VerbForm=Fin 0 root
         tear tear NOUN _ 4 compound
         gas gas NOUN _ 2 obj
         to to PART _ 6 mark
         disperse disperse VERB VerbForm=Inf 2 advcl
         protesters protester NOUN Number=Plur 6 obj
         in in ADP _ 9 case
         Mombasa Mombasa PROPN _ 6 obl
         . . PUNCT _ 2 punct",
        &[("Mombasa", "KEN")],
        &["KENCOP 175 KENOPP"],
    );
}

#[test]
fn police_and_courts_coercing_people_named_without_a_country_act_at_home() {
    check(
        "Turkish Turkish ADJ _ 2 amod
         police police NOUN _ 3 nsubj
         prevented prevent VERB Tense=Past|VerbForm=Fin 0 root
         the the DET _ 5 det
         demonstration demonstration NOUN _ 3 obj
         staged stage VERB Tense=Past|VerbForm=Part|Voice=Pass 5 acl
         by by ADP _ 8 case
         students student NOUN Number=Plur 6 obl:agent
         . . PUNCT _ 3 punct",
        &["TURCOP 1721 TUREDU"],
    );
    check(
        "Chinese Chinese ADJ _ 2 amod
         authorities authority NOUN Number=Plur 3 nsubj
         detained detain VERB Tense=Past|VerbForm=Fin 0 root
         dozens dozen NOUN Number=Plur 3 obj
         of of ADP _ 6 case
         activists activist NOUN Number=Plur 4 nmod
         . . PUNCT _ 3 punct",
        &["CHNGOV 173 CHNCVL"],
    );
    // Not an army: "Israeli troops killed militants" names no Israeli militants.
    check(
        "Israeli Israeli ADJ _ 2 amod
         troops troops NOUN Number=Plur 3 nsubj
         killed kill VERB Tense=Past|VerbForm=Fin 0 root
         three three NUM _ 5 nummod
         militants militant NOUN Number=Plur 3 obj
         . . PUNCT _ 3 punct",
        &["ISRMIL 190 -"],
    );
}

#[test]
fn a_demand_whose_that_clause_lost_its_verb_addresses_the_first_actor_after_that() {
    // The tagger read the bare verb "renounce" as a noun, so the clause has no verb.
    check(
        "Washington Washington PROPN _ 2 nsubj
         demanded demand VERB Tense=Past|VerbForm=Fin 0 root
         that that SCONJ _ 5 mark
         Hamas Hamas PROPN _ 5 compound
         renounce renounce NOUN _ 2 ccomp
         its its PRON Poss=Yes 8 nmod:poss
         armed armed ADJ _ 8 amod
         struggle struggle NOUN _ 5 nmod
         . . PUNCT _ 2 punct",
        &["USAGOV 100 PSEINS"],
    );
    // With a verb in the clause the tree decides (here the place of the demanded act).
    check(
        "Washington Washington PROPN _ 2 nsubj
         demanded demand VERB Tense=Past|VerbForm=Fin 0 root
         that that SCONJ _ 5 mark
         prices price NOUN Number=Plur 5 nsubj
         fall fall VERB VerbForm=Fin 2 ccomp
         in in ADP _ 7 case
         Iran Iran PROPN _ 5 obl
         . . PUNCT _ 2 punct",
        &["USAGOV 100 IRN"],
    );
}

#[test]
fn engaging_in_an_act_is_the_act_in_either_voice() {
    check(
        "Serb Serb ADJ _ 2 amod
         forces force NOUN Number=Plur 3 nsubj
         engaged engage VERB Tense=Past|VerbForm=Fin 0 root
         in in ADP _ 6 case
         ethnic ethnic ADJ _ 6 amod
         cleansing cleansing NOUN _ 3 obl
         against against ADP _ 8 case
         Albanians Albanian PROPN Number=Plur 6 nmod
         . . PUNCT _ 3 punct",
        &["SRBMIL 203 ALB"],
    );
    // "were engaged in" read as a passive: the subject still does the act.
    check(
        "Serb Serb ADJ _ 2 amod
         forces force NOUN Number=Plur 4 nsubj:pass
         were be AUX _ 4 aux:pass
         engaged engage VERB Tense=Past|VerbForm=Part|Voice=Pass 0 root
         in in ADP _ 7 case
         ethnic ethnic ADJ _ 7 amod
         cleansing cleansing NOUN _ 4 obl
         against against ADP _ 9 case
         Albanians Albanian PROPN Number=Plur 7 nmod
         . . PUNCT _ 4 punct",
        &["SRBMIL 203 ALB"],
    );
}

#[test]
fn a_measure_on_a_trade_names_the_party_of_the_trade() {
    check(
        "The the DET _ 2 det
         EU EU PROPN _ 3 nsubj
         imposed impose VERB Tense=Past|VerbForm=Fin 0 root
         a a DET _ 5 det
         ban ban NOUN _ 3 obj
         on on ADP _ 7 case
         exports export NOUN Number=Plur 5 nmod
         to to ADP _ 9 case
         Iran Iran PROPN _ 7 nmod
         . . PUNCT _ 3 punct",
        &["IGOEU 172 IRN"],
    );
}

#[test]
fn a_prevented_act_and_a_present_habit_are_not_events() {
    // "prevents" read as a noun by the tagger: the clause it governs still did not happen.
    check(
        "the the DET _ 2 det
         presence presence NOUN _ 0 root
         of of ADP _ 5 case
         its its PRON Poss=Yes 5 nmod:poss
         prevents prevent NOUN _ 2 nmod
         Turkey Turkey PROPN _ 8 nsubj
         from from SCONJ _ 8 mark
         invading invade VERB VerbForm=Ger 5 acl
         Syria Syria PROPN _ 8 obj
         . . PUNCT _ 2 punct",
        &[],
    );
    check(
        "The the DET _ 2 det
         UN UN PROPN _ 3 nsubj
         barred bar VERB Tense=Past|VerbForm=Fin 0 root
         Israel Israel PROPN _ 3 obj
         from from SCONJ _ 6 mark
         attacking attack VERB VerbForm=Ger 3 advcl
         Gaza Gaza PROPN _ 6 obj
         . . PUNCT _ 3 punct",
        &["IGOUNO 172 ISR"],
    );
    check(
        "China China PROPN _ 3 nsubj
         often often ADV _ 3 advmod
         criticises criticise VERB Tense=Pres|VerbForm=Fin 0 root
         Japan Japan PROPN _ 3 obj
         . . PUNCT _ 3 punct",
        &[],
    );
    // A habit in the past is a pattern of acts that happened.
    check(
        "Russia Russia PROPN _ 3 nsubj
         always always ADV _ 3 advmod
         backed back VERB Tense=Past|VerbForm=Fin 0 root
         Syria Syria PROPN _ 3 obj
         . . PUNCT _ 3 punct",
        &["RUS 051 SYR"],
    );
}

#[test]
fn an_act_talked_about_is_a_topic_but_one_people_are_angry_about_happened() {
    check(
        "Carter Carter PROPN _ 2 nsubj
         spoke speak VERB Tense=Past|VerbForm=Fin 0 root
         about about ADP _ 6 case
         American American ADJ _ 6 amod
         military military ADJ _ 6 amod
         intervention intervention NOUN _ 2 obl
         . . PUNCT _ 2 punct",
        &[],
    );
    check(
        "Jordan Jordan PROPN _ 3 nsubj
         is be AUX _ 3 cop
         angry angry ADJ _ 0 root
         about about ADP _ 6 case
         US US PROPN _ 6 compound
         recognition recognition NOUN _ 3 obl
         of of ADP _ 8 case
         Jerusalem Jerusalem PROPN _ 6 nmod
         . . PUNCT _ 3 punct",
        &["USA 054 ISRGOV"],
    );
}

#[test]
fn an_event_noun_in_a_clause_that_may_happen_and_an_attitude_are_not_events() {
    check(
        "civilians civilian NOUN Number=Plur 4 nsubj:pass
         might might AUX _ 4 aux
         be be AUX _ 4 aux:pass
         killed kill VERB Tense=Past|VerbForm=Part|Voice=Pass 0 root
         by by ADP _ 7 case
         US US PROPN _ 7 compound
         attack attack NOUN _ 4 obl
         . . PUNCT _ 4 punct",
        &[],
    );
    check(
        "civilians civilian NOUN Number=Plur 3 nsubj:pass
         were be AUX _ 3 aux:pass
         killed kill VERB Tense=Past|VerbForm=Part|Voice=Pass 0 root
         in in ADP _ 7 case
         a a DET _ 7 det
         US US PROPN _ 7 compound
         airstrike airstrike NOUN _ 3 obl
         . . PUNCT _ 3 punct",
        &["USA 195 -"],
    );
    check(
        "given give VERB VerbForm=Part 4 case
         Trump Trump PROPN _ 4 nmod:poss
         's 's PART _ 2 case
         hostility hostility NOUN _ 0 root
         . . PUNCT _ 4 punct",
        &[],
    );
}

#[test]
fn a_meeting_at_an_organisation_is_held_there_not_with_it() {
    // The UN is the venue; a meeting with no one named is not coded.
    check(
        "The the DET _ 2 det
         EU EU PROPN _ 3 nsubj
         hosted host VERB Tense=Past|VerbForm=Fin 0 root
         a a DET _ 5 det
         meeting meeting NOUN _ 3 obj
         at at ADP _ 8 case
         the the DET _ 8 det
         UN UN PROPN _ 3 obl
         . . PUNCT _ 3 punct",
        &[],
    );
}

#[test]
fn warned_off_imminent_and_people_named_for_a_cue_are_not_acts() {
    check(
        "Erdogan Erdogan PROPN _ 2 nsubj
         warned warn VERB Tense=Past|VerbForm=Fin 0 root
         Kurdish Kurdish ADJ _ 4 amod
         activists activist NOUN Number=Plur 2 obj
         against against SCONJ _ 6 mark
         staging stage VERB VerbForm=Ger 2 advcl
         protests protest NOUN Number=Plur 6 obj
         . . PUNCT _ 2 punct",
        // The warning is coded; the protests warned against are not.
        &["TURGOV 130 KURCVL"],
    );
    check(
        "people people NOUN Number=Plur 3 nsubj
         are be AUX _ 3 aux
         bracing brace VERB VerbForm=Ger 0 root
         for for ADP _ 6 case
         imminent imminent ADJ _ 6 amod
         attack attack NOUN _ 3 obl
         by by ADP _ 9 case
         Russian Russian ADJ _ 9 amod
         forces force NOUN Number=Plur 6 nmod
         . . PUNCT _ 3 punct",
        &[],
    );
    // "volunteers" names people, not the act of volunteering to fight.
    check(
        "British British ADJ _ 2 amod
         volunteers volunteer NOUN Number=Plur 0 root
         travelled travel VERB Tense=Past|VerbForm=Part 2 acl
         to to ADP _ 5 case
         Syria Syria PROPN _ 3 obl
         to to PART _ 7 mark
         fight fight VERB VerbForm=Inf 3 advcl
         Isis Isis PROPN _ 7 obj
         . . PUNCT _ 2 punct",
        // Travelling to a country is a visit (042), the fight is the volunteers' own; no
        // intent to fight (036) is read off the noun.
        &["GBRNGO 042 SYR", "GBRNGO 190 IMGISIINS"],
    );
}

#[test]
fn migrants_coerced_by_police_are_not_taken_for_the_states_own() {
    check(
        "Greek Greek ADJ _ 2 amod
         police police NOUN _ 3 nsubj
         used use VERB Tense=Past|VerbForm=Fin 0 root
         tear tear NOUN _ 5 compound
         gas gas NOUN _ 3 obj
         against against ADP _ 7 case
         migrants migrant NOUN Number=Plur 3 obl
         . . PUNCT _ 3 punct",
        &["GRCCOP 175 -"],
    );
}

#[test]
fn giving_in_needs_to_whom_not_a_place() {
    check(
        "Iran Iran PROPN _ 2 nsubj
         gave give VERB Tense=Past|VerbForm=Fin 0 root
         in in ADP _ 6 case
         to to ADP _ 6 case
         US US PROPN _ 6 compound
         pressure pressure NOUN _ 2 obl
         . . PUNCT _ 2 punct",
        &["IRN 080 USA"],
    );
    // "a speech he gave in Riyadh" yields nothing.
    check(
        "he he PRON _ 2 nsubj
         gave give VERB Tense=Past|VerbForm=Fin 0 root
         a a DET _ 4 det
         speech speech NOUN _ 2 obj
         in in ADP _ 6 case
         Riyadh Riyadh PROPN _ 2 obl
         . . PUNCT _ 2 punct",
        &[],
    );
}

#[test]
fn what_may_happen_to_someone_is_speculation_and_a_clause_warned_against_on_the_object_too() {
    check(
        "civilians civilian NOUN Number=Plur 4 nsubj:pass
         might might AUX _ 4 aux
         be be AUX _ 4 aux:pass
         killed kill VERB Tense=Past|VerbForm=Part|Voice=Pass 0 root
         by by ADP _ 6 case
         US US PROPN _ 4 obl:agent
         . . PUNCT _ 4 punct",
        &[],
    );
    check(
        "Erdogan Erdogan PROPN _ 2 nsubj
         warned warn VERB Tense=Past|VerbForm=Fin 0 root
         Kurdish Kurdish ADJ _ 4 amod
         activists activist NOUN Number=Plur 2 obj
         against against SCONJ _ 6 mark
         staging stage VERB VerbForm=Ger 4 acl
         protests protest NOUN Number=Plur 6 obj
         . . PUNCT _ 2 punct",
        &["TURGOV 130 KURCVL"],
    );
}

#[test]
fn a_promised_act_is_no_act_and_its_doers_are_not_the_promises_target() {
    check(
        "a a DET _ 4 det
         US US PROPN _ 3 compound
         troop troop NOUN _ 4 compound
         withdrawal withdrawal NOUN _ 0 root
         promised promise VERB Tense=Past|VerbForm=Part|Voice=Pass 4 acl
         by by ADP _ 8 case
         Donald Donald PROPN _ 8 compound
         Trump Trump PROPN _ 5 obl:agent
         . . PUNCT _ 4 punct",
        &["USAELI 030 -"],
    );
}

#[test]
fn an_appeal_rejected_by_rebels_is_their_presidents_and_not_their_own() {
    check(
        "Rebels rebel NOUN Number=Plur 4 nsubj
         in in ADP _ 3 case
         Chad Chad PROPN _ 1 nmod
         dismissed dismiss VERB Tense=Past|VerbForm=Fin 0 root
         an a DET _ 6 det
         appeal appeal NOUN _ 4 obj
         from from ADP _ 9 case
         President President PROPN _ 9 nmod:desc
         Idriss Idriss PROPN _ 6 nmod
         Mahamat Mahamat PROPN _ 9 flat
         to to PART _ 12 mark
         lay lay VERB VerbForm=Inf 6 acl
         down down ADP _ 12 compound:prt
         their their PRON Poss=Yes 15 nmod:poss
         arms arm NOUN Number=Plur 12 obj
         . . PUNCT _ 4 punct",
        // The rejection targets Chad's president; the appeal to disarm is not the rebels'.
        &["TCDREB 120 TCDGOV"],
    );
}

#[test]
fn up_to_a_number_is_a_count_not_a_preposition() {
    check(
        "Afghan Afghan ADJ _ 2 amod
         rebels rebel NOUN Number=Plur 3 nsubj
         kidnapped kidnap VERB Tense=Past|VerbForm=Fin 0 root
         up up ADP _ 8 case
         to to ADP _ 6 case
         16 16 NUM _ 8 nummod
         Russian Russian ADJ _ 8 amod
         advisers adviser NOUN Number=Plur 3 obl
         . . PUNCT _ 3 punct",
        &["AFGREB 181 RUSGOV"],
    );
}

#[test]
fn police_firing_to_disperse_demonstrators_fire_on_their_own_people() {
    check(
        "Egyptian Egyptian ADJ _ 2 amod
         police police NOUN _ 3 nsubj
         opened open VERB Tense=Past|VerbForm=Fin 0 root
         fire fire NOUN _ 3 obj
         to to PART _ 6 mark
         disperse disperse VERB VerbForm=Inf 4 acl
         demonstrators demonstrator NOUN Number=Plur 6 obj
         . . PUNCT _ 3 punct",
        &["EGYCOP 193 EGYOPP"],
    );
}

#[test]
fn an_exercise_held_by_two_states_is_a_joint_one() {
    check(
        "French French ADJ _ 4 amod
         and and CCONJ _ 3 cc
         Egyptian Egyptian ADJ _ 1 conj
         warships warship NOUN Number=Plur 5 nsubj
         launched launch VERB Tense=Past|VerbForm=Fin 0 root
         war war NOUN _ 7 compound
         games game NOUN Number=Plur 5 obj
         . . PUNCT _ 5 punct",
        &["EGYMIL 062 FRAMIL", "FRAMIL 062 EGYMIL"],
    );
    check(
        "Russia Russia PROPN _ 2 nsubj
         held hold VERB Tense=Past|VerbForm=Fin 0 root
         military military ADJ _ 4 amod
         exercises exercise NOUN Number=Plur 2 obj
         . . PUNCT _ 2 punct",
        &["RUS 150 -"],
    );
}

#[test]
fn fighting_alongside_someone_somewhere_does_not_fight_the_place() {
    check(
        "British British ADJ _ 2 amod
         women woman NOUN Number=Plur 3 nsubj
         fought fight VERB Tense=Past|VerbForm=Fin 0 root
         with with ADP _ 6 case
         Kurdish Kurdish ADJ _ 6 amod
         units unit NOUN Number=Plur 3 obl
         in in ADP _ 8 case
         Syria Syria PROPN _ 3 obl
         . . PUNCT _ 3 punct",
        &["GBRCVL 190 -"],
    );
    // Nor fighting for a named group somewhere.
    check(
        "British British ADJ _ 2 amod
         recruits recruit NOUN Number=Plur 3 nsubj
         fought fight VERB Tense=Past|VerbForm=Fin 0 root
         for for ADP _ 5 case
         Isis Isis PROPN _ 3 obl
         in in ADP _ 7 case
         Syria Syria PROPN _ 3 obl
         . . PUNCT _ 3 punct",
        &["GBR 190 -"],
    );
}

#[test]
fn a_backer_is_not_the_owner_and_a_bombed_town_is_its_country() {
    // "US-backed fighters" are not American: with no country of their own, no event.
    check(
        "US US PROPN _ 4 compound
         - - PUNCT _ 1 punct
         backed back VERB VerbForm=Part 4 amod
         fighters fighter NOUN Number=Plur 5 nsubj
         captured capture VERB Tense=Past|VerbForm=Fin 0 root
         the the DET _ 7 det
         town town NOUN _ 5 obj
         . . PUNCT _ 5 punct",
        &[],
    );
    check_with_places(
        "Russian Russian ADJ _ 2 amod
         jets jet NOUN Number=Plur 3 nsubj
         bombed bomb VERB Tense=Past|VerbForm=Fin 0 root
         Raqqa Raqqa PROPN _ 3 obj
         . . PUNCT _ 3 punct",
        &[("Raqqa", "SYR")],
        &["RUS 195 SYR"],
    );
}

#[test]
fn a_force_sent_to_fight_someone_targets_them() {
    check(
        "Turkey Turkey PROPN _ 2 nsubj
         sent send VERB Tense=Past|VerbForm=Fin 0 root
         troops troops NOUN Number=Plur 2 obj
         to to PART _ 5 mark
         fight fight VERB VerbForm=Inf 2 advcl
         Isis Isis PROPN _ 5 obj
         . . PUNCT _ 2 punct",
        &["TUR 154 IMGISIINS", "TUR 190 IMGISIINS"],
    );
}

#[test]
fn peoples_of_several_states_and_rebels_seizing_a_town_are_placed_by_the_sentence() {
    check(
        "Hutu Hutu PROPN _ 2 compound
         rebels rebel NOUN Number=Plur 3 nsubj
         attacked attack VERB Tense=Past|VerbForm=Fin 0 root
         Tutsi Tutsi PROPN _ 5 compound
         civilians civilian NOUN Number=Plur 3 obj
         in in ADP _ 7 case
         Burundi Burundi PROPN _ 3 obl
         . . PUNCT _ 3 punct",
        &["BDIREB 182 BDICVL"],
    );
    check(
        "Tuareg Tuareg PROPN _ 2 compound
         rebels rebel NOUN Number=Plur 3 nsubj
         seized seize VERB Tense=Past|VerbForm=Fin 0 root
         the the DET _ 5 det
         town town NOUN _ 3 obj
         in in ADP _ 7 case
         Mali Mali PROPN _ 3 obl
         . . PUNCT _ 3 punct",
        &["MLIREB 192 MLI"],
    );
}

#[test]
fn a_protest_that_goes_on_is_the_protest_and_its_own_protesters_are_no_target() {
    // "their" reads back to the workers: no one acted on, so the protesters' own government.
    check(
        "South South PROPN _ 2 compound
         Korean Korean PROPN _ 3 compound
         workers worker NOUN Number=Plur 4 nsubj
         continued continue VERB Tense=Past|VerbForm=Fin 0 root
         their their PRON Poss=Yes 6 nmod:poss
         strike strike NOUN Number=Sing 4 obj
         on on ADP _ 8 case
         Monday Monday PROPN _ 4 obl
         . . PUNCT _ 4 punct",
        &["KORLAB 143 KORGOV"],
    );
    check(
        "Algerian Algerian ADJ _ 2 amod
         activists activist NOUN Number=Plur 3 nsubj
         continued continue VERB Tense=Past|VerbForm=Fin 0 root
         their their PRON Poss=Yes 6 nmod:poss
         hunger hunger NOUN _ 6 compound
         strike strike NOUN Number=Sing 3 obj
         . . PUNCT _ 3 punct",
        &["DZACVL 142 DZAGOV"],
    );
}

#[test]
fn people_loyal_to_or_fleeing_someone_take_that_country() {
    check(
        "Forces force NOUN Number=Plur 7 nsubj
         loyal loyal ADJ _ 1 amod
         to to ADP _ 4 case
         Bashar Bashar PROPN _ 2 obl
         al al PROPN _ 4 flat
         Assad Assad PROPN _ 4 flat
         shelled shell VERB Tense=Past|VerbForm=Fin 0 root
         rebels rebel NOUN Number=Plur 7 obj
         . . PUNCT _ 7 punct",
        &["SYRMIL 194 -"],
    );
    check(
        "workers worker NOUN Number=Plur 7 nsubj
         affiliated affiliate VERB VerbForm=Part 1 acl
         with with ADP _ 6 case
         the the DET _ 6 det
         Serbian Serbian ADJ _ 6 amod
         union union NOUN _ 2 obl
         stopped stop VERB Tense=Past|VerbForm=Fin 0 root
         work work NOUN _ 7 obj
         . . PUNCT _ 7 punct",
        &["SRBLAB 143 SRBGOV"],
    );
    // Fleeing a state, or what happens in it; not fleeing its army.
    check(
        "Germany Germany PROPN _ 2 nsubj
         admitted admit VERB Tense=Past|VerbForm=Fin 0 root
         refugees refugee NOUN Number=Plur 2 obj
         fleeing flee VERB VerbForm=Ger 3 acl
         the the DET _ 6 det
         war war NOUN _ 4 obj
         in in ADP _ 8 case
         Syria Syria PROPN _ 6 nmod
         . . PUNCT _ 2 punct",
        &["DEU 075 SYRREF"],
    );
    check(
        "Turkey Turkey PROPN _ 2 nsubj
         admitted admit VERB Tense=Past|VerbForm=Fin 0 root
         refugees refugee NOUN Number=Plur 2 obj
         fleeing flee VERB VerbForm=Ger 3 acl
         the the DET _ 7 det
         Syrian Syrian ADJ _ 7 amod
         army army NOUN _ 4 obj
         . . PUNCT _ 2 punct",
        &["TUR 075 -"],
    );
}

#[test]
fn a_particle_read_as_more_than_a_count_is_still_the_verbs() {
    // "over two suspects" parsed as "more than two": the verb's particle all the same.
    check(
        "Libya Libya PROPN _ 2 nsubj
         handed hand VERB Tense=Past|VerbForm=Fin 0 root
         over over ADV _ 4 advmod
         two two NUM _ 5 nummod
         suspects suspect NOUN Number=Plur 2 obj
         to to ADP _ 7 case
         Britain Britain PROPN _ 2 obl
         . . PUNCT _ 2 punct",
        &["LBY 063 GBR"],
    );
}

#[test]
fn the_object_of_a_verb_that_makes_someone_act_does_the_act() {
    check(
        "Russia Russia PROPN _ 2 nsubj
         persuaded persuade VERB Tense=Past|VerbForm=Fin 0 root
         Syria Syria PROPN _ 2 obj
         to to PART _ 5 mark
         attack attack VERB VerbForm=Inf 2 xcomp
         Turkey Turkey PROPN _ 5 obj
         . . PUNCT _ 2 punct",
        &["SYR 190 TUR"],
    );
    // Whom a state backs or trains to act does the act.
    check(
        "Washington Washington PROPN _ 2 nsubj
         backed back VERB Tense=Past|VerbForm=Fin 0 root
         Kurdish Kurdish ADJ _ 4 amod
         fighters fighter NOUN Number=Plur 2 obj
         to to PART _ 6 mark
         attack attack VERB VerbForm=Inf 2 xcomp
         Syria Syria PROPN _ 6 obj
         . . PUNCT _ 2 punct",
        &["USAGOV 051 KURUAF", "KURUAF 190 SYR"],
    );
    // Not with a verb the subject itself acts through ("left Britain to fight" is a purpose).
    check(
        "Russia Russia PROPN _ 2 nsubj
         decided decide VERB Tense=Past|VerbForm=Fin 0 root
         to to PART _ 4 mark
         attack attack VERB VerbForm=Inf 2 xcomp
         Turkey Turkey PROPN _ 4 obj
         . . PUNCT _ 2 punct",
        &["RUS 190 TUR"],
    );
}

#[test]
fn a_supposed_act_and_one_someone_is_unable_to_do_are_not_events() {
    check(
        "There there PRON _ 2 expl
         is be VERB Tense=Pres|VerbForm=Fin 0 root
         speculation speculation NOUN _ 2 nsubj
         that that PRON _ 7 obj
         Russia Russia PROPN _ 7 nsubj
         will will AUX _ 7 aux
         attack attack VERB VerbForm=Inf 3 acl:relcl
         Ukraine Ukraine PROPN _ 7 obj
         . . PUNCT _ 2 punct",
        &[],
    );
    // The same clause reported by a noun of saying stays the act.
    check(
        "Reports report NOUN Number=Plur 9 nsubj:pass
         that that SCONJ _ 5 mark
         Iran Iran PROPN _ 5 nsubj
         had have AUX _ 5 aux
         seized seize VERB Tense=Past|VerbForm=Part 1 acl
         a a DET _ 7 det
         tanker tanker NOUN _ 5 obj
         were be AUX _ 9 aux:pass
         confirmed confirm VERB Tense=Past|VerbForm=Part 0 root
         . . PUNCT _ 9 punct",
        &["IRN 1711 -"],
    );
    check(
        "Britain Britain PROPN _ 3 nsubj
         was be AUX _ 3 cop
         unable unable ADJ _ 0 root
         to to PART _ 5 mark
         provide provide VERB VerbForm=Inf 3 xcomp
         aid aid NOUN _ 5 obj
         to to ADP _ 8 case
         Syria Syria PROPN _ 5 obl
         . . PUNCT _ 3 punct",
        &[],
    );
}

#[test]
fn a_backer_alone_is_no_actor_and_sanctioning_a_move_endorses_it() {
    // "Turkish-backed rebels" with "Turkish" parsed as an agent phrase of its own.
    check(
        "Afrin Afrin PROPN _ 3 nsubj:pass
         was be AUX _ 3 aux:pass
         overrun overrun VERB Tense=Past|VerbForm=Part 0 root
         by by ADP _ 5 case
         Turkish Turkish PROPN _ 3 obl:agent
         - - PUNCT _ 7 punct
         backed back VERB VerbForm=Part 8 amod
         rebels rebel NOUN Number=Plur 3 obl:agent
         . . PUNCT _ 3 punct",
        &[],
    );
    check(
        "The the DET _ 2 det
         move move NOUN _ 5 nsubj:pass
         was be AUX _ 5 aux:pass
         quietly quietly ADV _ 5 advmod
         sanctioned sanction VERB Tense=Past|VerbForm=Part 0 root
         by by ADP _ 7 case
         Moscow Moscow PROPN _ 5 obl:agent
         . . PUNCT _ 5 punct",
        &["RUSGOV 051 -"],
    );
}

#[test]
fn each_people_inside_a_count_is_a_target_unless_the_count_is_named() {
    // "scores of Sierra Leonean and Liberian refugees" with the adjectives read as the nouns.
    check(
        "Guinean Guinean ADJ _ 2 amod
         police police NOUN _ 3 nsubj
         tortured torture VERB Tense=Past|VerbForm=Fin 0 root
         scores score NOUN Number=Plur 3 obj
         of of ADP _ 7 case
         Sierra Sierra PROPN _ 7 compound
         Leonean Leonean PROPN _ 4 nmod
         and and CCONJ _ 9 cc
         Liberian Liberian PROPN _ 7 conj
         . . PUNCT _ 3 punct",
        &["GINCOP 1822 SLE", "GINCOP 1822 LBR"],
    );
    check(
        "Russia Russia PROPN _ 2 nsubj
         attacked attack VERB Tense=Past|VerbForm=Fin 0 root
         the the DET _ 5 det
         Hamas Hamas PROPN _ 5 compound
         group group NOUN _ 2 obj
         of of ADP _ 7 case
         Kurds Kurd PROPN Number=Plur 5 nmod
         . . PUNCT _ 2 punct",
        &["RUS 190 PSEINS"],
    );
}

#[test]
fn people_calling_off_a_protest_somewhere_are_of_that_place() {
    check(
        "Opposition opposition NOUN _ 2 compound
         leaders leader NOUN Number=Plur 3 nsubj
         postponed postpone VERB Tense=Past|VerbForm=Fin 0 root
         the the DET _ 5 det
         demonstration demonstration NOUN _ 3 obj
         in in ADP _ 7 case
         Baku Baku PROPN _ 5 nmod
         . . PUNCT _ 3 punct",
        &["AZEOPP 082 AZEGOV"],
    );
}

#[test]
fn a_bare_verb_in_what_someone_insists_on_is_a_demand() {
    check(
        "Iran Iran PROPN _ 2 nsubj
         insisted insist VERB Tense=Past|VerbForm=Fin 0 root
         that that SCONJ _ 7 mark
         the the DET _ 6 det
         United United PROPN _ 6 compound
         States States PROPN _ 7 nsubj
         release release VERB VerbForm=Inf 2 ccomp
         the the DET _ 9 det
         prisoners prisoner NOUN Number=Plur 7 obj
         . . PUNCT _ 2 punct",
        &["IRN 1053 USA"],
    );
    // An indicative clause is reported, not demanded.
    check(
        "Iran Iran PROPN _ 2 nsubj
         insisted insist VERB Tense=Past|VerbForm=Fin 0 root
         that that SCONJ _ 7 mark
         the the DET _ 6 det
         United United PROPN _ 6 compound
         States States PROPN _ 7 nsubj
         released release VERB Tense=Past|VerbForm=Fin 2 ccomp
         the the DET _ 9 det
         prisoners prisoner NOUN Number=Plur 7 obj
         . . PUNCT _ 2 punct",
        &["USA 0841 -"],
    );
}

#[test]
fn signing_a_bill_or_a_letter_is_no_agreement() {
    check(
        "Obama Obama PROPN _ 2 nsubj
         signed sign VERB Tense=Past|VerbForm=Fin 0 root
         a a DET _ 5 det
         executive executive ADJ _ 5 amod
         order order NOUN _ 2 obj
         . . PUNCT _ 2 punct",
        &[],
    );
    check(
        "Russia Russia PROPN _ 4 nsubj
         and and CCONJ _ 3 cc
         China China PROPN _ 1 conj
         signed sign VERB Tense=Past|VerbForm=Fin 0 root
         on on ADP _ 6 case
         Tuesday Tuesday PROPN _ 4 obl
         . . PUNCT _ 4 punct",
        &["RUS 057 -", "CHN 057 -"],
    );
}

#[test]
fn a_peoples_travels_are_no_visit() {
    check(
        "Britons Briton PROPN Number=Plur 3 nsubj
         have have AUX _ 3 aux
         travelled travel VERB Tense=Past|VerbForm=Part 0 root
         to to ADP _ 5 case
         Syria Syria PROPN _ 3 obl
         . . PUNCT _ 3 punct",
        &[],
    );
    check(
        "British British ADJ _ 2 amod
         officials official NOUN Number=Plur 3 nsubj
         travelled travel VERB Tense=Past|VerbForm=Fin 0 root
         to to ADP _ 5 case
         Syria Syria PROPN _ 3 obl
         . . PUNCT _ 3 punct",
        &["GBRGOV 042 SYR"],
    );
}

#[test]
fn an_act_someone_waits_for_is_not_done_and_a_call_for_someone_to_act_addresses_them() {
    check(
        "Russia Russia PROPN _ 3 nsubj
         is be AUX _ 3 aux
         waiting wait VERB VerbForm=Ger 0 root
         for for ADP _ 5 case
         Turkey Turkey PROPN _ 3 obl
         to to PART _ 7 mark
         attack attack VERB VerbForm=Inf 3 advcl
         the the DET _ 9 det
         Kurds Kurd PROPN Number=Plur 7 obj
         . . PUNCT _ 3 punct",
        &[],
    );
    check(
        "Russia Russia PROPN _ 2 nsubj
         called call VERB Tense=Past|VerbForm=Fin 0 root
         for for ADP _ 5 case
         the the DET _ 5 det
         US US PROPN _ 2 obl
         to to PART _ 7 mark
         withdraw withdraw VERB VerbForm=Inf 2 advcl
         its its PRON Poss=Yes 9 nmod:poss
         troops troops NOUN Number=Plur 7 obj
         . . PUNCT _ 2 punct",
        &["RUS 0256 USA"],
    );
}

#[test]
fn a_thing_a_countrys_adjective_modifies_makes_no_one_that_countrys() {
    // "guarantors of the Syrian peace process" are not Syria's.
    check(
        "The the DET _ 2 det
         guarantors guarantor NOUN Number=Plur 8 nsubj
         of of ADP _ 7 case
         the the DET _ 7 det
         Syrian Syrian ADJ _ 7 amod
         peace peace NOUN _ 7 compound
         process process NOUN _ 2 nmod
         spurned spurn VERB Tense=Past|VerbForm=Fin 0 root
         efforts effort NOUN Number=Plur 8 obj
         by by ADP _ 12 case
         the the DET _ 12 det
         UN UN PROPN _ 9 nmod
         . . PUNCT _ 8 punct",
        &[],
    );
    // A part of a state is the state's: "one of the few peaceful corners of Syria".
    check(
        "Turkey Turkey PROPN _ 2 nsubj
         attacked attack VERB Tense=Past|VerbForm=Fin 0 root
         one one NUM _ 2 obj
         of of ADP _ 5 case
         corners corner NOUN Number=Plur 3 nmod
         of of ADP _ 7 case
         Syria Syria PROPN _ 5 nmod
         . . PUNCT _ 2 punct",
        &["TUR 190 SYR"],
    );
}

#[test]
fn protesters_named_without_a_country_against_one_states_government_are_its_people() {
    check(
        "Islamic Islamic ADJ _ 2 amod
         fundamentalists fundamentalist NOUN Number=Plur 3 nsubj
         continued continue VERB Tense=Past|VerbForm=Fin 0 root
         their their PRON Poss=Yes 6 nmod:poss
         hunger hunger NOUN _ 6 compound
         strike strike NOUN _ 3 obj
         to to PART _ 8 mark
         demand demand VERB VerbForm=Inf 3 advcl
         the the DET _ 10 det
         resignation resignation NOUN _ 8 obj
         of of ADP _ 13 case
         Algerian Algerian ADJ _ 13 amod
         president president NOUN _ 10 nmod
         . . PUNCT _ 3 punct",
        &["DZARAD 142 DZAGOV"],
    );
    // Against two states' governments: no one's.
    check(
        "Activists activist NOUN Number=Plur 2 nsubj
         protested protest VERB Tense=Past|VerbForm=Fin 0 root
         against against ADP _ 7 case
         Chinese Chinese ADJ _ 7 amod
         and and CCONJ _ 6 cc
         Russian Russian ADJ _ 4 conj
         governments government NOUN Number=Plur 2 obl
         . . PUNCT _ 2 punct",
        &[],
    );
}

#[test]
fn backing_someones_downfall_is_no_cooperation_with_them() {
    check(
        "NATO NATO PROPN _ 2 nsubj
         backed back VERB Tense=Past|VerbForm=Fin 0 root
         Assad Assad PROPN _ 5 nmod:poss
         's 's PART _ 3 case
         overthrow overthrow NOUN _ 2 obj
         . . PUNCT _ 2 punct",
        &["IGONAT 051 -"],
    );
    check(
        "NATO NATO PROPN _ 2 nsubj
         backed back VERB Tense=Past|VerbForm=Fin 0 root
         Assad Assad PROPN _ 5 nmod:poss
         's 's PART _ 3 case
         government government NOUN _ 2 obj
         . . PUNCT _ 2 punct",
        &["IGONAT 051 SYRGOV"],
    );
}

#[test]
fn a_town_down_a_chain_of_of_phrases_places_the_act() {
    check_with_places(
        "Soldiers soldier NOUN Number=Plur 2 nsubj
         shot shoot VERB Tense=Past|VerbForm=Fin 0 root
         Tamil Tamil ADJ _ 4 amod
         civilians civilian NOUN Number=Plur 2 obj
         in in ADP _ 7 case
         the the DET _ 7 det
         north north NOUN _ 2 obl
         of of ADP _ 11 case
         the the DET _ 11 det
         Jaffna Jaffna PROPN _ 11 compound
         peninsula peninsula NOUN _ 7 nmod
         . . PUNCT _ 2 punct",
        &[("Jaffna", "LKA")],
        &["LKAMIL 193 LKACVL"],
    );
}

#[test]
fn the_one_warned_is_the_threats_target() {
    check(
        "Iran Iran PROPN _ 2 nsubj
         warned warn VERB Tense=Past|VerbForm=Fin 0 root
         Israel Israel PROPN _ 2 obj
         that that SCONJ _ 7 mark
         it it PRON _ 7 nsubj
         would would AUX _ 7 aux
         retaliate retaliate VERB VerbForm=Inf 2 ccomp
         . . PUNCT _ 2 punct",
        &["IRN 1384 ISR"],
    );
}

#[test]
fn protesters_who_intend_to_act_somewhere_and_leaders_of_a_group_are_placed() {
    check(
        "Opposition opposition NOUN _ 2 compound
         leaders leader NOUN Number=Plur 3 nsubj
         agreed agree VERB Tense=Past|VerbForm=Fin 0 root
         to to PART _ 5 mark
         postpone postpone VERB VerbForm=Inf 3 xcomp
         the the DET _ 7 det
         demonstration demonstration NOUN _ 5 obj
         in in ADP _ 9 case
         Baku Baku PROPN _ 7 nmod
         . . PUNCT _ 3 punct",
        &["AZEOPP 0352 AZEGOV"],
    );
    check(
        "Leaders leader NOUN Number=Plur 5 nsubj
         of of ADP _ 4 case
         the the DET _ 4 det
         opposition opposition NOUN _ 1 nmod
         staged stage VERB Tense=Past|VerbForm=Fin 0 root
         a a DET _ 7 det
         protest protest NOUN _ 5 obj
         in in ADP _ 9 case
         Baku Baku PROPN _ 5 obl
         . . PUNCT _ 5 punct",
        &["AZEOPP 141 AZEGOV"],
    );
}

#[test]
fn agreeing_to_a_ceasefire_is_an_intent_to_de_escalate() {
    // PETRARCH's dictionary codes "agree to a ceasefire" 0356; observing one is 0871.
    check(
        "Bosnia Bosnia PROPN Number=Sing 4 nsubj
         and and CCONJ _ 3 cc
         Slovenia Slovenia PROPN Number=Sing 1 conj
         agreed agree VERB Tense=Past|VerbForm=Fin 0 root
         to to ADP _ 7 case
         a a DET _ 7 det
         ceasefire ceasefire NOUN Number=Sing 4 obl
         . . PUNCT _ 4 punct",
        &["BIH 0356 -", "SVN 0356 -"],
    );
}

#[test]
fn demonstrators_protesting_in_a_place_are_its_people() {
    check_with_places(
        "Police police NOUN Number=Plur 2 nsubj
         arrested arrest VERB Tense=Past|VerbForm=Fin 0 root
         demonstrators demonstrator NOUN Number=Plur 2 obj
         protesting protest VERB VerbForm=Ger 3 acl
         election election NOUN Number=Sing 6 compound
         results result NOUN Number=Plur 4 obj
         in in ADP _ 8 case
         Monrovia Monrovia PROPN Number=Sing 6 nmod
         . . PUNCT _ 2 punct",
        &[("Monrovia", "LBR")],
        &["LBROPP 141 LBRGOV"],
    );
}

#[test]
fn a_light_verbs_event_noun_may_end_a_list_of_objects() {
    check(
        "Vietnamese Vietnamese ADJ _ 2 amod
         forces force NOUN Number=Plur 3 nsubj
         launched launch VERB Tense=Past|VerbForm=Fin 0 root
         artillery artillery NOUN Number=Sing 3 obj
         , , PUNCT _ 6 punct
         mortar mortar NOUN Number=Sing 4 conj
         and and CCONJ _ 9 cc
         rocket rocket NOUN Number=Sing 9 compound
         fire fire NOUN Number=Sing 4 conj
         against against ADP _ 13 case
         Kampuchean Kampuchean PROPN Number=Sing 13 compound
         guerrilla guerrilla NOUN Number=Sing 13 compound
         camps camp NOUN Number=Plur 3 obl
         . . PUNCT _ 3 punct",
        &["VNMMIL 194 KHMREB"],
    );
}

#[test]
fn a_countryless_judge_acting_on_a_states_officials_is_of_that_state() {
    // "Alejandro" is a given name the lexicon knows only for someone else.
    check(
        "Judge Judge PROPN Number=Sing 2 nmod:desc
         Alejandro Alejandro PROPN Number=Sing 4 nsubj
         Rivera Rivera PROPN Number=Sing 2 flat
         opened open VERB Tense=Past|VerbForm=Fin 0 root
         fraud fraud NOUN Number=Sing 6 compound
         investigations investigation NOUN Number=Plur 4 obj
         against against ADP _ 10 case
         Chilean Chilean ADJ _ 10 amod
         government government NOUN Number=Sing 10 compound
         officials official NOUN Number=Plur 6 nmod
         . . PUNCT _ 4 punct",
        &["CHLJUD 091 CHLGOV"],
    );
    // Police arresting foreigners named by nationality may be anywhere.
    check(
        "Police police NOUN Number=Plur 2 nsubj
         arrested arrest VERB Tense=Past|VerbForm=Fin 0 root
         three three NUM _ 5 nummod
         British British ADJ _ 5 amod
         tourists tourist NOUN Number=Plur 2 obj
         . . PUNCT _ 2 punct",
        &[],
    );
}

#[test]
fn a_settlement_is_with_the_other_party_of_the_dispute_it_ends() {
    check(
        "Denmark Denmark PROPN _ 2 nsubj
         accepted accept VERB Tense=Past|VerbForm=Fin 0 root
         a a DET _ 4 det
         formula formula NOUN Number=Sing 2 obj
         for for SCONJ _ 6 mark
         ending end VERB VerbForm=Ger 4 acl
         its its PRON Poss=Yes 9 nmod:poss
         fisheries fishery NOUN Number=Plur 9 compound
         dispute dispute NOUN Number=Sing 6 obj
         with with ADP _ 11 case
         Norway Norway PROPN _ 9 nmod
         . . PUNCT _ 2 punct",
        &["DNK 037 NOR"],
    );
}

#[test]
fn a_proposal_with_no_maker_concerns_whom_its_content_names() {
    check(
        "Germany Germany PROPN _ 2 nsubj
         rejected reject VERB Tense=Past|VerbForm=Fin 0 root
         a a DET _ 4 det
         plan plan NOUN Number=Sing 2 obj
         to to PART _ 6 mark
         send send VERB VerbForm=Inf 4 acl
         troops troops NOUN Number=Ptan 6 obj
         to to ADP _ 9 case
         Mali Mali PROPN _ 6 obl
         . . PUNCT _ 2 punct",
        &["DEU 120 MLI"],
    );
    check(
        "Germany Germany PROPN _ 2 nsubj
         accepted accept VERB Tense=Past|VerbForm=Fin 0 root
         a a DET _ 4 det
         proposal proposal NOUN Number=Sing 2 obj
         to to PART _ 6 mark
         lift lift VERB VerbForm=Inf 4 acl
         sanctions sanction NOUN Number=Plur 6 obj
         on on ADP _ 9 case
         Iran Iran PROPN _ 7 nmod
         . . PUNCT _ 2 punct",
        &["DEU 030 IRN"],
    );
}

#[test]
fn a_participle_on_the_object_places_the_act() {
    check(
        "Afghan Afghan ADJ _ 2 amod
         guerillas guerilla NOUN Number=Plur 3 nsubj
         blew blow VERB Tense=Past|VerbForm=Fin 0 root
         up up ADP _ 3 compound:prt
         power power NOUN Number=Sing 6 compound
         lines line NOUN Number=Plur 3 obj
         leading lead VERB VerbForm=Ger 6 acl
         into into ADP _ 9 case
         Kabul Kabul PROPN _ 7 obl
         . . PUNCT _ 3 punct",
        &["AFGREB 1712 AFGGOV"],
    );
}

#[test]
fn an_act_proposed_in_an_offer_or_call_has_not_happened() {
    check(
        "Pakistan Pakistan PROPN _ 2 nsubj
         rejected reject VERB Tense=Past|VerbForm=Fin 0 root
         an a DET _ 4 det
         offer offer NOUN Number=Sing 2 obj
         from from ADP _ 6 case
         Kabul Kabul PROPN _ 4 nmod
         for for ADP _ 9 case
         direct direct ADJ _ 9 amod
         talks talk NOUN Number=Plur 4 nmod
         . . PUNCT _ 2 punct",
        &["PAK 120 AFGGOV"],
    );
}

#[test]
fn a_participle_hung_on_a_place_is_the_clause_subjects_act() {
    // The parser hung "demanding" on "Algiers": the students demand, not the capital.
    check(
        "Algerian algerian ADJ _ 2 amod
         students student NOUN Number=Plur 3 nsubj
         blocked block VERB Tense=Past|VerbForm=Fin 0 root
         roads road NOUN Number=Plur 3 obj
         in in ADP _ 7 case
         the the DET _ 7 det
         city city NOUN Number=Sing 3 obl
         of of ADP _ 9 case
         Algiers Algiers PROPN _ 7 nmod
         demanding demand VERB VerbForm=Ger 9 acl
         reforms reform NOUN Number=Plur 10 obj
         . . PUNCT _ 3 punct",
        &["DZAEDU 144 DZAGOV", "DZAEDU 104 -"],
    );
}

#[test]
fn saying_one_will_make_a_statement_is_that_statement() {
    check(
        "Russia Russia PROPN _ 3 nsubj
         will will AUX _ 3 aux
         deny deny VERB VerbForm=Inf 0 root
         responsibility responsibility NOUN Number=Sing 3 obj
         for for ADP _ 7 case
         the the DET _ 7 det
         attack attack NOUN Number=Sing 3 obl
         . . PUNCT _ 3 punct",
        &["RUS 016 -"],
    );
}

#[test]
fn a_stance_on_an_act_and_knowledge_denied_of_one_report_no_act() {
    check(
        "Trump Trump PROPN _ 2 nsubj
         changed change VERB Tense=Past|VerbForm=Fin 0 root
         his his PRON Poss=Yes 4 nmod:poss
         stance stance NOUN Number=Sing 2 obj
         on on ADP _ 7 case
         Syrian Syrian ADJ _ 7 amod
         airstrikes airstrike NOUN Number=Plur 4 nmod
         . . PUNCT _ 2 punct",
        &[],
    );
    check(
        "Lavrov Lavrov PROPN _ 4 nsubj
         is be AUX _ 4 cop
         not not PART Polarity=Neg 4 advmod
         aware aware ADJ _ 0 root
         of of ADP _ 7 case
         any any DET _ 7 det
         talks talk NOUN Number=Plur 4 obl
         between between ADP _ 9 case
         Putin Putin PROPN _ 7 nmod
         and and CCONJ _ 11 cc
         Trump Trump PROPN _ 9 conj
         . . PUNCT _ 4 punct",
        &[],
    );
}

#[test]
fn a_bare_ban_or_restriction_on_no_one_named_is_no_sanction() {
    check(
        "Washington Washington PROPN _ 2 nsubj
         restricted restrict VERB Tense=Past|VerbForm=Fin 0 root
         its its PRON Poss=Yes 4 nmod:poss
         aims aim NOUN Number=Plur 2 obj
         to to ADP _ 6 case
         counter-terrorism counter-terrorism NOUN Number=Sing 2 obl
         . . PUNCT _ 2 punct",
        &[],
    );
    check(
        "The the DET _ 3 det
         United United PROPN _ 3 compound
         States States PROPN _ 4 nsubj
         designated designate VERB Tense=Past|VerbForm=Fin 0 root
         Hezbollah Hezbollah PROPN _ 4 obj
         as as ADP _ 8 case
         a a DET _ 8 det
         organisation organisation NOUN Number=Sing 4 obl
         . . PUNCT _ 4 punct",
        &["USA 172 LBNINS"],
    );
}

#[test]
fn an_infinitive_a_goal_or_policy_is_states_a_purpose() {
    check(
        "Russia Russia PROPN _ 3 nmod:poss
         's 's PART _ 1 case
         goal goal NOUN Number=Sing 6 nsubj
         is be AUX _ 6 cop
         to to PART _ 6 mark
         attack attack VERB VerbForm=Inf 0 root
         Syrian Syrian ADJ _ 8 amod
         rebels rebel NOUN Number=Plur 6 obj
         . . PUNCT _ 6 punct",
        &[],
    );
}

#[test]
fn a_conjunct_of_a_backer_is_a_backer_too() {
    let backed = "Aleppo Aleppo PROPN _ 3 nsubj:pass
         was be AUX _ 3 aux:pass
         recaptured recapture VERB Tense=Past|VerbForm=Part|Voice=Pass 0 root
         by by ADP _ 11 case
         a a DET _ 11 det
         Russian Russian ADJ _ 11 amod
         and and CCONJ _ 8 cc
         Iranian Iranian ADJ _ 10 compound
         - - PUNCT _ 8 punct
         backed back VERB Tense=Past|VerbForm=Part|Voice=Pass 11 amod
         assault assault NOUN Number=Sing 3 obl:agent
         . . PUNCT _ 3 punct";
    check(backed, &[]);
    check(
        "Aleppo Aleppo PROPN _ 3 nsubj:pass
         was be AUX _ 3 aux:pass
         recaptured recapture VERB Tense=Past|VerbForm=Part|Voice=Pass 0 root
         by by ADP _ 7 case
         a a DET _ 7 det
         Russian Russian ADJ _ 7 amod
         assault assault NOUN Number=Sing 3 obl:agent
         . . PUNCT _ 3 punct",
        &["RUS 192 -", "RUS 190 -"],
    );
}

#[test]
fn whom_a_cooperative_act_is_against_is_no_partner() {
    check(
        "Britain Britain PROPN _ 2 nsubj
         backed back VERB Tense=Past|VerbForm=Fin 0 root
         military military ADJ _ 4 amod
         action action NOUN Number=Sing 2 obj
         against against ADP _ 6 case
         Syria Syria PROPN _ 4 nmod
         . . PUNCT _ 2 punct",
        &["GBR 051 -"],
    );
}

#[test]
fn a_refusal_of_something_that_is_no_event_is_no_rejection() {
    check(
        "Markets market NOUN Number=Plur 2 nsubj
         fell fall VERB Tense=Past|VerbForm=Fin 0 root
         after after ADP _ 6 case
         Turkey Turkey PROPN _ 6 nmod:poss
         's 's PART _ 4 case
         refusal refusal NOUN Number=Sing 2 obl
         to to PART _ 8 mark
         raise raise VERB VerbForm=Inf 6 acl
         interest interest NOUN Number=Sing 10 compound
         rates rate NOUN Number=Plur 8 obj
         . . PUNCT _ 2 punct",
        &[],
    );
}

#[test]
fn calling_on_someone_asks_them_and_calling_a_meeting_asks_no_one() {
    check(
        "Britain Britain PROPN _ 2 nsubj
         called call VERB Tense=Past|VerbForm=Fin 0 root
         on on ADP _ 4 case
         Iran Iran PROPN _ 2 obl
         to to PART _ 6 mark
         free free VERB VerbForm=Inf 2 advcl
         the the DET _ 8 det
         sailors sailor NOUN Number=Plur 6 obj
         . . PUNCT _ 2 punct",
        &["GBR 0253 IRN"],
    );
    check(
        "Britain Britain PROPN _ 2 nsubj
         called call VERB Tense=Past|VerbForm=Fin 0 root
         an a DET _ 5 det
         emergency emergency NOUN Number=Sing 5 compound
         meeting meeting NOUN Number=Sing 2 obj
         to to PART _ 7 mark
         discuss discuss VERB VerbForm=Inf 2 advcl
         the the DET _ 9 det
         crisis crisis NOUN Number=Sing 7 obj
         . . PUNCT _ 2 punct",
        &[],
    );
}

#[test]
fn standing_by_someone_defends_them_and_by_ones_words_restates_them() {
    check(
        "Australia Australia PROPN _ 2 nsubj
         stood stand VERB Tense=Past|VerbForm=Fin 0 root
         by by ADP _ 4 case
         Britain Britain PROPN _ 2 obl
         . . PUNCT _ 2 punct",
        &["AUS 052 GBR"],
    );
    check(
        "Australia Australia PROPN _ 2 nsubj
         stood stand VERB Tense=Past|VerbForm=Fin 0 root
         by by ADP _ 5 case
         its its PRON Poss=Yes 5 nmod:poss
         comments comment NOUN Number=Plur 2 obl
         . . PUNCT _ 2 punct",
        &["AUS 010 -"],
    );
}

#[test]
fn making_an_act_a_red_line_does_not_do_it_and_clashing_over_an_issue_is_verbal() {
    check(
        "France France PROPN _ 2 nsubj
         made make VERB Tense=Past|VerbForm=Fin 0 root
         the the DET _ 4 det
         use use NOUN Number=Sing 2 obj
         of of ADP _ 7 case
         chemical chemical ADJ _ 7 amod
         weapons weapon NOUN Number=Plur 4 nmod
         a a DET _ 10 det
         red red ADJ _ 10 amod
         line line NOUN Number=Sing 4 nmod:unmarked
         . . PUNCT _ 2 punct",
        &[],
    );
    check(
        "Turkey Turkey PROPN _ 2 nsubj
         clashed clash VERB Tense=Past|VerbForm=Fin 0 root
         over over ADP _ 5 case
         the the DET _ 5 det
         jailing jailing NOUN Number=Sing 2 obl
         . . PUNCT _ 2 punct",
        &["TUR 111 -"],
    );
}

#[test]
fn what_is_ruled_out_is_not_happening() {
    check(
        "Iran Iran PROPN _ 2 nsubj
         ruled rule VERB Tense=Past|VerbForm=Fin 0 root
         out out ADP _ 2 compound:prt
         the the DET _ 5 det
         situation situation NOUN Number=Sing 2 obj
         developing develop VERB VerbForm=Ger 5 acl
         into into ADP _ 10 case
         a a DET _ 10 det
         Russian Russian ADJ _ 10 amod
         clash clash NOUN Number=Sing 6 obl
         . . PUNCT _ 2 punct",
        // The ruling out itself is coded; the clash is not.
        &["IRN 120 -"],
    );
}

#[test]
fn what_is_discussed_is_a_topic_not_a_partner() {
    check(
        "Russia Russia PROPN _ 4 nsubj
         and and CCONJ _ 3 cc
         Turkey Turkey PROPN _ 1 conj
         discussed discuss VERB Tense=Past|VerbForm=Fin 0 root
         Syria Syria PROPN _ 4 obj
         . . PUNCT _ 4 punct",
        &["RUS 040 TUR", "TUR 040 RUS"],
    );
}

#[test]
fn the_partners_of_a_state_are_not_that_state() {
    check(
        "Turkey Turkey PROPN _ 2 nsubj
         attacked attack VERB Tense=Past|VerbForm=Fin 0 root
         the the DET _ 5 det
         US US PROPN _ 5 compound
         military military NOUN Number=Sing 8 nmod:poss
         's 's PART _ 5 case
         Kurdish Kurdish ADJ _ 8 amod
         partners partner NOUN Number=Plur 2 obj
         . . PUNCT _ 2 punct",
        &["TUR 190 KUR"],
    );
}

#[test]
fn the_possessor_of_an_arrest_or_capture_is_the_one_taken() {
    // "after the Iranian envoy's arrest by Turkish police": the envoy was arrested.
    check(
        "Iran Iran PROPN _ 2 nsubj
         spoke speak VERB Tense=Past|VerbForm=Fin 0 root
         after after ADP _ 8 case
         the the DET _ 6 det
         Iranian Iranian ADJ _ 6 amod
         envoy envoy NOUN Number=Sing 8 nmod:poss
         's 's PART _ 6 case
         arrest arrest NOUN Number=Sing 2 obl
         by by ADP _ 11 case
         Turkish Turkish ADJ _ 11 amod
         police police NOUN Number=Plur 8 nmod
         . . PUNCT _ 2 punct",
        &["TURCOP 173 IRNGOV"],
    );
}

#[test]
fn a_warning_about_a_named_actor_targets_it_but_not_the_warners_own_side() {
    check(
        "Russia Russia PROPN _ 2 nsubj
         warned warn VERB Tense=Past|VerbForm=Fin 0 root
         that that SCONJ _ 6 mark
         Americans American PROPN Number=Plur 6 nsubj
         have have AUX _ 6 aux
         taken take VERB Tense=Past|VerbForm=Part 2 ccomp
         dangerous dangerous ADJ _ 8 amod
         steps step NOUN Number=Plur 6 obj
         . . PUNCT _ 2 punct",
        &["RUS 130 USA"],
    );
    check(
        "Washington Washington PROPN _ 2 nsubj
         warned warn VERB Tense=Past|VerbForm=Fin 0 root
         that that SCONJ _ 7 mark
         the the DET _ 5 det
         US US PROPN _ 7 nsubj
         would would AUX _ 7 aux
         respond respond VERB VerbForm=Inf 2 ccomp
         . . PUNCT _ 2 punct",
        &[],
    );
}

#[test]
fn telling_someone_to_act_asks_them_and_asking_why_asks_nothing() {
    check(
        "Trump Trump PROPN _ 2 nsubj
         told tell VERB Tense=Past|VerbForm=Fin 0 root
         Turkey Turkey PROPN _ 2 iobj
         to to PART _ 5 mark
         stop stop VERB VerbForm=Inf 2 xcomp
         the the DET _ 7 det
         offensive offensive NOUN Number=Sing 5 obj
         . . PUNCT _ 2 punct",
        &["USAELI 0256 TUR"],
    );
    check(
        "Britain Britain PROPN _ 2 nsubj
         asked ask VERB Tense=Past|VerbForm=Fin 0 root
         why why ADV _ 6 advmod
         Russia Russia PROPN _ 6 nsubj
         is be AUX _ 6 aux
         backing back VERB VerbForm=Part 2 ccomp
         Assad Assad PROPN _ 6 obj
         . . PUNCT _ 2 punct",
        &[],
    );
}

#[test]
fn a_conjunct_with_its_own_if_is_a_condition() {
    check(
        "Talks talk NOUN Number=Plur 4 nsubj:pass
         should should AUX _ 4 aux
         be be AUX _ 4 aux:pass
         sought seek VERB VerbForm=Part 0 root
         , , PUNCT _ 12 punct
         even even ADV _ 12 advmod
         if if SCONJ _ 12 mark
         the the DET _ 9 det
         resolution resolution NOUN Number=Sing 12 nsubj:pass
         was be AUX _ 12 aux:pass
         ultimately ultimately ADV _ 12 advmod
         vetoed veto VERB Tense=Past|VerbForm=Part 4 conj
         by by ADP _ 14 case
         Russia Russia PROPN _ 12 obl:agent
         . . PUNCT _ 4 punct",
        &[],
    );
}

#[test]
fn fighting_an_abstraction_attacks_no_one() {
    check(
        "Russia Russia PROPN _ 2 nsubj
         vowed vow VERB Tense=Past|VerbForm=Fin 0 root
         to to PART _ 4 mark
         fight fight VERB VerbForm=Inf 2 xcomp
         terrorism terrorism NOUN Number=Sing 4 obj
         in in ADP _ 7 case
         Syria Syria PROPN _ 4 obl
         . . PUNCT _ 2 punct",
        &[],
    );
}

#[test]
fn mediators_do_not_mediate_each_other() {
    check(
        "Russia Russia PROPN _ 4 nsubj
         and and CCONJ _ 3 cc
         Turkey Turkey PROPN _ 1 conj
         brokered broker VERB Tense=Past|VerbForm=Fin 0 root
         a a DET _ 6 det
         truce truce NOUN Number=Sing 4 obj
         . . PUNCT _ 4 punct",
        &["RUS 045 -", "TUR 045 -"],
    );
}

#[test]
fn what_someone_should_do_with_no_one_saying_so_is_advice() {
    check(
        "Britain Britain PROPN _ 3 nsubj
         should should AUX _ 3 aux
         impose impose VERB VerbForm=Inf 0 root
         sanctions sanction NOUN Number=Plur 3 obj
         on on ADP _ 6 case
         Russia Russia PROPN _ 3 obl
         . . PUNCT _ 3 punct",
        &[],
    );
    // What is discussed, and what is inside it, is the topic.
    check(
        "Britain Britain PROPN _ 2 nsubj
         discussed discuss VERB Tense=Past|VerbForm=Fin 0 root
         military military ADJ _ 4 amod
         options option NOUN Number=Plur 2 obj
         against against ADP _ 6 case
         Syria Syria PROPN _ 4 nmod
         . . PUNCT _ 2 punct",
        &[],
    );
}

#[test]
fn an_act_someone_is_wanted_for_has_not_happened() {
    check(
        "Prakash Prakash PROPN _ 3 nsubj:pass
         was be AUX _ 3 aux:pass
         wanted want VERB Tense=Past|VerbForm=Part 0 root
         for for ADP _ 5 case
         arrest arrest NOUN Number=Sing 3 obl
         by by ADP _ 8 case
         Australian Australian ADJ _ 8 amod
         police police NOUN Number=Plur 5 nmod
         . . PUNCT _ 3 punct",
        &[],
    );
}

#[test]
fn what_one_expects_of_someone_else_is_not_done() {
    check(
        "Moscow Moscow PROPN _ 2 nsubj
         expected expect VERB Tense=Past|VerbForm=Fin 0 root
         Turkey Turkey PROPN _ 2 obj
         to to PART _ 5 mark
         hand hand VERB VerbForm=Inf 2 xcomp
         over over ADP _ 5 compound:prt
         Afrin Afrin PROPN _ 5 obj
         to to ADP _ 9 case
         Assad Assad PROPN _ 5 obl
         . . PUNCT _ 2 punct",
        &[],
    );
}

#[test]
fn a_threat_names_a_place_not_an_institution_in_it() {
    check(
        "Isis Isis PROPN _ 2 nsubj
         threatened threaten VERB Tense=Past|VerbForm=Fin 0 root
         to to PART _ 4 mark
         divorce divorce VERB VerbForm=Inf 2 xcomp
         the the DET _ 6 det
         couple couple NOUN Number=Sing 4 obj
         in in ADP _ 10 case
         a a DET _ 10 det
         sharia sharia NOUN Number=Sing 10 compound
         court court NOUN Number=Sing 4 obl
         in in ADP _ 12 case
         Syria Syria PROPN _ 10 nmod
         . . PUNCT _ 2 punct",
        &[],
    );
}

#[test]
fn an_organisation_in_a_compound_is_where_a_named_actor_acts() {
    // "its Security Council veto": the possessor vetoes; the council is not a second actor.
    check(
        "Talks talk NOUN Number=Plur 2 nsubj
         stalled stall VERB Tense=Past|VerbForm=Fin 0 root
         after after ADP _ 8 case
         Russia Russia PROPN _ 8 nmod:poss
         's 's PART _ 4 case
         Security Security PROPN _ 7 compound
         Council Council PROPN _ 8 compound
         veto veto NOUN Number=Sing 2 obl
         . . PUNCT _ 2 punct",
        &["RUS 129 -"],
    );
    // With no other actor named, the organisation in the compound acts.
    check(
        "Nato Nato PROPN _ 2 compound
         airstrikes airstrike NOUN Number=Plur 3 nsubj
         continued continue VERB Tense=Past|VerbForm=Fin 0 root
         . . PUNCT _ 3 punct",
        &["IGONAT 195 -"],
    );
}

#[test]
fn coming_to_someones_aid_helps_the_possessor() {
    // The one who comes gives the aid; the possessor receives it.
    check(
        "the the DET _ 2 det
         UK UK PROPN _ 4 nsubj
         is be AUX _ 4 aux
         coming come VERB VerbForm=Ger 0 root
         to to ADP _ 8 case
         Baghdad Baghdad PROPN _ 8 nmod:poss
         's 's PART _ 6 case
         aid aid NOUN Number=Sing 4 obl
         . . PUNCT _ 4 punct",
        &["GBR 070 IRQGOV"],
    );
    // With an "of" phrase, and with no actor coming: the recipient is never the giver.
    check(
        "France France PROPN _ 2 nsubj
         rushed rush VERB Tense=Past|VerbForm=Fin 0 root
         to to ADP _ 5 case
         the the DET _ 5 det
         aid aid NOUN Number=Sing 2 obl
         of of ADP _ 7 case
         Lebanon Lebanon PROPN _ 5 nmod
         . . PUNCT _ 2 punct",
        &["FRA 070 LBN"],
    );
    check(
        "Nobody nobody PRON _ 2 nsubj
         came come VERB Tense=Past|VerbForm=Fin 0 root
         to to ADP _ 6 case
         Baghdad Baghdad PROPN _ 6 nmod:poss
         's 's PART _ 4 case
         aid aid NOUN Number=Sing 2 obl
         . . PUNCT _ 2 punct",
        &[],
    );
}

#[test]
fn pulling_out_of_a_deal_reduces_relations_and_out_of_a_town_retreats() {
    check(
        "Russia Russia PROPN _ 2 nsubj
         pulled pull VERB Tense=Past|VerbForm=Fin 0 root
         out out ADP _ 6 case
         of of ADP _ 6 case
         the the DET _ 6 det
         treaty treaty NOUN Number=Sing 2 obl
         . . PUNCT _ 2 punct",
        &["RUS 160 -"],
    );
    check(
        "Russia Russia PROPN _ 2 nsubj
         pulled pull VERB Tense=Past|VerbForm=Fin 0 root
         out out ADP _ 6 case
         of of ADP _ 6 case
         the the DET _ 6 det
         town town NOUN Number=Sing 2 obl
         . . PUNCT _ 2 punct",
        &["RUS 0874 -"],
    );
}

#[test]
fn a_passive_conjunct_is_done_to_the_shared_subject() {
    // The agent of the passive conjunct acts on the shared subject.
    check(
        "Kurdish Kurdish ADJ _ 2 amod
         rebels rebel NOUN Number=Plur 3 nsubj
         attacked attack VERB Tense=Past|VerbForm=Fin 0 root
         Afrin Afrin PROPN _ 3 obj
         and and CCONJ _ 7 cc
         were be AUX _ 7 aux:pass
         repelled repel VERB Tense=Past|VerbForm=Part|Voice=Pass 3 conj
         by by ADP _ 10 case
         Turkish Turkish ADJ _ 10 amod
         troops troop NOUN Number=Plur 7 obl:agent
         . . PUNCT _ 3 punct",
        &["KURREB 190 -", "TURMIL 190 KURREB"],
    );
    // With no agent, nobody is said to have acted: the shared subject is no source.
    check(
        "the the DET _ 3 det
         Turkish Turkish ADJ _ 3 amod
         army army NOUN Number=Sing 4 nsubj
         sent send VERB Tense=Past|VerbForm=Fin 0 root
         troops troop NOUN Number=Plur 4 obj
         and and CCONJ _ 8 cc
         was be AUX _ 8 aux:pass
         placed place VERB Tense=Past|VerbForm=Part|Voice=Pass 4 conj
         on on ADP _ 11 case
         high high ADJ _ 11 amod
         alert alert NOUN Number=Sing 8 obl
         . . PUNCT _ 4 punct",
        &[],
    );
}

#[test]
fn a_meeting_someone_is_due_to_hold_has_not_happened() {
    // "due to" before an infinitive schedules the act, as "expected to" and "set to" do;
    // "due to" before a noun gives a cause and changes nothing.
    check(
        "Putin Putin PROPN _ 3 nsubj
         is be AUX _ 3 cop
         due due ADJ _ 0 root
         to to PART _ 5 mark
         meet meet VERB VerbForm=Inf 3 xcomp
         Erdoğan Erdoğan PROPN _ 5 obj
         . . PUNCT _ 3 punct",
        &[],
    );
    check(
        "Putin Putin PROPN _ 2 nsubj
         met meet VERB Tense=Past|VerbForm=Fin 0 root
         Erdoğan Erdoğan PROPN _ 2 obj
         due due ADP _ 7 case
         to to ADP _ 4 fixed
         the the DET _ 7 det
         crisis crisis NOUN Number=Sing 2 obl
         . . PUNCT _ 2 punct",
        &["RUSGOV 040 TURGOV"],
    );
}

#[test]
fn a_name_before_a_hyphenated_likeness_names_no_actor() {
    // "a Western-style democracy" is no Western target; "Soviet-era" tanks no Soviet actor.
    check(
        "Russia Russia PROPN _ 2 nsubj
         attacked attack VERB Tense=Past|VerbForm=Fin 0 root
         a a DET _ 7 det
         Western Western ADJ _ 6 amod
         - - PUNCT _ 4 punct
         style style NOUN Number=Sing 7 compound
         democracy democracy NOUN Number=Sing 2 obj
         . . PUNCT _ 2 punct",
        &["RUS 190 -"],
    );
    check(
        "Syrian Syrian ADJ _ 2 amod
         rebels rebel NOUN Number=Plur 3 nsubj
         attacked attack VERB Tense=Past|VerbForm=Fin 0 root
         Soviet Soviet PROPN _ 6 compound
         - - PUNCT _ 4 punct
         era era NOUN Number=Sing 7 compound
         tanks tank NOUN Number=Plur 3 obj
         . . PUNCT _ 3 punct",
        &["SYRREB 190 -"],
    );
}

#[test]
fn a_controller_undergoes_a_passive_complement() {
    // "continued to be attacked by Turkish troops": the troops attack the fighters.
    check(
        "Kurdish Kurdish ADJ _ 2 amod
         fighters fighter NOUN Number=Plur 3 nsubj
         continued continue VERB Tense=Past|VerbForm=Fin 0 root
         to to PART _ 6 mark
         be be AUX _ 6 aux:pass
         attacked attack VERB Tense=Past|VerbForm=Part|Voice=Pass 3 xcomp
         by by ADP _ 9 case
         Turkish Turkish ADJ _ 9 amod
         troops troop NOUN Number=Plur 6 obl:agent
         . . PUNCT _ 3 punct",
        &["TURMIL 190 KURUAF"],
    );
    // With no agent nobody is said to act: the controller is no source.
    check(
        "Syrian Syrian ADJ _ 2 amod
         activists activist NOUN Number=Plur 3 nsubj
         continued continue VERB Tense=Past|VerbForm=Fin 0 root
         to to PART _ 6 mark
         be be AUX _ 6 aux:pass
         expelled expel VERB Tense=Past|VerbForm=Part|Voice=Pass 3 xcomp
         . . PUNCT _ 3 punct",
        &[],
    );
}

#[test]
fn a_veto_is_cast_against_the_proposer_not_whom_the_measure_targets() {
    // The resolutions were against Assad; the veto shields him and is cast against the UN.
    check(
        "Russia Russia PROPN _ 3 nsubj
         has have AUX _ 3 aux
         vetoed veto VERB Tense=Past|VerbForm=Part 0 root
         UN UN PROPN _ 5 compound
         resolutions resolution NOUN Number=Plur 3 obj
         against against ADP _ 7 case
         Assad Assad PROPN _ 5 nmod
         . . PUNCT _ 3 punct",
        &["RUS 129 IGOUNO"],
    );
    check(
        "China China PROPN _ 2 nsubj
         vetoed veto VERB Tense=Past|VerbForm=Fin 0 root
         a a DET _ 4 det
         resolution resolution NOUN Number=Sing 2 obj
         on on ADP _ 6 case
         Syria Syria PROPN _ 4 nmod
         . . PUNCT _ 2 punct",
        &["CHN 129 -"],
    );
    // A maker named with "by" is whom the veto is cast against.
    check(
        "China China PROPN _ 2 nsubj
         vetoed veto VERB Tense=Past|VerbForm=Fin 0 root
         a a DET _ 4 det
         resolution resolution NOUN Number=Sing 2 obj
         by by ADP _ 6 case
         France France PROPN _ 4 nmod
         . . PUNCT _ 2 punct",
        &["CHN 129 FRA"],
    );
}

#[test]
fn a_particle_the_parser_made_an_adverb_is_still_the_verbs() {
    // "handed over" with "over" as an adverb is still `hand suspect ~over` (063).
    check(
        "Libya Libya PROPN _ 2 nsubj
         handed hand VERB Tense=Past|VerbForm=Fin 0 root
         over over ADV _ 2 advmod
         two two NUM _ 5 nummod
         suspects suspect NOUN Number=Plur 2 obj
         to to ADP _ 7 case
         Britain Britain PROPN _ 2 obl
         . . PUNCT _ 2 punct",
        &["LBY 063 GBR"],
    );
}

#[test]
fn out_of_hung_on_the_object_is_the_verbs_particle() {
    // "drive out" is the pattern; the parser hung "out of Mosul" on the object.
    check(
        "Iraqi Iraqi ADJ _ 2 amod
         troops troop NOUN Number=Plur 3 nsubj
         drove drive VERB Tense=Past|VerbForm=Fin 0 root
         the the DET _ 5 det
         jihadists jihadist NOUN Number=Plur 3 obj
         out out ADP _ 8 case
         of of ADP _ 8 case
         Mosul Mosul PROPN _ 5 nmod
         . . PUNCT _ 3 punct",
        &["IRQMIL 174 -"],
    );
}

#[test]
fn an_expulsion_by_a_state_does_not_expel_its_own_people() {
    // Police coercing people named without a country act at home ("Chinese police detained
    // activists"), but those a state expels are mostly foreigners.
    check(
        "Chinese Chinese ADJ _ 2 amod
         police police NOUN Number=Plur 3 nsubj
         expelled expel VERB Tense=Past|VerbForm=Fin 0 root
         activists activist NOUN Number=Plur 3 obj
         . . PUNCT _ 3 punct",
        &["CHNCOP 174 -"],
    );
}

#[test]
fn the_party_pressure_is_put_on_is_the_one_to_act() {
    // "put pressure on Assad to negotiate": Assad is to negotiate, not Russia.
    check(
        "Russia Russia PROPN _ 3 nsubj
         must must AUX VerbForm=Fin 3 aux
         put put VERB VerbForm=Inf 0 root
         pressure pressure NOUN Number=Sing 3 obj
         on on ADP _ 6 case
         Assad Assad PROPN _ 3 obl
         to to PART _ 8 mark
         negotiate negotiate VERB VerbForm=Inf 3 advcl
         . . PUNCT _ 3 punct",
        &["SYRGOV 036 -"],
    );
}

#[test]
fn a_participle_clause_with_an_agent_is_done_by_the_agent_to_the_clause_subject() {
    // "…, backed by Russian jets": Russia backs the troops; the troops back no one.
    check(
        "Syrian Syrian ADJ _ 2 amod
         troops troop NOUN Number=Plur 3 nsubj
         attacked attack VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
         the the DET _ 5 det
         town town NOUN Number=Sing 3 obj
         , , PUNCT _ 7 punct
         backed back VERB Tense=Past|VerbForm=Part|Voice=Pass 3 advcl
         by by ADP _ 10 case
         Russian Russian ADJ _ 10 amod
         jets jet NOUN Number=Plur 7 obl:agent
         . . PUNCT _ 3 punct",
        &["SYRMIL 190 -", "RUS 051 SYRMIL"],
    );
    // An agent that is no actor leaves the backing unknown, not the troops'.
    check(
        "Syrian Syrian ADJ _ 2 amod
         troops troop NOUN Number=Plur 3 nsubj
         attacked attack VERB Mood=Ind|Tense=Past|VerbForm=Fin 0 root
         the the DET _ 5 det
         town town NOUN Number=Sing 3 obj
         , , PUNCT _ 7 punct
         backed back VERB Tense=Past|VerbForm=Part|Voice=Pass 3 advcl
         by by ADP _ 9 case
         allies ally NOUN Number=Plur 7 obl:agent
         . . PUNCT _ 3 punct",
        &["SYRMIL 190 -"],
    );
}
