#!/usr/bin/env bash
# Ingest speed against raw coding speed, on the same corpus and the same number of threads.
#
#   bench/ingest.sh [ARTICLES] [THREADS]        (defaults: 100000 articles, 2 threads)
#
# The corpus is ../shared/data/news/guardian-2019-sample.jsonl repeated until it holds ARTICLES
# articles (each copy gets new ids, so the store keeps them all). Raw coding runs THREADS
# `detente code` processes side by side, one on each share of the corpus (events counted, not
# stored); `ingest --dry-run` reads and codes exactly as ingest does but stores nothing; ingest
# runs `detente ingest --threads THREADS` into a fresh SQLite store. Set
# DETENTE_DB=postgres://… to ingest into PostgreSQL instead (the database should be empty).
# Needs a release build: cargo build --release -p detente.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-100000}
threads=${2:-2}
bin=${DETENTE_BIN:-${CARGO_TARGET_DIR:-target}/release/detente}
source_file=../shared/data/news/guardian-2019-sample.jsonl
[ -x "$bin" ] || { echo "no release binary at $bin (cargo build --release -p detente)" >&2; exit 1; }
[ -f "$source_file" ] || { echo "missing $source_file" >&2; exit 1; }
work=$(mktemp -d /tmp/detente-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

python3 - "$source_file" "$articles" "$threads" "$work" <<'PY'
import json, sys
source, total, threads, work = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
base = [json.loads(line) for line in open(source, encoding="utf-8") if line.strip()]
corpus = open(f"{work}/corpus.jsonl", "w", encoding="utf-8")
parts = [open(f"{work}/part-{i}.jsonl", "w", encoding="utf-8") for i in range(threads)]
for n in range(total):
    record = dict(base[n % len(base)])
    record["id"] = f"{record.get('id', 'a')}-copy{n // len(base)}"
    line = json.dumps(record, ensure_ascii=False) + "\n"
    corpus.write(line)
    parts[n * threads // total].write(line)
PY
echo "corpus: $articles articles, $(du -m "$work/corpus.jsonl" | cut -f1) MB; $threads threads; $(nproc) cores"

start=$(date +%s.%N)
for ((i = 0; i < threads; i++)); do
  "$bin" code "$work/part-$i.jsonl" | wc -l >"$work/events-$i" &
done
wait
end=$(date +%s.%N)
raw_events=$(cat "$work"/events-* | awk '{ total += $1 } END { print total }')
raw_seconds=$(awk "BEGIN { print $end - $start }")

# The same coding path as ingest, without the store: --dry-run reads, codes and counts.
start=$(date +%s.%N)
"$bin" ingest "$work/corpus.jsonl" --dry-run --threads "$threads" 2>"$work/dry.log" || [ $? = 4 ]
end=$(date +%s.%N)
dry_seconds=$(awk "BEGIN { print $end - $start }")
dry_events=$(grep -o 'wrote [0-9]* articles and [0-9]* events' "$work/dry.log" | awk '{print $5}')

db=${DETENTE_DB:-$work/bench.db}
start=$(date +%s.%N)
"$bin" ingest "$work/corpus.jsonl" --db "$db" --threads "$threads" 2>"$work/ingest.log" || [ $? = 4 ]
end=$(date +%s.%N)
ingest_seconds=$(awk "BEGIN { print $end - $start }")
cat "$work/ingest.log"
ingest_events=$(grep -o 'wrote [0-9]* articles and [0-9]* events' "$work/ingest.log" | awk '{print $5}')

python3 - "$articles" "$raw_events" "$raw_seconds" "$dry_events" "$dry_seconds" "$ingest_events" "$ingest_seconds" <<'PY'
import sys
articles = int(sys.argv[1])
runs = [("detente code", sys.argv[2], sys.argv[3]), ("ingest --dry-run", sys.argv[4], sys.argv[5]), ("ingest", sys.argv[6], sys.argv[7])]
for name, events, seconds in runs:
    events, seconds = int(events), float(seconds)
    print(f"{name:17}: {seconds:8.1f} s  {articles / seconds:8.1f} articles/s  {events / seconds:9.1f} events/s  ({events} events)")
raw, dry, ingest = (float(run[2]) for run in runs)
print(f"ingest / detente code throughput: {100 * raw / ingest:.1f} %")
print(f"ingest / ingest --dry-run throughput: {100 * dry / ingest:.1f} %")
PY
