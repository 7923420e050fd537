#!/usr/bin/env python3
"""Runs two PyPI PII detectors on prompts.jsonl, as peers of phiguard's prompt guard.

Versions this was run with (run.sh installs them into Benchmarks/work/detection-venv):
    presidio-analyzer 2.2.366, scrubadub 2.0.1, phonenumbers 9.0.43, spaCy 3.8.18 (package only),
    Python 3.11.7

    Benchmarks/work/detection-venv/bin/python peers.py [--prompts FILE] [--out FILE]

Peers (a prompt counts as blocked when the peer reports anything at all; a plant counts as detected
when a reported span overlaps one of its occurrences in the text):

* Presidio, pattern recognizers only. spaCy's English models cannot be installed here (they are not
  on PyPI), so the AnalyzerEngine runs with the default English recognizer configuration
  (conf/default_recognizers.yaml) minus every recognizer that needs a model or a remote service
  (SpacyRecognizer and the NER/LLM ones), plus the US healthcare pattern recognizers that
  configuration ships switched off (UsMbi, UsNpi, UsHealthInsuranceMemberId, UsClaimNumber,
  UsPriorAuthorizationNumber, UsPrescriptionNumber, UsReferralNumber, UsProviderTaxId,
  AbaRouting): the best Presidio a PHI user could build without a model. The NLP engine is a
  tokenizer only (spaCy's blank English pipeline, lower-cased tokens as lemmas), so Presidio's
  context words ("member", "claim", "license", ...) still raise scores as they would with a
  model; it finds no names, addresses or other NER entities. The recognizers that ran are
  listed in peers.json. Reported at score threshold 0.0 (anything found) and 0.5.
* scrubadub's default Scrubber() (credential, credit_card, email, phone, twitter, url,
  social_security_number; none needs spaCy), locale en_US.

Writes Benchmarks/work/out/peers.json (per peer: block rate on phi and on clean prompts, per-kind
plant recall, per-group block rate, median and p90 time per prompt in process, and per prompt what
blocked it and which plants, by index and kind, were detected; values are never written) and
prints a Markdown table (also written to Benchmarks/work/out/peers.md).
"""
import argparse
import json
import logging
import statistics
import sys
import time
import warnings
from collections import OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORK = HERE.parent / "work"

warnings.filterwarnings("ignore")
logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)


# ------------------------------------------------------------------------------------------------
# Spans
# ------------------------------------------------------------------------------------------------
def occurrences(text, value):
    """Character ranges [start, end) of the value: whole-word ones if any exist (as run.py)."""
    spans_all, spans_word = [], []
    start = 0
    while True:
        i = text.find(value, start)
        if i < 0:
            break
        j = i + len(value)
        spans_all.append((i, j))
        before = text[i - 1] if i > 0 else ""
        after = text[j] if j < len(text) else ""
        if not (before.isalnum() and value[0].isalnum()) and not (after.isalnum() and value[-1].isalnum()):
            spans_word.append((i, j))
        start = i + 1
    return spans_word or spans_all


def detected_plants(prompt, spans):
    """Indices of the plants overlapped by any reported (start, end) span."""
    hit = []
    for n, plant in enumerate(prompt["plants"]):
        occ = occurrences(prompt["text"], plant["value"])
        if any(s < b and a < e for (s, e) in spans for (a, b) in occ):
            hit.append(n)
    return hit


# ------------------------------------------------------------------------------------------------
# Presidio
# ------------------------------------------------------------------------------------------------
US_HEALTH = ["UsMbiRecognizer", "UsNpiRecognizer", "UsHealthInsuranceMemberIdRecognizer",
             "UsClaimNumberRecognizer", "UsPriorAuthorizationNumberRecognizer",
             "UsPrescriptionNumberRecognizer", "UsReferralNumberRecognizer",
             "UsProviderTaxIdRecognizer", "AbaRoutingRecognizer"]


