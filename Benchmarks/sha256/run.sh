#!/usr/bin/env bash
# SHA-256 throughput of phiguard's file hashing (used by `synth generate`/`verify` manifests and the
# lock file) on one 1 GiB file, for two phiguard binaries side by side, with sha256sum and openssl.
#
#   Benchmarks/sha256/run.sh NEW_BINARY [OLD_BINARY] [RUNS]
#
# phiguard hashes a file through `synth verify`, which checks every file the manifest lists: the
# benchmark adds the 1 GiB file to a small synth folder's manifest and times verify with and without
# it; the difference is the hashing.
set -euo pipefail
new=${1:?usage: run.sh NEW_BINARY [OLD_BINARY] [RUNS]}
old=${2:-}
runs=${3:-3}
work=${BENCH_WORK:-$(dirname "$0")/../work/sha256}
mkdir -p "$work"
big="$work/1GiB.bin"
[ -f "$big" ] || head -c $((1 << 30)) /dev/urandom > "$big"
digest=$(sha256sum "$big" | cut -d' ' -f1)

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
seconds() { local s; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; echo "$(date +%s.%N) - $s" | bc; }

measure() {  # name binary
  local name=$1 binary=$2 folder="$work/synth-$1"
  rm -rf "$folder"
  "$binary" synth generate --patients 20 --seed 1 --out "$folder" --quiet
  local manifest
  manifest=$(ls "$folder"/*manifest.json | head -1)
  cp "$manifest" "$folder/manifest-small.json"
  ln -sf "$(realpath "$big")" "$folder/big.bin"
  python3 - "$folder" "$digest" "$manifest" <<'PY'
import json, sys
folder, digest, path = sys.argv[1:4]
manifest = json.load(open(path))
manifest["files"]["big.bin"] = digest
json.dump(manifest, open(f"{folder}/manifest-big.json", "w"), indent=2)
PY
  local with without
  cp "$folder/manifest-big.json" "$manifest"
  "$binary" synth verify "$folder" >/dev/null  # the big file's digest must match, or nothing is measured
  with=$(for _ in $(seq "$runs"); do cp "$folder/manifest-big.json" "$manifest"; seconds "$binary" synth verify "$folder"; done | median)
  without=$(for _ in $(seq "$runs"); do cp "$folder/manifest-small.json" "$manifest"; seconds "$binary" synth verify "$folder"; done | median)
  echo "$name: verify with the 1 GiB file ${with} s, without ${without} s -> $(echo "scale=0; 1024 / ($with - $without)" | bc) MiB/s"
}

measure new "$new"
[ -n "$old" ] && measure old "$old"
echo "sha256sum: $(echo "scale=0; 1024 / $(for _ in $(seq "$runs"); do seconds sha256sum "$big"; done | median)" | bc) MiB/s"
echo "openssl dgst -sha256: $(echo "scale=0; 1024 / $(for _ in $(seq "$runs"); do seconds openssl dgst -sha256 "$big"; done | median)" | bc) MiB/s"
