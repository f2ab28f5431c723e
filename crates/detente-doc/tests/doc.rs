//! Document reading end to end: the annotated coreference corpus, quotes, bad input, and the
//! invariant that every span lies inside the article.

use std::path::Path;

use detente_code::Coder;
use detente_doc::eval::{parse_annotated, score_article, Score};
use detente_doc::{read_article, MentionKind, ReadArticle};
use detente_lexicon::{Date, Lexicon};
use detente_nlp::pipeline::Analyzer;

fn read(text: &str, date: Option<Date>) -> ReadArticle {
    let analyzer = Analyzer::shared_english().expect("embedded models load");
    let coder = Coder::new(Lexicon::builtin());
    read_article(&coder, analyzer, text, date)
}

/// Every span the reading reports lies inside the text, on character boundaries.
fn assert_spans_inside(text: &str, read: &ReadArticle) {
    let inside = |start: usize, end: usize, what: &str| {
        assert!(
            start <= end
                && end <= text.len()
                && text.is_char_boundary(start)
                && text.is_char_boundary(end),
            "{what} span {start}..{end} outside a text of {} bytes",
            text.len()
        );
    };
    for quote in &read.quotes {
        inside(quote.span.start, quote.span.end, "quote");
        if let Some(speaker) = &quote.speaker {
            inside(speaker.span.start, speaker.span.end, "speaker");
        }
        if let Some(span) = quote.attributed_span {
            inside(span.start, span.end, "attribution");
        }
    }
    for mention in &read.mentions {
        inside(mention.span.start, mention.span.end, "mention");
        inside(mention.head.start, mention.head.end, "mention head");
        for &antecedent in &mention.antecedents {
            assert!(
                antecedent < read.mentions.len(),
                "antecedent index out of range"
            );
        }
    }
    for event in &read.coded.events {
        inside(event.source.span.start, event.source.span.end, "source");
        if let Some(antecedent) = &event.source.antecedent {
            inside(antecedent.span.start, antecedent.span.end, "antecedent");
        }
    }
}

/// Reads `text` and checks that each `(anaphor, antecedent)` pair is a resolved link: a
/// mention written `anaphor` whose chain reaches a mention written `antecedent`.
fn check(text: &str, date: Option<Date>, links: &[(&str, &str)]) -> ReadArticle {
    let read = read(text, date);
    assert_spans_inside(text, &read);
    for (anaphor, antecedent) in links {
        let found = read
            .mentions
            .iter()
            .enumerate()
            .find(|(_, mention)| mention.text == *anaphor && !mention.antecedents.is_empty());
        let Some((_, mention)) = found else {
            panic!(
                "`{anaphor}` is not resolved; mentions: {:#?}",
                read.mentions
            );
        };
        let mut stack = mention.antecedents.clone();
        let mut reached = Vec::new();
        while let Some(index) = stack.pop() {
            let earlier = &read.mentions[index];
            reached.push(earlier.text.clone());
            stack.extend(earlier.antecedents.iter().copied());
        }
        assert!(
            reached.iter().any(|text| text == antecedent),
            "`{anaphor}` resolves to {reached:?}, expected `{antecedent}`"
        );
    }
    read
}

#[test]
fn pronouns_surnames_and_pairs_resolve_and_code_events() {
    let text = "Russia and China agreed on Thursday to expand trade, Russian Deputy Prime \
                Minister Alexei Overchuk said after meeting Chinese Vice Premier Ding Xuexiang.\n\n\
                He added that Moscow would supply more gas. Ding said the two powers would \
                sign an agreement on grain.";
    let read = check(
        text,
        Date::new(2024, 5, 16),
        &[
            ("He", "Russian Deputy Prime Minister Alexei Overchuk"),
            ("Ding", "Chinese Vice Premier Ding Xuexiang"),
            ("the two powers", "Russia"),
            ("the two powers", "China"),
        ],
    );
    let pair = read
        .mentions
        .iter()
        .find(|mention| mention.text == "the two powers")
        .expect("pair mention");
    assert_eq!(pair.kind, MentionKind::Pair);
    assert_eq!(pair.actors.len(), 2);
}

