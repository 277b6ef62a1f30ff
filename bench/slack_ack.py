"""Slack: how fast `serve` acknowledges an event (Slack allows 3 s) and how soon the answer
replaces the placeholder. Runs the real server against the local Web API recorder.

Run: .venv/bin/python bench/slack_ack.py [N] (needs an ingested ./data; `make demo` makes one).
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fixtures.fake_slack import FakeSlack, sign  # noqa: E402

QUESTIONS = ["Hvad er pejlemærke 3 i Norddjurs?", "Hvad er Rudersdalmodellen?",
             "Hvilke tværgående indsatsområder har Viborg?", "Hvad er pejlemærke 2 i Odder?"]


def main(n: int = 20) -> None:
    fake = FakeSlack()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_SIGNING_SECRET": "bench",
           "SLACK_API_URL": f"{fake.url}/api/", "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", "--port",
                               str(port)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.3)
        acks, answers = [], []
        for i in range(n):
            body = json.dumps({"type": "event_callback", "event_id": f"EvBench{time.time_ns()}", "team_id": "T1",
                               "event": {"type": "app_mention", "user": "U1", "channel": f"C{i}",
                                         "ts": f"{i}.1", "text": f"<@UBOT> {QUESTIONS[i % len(QUESTIONS)]}"}})
            request = urllib.request.Request(f"http://127.0.0.1:{port}/slack/events", data=body.encode(),
                                             headers={"Content-Type": "application/json", **sign("bench", body)})
            started = time.perf_counter()
            urllib.request.urlopen(request, timeout=10).read()
            acks.append((time.perf_counter() - started) * 1000)
            fake.wait_for(lambda c, i=i: any(m == "chat.update" and p.get("channel") == f"C{i}" for m, p in c),
                          poll=0.002)
            answers.append((time.perf_counter() - started) * 1000)
        q = lambda v, p: sorted(v)[min(len(v) - 1, round(p / 100 * (len(v) - 1)))]  # noqa: E731
        print(f"{n} mentions, one at a time, after start-up:")
        print(f"| measure | p50 | p95 |\n|---|---|---|")
        print(f"| HTTP acknowledgement, ms | {statistics.median(acks):.0f} | {q(acks, 95):.0f} |")
        print(f"| answer in place (chat.update), ms | {statistics.median(answers):.0f} | {q(answers, 95):.0f} |")
    finally:
        server.terminate()
        fake.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
