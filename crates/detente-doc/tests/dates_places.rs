//! Dates and places end to end: articles written here, read with the shipped models and
//! lexicon, coded, then dated and placed; each event printed as
//! `predicate | date/granularity/source | place country id`.

use detente_code::{code_article, CodedArticle, Coder, EventRecord};
use detente_doc::dates::annotate_dates;
use detente_doc::places::{annotate_places, Gazetteer};
use detente_lexicon::{Date, Lexicon};
use detente_nlp::pipeline::Analyzer;

fn read(text: &str, date: Option<&str>) -> (CodedArticle, Vec<String>) {
    let analyzer = Analyzer::shared_english().expect("the shipped models load");
    let coder = Coder::new(Lexicon::builtin());
    let date = date.and_then(Date::parse);
    let mut coded = code_article(&coder, analyzer, text, date);
    let mut diagnostics = annotate_dates(&mut coded, text, date);
    diagnostics.extend(annotate_places(&mut coded, text, Gazetteer::builtin()));
    (coded, diagnostics)
}

fn lines(coded: &CodedArticle, date: Option<&str>) -> Vec<String> {
    let date = date.and_then(Date::parse);
    coded
        .events
        .iter()
        .map(|event| {
            let record = EventRecord::new("test", date, event);
            format!(
                "{} {} {} | {}/{}/{} | {} {} {}",
                record.source_code,
                record.cameo_code,
                record.target_code.as_deref().unwrap_or("-"),
                record.event_date.as_deref().unwrap_or("-"),
                record.date_granularity.as_deref().unwrap_or("-"),
                record.date_source.as_deref().unwrap_or("-"),
                record.location_text.as_deref().unwrap_or("-"),
                record.location_country.as_deref().unwrap_or("-"),
                record.location_id.as_deref().unwrap_or("-"),
            )
        })
        .collect()
}

/// Reads `text` published on `date` and compares its events with `expected`.
fn check(text: &str, date: Option<&str>, expected: &[&str]) {
    let (coded, _diagnostics) = read(text, date);
    let found = lines(&coded, date);
    assert_eq!(found, expected, "{text}");
}

const DATE: Option<&str> = Some("2025-03-29");

#[test]
fn a_clause_date_and_a_dateline_place() {
    check(
        "MOSCOW (Reuters) - Russian President Vladimir Putin met Chinese President Xi Jinping \
         on Wednesday.",
        DATE,
        &["RUSGOV 040 CHNGOV | 2025-03-26/day/clause | MOSCOW RUS 524901"],
    );
}

#[test]
fn a_locative_phrase_inside_a_longer_phrase() {
    check(
        "China and Pakistan held talks at the Boao Forum in China's Hainan Province last week.",
        DATE,
        &[
            "CHN 040 PAK | 2025-03-17/week/clause | Hainan Province CHN CN-HI",
            "PAK 040 CHN | 2025-03-17/week/clause | Hainan Province CHN CN-HI",
        ],
    );
    check(
        "China met Russia at the talks in the Russian city of Kazan.",
        DATE,
        &["CHN 040 RUS | 2025-03-29/day/article | Kazan RUS 551487"],
    );
}

#[test]
fn the_locative_phrase_wins_over_the_dateline() {
    check(
        "WASHINGTON, March 27 (Reuters) - The United States imposed sanctions on Iran. Israel \
         and Egypt signed a ceasefire agreement in Cairo on 27 March 2025.",
        DATE,
        &[
            "USA 163 IRN | 2025-03-29/day/article | WASHINGTON USA 4140963",
            "ISR 057 - | 2025-03-27/day/clause | Cairo EGY 360630",
            "EGY 057 - | 2025-03-27/day/clause | Cairo EGY 360630",
        ],
    );
}

#[test]
fn an_event_years_before_the_article_takes_its_own_date() {
    check(
        "Russia and China signed an agreement back in 2023.",
        Some("2024-06-01"),
        &[
            "RUS 057 - | 2023-01-01/year/clause | - - -",
            "CHN 057 - | 2023-01-01/year/clause | - - -",
        ],
    );
    // Two years before the article: still coded, with its own date.
    check(
        "Russia and China signed an agreement back in 2023.",
        DATE,
        &[
            "RUS 057 - | 2023-01-01/year/clause | - - -",
            "CHN 057 - | 2023-01-01/year/clause | - - -",
        ],
    );
}

#[test]
fn a_month_is_not_a_town() {
    // March is also a town in Cambridgeshire.
    check(
        "The United States imposed sanctions on Iran in March.",
        DATE,
        &["USA 163 IRN | 2025-03-01/month/clause | - - -"],
    );
}

