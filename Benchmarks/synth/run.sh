#!/usr/bin/env bash
# Times `phiguard synth generate` (CSV) beside faker-healthcare-provider's patient_record, and
# phiguard's peak RSS at 10k, 100k and 1M patients. See README.md beside this file.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$repo/Benchmarks/work/synth"
PHIGUARD="${PHIGUARD:-$repo/.build/release/phiguard}"
RUNS="${RUNS:-3}"
PEER_RECORDS="${PEER_RECORDS:-20000}"
SIZES="${SIZES:-10000 100000 1000000}"
mkdir -p "$work"
[ -x "$PHIGUARD" ] || { echo "build the release binary first: swift build -c release --product phiguard" >&2; exit 2; }
[ -x /usr/bin/time ] || apt-get install -y -qq time >/dev/null

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# The peer, in a venv of its own.
venv="$work/venv"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import faker, faker_healthcare' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check faker faker-healthcare-provider
fi
peer_rates=()
for _ in $(seq "$RUNS"); do
  read -r n seconds items < <("$venv/bin/python" "$here/faker_patients.py" "$PEER_RECORDS" "$work/faker.csv")
  peer_rates+=("$(awk -v n="$n" -v s="$seconds" 'BEGIN {printf "%.0f", n / s}')")
done
peer=$(printf '%s\n' "${peer_rates[@]}" | median)
per_record=$(awk -v i="$items" -v n="$n" 'BEGIN {printf "%.1f", i / n}')
echo "faker-healthcare-provider patient_record: $PEER_RECORDS records per run, median $peer records/s (runs: ${peer_rates[*]}), $per_record clinical items per record"

# phiguard at 100k patients, CSV, median of RUNS.
times=()
for _ in $(seq "$RUNS"); do
  rm -rf "$work/out-100k"
  start=$(date +%s.%N)
  "$PHIGUARD" synth generate --patients 100000 --seed 42 --out "$work/out-100k" --quiet
  end=$(date +%s.%N)
  times+=("$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", b - a}')")
done
wall=$(printf '%s\n' "${times[@]}" | median)
rows=$(cat "$work"/out-100k/csv/*.csv | wc -l)
size=$(du -sm "$work/out-100k/csv" | cut -f1)
rate=$(awk -v s="$wall" 'BEGIN {printf "%.0f", 100000 / s}')
echo "phiguard synth generate --patients 100000 (csv): median $wall s (runs: ${times[*]}), $rate patients/s, $rows CSV rows ($size MB)"
echo "ratio patients/s to the peer's records/s: $(awk -v a="$rate" -v b="$peer" 'BEGIN {printf "%.1f", a / b}')x;" \
     "CSV rows/s to records/s: $(awk -v r="$rows" -v s="$wall" -v b="$peer" 'BEGIN {printf "%.1f", r / s / b}')x;" \
     "CSV rows/s to the peer's clinical items/s: $(awk -v r="$rows" -v s="$wall" -v b="$peer" -v k="$per_record" 'BEGIN {printf "%.1f", r / s / (b * k)}')x"
rm -rf "$work/out-100k"

# Peak RSS by size (the output is deleted after each run).
for n in $SIZES; do
  rm -rf "$work/out-rss"
  rss=$( { /usr/bin/time -f "%M %e" "$PHIGUARD" synth generate --patients "$n" --seed 42 --out "$work/out-rss" --quiet; } 2>&1 | tail -1)
  # Uniqueness at scale: how many SSNs occur more than once (a count; no value is printed).
  duplicates=$(tail -n +2 "$work/out-rss/csv/patients.csv" | cut -d, -f4 | sort | uniq -d | wc -l)
  echo "peak RSS at $n patients: $(echo "$rss" | awk '{printf "%.0f MB in %s s", $1 / 1024, $2}'), $duplicates duplicate SSNs"
  rm -rf "$work/out-rss"
done
