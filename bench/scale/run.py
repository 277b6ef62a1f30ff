"""Scale benchmark: the bundled corpus at 1×, 10× and 100× (rewritten copies under other names).

For each scale, in fresh processes: a cold ingest (own data directory and embedding cache) with
its time and peak memory, the store's size on disk, `ask` p50/p95 and quality over the benchmark
questions after load, `serve`'s peak memory while it answers them over HTTP, and what moving the
whole corpus to another folder costs (no embedding). Results are merged into
bench/results/scale.json and printed as the README's table.

    .venv/bin/python bench/scale/run.py                      # 1, 10, 100 (about an hour on 2 cores)
    .venv/bin/python bench/scale/run.py --scales 1 10        # a quicker look
    .venv/bin/python bench/scale/run.py --keep               # reuse ingested stores: measure only
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "bench" / "results" / "scale.json"


def _python(*args: str) -> tuple[subprocess.CompletedProcess, float, int]:
    """Run a Python child; (result, seconds, its own peak resident memory in MB)."""
    import tempfile

    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        child = subprocess.Popen([sys.executable, *args], cwd=ROOT, stdout=out, stderr=err,
                                 env={**os.environ, "PYTHONPATH": str(ROOT)})
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0), err.seek(0)
        result = subprocess.CompletedProcess(child.args, child.returncode, out.read(), err.read())
    return result, seconds, round(usage.ru_maxrss / 1024)


def _size_mb(path: Path) -> float:
    files = [path] if path.is_file() else [f for f in path.rglob("*") if f.is_file()]
    return round(sum(f.stat().st_size for f in files) / 1e6, 1)


def ingest(scale: int, work: Path) -> dict:
    from bench.scale.corpus import build

    corpus, data = work / f"corpus-{scale}", work / f"data-{scale}"
    organisations = build(scale, corpus)
    shutil.rmtree(data, ignore_errors=True)
    result, seconds, peak = _python("-m", "bot", "ingest", str(corpus), "--data", str(data), "--quiet")
    if result.returncode:
        raise SystemExit(result.stderr)
    chunks = int(re.search(r"(\d+) afsnit", result.stdout).group(1))
    return {"organisations": len(organisations), "documents": len(list(corpus.rglob("*.txt"))),
            "chunks": chunks, "ingest_s": round(seconds, 1), "ingest_chunks_per_s": round(chunks / seconds, 2),
            "ingest_peak_mb": peak, "store_mb": _size_mb(data / "chroma")}


def move(scale: int, work: Path) -> dict:
    """Move the whole corpus to another folder and ingest with --prune: every document is new to
    the store by its path, but its chunks are not new to the embedding cache."""
    corpus, moved, data = work / f"corpus-{scale}", work / f"flyttet-{scale}", work / f"data-{scale}"
    shutil.rmtree(moved, ignore_errors=True)
    corpus.rename(moved)
    try:
        result, seconds, _ = _python("-m", "bot", "ingest", str(moved), "--data", str(data), "--quiet", "--prune")
    finally:
        moved.rename(corpus)
    back, back_seconds, _ = _python("-m", "bot", "ingest", str(corpus), "--data", str(data), "--quiet", "--prune")
    embedded = int(re.search(r"(\d+) indlejret", result.stdout).group(1))
    return {"move_s": round(seconds, 1), "move_embedded": embedded, "move_back_s": round(back_seconds, 1)}


def measure(data: str) -> dict:
    """In a fresh process: load, then ask every benchmark question once, timed: each is new to the
    process, as a user's question is (a repeated one would find its query vector remembered)."""
    import statistics

    from bench.run import HOLDOUT, TUNED, VARIANTS, ask_all, percentile, recall, score, use_variant
    from bot.answer import Question
    from bot.answer.service import build_core
    from bot.settings import load_settings

    started = time.perf_counter()
    core = build_core(load_settings(data_dir=Path(data)))
    core.answerer.answer(Question("opvarmning"))
    load_s = time.perf_counter() - started
    cases = TUNED + HOLDOUT
    results, latencies = ask_all(core, cases)
    # The same questions asked where a channel (or profile) has set the organisation, as staff of
    # one municipality would ask them in a shared deployment.
    in_channel, _ = ask_all(core, cases, in_channel=True)
    variants = {}  # fusion measured again among the distractors: does BM25 still pay its way?
    for name, weights in VARIANTS.items():
        use_variant(core.retriever, weights)
        variants[name] = [round(recall(core, TUNED), 2), round(recall(core, HOLDOUT), 2)]
    use_variant(core.retriever, {})
    started = time.perf_counter()  # what a reader pays when one document was re-ingested
    core.catalog.with_sources(core.vectorstore, {next(iter(core.catalog.sources))})
    reload_s = time.perf_counter() - started
    started = time.perf_counter()
    core.store_signature()
    signature_ms = (time.perf_counter() - started) * 1000
    return {"load_s": round(load_s, 1), "ask_p50_ms": round(statistics.median(latencies), 1),
            "ask_p95_ms": round(percentile(latencies, 95), 1), "ask_max_ms": round(max(latencies), 1),
            "slowest": cases[latencies.index(max(latencies))].q,
            "reload_s": round(reload_s, 2), "signature_ms": round(signature_ms, 1),
            "tuned": score(results[:len(TUNED)]), "holdout": score(results[len(TUNED):]),
            "variants": variants, "in_channel": {"tuned": score(in_channel[:len(TUNED)]), "holdout": score(in_channel[len(TUNED):])},
            "misses": [o.case.q for o in results if o.hit is False]}


