"""The benchmark's questions over the bundled corpus: right status, organisation and section.

The stricter measure (does a citation hold the needed passage?) is the benchmark's, whose
figures are in the README; these checks are what a user would notice at once.
"""

import json
from pathlib import Path

import pytest

from bot.answer import Question

QUESTIONS = [json.loads(line) for line in
             (Path(__file__).resolve().parents[2] / "bench" / "questions.jsonl").read_text().splitlines()
             if line.strip()]


@pytest.mark.parametrize("case", QUESTIONS, ids=[c["q"][:60] for c in QUESTIONS])
def test_question(core, case):
    answer = core.answerer.answer(Question(case["q"]))
    assert answer.status == case["status"], answer.text
    if answer.status == "no_answer":
        assert not answer.citations
        return
    organisations = {c.organisation for c in answer.citations}
    if case["organisation"]:
        assert organisations == {case["organisation"]}
    else:
        assert organisations >= set(case["organisations"])
    if case.get("section"):
        assert any(case["section"] in c.section for c in answer.citations), \
            [c.section for c in answer.citations]
    for n, citation in enumerate(answer.citations, 1):
        assert f"[{n}]" in answer.text  # every citation is used, numbered in order
        assert citation.text and citation.text in core.catalog.by_id[citation.chunk_id].page_content
