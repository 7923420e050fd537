#!/usr/bin/env python3
"""Runs phiguard on every prompt of prompts.jsonl, two ways, and reports what it blocks.

    python3 run.py [PHIGUARD]            # default: <repo>/.build/release/phiguard
    python3 run.py --prompts FILE --out FILE --markdown FILE
    python3 run.py --compare PEERS_JSON  # print detection.json (--out) beside peers.py's output

Per prompt:
  * `phiguard scan --stdin --format json --repo <an empty temporary git repo>` with the prompt on stdin.
    Exit 0 = clean, 1 = findings, anything else is an error (reported, counted apart). A finding hits
    a plant when its 1-based line and UTF-8 byte column fall inside an occurrence of the planted value
    in the text (whole-word occurrences when the value has any, so "Ann" is not looked for in
    "Annual").
  * `phiguard guard claude` with a Claude Code UserPromptSubmit hook event on stdin
    ({"session_id", "transcript_path", "cwd": <the temp repo>, "permission_mode", "hook_event_name",
    "prompt"}). Exit 2 = blocked, 0 = allowed, anything else is an error. Wall time per call.

Reported (Markdown on stdout, everything in Benchmarks/work/out/detection.json): block rate on phi
and on clean prompts for scan and for guard; prompts where the two disagree; per-kind plant recall
(found = a finding of the same kind covers the plant; also found as any kind); per-group block
rates; phi prompts not blocked, with the kinds of their plants; clean prompts blocked, with the
finding kinds; median and p90 guard time. Planted values are never printed or written: only ids,
kinds and counts.

PHIGUARD_CACHE_DIR points into Benchmarks/work/ so the compiled rule database is cached after the
first (untimed warm-up) call, as it is for a user. Stdlib only; run with the system python3.
"""
import argparse
import hashlib
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
WORK = REPO / "Benchmarks" / "work"

# A finding of one of these kinds counts as the same kind as the plant (the set's taxonomy has no
# separate aws-secret-key: the AWS secret access key is planted as a generic-secret).
SAME_KIND = {"generic-secret": {"generic-secret", "aws-secret-key"}}


# ------------------------------------------------------------------------------------------------
# Plants and positions
# ------------------------------------------------------------------------------------------------
def occurrences(text, value):
    """Byte ranges [start, end) of the value in the UTF-8 text: whole-word ones if any exist."""
    spans_all, spans_word = [], []
    start = 0
    while True:
        i = text.find(value, start)
        if i < 0:
            break
        j = i + len(value)
        b0 = len(text[:i].encode("utf-8"))
        b1 = b0 + len(value.encode("utf-8"))
        spans_all.append((b0, b1))
        before = text[i - 1] if i > 0 else ""
        after = text[j] if j < len(text) else ""
        if not (before.isalnum() and value[0].isalnum()) and not (after.isalnum() and value[-1].isalnum()):
            spans_word.append((b0, b1))
        start = i + 1
    return spans_word or spans_all


def line_starts(data: bytes):
    starts = [0]
    for i, b in enumerate(data):
        if b == 0x0A:
            starts.append(i + 1)
    return starts


def finding_offset(starts, line, column):
    """1-based line and 1-based byte column -> byte offset in the text."""
    if line < 1 or line > len(starts):
        return None
    return starts[line - 1] + column - 1


def match_plants(prompt, findings):
    """For each plant: the kinds of the findings that fall inside one of its occurrences."""
    text = prompt["text"]
    starts = line_starts(text.encode("utf-8"))
    offsets = [(f, finding_offset(starts, f.get("line", 0), f.get("column", 0))) for f in findings]
    result = []
    hit_findings = set()
    for plant in prompt["plants"]:
        spans = occurrences(text, plant["value"])
        kinds = []
        for n, (f, off) in enumerate(offsets):
            if off is not None and any(a <= off < b for a, b in spans):
                hit_findings.add(n)
                if f["kind"] not in kinds:
                    kinds.append(f["kind"])
        same = SAME_KIND.get(plant["kind"], {plant["kind"]})
        result.append({"kind": plant["kind"], "found": any(k in same for k in kinds),
                       "found_any": bool(kinds), "finding_kinds": kinds})
    outside = [f["kind"] for n, (f, _) in enumerate(offsets) if n not in hit_findings]
    return result, outside


