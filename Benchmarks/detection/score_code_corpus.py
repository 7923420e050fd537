#!/usr/bin/env python3
"""Scores phiguard, Presidio (pattern recognizers) and scrubadub on the labelled code corpus.

    Benchmarks/work/detection-venv/bin/python score_code_corpus.py \
        [--corpus DIR] [--phiguard BIN] [--out FILE] [--markdown FILE] [--no-peers]

The corpus is what `PHIGUARD_EXPORT_CORPUS=<dir> swift test --filter LabeledCorpusExport` writes
(code-corpus.sh runs it when the folder is missing): `<dir>/files/<path>` (code, config, CSV, logs,
notebooks, Markdown, HL7 with planted values) and `<dir>/labels.jsonl`, one
{"kind", "path", "value"} a planted value, `kind` null for a decoy that must not be reported.
An occurrence of a value is every place its exact text appears in its file (overlapping ones too,
no word-boundary rule), as in the Swift test.

phiguard: `GIT_CEILING_DIRECTORIES=<parent of DIR> phiguard scan --repo DIR/files --format json`
(exit 1 = findings), PHIGUARD_CACHE_DIR=Benchmarks/work/phiguard-cache, one untimed warm-up run, then
three timed runs (wall clock, median reported; the findings of the first are scored, and the three
are checked to be identical). Scored exactly as Tests/ScanningTests/PrecisionRecallTests.swift does:
  * a finding's position is the byte offset of its 1-based line and UTF-8 byte column;
  * a true plant (label with a kind) is a TP when some finding of the same kind lies inside an
    occurrence of its value in its file, else a FN (two labels may be matched by one finding);
  * a finding matched to no plant is a FP unless it lies inside an occurrence of a true plant of its
    own kind (a second finding on the same value is not a false alarm);
  * precision = TP / (TP + FP), recall = TP / (TP + FN), per kind and in total (1 when empty).
The FPs are also split by where they land: on a decoy, on a true plant of another kind, elsewhere.
"decoys flagged" = decoy labels with a finding of any kind inside an occurrence.

Peers: Presidio and scrubadub as peers.py sets them up (imported from it: make_presidio,
make_scrubadub): Presidio's pattern recognizers (no spaCy model), the US healthcare recognizers,
a tokenizer-only NLP engine and tldextract's bundled suffix list; scrubadub's default Scrubber.
Each runs once on the UTF-8 text of every file (one untimed warm-up call first; spans are
character offsets, so plants are located in the decoded text). Presidio runs at threshold 0.0
and its results are reported at score >= 0.0 and >= 0.5 (same run, same time).
  * a plant is found (any type) when a detected span overlaps one of its occurrences, whatever the
    entity type: this is the peers' recall;
  * a plant is found (mapped) when a detection whose entity type maps to the plant's kind (table
    below) overlaps an occurrence: the per-kind "mapped" recall beside phiguard's;
  * a false alarm is a distinct detected span (start, end; the same span under two entity types
    counts once) that overlaps no occurrence of any true plant of its file; also per MB;
  * precision = plants found (any type) / (plants found + false alarms), the analogue of phiguard's
    TP / (TP + FP). Note the peers' any-type rule is more lenient than phiguard's kind rule: a
    peer detection on, say, a patient id read as a phone number counts as found and not as a
    false alarm, while phiguard must name the kind.

Entity type -> phiguard kind mapping (a type not listed maps to no kind: it counts for "any type"
only; MB = 10^6 bytes):

    Presidio                                   scrubadub
    US_SSN, US_ITIN       -> ssn               social_security_number -> ssn
    PHONE_NUMBER          -> phone             phone                  -> phone
    EMAIL_ADDRESS         -> email             email                  -> email
    CREDIT_CARD           -> credit-card       credit_card            -> credit-card
    IP_ADDRESS            -> ip-address        url                    -> url
    URL                   -> url               credential             -> generic-secret,
    DATE_TIME             -> dob, date                                   password-in-url
    US_DRIVER_LICENSE     -> license-number    twitter                -> (none)
    US_PASSPORT           -> license-number
    MEDICAL_LICENSE       -> dea, license-number  (Presidio's MedicalLicenseRecognizer is a DEA
                                                   registration number pattern)
    US_BANK_NUMBER, ABA_ROUTING_NUMBER, IBAN_CODE -> account-number
    US_MBI                -> mbi
    US_NPI                -> npi
    US_HEALTH_INSURANCE_MEMBER_ID -> health-plan-id
    US_CLAIM_NUMBER       -> claim-number
    UK_NHS                -> patient-id       (a national patient number)
    MAC_ADDRESS           -> device-id        (a device identifier, HIPAA identifier 13)
    US_PRESCRIPTION_NUMBER, US_PRIOR_AUTHORIZATION_NUMBER, US_REFERRAL_NUMBER, US_PROVIDER_TAX_ID,
    UUID, CRYPTO          -> (none: phiguard has no such kind)

No kind maps from name, address, mrn, vin, the secret kinds other than the two above, ai-endpoint or
banned-package: neither peer has a detector for them (Presidio finds names and addresses only with a
spaCy NER model, which is not installed here).

Writes --out (JSON: per tool the totals, per-kind figures and timings; phiguard's first 20 misses
and false alarms as path:line and kind) and --markdown (the tables, also printed on stdout).
Planted values are never printed or written: only paths, lines, kinds and counts.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections import Counter, OrderedDict, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
WORK = REPO / "Benchmarks" / "work"

PRESIDIO_KINDS = {
    "US_SSN": {"ssn"}, "US_ITIN": {"ssn"},
    "PHONE_NUMBER": {"phone"},
    "EMAIL_ADDRESS": {"email"},
    "CREDIT_CARD": {"credit-card"},
    "IP_ADDRESS": {"ip-address"},
    "URL": {"url"},
    "DATE_TIME": {"dob", "date"},
    "US_DRIVER_LICENSE": {"license-number"}, "US_PASSPORT": {"license-number"},
    "MEDICAL_LICENSE": {"dea", "license-number"},
    "US_BANK_NUMBER": {"account-number"}, "ABA_ROUTING_NUMBER": {"account-number"},
    "IBAN_CODE": {"account-number"},
    "US_MBI": {"mbi"},
    "US_NPI": {"npi"},
    "US_HEALTH_INSURANCE_MEMBER_ID": {"health-plan-id"},
    "US_CLAIM_NUMBER": {"claim-number"},
    "UK_NHS": {"patient-id"},
    "MAC_ADDRESS": {"device-id"},
}
SCRUBADUB_KINDS = {
    "social_security_number": {"ssn"},
    "phone": {"phone"},
    "email": {"email"},
    "credit_card": {"credit-card"},
    "url": {"url"},
    "credential": {"generic-secret", "password-in-url"},
}
LIST_LIMIT = 20
MB = 1e6


# ------------------------------------------------------------------------------------------------
# The corpus
# ------------------------------------------------------------------------------------------------
def occurrences(haystack, needle):
    """Every [start, end) where needle appears in haystack (bytes or str), overlapping ones too."""
    spans, start = [], 0
    if not needle:
        return spans
    while True:
        i = haystack.find(needle, start)
        if i < 0:
            return spans
        spans.append((i, i + len(needle)))
        start = i + 1


def load_corpus(corpus):
    """{path: {"bytes", "text", "plants": [{"kind", "value", "byte_occ", "char_occ"}]}} for every file."""
    root = corpus / "files"
    files = OrderedDict()
    for p in sorted(root.rglob("*")):
        if p.is_file():
            data = p.read_bytes()
            files[p.relative_to(root).as_posix()] = {"bytes": data, "text": data.decode("utf-8", errors="replace"),
                                                     "plants": []}
    missing = 0
    for line in (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        label = json.loads(line)
        f = files.get(label["path"])
        if f is None:
            missing += 1
            continue
        value = label["value"]
        f["plants"].append({"kind": label["kind"], "value": value,
                            "byte_occ": occurrences(f["bytes"], value.encode("utf-8")),
                            "char_occ": occurrences(f["text"], value)})
    if missing:
        print(f"score_code_corpus.py: {missing} labels name a file that is not in {root}", file=sys.stderr)
    return files


def line_of(data, offset):
    return data.count(b"\n", 0, offset) + 1


def ratio(n, d):
    return round(n / d, 4) if d else 1.0


def fmt(x):
    return f"{x:.3f}"


# ------------------------------------------------------------------------------------------------
# phiguard
# ------------------------------------------------------------------------------------------------
def run_phiguard_once(binary, corpus, env, wait_s):
    """One `phiguard scan` of the corpus: (seconds, parsed JSON). Waits for a missing or busy binary."""
    cmd = [str(binary), "scan", "--repo", str(corpus / "files"), "--format", "json"]
    deadline = time.monotonic() + wait_s
    while True:
        try:
            t0 = time.perf_counter()
            p = subprocess.run(cmd, capture_output=True, env=env)
            seconds = time.perf_counter() - t0
            if p.returncode in (0, 1):
                return seconds, json.loads(p.stdout)
            problem = f"exit {p.returncode}: {p.stderr.decode('utf-8', 'replace').strip()[:300]}"
        except (OSError, json.JSONDecodeError) as e:   # missing, being replaced (ETXTBSY), cut output
            problem = repr(e)
        if time.monotonic() > deadline:
            raise SystemExit(f"score_code_corpus.py: phiguard scan failed ({problem})")
        print(f"score_code_corpus.py: phiguard not usable right now ({problem}); retrying in 5 s", file=sys.stderr)
        time.sleep(5)


def run_phiguard(binary, corpus, cache_dir, wait_s, runs=3):
    env = dict(os.environ, GIT_CEILING_DIRECTORIES=str(corpus.parent), PHIGUARD_CACHE_DIR=str(cache_dir),
               NO_COLOR="1")
    Path(cache_dir).mkdir(parents=True, exist_ok=True)
    run_phiguard_once(binary, corpus, env, wait_s)          # warm-up: compiles/caches the rule database
    timed = [run_phiguard_once(binary, corpus, env, wait_s) for _ in range(runs)]
    keys = [sorted((f["path"], f["line"], f["column"], f["kind"]) for f in doc["findings"]) for _, doc in timed]
    try:
        version = subprocess.run([str(binary), "--version"], capture_output=True, text=True).stdout.strip()
    except OSError:
        version = "?"
    return {"version": version, "seconds": [round(s, 4) for s, _ in timed],
            "identical_runs": all(k == keys[0] for k in keys), "doc": timed[0][1]}


def score_phiguard(files, findings):
    kinds = defaultdict(lambda: {"labels": 0, "tp": 0, "fp": 0, "fn": 0})
    misses, false_alarms = [], []
    fp_where = Counter()
    by_path = defaultdict(list)
    for f in findings:
        if f["path"] in files:
            by_path[f["path"]].append(f)
        else:   # a file the corpus does not have: nothing planted there
            kinds[f["kind"]]["fp"] += 1
            fp_where["in a file not in the corpus"] += 1
            false_alarms.append({"where": f"{f['path']}:{f['line']}", "kind": f["kind"]})
    decoys = {"total": 0, "flagged": 0}
    for path, f in files.items():
        data = f["bytes"]
        starts = [0] + [i + 1 for i, b in enumerate(data) if b == 10]
        found = by_path.get(path, [])
        offsets = []
        for x in found:
            line = x["line"]
            offsets.append(starts[line - 1] + x["column"] - 1 if 1 <= line <= len(starts) else -1)

        def inside(offset, occ):
            return any(a <= offset < b for a, b in occ)

        matched = set()
        for plant in f["plants"]:
            if plant["kind"] is None:
                decoys["total"] += 1
                decoys["flagged"] += any(inside(o, plant["byte_occ"]) for o in offsets)
                continue
            k = kinds[plant["kind"]]
            k["labels"] += 1
            hit = next((i for i, x in enumerate(found)
                        if x["kind"] == plant["kind"] and inside(offsets[i], plant["byte_occ"])), None)
            if hit is not None:
                matched.add(hit)
                k["tp"] += 1
            else:
                k["fn"] += 1
                first = plant["byte_occ"][0][0] if plant["byte_occ"] else 0
                other = sorted({x["kind"] for i, x in enumerate(found) if inside(offsets[i], plant["byte_occ"])})
                misses.append({"where": f"{path}:{line_of(data, first)}", "kind": plant["kind"],
                               "reported_as": other})
        for i, x in enumerate(found):
            if i in matched:
                continue
            if any(p["kind"] == x["kind"] and inside(offsets[i], p["byte_occ"]) for p in f["plants"]):
                continue
            kinds[x["kind"]]["fp"] += 1
            if any(p["kind"] is None and inside(offsets[i], p["byte_occ"]) for p in f["plants"]):
                fp_where["on a decoy"] += 1
            elif any(p["kind"] is not None and inside(offsets[i], p["byte_occ"]) for p in f["plants"]):
                fp_where["on a true plant of another kind"] += 1
            else:
                fp_where["on unlabelled text"] += 1
            false_alarms.append({"where": f"{path}:{x['line']}", "kind": x["kind"]})
    total = {"labels": sum(k["labels"] for k in kinds.values()), "tp": sum(k["tp"] for k in kinds.values()),
             "fp": sum(k["fp"] for k in kinds.values()), "fn": sum(k["fn"] for k in kinds.values())}
    for k in list(kinds.values()) + [total]:
        k["precision"] = ratio(k["tp"], k["tp"] + k["fp"])
        k["recall"] = ratio(k["tp"], k["tp"] + k["fn"])
    # Any finding, of any kind, inside an occurrence: the peers' rule, for comparison.
    any_found = 0
    for path, f in files.items():
        data = f["bytes"]
        starts = [0] + [i + 1 for i, b in enumerate(data) if b == 10]
        offs = [starts[x["line"] - 1] + x["column"] - 1 for x in by_path.get(path, []) if 1 <= x["line"] <= len(starts)]
        any_found += sum(1 for p in f["plants"] if p["kind"] is not None
                         and any(a <= o < b for o in offs for a, b in p["byte_occ"]))
    def by_file_name(entries):
        """"kind in file-name" -> count, over every entry (the rounds repeat the same file names)."""
        c = Counter(f"{e['kind']} in {e['where'].rsplit(':', 1)[0].rsplit('/', 1)[-1]}" for e in entries)
        return dict(c.most_common())

    return {"total": total, "per_kind": OrderedDict(sorted(kinds.items())), "any_type_found": any_found,
            "misses_by_file_name": by_file_name(misses), "false_alarms_by_file_name": by_file_name(false_alarms),
            "decoys": decoys, "false_alarm_where": dict(fp_where),
            "misses": misses[:LIST_LIMIT], "misses_total": len(misses),
            "false_alarms": false_alarms[:LIST_LIMIT], "false_alarms_total": len(false_alarms)}


# ------------------------------------------------------------------------------------------------
# Peers
# ------------------------------------------------------------------------------------------------
def run_peer(analyze, files):
    analyze("warm-up 617-482-1934")
    detections = OrderedDict()
    t0 = time.perf_counter()
    for path, f in files.items():
        detections[path] = analyze(f["text"])
    return time.perf_counter() - t0, detections


def score_peer(files, detections, mapping):
    kinds = defaultdict(lambda: {"labels": 0, "found_any": 0, "found_mapped": 0})
    total = {"labels": 0, "found_any": 0, "found_mapped": 0}
    false_alarms = 0
    spans_total = 0
    decoys = {"total": 0, "flagged": 0}
    entities_false = Counter()
    for path, f in files.items():
        det = detections[path]

        def overlaps(d, occ):
            return any(d["start"] < b and a < d["end"] for a, b in occ)

        true_occ = [o for p in f["plants"] if p["kind"] is not None for o in p["char_occ"]]
        for plant in f["plants"]:
            if plant["kind"] is None:
                decoys["total"] += 1
                decoys["flagged"] += any(overlaps(d, plant["char_occ"]) for d in det)
                continue
            k = kinds[plant["kind"]]
            hits = [d for d in det if overlaps(d, plant["char_occ"])]
            any_hit = bool(hits)
            mapped_hit = any(plant["kind"] in mapping.get(d["entity"], ()) for d in hits)
            for c in (k, total):
                c["labels"] += 1
                c["found_any"] += any_hit
                c["found_mapped"] += mapped_hit
        spans = defaultdict(set)
        for d in det:
            spans[(d["start"], d["end"])].add(d["entity"])
        spans_total += len(spans)
        for (s, e), ents in spans.items():
            if not any(s < b and a < e for a, b in true_occ):
                false_alarms += 1
                entities_false.update(ents)
    for k in list(kinds.values()) + [total]:
        k["recall_any"] = ratio(k["found_any"], k["labels"])
        k["recall_mapped"] = ratio(k["found_mapped"], k["labels"])
    total["false_alarms"] = false_alarms
    total["precision"] = ratio(total["found_any"], total["found_any"] + false_alarms)
    return {"total": total, "spans": spans_total, "decoys": decoys,
            "false_alarm_entities": dict(entities_false.most_common()),
            "per_kind": OrderedDict(sorted(kinds.items()))}


# ------------------------------------------------------------------------------------------------
# Report
# ------------------------------------------------------------------------------------------------
def markdown(result):
    c = result["corpus"]
    mb = c["bytes"] / MB
    pg = result["phiguard"]
    peers = result["peers"]
    out = []
    w = out.append
    w(f"## phiguard and peers on the labelled code corpus ({c['files']} files, {mb:.3f} MB, "
      f"{c['true_plants']} true plants of {c['kinds']} kinds, {c['decoys']} decoys)\n")
    w("| tool | precision | recall | recall, kind-matched | false alarms | false alarms/MB | decoys flagged "
      "| time (s) | s/MB |")
    w("|---|---|---|---|---|---|---|---|---|")
    t = pg["score"]["total"]
    secs = statistics.median(pg["seconds"])
    w(f"| phiguard {pg['version']} | {fmt(t['precision'])} | {fmt(t['recall'])} | {fmt(t['recall'])} "
      f"| {t['fp']} | {t['fp'] / mb:.1f} | {pg['score']['decoys']['flagged']}/{pg['score']['decoys']['total']} "
      f"| {secs:.3f} (median of {len(pg['seconds'])}) | {secs / mb:.3f} |")
    for name, p in peers.items():
        t = p["total"]
        w(f"| {name} | {fmt(t['precision'])} | {fmt(t['recall_any'])} | {fmt(t['recall_mapped'])} "
          f"| {t['false_alarms']} | {t['false_alarms'] / mb:.1f} | {p['decoys']['flagged']}/{p['decoys']['total']} "
          f"| {p['seconds']:.3f} (1 run) | {p['seconds'] / mb:.3f} |")
    w("")
    w("phiguard: TP/FP/FN as the Swift test scores them (a finding must name the plant's kind; a second "
      "finding on a true plant of its own kind is not a false alarm); its recall with any finding kind "
      f"counted would be {fmt(ratio(pg['score']['any_type_found'], pg['score']['total']['labels']))}. "
      "Peers: recall = plants overlapped by any detected span, whatever its type; kind-matched = by a "
      "span whose type maps to the plant's kind (mapping in score_code_corpus.py); false alarm = a "
      "distinct span overlapping no true plant; precision = found / (found + false alarms). "
      "Presidio's two rows are one run (time shared). Decoys flagged = decoy labels with a finding or "
      "span on them.")
    fw = {k: v for k, v in pg["score"]["false_alarm_where"].items() if v}
    if fw:
        w("phiguard's false alarms: " + ", ".join(f"{v} {k}" for k, v in fw.items()) + ".")
    if not pg["identical_runs"]:
        w("**The three timed phiguard runs did not report the same findings** (binary replaced while "
          "running?); the first run is scored.")
    w("\n### Per kind: phiguard, and the peers' recall (kind-matched / any type)\n")
    names = list(peers)
    w("| kind | labels | ≥10 | TP | FP | FN | precision | recall | " + " | ".join(names) + " |")
    w("|---|---|---|---|---|---|---|---|" + "---|" * len(names))
    per = pg["score"]["per_kind"]
    for kind in sorted(per, key=lambda k: (-per[k]["labels"], k)):
        k = per[kind]
        flag = "✓" if k["labels"] >= 10 else ""
        below = " **<0.99**" if k["labels"] >= 10 and (k["precision"] < 0.99 or k["recall"] < 0.99) else ""
        cells = []
        for n in names:
            pk = peers[n]["per_kind"].get(kind)
            if not pk:
                cells.append("")
                continue
            mapped = fmt(pk["recall_mapped"]) if kind in result["mapped_kinds"][n] else "–"
            cells.append(f"{mapped} / {fmt(pk['recall_any'])}")
        w(f"| {kind} | {k['labels']} | {flag} | {k['tp']} | {k['fp']} | {k['fn']} | {fmt(k['precision'])} "
          f"| {fmt(k['recall'])}{below} | " + " | ".join(cells) + " |")
    w("\n✓ = 10 labels or more (the Swift test's bar: precision and recall ≥ 0.99 for those kinds). "
      "Peer cells: kind-matched recall / any-type recall; – = no entity type of that peer maps to the kind.")
    s = pg["score"]
    w(f"\n### phiguard misses ({s['misses_total']}; first {min(LIST_LIMIT, s['misses_total'])})\n")
    if s["misses"]:
        w("By kind and file name: " + ", ".join(f"{k} ({n})" for k, n in s["misses_by_file_name"].items()) + "\n")
    for m in s["misses"]:
        w(f"- {m['where']} {m['kind']}")
    if not s["misses"]:
        w("(none)")
    w(f"\n### phiguard false alarms ({s['false_alarms_total']}; first {min(LIST_LIMIT, s['false_alarms_total'])})\n")
    if s["false_alarms"]:
        w("By kind and file name: " + ", ".join(f"{k} ({n})" for k, n in s["false_alarms_by_file_name"].items()) + "\n")
    for m in s["false_alarms"]:
        w(f"- {m['where']} {m['kind']}")
    if not s["false_alarms"]:
        w("(none)")
    if peers:
        w("\n### Peers' false alarms by entity type\n")
        for n, p in peers.items():
            ents = ", ".join(f"{e} {c}" for e, c in p["false_alarm_entities"].items()) or "none"
            w(f"- {n}: {ents}")
    v = result.get("versions")
    if v:
        w("\nVersions: " + ", ".join(f"{k} {x}" for k, x in v.items()))
    w("")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description="Score phiguard and two PII detectors on the labelled code corpus.")
    ap.add_argument("--corpus", default=str(WORK / "code-corpus"))
    ap.add_argument("--phiguard", default=str(REPO / ".build" / "release" / "phiguard"))
    ap.add_argument("--cache-dir", default=str(WORK / "phiguard-cache"))
    ap.add_argument("--out", default=str(WORK / "out" / "code-corpus.json"))
    ap.add_argument("--markdown", default=str(WORK / "out" / "code-corpus.md"))
    ap.add_argument("--wait", type=float, default=300, help="seconds to wait for a missing or failing phiguard")
    ap.add_argument("--no-peers", action="store_true", help="phiguard only (no Presidio/scrubadub needed)")
    args = ap.parse_args()
    corpus = Path(args.corpus).resolve()
    files = load_corpus(corpus)
    plants = [p for f in files.values() for p in f["plants"]]
    result = OrderedDict()
    result["corpus"] = {"path": str(corpus), "files": len(files), "bytes": sum(len(f["bytes"]) for f in files.values()),
                        "true_plants": sum(p["kind"] is not None for p in plants),
                        "decoys": sum(p["kind"] is None for p in plants),
                        "kinds": len({p["kind"] for p in plants if p["kind"] is not None})}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)

    print("score_code_corpus.py: phiguard (1 warm-up + 3 timed scans)", file=sys.stderr)
    pg = run_phiguard(Path(args.phiguard), corpus, args.cache_dir, args.wait)
    doc = pg.pop("doc")
    pg["stats"] = doc.get("stats")
    pg["findings"] = len(doc["findings"])
    pg["score"] = score_phiguard(files, doc["findings"])
    result["phiguard"] = pg

    result["peers"] = OrderedDict()
    result["mapped_kinds"] = {}
    if not args.no_peers:
        sys.path.insert(0, str(HERE))
        sys.dont_write_bytecode = True                     # no __pycache__/ beside the scripts
        from peers import make_presidio, make_scrubadub   # noqa: E402  (same folder; needs the venv)
        from importlib.metadata import version
        result["versions"] = {"phiguard": pg["version"], **{pkg: version(pkg) for pkg in
                              ("presidio-analyzer", "scrubadub", "phonenumbers", "spacy")},
                              "python": sys.version.split()[0]}
        for name, make, mapping in (("presidio", make_presidio, PRESIDIO_KINDS),
                                    ("scrubadub", make_scrubadub, SCRUBADUB_KINDS)):
            print(f"score_code_corpus.py: {name} on every file", file=sys.stderr)
            t0 = time.perf_counter()
            analyze, recognizers = make()
            setup = time.perf_counter() - t0
            seconds, detections = run_peer(analyze, files)
            kinds = sorted({k for ks in mapping.values() for k in ks})
            rows = [(f"presidio@{t}", [(p, [d for d in det if d["score"] >= t]) for p, det in detections.items()])
                    for t in (0.0, 0.5)] if name == "presidio" else [(name, list(detections.items()))]
            for row, dets in rows:
                s = score_peer(files, OrderedDict(dets), mapping)
                s["seconds"] = round(seconds, 4)
                s["setup_seconds"] = round(setup, 4)
                s["recognizers"] = recognizers
                result["peers"][row] = s
                result["mapped_kinds"][row] = kinds
    md = markdown(result)
    Path(args.out).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    Path(args.markdown).write_text(md, encoding="utf-8")
    print(md)
    print(f"score_code_corpus.py: wrote {args.out} and {args.markdown}", file=sys.stderr)


if __name__ == "__main__":
    main()
