#!/usr/bin/env python3
"""End-to-end check that phiguard's Claude Code hooks work inside the real Claude Code CLI, offline.

    python3 run_scenarios.py --phiguard /path/to/phiguard --claude /path/to/claude [--only c,d] [--keep]

For each scenario: a fresh git repository, `phiguard init`, planted files, a scripted Messages API
stub (messages_api_stub.py, beside this file) on 127.0.0.1, and one `claude -p` run against it.
The verdict comes from what the API received (the stub's request log) and from the hook events the
CLI reports (stream-json with --include-hook-events). Planted values are never printed: anything
printed goes through redact(). Standard library only. Exit status 0 when every scenario passes.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
STUB = HERE / "messages_api_stub.py"

# Planted values: realistic, unpublished, each verified to be flagged by `phiguard scan --stdin`.
SSN = "287-65-4321"
MRN = "MRN: 00482913"
NAME = "Margaret Okafor"
DOB = "1951-03-14"
OPENAI_KEY = "sk-proj-Xq3fT9bLm2RkV7nPw4HsZc8JdA1uEy6GtQiKo0NvBx5WrMpLaYe2Hj9CsDfUgTb7Rn4Kw1Qz3Vm8Xc6Lp0Ao"

VISIT_NOTE = f"""Clinic visit note, 2024-05-02
Patient: {NAME}, DOB {DOB}
SSN {SSN}
{MRN}
Assessment: type 2 diabetes, HbA1c 8.1%. Plan: start metformin 500 mg twice daily.
"""
DOTENV = f"OPENAI_API_KEY={OPENAI_KEY}\nLOG_LEVEL=info\n"
APP_PY = '''"""Tiny arithmetic helpers."""


def add(a: int, b: int) -> int:
    return a + b


def scale(values: list[float], factor: float) -> list[float]:
    return [v * factor for v in values]
'''


def spaced_digits(value):
    """A regex for the digits of `value` with any (or no) separators between them."""
    digits = re.sub(r"\D", "", value)
    return re.compile(r"[^0-9]{0,3}".join(digits))


# What must never reach the API, each with a label that is safe to print.
NEEDLES = [
    ("ssn", spaced_digits(SSN)),
    ("mrn", spaced_digits(MRN)),
    ("name", re.compile(r"(?:Margaret\s+)?Okafor", re.I)),
    ("dob", spaced_digits(DOB)),
    ("openai-key", re.compile(re.escape(OPENAI_KEY[8:40]))),
]


def leaks(text):
    return sorted({label for label, pattern in NEEDLES if pattern.search(text)})


def redact(text):
    for label, pattern in NEEDLES:
        text = pattern.sub(f"[planted {label}]", text)
    return text


@dataclass
class Scenario:
    key: str
    title: str
    prompt: str
    expect: str  # "prompt-blocked", "denied", "allowed", or "leaks" (a control: the check must see the leak)
    tool: dict = None  # the tool_use of turn 1: {"name": ..., "input": ...}; "{repo}" is replaced
    must_leak: list = field(default_factory=list)  # for "leaks": labels that must reach the API
    drop_tool_hook: bool = False  # a control: take phiguard's PreToolUse hook out of .claude/settings.json
    allowed_text: str = "def add(a: int, b: int)"


SCENARIOS = [
    Scenario("a", "prompt with SSN + MRN is blocked", f"Summarise the visit for SSN {SSN}, {MRN}.", "prompt-blocked"),
    Scenario("b", "Read .env (secret) is denied", "What is configured in .env?", "denied",
             {"name": "Read", "input": {"file_path": "{repo}/.env"}}),
    Scenario("c", "Read notes/visit.txt (PHI inside) is denied", "Summarise notes/visit.txt.", "denied",
             {"name": "Read", "input": {"file_path": "{repo}/notes/visit.txt"}}),
    Scenario("d", "Grep MRN over notes/ is denied", "Which notes mention an MRN?", "denied",
             {"name": "Grep", "input": {"pattern": "MRN", "path": "{repo}/notes", "output_mode": "content"}}),
    Scenario("d2", "Grep MRN over the whole repo is denied", "Where is an MRN mentioned?", "denied",
             {"name": "Grep", "input": {"pattern": "MRN", "output_mode": "content"}}),
    Scenario("d3", "Grep MRN in notes/visit.txt (a file) is denied", "Does the visit note mention an MRN?", "denied",
             {"name": "Grep", "input": {"pattern": "MRN", "path": "{repo}/notes/visit.txt", "output_mode": "content"}}),
    Scenario("e", "Bash `cat .env` is denied", "Show me the environment file.", "denied",
             {"name": "Bash", "input": {"command": "cat .env", "description": "Show .env"}}),
    Scenario("e2", "Bash `cat notes/visit.txt` (PHI inside) is denied", "Show me the visit note.", "denied",
             {"name": "Bash", "input": {"command": "cat notes/visit.txt", "description": "Show the visit note"}}),
    Scenario("f", "Read src/app.py (clean) is allowed", "What does src/app.py do?", "allowed",
             {"name": "Read", "input": {"file_path": "{repo}/src/app.py"}}),
    # Controls: prove the checks above are not vacuous.
    Scenario("ctl-b", "control: no PreToolUse hook, permissions.deny alone denies Read .env",
             "What is configured in .env?", "denied", {"name": "Read", "input": {"file_path": "{repo}/.env"}},
             drop_tool_hook=True),
    Scenario("ctl-c", "control: no PreToolUse hook, the PHI read reaches the stub (leak detected)",
             "Summarise notes/visit.txt.", "leaks", {"name": "Read", "input": {"file_path": "{repo}/notes/visit.txt"}},
             must_leak=["ssn", "mrn", "name", "dob"], drop_tool_hook=True),
    Scenario("ctl-e", "control: no PreToolUse hook, permissions.deny alone denies Bash `cat .env`",
             "Show me the environment file.", "denied", {"name": "Bash", "input": {"command": "cat .env", "description": "Show .env"}},
             drop_tool_hook=True),
]

FINAL_TEXT = "Done: scripted final answer."
# Permission flags: the tools the scripts call are pre-approved (--allowedTools), and dontAsk denies anything
# else without a prompt, so Claude Code's own permission prompt never decides; permissions.deny from
# .claude/settings.json still applies (deny beats allow; see the ctl-b and ctl-e controls). In this build,
# naming Grep in --allowedTools is also what makes the Grep and Glob tools exist at all: without it the
# model is told "No such tool available: Grep". bypassPermissions is refused when running as root.
ALLOWED_TOOLS = "Read,Grep,Bash"
PERMISSION_MODE = "dontAsk"
BRIEF = {"a", "b", "c", "d", "e", "f"}  # the scenarios of the brief; d2, d3, e2 are extras, ctl-* controls


def run(cmd, **kwargs):
    return subprocess.run(cmd, capture_output=True, text=True, **kwargs)


def base_env(bindir, home):
    """A clean environment: nothing of the caller's (no ANTHROPIC_*, no CLAUDE_*), temp files under `home`."""
    return {"PATH": f"{bindir}:/usr/local/bin:/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
            "TMPDIR": str(home), "CLAUDE_CODE_TMPDIR": str(home)}