# ------------------------------------------------------------------------------------------------
# Running phiguard
# ------------------------------------------------------------------------------------------------
def run_scan(binary, repo, text, env):
    t0 = time.perf_counter()
    p = subprocess.run([binary, "scan", "--stdin", "--format", "json", "--repo", repo],
                       input=text.encode("utf-8"), capture_output=True, env=env)
    ms = (time.perf_counter() - t0) * 1000
    if p.returncode not in (0, 1):
        return {"exit": p.returncode, "error": p.stderr.decode("utf-8", "replace").strip()[:300],
                "findings": [], "ms": ms}
    try:
        doc = json.loads(p.stdout.decode("utf-8"))
    except json.JSONDecodeError as e:
        return {"exit": p.returncode, "error": f"unparseable JSON: {e}", "findings": [], "ms": ms}
    findings = [{"kind": f.get("kind"), "rule": f.get("rule"), "category": f.get("category"),
                 "line": f.get("line"), "column": f.get("column")} for f in doc.get("findings", [])]
    err = None
    if (p.returncode == 1) != bool(findings):
        err = f"exit {p.returncode} with {len(findings)} findings"
    return {"exit": p.returncode, "error": err, "findings": findings, "ms": ms}


GUARD_KINDS = re.compile(r"contains ([^.]*?)\s*\.")


def run_guard(binary, repo, text, env):
    event = {"session_id": "bench", "transcript_path": "/tmp/t.jsonl", "cwd": repo,
             "permission_mode": "default", "hook_event_name": "UserPromptSubmit", "prompt": text}
    data = json.dumps(event).encode("utf-8")
    t0 = time.perf_counter()
    p = subprocess.run([binary, "guard", "claude"], input=data, capture_output=True, env=env)
    ms = (time.perf_counter() - t0) * 1000
    out = {"exit": p.returncode, "ms": ms, "blocked": p.returncode == 2, "error": None, "kinds": []}
    if p.returncode not in (0, 2):
        out["error"] = p.stderr.decode("utf-8", "replace").strip()[:300]
    elif p.returncode == 2:
        # the reason names kinds and rules only ("it contains ssn (phi.ssn), mrn (phi.mrn). ...")
        m = GUARD_KINDS.search(p.stderr.decode("utf-8", "replace"))
        if m:
            out["kinds"] = sorted(set(re.findall(r"([a-z0-9:-]+) \(", m.group(1))))
    return out


