#!/usr/bin/env bash
# Times `git ls-files`, `phiguard inspect` and `phiguard init` on a generated repository.
#
#   Benchmarks/scaffold/run.sh            # 100k files, median of 5 runs
#   FILES=20000 RUNS=3 Benchmarks/scaffold/run.sh
#
# The repository is generated once under Benchmarks/work/ (gitignored) and reused. Every figure is
# the median wall time of RUNS runs after one warm-up run (warm file cache). `init` runs on a fresh
# copy of the repository each time (the copy is not timed).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
FILES=${FILES:-100000}
RUNS=${RUNS:-5}
WORK="$PWD/Benchmarks/work"
REPO="$WORK/repo-$FILES"

command -v python3 >/dev/null || { echo "python3 is needed to generate the benchmark repository" >&2; exit 2; }

echo "building release binary..." >&2
swift build -c release --product phiguard >&2
BIN="$(swift build -c release --show-bin-path)/phiguard"

if [ ! -d "$REPO/.git" ]; then
    echo "generating $FILES files in $REPO..." >&2
    rm -rf "$REPO"
    python3 Benchmarks/scaffold/generate.py "$REPO" "$FILES"
    git -C "$REPO" init -q -b main
    # No background auto-gc: it would repack while the timed runs (or the init copies) read the repo.
    git -C "$REPO" config gc.auto 0
    git -C "$REPO" add -A
    git -C "$REPO" -c user.name=bench -c user.email=bench@example.com -c commit.gpgsign=false \
        commit -q --no-verify -m "benchmark repository"
fi
echo "repository: $REPO ($(git -C "$REPO" ls-files | wc -l | tr -d ' ') tracked files)"

now() { date +%s.%N; }

# median LABEL SETUP COMMAND...: runs SETUP (untimed) then COMMAND, RUNS times after one warm-up.
median() {
    local label=$1 setup=$2; shift 2
    local times=() start end
    eval "$setup"; "$@" >/dev/null 2>&1 || true
    for _ in $(seq "$RUNS"); do
        eval "$setup"
        start=$(now); "$@" >/dev/null; end=$(now)
        times+=("$(echo "$end - $start" | bc -l)")
    done
    local sorted
    sorted=$(printf '%s\n' "${times[@]}" | sort -g | tr '\n' ' ')
    printf '%-48s median %6.3fs   runs: %s\n' "$label" \
        "$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')" \
        "$sorted"
}

median "git ls-files" ":" git -C "$REPO" ls-files
median "git ls-files -c -o --exclude-standard (= listing)" ":" \
    git -C "$REPO" ls-files -z -t -c -o --exclude-standard
# The floor any untracked-file listing must pay: two threads that only read the tree's directories.
if command -v cc >/dev/null; then
    FLOOR="$WORK/walk-floor"
    [ "$FLOOR" -nt Benchmarks/scaffold/walk-floor.c ] || cc -O2 -pthread -o "$FLOOR" Benchmarks/scaffold/walk-floor.c
    median "directory walk floor (2 threads, no ignore rules)" ":" "$FLOOR" "$REPO"
else
    echo "directory walk floor: no C compiler (cc) to build walk-floor.c"
fi
median "phiguard inspect --format json" ":" "$BIN" inspect --repo "$REPO" --format json

# `phiguard init --help` would print the root help (exit 0) in a build without init: ask the list.
if "$BIN" help 2>/dev/null | grep -qE '^ +init( |$)'; then
    COPY="$WORK/init-copy"
    median "phiguard init --yes (fresh copy each run)" "rm -rf '$COPY'; cp -a '$REPO' '$COPY'" \
        "$BIN" init --yes --repo "$COPY"
    rm -rf "$COPY"
else
    echo "init: not available in this build"
fi
