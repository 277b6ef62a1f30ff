"""Quoting what answers: units (a lead-in with its items, a table row with its header row), Danish
sentence splitting, fact questions, and citations that stay exact stretches of their passage.
Built on small hand-made passages, not on the benchmark's questions."""

from langchain_core.documents import Document

from bot.answer.compose import CitationList, best_sentences, compose_passages, sentences
from retrieval.query import QuestionKind, find_organisations, question_kind
from retrieval.text import terms


def passage(text: str, section: str = "Afsnit", chunk_id: str = "c1", source: str = "a.pdf") -> Document:
    header = f"Fjordby Kommune · Politik\n{section}\n\n"
    return Document(page_content=header + text, metadata={
        "id": chunk_id, "organisation": "Fjordby Kommune", "title": "Politik", "section": section,
        "page": 1, "source": source, "body_start": len(header), "chunk_index": 0,
        "period_start": 2025, "period_end": 2028})


def weights(question: str) -> dict[str, float]:
    return {t: 1.0 for t in terms(question)}


def test_danish_abbreviations_do_not_end_a_sentence():
    text = ("Der er ca. 40 pladser, bl.a. i Bøgeby, jf. pkt. 3 og f.eks. i nr. 2. Vi skal finde 13 mio. kr. "
            "Det betyder nye prioriteringer.")
    assert sentences(text) == ["Der er ca. 40 pladser, bl.a. i Bøgeby, jf. pkt. 3 og f.eks. i nr. 2.",
                               "Vi skal finde 13 mio. kr.", "Det betyder nye prioriteringer."]


def test_a_numbered_list_line_keeps_its_number():
    assert sentences("1. Flere udsatte borgere får job.\n2. Færre står uden bolig.") == [
        "1. Flere udsatte borgere får job.", "2. Færre står uden bolig."]


def test_a_lead_in_is_quoted_with_its_items():
    doc = passage("Politikken er bygget op om temaer. De tre fokusområder er:\n1. Sunde rammer\n"
                  "2. Mental sundhed og trivsel\n3. En sund start på livet\nHvert år følger vi op.")
    citations = CitationList()
    text = compose_passages(weights("Hvilke fokusområder er der?"), [doc], "da", citations)
    assert "De tre fokusområder er:\n1. Sunde rammer\n2. Mental sundhed og trivsel\n3. En sund start på livet" in text
    assert citations.citations[0].text in doc.page_content
    assert "Hvert år" not in citations.citations[0].text


def test_an_item_that_answers_comes_with_its_lead_in():
    doc = passage("Udviklingen har været præget af:\n- Øget tilgang af borgere, en tilgang på 43% på "
                  "bostøtteområdet\n- Mere komplekse problemstillinger\nDet kræver nye løsninger.")
    [(_, quote)] = best_sentences(weights("Hvor meget steg tilgangen på bostøtteområdet?"), [doc], limit=1)
    assert quote.startswith("Udviklingen har været præget af:\n- Øget tilgang") and "43%" in quote


def test_a_table_row_comes_with_its_header_row():
    doc = passage("Personale:\nCenter · Antal ansatte · Sygefravær i procent\nCenter for Hjælpemidler · 15 · 1,45 %\n"
                  "Center for Hjemmepleje · 427 · 6,73 %\nCenter for Træning · 255 · 5,34 %", section="Nøgletal")
    citations = CitationList()
    text = compose_passages(weights("Hvad er sygefraværet i Center for Hjemmepleje?"), [doc], "da", citations)
    assert "Center · Antal ansatte · Sygefravær i procent" in text and "6,73 %" in text
    assert all(c.text in doc.page_content for c in citations.citations)


def test_a_fact_question_quotes_the_sentence_with_the_amount():
    doc = passage("Foreningerne er vigtige for inklusionen af borgere med handicap i kommunen. Foreningerne kan "
                  "søge en inklusionspulje på 350.000 kr. om året. Puljen administreres af sekretariatet for "
                  "foreningerne og inklusionen.")
    kind, wants = question_kind("Hvor stor er inklusionspuljen som foreningerne kan søge?")
    assert kind == QuestionKind.FACT
    [(_, quote)] = best_sentences(weights("Hvor stor er inklusionspuljen som foreningerne kan søge?"), [doc],
                                  limit=1, wants=wants)
    assert "350.000 kr." in quote