#[test]
fn a_date_in_another_clause_does_not_count() {
    // "on Monday" dates the saying, not the meeting.
    check(
        "Russia said on Monday that it will meet Ukraine in Istanbul.",
        DATE,
        &["RUS 036 UKR | 2025-03-29/day/article | Istanbul TUR 745044"],
    );
    // A future clause takes the coming Friday.
    check(
        "Russia will meet Ukraine in Istanbul on Friday.",
        DATE,
        &["RUS 036 UKR | 2025-04-04/day/clause | Istanbul TUR 745044"],
    );
    // The accusation happened where the article says nothing of; Kharkiv is where the
    // attacking was.
    check(
        "Ukraine accused Russia of attacking civilians in the city of Kharkiv.",
        DATE,
        &["UKR 112 RUS | 2025-03-29/day/article | - - -"],
    );
}

#[test]
fn violence_against_a_place_happens_there() {
    check(
        "Russian forces shelled Kharkiv on Thursday.",
        DATE,
        &["RUSMIL 194 - | 2025-03-27/day/clause | Kharkiv UKR 706483"],
    );
    // The coder names no target (Kharkiv is not an actor); the place is the object.
    // Sanctions on a country are not imposed there.
    check(
        "The United States imposed sanctions on Iran.",
        DATE,
        &["USA 163 IRN | 2025-03-29/day/article | - - -"],
    );
}

#[test]
fn ambiguous_names_follow_the_countries_of_the_article() {
    // Georgia borders Russia and Turkey: the country.
    check(
        "Russia and Turkey held talks in Georgia on Monday.",
        DATE,
        &[
            "RUS 040 TUR | 2025-03-24/day/clause | Georgia GEO 614540",
            "TUR 040 RUS | 2025-03-24/day/clause | Georgia GEO 614540",
        ],
    );
    // An American article: the state.
    check(
        "The United States and Mexico held talks in Georgia on Monday.",
        DATE,
        &[
            "USA 040 MEX | 2025-03-24/day/clause | Georgia USA 4197000",
            "MEX 040 USA | 2025-03-24/day/clause | Georgia USA 4197000",
        ],
    );
    check(
        "India and Britain held talks in Hyderabad.",
        DATE,
        &[
            "IND 040 GBR | 2025-03-29/day/article | Hyderabad IND 1269843",
            "GBR 040 IND | 2025-03-29/day/article | Hyderabad IND 1269843",
        ],
    );
    // Nothing tells India's Hyderabad from Pakistan's: left empty, with a diagnostic.
    let text = "The European Union held talks with Nato in Hyderabad.";
    check(
        text,
        DATE,
        &["IGOEU 040 IGONAT | 2025-03-29/day/article | - - -"],
    );
    let (_, diagnostics) = read(text, DATE);
    assert!(
        diagnostics
            .iter()
            .any(|line| line.contains("'Hyderabad' is ambiguous (IND, PAK)")),
        "{diagnostics:?}"
    );
}

#[test]
fn names_that_are_part_of_longer_names_are_not_places() {
    check(
        "Turkey met Greece in the Washington Post offices.",
        DATE,
        &["TUR 040 GRC | 2025-03-29/day/article | - - -"],
    );
    // "UN" is not Un, India; New York is the city, not the state.
    check(
        "Russia met China at the UN headquarters in New York.",
        DATE,
        &["RUS 040 CHN | 2025-03-29/day/article | New York USA 5128581"],
    );
    check(
        "Russia met China in The Hague.",
        DATE,
        &["RUS 040 CHN | 2025-03-29/day/article | The Hague NLD 2747373"],
    );
}

#[test]
fn unknown_places_are_left_empty() {
    check(
        "Russia and China held talks in Zorblatt on Tuesday.",
        DATE,
        &[
            "RUS 040 CHN | 2025-03-25/day/clause | - - -",
            "CHN 040 RUS | 2025-03-25/day/clause | - - -",
        ],
    );
}

#[test]
fn an_article_without_a_date() {
    let text = "Russia and China held talks in Beijing last week. They signed an agreement \
                in Moscow on 27 March 2025.";
    let (coded, diagnostics) = read(text, None);
    let found = lines(&coded, None);
    assert_eq!(
        found,
        [
            "RUS 040 CHN | -/-/- | Beijing CHN 1816670",
            "CHN 040 RUS | -/-/- | Beijing CHN 1816670",
        ],
        "{text}"
    );
    assert!(
        diagnostics
            .iter()
            .any(|line| line.contains("'last week' not resolved: the article has no date")),
        "{diagnostics:?}"
    );
}

