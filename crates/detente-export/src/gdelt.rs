//! The GDELT 2.0 event table: 61 tab-separated columns in codebook order, no header.
//!
//! One row per exported event. What detente fills, column by column:
//!
//! - `GlobalEventID`: the event's id (its smallest mention id in the store).
//! - `Day` (`SQLDATE` in GDELT's own header files), `MonthYear`, `Year`: the representative
//!   mention's event date. `FractionDate` is `Year + ((month - 1) * 30 + day) / 365` to four
//!   decimals: the codebook writes `MONTH * 30`, but GDELT's files count from the start of the
//!   year (1 January is `.0027`), and so does detente.
//! - `Actor1Code` (the full CAMEO actor code), `Actor1Name` (the phrase as written, upper
//!   case), `Actor1CountryCode` (the country or regional code when it has three letters),
//!   `Actor1KnownGroupCode` (`UNO` for `IGOUNO`: the organisation part of a longer group
//!   code), `Actor1Type1Code` (the PLOVER sector). Ethnic, religion and the second and third
//!   type codes stay empty. The same for Actor2, all empty without a target.
//! - `IsRootEvent`: 1 when a mention lies in its article's first sentence (GDELT marks events
//!   from the lead paragraph; detente knows sentences, not paragraphs, for every input).
//! - `EventCode`, `EventBaseCode`, `EventRootCode`, `QuadClass`, `GoldsteinScale`,
//!   `NumMentions`, `NumSources`, `NumArticles`. `AvgTone` is empty (detente measures no tone).
//! - `Actor1Geo_*`, `Actor2Geo_*`: empty. `ActionGeo_*` from the event's place when known:
//!   type 1 (country) when the place is a bare country code, else 4 (world city); the full
//!   name as written; the country as the FIPS 10-4 code GDELT uses (`data/fips.tsv`, derived
//!   from GeoNames by `scripts/derive_gazetteer.py`; empty for a place with no FIPS code);
//!   latitude, longitude and the gazetteer id as feature id.
//! - `DATEADDED`: the earliest publication date of the event's articles at `000000`.
//! - `SOURCEURL`: the representative's article address, or its id when it has none.
//!
//! Tabs and line breaks inside text fields become spaces, so each row is one line.

use std::collections::HashMap;
use std::io::{self, Write};
use std::sync::OnceLock;

use crate::dedup::parse_date;
use crate::rows::ExportEvent;