def verify_planted(phiguard_bin, workdir):
    """Every planted value must be flagged by `phiguard scan --stdin`; returns a list of problems."""
    problems = []
    for label, value in [("ssn", SSN), ("mrn", MRN), ("name+dob", f"{NAME}, DOB {DOB}"), ("openai-key", OPENAI_KEY)]:
        result = run([phiguard_bin, "scan", "--stdin"], input=value + "\n", cwd=workdir)
        if result.returncode != 1:
            problems.append(f"`phiguard scan --stdin` does not flag the planted {label} (exit {result.returncode})")
    return problems


def make_repo(root, phiguard_bin, env, scenario):
    repo = root / "repo"
    repo.mkdir()
    for cmd in (["git", "init", "-q"], ["git", "config", "user.name", "E2E Test"],
                ["git", "config", "user.email", "e2e@example.com"]):
        subprocess.run(cmd, cwd=repo, env=env, check=True, capture_output=True)
    init = run([phiguard_bin, "init"], cwd=repo, env=env)
    if init.returncode != 0:
        raise RuntimeError(f"phiguard init exited {init.returncode}\n{init.stdout}\n{init.stderr}")
    (repo / "notes").mkdir()
    (repo / "notes" / "visit.txt").write_text(VISIT_NOTE)
    (repo / ".env").write_text(DOTENV)
    (repo / "src").mkdir()
    (repo / "src" / "app.py").write_text(APP_PY)
    settings_path = repo / ".claude" / "settings.json"
    settings = json.loads(settings_path.read_text())
    if scenario.drop_tool_hook:
        del settings["hooks"]["PreToolUse"]
        settings_path.write_text(json.dumps(settings, indent=2))
    return repo, settings