def make_presidio():
    import spacy
    import tldextract
    # Presidio's email validation calls tldextract, which would download the public suffix list;
    # use the snapshot bundled with tldextract instead (this benchmark opens no connection)
    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    from presidio_analyzer import AnalyzerEngine, PatternRecognizer, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine
    import presidio_analyzer.predefined_recognizers as pr

    class TokenizerOnlyNlpEngine(NlpEngine):
        """spaCy's blank English tokenizer; lower-cased tokens stand in for lemmas; no NER."""

        def __init__(self):
            self.nlp = None

        def load(self):
            self.nlp = spacy.blank("en")

        def is_loaded(self):
            return self.nlp is not None

        def process_text(self, text, language):
            doc = self.nlp(text)
            return NlpArtifacts(entities=[], tokens=doc, tokens_indices=[t.idx for t in doc],
                                lemmas=[t.lower_ for t in doc], nlp_engine=self, language=language)

        def process_batch(self, texts, language, batch_size=1, n_process=1, **kwargs):
            for t in texts:
                yield t, self.process_text(t, language)

        def is_stopword(self, word, language):
            return self.nlp.vocab[word].is_stop

        def is_punct(self, word, language):
            return self.nlp.vocab[word].is_punct

        def get_supported_entities(self):
            return []

        def get_supported_languages(self):
            return ["en"]

    engine = TokenizerOnlyNlpEngine()
    engine.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=engine)
    kept = []
    for rec in registry.recognizers:
        # keep what is self-contained: PatternRecognizer subclasses and the phonenumbers-based
        # PhoneRecognizer; drop spaCy/stanza/transformers/GLiNER/remote recognizers
        if isinstance(rec, PatternRecognizer) or type(rec).__name__ == "PhoneRecognizer":
            kept.append(rec)
    present = {type(r).__name__ for r in kept}
    for name in US_HEALTH:
        if name not in present and hasattr(pr, name):
            kept.append(getattr(pr, name)())
    registry.recognizers = kept
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=["en"])
    names = sorted({type(r).__name__ for r in kept})

    def analyze(text):
        results = analyzer.analyze(text=text, language="en", score_threshold=0.0)
        return [{"start": r.start, "end": r.end, "entity": r.entity_type, "score": r.score} for r in results]

    return analyze, names


# ------------------------------------------------------------------------------------------------
# scrubadub
# ------------------------------------------------------------------------------------------------
def make_scrubadub():
    import scrubadub
    scrubber = scrubadub.Scrubber(locale="en_US")

    def analyze(text):
        out = []
        for f in scrubber.iter_filth(text):
            parts = getattr(f, "filths", None) or [f]
            for p in parts:
                out.append({"start": p.beg, "end": p.end, "entity": p.type, "score": 1.0})
        return out

    return analyze, sorted(scrubber._detectors.keys())