#[test]
fn quotes_have_speakers_and_events_inside_carry_them() {
    let text = "\"We will impose sanctions on Iran,\" Josep Borrell said on Monday. \
                \"The bloc is united.\"\n\nIran's foreign ministry said the decision was illegal.";
    let read = read(text, Date::new(2024, 4, 22));
    assert_spans_inside(text, &read);
    let direct: Vec<_> = read
        .quotes
        .iter()
        .filter(|quote| quote.kind == detente_doc::QuoteKind::Direct)
        .collect();
    assert_eq!(direct.len(), 2, "{:#?}", read.quotes);
    for quote in &direct {
        let speaker = quote.speaker.as_ref().expect("speaker");
        assert_eq!(speaker.text, "Josep Borrell");
    }
    let indirect = read
        .quotes
        .iter()
        .find(|quote| quote.kind == detente_doc::QuoteKind::Indirect)
        .expect("reported speech");
    assert_eq!(indirect.text, "the decision was illegal");
}

#[test]
fn reported_by_sources_are_attributed() {
    let text = "Moscow was ready to supply more gas, according to a translation first reported \
                by Bloomberg. State-run media said the two sides signed a memorandum.";
    let read = read(text, Date::new(2024, 5, 16));
    let sources: Vec<&str> = read
        .quotes
        .iter()
        .filter_map(|quote| quote.attributed_to.as_deref())
        .collect();
    assert!(sources.contains(&"Bloomberg"), "{:#?}", read.quotes);
    assert!(sources.contains(&"State-run media"), "{:#?}", read.quotes);
}

#[test]
fn bad_input_gives_output_with_diagnostics() {
    let unbalanced = "\"This quote never closes, said Lavrov on Monday. Russia met China.";
    let read = read(unbalanced, None);
    assert_spans_inside(unbalanced, &read);
    assert!(
        read.diagnostics()
            .iter()
            .any(|message| message.contains("never closes")),
        "{:?}",
        read.diagnostics()
    );
    let stray = "Russia said ” it would meet China.";
    let read = self::read(stray, None);
    assert!(read
        .diagnostics()
        .iter()
        .any(|message| message.contains("no opening mark")));
    // 2,000 sentences, no date: output, every span inside.
    let long: String = (0..2000)
        .map(|index| {
            if index % 3 == 0 {
                "Russia and China held talks. ".to_string()
            } else {
                format!("\"It was useful,\" he said on day {index}. ")
            }
        })
        .collect();
    let read = self::read(&long, None);
    assert_eq!(read.coded.segmentation.sentences.len(), 2000);
    assert_spans_inside(&long, &read);
    assert!(!read.coded.events.is_empty());
}

/// The annotated corpus: every file loads, and coreference and quotes stay above the
/// measured floor (`detente eval coref` prints the details).
#[test]
fn coref_corpus_scores_above_floor() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/coref"));
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus folder")
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|extension| extension == "txt"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 10, "{} articles", paths.len());
    let mut total = Score::default();
    let mut invalid = Vec::new();
    for path in &paths {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let content = std::fs::read_to_string(path).expect("readable");
        let annotated = match parse_annotated(&name, &content) {
            Ok(annotated) => annotated,
            Err(errors) => {
                invalid.extend(errors.iter().map(ToString::to_string));
                continue;
            }
        };
        let read = read(&annotated.text, annotated.date);
        assert_spans_inside(&annotated.text, &read);
        let (score, mistakes) = score_article(&annotated, &read);
        for mistake in mistakes {
            println!("{mistake}");
        }
        total.add(&score);
    }
    println!(
        "{total:?} precision {:.3} recall {:.3} f1 {:.3}",
        total.precision(),
        total.recall(),
        total.f1()
    );
    assert!(
        total.f1() >= FLOOR_F1,
        "coreference F1 {:.3} below {FLOOR_F1}",
        total.f1()
    );
}

/// Below the corpus F1 measured when the resolver was first scored on it (0.868), so that a
/// change that loses links fails here; `detente eval coref` prints the details.
const FLOOR_F1: f64 = 0.82;

mod properties {
    use proptest::prelude::*;

