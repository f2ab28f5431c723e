#!/usr/bin/env bash
# Runs one fuzz target with coverage-guided libFuzzer on the stable toolchain.
#
#   fuzz/run.sh segment [SECONDS]     # or: conllu, model_bytes
#
# `cargo fuzz run TARGET` works too where a nightly toolchain and cargo-fuzz are installed; this
# script gets the same instrumentation from stable rustc flags (SanitizerCoverage, no ASan), so
# it runs on the project's machines as they are. Crashes land in fuzz/artifacts/TARGET/.
set -euo pipefail
target=${1:?usage: fuzz/run.sh segment|conllu|model_bytes [SECONDS]}
seconds=${2:-60}
cd "$(dirname "$0")"
flags="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4"
flags+=" -Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table"
flags+=" -Cllvm-args=-sanitizer-coverage-trace-compares -Cdebug-assertions -Coverflow-checks"
triple=$(rustc -vV | sed -n 's/^host: //p')
# An explicit --target keeps the flags off build scripts.
RUSTFLAGS="$flags" cargo build --release --target "$triple" --bin "$target"
mkdir -p "corpus/$target" "artifacts/$target"
"target/$triple/release/$target" -max_total_time="$seconds" -max_len=4096 \
    -artifact_prefix="artifacts/$target/" "corpus/$target"
