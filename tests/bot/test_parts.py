"""Parts a strategy lists under a heading without numbering them ("Principper" over "Lighed i
sundhed", "Borgeren som aktiv partner", …): asked for all together, or the n-th of them."""

from bot.answer.kinds import listed_parts, numbered_line
from retrieval.query import parse_query
from tests.bot.test_team import ORG, catalog

PRINCIPLES = catalog(
    ("Vision", "Det skal være let at leve sundt.", {}),
    ("Principper", "Principper\nFem principper går på tværs af hele politikken.", {}),
    ("Principper › Lighed i sundhed", "Lighed i sundhed\nVi gør mest for dem, der har størst behov.", {}),
    ("Principper › Borgeren som aktiv partner", "Borgeren som aktiv partner\nVi udvikler tilbud sammen med borgerne.", {}),
    ("Principper › Forebyggelse før behandling", "Forebyggelse før behandling\nDet kan betale sig at investere tidligt.", {}),
    ("Fokusområde 1: Sunde rammer", "Fokusområde 1: Sunde rammer\nVi gør det sunde valg let.", {}),
)


def test_which_principles_lists_each_heading_under_principper_with_its_first_sentence():
    answer = listed_parts(PRINCIPLES, parse_query("Hvilke principper bygger Fjordbys sundhedspolitik på?", [ORG]))
    assert answer is not None and answer.status == "answered"
    lines = answer.text.splitlines()
    assert "Fem principper går på tværs af hele politikken." in lines[1]
    assert [line.split(" [")[0] for line in lines[2:]] == ["• Lighed i sundhed", "• Borgeren som aktiv partner",
                                                          "• Forebyggelse før behandling"]
    assert "Sunde rammer" not in answer.text
    assert all(c.text in PRINCIPLES.by_id[c.chunk_id].page_content for c in answer.citations)


def test_principle_n_is_the_nth_heading_and_a_number_past_them_is_refused():
    third = numbered_line(PRINCIPLES, parse_query("Hvad er princip 3 i Fjordby?", [ORG]))
    assert third is not None and "Forebyggelse før behandling" in third.text
    ninth = numbered_line(PRINCIPLES, parse_query("Hvad er princip 9 i Fjordby?", [ORG]))
    assert ninth is not None and ninth.status == "no_answer" and "1, 2, 3" in ninth.text