def test_far_apart_quotes_of_one_passage_are_cited_apart_not_as_everything_between():
    filler = " ".join(f"Sætning nummer {n} handler om noget helt andet end spørgsmålet." for n in range(12))
    doc = passage(f"Akutteamet er bemandet døgnet rundt. {filler} Akutteamet rykker ud inden for to timer.")
    citations = CitationList()
    first = citations.cite(doc, "Akutteamet er bemandet døgnet rundt.")
    second = citations.cite(doc, "Akutteamet rykker ud inden for to timer.")
    near = citations.cite(doc, "Sætning nummer 0 handler om noget helt andet end spørgsmålet.")
    assert (first, second, near) == (1, 2, 1)
    assert [c.text for c in citations.citations] == [
        "Akutteamet er bemandet døgnet rundt. Sætning nummer 0 handler om noget helt andet end spørgsmålet.",
        "Akutteamet rykker ud inden for to timer."]


def test_question_kinds():
    assert question_kind("Hvornår blev politikken vedtaget?")[1] == {"date"}
    assert "money" in question_kind("Hvor mange millioner skal kommunen finde?")[1]
    assert question_kind("Hvor lang tid varer stressforløbet?")[1] == {"duration"}
    assert question_kind("Hvem leder styregruppen?")[1] == {"person"}
    assert question_kind("Kort fortalt, hvad går strategien ud på?")[0] == QuestionKind.OVERVIEW
    assert question_kind("Hvad er visionen?")[0] == QuestionKind.OVERVIEW
    assert question_kind("Hvordan arbejder I med ensomhed?")[0] == QuestionKind.OTHER
    assert question_kind("x", ["Odder Kommune", "Norddjurs Kommune"])[0] == QuestionKind.COMPARE


def test_every_named_organisation_is_found_in_order():
    names = ["Norddjurs Kommune", "Odder Kommune", "Viborg Kommune"]
    assert find_organisations("Hvordan adskiller Odders og Norddjurs' strategier sig?", names) == [
        "Odder Kommune", "Norddjurs Kommune"]
    assert find_organisations("Hvad er kerneopgaven i Viborg?", names) == ["Viborg Kommune"]


def test_an_item_without_goals_is_answered_with_the_list_it_holds():
    from bot.answer.compose import compose_pejlemaerke

    meta = {"pejlemaerke": 2, "pejlemaerke_title": "Psykisk sundhed", "pejlemaerke_label": "satsningsområde",
            "pejlemaerke_code": "B"}
    doc = passage("Satsningsområde B: Psykisk sundhed\nFlere unge mistrives. For mange venter for længe. "
                  "Det sætter vi i gang:\na) Ventetiden halveres fra 74 til 37 dage.\n"
                  "b) Chatrådgivningen Ungelinjen åbner i 2025.", section="Satsningsområde B: Psykisk sundhed")
    doc.metadata.update(meta)
    citations = CitationList()
    text = compose_pejlemaerke("Hvilke initiativer er der under satsningsområde B?", weights("initiativer"), 2,
                               [doc], "da", citations)
    assert "Satsningsområde B: Psykisk sundhed" in text
    assert "• a) Ventetiden halveres fra 74 til 37 dage." in text and "Ungelinjen" in text
    assert all(c.text in doc.page_content for c in citations.citations)


def test_who_question_quotes_the_name_above_a_signatures_title():
    doc = passage("Vi glæder os til samarbejdet.\nMarianne Fog\nFormand for Børne- og Ungeudvalget\n"
                  "Udvalget får hvert år en status.")
    quotes = [q for _, q in best_sentences(weights("Hvem er formand for Børne- og Ungeudvalget?"), [doc],
                                           limit=1, wants=frozenset({"person"}))]
    assert quotes == ["Marianne Fog\nFormand for Børne- og Ungeudvalget"]
