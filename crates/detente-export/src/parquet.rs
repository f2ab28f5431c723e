//! The flat export table ([`crate::table`]) as a Parquet file.
//!
//! Types: integers as `INT64` (ids, offsets, sentence index) or `INT32` (QuadClass, counts,
//! schema), `goldstein` and `confidence` as `FLOAT`, latitude and longitude as `DOUBLE`, text as
//! `BYTE_ARRAY` with the `STRING` annotation, `event_date` and `article_date` as `DATE` (`INT32`
//! days since 1970-01-01). Nullable columns are `OPTIONAL` and keep their nulls; the others are
//! `REQUIRED`. Uncompressed, one row group per 65,536 events. Written with the `parquet`
//! crate's column writers (no Arrow), which DuckDB, pyarrow and pandas read.

use std::io::Write;
use std::sync::Arc;

use parquet::data_type::{ByteArray, ByteArrayType, DoubleType, FloatType, Int32Type, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;

use crate::rows::ExportEvent;
use crate::table::{values, Kind, Value, COLUMNS};

/// Events per row group.
const ROW_GROUP: usize = 65_536;

/// A failure to write the Parquet file.
#[derive(Debug, thiserror::Error)]
#[error("writing Parquet: {0}")]
pub struct ParquetError(#[from] parquet::errors::ParquetError);

/// The Parquet schema of the table, in Parquet's message syntax.
pub fn schema() -> String {
    let mut message = String::from("message detente_event {\n");
    for column in &COLUMNS {
        let repetition = if column.nullable {
            "OPTIONAL"
        } else {
            "REQUIRED"
        };
        let physical = match column.kind {
            Kind::Int64 => "INT64",
            Kind::Int32 => "INT32",
            Kind::Float => "FLOAT",
            Kind::Double => "DOUBLE",
            Kind::Text => "BYTE_ARRAY",
            Kind::Date => "INT32",
        };
        let annotation = match column.kind {
            Kind::Text => " (STRING)",
            Kind::Date => " (DATE)",
            _ => "",
        };
        message.push_str(&format!(
            "  {repetition} {physical} {}{annotation};\n",
            column.name
        ));
    }
    message.push('}');
    message
}

/// Writes `events` as one Parquet file.
pub fn write<W: Write + Send>(events: &[ExportEvent<'_>], out: W) -> Result<(), ParquetError> {
    let schema = Arc::new(parse_message_type(&schema())?);
    let properties = Arc::new(WriterProperties::builder().build());
    let mut writer = SerializedFileWriter::new(out, schema, properties)?;
    for chunk in events.chunks(ROW_GROUP) {
        let rows: Vec<Vec<Value>> = chunk.iter().map(values).collect();
        let mut row_group = writer.next_row_group()?;
        let mut index = 0;
        while let Some(mut column_writer) = row_group.next_column()? {
            let column = COLUMNS
                .get(index)
                .ok_or_else(|| parquet::errors::ParquetError::General("extra column".into()))?;
            let cells: Vec<&Value> = rows.iter().map(|row| &row[index]).collect();
            let definitions: Vec<i16> = cells
                .iter()
                .map(|value| i16::from(!matches!(value, Value::Null)))
                .collect();
            let levels = column.nullable.then_some(definitions.as_slice());
            match column.kind {
                Kind::Int64 => {
                    let data: Vec<i64> = cells.iter().filter_map(|v| int(v)).collect();
                    column_writer
                        .typed::<Int64Type>()
                        .write_batch(&data, levels, None)?;
                }
                Kind::Int32 | Kind::Date => {
                    let data: Vec<i32> = cells
                        .iter()
                        .filter_map(|value| match value {
                            Value::Date(days) => Some(*days),
                            other => int(other).map(|n| i32::try_from(n).unwrap_or(i32::MAX)),
                        })
                        .collect();
                    column_writer
                        .typed::<Int32Type>()
                        .write_batch(&data, levels, None)?;
                }
                Kind::Float => {
                    let data: Vec<f32> = cells
                        .iter()
                        .filter_map(|value| match value {
                            Value::Float(number) => Some(*number),
                            _ => None,
                        })
                        .collect();
                    column_writer
                        .typed::<FloatType>()
                        .write_batch(&data, levels, None)?;
                }
                Kind::Double => {
                    let data: Vec<f64> = cells
                        .iter()
                        .filter_map(|value| match value {
                            Value::Double(number) => Some(*number),
                            _ => None,
                        })
                        .collect();
                    column_writer
                        .typed::<DoubleType>()
                        .write_batch(&data, levels, None)?;
                }
                Kind::Text => {
                    let data: Vec<ByteArray> = cells
                        .iter()
                        .filter_map(|value| match value {
                            Value::Text(text) => Some(ByteArray::from(text.as_str())),
                            _ => None,
                        })
                        .collect();
                    column_writer
                        .typed::<ByteArrayType>()
                        .write_batch(&data, levels, None)?;
                }
            }
            column_writer.close()?;
            index += 1;
        }
        row_group.close()?;
    }
    writer.close()?;
    Ok(())
}

fn int(value: &Value) -> Option<i64> {
    match value {
        Value::Int(number) => Some(*number),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rows::{export_events, Grouping};
    use crate::testing::mention;
    use detente_code::StoredEvent;
    use parquet::file::reader::{FileReader, SerializedFileReader};

    /// Writes the events, reads the file back, and compares the rows (as the reader prints
    /// them) and the column types.
    fn check(events: &[StoredEvent], expected_rows: usize, expected_fields: &[(&str, &str)]) {
        let rows = export_events(events, Grouping::Clusters);
        let mut bytes = Vec::new();
        write(&rows, &mut bytes).unwrap();
        let reader = SerializedFileReader::new(bytes::Bytes::from(bytes)).unwrap();
        let metadata = reader.metadata();
        assert_eq!(
            metadata.file_metadata().num_rows(),
            i64::try_from(expected_rows).unwrap()
        );
        let schema = metadata.file_metadata().schema_descr();
        assert_eq!(schema.num_columns(), COLUMNS.len());
        let first = reader.get_row_iter(None).unwrap().next().unwrap().unwrap();
        let found: Vec<(String, String)> = first
            .get_column_iter()
            .filter(|(name, _)| expected_fields.iter().any(|(wanted, _)| wanted == *name))
            .map(|(name, field)| (name.clone(), field.to_string()))
            .collect();
        let expected: Vec<(String, String)> = expected_fields
            .iter()
            .map(|(name, value)| (name.to_string(), value.to_string()))
            .collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn parquet_keeps_types_and_nulls() {
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
            mention(9, "a3", "FRA", None, None, "010", "2024-03-02"),
        ];
        events[0].record.location_lat = Some(49.5);
        for event in &mut events[..2] {
            event.cluster.id = 3;
        }
        events[2].cluster.id = 9;
        check(
            &events,
            2,
            &[
                ("sentence_index", "0"),
                ("event_date", "2024-03-01"),
                ("target_sector", "null"),
                ("goldstein", "-9E0"),
                ("quad_class", "4"),
                ("location_lat", "49.5"),
                ("location_lon", "null"),
                ("cluster_id", "3"),
                ("num_mentions", "2"),
                ("mention_ids", "\"3;5\""),
                ("article_date", "2024-03-01"),
            ],
        );
    }

    #[test]
    fn schema_parses() {
        let parsed = parse_message_type(&schema()).unwrap();
        assert_eq!(parsed.get_fields().len(), COLUMNS.len());
    }
}
