#!/usr/bin/env bash
# Times `phiguard audit` on a 10,000-commit repository next to `git log --name-only` over the same
# history (target: audit < 2x). Usage: Benchmarks/audit/run.sh [commits]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
commits="${1:-10000}"
work="$root/Benchmarks/work/audit"
swift build -c release --product phiguard --package-path "$root" >&2
phiguard="$(swift build -c release --show-bin-path --package-path "$root")/phiguard"

rm -rf "$work" && mkdir -p "$work/repo"
git -C "$work/repo" init -q -b main
python3 "$root/Benchmarks/audit/make-history.py" "$commits" | git -C "$work/repo" fast-import --quiet
git -C "$work/repo" checkout -q main
"$phiguard" apply --repo "$work/repo" >/dev/null

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
time_runs() { # label, command...
  local label="$1"; shift
  "$@" >/dev/null 2>&1 || true   # warm the page cache
  for _ in 1 2 3 4 5; do
    local start end
    start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N)
    echo "$end - $start" | bc
  done | median | awk -v l="$label" '{ printf "%-28s %.3f s\n", l, $1; print $1 > "/dev/stderr" }' 2>"$work/$label.t"
}

echo "repository: $commits commits ($(git -C "$work/repo" ls-files | wc -l) files)"
time_runs git-log-name-only git -C "$work/repo" log --name-only
time_runs phiguard-audit-json "$phiguard" audit --repo "$work/repo" --format json
time_runs phiguard-audit-html "$phiguard" audit --repo "$work/repo" --format html
git_time=$(cat "$work/git-log-name-only.t"); audit_time=$(cat "$work/phiguard-audit-json.t")
echo "ratio audit/git-log: $(echo "scale=2; $audit_time / $git_time" | bc)"