/// The 61 column names of the GDELT 2.0 event table, in order.
pub const COLUMNS: [&str; 61] = [
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// The row of one event: 61 fields, empty where detente has no value.
pub fn row(event: &ExportEvent<'_>) -> [String; 61] {
    let record = &event.representative.record;
    let mut fields: [String; 61] = std::array::from_fn(|_| String::new());
    fields[0] = event.cluster.id.to_string();
    if let Some((year, month, day)) = record.event_date.as_deref().and_then(parse_date) {
        fields[1] = format!("{year:04}{month:02}{day:02}");
        fields[2] = format!("{year:04}{month:02}");
        fields[3] = format!("{year:04}");
        let fraction = f64::from((month - 1) * 30 + day) / 365.0;
        fields[4] = format!("{:.4}", year as f64 + fraction);
    }
    actor(
        &mut fields[5..15],
        &record.source_code,
        &record.source_text,
        &record.source_country,
        record.source_sector.as_deref(),
    );
    if let Some(code) = &record.target_code {
        actor(
            &mut fields[15..25],
            code,
            record.target_text.as_deref().unwrap_or(""),
            record.target_country.as_deref().unwrap_or(""),
            record.target_sector.as_deref(),
        );
    }
    fields[25] = u8::from(event.in_lead()).to_string();
    fields[26] = clean(&record.cameo_code);
    fields[27] = clean(&record.cameo_base);
    fields[28] = clean(&record.cameo_root);
    fields[29] = record.quad_class.to_string();
    fields[30] = record.goldstein.to_string();
    fields[31] = event.cluster.num_mentions.to_string();
    fields[32] = event.cluster.num_sources.to_string();
    fields[33] = event.cluster.num_articles.to_string();
    if let Some(place) = &record.location_text {
        let bare_country = record
            .location_id
            .as_deref()
            .is_some_and(|id| id.len() <= 3 && id.bytes().all(|b| b.is_ascii_uppercase()));
        fields[51] = if bare_country { "1" } else { "4" }.to_string();
        fields[52] = clean(place);
        fields[53] = record
            .location_country
            .as_deref()
            .and_then(fips_country)
            .unwrap_or("")
            .to_string();
        fields[56] = record
            .location_lat
            .map(|v| v.to_string())
            .unwrap_or_default();
        fields[57] = record
            .location_lon
            .map(|v| v.to_string())
            .unwrap_or_default();
        fields[58] = clean(record.location_id.as_deref().unwrap_or(""));
    }
    if let Some((year, month, day)) = event.first_published().and_then(parse_date) {
        fields[59] = format!("{year:04}{month:02}{day:02}000000");
    }
    let article = &event.representative.article;
    fields[60] = clean(article.url.as_deref().unwrap_or(&article.id));
    fields
}

/// Writes one row per event.
pub fn write(events: &[ExportEvent<'_>], out: &mut dyn Write) -> io::Result<()> {
    for event in events {
        let fields = row(event);
        out.write_all(fields.join("\t").as_bytes())?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// Fills the ten actor fields (code, name, country, known group, ethnic, two religions, three
/// types).
fn actor(fields: &mut [String], code: &str, name: &str, country: &str, sector: Option<&str>) {
    fields[0] = clean(code);
    fields[1] = clean(&name.to_uppercase());
    if country.len() == 3 {
        fields[2] = clean(country);
    } else if country.len() > 3 {
        fields[3] = clean(country.get(3..).unwrap_or(country));
    }
    fields[7] = clean(sector.unwrap_or(""));
}

/// The text with tabs and line breaks turned into spaces.
fn clean(text: &str) -> String {
    text.replace(['\t', '\n', '\r'], " ")
}

/// The FIPS 10-4 code of an ISO 3166-1 alpha-3 country code (`UKR` → `UP`), as GDELT's
/// geography columns write countries; `None` for codes without one (groups, organisations).
pub fn fips_country(iso3: &str) -> Option<&'static str> {
    static TABLE: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            include_str!("../data/fips.tsv")
                .lines()
                .filter(|line| !line.starts_with('#'))
                .filter_map(|line| line.split_once('\t'))
                .collect()
        })
        .get(iso3)
        .copied()
}

#[cfg(test)]
mod tests {

    #[test]
    fn countries_are_written_with_their_fips_codes() {
        for (iso3, fips) in [
            ("UKR", Some("UP")),
            ("DEU", Some("GM")),
            ("XKX", Some("KV")),
        ] {
            assert_eq!(super::fips_country(iso3), fips, "{iso3}");
        }
        assert_eq!(super::fips_country("IGOUNO"), None);
        assert_eq!(super::fips_country("EUR"), None);
    }
    use super::*;
    use crate::rows::{export_events, Grouping};
    use crate::testing::mention;
    use detente_code::StoredEvent;

    /// The named columns of the first row, as (name, value) for the non-empty ones.
    fn check(events: &[StoredEvent], expected: &[(&str, &str)]) {
        let rows = export_events(events, Grouping::Clusters);
        let mut out = Vec::new();
        write(&rows, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let line = text.lines().next().unwrap();
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 61, "{line}");
        let found: Vec<(&str, &str)> = COLUMNS
            .iter()
            .zip(&fields)
            .filter(|(_, value)| !value.is_empty())
            .map(|(name, value)| (*name, *value))
            .collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn a_cluster_fills_the_codebook_columns() {
        let mut events = vec![
            mention(
                3,
                "a1",
                "RUS",
                Some("MIL"),
                Some("IGOUNO"),
                "1731",
                "2024-03-01",
            ),
            mention(5, "a2", "RUS", None, Some("IGOUNO"), "173", "2024-03-02"),
        ];
        events[0].record.sentence_index = 2;
        events[1].record.sentence_index = 0;
        events[0].record.source_text = "Russian\ttroops".into();
        events[1].article.date = Some("2024-03-02".into());
        events[0].record.location_text = Some("Kharkiv".into());
        events[0].record.location_country = Some("UKR".into());
        events[0].record.location_lat = Some(49.98);
        events[0].record.location_lon = Some(36.25);
        events[0].record.location_id = Some("706483".into());
        for event in &mut events {
            event.cluster.id = 3;
        }
        check(
            &events,
            &[
                ("GlobalEventID", "3"),
                ("Day", "20240301"),
                ("MonthYear", "202403"),
                ("Year", "2024"),
                ("FractionDate", "2024.1671"),
                ("Actor1Code", "RUSMIL"),
                ("Actor1Name", "RUSSIAN TROOPS"),
                ("Actor1CountryCode", "RUS"),
                ("Actor1Type1Code", "MIL"),
                ("Actor2Code", "IGOUNO"),
                ("Actor2Name", "IGOUNO"),
                ("Actor2KnownGroupCode", "UNO"),
                ("IsRootEvent", "1"),
                ("EventCode", "1731"),
                ("EventBaseCode", "173"),
                ("EventRootCode", "17"),
                ("QuadClass", "4"),
                ("GoldsteinScale", "-9"),
                ("NumMentions", "2"),
                ("NumSources", "2"),
                ("NumArticles", "2"),
                ("ActionGeo_Type", "4"),
                ("ActionGeo_FullName", "Kharkiv"),
                ("ActionGeo_CountryCode", "UP"),
                ("ActionGeo_Lat", "49.98"),
                ("ActionGeo_Long", "36.25"),
                ("ActionGeo_FeatureID", "706483"),
                ("DATEADDED", "20240301000000"),
                ("SOURCEURL", "https://news.example/a1"),
            ],
        );
    }

    #[test]
    fn an_undated_event_without_target_leaves_those_columns_empty() {
        let mut event = mention(8, "a9", "FRA", None, None, "010", "2024-01-01");
        event.record.event_date = None;
        event.record.sentence_index = 4;
        event.article.date = None;
        event.article.url = None;
        event.cluster.id = 8;
        check(
            &[event],
            &[
                ("GlobalEventID", "8"),
                ("Actor1Code", "FRA"),
                ("Actor1Name", "FRA"),
                ("Actor1CountryCode", "FRA"),
                ("IsRootEvent", "0"),
                ("EventCode", "010"),
                ("EventBaseCode", "010"),
                ("EventRootCode", "01"),
                ("QuadClass", "4"),
                ("GoldsteinScale", "-9"),
                ("NumMentions", "1"),
                ("NumSources", "1"),
                ("NumArticles", "1"),
                ("SOURCEURL", "a9"),
            ],
        );
    }
}
