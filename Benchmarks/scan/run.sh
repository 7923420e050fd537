#!/usr/bin/env bash
# Times `phiguard scan` on ~100 MB of real source code next to the peers of shared/BENCHMARKS.md:
# ripgrep (20 secret/PHI regexes, ASCII mode: the fast-regex floor), Kingfisher and detect-secrets
# (on a 10 MB subset), then the pre-commit latency of `phiguard scan --staged` next to
# `kingfisher scan --staged`.
#
#   Benchmarks/scan/run.sh                       # median of 3 warm runs each
#   RUNS=5 PHIGUARD=/path/to/phiguard Benchmarks/scan/run.sh
#
# Knobs (environment): PHIGUARD (default .build/release/phiguard; the script never builds: run
# `swift build -c release --product phiguard` first), RUNS (3), PRECOMMIT_RUNS (10),
# TARGET_MB (100), SUBSET_MB (10), NO_INSTALL=1 (use only the peers already present).
#
# Everything it makes lives under Benchmarks/work/ (gitignored) and is reused on later runs:
# scan-corpus/, scan-subset/, staged-repo/, venv/ (Kingfisher, detect-secrets) and out/ (the
# tools' outputs, the last results table in out/results.md). MB means 10^6 bytes throughout;
# peak RSS is in MiB (`/usr/bin/time -f %M` KiB / 1024). Every peer is optional: one that cannot
# be installed or fails is reported and left out of the table.
set -euo pipefail

# ---------------------------------------------------------------------------------------------
# Paths and settings
# ---------------------------------------------------------------------------------------------
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
repo="$(cd "$here/../.." && pwd -P)"
WORK="$repo/Benchmarks/work"
CORPUS="$WORK/scan-corpus"
SUBSET="$WORK/scan-subset"
STAGED="$WORK/staged-repo"
VENV="$WORK/venv"
OUT="$WORK/out"
CHECKOUTS="$repo/.build/checkouts"

PHIGUARD="${PHIGUARD:-$(cd "$(dirname "$0")/../.." && pwd)/.build/release/phiguard}"
RUNS="${RUNS:-3}"
PRECOMMIT_RUNS="${PRECOMMIT_RUNS:-10}"
TARGET_MB="${TARGET_MB:-100}"
SUBSET_MB="${SUBSET_MB:-10}"
NO_INSTALL="${NO_INSTALL:-0}"

# The 20 ripgrep patterns: the shared copy beside the repository, else the copy kept here.
PATTERNS="$repo/../shared/bench/rg-20-patterns.txt"
[ -f "$PATTERNS" ] || PATTERNS="$here/rg-20-patterns.txt"

mkdir -p "$WORK" "$OUT"
INSTALL_LOG="$OUT/install.log"
: >"$INSTALL_LOG"

# The corpus lies inside this repository's work tree, under the gitignored Benchmarks/work/.
# Without a ceiling, git (and so phiguard, which lists a git work tree with `git ls-files
# --exclude-standard`) would find this repository above the corpus and list nothing, every file
# being ignored. The ceiling makes the corpus a plain folder, walked as outside git. The staged
# repository below has its own .git, found before the ceiling is reached.
export GIT_CEILING_DIRECTORIES="$WORK"

note() { printf '%s\n' "$*" >&2; }

# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------