    const PIECES: &[&str] = &[
        "Russia",
        "China",
        " and ",
        " said ",
        "\"",
        "“",
        "”",
        "he",
        " it ",
        "its",
        "the two",
        " powers",
        ", ",
        ". ",
        "\n\n",
        "Lavrov",
        " met ",
        " according to ",
        "Bloomberg",
        " they ",
        "é",
        "«",
        "»",
        " the minister ",
        "Ding",
        " sanctions on ",
    ];

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]
        #[test]
        fn every_quote_and_mention_lies_inside_the_article(
            pieces in proptest::collection::vec(0..PIECES.len(), 0..60)
        ) {
            let text: String = pieces.iter().map(|&index| PIECES[index]).collect();
            let read = super::read(&text, None);
            super::assert_spans_inside(&text, &read);
        }
    }
}

#[test]
fn a_sources_own_forces_named_by_its_are_not_the_target() {
    let summary = |text: &str| -> Vec<String> {
        read(text, Date::new(2001, 3, 5))
            .coded
            .events
            .iter()
            .map(|event| {
                let target = event.target.as_ref().map_or("-", |t| t.code.as_str());
                format!("{} {} {}", event.source.code, event.cameo_code, target)
            })
            .collect()
    };
    // "its forces" resolves to the Israeli army: not a target; the place is.
    assert_eq!(
        summary("Israel has strengthened its forces in Lebanon."),
        ["ISR 154 LBN"]
    );
    // Citizens are not the state's instrument: they stay the target.
    assert_eq!(
        summary("Iran arrested its own citizens."),
        ["IRN 173 IRNCVL"]
    );
    // The same when the doer is found only through the governing verb ("tried").
    assert_eq!(
        summary("The US tried to keep Iran in line, ousting its government."),
        ["USA 174 -"]
    );
}

#[test]
fn a_material_act_with_no_one_named_acts_on_a_gazetteer_place() {
    // The lexicon does not know Kirkuk as an actor; the gazetteer knows it is in Iraq.
    let read = read(
        "Thousands of Kurds protested in Kirkuk on Sunday.",
        Date::new(2001, 3, 5),
    );
    let event = read.coded.events.first().expect("one protest");
    assert_eq!(event.cameo_code, "141");
    let target = event.target.as_ref().expect("the place as target");
    assert_eq!(
        (target.code.as_str(), target.text.as_str()),
        ("IRQ", "Kirkuk")
    );
    // Document reading hands the coder the sentence's gazetteer places.
    assert!(event.rule.contains("place as target"), "{}", event.rule);
}

#[test]
fn a_description_naming_its_own_country_is_not_an_anaphor() {
    // "the president of Armenia" is Armenia's president, not Putin named just before.
    let read = read(
        "Putin offered to negotiate with the president of Armenia.",
        Date::new(2001, 3, 5),
    );
    let event = read.coded.events.first().expect("an offer to negotiate");
    let target = event.target.as_ref().expect("a target");
    assert_eq!(target.code, "ARMGOV");
    assert!(target.antecedent.is_none());
}

#[test]
fn a_body_of_water_named_after_a_place_is_not_that_place() {
    // "Gulf" is also a province of Papua New Guinea, and the Gulf of Oman is not Oman.
    let read = read(
        "Iran seized an oil tanker in the Gulf of Oman.",
        Date::new(2023, 6, 1),
    );
    let event = read.coded.events.first().expect("one seizure");
    assert_eq!(event.cameo_code, "1711");
    assert!(event.target.is_none(), "{:?}", event.target);
    assert!(event.location.is_none(), "{:?}", event.location);
}

#[test]
fn plural_only_nouns_are_groups_a_pronoun_can_refer_to() {
    // "troops" is tagged `Number=Ptan`: still a group "they" prefers as the subject.
    check(
        "In a 2016 operation against Syrian Kurdish forces, Turkish troops carved out an \
         enclave west of the Euphrates that they continue to hold.",
        Date::new(2018, 1, 20),
        &[("they", "Turkish troops")],
    );
}