def percentile(values, q):
    if not values:
        return None
    s = sorted(values)
    k = (len(s) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def pct(n, d):
    return f"{100.0 * n / d:.1f}%" if d else "n/a"


# ------------------------------------------------------------------------------------------------
# Report
# ------------------------------------------------------------------------------------------------
def summarize(prompts, results, binary, version):
    phi = [r for r in results if r["label"] == "phi"]
    clean = [r for r in results if r["label"] == "clean"]

    def rate(rows, key):
        n = sum(1 for r in rows if key(r))
        return {"blocked": n, "total": len(rows), "rate": round(n / len(rows), 4) if rows else None}

    scan_blocked = lambda r: r["scan"]["exit"] == 1
    guard_blocked = lambda r: r["guard"]["blocked"]
    summary = OrderedDict()
    summary["binary"] = binary
    summary["version"] = version
    summary["prompts"] = {"total": len(results), "phi": len(phi), "clean": len(clean)}
    summary["scan"] = {"phi": rate(phi, scan_blocked), "clean": rate(clean, scan_blocked),
                       "errors": [r["id"] for r in results if r["scan"]["error"]]}
    summary["guard"] = {"phi": rate(phi, guard_blocked), "clean": rate(clean, guard_blocked),
                        "errors": [r["id"] for r in results if r["guard"]["error"]]}
    summary["disagreements"] = [{"id": r["id"], "scan": "blocked" if scan_blocked(r) else "allowed",
                                 "guard": "blocked" if guard_blocked(r) else "allowed"}
                                for r in results if scan_blocked(r) != guard_blocked(r)]
    summary["agree_on_every_prompt"] = not summary["disagreements"]

    kinds = OrderedDict()
    for r in phi:
        for pl in r["plants"]:
            k = kinds.setdefault(pl["kind"], {"plants": 0, "found": 0, "found_any": 0, "prompts": 0})
            k["plants"] += 1
            k["found"] += pl["found"]
            k["found_any"] += pl["found_any"]
        for kind in OrderedDict.fromkeys(pl["kind"] for pl in r["plants"]):
            kinds[kind]["prompts"] += 1
    for k in kinds.values():
        k["recall"] = round(k["found"] / k["plants"], 4)
        k["recall_any"] = round(k["found_any"] / k["plants"], 4)
    summary["per_kind"] = OrderedDict(sorted(kinds.items(), key=lambda kv: (-kv[1]["recall_any"], kv[0])))
    allp = [pl for r in phi for pl in r["plants"]]
    summary["plants"] = {"total": len(allp), "found": sum(p["found"] for p in allp),
                         "found_any": sum(p["found_any"] for p in allp)}

    groups = OrderedDict()
    for r in results:
        g = groups.setdefault(r["group"], {"label": r["label"], "total": 0, "scan": 0, "guard": 0})
        g["total"] += 1
        g["scan"] += scan_blocked(r)
        g["guard"] += guard_blocked(r)
    summary["per_group"] = groups

    summary["missed_phi"] = [{"id": r["id"], "group": r["group"],
                              "missed_kinds": [pl["kind"] for pl in r["plants"] if not pl["found_any"]]}
                             for r in phi if not guard_blocked(r) or not scan_blocked(r)]
    summary["partially_found_phi"] = [{"id": r["id"], "group": r["group"],
                                       "missed_kinds": [pl["kind"] for pl in r["plants"] if not pl["found_any"]]}
                                      for r in phi if scan_blocked(r) and any(not pl["found_any"] for pl in r["plants"])]
    summary["blocked_clean"] = [{"id": r["id"], "group": r["group"],
                                 "finding_kinds": sorted({f["kind"] for f in r["scan"]["findings"]}),
                                 "guard_kinds": r["guard"]["kinds"]}
                                for r in clean if scan_blocked(r) or guard_blocked(r)]
    gms = [r["guard"]["ms"] for r in results]
    sms = [r["scan"]["ms"] for r in results]
    summary["guard_ms"] = {"median": round(statistics.median(gms), 2), "p90": round(percentile(gms, 0.9), 2),
                           "max": round(max(gms), 2)}
    summary["scan_ms"] = {"median": round(statistics.median(sms), 2), "p90": round(percentile(sms, 0.9), 2)}
    return summary


def counted(kinds):
    """["name", "dob", "name"] -> "name x2, dob"."""
    c = OrderedDict()
    for k in kinds:
        c[k] = c.get(k, 0) + 1
    return ", ".join(k if n == 1 else f"{k} x{n}" for k, n in c.items())


def compare(detection_path, peers_path):
    """Side-by-side Markdown of phiguard (detection.json) and the peers (peers.json)."""
    s = json.loads(Path(detection_path).read_text(encoding="utf-8"))["summary"]
    peers = json.loads(Path(peers_path).read_text(encoding="utf-8"))["peers"]
    out = []
    w = out.append
    w(f"## Side by side ({s['prompts']['total']} prompts: {s['prompts']['phi']} phi, {s['prompts']['clean']} clean)\n")
    w("| detector | phi prompts blocked | clean prompts blocked | plants hit (any kind) | median ms/prompt |")
    w("|---|---|---|---|---|")
    p = s["plants"]
    for key, ms in (("scan", "scan_ms"), ("guard", "guard_ms")):
        x = s[key]
        w(f"| phiguard {key} (process per prompt) | {x['phi']['blocked']}/{x['phi']['total']} ({pct(x['phi']['blocked'], x['phi']['total'])}) "
          f"| {x['clean']['blocked']}/{x['clean']['total']} ({pct(x['clean']['blocked'], x['clean']['total'])}) "
          f"| {p['found_any']}/{p['total']} ({pct(p['found_any'], p['total'])}) | {s[ms]['median']:.1f} |")
    for n, x in peers.items():
        w(f"| {n} (in process) | {x['phi']['blocked']}/{x['phi']['total']} ({pct(x['phi']['blocked'], x['phi']['total'])}) "
          f"| {x['clean']['blocked']}/{x['clean']['total']} ({pct(x['clean']['blocked'], x['clean']['total'])}) "
          f"| {x['plants']['found']}/{x['plants']['total']} ({pct(x['plants']['found'], x['plants']['total'])}) | {x['ms']['median']:.2f} |")
    w("\n### Per-group block rate\n")
    w("| group | label | prompts | phiguard scan | phiguard guard | " + " | ".join(peers) + " |")
    w("|---|---|---|---|---|" + "---|" * len(peers))
    for g, x in s["per_group"].items():
        cells = [f"{x['scan']} ({pct(x['scan'], x['total'])})", f"{x['guard']} ({pct(x['guard'], x['total'])})"]
        cells += [f"{peers[n]['per_group'][g]['blocked']} ({pct(peers[n]['per_group'][g]['blocked'], x['total'])})" for n in peers]
        w(f"| {g} | {x['label']} | {x['total']} | " + " | ".join(cells) + " |")
    w("\n### Per-kind plant recall (phiguard: same kind / any kind; peers: any overlapping span)\n")
    w("| kind | plants | phiguard scan | " + " | ".join(peers) + " |")
    w("|---|---|---|" + "---|" * len(peers))
    for kind, k in sorted(s["per_kind"].items(), key=lambda kv: (-kv[1]["plants"], kv[0])):
        cells = [f"{k['found']} / {k['found_any']} ({pct(k['found_any'], k['plants'])})"]
        cells += [f"{peers[n]['per_kind'][kind]['found']} ({pct(peers[n]['per_kind'][kind]['found'], k['plants'])})" for n in peers]
        w(f"| {kind} | {k['plants']} | " + " | ".join(cells) + " |")
    w("")
    return "\n".join(out)


def markdown(s):
    out = []
    w = out.append
    w(f"## phiguard on the detection prompt set ({s['prompts']['total']} prompts: "
      f"{s['prompts']['phi']} phi, {s['prompts']['clean']} clean)\n")
    w(f"Binary: `{s['binary']}` ({s['version']})\n")
    w("| | phi prompts blocked | clean prompts blocked | errors | median ms | p90 ms |")
    w("|---|---|---|---|---|---|")
    for name, key, ms in (("`scan --stdin`", "scan", "scan_ms"), ("`guard claude`", "guard", "guard_ms")):
        x = s[key]
        w(f"| {name} | {x['phi']['blocked']}/{x['phi']['total']} ({pct(x['phi']['blocked'], x['phi']['total'])}) "
          f"| {x['clean']['blocked']}/{x['clean']['total']} ({pct(x['clean']['blocked'], x['clean']['total'])}) "
          f"| {len(x['errors'])} | {s[ms]['median']:.1f} | {s[ms]['p90']:.1f} |")
    w("")
    if s["agree_on_every_prompt"]:
        w("scan and guard agree on every prompt.\n")
    else:
        w("scan and guard disagree on: " + ", ".join(f"{d['id']} (scan {d['scan']}, guard {d['guard']})"
                                                     for d in s["disagreements"]) + "\n")
    p = s["plants"]
    w(f"Plants found: {p['found']}/{p['total']} ({pct(p['found'], p['total'])}) as their own kind, "
      f"{p['found_any']}/{p['total']} ({pct(p['found_any'], p['total'])}) as any kind.\n")
    w("### Per-kind plant recall (scan)\n")
    w("| kind | plants | found (same kind) | found (any kind) |")
    w("|---|---|---|---|")
    for kind, k in s["per_kind"].items():
        w(f"| {kind} | {k['plants']} | {k['found']} ({pct(k['found'], k['plants'])}) "
          f"| {k['found_any']} ({pct(k['found_any'], k['plants'])}) |")
    w("\n### Per-group block rate\n")
    w("| group | label | prompts | scan blocked | guard blocked |")
    w("|---|---|---|---|---|")
    for g, x in s["per_group"].items():
        w(f"| {g} | {x['label']} | {x['total']} | {x['scan']} ({pct(x['scan'], x['total'])}) "
          f"| {x['guard']} ({pct(x['guard'], x['total'])}) |")
    w(f"\n### phi prompts not blocked ({len(s['missed_phi'])})\n")
    for m in s["missed_phi"]:
        w(f"- {m['id']} [{m['group']}]: missed {counted(m['missed_kinds'])}")
    w(f"\n### phi prompts blocked, with plants missed ({len(s['partially_found_phi'])})\n")
    for m in s["partially_found_phi"]:
        w(f"- {m['id']} [{m['group']}]: missed {counted(m['missed_kinds'])}")
    w(f"\n### clean prompts blocked ({len(s['blocked_clean'])})\n")
    for m in s["blocked_clean"]:
        w(f"- {m['id']} [{m['group']}]: {', '.join(m['finding_kinds']) or '(guard only: ' + ', '.join(m['guard_kinds']) + ')'}")
    errs = s["scan"]["errors"] + s["guard"]["errors"]
    if errs:
        w(f"\n### Errors ({len(errs)})\n")
        w(", ".join(errs))
    w("")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description="Run phiguard scan and guard on the detection prompt set.")
    ap.add_argument("phiguard", nargs="?", default=str(REPO / ".build" / "release" / "phiguard"))
    ap.add_argument("--prompts", default=str(HERE / "prompts.jsonl"))
    ap.add_argument("--out", default=str(WORK / "out" / "detection.json"))
    ap.add_argument("--markdown", default=str(WORK / "out" / "detection.md"))
    ap.add_argument("--cache-dir", default=str(WORK / "phiguard-cache"))
    ap.add_argument("--compare", metavar="PEERS_JSON",
                    help="print phiguard (from --out) beside the peers (peers.py's output) and exit")
    args = ap.parse_args()
    if args.compare:
        print(compare(args.out, args.compare))
        return

    binary = os.path.abspath(args.phiguard)
    if not os.access(binary, os.X_OK):
        sys.exit(f"run.py: {binary} is not an executable phiguard binary (build it with "
                 "`swift build -c release --product phiguard`)")
    prompts = [json.loads(line) for line in Path(args.prompts).read_text(encoding="utf-8").splitlines() if line.strip()]
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.cache_dir).mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PHIGUARD_CACHE_DIR=args.cache_dir, NO_COLOR="1")
    version = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.strip()
    with open(binary, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    version += f", sha256 {digest[:16]}, built {time.strftime('%Y-%m-%d %H:%M', time.gmtime(os.path.getmtime(binary)))} UTC"

    tmp = tempfile.mkdtemp(prefix="phiguard-detection-")
    repo = os.path.join(tmp, "repo")
    os.mkdir(repo)
    subprocess.run(["git", "init", "-q", repo], check=True)
    try:
        # warm-up: compiles and caches the rule database; not timed
        run_scan(binary, repo, "warm-up", env)
        run_guard(binary, repo, "warm-up", env)
        results = []
        for n, pr in enumerate(prompts, 1):
            scan = run_scan(binary, repo, pr["text"], env)
            guard = run_guard(binary, repo, pr["text"], env)
            plants, outside = match_plants(pr, scan["findings"])
            results.append({"id": pr["id"], "label": pr["label"], "group": pr["group"], "scan": scan,
                            "guard": guard, "plants": plants, "findings_outside_plants": outside})
            if n % 100 == 0:
                print(f"run.py: {n}/{len(prompts)} prompts", file=sys.stderr)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    summary = summarize(prompts, results, binary, version)
    doc = {"summary": summary, "prompts": results}
    Path(args.out).write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    md = markdown(summary)
    Path(args.markdown).write_text(md, encoding="utf-8")
    print(md)
    print(f"run.py: wrote {args.out} and {args.markdown}", file=sys.stderr)


if __name__ == "__main__":
    main()