# bytes_of DIR: total size in bytes of the regular files under DIR.
bytes_of() { find "$1" -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%d\n", s }'; }
# files_of DIR: number of regular files under DIR.
files_of() { find "$1" -type f | wc -l | tr -d ' '; }
# mb BYTES: BYTES in MB (10^6), one decimal.
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'; }
# calc EXPR: floating-point arithmetic through awk, e.g. calc "3 / 2" -> 1.500.
calc() { awk "BEGIN { printf \"%.3f\", $1 }"; }

# copy_tree SRC DEST BUDGET FIND-TEST...: copies the regular files under SRC that match the find
# test (e.g. -name '*.py') to DEST with their relative paths, in path order, until BUDGET bytes
# are copied (0: no limit; the last file may cross BUDGET, unless COPY_AT_MOST=1 is set, which
# stops before the first file that would not fit). Hidden files and folders are left out
# (ripgrep would skip them), and so are site-packages/dist-packages folders (copied as roots of
# their own, after the stdlib).
# Symbolic links are not copied.
copy_tree() {
    local src=$1 dest=$2 budget=$3
    shift 3
    mkdir -p "$dest"
    # find may meet unreadable folders; what it could read is still copied.
    (cd "$src" && { find . \( -name '.?*' -o -name site-packages -o -name dist-packages \) -prune \
        -o \( -type f \( "$@" \) -printf '%s\t%P\n' \) 2>/dev/null || true; }) |
        LC_ALL=C sort -t "$(printf '\t')" -k 2 |
        awk -v budget="$budget" -v at_most="${COPY_AT_MOST:-0}" '
            { size = $1; sub(/^[^\t]*\t/, "") }
            at_most && budget > 0 && sum + size > budget { full = 1 }
            !full && (budget == 0 || sum < budget) { sum += size; print }' |
        (cd "$src" && tar --no-unquote --verbatim-files-from -T - -cf -) |
        tar -xf - -C "$dest"
}

# python_roots: the folders whose *.py files make the Python part of the corpus, in copy order:
# first the stdlib folders (/usr/lib/python3*, /usr/local/lib/python3* and python3's own stdlib,
# which may be elsewhere, e.g. under pyenv), then the site-packages/dist-packages folders of the
# same installations. Each folder once; nothing under Benchmarks/work/ (the venv).
python_roots() {
    {
        for d in /usr/lib/python3* /usr/local/lib/python3*; do
            [ -d "$d" ] && printf '1 %s\n' "$d"
        done
        for d in /usr/lib/python3*/*-packages /usr/local/lib/python3*/*-packages; do
            [ -d "$d" ] && printf '2 %s\n' "$d"
        done
        python3 - <<'EOF' 2>/dev/null || true
import site, sysconfig
paths = sysconfig.get_paths()
print("1", paths["stdlib"])
packages = {paths["purelib"], paths["platlib"]}
try:
    packages.update(site.getsitepackages())
except Exception:
    pass
for p in sorted(packages):
    print("2", p)
EOF
    } | while read -r order d; do
        if [ -d "$d" ]; then printf '%s %s\n' "$order" "$(cd "$d" && pwd -P)"; fi
    done | LC_ALL=C sort -u | awk -v work="$WORK/" '
        index($2 "/", work) == 1 || seen[$2]++ { next }
        { print $2 }'
}

# ---------------------------------------------------------------------------------------------
# 1. The corpus (built once, reused while its marker says it was built for the same TARGET_MB)
# ---------------------------------------------------------------------------------------------
build_corpus() {
    local target=$((TARGET_MB * 1000000)) have=0 label n=0
    note "building the corpus in $CORPUS (target $TARGET_MB MB)..."
    rm -rf "$CORPUS" "$CORPUS.done"
    mkdir -p "$CORPUS/python"
    # The *.py files of the Python installations, one folder per root (1-usr_lib_python3.11, ...),
    # stdlib first, until the target is reached (a large site-packages alone can exceed it).
    while read -r root; do
        [ "$have" -lt "$target" ] || break
        n=$((n + 1))
        label="$n-$(printf '%s' "${root#/}" | tr '/' '_')"
        note "  python: $root"
        copy_tree "$root" "$CORPUS/python/$label" $((target - have)) -name '*.py'
        have=$(bytes_of "$CORPUS/python")
    done < <(python_roots)
    if [ "$have" -eq 0 ]; then
        note "no *.py files found under /usr/lib/python3*, /usr/local/lib/python3* or python3's own paths"
        exit 2
    fi
    # Then C, C++ and Swift sources of the package's dependency checkouts (only read).
    if [ "$have" -lt "$target" ] && [ -d "$CHECKOUTS" ]; then
        note "  C/C++/Swift: $CHECKOUTS"
        copy_tree "$CHECKOUTS" "$CORPUS/checkouts" $((target - have)) \
            -name '*.c' -o -name '*.h' -o -name '*.cc' -o -name '*.cpp' -o -name '*.cxx' \
            -o -name '*.hh' -o -name '*.hpp' -o -name '*.hxx' -o -name '*.swift'
        have=$(bytes_of "$CORPUS")
    fi
    # Then the Python set again, into numbered folders, until the target is reached (the last
    # copy stops at the target).
    n=1
    while [ "$have" -lt "$target" ]; do
        note "  python again: repeat-$n"
        copy_tree "$CORPUS/python" "$CORPUS/python-repeat-$n" $((target - have)) -name '*.py'
        have=$(bytes_of "$CORPUS")
        n=$((n + 1))
    done
    echo "$TARGET_MB" >"$CORPUS.done"
}

if [ ! -f "$CORPUS.done" ] || [ "$(cat "$CORPUS.done")" != "$TARGET_MB" ] || [ ! -d "$CORPUS" ]; then
    build_corpus
fi
CORPUS_BYTES=$(bytes_of "$CORPUS")
CORPUS_FILES=$(files_of "$CORPUS")
CORPUS_MB=$(mb "$CORPUS_BYTES")
echo "corpus: $CORPUS — $CORPUS_MB MB in $CORPUS_FILES files"

# The detect-secrets subset: the first files (in path order) of the corpus's Python part, up to
# SUBSET_MB (never above); detect-secrets runs at well under 1 MB/s.
if [ ! -f "$SUBSET.done" ] || [ "$(cat "$SUBSET.done")" != "$SUBSET_MB" ] || [ ! -d "$SUBSET" ]; then
    rm -rf "$SUBSET" "$SUBSET.done"
    COPY_AT_MOST=1 copy_tree "$CORPUS/python" "$SUBSET" $((SUBSET_MB * 1000000)) -name '*.py'
    echo "$SUBSET_MB" >"$SUBSET.done"
fi
SUBSET_BYTES=$(bytes_of "$SUBSET")
SUBSET_MBV=$(mb "$SUBSET_BYTES")
echo "subset: $SUBSET — $SUBSET_MBV MB in $(files_of "$SUBSET") files"

# ---------------------------------------------------------------------------------------------
# 2. Peers (each optional)
# ---------------------------------------------------------------------------------------------
apt_updated=0
# apt_install PKG: installs a Debian package; runs `apt-get update` once if the first try fails.
apt_install() {
    [ "$NO_INSTALL" = 1 ] && return 1
    command -v apt-get >/dev/null 2>&1 || return 1
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q "$1" >>"$INSTALL_LOG" 2>&1 && return 0
    [ "$apt_updated" = 1 ] && return 1
    apt_updated=1
    apt-get update -q >>"$INSTALL_LOG" 2>&1 || return 1
    apt-get install -y -q "$1" >>"$INSTALL_LOG" 2>&1
}

# /usr/bin/time for the peak RSS (its shell keyword namesake cannot report it).
TIMER=/usr/bin/time
if [ ! -x "$TIMER" ]; then
    note "installing the 'time' package for /usr/bin/time..."
    apt_install time || true
fi
if [ ! -x "$TIMER" ] || ! "$TIMER" -f %M -o /dev/null true 2>/dev/null; then
    note "no GNU /usr/bin/time: peak RSS will not be reported (see $INSTALL_LOG)"
    TIMER=""
fi

# ripgrep
RG=$(command -v rg || true)
if [ -z "$RG" ]; then
    note "installing ripgrep (apt-get install -y ripgrep)..."
    if apt_install ripgrep; then RG=$(command -v rg || true); fi
    [ -n "$RG" ] || note "ripgrep: not available (see $INSTALL_LOG); its row is skipped"
fi

# Kingfisher and detect-secrets, from PyPI into a venv of their own.
# venv_tool NAME PIP-PACKAGE: prints the venv's NAME, installing PIP-PACKAGE first if needed.
venv_tool() {
    local name=$1 package=$2
    if [ ! -x "$VENV/bin/$name" ] && [ "$NO_INSTALL" != 1 ]; then
        if [ ! -x "$VENV/bin/pip" ]; then
            note "creating the venv $VENV..."
            python3 -m venv "$VENV" >>"$INSTALL_LOG" 2>&1 || { rm -rf "$VENV"; return 0; }
        fi
        note "installing $package into the venv (pip install $package)..."
        "$VENV/bin/pip" install -q --disable-pip-version-check "$package" >>"$INSTALL_LOG" 2>&1 || true
    fi
    if [ -x "$VENV/bin/$name" ]; then printf '%s\n' "$VENV/bin/$name"; fi
}
KINGFISHER=$(venv_tool kingfisher kingfisher-bin)
[ -n "$KINGFISHER" ] || KINGFISHER=$(command -v kingfisher || true)
[ -n "$KINGFISHER" ] || note "kingfisher: not available (see $INSTALL_LOG); its rows are skipped"
DETECT_SECRETS=$(venv_tool detect-secrets detect-secrets)
[ -n "$DETECT_SECRETS" ] || DETECT_SECRETS=$(command -v detect-secrets || true)
[ -n "$DETECT_SECRETS" ] || note "detect-secrets: not available (see $INSTALL_LOG); its row is skipped"

# phiguard: the given (release) binary; a debug build only as a labelled fallback.
PHIGUARD_LABEL=phiguard
if [ ! -x "$PHIGUARD" ]; then
    if [ -x "$repo/.build/debug/phiguard" ]; then
        note "phiguard: $PHIGUARD not found; using the DEBUG build (figures not representative)."
        note "          Build the release one with: swift build -c release --product phiguard"
        PHIGUARD="$repo/.build/debug/phiguard"
        PHIGUARD_LABEL="phiguard (debug build)"
    else
        note "phiguard: $PHIGUARD not found (swift build -c release --product phiguard); its rows are skipped"
        PHIGUARD=""
    fi
fi

# ---------------------------------------------------------------------------------------------
# 3. Timing
# ---------------------------------------------------------------------------------------------

# timed_runs N OK-CODES OUTFILE COMMAND...: runs COMMAND N times, stdout to OUTFILE and stderr to
# OUTFILE.err, and sets MEDIAN (median wall seconds), RSS_MB (largest peak RSS, MiB, or "–"),
# TIMES (every run). Returns 1, after showing the error output, if an exit code is not one of
# OK-CODES (a space-separated list).
timed_runs() {
    local n=$1 ok=$2 out=$3 i start end rc kib peak=0
    shift 3
    local times=()
    for ((i = 0; i < n; i++)); do
        rc=0
        start=$(date +%s.%N)
        if [ -n "$TIMER" ]; then
            "$TIMER" -f %M -o "$OUT/rss.txt" "$@" >"$out" 2>"$out.err" || rc=$?
        else
            "$@" >"$out" 2>"$out.err" || rc=$?
        fi
        end=$(date +%s.%N)
        case " $ok " in
            *" $rc "*) ;;
            *)
                note "  '$*' exited $rc; last lines of its error output:"
                tail -n 5 "$out.err" >&2 || true
                return 1
                ;;
        esac
        times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }')")
        if [ -n "$TIMER" ]; then
            kib=$(tail -n 1 "$OUT/rss.txt")
            if [ "$kib" -gt "$peak" ]; then peak=$kib; fi
        fi
    done
    TIMES="${times[*]}"
    MEDIAN=$(printf '%s\n' "${times[@]}" | sort -g |
        awk '{ a[NR] = $1 } END { printf "%.4f", NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
    if [ -n "$TIMER" ]; then RSS_MB=$(awk -v k="$peak" 'BEGIN { printf "%.0f", k / 1024 }'); else RSS_MB="–"; fi
}

