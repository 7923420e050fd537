#!/usr/bin/env bash
# Measures what phiguard's prompt guard blocks on a labelled set of prompts (prompts.jsonl, made by
# make_prompts.py), next to two PyPI PII detectors: Presidio's pattern recognizers and scrubadub.
#
#   Benchmarks/detection/run.sh
#   PHIGUARD=/path/to/phiguard Benchmarks/detection/run.sh
#
# Knobs (environment): PHIGUARD (default .build/release/phiguard; the script never builds: run
# `swift build -c release --product phiguard` first), PYTHON (the interpreter for the venv,
# default python3.11 or python3), NO_INSTALL=1 (use the venv as it is), REGENERATE=1 (rewrite
# prompts.jsonl even when it exists).
#
# Everything it makes lives under Benchmarks/work/ (gitignored): detection-venv/ (Faker, Presidio,
# scrubadub), phiguard-cache/ (phiguard's compiled rule database, warm after the first call) and
# out/ (detection.json/.md from run.py, peers.json/.md from peers.py, detection-compare.md).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
repo="$(cd "$here/../.." && pwd -P)"
WORK="$repo/Benchmarks/work"
VENV="$WORK/detection-venv"
OUT="$WORK/out"
PHIGUARD="${PHIGUARD:-$repo/.build/release/phiguard}"
NO_INSTALL="${NO_INSTALL:-0}"
REGENERATE="${REGENERATE:-0}"
if [ -z "${PYTHON:-}" ]; then
    if command -v python3.11 >/dev/null 2>&1; then PYTHON=python3.11; else PYTHON=python3; fi
fi

# The versions the committed prompts.jsonl and the README's tables were made with. Faker's name and
# street lists change between releases, so another Faker writes other prompts.
FAKER_PIN="faker==40.63.0"
PEER_PINS=("presidio-analyzer==2.2.366" "scrubadub==2.0.1")

note() { printf '%s\n' "$*" >&2; }

mkdir -p "$OUT"
if [ ! -x "$PHIGUARD" ]; then
    note "run.sh: no phiguard binary at $PHIGUARD (build it with: swift build -c release --product phiguard)"
    exit 2
fi

# ---------------------------------------------------------------------------------------------
# The venv: Faker for the generator, the two peers
# ---------------------------------------------------------------------------------------------
if [ ! -x "$VENV/bin/python" ]; then
    note "run.sh: creating $VENV"
    "$PYTHON" -m venv "$VENV"
fi
if [ "$NO_INSTALL" != 1 ]; then
    note "run.sh: installing $FAKER_PIN ${PEER_PINS[*]} into the venv (log: $OUT/detection-install.log)"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
        "$FAKER_PIN" "${PEER_PINS[@]}" >"$OUT/detection-install.log" 2>&1 \
        || { note "run.sh: pip install failed, see $OUT/detection-install.log"; exit 2; }
fi

# ---------------------------------------------------------------------------------------------
# The prompt set
# ---------------------------------------------------------------------------------------------
if [ "$REGENERATE" = 1 ] || [ ! -s "$here/prompts.jsonl" ]; then
    "$VENV/bin/python" "$here/make_prompts.py"
else
    "$VENV/bin/python" "$here/make_prompts.py" --check \
        || note "run.sh: prompts.jsonl is not what make_prompts.py writes here (another Faker?); measuring the file as it is"
fi

# ---------------------------------------------------------------------------------------------
# phiguard (system python3, stdlib only), then the peers (venv)
# ---------------------------------------------------------------------------------------------
note "run.sh: phiguard scan and guard on every prompt"
python3 "$here/run.py" "$PHIGUARD" --out "$OUT/detection.json" --markdown "$OUT/detection.md" >/dev/null
note "run.sh: Presidio and scrubadub on every prompt"
"$VENV/bin/python" "$here/peers.py" --out "$OUT/peers.json" --markdown "$OUT/peers.md" >/dev/null

python3 "$here/run.py" --out "$OUT/detection.json" --compare "$OUT/peers.json" | tee "$OUT/detection-compare.md"
note ""
note "run.sh: details in $OUT/detection.md (missed and wrongly blocked prompts), $OUT/peers.md,"
note "        $OUT/detection.json and $OUT/peers.json"