# ------------------------------------------------------------------------------------------------
# Report
# ------------------------------------------------------------------------------------------------
def percentile(values, q):
    s = sorted(values)
    k = (len(s) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def pct(n, d):
    return f"{100.0 * n / d:.1f}%" if d else "n/a"


def evaluate(prompts, detections, times):
    """detections[i]: the spans a peer reported for prompts[i] (already threshold-filtered)."""
    rows = []
    for pr, det, ms in zip(prompts, detections, times):
        spans = [(d["start"], d["end"]) for d in det]
        hit = detected_plants(pr, spans)
        rows.append({"id": pr["id"], "label": pr["label"], "group": pr["group"], "blocked": bool(det),
                     "entities": sorted({d["entity"] for d in det}),
                     "plants_detected": [{"index": n, "kind": pr["plants"][n]["kind"]} for n in hit],
                     "plants_total": len(pr["plants"]), "ms": round(ms, 3)})
    phi = [r for r in rows if r["label"] == "phi"]
    clean = [r for r in rows if r["label"] == "clean"]
    kinds = OrderedDict()
    for pr, r in zip(prompts, rows):
        if pr["label"] != "phi":
            continue
        found = {p["index"] for p in r["plants_detected"]}
        for n, plant in enumerate(pr["plants"]):
            k = kinds.setdefault(plant["kind"], {"plants": 0, "found": 0})
            k["plants"] += 1
            k["found"] += n in found
    for k in kinds.values():
        k["recall"] = round(k["found"] / k["plants"], 4)
    groups = OrderedDict()
    for r in rows:
        g = groups.setdefault(r["group"], {"label": r["label"], "total": 0, "blocked": 0})
        g["total"] += 1
        g["blocked"] += r["blocked"]
    total_plants = sum(k["plants"] for k in kinds.values())
    found_plants = sum(k["found"] for k in kinds.values())
    ms = [r["ms"] for r in rows]
    return OrderedDict([
        ("phi", {"blocked": sum(r["blocked"] for r in phi), "total": len(phi)}),
        ("clean", {"blocked": sum(r["blocked"] for r in clean), "total": len(clean)}),
        ("plants", {"found": found_plants, "total": total_plants}),
        ("per_kind", kinds), ("per_group", groups),
        ("ms", {"median": round(statistics.median(ms), 3), "p90": round(percentile(ms, 0.9), 3)}),
        ("blocked_clean", [{"id": r["id"], "entities": r["entities"]} for r in clean if r["blocked"]]),
        ("prompts", rows),
    ])


def markdown(peers, prompts):
    names = list(peers)
    out = []
    w = out.append
    w(f"## Peers on the detection prompt set ({len(prompts)} prompts)\n")
    w("| peer | phi prompts blocked | clean prompts blocked | plants detected | median ms/prompt | p90 ms |")
    w("|---|---|---|---|---|---|")
    for n in names:
        p = peers[n]
        w(f"| {n} | {p['phi']['blocked']}/{p['phi']['total']} ({pct(p['phi']['blocked'], p['phi']['total'])}) "
          f"| {p['clean']['blocked']}/{p['clean']['total']} ({pct(p['clean']['blocked'], p['clean']['total'])}) "
          f"| {p['plants']['found']}/{p['plants']['total']} ({pct(p['plants']['found'], p['plants']['total'])}) "
          f"| {p['ms']['median']:.2f} | {p['ms']['p90']:.2f} |")
    w("\n### Per-kind plant recall (any overlapping span)\n")
    w("| kind | plants | " + " | ".join(names) + " |")
    w("|---|---|" + "---|" * len(names))
    first = peers[names[0]]["per_kind"]
    for kind in sorted(first, key=lambda k: (-first[k]["plants"], k)):
        cells = [f"{peers[n]['per_kind'][kind]['found']} ({pct(peers[n]['per_kind'][kind]['found'], first[kind]['plants'])})"
                 for n in names]
        w(f"| {kind} | {first[kind]['plants']} | " + " | ".join(cells) + " |")
    w("\n### Per-group block rate\n")
    w("| group | label | prompts | " + " | ".join(names) + " |")
    w("|---|---|---|" + "---|" * len(names))
    for g, x in peers[names[0]]["per_group"].items():
        cells = [f"{peers[n]['per_group'][g]['blocked']} ({pct(peers[n]['per_group'][g]['blocked'], x['total'])})" for n in names]
        w(f"| {g} | {x['label']} | {x['total']} | " + " | ".join(cells) + " |")
    w("")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description="Run Presidio (pattern recognizers) and scrubadub on prompts.jsonl.")
    ap.add_argument("--prompts", default=str(HERE / "prompts.jsonl"))
    ap.add_argument("--out", default=str(WORK / "out" / "peers.json"))
    ap.add_argument("--markdown", default=str(WORK / "out" / "peers.md"))
    args = ap.parse_args()
    prompts = [json.loads(l) for l in Path(args.prompts).read_text(encoding="utf-8").splitlines() if l.strip()]
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)

    from importlib.metadata import version
    versions = {pkg: version(pkg) for pkg in ("presidio-analyzer", "scrubadub", "phonenumbers", "spacy")}
    versions["python"] = sys.version.split()[0]

    peers = OrderedDict()
    meta = {"versions": versions}
    for name, make in (("presidio", make_presidio), ("scrubadub", make_scrubadub)):
        analyze, recognizers = make()
        meta[name + "_recognizers"] = recognizers
        analyze("warm-up 617-482-1934")
        detections, times = [], []
        for pr in prompts:
            t0 = time.perf_counter()
            det = analyze(pr["text"])
            times.append((time.perf_counter() - t0) * 1000)
            detections.append(det)
        if name == "presidio":
            for thr in (0.0, 0.5):
                peers[f"presidio@{thr}"] = evaluate(prompts, [[d for d in det if d["score"] >= thr] for det in detections], times)
        else:
            peers[name] = evaluate(prompts, detections, times)
        print(f"peers.py: {name} done", file=sys.stderr)

    Path(args.out).write_text(json.dumps({"meta": meta, "peers": peers}, indent=1) + "\n", encoding="utf-8")
    md = markdown(peers, prompts)
    md += "\nVersions: " + ", ".join(f"{k} {v}" for k, v in versions.items()) + "\n"
    md += "Presidio recognizers: " + ", ".join(meta["presidio_recognizers"]) + "\n"
    md += "scrubadub detectors: " + ", ".join(meta["scrubadub_recognizers"]) + "\n"
    Path(args.markdown).write_text(md, encoding="utf-8")
    print(md)
    print(f"peers.py: wrote {args.out} and {args.markdown}", file=sys.stderr)


if __name__ == "__main__":
    main()