ROWS=()
# row TOOL INPUT BYTES FINDINGS: adds a table row from MEDIAN and RSS_MB (BYTES 0: no MB/s and
# findings/MB, as for the pre-commit rows).
row() {
    local tool=$1 input=$2 bytes=$3 findings=$4 mbps="–" per="–"
    if [ "$bytes" -gt 0 ]; then
        mbps=$(awk -v b="$bytes" -v s="$MEDIAN" 'BEGIN { printf "%.1f", b / 1e6 / s }')
        if [ "$findings" != "–" ]; then
            per=$(awk -v f="$findings" -v b="$bytes" 'BEGIN { printf "%.2f", f / (b / 1e6) }')
        fi
    fi
    ROWS+=("| $tool | $input | $(printf '%.3f' "$MEDIAN") | $mbps | $RSS_MB | $findings | $per |")
    note "  $tool: median $(printf '%.3f' "$MEDIAN") s (runs: $TIMES), MB/s $mbps, peak RSS $RSS_MB MiB, findings $findings"
}

# count FORMAT FILE: the number of findings in a tool's JSON output, "–" if it does not parse.
count() {
    python3 - "$1" "$2" <<'EOF' 2>/dev/null || echo "–"
import json, sys
kind, path = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8", errors="replace").read()
if kind == "phiguard":
    print(len(json.loads(text)["findings"]))
elif kind == "detect-secrets":
    print(sum(len(v) for v in json.loads(text)["results"].values()))
elif kind == "kingfisher":
    # `-f json` prints one object a line: {"findings": [...], ...}, then a summary whose
    # "findings" is a number.
    objects = [json.loads(line) for line in text.splitlines() if line.strip()]
    lists = [o["findings"] for o in objects if isinstance(o.get("findings"), list)]
    if not lists:
        raise SystemExit(1)
    print(sum(len(f) for f in lists))
EOF
}