def start_stub(root, turns):
    script, log, port_file = root / "script.json", root / "requests.jsonl", root / "port"
    script.write_text(json.dumps(turns, indent=2))
    log.touch()
    stub = subprocess.Popen([sys.executable, str(STUB), "--script", str(script), "--log", str(log),
                             "--port-file", str(port_file)], stdout=subprocess.DEVNULL, stderr=open(root / "stub.err", "w"))
    deadline = time.time() + 10
    while not port_file.exists():
        if stub.poll() is not None or time.time() > deadline:
            raise RuntimeError(f"the stub did not start: {(root / 'stub.err').read_text()}")
        time.sleep(0.05)
    return stub, int(port_file.read_text()), log


def block_text(content):
    if isinstance(content, str):
        return content
    return "\n".join(block.get("text", "") for block in content or [] if isinstance(block, dict))


def tool_result(request, tool_use_id):
    """The tool_result block answering `tool_use_id` in a logged request, or None."""
    for message in request["body"].get("messages", []):
        if message.get("role") == "user" and isinstance(message.get("content"), list):
            for block in message["content"]:
                if block.get("type") == "tool_result" and block.get("tool_use_id") == tool_use_id:
                    return block
    return None


def run_scenario(scenario, args, bindir, timeout):
    root = Path(tempfile.mkdtemp(prefix=f"phiguard-e2e-{scenario.key}-", dir=args.workdir))
    home = root / "home"
    home.mkdir()
    env = base_env(bindir, home)
    repo, settings = make_repo(root, args.phiguard, env, scenario)
    tool_use_id = f"toolu_e2e_{scenario.key.replace('-', '_')}"
    turns = [{"text": FINAL_TEXT}]
    if scenario.tool:
        tool_input = json.loads(json.dumps(scenario.tool["input"]).replace("{repo}", str(repo)))
        turns = [{"text": "Let me look.", "tool_use": {"id": tool_use_id, "name": scenario.tool["name"], "input": tool_input}},
                 {"text": FINAL_TEXT}]
    stub, port, log_path = start_stub(root, turns)
    cli_env = dict(env, ANTHROPIC_BASE_URL=f"http://127.0.0.1:{port}", ANTHROPIC_API_KEY="sk-ant-api03-e2e-dummy-key",
                   CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC="1", DISABLE_TELEMETRY="1", DISABLE_AUTOUPDATER="1",
                   DISABLE_ERROR_REPORTING="1", API_TIMEOUT_MS="30000", CLAUDE_CODE_MAX_RETRIES="0")
    cli_env.update(args.env)
    cli_env = {name: value for name, value in cli_env.items() if value}  # --env NAME= removes NAME
    cmd = [args.claude, "-p", scenario.prompt, "--output-format", "stream-json", "--verbose", "--include-hook-events",
           "--permission-mode", args.permission_mode] + (["--allowedTools", args.allowed_tools] if args.allowed_tools else [])
    started = time.monotonic()
    try:
        cli = run(cmd, cwd=repo, env=cli_env, timeout=timeout, stdin=subprocess.DEVNULL)
        exit_code, stdout, stderr = cli.returncode, cli.stdout, cli.stderr
    except subprocess.TimeoutExpired as expired:
        exit_code, stdout, stderr = "timeout", expired.stdout or "", expired.stderr or ""
        stdout = stdout.decode() if isinstance(stdout, bytes) else stdout
        stderr = stderr.decode() if isinstance(stderr, bytes) else stderr
    seconds = time.monotonic() - started
    stub.terminate()
    try:
        stub.wait(5)
    except subprocess.TimeoutExpired:
        stub.kill()
        stub.wait()
    (root / "claude.stdout.jsonl").write_text(stdout)  # kept with the folder when the scenario fails
    (root / "claude.stderr.txt").write_text(stderr)

    requests = [json.loads(line) for line in log_path.read_text().splitlines() if line.strip()]
    events = []
    for line in stdout.splitlines():
        try:
            events.append(json.loads(line))
        except ValueError:
            pass
    result = evaluate(scenario, requests, events, exit_code, stderr, tool_use_id, repo)
    result.update(key=scenario.key, title=scenario.title, seconds=round(seconds, 2), workdir=str(root))
    if not args.keep and result["status"] == "PASS":
        shutil.rmtree(root, ignore_errors=True)
    return result