#[test]
fn the_coalition_is_an_alliance_of_states_never_a_militant_group() {
    let text = "Isis fighters held the town for a year. Civilians were killed by the coalition.";
    let read = read(text, Date::new(2018, 1, 20));
    let coalition = read
        .mentions
        .iter()
        .find(|mention| mention.text == "the coalition");
    assert!(
        coalition.is_none_or(|mention| mention
            .actors
            .iter()
            .all(|actor| !actor.code.starts_with("IMG"))),
        "{:#?}",
        read.mentions
    );
    // "the alliance" after NATO is NATO.
    check(
        "NATO met in Brussels. The alliance said it would send troops.",
        Date::new(2018, 1, 20),
        &[("The alliance", "NATO")],
    );
}

#[test]
fn a_possessive_in_a_relative_clause_with_a_relative_subject_may_be_the_modified_nouns() {
    // "their" is the Saudis', whom the clause is about: their wars with Iran.
    let saudis = check(
        "Erdoğan spoke on Monday. Less happy are the Saudis, who rely on US support in their \
         proxy wars with Iran in Yemen.",
        Date::new(2019, 1, 20),
        &[("their", "Saudis")],
    );
    let wars = saudis
        .coded
        .events
        .iter()
        .find(|event| event.predicate_text == "wars")
        .expect("the wars are coded");
    assert_eq!(wars.source.code, "SAU");
    // Their captives are not Britons: one party of a relation is not the other.
    let britons = read(
        "Isis filmed a group of four Britons who tortured their captives.",
        Date::new(2019, 1, 20),
    );
    let torture = britons
        .coded
        .events
        .iter()
        .find(|event| event.predicate_text == "tortured")
        .expect("the torture is coded");
    assert_eq!(torture.source.code, "GBR");
    assert!(torture.target.is_none(), "{:?}", torture.target);
    // Not a subject or object pronoun: "the Kurds it had backed" are not "it".
    check(
        "The Pentagon spoke on Monday. The Kurds it had backed took Raqqa.",
        Date::new(2019, 1, 20),
        &[("it", "Pentagon")],
    );
}

#[test]
fn a_possessive_before_its_clause_subject_points_forward_to_it() {
    // "his" precedes "Trump" in a phrase put before the subject: Trump's assaults, not
    // Erdoğan's from the sentence before.
    let read = check(
        "Erdoğan was furious on Monday. Through his intemperate verbal assaults and \
         sanctions on Ankara, Trump has lost Turkey.",
        Date::new(2019, 1, 20),
        &[("his", "Trump")],
    );
    let assault = read
        .coded
        .events
        .iter()
        .find(|event| event.predicate_text == "assaults")
        .expect("the assaults are coded");
    assert_eq!(assault.source.code, "USAGOV");
    // The possessive is in the subject of a fronted adverbial clause: Trump congratulated
    // Putin, not the Assad of the sentence before.
    let read = check(
        "Assad spoke on Monday. Since his telephone call congratulating Putin on his \
         re-election, Trump has been signalling his intention to withdraw.",
        Date::new(2018, 4, 10),
        &[("his", "Trump")],
    );
    let call = read
        .coded
        .events
        .iter()
        .find(|event| event.predicate_text.starts_with("congratulat"))
        .expect("the congratulation is coded");
    assert_eq!(call.source.code, "USAGOV");
    // A person pronoun does not take a state subject: "his" stays the earlier person.
    check(
        "Erdoğan spoke on Monday. Despite his warnings, Russia attacked Ukraine.",
        Date::new(2019, 1, 20),
        &[("his", "Erdoğan")],
    );
}

#[test]
fn a_short_sentence_after_a_quote_ending_in_an_exclamation_attributes_it() {
    // The quote ends its sentence with "!": the next sentence, "Trump tweeted.", says who
    // spoke, and "my" inside the quote is his.
    let text = "Erdoğan met Bolton in Ankara. \"No different from my original statements, we \
                will be leaving Syria!\" Trump tweeted. Russia attacked Ukraine.";
    let tweeted = read(text, Date::new(2019, 1, 7));
    assert_spans_inside(text, &tweeted);
    let quote = tweeted
        .quotes
        .iter()
        .find(|quote| quote.kind == detente_doc::QuoteKind::Direct)
        .expect("the quote");
    let speaker = quote.speaker.as_ref().expect("speaker");
    assert_eq!(speaker.text, "Trump");
    let statement = tweeted
        .coded
        .events
        .iter()
        .find(|event| event.predicate_text == "statements")
        .expect("the statements are coded");
    assert_eq!(statement.source.code, "USAGOV");
    // A sentence that reports something of its own, or is no report, attributes nothing.
    for after in [
        "Trump said that Iran would lose.",
        "Russia attacked Ukraine on Monday.",
    ] {
        let text = format!("\"We will win!\" {after}");
        let other = read(&text, Date::new(2019, 1, 7));
        let quote = other
            .quotes
            .iter()
            .find(|quote| quote.kind == detente_doc::QuoteKind::Direct)
            .expect("the quote");
        assert!(quote.speaker.is_none(), "{after}: {:#?}", quote.speaker);
    }
}

