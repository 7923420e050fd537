#!/usr/bin/env python3
"""A scripted stand-in for the Anthropic Messages API, for driving the real Claude Code CLI offline.

    python3 messages_api_stub.py --script turns.json --log requests.jsonl [--port-file port.txt]

Listens on 127.0.0.1 (port 0: the kernel picks one), prints `PORT <n>` on stdout and, with
--port-file, writes the number there. Standard library only.

The script is a JSON list of turns, each the model's answer to one conversation request:

    [{"tool_use": {"name": "Read", "input": {"file_path": "/repo/notes/visit.txt"}}},
     {"text": "I could not read that file."}]

A turn may hold "text", "tool_use" or both (text first). A turn with a tool_use ends with
stop_reason "tool_use", any other with "end_turn". Which turn answers a request is decided by the
request itself, not by a counter: turn N answers a conversation whose messages hold N earlier
assistant messages. A retried request therefore gets the same answer, and a side request never
consumes a turn. Past the end of the script the answer is a plain "(script exhausted)".

Side requests, answered with a short harmless text and logged with "kind": "side":
  - a request with no tools (title, topic and summary requests carry none),
  - a request with max_tokens <= 1 (a quota or key check),
  - POST /v1/messages/count_tokens (answered with a token estimate), any other path, any GET/HEAD.
What Claude Code 2.1.332 actually sent in `-p` mode: only streaming POST /v1/messages?beta=true
conversation requests, plus HEAD /api/hello unless CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC=1.
It asks for a non-streaming answer only as a fallback after a broken stream.

Every request is appended to the log as one JSON line: method, path, query, headers (credentials
removed), body (parsed JSON when possible), kind ("conversation" or "side") and, for a
conversation request, the turn that answered it.
"""

import argparse
import json
import os
import signal
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

SECRET_HEADERS = {"x-api-key", "authorization", "cookie", "proxy-authorization"}
EXHAUSTED = {"text": "(script exhausted)"}


def message_content(turn):
    """The content blocks of one scripted turn, and its stop reason."""
    blocks = []
    if turn.get("text"):
        blocks.append({"type": "text", "text": turn["text"]})
    if turn.get("tool_use"):
        call = turn["tool_use"]
        blocks.append({"type": "tool_use", "id": call.get("id") or "toolu_" + uuid.uuid4().hex[:24],
                       "name": call["name"], "input": call.get("input", {})})
    if not blocks:
        blocks.append({"type": "text", "text": ""})
    return blocks, ("tool_use" if turn.get("tool_use") else "end_turn")


def usage(output_tokens):
    return {"input_tokens": 10, "output_tokens": output_tokens, "cache_creation_input_tokens": 0,
            "cache_read_input_tokens": 0}


def full_message(model, blocks, stop_reason):
    """A non-streaming Messages API response body."""
    return {"id": "msg_" + uuid.uuid4().hex[:24], "type": "message", "role": "assistant", "model": model,
            "content": blocks, "stop_reason": stop_reason, "stop_sequence": None, "usage": usage(5)}


def sse_events(model, blocks, stop_reason):
    """The server-sent events the API streams for the same message, as (event, data) pairs."""
    start = full_message(model, [], None)
    start["usage"] = usage(1)
    yield "message_start", {"type": "message_start", "message": start}
    for index, block in enumerate(blocks):
        if block["type"] == "text":
            start_block, key, delta_type, payload = {"type": "text", "text": ""}, "text", "text_delta", block["text"]
        else:  # tool_use: the input arrives as pieces of its JSON
            start_block = {"type": "tool_use", "id": block["id"], "name": block["name"], "input": {}}
            key, delta_type, payload = "partial_json", "input_json_delta", json.dumps(block["input"])
        yield "content_block_start", {"type": "content_block_start", "index": index, "content_block": start_block}
        if index == 0:
            yield "ping", {"type": "ping"}
        for at in range(0, len(payload), 40):  # several deltas, as the API sends
            yield "content_block_delta", {"type": "content_block_delta", "index": index,
                                          "delta": {"type": delta_type, key: payload[at:at + 40]}}
        yield "content_block_stop", {"type": "content_block_stop", "index": index}
    yield "message_delta", {"type": "message_delta", "delta": {"stop_reason": stop_reason, "stop_sequence": None},
                            "usage": {"output_tokens": 5}}
    yield "message_stop", {"type": "message_stop"}


def is_side_request(body):
    """True for a request that is not a turn of the scripted conversation."""
    return not body.get("tools") or (body.get("max_tokens") or 0) <= 1


def assistant_turns(body):
    return sum(1 for message in body.get("messages", []) if message.get("role") == "assistant")


class Stub(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the CLI's HTTP client expects
    server_version = "messages-api-stub"

    def log_message(self, *args):  # quiet: the JSON log says everything
        pass

    def record(self, body, **extra):
        headers = {k.lower(): v for k, v in self.headers.items() if k.lower() not in SECRET_HEADERS}
        url = urlsplit(self.path)
        entry = {"time": round(time.time(), 3), "method": self.command, "path": url.path, "query": url.query,
                 "headers": headers, "body": body, **extra}
        with self.server.log_lock, open(self.server.log_path, "a", encoding="utf-8") as log:
            log.write(json.dumps(entry) + "\n")

    def send(self, status, payload, content_type="application/json"):
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("request-id", "req_stub_" + uuid.uuid4().hex[:16])
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def read_body(self):
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            return json.loads(raw) if raw else None
        except ValueError:
            return raw.decode("utf-8", "replace")

    def do_GET(self):
        self.record(None, kind="side")
        self.send(200, {"data": [], "has_more": False})

    do_HEAD = do_GET

    def do_POST(self):
        body = self.read_body()
        path = urlsplit(self.path).path
        if path == "/v1/messages/count_tokens":
            self.record(body, kind="side")
            return self.send(200, {"input_tokens": len(json.dumps(body)) // 4})
        if path != "/v1/messages" or not isinstance(body, dict):
            self.record(body, kind="side")
            return self.send(200, {})
        if is_side_request(body):
            turn, kind, number = {"text": "Scripted session"}, "side", None
        else:
            number = assistant_turns(body)
            script = self.server.script
            turn, kind = (script[number] if number < len(script) else EXHAUSTED), "conversation"
        self.record(body, kind=kind, turn=number)
        blocks, stop_reason = message_content(turn)
        model = body.get("model") or "claude-stub"
        if not body.get("stream"):
            return self.send(200, full_message(model, blocks, stop_reason))
        stream = "".join(f"event: {event}\ndata: {json.dumps(data)}\n\n"
                         for event, data in sse_events(model, blocks, stop_reason))
        self.send(200, stream.encode(), "text/event-stream; charset=utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--script", required=True, help="JSON list of turns")
    parser.add_argument("--log", required=True, help="file to append one JSON line per request to")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--port-file", help="write the chosen port here")
    args = parser.parse_args()

    server = ThreadingHTTPServer(("127.0.0.1", args.port), Stub)
    server.daemon_threads = True
    with open(args.script, encoding="utf-8") as f:
        server.script = json.load(f)
    server.log_path, server.log_lock = args.log, threading.Lock()
    port = server.server_address[1]
    if args.port_file:
        with open(args.port_file + ".tmp", "w") as f:
            f.write(str(port))
        os.replace(args.port_file + ".tmp", args.port_file)
    print(f"PORT {port}", flush=True)
    # A parent (a test runner) may have left SIGTERM ignored or blocked; the stub must still stop on it.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM])
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
