//! Segmentation of tricky, real-looking news text, and the invariants every segmentation keeps.

use detente_text::{normalize, segment, Segmentation, SentenceKind};
use proptest::prelude::*;

/// Segments `text` and compares with `expected`: sentences separated by ` || `, tokens by single
/// spaces, and words of a multiword token joined by `+` (`do+n't`).
#[track_caller]
fn check(text: &str, expected: &str) {
    let segmentation = segment(text);
    assert_invariants(text, &segmentation);
    let actual = render(text, &segmentation);
    assert_eq!(actual, expected, "\ninput: {text:?}");
}

fn render(text: &str, segmentation: &Segmentation) -> String {
    segmentation
        .sentences
        .iter()
        .map(|sentence| {
            segmentation.tokens[sentence.tokens.clone()]
                .iter()
                .map(|token| {
                    segmentation.words[token.words.clone()]
                        .iter()
                        .map(|word| word.span.slice(text))
                        .collect::<Vec<_>>()
                        .join("+")
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join(" || ")
}

fn assert_invariants(text: &str, segmentation: &Segmentation) {
    let mut previous_end = 0;
    for (index, token) in segmentation.tokens.iter().enumerate() {
        assert!(
            token.span.start >= previous_end,
            "token {index} overlaps or goes back"
        );
        assert!(token.span.start < token.span.end, "token {index} is empty");
        assert!(token.span.end <= text.len());
        assert!(text.is_char_boundary(token.span.start) && text.is_char_boundary(token.span.end));
        assert!(!token.words.is_empty());
        let words = &segmentation.words[token.words.clone()];
        assert_eq!(
            words[0].span.start, token.span.start,
            "words tile token {index}"
        );
        assert_eq!(
            words[words.len() - 1].span.end,
            token.span.end,
            "words tile token {index}"
        );
        for pair in words.windows(2) {
            assert_eq!(
                pair[0].span.end, pair[1].span.start,
                "words tile token {index}"
            );
        }
        for word in words {
            assert_eq!(word.token, index);
            assert!(word.span.start < word.span.end);
            assert!(text.is_char_boundary(word.span.start) && text.is_char_boundary(word.span.end));
        }
        previous_end = token.span.end;
    }
    let mut next_token = 0;
    let mut next_word = 0;
    for sentence in &segmentation.sentences {
        assert_eq!(
            sentence.tokens.start, next_token,
            "sentences cover tokens in order"
        );
        assert!(
            sentence.tokens.end > sentence.tokens.start,
            "no empty sentence"
        );
        assert_eq!(sentence.words.start, next_word);
        let first = &segmentation.tokens[sentence.tokens.start];
        let last = &segmentation.tokens[sentence.tokens.end - 1];
        assert_eq!(sentence.span.start, first.span.start);
        assert_eq!(sentence.span.end, last.span.end);
        assert_eq!(sentence.words.end, last.words.end);
        next_token = sentence.tokens.end;
        next_word = sentence.words.end;
    }
    assert_eq!(
        next_token,
        segmentation.tokens.len(),
        "every token is in a sentence"
    );
    assert_eq!(next_word, segmentation.words.len());
}

#[test]
fn abbreviations_keep_their_period() {
    check(
        "The U.S. and Dr. Smith met Gen. Milley on Jan. 5 at No. 10 Downing St. in London.",
        "The U.S. and Dr. Smith met Gen. Milley on Jan. 5 at No. 10 Downing St. in London .",
    );
    check(
        "Acme Inc. said it would appeal.",
        "Acme Inc. said it would appeal .",
    );
}

#[test]
fn abbreviation_at_the_end_of_a_sentence() {
    check(
        "Beijing bought more oil from the U.S. The deal was signed on Monday.",
        "Beijing bought more oil from the U.S. || The deal was signed on Monday .",
    );
    check(
        "Talks with the U.S. President went well.",
        "Talks with the U.S. President went well .",
    );
}

#[test]
fn initials() {
    check(
        "John F. Kennedy met Nikita S. Khrushchev in Vienna.",
        "John F. Kennedy met Nikita S. Khrushchev in Vienna .",
    );
}

#[test]
fn numbers_dates_and_times() {
    check(
        "Trade grew 3.5% to $245.8 billion, or 1,000,000 tonnes, by 10:30 p.m. on 03/27/2025.",
        "Trade grew 3.5 % to $ 245.8 billion , or 1,000,000 tonnes , by 10:30 p.m. on 03/27/2025 .",
    );
    check(
        "The 5kg parcel left at 3pm.",
        "The 5 kg parcel left at 3 pm .",
    );
    check(
        "Between 1969-1970 the F-16 and COVID-19 ...",
        "Between 1969 - 1970 the F-16 and COVID-19 ...",
    );
}

#[test]
fn contractions_and_possessives_split_the_ud_way() {
    check(
        "Russia's envoy said they don't, won't and can't agree; I'm sure we'll see.",
        "Russia+'s envoy said they do+n't , wo+n't and ca+n't agree ; I+'m sure we+'ll see .",
    );
    check(
        "Moscow\u{2019}s plan isn\u{2019}t new.",
        "Moscow+\u{2019}s plan is+n\u{2019}t new .",
    );
    check(
        "The ministers' meeting cannot wait.",
        "The ministers ' meeting can+not wait .",
    );
}

#[test]
fn hyphens_follow_ewt() {
    check(
        "A long-term, non-binding deal on e-mail and anti-missile defence was well-received.",
        "A long - term , non-binding deal on e-mail and anti-missile defence was well - received .",
    );
}

#[test]
fn quotes_straight_and_curly() {
    check(
        "\"We will respond,\" the ministry said. \u{201C}It is final.\u{201D}",
        "\" We will respond , \" the ministry said . || \u{201C} It is final . \u{201D}",
    );
    check("\"Why now?\" he asked.", "\" Why now ? \" he asked .");
}

#[test]
fn quote_spanning_sentences() {
    check(
        "Lavrov said: \"We are ready. The ball is in their court.\" Washington did not reply.",
        "Lavrov said : \" We are ready . || The ball is in their court . \" || Washington did not reply .",
    );
}

#[test]
fn dashes_and_ellipses() {
    check(
        "The talks \u{2014} the first in years \u{2013} ended... Then silence.",
        "The talks \u{2014} the first in years \u{2013} ended ... || Then silence .",
    );
    check("He paused -- then left.", "He paused -- then left .");
}

#[test]
fn urls_and_emails() {
    check(
        "See https://example.org/a-b?c=1, or write to press@mfa.gov.ru.",
        "See https://example.org/a-b?c=1 , or write to press@mfa.gov.ru .",
    );
}

#[test]
fn parenthetical_sentences() {
    check(
        "Moscow agreed. (The Kremlin confirmed it later.) Beijing welcomed the move.",
        "Moscow agreed . || ( The Kremlin confirmed it later . ) || Beijing welcomed the move .",
    );
}

#[test]
fn headlines_without_final_punctuation() {
    check(
        "China and Russia Pledge Deeper Ties\nBeijing and Moscow signed a deal on Tuesday.",
        "China and Russia Pledge Deeper Ties || Beijing and Moscow signed a deal on Tuesday .",
    );
    check(
        "Talks stall\n\nNo progress was made.",
        "Talks stall || No progress was made .",
    );
    // A wrapped line that visibly continues stays in its sentence.
    check(
        "Russia said that\nthe talks would go on.",
        "Russia said that the talks would go on .",
    );
}

#[test]
fn datelines_are_their_own_segment() {
    let text = "MOSCOW (Reuters) - Russia said on Monday it would expel two diplomats.";
    check(
        text,
        "MOSCOW ( Reuters ) - || Russia said on Monday it would expel two diplomats .",
    );
    let segmentation = segment(text);
    assert_eq!(segmentation.sentences[0].kind, SentenceKind::Dateline);
    assert_eq!(segmentation.sentences[1].kind, SentenceKind::Body);
    check(
        "WASHINGTON, March 27 (AP) \u{2014} The U.S. imposed sanctions.",
        "WASHINGTON , March 27 ( AP ) \u{2014} || The U.S. imposed sanctions .",
    );
    check(
        "RIYADH, Saudi Arabia - Officials met.\n\nBEIJING - China replied.",
        "RIYADH , Saudi Arabia - || Officials met . || BEIJING - || China replied .",
    );
    // Not a dateline: an ordinary sentence with a dash.
    check(
        "Russia - and China - agreed.",
        "Russia - and China - agreed .",
    );
}

#[test]
fn question_and_exclamation_marks() {
    check(
        "Will Moscow agree? Nobody knows! Really?!",
        "Will Moscow agree ? || Nobody knows ! || Really ?!",
    );
}

#[test]
fn list_markers_start_sentences() {
    check(
        "Demands: 1. Withdraw troops. 2. Free prisoners.",
        "Demands : 1 . Withdraw troops . || 2 . Free prisoners .",
    );
    check("Ok. 1. Withdraw troops.", "Ok . || 1 . Withdraw troops .");
}

#[test]
fn empty_and_blank_input() {
    check("", "");
    check(" \n\t \u{00A0}\n", "");
}

#[test]
fn paragraphs_are_flagged() {
    let segmentation = segment("One. Two.\n\nThree.");
    let flags: Vec<bool> = segmentation
        .sentences
        .iter()
        .map(|s| s.starts_paragraph)
        .collect();
    assert_eq!(flags, vec![true, false, true]);
}

#[test]
fn normalised_forms_keep_offsets_in_the_original() {
    let text = "\u{201C}Moscow\u{2019}s move\u{201D} \u{2014} a test.";
    let segmentation = segment(text);
    let forms: Vec<String> = segmentation
        .words
        .iter()
        .map(|word| normalize(word.span.slice(text)).into_owned())
        .collect();
    assert_eq!(
        forms,
        vec!["\"", "Moscow", "'s", "move", "\"", "--", "a", "test", "."]
    );
    assert_eq!(segmentation.words[2].span.slice(text), "\u{2019}s");
}

#[test]
fn ten_thousand_punctuation_marks() {
    for mark in [".", "!", "-", "\"", "(", "'", "?!", ". "] {
        let text = mark.repeat(10_000);
        let segmentation = segment(&text);
        assert_invariants(&text, &segmentation);
        assert!(!segmentation.tokens.is_empty() || text.trim().is_empty());
    }
}

#[test]
fn one_long_line_of_text() {
    let line =
        "Moscow's envoy met U.S. officials, and talks -- the first since 2022 -- went well. ";
    let text = line.repeat(20_000);
    let segmentation = segment(&text);
    assert_invariants(&text, &segmentation);
    assert_eq!(segmentation.sentences.len(), 20_000);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn invariants_hold_for_any_text(text in "\\PC{0,200}") {
        let segmentation = segment(&text);
        assert_invariants(&text, &segmentation);
    }

    #[test]
    fn invariants_hold_for_news_like_text(
        pieces in proptest::collection::vec(
            prop_oneof![
                Just("U.S."), Just("Russia's"), Just("don't"), Just("\""), Just("\u{201C}"), Just("\u{201D}"),
                Just("."), Just("?"), Just("!"), Just("..."), Just("--"), Just("\u{2014}"), Just("-"),
                Just("("), Just(")"), Just("3.5"), Just("1,000"), Just("Dr."), Just("MOSCOW"), Just("\n"),
                Just("\n\n"), Just(" "), Just("said"), Just("e-mail"), Just("http://a.b/c"), Just("'"),
                Just("can't"), Just("\u{2019}s"), Just("x@y.org"), Just("1."), Just(","), Just(":"),
            ],
            0..60,
        )
    ) {
        let text: String = pieces.concat();
        let segmentation = segment(&text);
        assert_invariants(&text, &segmentation);
        // Non-whitespace text is never dropped.
        let covered: usize = segmentation.tokens.iter().map(|t| t.span.slice(&text).chars().filter(|c| !c.is_whitespace()).count()).sum();
        let total = text.chars().filter(|c| !c.is_whitespace() && !matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}')).count();
        prop_assert_eq!(covered, total);
    }

    #[test]
    fn segmentation_is_deterministic(text in "\\PC{0,120}") {
        prop_assert_eq!(segment(&text), segment(&text));
    }
}

#[test]
fn slashes_follow_ewt() {
    // EWT keeps `w/o` and `I/C` whole and splits `and/or` and `he/she`; a capital acronym
    // with one letter on a side is a name ("SPLM/A").
    check(
        "The SPLM/A and US/UK teams, w/o help and/or he/she, met at 3/4 past.",
        "The SPLM/A and US / UK teams , w/o help and / or he / she , met at 3/4 past .",
    );
}
