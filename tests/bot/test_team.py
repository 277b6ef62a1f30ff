"""Team questions ("Jeg er sundhedsplejerske ... hvad betyder politikken for mit arbejde?"): the
answer quotes what concerns that team's work, not the strategy's general sentences. Built on small
hand-made passages, not on the benchmark's questions."""

from langchain_core.documents import Document

from bot.answer.compose import CitationList, compose_passages, compose_pejlemaerke
from retrieval.catalog import Catalog
from retrieval.query import QuestionKind, parse_query, question_kind, team_words
from retrieval.text import terms

ORG = "Fjordby Kommune"
HEADER = f"{ORG} · Sundhedspolitik\n"


def catalog(*sections: tuple[str, str, dict]) -> Catalog:
    """A store of one document whose chunks are these (section, body, extra metadata)."""
    ids, texts, metas = [], [], []
    for n, (section, text, extra) in enumerate(sections):
        header = f"{HEADER}{section}\n\n"
        ids.append(f"c{n}")
        texts.append(header + text)
        metas.append({"organisation": ORG, "title": "Sundhedspolitik", "section": section, "page": 1,
                      "source": "politik.docx", "body_start": len(header), "chunk_index": n,
                      "period_start": 2025, "period_end": 2028, **extra})
    return Catalog(ids, texts, metas)


GENERAL = ("Principper", "Fem principper går på tværs af hele politikken og beskriver, hvordan vi arbejder "
           "med sundhed i hele kommunen. Sundhed skabes i skolen, på arbejdspladsen og i foreningerne.", {})
START = ("En sund start på livet", "Grundlaget for et sundt liv lægges i barndommen.\n"
         "Målsætning 4.1: Alle nybagte familier tilbydes mindst fire hjemmebesøg af sundhedsplejen.", {})
DAYCARE = ("Læring", "Vi vil styrke overgangene i børnenes liv.\nMålsætninger:\n"
           "- Alle børn i dagtilbud får en sprogvurdering, når de er 3 år.\n"
           "- Elevernes fravær i folkeskolen skal falde til 6 procent.", {})
ELDERLY = ("Ældre", "Hjemmeplejen arbejder med hverdagsrehabilitering, så ældre kan klare sig selv længst muligt.", {})


def answer(store: Catalog, question: str, order: list[int]) -> str:
    """The offline answer to a team question from these chunks, ranked as `order` says."""
    intent = parse_query(question, store.organisations)
    assert intent.kind == QuestionKind.TEAM
    search = " ".join([intent.search_text, *store.team_search_words(intent.search_text, intent.team)])
    weights = store.question_weights(search, intent.team)
    docs = [store.documents[i] for i in order]
    return compose_passages(weights, docs, "da", CitationList(), limit=2, wants=frozenset({"commitment"}))


def test_a_question_about_the_askers_own_work_is_a_team_question():
    for question in ("Jeg er sundhedsplejerske i Fjordby. Hvad betyder politikken for mit arbejde?",
                     "Vi er et team af lærere – hvad skal vi vide om strategien?",
                     "Jeg arbejder på et bosted. Hvad betyder det for os?"):
        assert question_kind(question)[0] == QuestionKind.TEAM, question
    assert question_kind("Hvor mange hjemmebesøg tilbyder vi nybagte familier?")[0] == QuestionKind.FACT
    assert question_kind("Hvad er visionen i politikken?")[0] == QuestionKind.OVERVIEW


def test_the_team_word_leads_to_the_word_the_documents_use():
    # a profession to its field, a compound team to what it works with, a workplace to its domain
    assert "sundhedspleje" in team_words("Jeg er sundhedsplejerske i Fjordby.").split()
    assert "bostøtte" in team_words("Jeg arbejder i et bostøtteteam.").split()
    words = team_words("Jeg arbejder i en børnehave. Hvad betyder politikken for os?").split()
    assert "børnehave" in words and "dagtilbud" in words
    assert not {"politikken", "arbejder", "en", "os"} & set(words)
    assert set(terms("sundhedsplejerske")).isdisjoint(terms("sundhedsplejen"))  # why the derivation is needed


def test_the_framing_words_weigh_less_than_the_team_words():
    store = catalog(GENERAL, START, DAYCARE, ELDERLY)
    intent = parse_query("Jeg er sundhedsplejerske. Hvad betyder sundhedspolitikken for mit arbejde?",
                         store.organisations)
    weights = store.question_weights(intent.search_text + " sundhedspleje", intent.team)
    [team] = terms("sundhedsplejen")
    assert all(weights[team] > w for t, w in weights.items() if t != team and t in terms("arbejde politik"))


def test_a_health_visitor_gets_the_home_visits_not_the_principles():
    store = catalog(GENERAL, START, DAYCARE, ELDERLY)
    text = answer(store, "Jeg er sundhedsplejerske i Fjordby. Hvad betyder sundhedspolitikken for mit arbejde?",
                  order=[0, 1, 2, 3])  # the general passage ranked first
    assert "hjemmebesøg af sundhedsplejen" in text
    assert "Fem principper" not in text


def test_a_kindergarten_gets_the_day_care_goal_by_its_domain_word():
    store = catalog(GENERAL, START, DAYCARE, ELDERLY)
    text = answer(store, "Jeg arbejder i en børnehave. Hvad betyder politikken for os?", order=[0, 3, 2, 1])
    assert "sprogvurdering" in text
    assert "Fem principper" not in text


def test_a_team_question_about_a_named_item_quotes_what_concerns_the_team():
    item = {"pejlemaerke": 2, "pejlemaerke_title": "Uddannelse og beskæftigelse", "pejlemaerke_label": "tema"}
    store = catalog(
        ("Tema 2: Uddannelse og beskæftigelse", "Tema 2: Uddannelse og beskæftigelse\n"
         "Et arbejdsliv giver selvstændighed og fællesskab. Mange unge står i dag uden for uddannelse, og "
         "overgangen fra skole til voksenliv er et kritisk tidspunkt for dem og deres familier.\nVi vil:\n"
         "– skabe mindst 60 nye fleksjob til borgere med handicap inden 2028\n"
         "– give flere unge en praktikplads i lokale virksomheder", item),
        GENERAL)
    question = "Vi er virksomhedskonsulenter i jobcentret – hvad betyder tema 2 for vores arbejde?"
    intent = parse_query(question, store.organisations)
    assert intent.pejlemaerke == 2 and intent.team
    search = " ".join([intent.search_text, *store.team_search_words(intent.search_text, intent.team)])
    weights = store.question_weights(search, intent.team)
    text = compose_pejlemaerke(question, weights, 2, [store.documents[0]], "da", CitationList(),
                               wants=frozenset({"commitment"}))
    team_part = text.split("Det kan betyde for jeres arbejde:")[1]
    assert "fleksjob" in team_part


def test_a_team_question_with_a_topic_of_its_own_keeps_its_topic():
    store = catalog(GENERAL, START, DAYCARE, ELDERLY)
    question = "Jeg er sundhedsplejerske i Fjordby. Hvad siger politikken om fravær?"
    intent = parse_query(question, store.organisations)
    assert "familier" not in store.team_search_words(question, intent.team)  # the topic is searched, not the domain
    weights = store.question_weights(question, intent.team)
    [topic] = terms("fravær")
    assert weights[topic] >= max(w for t, w in weights.items() if t != topic) / 2
    text = answer(store, question, order=[0, 1, 2, 3])
    assert "fravær" in text