def serve_memory(data: Path) -> dict:
    """Peak resident memory of `serve` after it has answered every benchmark question over HTTP."""
    from bench.run import HOLDOUT, TUNED
    from tests.fixtures.serve import free_port

    port = free_port()
    log = open(data / "serve.log", "w")
    process = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--port", str(port), "--host", "127.0.0.1",
                                "--data", str(data)], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(f"{url}/healthz", timeout=2).read()
                break
            except OSError:
                time.sleep(0.5)
        for case in TUNED + HOLDOUT:
            request = urllib.request.Request(f"{url}/api/ask", json.dumps({"question": case.q}).encode(),
                                             {"Content-Type": "application/json"})
            urllib.request.urlopen(request, timeout=120).read()
        status = Path(f"/proc/{process.pid}/status").read_text()
        return {"serve_peak_mb": round(int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024)}
    finally:
        process.terminate()
        process.wait()
        log.close()


def table(results: dict) -> str:
    rows = [("organisations / documents / chunks", lambda r: f"{r['organisations']} / {r['documents']} / {r['chunks']}"),
            ("cold ingest", lambda r: f"{r['ingest_s'] / 60:.1f} min ({r['ingest_chunks_per_s']} chunks/s)"),
            ("ingest peak memory", lambda r: f"{r['ingest_peak_mb']} MB"),
            ("store on disk after ingest (after the moves) + embedding cache",
             lambda r: f"{r['store_mb']} ({r['store_after_moves_mb']}) + {r['embedding_cache_mb']} MB"),
            ("move the whole corpus, re-ingest", lambda r: f"{r['move_s']} s, {r['move_embedded']} embedded"),
            ("start-up (load store, BM25)", lambda r: f"{r['load_s']} s"),
            ("`ask` p50 / p95", lambda r: f"{r['ask_p50_ms']} / {r['ask_p95_ms']} ms"),
            ("`serve` peak memory", lambda r: f"{r['serve_peak_mb']} MB"),
            ("store change noticed (poll) / one changed document re-read", lambda r: f"{r['signature_ms']} ms / {r['reload_s']} s"),
            ("hit, tuned / held-out", lambda r: f"{r['tuned']['hit']:.2f} / {r['holdout']['hit']:.2f}"),
            ("organisation precision, tuned / held-out",
             lambda r: f"{r['tuned']['organisation_precision']:.2f} / {r['holdout']['organisation_precision']:.2f}"),
            ("asked in the organisation's channel: hit; organisation precision (tuned / held-out)",
             lambda r: f"{r['in_channel']['tuned']['hit']:.2f} / {r['in_channel']['holdout']['hit']:.2f}; "
                       f"{r['in_channel']['tuned']['organisation_precision']:.2f} / "
                       f"{r['in_channel']['holdout']['organisation_precision']:.2f}"),
            ("correct refusals, tuned / held-out",
             lambda r: f"{r['tuned']['correct_refusals']:.2f} / {r['holdout']['correct_refusals']:.2f}")]
    scales = sorted(results, key=int)
    lines = ["| measure | " + " | ".join(f"{s}×" for s in scales) + " |", "|---" * (len(scales) + 1) + "|"]
    for name, cell in rows:
        values = []
        for s in scales:
            try:
                values.append(cell(results[s]))
            except KeyError:
                values.append("–")
        lines.append(f"| {name} | " + " | ".join(values) + " |")
    variants = [r.get("variants") for r in (results[s] for s in scales)]
    if any(variants):
        lines += ["", "| recall@6, tuned / held-out | " + " | ".join(f"{s}×" for s in scales) + " |",
                  "|---" * (len(scales) + 1) + "|"]
        for name in next(v for v in variants if v):
            lines.append(f"| {name} | " + " | ".join(f"{v[name][0]:.2f} / {v[name][1]:.2f}" if v else "–"
                                                     for v in variants) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--work", type=Path, default=Path("/tmp/strategibot-scale"))
    parser.add_argument("--keep", action="store_true", help="reuse the stores in --work: measure only")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    for scale in args.scales:
        entry = results.setdefault(str(scale), {})
        if not args.keep:
            entry |= ingest(scale, args.work)
            entry |= move(scale, args.work)
        data = args.work / f"data-{scale}"
        # Chroma keeps the space of deleted chunks: the moves (every chunk written twice more) show it
        entry |= {"store_after_moves_mb": _size_mb(data / "chroma"),
                  "embedding_cache_mb": _size_mb(data / "embedding-cache.sqlite3")}
        measured, _, _ = _python(__file__, "--measure", str(data))
        if measured.returncode:
            raise SystemExit(measured.stderr)
        entry |= json.loads(measured.stdout.strip().splitlines()[-1])
        entry |= serve_memory(args.work / f"data-{scale}")
        RESULTS.parent.mkdir(exist_ok=True)
        RESULTS.write_text(json.dumps(results, indent=2, ensure_ascii=False))
        print(f"{scale}×: {json.dumps(entry, ensure_ascii=False)}", flush=True)
    print(table(results))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--measure":
        print(json.dumps(measure(sys.argv[2]), ensure_ascii=False))
    else:
        main()