# Warm the page cache: read every file once (the warm-up runs below do it again per tool).
note "warming the page cache..."
find "$CORPUS" "$SUBSET" -type f -print0 | xargs -0 cat >/dev/null

echo
echo "host: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
echo "timing: median of $RUNS warm runs (pre-commit: $PRECOMMIT_RUNS)"

PG_MEDIAN=""
RG_MEDIAN=""
CORPUS_INPUT="corpus $CORPUS_MB MB"

# phiguard on the corpus: exit 1 (findings) is a normal outcome.
if [ -n "$PHIGUARD" ]; then
    note "phiguard: $PHIGUARD scan --repo CORPUS --format json"
    "$PHIGUARD" scan --repo "$CORPUS" --format json >"$OUT/phiguard.json" 2>/dev/null || true
    if timed_runs "$RUNS" "0 1" "$OUT/phiguard.json" "$PHIGUARD" scan --repo "$CORPUS" --format json; then
        PG_MEDIAN=$MEDIAN
        row "$PHIGUARD_LABEL" "$CORPUS_INPUT" "$CORPUS_BYTES" "$(count phiguard "$OUT/phiguard.json")"
        # Check that it read the whole corpus (a listing problem would make it look fast).
        python3 - "$OUT/phiguard.json" "$CORPUS_FILES" <<'EOF' >&2 || true