def evaluate(scenario, requests, events, exit_code, stderr, tool_use_id, repo):
    failures, evidence = [], []
    conversation = [r for r in requests if r.get("kind") == "conversation"]
    side = [r for r in requests if r.get("kind") != "conversation"]
    leaked = leaks("\n".join(json.dumps(r) for r in requests))
    evidence.append(f"requests: {len(requests)} total, {len(conversation)} conversation, {len(side)} other"
                    + (f" ({', '.join(sorted({r['method'] + ' ' + r['path'] for r in side}))})" if side else ""))
    evidence.append(f"planted values in requests: {', '.join(leaked) if leaked else 'none'}")
    hooks = [e for e in events if e.get("type") == "system" and e.get("subtype") == "hook_response"]
    for hook in hooks:
        output = (hook.get("stdout") or "").strip() or (hook.get("stderr") or "").strip()
        evidence.append(f"hook {hook.get('hook_event')}: exit {hook.get('exit_code')}, output: {output[:300] or '(none)'}")
    final = next((e for e in events if e.get("type") == "result"), {})
    denials = final.get("permission_denials") or []
    if denials:
        evidence.append(f"CLI permission_denials: {json.dumps(denials)[:300]}")
    if exit_code != 0:
        failures.append(f"claude exited {exit_code}; stderr: {stderr.strip()[-500:]}")

    if scenario.expect == "prompt-blocked":
        if conversation:
            failures.append(f"the API received {len(conversation)} conversation request(s)")
        blocked = [h for h in hooks if h.get("hook_event") == "UserPromptSubmit" and h.get("exit_code") == 2]
        if not blocked:
            failures.append("no UserPromptSubmit hook blocked (exit 2)")
        evidence.append(f"CLI result: {(final.get('result') or '').splitlines()[0][:200] if final.get('result') else '(none)'}")
    else:
        second = [r for r in conversation if r.get("turn") == 1]
        block = tool_result(second[0], tool_use_id) if second else None
        if not second:
            failures.append("the API never received the request after the tool call")
        elif block is None:
            failures.append("the request after the tool call carries no tool_result for it")
        else:
            text = block_text(block.get("content"))
            evidence.append(f"tool_result (is_error={block.get('is_error', False)}): {text[:300]!r}")
            leaking = [line for line in text.splitlines() if leaks(line)]
            if leaking:
                evidence.append(f"tool_result lines carrying planted values: {leaking[:4]!r}")
            if scenario.expect == "denied":
                if not block.get("is_error"):
                    failures.append("the tool_result is not an error: the tool ran")
                if "phiguard blocked" not in text and not re.search(r"denied|permission", text, re.I):
                    failures.append("the tool_result does not say why the call was refused")
                if block.get("is_error") and not scenario.drop_tool_hook and "phiguard blocked" not in text:
                    evidence.append("decided by: Claude Code's own permission rules (not the hook's text)")
            elif scenario.expect == "allowed":
                if block.get("is_error") or scenario.allowed_text not in text:
                    failures.append("the tool_result does not carry the file's text")
        if final.get("result") != FINAL_TEXT:
            failures.append(f"the CLI's final result is not the scripted answer: {(final.get('result') or '')[:200]!r}")
    if scenario.expect == "leaks":
        missing = [label for label in scenario.must_leak if label not in leaked]
        if missing:
            failures.append(f"control: expected the stub to receive {', '.join(missing)}, it did not")
    elif leaked:
        failures.append(f"planted values reached the API: {', '.join(leaked)}")
    return {"status": "FAIL" if failures else "PASS", "failures": [redact(f) for f in failures],
            "evidence": [redact(e) for e in evidence], "requests": len(requests), "conversation": len(conversation),
            "leaked": leaked, "exit_code": exit_code}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--phiguard", required=True)
    parser.add_argument("--claude", required=True)
    parser.add_argument("--only", help="comma-separated scenario keys (default: all)")
    parser.add_argument("--timeout", type=float, default=120, help="seconds per claude run")
    parser.add_argument("--keep", action="store_true", help="keep every scenario's temp folder (failed ones are kept anyway)")
    parser.add_argument("--json", help="also write the results here as JSON")
    parser.add_argument("--workdir", help="where the scenarios' temp folders go (default: the system temp folder)")
    parser.add_argument("--permission-mode", default=PERMISSION_MODE, help=f"default: {PERMISSION_MODE}")
    parser.add_argument("--allowed-tools", default=ALLOWED_TOOLS, help=f"default: {ALLOWED_TOOLS}; '' for none")
    parser.add_argument("--env", action="append", default=[], metavar="NAME=VALUE",
                        help="extra environment for claude (repeatable); NAME= removes a default")
    args = parser.parse_args()
    args.phiguard, args.claude = os.path.abspath(args.phiguard), os.path.abspath(args.claude)
    args.env = dict(item.split("=", 1) for item in args.env)

    began = time.monotonic()
    # The hooks call `phiguard` by PATH: put this binary first on PATH under that name.
    if args.workdir:
        os.makedirs(args.workdir, exist_ok=True)
    bindir = Path(tempfile.mkdtemp(prefix="phiguard-e2e-bin-", dir=args.workdir))
    (bindir / "phiguard").symlink_to(args.phiguard)
    version = run([args.claude, "--version"], env=base_env(bindir, bindir)).stdout.strip()
    print(f"claude --version: {version}")
    problems = verify_planted(args.phiguard, bindir)
    if problems:
        print("\n".join(problems))
        return 2
    print("planted values: each one flagged by `phiguard scan --stdin`")

    wanted = set(args.only.split(",")) if args.only else None
    results = []
    for scenario in SCENARIOS:
        if wanted and scenario.key not in wanted:
            continue
        try:
            result = run_scenario(scenario, args, bindir, args.timeout)
        except Exception as error:  # a broken setup is a failure of that scenario, not of the run
            result = {"key": scenario.key, "title": scenario.title, "status": "FAIL", "seconds": 0,
                      "failures": [redact(f"setup: {error}")], "evidence": [], "requests": 0, "conversation": 0}
        results.append(result)
        print(f"\n[{result['status']}] {scenario.key}: {scenario.title}  ({result['seconds']} s)")
        for line in result["evidence"]:
            print(f"    {line}")
        for line in result["failures"]:
            print(f"    FAIL: {line}")
        if result["status"] == "FAIL" and result.get("workdir"):
            print(f"    kept: {result['workdir']}")
    shutil.rmtree(bindir, ignore_errors=True)

    total = time.monotonic() - began
    print("\n| scenario | set | result | seconds | requests (conversation) | planted values sent |")
    print("|---|---|---|---|---|---|")
    for r in results:
        group = "brief" if r["key"] in BRIEF else "control" if r["key"].startswith("ctl-") else "extra"
        print(f"| {r['key']}: {r['title']} | {group} | {r['status']} | {r['seconds']} | {r['requests']} ({r['conversation']}) "
              f"| {', '.join(r.get('leaked') or []) or 'none'} |")
    passed = sum(r["status"] == "PASS" for r in results)
    print(f"\n{passed} passed, {len(results) - passed} failed")
    print(f"total runtime: {total:.1f} s")
    if args.json:
        Path(args.json).write_text(json.dumps({"claude_version": version, "total_seconds": round(total, 1),
                                               "results": results}, indent=2))
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
