//! The flat export table shared by CSV and Parquet: the event record's columns, then the
//! event's cluster and article columns, each with a type.
//!
//! The first 45 columns are [`detente_code::record::COLUMNS`] of the event's representative
//! mention, in order. Then: `mention_id` (the representative's id), `cluster_id`,
//! `num_mentions`, `num_sources`, `num_articles`, `mention_ids` (every mention's id,
//! `;`-separated), `article_url`, `article_source`, `article_date`, `sentence_text`.
//!
//! Dates (`event_date`, `article_date`) are calendar dates: `YYYY-MM-DD` in CSV, the `DATE`
//! logical type (days since 1970-01-01) in Parquet.

use std::io::{self, Write};

use crate::dedup::{day_number, parse_date};
use crate::rows::ExportEvent;

/// A column's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// 64-bit signed integer.
    Int64,
    /// 32-bit signed integer.
    Int32,
    /// 32-bit float.
    Float,
    /// 64-bit float.
    Double,
    /// UTF-8 text.
    Text,
    /// Calendar date.
    Date,
}

/// One column of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// The column's name.
    pub name: &'static str,
    /// Its type.
    pub kind: Kind,
    /// Whether it can be null.
    pub nullable: bool,
}

/// One value of a row.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Null.
    Null,
    /// An integer (Int64 or Int32 column).
    Int(i64),
    /// A 32-bit float.
    Float(f32),
    /// A 64-bit float.
    Double(f64),
    /// Text.
    Text(String),
    /// A date, as days since 1970-01-01.
    Date(i32),
}

const fn column(name: &'static str, kind: Kind, nullable: bool) -> Column {
    Column {
        name,
        kind,
        nullable,
    }
}

use Kind::{Date, Double, Float, Int32, Int64, Text};

/// The table's columns in order.
pub const COLUMNS: [Column; 55] = [
    column("article_id", Text, false),
    column("sentence_index", Int64, false),
    column("event_date", Date, true),
    column("date_granularity", Text, true),
    column("date_source", Text, true),
    column("source_text", Text, false),
    column("source_code", Text, false),
    column("source_country", Text, false),
    column("source_sector", Text, true),
    column("target_text", Text, true),
    column("target_code", Text, true),
    column("target_country", Text, true),
    column("target_sector", Text, true),
    column("cameo_code", Text, false),
    column("cameo_base", Text, false),
    column("cameo_root", Text, false),
    column("plover_type", Text, true),
    column("plover_mode", Text, true),
    column("plover_context", Text, true),
    column("goldstein", Float, false),
    column("quad_class", Int32, false),
    column("predicate_text", Text, false),
    column("predicate_start", Int64, false),
    column("predicate_end", Int64, false),
    column("source_start", Int64, false),
    column("source_end", Int64, false),
    column("target_start", Int64, true),
    column("target_end", Int64, true),
    column("source_antecedent_text", Text, true),
    column("source_antecedent_start", Int64, true),
    column("source_antecedent_end", Int64, true),
    column("target_antecedent_text", Text, true),
    column("target_antecedent_start", Int64, true),
    column("target_antecedent_end", Int64, true),
    column("speaker_text", Text, true),
    column("speaker_code", Text, true),
    column("quote_index", Int64, true),
    column("location_text", Text, true),
    column("location_country", Text, true),
    column("location_lat", Double, true),
    column("location_lon", Double, true),
    column("location_id", Text, true),
    column("rule", Text, false),
    column("confidence", Float, false),
    column("schema", Int32, false),
    column("mention_id", Int64, false),
    column("cluster_id", Int64, false),
    column("num_mentions", Int32, false),
    column("num_sources", Int32, false),
    column("num_articles", Int32, false),
    column("mention_ids", Text, false),
    column("article_url", Text, true),
    column("article_source", Text, true),
    column("article_date", Date, true),
    column("sentence_text", Text, false),
];

/// The values of one row, in [`COLUMNS`] order.
pub fn values(event: &ExportEvent<'_>) -> Vec<Value> {
    fn text(value: &str) -> Value {
        Value::Text(value.to_string())
    }
    fn opt_text(value: &Option<String>) -> Value {
        value.as_deref().map_or(Value::Null, text)
    }
    fn int(value: usize) -> Value {
        Value::Int(i64::try_from(value).unwrap_or(i64::MAX))
    }
    fn opt_int(value: Option<usize>) -> Value {
        value.map_or(Value::Null, int)
    }
    fn date(value: Option<&str>) -> Value {
        match value.and_then(parse_date) {
            Some((year, month, day)) => {
                i32::try_from(day_number(year, month, day)).map_or(Value::Null, Value::Date)
            }
            None => Value::Null,
        }
    }
    let stored = event.representative;
    let record = &stored.record;
    let article = &stored.article;
    let mention_ids: Vec<String> = event
        .mentions
        .iter()
        .map(|mention| mention.id.to_string())
        .collect();
    vec![
        text(&record.article_id),
        int(record.sentence_index),
        date(record.event_date.as_deref()),
        opt_text(&record.date_granularity),
        opt_text(&record.date_source),
        text(&record.source_text),
        text(&record.source_code),
        text(&record.source_country),
        opt_text(&record.source_sector),
        opt_text(&record.target_text),
        opt_text(&record.target_code),
        opt_text(&record.target_country),
        opt_text(&record.target_sector),
        text(&record.cameo_code),
        text(&record.cameo_base),
        text(&record.cameo_root),
        opt_text(&record.plover_type),
        opt_text(&record.plover_mode),
        opt_text(&record.plover_context),
        Value::Float(record.goldstein),
        Value::Int(i64::from(record.quad_class)),
        text(&record.predicate_text),
        int(record.predicate_start),
        int(record.predicate_end),
        int(record.source_start),
        int(record.source_end),
        opt_int(record.target_start),
        opt_int(record.target_end),
        opt_text(&record.source_antecedent_text),
        opt_int(record.source_antecedent_start),
        opt_int(record.source_antecedent_end),
        opt_text(&record.target_antecedent_text),
        opt_int(record.target_antecedent_start),
        opt_int(record.target_antecedent_end),
        opt_text(&record.speaker_text),
        opt_text(&record.speaker_code),
        opt_int(record.quote_index),
        opt_text(&record.location_text),
        opt_text(&record.location_country),
        record.location_lat.map_or(Value::Null, Value::Double),
        record.location_lon.map_or(Value::Null, Value::Double),
        opt_text(&record.location_id),
        text(&record.rule),
        Value::Float(record.confidence),
        Value::Int(i64::from(record.schema)),
        Value::Int(stored.id),
        Value::Int(event.cluster.id),
        Value::Int(i64::from(event.cluster.num_mentions)),
        Value::Int(i64::from(event.cluster.num_sources)),
        Value::Int(i64::from(event.cluster.num_articles)),
        Value::Text(mention_ids.join(";")),
        opt_text(&article.url),
        opt_text(&article.source),
        date(article.date.as_deref()),
        text(&stored.sentence_text),
    ]
}