import json, sys
stats = json.load(open(sys.argv[1]))["stats"]
print(f"  phiguard read {stats['files']} files, {stats['bytes'] / 1e6:.1f} MB, skipped {stats['skipped']}")
if stats["files"] < 0.9 * int(sys.argv[2]):
    print("  WARNING: phiguard scanned far fewer files than the corpus holds")
EOF
    fi
fi

# ripgrep, ASCII mode (--no-unicode): the fast-regex reference. -c prints path:count per file.
if [ -n "$RG" ]; then
    note "ripgrep: rg --no-unicode -c -f $PATTERNS CORPUS"
    "$RG" --no-unicode -c -f "$PATTERNS" "$CORPUS" >"$OUT/rg.txt" 2>/dev/null || true
    # Exit 1 means no match.
    if timed_runs "$RUNS" "0 1" "$OUT/rg.txt" "$RG" --no-unicode -c -f "$PATTERNS" "$CORPUS"; then
        RG_MEDIAN=$MEDIAN
        row "ripgrep $("$RG" --version 2>/dev/null | awk 'NR == 1 { print $2 }') (20 regexes, ASCII)" "$CORPUS_INPUT" \
            "$CORPUS_BYTES" "$(awk -F: '{ s += $NF } END { printf "%d", s }' "$OUT/rg.txt")"
        note "  ripgrep lists $("$RG" --files "$CORPUS" | wc -l | tr -d ' ') files; its findings are matching lines"
    fi
fi

# Kingfisher, no validation (no network), no update check; one untimed run first to warm its
# rule cache. Exit codes: 0 clean, 200 findings, 205 validated findings.
if [ -n "$KINGFISHER" ]; then
    note "kingfisher: kingfisher scan CORPUS --no-validate --no-update-check -f json"
    "$KINGFISHER" scan "$CORPUS" --no-validate --no-update-check -f json >"$OUT/kingfisher.json" 2>/dev/null || true
    if timed_runs "$RUNS" "0 200 205" "$OUT/kingfisher.json" \
        "$KINGFISHER" scan "$CORPUS" --no-validate --no-update-check -f json; then
        row "kingfisher $("$KINGFISHER" --version 2>/dev/null | awk '{ print $NF }')" "$CORPUS_INPUT" \
            "$CORPUS_BYTES" "$(count kingfisher "$OUT/kingfisher.json")"
        python3 - "$OUT/kingfisher.json" <<'EOF' >&2 || true
