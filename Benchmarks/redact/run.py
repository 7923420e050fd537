#!/usr/bin/env python3
"""Redaction benchmark: does any planted value survive `phiguard redact`, and Presidio's anonymizer?

    Benchmarks/work/detection-venv/bin/python Benchmarks/redact/run.py \
        --phiguard .build/release/phiguard --prompts Benchmarks/detection/prompts*.jsonl [--presidio]

For every PHI prompt of the sets (each lists the values planted in it), phiguard redacts it through
the binary (`redact --stdin --format json`, a fresh map per prompt, outside any repository) and the
script checks:
* survival: a planted value survives when it can still be found in the output: values with four or
  more digits by their digits with any separators (`219-45-6788` = `219 45 6788` = `219456788`),
  other values by any word of three or more letters (a surname alone counts) that the input does not
  also carry outside its planted values (a decoy's `james@example.com`, `in the ICU` beside a slug's
  `-from-icu`); a date written with its month's name only as written (shifted by whole months it
  keeps its digits);
* exit 0 on every prompt (exit 1 means redact refused: a finding would remain);
* marked forms: `phiguard scan --stdin` on the output finds no ssn, phone, email, mrn, npi, mbi, dea,
  ip-address, vin, url or credit-card (stand-ins of those kinds are in forms it reads as synthetic);
* consistency: no value gets more than one stand-in in its map;
* restore: `redact --restore` gives back the input byte for byte (inputs without secrets).
With --presidio, the same survival check on Presidio's analyzer (pattern recognizers, as peers.py
builds it) + anonymizer (default `replace` operator). Values are never printed: plants by kind only.

With --code-corpus DIR (the labelled code corpus, Benchmarks/detection/code-corpus.sh), every file
with planted values is redacted as a file (`redact FILE`, read as its kind: code, CSV, HL7, logs),
its planted values checked the same way; decoys and egress plants (AI endpoints, banned packages,
which redact leaves) are not counted.
"""
import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SECRET_KINDS = {"aws-access-key", "aws-secret-key", "github-token", "slack-token", "private-key", "openai-key",
                "anthropic-key", "google-api-key", "stripe-key", "jwt", "password-in-url", "generic-secret"}
MARKED = {"ssn", "phone", "email", "mrn", "npi", "mbi", "dea", "ip-address", "vin", "url", "credit-card"}
IGNORED_WORDS = {"street", "st", "avenue", "ave", "road", "rd", "lane", "ln", "drive", "dr", "court", "ct", "way",
                 "place", "pl", "boulevard", "blvd", "apt", "suite", "unit", "mr", "mrs", "ms", "dr", "the", "and",
                 "north", "south", "east", "west", "january", "february", "march", "april", "may", "june", "july",
                 "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
                 "aug", "sep", "sept", "oct", "nov", "dec", "https", "http", "www", "com", "org", "net"}


def load(paths):
    prompts = []
    for path in paths:
        for line in Path(path).read_text().splitlines():
            if line.strip():
                prompt = json.loads(line)
                if prompt.get("label") == "phi" and prompt.get("plants"):
                    prompt["set"] = Path(path).stem
                    prompts.append(prompt)
    return prompts


DATE_KINDS = {"date", "dob"}


def residual(prompt):
    """The prompt's text with every planted value taken out: the words it carries besides them."""
    text = prompt["text"]
    for plant in sorted(prompt["plants"], key=lambda p: -len(p["value"])):
        text = text.replace(plant["value"], " ")
    return text


