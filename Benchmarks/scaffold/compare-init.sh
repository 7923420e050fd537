#!/usr/bin/env bash
# Interleaves `phiguard init --yes` of two binaries on fresh copies of the generated repository.
#
#   Benchmarks/scaffold/compare-init.sh NEW OLD [RUNS] [TOOLS]
#
# TOOLS (optional, comma-separated) is passed as --tools to both, so a build that knows more tools
# can be timed on the same work as an older one. The repository is the one run.sh generates
# (FILES files under Benchmarks/work/); run run.sh once first. Between runs (untimed) the same
# binary's `remove --purge` takes everything out again (copying 100k files took 45 s a run).
# Prints each binary's median.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
NEW=$1 OLD=$2 RUNS=${3:-7} TOOLS=${4:-}
FILES=${FILES:-100000}
REPO="$PWD/Benchmarks/work/repo-$FILES"
[ -d "$REPO/.git" ] || { echo "no $REPO: run Benchmarks/scaffold/run.sh first" >&2; exit 2; }
extra=()
[ -n "$TOOLS" ] && extra=(--tools "$TOOLS")
declare -A times
for run in $(seq 0 "$RUNS"); do
    for label in new old; do
        bin=$NEW; [ $label = old ] && bin=$OLD
        start=$(date +%s.%N)
        "$bin" init --yes --repo "$REPO" "${extra[@]}" >/dev/null 2>&1
        end=$(date +%s.%N)
        "$bin" remove --purge --repo "$REPO" >/dev/null 2>&1
        [ -z "$(git -C "$REPO" status --porcelain)" ] || { echo "remove left changes in $REPO" >&2; exit 1; }
        # Run 0 warms the file cache and is not counted.
        [ "$run" -gt 0 ] && times[$label]+="$(echo "$end - $start" | bc -l) "
    done
done
for label in new old; do
    printf '%s: median %.3f s  runs: %s\n' "$label" \
        "$(printf '%s\n' ${times[$label]} | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')" \
        "${times[$label]}"
done