import json, sys
for line in open(sys.argv[1]):
    o = json.loads(line) if line.strip() else {}
    if isinstance(o.get("findings"), int) and "blobs_scanned" in o:
        print(f"  kingfisher read {o['blobs_scanned']} files, {o['bytes_scanned'] / 1e6:.1f} MB")
EOF
    fi
fi

# detect-secrets on the subset (it is ~200x slower than the others): no warm-up run beyond the
# page cache, which was warmed above.
if [ -n "$DETECT_SECRETS" ]; then
    note "detect-secrets: detect-secrets scan --all-files SUBSET"
    if timed_runs "$RUNS" "0" "$OUT/detect-secrets.json" "$DETECT_SECRETS" scan --all-files "$SUBSET"; then
        row "detect-secrets $("$DETECT_SECRETS" --version 2>/dev/null)" "subset $SUBSET_MBV MB" \
            "$SUBSET_BYTES" "$(count detect-secrets "$OUT/detect-secrets.json")"
    fi
fi

# ---------------------------------------------------------------------------------------------
# Pre-commit latency: 2,000 committed files, 10 of them modified and staged
# ---------------------------------------------------------------------------------------------
if [ ! -f "$STAGED.done" ] || [ ! -d "$STAGED/.git" ]; then
    note "creating the staged-scan repository $STAGED (2,000 files)..."
    rm -rf "$STAGED" "$STAGED.done"
    mkdir -p "$STAGED"
    # Ordinary Python and JavaScript modules: classes, functions, docstrings, no secrets.
    python3 - "$STAGED" <<'EOF'
import os, random, sys
root = sys.argv[1]
rng = random.Random(2000)
nouns = ["order", "invoice", "account", "report", "session", "cache", "queue", "widget", "layout",
         "config", "route", "record", "schedule", "metric", "export", "upload", "review", "ticket"]
verbs = ["load", "save", "build", "parse", "render", "update", "merge", "filter", "format", "sort",
         "validate", "fetch", "resolve", "compute", "collect", "normalize"]

def py_module(i):
    a, b = rng.sample(nouns, 2)
    lines = [f'"""Helpers for {a} and {b} handling (module {i})."""', "",
             "from __future__ import annotations", "", "import dataclasses", "import logging",
             "from typing import Iterable", "", "log = logging.getLogger(__name__)", "", "",
             "@dataclasses.dataclass", f"class {a.title()}{b.title()}:",
             f'    """A {a} with its {b} entries."""', "", "    name: str",
             "    entries: list[str] = dataclasses.field(default_factory=list)", "",
             "    def add(self, entry: str) -> None:", "        self.entries.append(entry.strip())", ""]
    for _ in range(rng.randint(3, 7)):
        v, n = rng.choice(verbs), rng.choice(nouns)
        k = rng.randint(2, 9)
        lines += ["", f"def {v}_{n}(items: Iterable[str], limit: int = {k * 10}) -> list[str]:",
                  f'    """{v.title()} each {n} and keep at most `limit` of them."""',
                  "    out = []", "    for index, item in enumerate(items):",
                  "        if index >= limit:", "            break",
                  f"        out.append(item.lower().replace(' ', '_') * {k % 3 + 1})",
                  f'    log.debug("{v} {n}: %d items", len(out))', "    return out", ""]
    return "\n".join(lines) + "\n"

def js_module(i):
    a = rng.choice(nouns)
    lines = [f"// {a} utilities (module {i})", "'use strict';", "",
             "const path = require('path');", ""]
    names = []
    for _ in range(rng.randint(3, 7)):
        v, n = rng.choice(verbs), rng.choice(nouns).title()
        name = f"{v}{n}{len(names)}"
        names.append(name)
        lines += [f"function {name}(items, options = {{}}) {{",
                  f"  const limit = options.limit ?? {rng.randint(5, 50)};",
                  "  return items", "    .filter((item) => item != null)", "    .slice(0, limit)",
                  f"    .map((item) => path.basename(String(item)).toLowerCase());", "}", ""]
    lines.append("module.exports = { " + ", ".join(names) + " };")
    return "\n".join(lines) + "\n"

