#!/usr/bin/env bash
# Scores phiguard on the labelled code corpus (the Swift test's LabeledCorpus: code, config, CSV,
# logs, notebooks, Markdown and HL7 with planted values and decoys), next to two PyPI PII
# detectors: Presidio's pattern recognizers and scrubadub. score_code_corpus.py does the work.
#
#   Benchmarks/detection/code-corpus.sh
#   PHIGUARD=/path/to/phiguard Benchmarks/detection/code-corpus.sh
#
# Knobs (environment): PHIGUARD (default .build/release/phiguard; the script never builds it: run
# `swift build -c release --product phiguard` first; a missing binary is waited for up to WAIT
# seconds, 300, in case it is being rebuilt), REEXPORT=1 (export the corpus again even when it
# exists).
#
# Everything it reads and makes lives under Benchmarks/work/ (gitignored):
#   code-corpus/files/, code-corpus/labels.jsonl   the corpus; when missing it is exported with
#       `PHIGUARD_EXPORT_CORPUS=<dir> swift test --filter LabeledCorpusExport` (this BUILDS the
#       test targets, minutes on a cold build folder; log in out/code-corpus-export.log)
#   detection-venv/       Presidio and scrubadub, made by Benchmarks/detection/run.sh
#   phiguard-cache/       phiguard's compiled rule database (PHIGUARD_CACHE_DIR)
#   out/code-corpus.json, out/code-corpus.md   the scores (the Markdown is also printed)
# No output holds a planted value: only paths, lines, kinds and counts.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
repo="$(cd "$here/../.." && pwd -P)"
WORK="$repo/Benchmarks/work"
VENV="$WORK/detection-venv"
OUT="$WORK/out"
CORPUS="$WORK/code-corpus"
PHIGUARD="${PHIGUARD:-$repo/.build/release/phiguard}"
REEXPORT="${REEXPORT:-0}"
WAIT="${WAIT:-300}"

note() { printf '%s\n' "$*" >&2; }

mkdir -p "$OUT"

# ---------------------------------------------------------------------------------------------
# The corpus: reuse it, or export it from the Swift test
# ---------------------------------------------------------------------------------------------
if [ "$REEXPORT" = 1 ] || [ ! -s "$CORPUS/labels.jsonl" ] || [ ! -d "$CORPUS/files" ]; then
    note "code-corpus.sh: exporting the labelled corpus to $CORPUS"
    note "    PHIGUARD_EXPORT_CORPUS=$CORPUS swift test --filter LabeledCorpusExport"
    note "    (this builds the test targets; log: $OUT/code-corpus-export.log)"
    (cd "$repo" && PHIGUARD_EXPORT_CORPUS="$CORPUS" swift test --filter LabeledCorpusExport) \
        >"$OUT/code-corpus-export.log" 2>&1 \
        || { note "code-corpus.sh: the export failed, see $OUT/code-corpus-export.log"; exit 2; }
    [ -s "$CORPUS/labels.jsonl" ] \
        || { note "code-corpus.sh: the export wrote no $CORPUS/labels.jsonl (see $OUT/code-corpus-export.log)"; exit 2; }
else
    note "code-corpus.sh: reusing $CORPUS ($(wc -l <"$CORPUS/labels.jsonl" | tr -d ' ') labels; REEXPORT=1 redoes it)"
fi

# ---------------------------------------------------------------------------------------------
# The venv (Presidio, scrubadub) and the binary
# ---------------------------------------------------------------------------------------------
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import presidio_analyzer, scrubadub' >/dev/null 2>&1; then
    note "code-corpus.sh: no usable venv at $VENV (Presidio and scrubadub);"
    note "    run Benchmarks/detection/run.sh first, which creates it"
    exit 2
fi
waited=0
while [ ! -x "$PHIGUARD" ]; do
    if [ "$waited" -ge "$WAIT" ]; then
        note "code-corpus.sh: no phiguard binary at $PHIGUARD (build it with: swift build -c release --product phiguard)"
        exit 2
    fi
    [ "$waited" -eq 0 ] && note "code-corpus.sh: no phiguard at $PHIGUARD yet; waiting up to ${WAIT}s (being rebuilt?)"
    sleep 5
    waited=$((waited + 5))
done

# ---------------------------------------------------------------------------------------------
# Score: phiguard (median of 3 scans), then Presidio and scrubadub on every file
# ---------------------------------------------------------------------------------------------
note "code-corpus.sh: phiguard, Presidio and scrubadub on the corpus"
"$VENV/bin/python" "$here/score_code_corpus.py" --corpus "$CORPUS" --phiguard "$PHIGUARD" \
    --cache-dir "$WORK/phiguard-cache" --wait "$WAIT" \
    --out "$OUT/code-corpus.json" --markdown "$OUT/code-corpus.md"

note ""
note "code-corpus.sh: tables in $OUT/code-corpus.md, everything (per kind, per peer, timings,"
note "        phiguard's first misses and false alarms) in $OUT/code-corpus.json"
