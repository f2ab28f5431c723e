#!/usr/bin/env python3
"""Checks that `detente export --format parquet` writes files DuckDB reads with the right rows,
types and nulls.

Usage: check_parquet.py PATH/TO/detente

Writes a small set of event records (as `detente code` prints them) with known duplicates to a
temporary folder, exports it twice (deduplicated and with --no-dedup), and reads both files
back with DuckDB. Exits non-zero with a message on the first mismatch.
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb


def record(article, date, source, target, code, sector=None, lat=None):
    """One event record with the keys of `detente code --format jsonl`."""
    return {
        "schema": 1, "record": "event", "article_id": article, "sentence_index": 0,
        "event_date": date, "date_granularity": "day" if date else None,
        "date_source": "article" if date else None,
        "source_text": source, "source_code": source + (sector or ""), "source_country": source,
        "source_sector": sector,
        "target_text": target, "target_code": target, "target_country": target,
        "target_sector": None,
        "cameo_code": code, "cameo_base": code[:3], "cameo_root": code[:2],
        "plover_type": "ASSAULT", "plover_mode": None, "plover_context": None,
        "goldstein": -9.0, "quad_class": 4, "predicate_text": "attacked",
        "predicate_start": 7, "predicate_end": 15, "source_start": 0, "source_end": 6,
        "target_start": 16 if target else None, "target_end": 22 if target else None,
        "location_text": "Kharkiv" if lat else None, "location_lat": lat,
        "rule": "check", "confidence": 0.75,
    }


# Three true events: a1/a2/a3 report one attack (dates one day apart, a sector missing once),
# a4/a5 report one meeting (the dyad written both ways), a6 is undated and stands alone.
RECORDS = [
    record("a1", "2024-03-01", "RUS", "UKR", "190", "MIL", lat=49.99),
    record("a2", "2024-03-02", "RUS", "UKR", "1901"),
    record("a3", "2024-03-01", "RUS", "UKR", "190", "MIL"),
    record("a4", "2024-05-10", "USA", "CHN", "046"),
    record("a5", "2024-05-10", "CHN", "USA", "046"),
    record("a6", None, "FRA", None, "010"),
]

EXPECTED_TYPES = {
    "article_id": "VARCHAR",
    "sentence_index": "BIGINT",
    "event_date": "DATE",
    "target_sector": "VARCHAR",
    "goldstein": "FLOAT",
    "quad_class": "INTEGER",
    "target_start": "BIGINT",
    "location_lat": "DOUBLE",
    "confidence": "FLOAT",
    "mention_id": "BIGINT",
    "cluster_id": "BIGINT",
    "num_mentions": "INTEGER",
    "num_articles": "INTEGER",
    "mention_ids": "VARCHAR",
    "article_date": "DATE",
}


def fail(message):
    print(f"check_parquet: FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def export(binary, records, out, *flags):
    command = [binary, "export", "--format", "parquet", "--events", str(records),
               "--out", str(out), *flags]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        fail(f"{' '.join(command)} exited {result.returncode}: {result.stderr}")


def main():
    if len(sys.argv) != 2:
        fail("usage: check_parquet.py PATH/TO/detente")
    binary = sys.argv[1]
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        records = folder / "events.jsonl"
        records.write_text("".join(json.dumps(r) + "\n" for r in RECORDS))
        clustered, mentions = folder / "events.parquet", folder / "mentions.parquet"
        export(binary, records, clustered)
        export(binary, records, mentions, "--no-dedup")
        db = duckdb.connect()
        for path, rows in ((clustered, 3), (mentions, 6)):
            count = db.execute(f"SELECT count(*) FROM read_parquet('{path}')").fetchone()[0]
            if count != rows:
                fail(f"{path.name}: {count} rows, expected {rows}")
            described = db.execute(f"DESCRIBE SELECT * FROM read_parquet('{path}')").fetchall()
            types = {row[0]: row[1] for row in described}
            for column, expected in EXPECTED_TYPES.items():
                if types.get(column) != expected:
                    fail(f"{path.name}: column {column} is {types.get(column)}, expected {expected}")
        got = db.execute(
            f"SELECT cluster_id, num_mentions, num_articles, mention_ids, event_date::VARCHAR, "
            f"target_sector IS NULL, location_lat FROM read_parquet('{clustered}') "
            f"ORDER BY cluster_id").fetchall()
        expected = [
            (1, 3, 3, "1;2;3", "2024-03-01", True, 49.99),
            (4, 2, 2, "4;5", "2024-05-10", True, None),
            (6, 1, 1, "6", None, True, None),
        ]
        if got != expected:
            fail(f"clustered rows {got}, expected {expected}")
        nulls = db.execute(
            f"SELECT count(*) FILTER (WHERE event_date IS NULL), "
            f"count(*) FILTER (WHERE target_code IS NULL) FROM read_parquet('{mentions}')"
        ).fetchone()
        if nulls != (1, 1):
            fail(f"nulls in event_date/target_code: {nulls}, expected (1, 1)")
    print("check_parquet: ok (3 clustered rows, 6 mention rows, types and nulls as written)")


if __name__ == "__main__":
    main()