for i in range(2000):
    folder = os.path.join(root, "src", f"pkg{i // 50:02d}")
    os.makedirs(folder, exist_ok=True)
    if i % 5 < 3:
        name, text = f"module_{i:04d}.py", py_module(i)
    else:
        name, text = f"module_{i:04d}.js", js_module(i)
    with open(os.path.join(folder, name), "w") as f:
        f.write(text)
EOF
    git -C "$STAGED" init -q -b main
    git -C "$STAGED" config gc.auto 0
    git -C "$STAGED" add -A
    git -C "$STAGED" -c user.name=bench -c user.email=bench@example.com -c commit.gpgsign=false \
        commit -q --no-verify -m "benchmark repository"
    touch "$STAGED.done"
fi
# Ten modified files staged (kept across runs; made again if someone committed or reset them).
if git -C "$STAGED" diff --cached --quiet; then
    for f in $(git -C "$STAGED" ls-files | sed -n '1~200p' | head -n 10); do
        case "$f" in
            *.py) printf '\n\ndef added_helper(values):\n    """Sum the values that are set."""\n    return sum(v for v in values if v)\n' >>"$STAGED/$f" ;;
            *) printf '\nfunction addedHelper(values) {\n  return values.filter(Boolean).length;\n}\n' >>"$STAGED/$f" ;;
        esac
        git -C "$STAGED" add -- "$f"
    done
fi
STAGED_FILES=$(git -C "$STAGED" diff --cached --name-only | wc -l | tr -d ' ')
STAGED_INPUT="staged: $STAGED_FILES of $(git -C "$STAGED" ls-files | wc -l | tr -d ' ') files"
echo "staged repository: $STAGED ($STAGED_INPUT)"

if [ -n "$PHIGUARD" ]; then
    note "pre-commit: phiguard scan --staged --repo REPO"
    "$PHIGUARD" scan --staged --repo "$STAGED" >/dev/null 2>&1 || true
    if timed_runs "$PRECOMMIT_RUNS" "0 1" "$OUT/phiguard-staged.txt" "$PHIGUARD" scan --staged --repo "$STAGED" --format json; then
        row "$PHIGUARD_LABEL --staged" "$STAGED_INPUT" 0 "$(count phiguard "$OUT/phiguard-staged.txt")"
    fi
fi
if [ -n "$KINGFISHER" ]; then
    if "$KINGFISHER" scan --help 2>/dev/null | grep -q -- '--staged'; then
        note "pre-commit: kingfisher scan REPO --staged --no-validate --no-update-check"
        "$KINGFISHER" scan "$STAGED" --staged --no-validate --no-update-check >/dev/null 2>&1 || true
        if timed_runs "$PRECOMMIT_RUNS" "0 200 205" "$OUT/kingfisher-staged.json" \
            "$KINGFISHER" scan "$STAGED" --staged --no-validate --no-update-check -f json; then
            row "kingfisher --staged" "$STAGED_INPUT" 0 "$(count kingfisher "$OUT/kingfisher-staged.json")"
        fi
    else
        note "pre-commit: this kingfisher has no --staged; skipped"
    fi
fi

# ---------------------------------------------------------------------------------------------
# 4. Results
# ---------------------------------------------------------------------------------------------
{
    echo
    echo "Corpus: $CORPUS_MB MB in $CORPUS_FILES files; detect-secrets subset $SUBSET_MBV MB."
    echo "Host: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg). Median of $RUNS warm runs (pre-commit: $PRECOMMIT_RUNS)."
    echo
    echo "| tool | input | median wall s | MB/s | peak RSS MB | findings | findings/MB |"
    echo "|---|---|---|---|---|---|---|"
    if [ "${#ROWS[@]}" -gt 0 ]; then printf '%s\n' "${ROWS[@]}"; fi
    echo
    if [ -n "$PG_MEDIAN" ] && [ -n "$RG_MEDIAN" ]; then
        echo "Ratio $PHIGUARD_LABEL / ripgrep wall time: $(calc "$PG_MEDIAN / $RG_MEDIAN")×"
    else
        echo "Ratio phiguard / ripgrep wall time: n/a (a side was not measured)"
    fi
} | tee "$OUT/results.md"