/// A value as CSV text (`None` for null): dates as `YYYY-MM-DD`, numbers in their shortest
/// decimal form.
pub fn cell(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::Int(number) => Some(number.to_string()),
        Value::Float(number) => Some(number.to_string()),
        Value::Double(number) => Some(number.to_string()),
        Value::Text(text) => Some(text.clone()),
        Value::Date(days) => Some(date_text(i64::from(*days))),
    }
}

/// Writes the table as CSV (RFC 4180): a header line, one line per event, CRLF line ends,
/// fields quoted when they hold a comma, a quote or a line break; null is an empty field.
pub fn write_csv(events: &[ExportEvent<'_>], out: &mut dyn Write) -> io::Result<()> {
    let header: Vec<String> = COLUMNS.iter().map(|column| quote(column.name)).collect();
    out.write_all(header.join(",").as_bytes())?;
    out.write_all(b"\r\n")?;
    for event in events {
        let fields: Vec<String> = values(event)
            .iter()
            .map(|value| cell(value).map(|text| quote(&text)).unwrap_or_default())
            .collect();
        out.write_all(fields.join(",").as_bytes())?;
        out.write_all(b"\r\n")?;
    }
    Ok(())
}

fn quote(field: &str) -> String {
    if field.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

/// `YYYY-MM-DD` of a day number (days since 1970-01-01).
pub(crate) fn date_text(days: i64) -> String {
    let (year, month, day) = detente_lexicon::civil_from_days(days);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rows::{export_events, Grouping};
    use crate::testing::mention;
    use detente_code::StoredEvent;

    fn check(events: &[StoredEvent], expected_csv: &str) {
        let rows = export_events(events, Grouping::Clusters);
        // The record columns agree with the record's own cells, name by name.
        for row in &rows {
            let names: Vec<&str> = COLUMNS.iter().map(|column| column.name).collect();
            assert_eq!(names[..45], detente_code::record::COLUMNS[..]);
            let cells: Vec<Option<String>> = values(row).iter().map(cell).collect();
            assert_eq!(cells[..45], row.representative.record.cells()[..]);
            for (column, value) in COLUMNS.iter().zip(values(row)) {
                let fits = match (&value, column.kind) {
                    (Value::Null, _) => column.nullable,
                    (Value::Int(_), Kind::Int64 | Kind::Int32) => true,
                    (Value::Float(_), Kind::Float) | (Value::Double(_), Kind::Double) => true,
                    (Value::Text(_), Kind::Text) | (Value::Date(_), Kind::Date) => true,
                    _ => false,
                };
                assert!(fits, "{} holds {value:?}", column.name);
            }
        }
        let mut out = Vec::new();
        write_csv(&rows, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let body: Vec<&str> = text.split("\r\n").skip(1).collect();
        assert_eq!(body.join("\n"), expected_csv);
    }

    #[test]
    fn csv_rows_quote_and_leave_nulls_empty() {
        let mut events = vec![
            mention(
                3,
                "a1",
                "RUS",
                Some("MIL"),
                Some("UKR"),
                "190",
                "2024-03-01",
            ),
            mention(5, "a2", "RUS", None, Some("UKR"), "190", "2024-03-02"),
        ];
        events[0].sentence_text = "Russian troops, \"allegedly\", attacked.\nMore".into();
        events[0].article.source = Some("Wire".into());
        for event in &mut events {
            event.cluster.id = 3;
        }
        check(
            &events,
            "a1,0,2024-03-01,day,article,RUS,RUSMIL,RUS,MIL,UKR,UKR,UKR,,190,190,19,ASSAULT,,,-9,4,\
             attacked,10,18,0,6,19,26,,,,,,,,,,,,,,,test,0.9,1,\
             3,3,2,2,2,3;5,https://news.example/a1,Wire,2024-03-01,\
             \"Russian troops, \"\"allegedly\"\", attacked.\nMore\"\n",
        );
    }

    #[test]
    fn day_numbers_round_trip_through_dates() {
        for text in [
            "1970-01-01",
            "2000-02-29",
            "2024-12-31",
            "1969-07-20",
            "0001-01-01",
        ] {
            let (year, month, day) = parse_date(text).unwrap();
            assert_eq!(date_text(day_number(year, month, day)), text);
        }
    }
}
