#!/usr/bin/env bash
# Reads a Parquet export back with DuckDB (from PyPI, in a virtualenv) and checks rows, types
# and nulls: see scripts/check_parquet.py. Needs python3 with venv and access to PyPI.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
venv="$target/parquet-check-venv"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check duckdb
fi
# The test profile shares the artifacts `cargo test` already built.
cargo build --quiet --profile test -p detente --bin detente
"$venv/bin/python" scripts/check_parquet.py "$target/debug/detente"
