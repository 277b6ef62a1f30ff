"""End to end through the real store: a strategy whose goals are numbered afresh under each tema
("1. …", "1.1 …" under Tema 2), whose temaer hold only subsections, asked as staff would."""

import pytest

DOC = """# Handicappolitik 2026–2029

Aby Kommune

## Vision

I Aby skal mennesker med handicap have de samme muligheder som alle andre.

## Tema 1: Eget hjem

### Hvorfor er det vigtigt?

Et eget hjem er grundlaget for et selvstændigt liv.

### Det vil vi nå

1. Flere borgere skal bo i egen bolig med støtte

   1.1 Antallet af borgere i egen bolig skal stige fra 9 til 20.

2. Hjælpemidler skal være på plads hurtigere

## Tema 2: Mental sundhed og psykiatri

### Hvorfor er det vigtigt?

Hver femte borger i Aby vil opleve en psykisk lidelse.

### Det vil vi nå

1. Hjælpen skal være let at få og komme tidligt

   1.1 Ingen borger skal vente mere end tre hverdage på en samtale.

2. Pårørende skal have støtte

   2.1 Der oprettes to pårørendegrupper om året.
"""


MONEY = """<html><body><p>Forside › Politikker og strategier › Sundhedsstrategi</p>
<h1>Sundhedsstrategi 2026–2029 for Bby Kommune</h1>
<h2>Forord</h2><p>Bby Kommune har sat sundhed højt på dagsordenen siden 2019, og mange har bidraget.</p>
<h2>Økonomi og opfølgning</h2>
<p>Sundhedsudvalget sætter strategien i gang i foråret og følger op to gange om året. Strategien
finansieres af en pulje på 48 mio. kr. for hele perioden. Kontakt: Center for Sundhed, Rådhuset.</p>
</body></html>"""


@pytest.fixture(scope="module")
def core(tmp_path_factory):
    from bot.answer.service import build_core
    from bot.settings import load_settings
    from ingest.pipeline import Ingestor

    root = tmp_path_factory.mktemp("unseen")
    docs = root / "docs"
    docs.mkdir()
    (docs / "aby-handicappolitik.md").write_text(DOC, encoding="utf-8")
    (docs / "bby-sundhedsstrategi.html").write_text(MONEY, encoding="utf-8")
    core = build_core(load_settings(data_dir=root / "data"))
    Ingestor(core.vectorstore, core.embeddings).run([docs])
    core.reload()
    return core


def _cited(answer) -> str:
    return "\n".join(c.text for c in answer.citations)


def test_the_goals_of_tema_2_are_its_own_though_numbered_from_one(core):
    from bot.answer import Question

    answer = core.answerer.answer(Question("hvilke mål hører til tema 2 i aby?"))
    assert answer.status == "answered"
    assert "Hjælpen skal være let at få" in _cited(answer) and "Pårørende skal have støtte" in _cited(answer)
    assert "Flere borgere skal bo i egen bolig" not in answer.text  # tema 1's goal 1


def test_an_item_asked_for_quotes_its_heading(core):
    from bot.answer import Question

    answer = core.answerer.answer(Question("hvad går tema 2 ud på i Aby Kommune?"))
    assert "Tema 2: Mental sundhed og psykiatri" in _cited(answer)


def test_an_overview_asked_with_asking_words_gets_the_vision_and_the_temaer(core):
    from bot.answer import Question

    answer = core.answerer.answer(Question("giv mig et hurtigt overblik over handicappolitikken i Aby"))
    assert "de samme muligheder som alle andre" in _cited(answer)
    assert "Eget hjem" in answer.text and "Mental sundhed og psykiatri" in answer.text


def test_how_much_money_quotes_the_amount_though_its_words_are_not_the_questions(core):
    from bot.answer import Question

    answer = core.answerer.answer(Question("hvor mange penge er der sat af til sundhedsstrategien i bby?"))
    assert answer.status == "answered"
    assert "pulje på 48 mio. kr." in _cited(answer)
    assert "Forside ›" not in answer.text  # the page's breadcrumb answers nothing
