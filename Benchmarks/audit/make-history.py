#!/usr/bin/env python3
"""Writes a git fast-import stream: a repository with N commits (default 10,000).

Every commit changes one or two source files; every 97th changes the policy or a managed rules
file; a third carry an AI trailer or a Co-authored-by line naming an assistant.
"""
import sys

count = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
out = sys.stdout.buffer


def blob(text):
    data = text.encode()
    out.write(b"data %d\n" % len(data) + data + b"\n")


policy = "version: 1\ntools: [claude, cursor]\n"
for i in range(1, count + 1):
    when = 1700000000 + i * 600
    trailer = ""
    if i % 3 == 0:
        trailer = "\n\nAI-Assisted: yes"
    elif i % 7 == 0:
        trailer = "\n\nCo-authored-by: Claude <noreply@anthropic.com>"
    message = f"Change {i}{trailer}\n"
    out.write(b"commit refs/heads/main\n")
    out.write(f"author Dev {i % 13} <dev{i % 13}@example.com> {when} +0000\n".encode())
    out.write(f"committer Dev {i % 13} <dev{i % 13}@example.com> {when} +0000\n".encode())
    out.write(b"data %d\n" % len(message.encode()) + message.encode())
    out.write(f"M 100644 inline src/module_{i % 400}/file_{i % 25}.py\n".encode())
    blob(f"def f{i}(x):\n    return x + {i}\n")
    if i % 97 == 0:
        policy += f"# revision {i}\n"
        out.write(b"M 100644 inline .phiguard/policy.yml\n")
        blob(policy)
        out.write(b"M 100644 inline CLAUDE.md\n")
        blob(f"# Rules revision {i}\n")
    out.write(b"\n")
