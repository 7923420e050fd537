#!/usr/bin/env python3
"""Redaction speed: `phiguard redact` next to Presidio's analyzer + anonymizer on the same inputs.

    Benchmarks/work/detection-venv/bin/python Benchmarks/redact/speed.py --phiguard .build/release/phiguard \
        [--corpus Benchmarks/work/scan-corpus] [--mb 100] [--runs 3] [--prompt-runs 50]

* Throughput: the first --mb MB (10^6 bytes) of the scan benchmark's corpus (real Python source,
  made by Benchmarks/scan/run.sh) joined into one file, redacted in one run (`redact FILE`,
  output to /dev/null); median of --runs. Presidio on the first 0.9 MB of the same file (in process,
  so its start-up is not counted; spaCy's tokenizer takes at most 1,000,000 characters, so 0.9 MB),
  reported in MB/s.
* Prompt latency: a 2 kB clinical prompt (PHI in prose, a log line and SQL) through
  `redact --stdin`, process start included; median of --prompt-runs. Presidio in process on the
  same prompt.
"""
import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROMPT = ("Handover for bed 12: Mrs. Margaret Okafor, DOB 03/14/1951, MRN: 00482913, SSN 219-45-6788, lives at "
          "12 Birch Lane, Medford, MA 02155, daughter's phone (617) 432-1234, email maria.okafor71@gmail.com. "
          "Admitted 2024-05-02 with CHF exacerbation, diuresed 4 L, discharged 2024-05-05 on furosemide 40 mg BID.\n"
          "2024-05-03T10:14:22Z ERROR ehr.sync patient_id=884213 mrn=00482913 failed: KeyError('00482913')\n"
          "SELECT * FROM patients WHERE mrn = '00482913' AND dob = '1951-03-14';\n")
while len(PROMPT.encode()) < 2000:
    PROMPT += "Plan: follow up in clinic in 2 weeks with BMP; weigh daily; call if weight up 2 lb in a day. "
PROMPT = PROMPT.encode()[:2048].decode(errors="ignore")


def corpus_file(corpus, megabytes, work):
    target = megabytes * 1_000_000
    path = work / f"corpus-{megabytes}MB.py"
    written = 0
    with open(path, "wb") as out:
        for file in sorted(corpus.rglob("*")):
            if written >= target or not file.is_file():
                continue
            data = file.read_bytes()
            if b"\0" in data[:8192]:
                continue
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                continue
            out.write(data[: target - written])
            written += min(len(data), target - written)
    return path, written


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--phiguard", required=True)
    parser.add_argument("--corpus", default=str(HERE.parent / "work" / "scan-corpus"))
    parser.add_argument("--mb", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--prompt-runs", type=int, default=50)
    parser.add_argument("--no-presidio", action="store_true")
    args = parser.parse_args()
    binary = str(Path(args.phiguard).resolve())
    with tempfile.TemporaryDirectory(prefix="redact-speed-") as folder:
        work = Path(folder)
        path, size = corpus_file(Path(args.corpus), args.mb, work)
        times = []
        for run in range(args.runs):
            started = time.perf_counter()
            done = subprocess.run([binary, "redact", str(path), "--map", str(work / f"m{run}.json")],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=work)
            times.append(time.perf_counter() - started)
            if done.returncode not in (0, 1):
                sys.exit(f"redact failed: {done.stderr.decode()[:300]}")
            exit_code = done.returncode
        median = statistics.median(times)
        print(f"phiguard redact, {size / 1e6:.0f} MB in one file: median {median:.2f} s = {size / 1e6 / median:.0f} MB/s "
              f"(runs {', '.join(f'{t:.2f}' for t in times)}; exit {exit_code})")
        prompt_times = []
        for run in range(args.prompt_runs):
            started = time.perf_counter()
            subprocess.run([binary, "redact", "--stdin", "--map", str(work / "p.json")], input=PROMPT.encode(),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=work)
            prompt_times.append(time.perf_counter() - started)
        print(f"phiguard redact --stdin, {len(PROMPT.encode())} B prompt: median {statistics.median(prompt_times) * 1000:.1f} ms "
              f"(p90 {sorted(prompt_times)[int(len(prompt_times) * 0.9)] * 1000:.1f} ms), process start included")
        if args.no_presidio:
            return
        sys.path.insert(0, str(HERE.parent / "detection"))
        import peers
        from presidio_anonymizer import AnonymizerEngine
        from presidio_analyzer import RecognizerResult
        analyze, _ = peers.make_presidio()
        anonymizer = AnonymizerEngine()

        def presidio(text):
            spans = analyze(text)
            return anonymizer.anonymize(text=text, analyzer_results=[
                RecognizerResult(s["entity"], s["start"], s["end"], s["score"]) for s in spans]).text

        # spaCy's tokenizer refuses texts over 1,000,000 characters: Presidio gets the first 0.9 MB.
        sample = path.read_bytes()[:900_000].decode("utf-8", errors="ignore")
        started = time.perf_counter()
        presidio(sample)
        elapsed = time.perf_counter() - started
        print(f"Presidio analyzer (patterns) + anonymizer, first 0.9 MB in process: {elapsed:.1f} s = {0.9 / elapsed:.2f} MB/s")
        ptimes = []
        for _ in range(args.prompt_runs):
            started = time.perf_counter()
            presidio(PROMPT)
            ptimes.append(time.perf_counter() - started)
        print(f"Presidio on the same prompt, in process (no start-up): median {statistics.median(ptimes) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