def survives(value, output, kind="", rest=""):
    """Whether `value` can still be found in `output`. `rest` is the input without its planted values:
    a word the input also carries elsewhere (a decoy row's `james@example.com`, `in the ICU` beside a
    slug's `-from-icu`) is no evidence that this value survived."""
    # A date written with its month's name survives only as written: shifted by a month it keeps its
    # digits (`September 1, 2026` -> `October 1, 2026`), which the digit rule below would count.
    if kind in DATE_KINDS and re.search(r"[A-Za-z]{3,}", value):
        return re.search(re.escape(value), output, re.I) is not None
    # A URL survives by what identifies the person (its path, query or handle), not by its site's name.
    # A connection string's secret is its password.
    password = re.match(r"^[a-z+]+://[^:/@\s]+:([^@\s]+)@", value)
    if password:
        value = password.group(1)
    elif re.match(r"https?://", value):
        value = re.sub(r"^https?://[^/]+", "", value)
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 4:
        return re.search(r"[^0-9A-Za-z]{0,3}".join(digits), output) is not None

    def whole(word, text):
        return re.search(r"(?<![A-Za-z])" + re.escape(word) + r"(?![A-Za-z])", text, re.I) is not None
    words = [w for w in re.findall(r"[A-Za-z]{3,}", value) if w.lower() not in IGNORED_WORDS and not whole(w, rest)]
    return any(whole(w, output) for w in words)


EGRESS_KINDS = {"ai-endpoint", "banned-package"}


def load_code_corpus(folder):
    """The corpus's files with planted values, as prompts that name their file."""
    folder = Path(folder)
    plants = {}
    for line in (folder / "labels.jsonl").read_text().splitlines():
        label = json.loads(line)
        if label["kind"] and label["kind"] not in EGRESS_KINDS:
            plants.setdefault(label["path"], []).append({"kind": label["kind"], "value": label["value"]})
    prompts = []
    for path, planted in sorted(plants.items()):
        file = (folder / "files" / path).resolve()
        prompts.append({"id": path, "set": "code-corpus/" + path.split("/")[0], "file": str(file),
                        "text": file.read_text(encoding="utf-8"), "plants": planted})
    return prompts


def run_phiguard(binary, prompts, work):
    results, timings = [], []
    for index, prompt in enumerate(prompts):
        map_path = work / f"map-{index}.json"
        started = time.perf_counter()
        source = [prompt["file"]] if "file" in prompt else ["--stdin"]
        done = subprocess.run([binary, "redact", *source, "--map", str(map_path), "--format", "json"],
                              input=None if "file" in prompt else prompt["text"], capture_output=True, text=True, cwd=work)
        timings.append(time.perf_counter() - started)
        result = {"id": prompt["id"], "set": prompt["set"], "exit": done.returncode, "survived": [], "unmarked": [], "inconsistent": 0}
        if done.returncode == 0:
            output = json.loads(done.stdout)["text"]
            result["survived"] = [p["kind"] for p in prompt["plants"] if survives(p["value"], output, p["kind"], residual(prompt))]
            scan = subprocess.run([binary, "scan", "--stdin", "--format", "json"], input=output, capture_output=True, text=True, cwd=work)
            result["unmarked"] = [f["kind"] for f in json.loads(scan.stdout)["findings"] if f["kind"] in MARKED]
            back = subprocess.run([binary, "redact", "--restore", "--stdin", "--map", str(map_path)], input=output,
                                  capture_output=True, text=True, cwd=work).stdout
            has_secret = any(p["kind"] in SECRET_KINDS for p in prompt["plants"])
            result["restored"] = None if has_secret else back == prompt["text"]
            pairs = json.loads(map_path.read_text())["pairs"]
            # A value is inconsistent when the map gave it more than one stand-in (found as two kinds, say).
            # Name parts, comments, literals and identifiers are the map's bookkeeping, not values.
            stand_ins = {}
            for p in pairs:
                if p["kind"] not in ("name-part", "comment", "string", "identifier"):
                    stand_ins.setdefault(p["real"], set()).add(p["standIn"])
            result["inconsistent"] = sum(1 for found in stand_ins.values() if len(found) > 1)
        else:
            result["survived"] = [p["kind"] for p in prompt["plants"]]
            result["stderr"] = done.stderr.strip().splitlines()[:3]
        results.append(result)
    return results, timings


