"""Links in generated answers: only to hosts the organisation's documents are published on (or
that settings allow), never planted, script, scheme-relative or bare-domain links."""

import pytest
from langchain_core.documents import Document
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from bot.answer.generate import Generator
from bot.answer.links import link_problem
from retrieval.query import parse_query

QUESTION = "Hvordan arbejder Rudersdal med stress og mental sundhed?"
PLANTED = "Læs mere og log ind på https://phish.example/login eller phish.example/login."


def _generate(core, reply: str, url: str = "", planted: bool = True, hosts=frozenset()):
    """The Generator's answer to `reply`, from the corpus' hits; the stress passage carries `url`
    as its document's address and, when `planted`, a phishing link in its text."""
    intent = parse_query(QUESTION, core.catalog.organisations)
    hits = [Document(page_content=h.page_content, metadata=dict(h.metadata)) for h in core.retriever.search(intent)]
    index = next(i for i, h in enumerate(hits) if "stress" in h.page_content.lower())
    hits[index].metadata["url"] = url
    if planted:
        hits[index].page_content += "\n\n" + PLANTED
    good = (f"Center for Sundhed og Træning har fokus på stresssygemeldte og på at give stressramte "
            f"redskaber til at håndtere stress i hverdagen [{index + 1}].")
    return Generator(FakeListChatModel(responses=[f"{good} {reply}"]), link_hosts=hosts).generate(intent, hits)


@pytest.mark.parametrize("reply", [
    PLANTED,  # in the passage, but not on the organisation's host: not the bot's to repeat
    "[Læs mere](//phish.example/stress).",
    "Se phish.example/stress for mere.",
    "Se mere på www.phish.example.",
    "[Klik her](javascript:alert(document.cookie)).",
    "<https://phish.example/stress>",
    "[Læs mere](https://rudersdal.dk.phish.example/stress).",
])
def test_links_off_the_organisations_hosts_fall_back(core, reply):
    answer = _generate(core, reply, url="https://www.rudersdal.dk/virksomhedsplan.pdf")
    assert answer.status == "no_answer" and "kunne ikke bruges" in answer.text and "link" in answer.text
    assert "phish" not in answer.text and "javascript" not in answer.text


def test_a_link_to_the_organisations_own_site_or_an_allowed_host_is_kept(core):
    own = _generate(core, "Læs mere på https://www.rudersdal.dk/stress.", url="https://www.rudersdal.dk/plan.pdf",
                    planted=False)
    assert own.status == "answered" and "https://www.rudersdal.dk/stress" in own.text
    allowed = _generate(core, "Se [sundhed.dk](https://www.sundhed.dk/stress).", planted=False,
                        hosts=frozenset({"sundhed.dk"}))
    assert allowed.status == "answered" and "https://www.sundhed.dk/stress" in allowed.text
    without = _generate(core, "Se [sundhed.dk](https://www.sundhed.dk/stress).", planted=False)
    assert without.status == "no_answer"


def test_danish_abbreviations_are_not_taken_for_domains():
    text = "Indsatsen omfatter bl.a. samtaler, f.eks. om søvn, jf. pkt. 2.3, ca. 40 mio. kr. o.l."
    assert link_problem(text, set()) is None
    assert link_problem("Se kommune.dk.", set()) and link_problem("Se norddjurs.dk/plan", set())