#[test]
fn a_pronoun_is_no_place_an_act_is_done_in() {
    // "in his honour" says for whom, not where: Erdoğan is no target of the parade.
    let read = read(
        "Erdoğan visited Moscow on Monday. Russia staged a military parade in his honour.",
        Date::new(2019, 5, 9),
    );
    let parade = read
        .coded
        .events
        .iter()
        .find(|event| event.predicate_text.contains("parade"))
        .expect("the parade is coded");
    assert!(parade.target.is_none(), "{:#?}", parade.target);
}

#[test]
fn a_pair_named_as_such_that_meets_meets_each_other() {
    // "The two men" are Johnson and Maas: each meets the other.
    let read = read(
        "Boris Johnson cancelled a press conference with German Foreign Minister Heiko Maas in \
         Oxford. The two men are meeting in the city.",
        Date::new(2018, 4, 13),
    );
    let mut dyads: Vec<(String, String)> = read
        .coded
        .events
        .iter()
        .filter(|event| event.predicate_text == "meeting")
        .map(|event| {
            let target = event.target.as_ref().map(|target| target.code.clone());
            (event.source.code.clone(), target.unwrap_or_default())
        })
        .collect();
    dyads.sort();
    assert_eq!(
        dyads,
        [
            ("DEUGOV".to_string(), "GBRGOV".to_string()),
            ("GBRGOV".to_string(), "DEUGOV".to_string())
        ]
    );
}

#[test]
fn the_subject_after_a_fronted_phrase_acts() {
    // The parser had joined "protesters" to "vote" as a conjunct, leaving the verb without a
    // subject; the parser's repair gives it back.
    let read = read(
        "Within hours of the vote, protesters in Cairo attacked the Israeli embassy.",
        Date::new(2019, 5, 9),
    );
    let attack = read
        .coded
        .events
        .iter()
        .find(|event| event.predicate_text == "attacked")
        .expect("the attack is coded");
    assert_eq!(attack.source.text, "protesters in Cairo");
    assert_eq!(
        attack.target.as_ref().map(|target| target.code.as_str()),
        Some("ISRGOV")
    );
}

#[test]
fn a_pronoun_in_a_nouns_infinitive_is_the_possessors() {
    // "to meet its commitment" is Ankara's failure: "its" is Ankara, not the subject Russia.
    let read = read(
        "Russia maintained the agreement despite Ankara's failure to meet its commitment of \
         driving extremists out of Idlib.",
        Date::new(2019, 5, 9),
    );
    let driving = read
        .coded
        .events
        .iter()
        .find(|event| event.predicate_text == "driving")
        .expect("the expulsion is coded");
    assert_eq!(driving.source.code, "TURGOV");
}

#[test]
fn a_group_named_by_its_side_is_no_anaphor() {
    // "the pro-Assad coalition" is not the UN named before it, nor is "the Russian-backed
    // alliance" NATO.
    for text in [
        "The UN has begged the pro-Assad coalition to agree to an immediate ceasefire.",
        "NATO met on Monday. The Russian-backed alliance attacked Ukrainian towns.",
    ] {
        let read = read(text, Date::new(2019, 5, 9));
        let organisations: Vec<&str> = read
            .coded
            .events
            .iter()
            .filter(|event| {
                event.source.text.contains("coalition") || event.source.text.contains("alliance")
            })
            .map(|event| event.source.code.as_str())
            .collect();
        assert!(organisations.is_empty(), "{text}: {organisations:?}");
    }
}