def run_presidio(prompts):
    sys.path.insert(0, str(HERE.parent / "detection"))
    import peers
    from presidio_anonymizer import AnonymizerEngine
    from presidio_analyzer import RecognizerResult
    analyze, _ = peers.make_presidio()
    anonymizer = AnonymizerEngine()
    results, timings = [], []
    for prompt in prompts:
        started = time.perf_counter()
        spans = analyze(prompt["text"])
        output = anonymizer.anonymize(text=prompt["text"], analyzer_results=[
            RecognizerResult(s["entity"], s["start"], s["end"], s["score"]) for s in spans]).text
        timings.append(time.perf_counter() - started)
        results.append({"id": prompt["id"], "set": prompt["set"],
                        "survived": [p["kind"] for p in prompt["plants"] if survives(p["value"], output, p["kind"], residual(prompt))]})
    return results, timings


def summarise(name, prompts, results, timings):
    plants = sum(len(p["plants"]) for p in prompts)
    survived = sum(len(r["survived"]) for r in results)
    by_kind_total = Counter(pl["kind"] for p in prompts for pl in p["plants"])
    by_kind = Counter(k for r in results for k in r["survived"])
    clean_prompts = sum(1 for r in results if not r["survived"])
    print(f"\n## {name}\n")
    print(f"prompts {len(prompts)}, planted values {plants}: survived {survived} ({100 * survived / plants:.1f}%); "
          f"prompts with nothing surviving {clean_prompts}/{len(prompts)}")
    if "exit" in results[0]:
        exits = Counter(r["exit"] for r in results)
        print(f"exit codes: {dict(exits)}; marked-kind stand-ins read as real: {sum(len(r['unmarked']) for r in results)}; "
              f"values with more than one stand-in: {sum(r['inconsistent'] for r in results)}")
        checked = [r for r in results if r.get("restored") is not None]
        print(f"restore gives back the prompt byte for byte: {sum(r['restored'] for r in checked)}/{len(checked)} "
              f"(prompts without a secret)")
    print(f"median time per prompt {statistics.median(timings) * 1000:.1f} ms (p90 {sorted(timings)[int(len(timings) * 0.9)] * 1000:.1f} ms)")
    print("\n| kind | planted | survived |\n|---|---|---|")
    for kind, total in sorted(by_kind_total.items()):
        print(f"| {kind} | {total} | {by_kind[kind]} |")
    sets = sorted({p["set"] for p in prompts})
    print("\n| set | prompts | planted | survived |\n|---|---|---|---|")
    for name_ in sets:
        ps = [p for p in prompts if p["set"] == name_]
        rs = [r for r in results if r["set"] == name_]
        print(f"| {name_} | {len(ps)} | {sum(len(p['plants']) for p in ps)} | {sum(len(r['survived']) for r in rs)} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--phiguard", required=True)
    parser.add_argument("--prompts", nargs="+", default=[])
    parser.add_argument("--code-corpus", help="the labelled code corpus folder (files/ and labels.jsonl)")
    parser.add_argument("--presidio", action="store_true")
    parser.add_argument("--out", help="per-prompt results as JSON (kinds and exit codes, never values)")
    args = parser.parse_args()
    prompts = load(args.prompts) + (load_code_corpus(args.code_corpus) if args.code_corpus else [])
    if not prompts:
        sys.exit("give --prompts and/or --code-corpus")
    with tempfile.TemporaryDirectory(prefix="redact-bench-") as work:
        results, timings = run_phiguard(str(Path(args.phiguard).resolve()), prompts, Path(work))
    summarise("phiguard redact", prompts, results, timings)
    output = {"phiguard": results}
    if args.presidio:
        presidio, ptimings = run_presidio(prompts)
        summarise("Presidio analyzer (patterns) + anonymizer", prompts, presidio, ptimings)
        output["presidio"] = presidio
    if args.out:
        Path(args.out).write_text(json.dumps(output, indent=1))


if __name__ == "__main__":
    main()