#[test]
fn odd_text_gives_output_not_a_panic() {
    for text in [
        "",
        " \n\n ",
        "-",
        "MOSCOW (Reuters) -",
        "İSTANBUL (Reuters) - Mİd-March İn 2023 Russia met China in İstanbul.",
        "on on on in in back in back in mid- early - late 2023-13-45 Feb 31, 99999",
        "Russia met China in Beijing on March 27, 2025-03-27 27th of May 1899 two days ago ago.",
        "UN US UK USA U.S. Georgia-Paris Paris-based in Washington Post in The Hague",
        "In In In Province of of State",
    ] {
        for date in [DATE, None, Some("0001-01-01"), Some("9999-12-31")] {
            let (coded, _) = read(text, date);
            for event in &coded.events {
                if let Some(place) = &event.location {
                    assert_eq!(place.span.slice(text), place.text);
                }
            }
        }
    }
}

#[test]
fn a_long_article_is_read_whole() {
    // 2,000 sentences: dates and places are found per sentence and per event, in one pass.
    let sentence = "Russia and China held talks in Beijing on Monday. ";
    let text = sentence.repeat(2000);
    let (coded, _) = read(&text, DATE);
    assert_eq!(coded.events.len(), 4000);
    assert!(coded.events.iter().all(|event| {
        event
            .date
            .as_ref()
            .is_some_and(|date| date.date.to_string() == "2025-03-24")
            && event
                .location
                .as_ref()
                .is_some_and(|place| place.text == "Beijing")
    }));
}

/// The string value of `"key"` in one JSON object line (enough JSON for the news sample:
/// string values with the standard escapes).
fn json_string(line: &str, key: &str) -> Option<String> {
    let start = line.find(&format!("\"{key}\": \""))? + key.len() + 5;
    let mut out = String::new();
    let mut chars = line[start..].chars();
    while let Some(character) = chars.next() {
        match character {
            '"' => return Some(out),
            '\\' => match chars.next()? {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'r' => out.push('\r'),
                'u' => {
                    let hex: String = chars.by_ref().take(4).collect();
                    let mut code = u32::from_str_radix(&hex, 16).ok()?;
                    if (0xD800..0xDC00).contains(&code) {
                        let low: String = chars.by_ref().skip(2).take(4).collect();
                        let low = u32::from_str_radix(&low, 16).ok()?;
                        code = 0x10000 + ((code - 0xD800) << 10) + (low.checked_sub(0xDC00)?);
                    }
                    out.push(char::from_u32(code)?);
                }
                other => out.push(other),
            },
            other => out.push(other),
        }
    }
    None
}

#[test]
fn news_sample_dates_and_places_lie_in_their_sentences() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/news/guardian-2019-sample.jsonl"
    );
    let Ok(sample) = std::fs::read_to_string(path) else {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "{path} is missing and CI=true"
        );
        println!("skipped: {path} is missing");
        return;
    };
    let (mut events, mut dated, mut placed, mut from_dateline) = (0, 0, 0, 0);
    for line in sample.lines().filter(|line| !line.trim().is_empty()) {
        let text = json_string(line, "text").expect("every line has a text");
        let date = json_string(line, "date");
        let (coded, _) = read(&text, date.as_deref());
        for event in &coded.events {
            events += 1;
            let sentence = coded.segmentation.sentences[event.sentence_index].span;
            if let Some(found) = &event.date {
                dated += 1;
                let span = found.span.expect("a clause date has a span");
                assert!(span.start >= sentence.start && span.end <= sentence.end);
                println!(
                    "DATE\t{}\t{}\t{}\t{}\tarticle {}\t{}",
                    event.predicate_text,
                    span.slice(&text),
                    found.date,
                    found.granularity.name(),
                    date.as_deref().unwrap_or("-"),
                    sentence.slice(&text).replace('\n', " ")
                );
            }
            if let Some(place) = &event.location {
                placed += 1;
                assert_eq!(place.span.slice(&text), place.text);
                let inside = place.span.start >= sentence.start && place.span.end <= sentence.end;
                from_dateline += usize::from(!inside);
                println!(
                    "PLACE\t{}\t{}\t{}\t{}",
                    event.predicate_text,
                    place.text,
                    place.country.as_deref().unwrap_or("-"),
                    sentence.slice(&text).replace('\n', " ")
                );
            }
        }
    }
    println!(
        "news sample: {events} events, {dated} with a clause date, {placed} with a location \
         ({from_dateline} from a dateline)"
    );
}
