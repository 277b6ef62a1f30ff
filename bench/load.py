"""Load: 50 concurrent questions against `serve` over HTTP on loopback, and whether Slack and
Teams requests are still acknowledged quickly while those answers queue.

Run: .venv/bin/python bench/load.py [CONCURRENT] (needs an ingested ./data; `make demo` makes one).
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402

from tests.fixtures.fake_slack import FakeSlack, sign  # noqa: E402
from tests.fixtures.serve import start_serve  # noqa: E402

QUESTIONS = [json.loads(x)["q"] for x in (ROOT / "bench" / "questions.jsonl").read_text().splitlines() if x.strip()]


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


async def run(concurrent: int, url: str, fake: FakeSlack) -> None:
    async with aiohttp.ClientSession() as session:
        async def ask(i: int):
            started = time.perf_counter()
            async with session.post(f"{url}/api/ask", json={"question": QUESTIONS[i % len(QUESTIONS)]}) as r:
                await r.read()
                return r.status, (time.perf_counter() - started) * 1000

        async def slack(i: int):
            body = json.dumps({"type": "event_callback", "event_id": f"EvLoad{time.time_ns()}{i}", "team_id": "T1",
                               "event": {"type": "app_mention", "user": "U1", "channel": f"CL{i}", "ts": f"{i}.1",
                                         "text": "<@UBOT> Hvad er Rudersdalmodellen?"}})
            started = time.perf_counter()
            async with session.post(f"{url}/slack/events", data=body, headers={
                    "Content-Type": "application/json", **sign("load", body)}) as r:
                return r.status, (time.perf_counter() - started) * 1000

        async def teams(i: int):
            activity = {"type": "message", "id": f"l{i}", "channelId": "msteams", "text": "Hvad er HandiLeg?",
                        "serviceUrl": f"{fake.url}/teams/", "from": {"id": "u"}, "recipient": {"id": "b"},
                        "conversation": {"id": f"load-{i}", "conversationType": "personal"}}
            started = time.perf_counter()
            async with session.post(f"{url}/api/messages", json=activity) as r:
                return r.status, (time.perf_counter() - started) * 1000

        started = time.perf_counter()
        results = await asyncio.gather(*[ask(i) for i in range(concurrent)],
                                       *[slack(i) for i in range(5)], *[teams(i) for i in range(5)])
        wall = time.perf_counter() - started
    asks, acks, turns = results[:concurrent], results[concurrent:concurrent + 5], results[concurrent + 5:]
    latencies = [ms for _, ms in asks]
    errors = sum(1 for status, _ in asks + acks + turns if status >= 400)
    print(f"{concurrent} concurrent web questions plus 5 Slack events and 5 Teams messages at once:\n")
    print("| measure | value |\n|---|---|")
    print(f"| throughput | {concurrent / wall:.1f} answers/s |")
    print(f"| web answer p50 / p95 / p99 | {pct(latencies, 50):.0f} / {pct(latencies, 95):.0f} / "
          f"{pct(latencies, 99):.0f} ms |")
    print(f"| Slack acknowledgement, slowest of 5 | {max(ms for _, ms in acks):.0f} ms |")
    print(f"| Teams HTTP answer (whole turn), slowest of 5 | {max(ms for _, ms in turns):.0f} ms |")
    print(f"| errors | {errors} |")


def main(concurrent: int = 50) -> None:
    fake = FakeSlack()
    url, process, _ = start_serve(ROOT / "data", {"SLACK_BOT_TOKEN": "xoxb-load", "SLACK_SIGNING_SECRET": "load",
                                                 "SLACK_API_URL": f"{fake.url}/api/"})
    try:
        asyncio.run(run(concurrent, url, fake))
    finally:
        process.terminate()
        fake.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
