"""The Teams message as a user reads it: the answer once, documents' markup as text, AI label only
on generated answers, and cards of Adaptive Card 1.5's shape."""

from bot.answer.model import Answer, Citation
from bot.teams.render import answer_activity, card, content_markdown, escape
from tests.bot.teams.adaptive import assert_valid_card, card_texts


def _citation(text="3.1 Vi arbejder med *konkrete* mål", url=""):
    return Citation("Norddjurs Kommune", "Fælles strategi", "Pejlemærke 3 › Målsætninger", 4, "n.pdf", text, url=url)


def _dump(activity) -> dict:
    return activity.model_dump(mode="json", by_alias=True, exclude_unset=True, exclude_none=True)


def test_the_answer_is_in_the_text_once_and_the_card_holds_only_its_sources():
    answer = Answer("answered", "Pejlemærke 3 handler om «konkrete mål» [1]", [_citation(url="https://x.dk/a.pdf")])
    sent = _dump(answer_activity(answer, 5))
    assert sent["text"] == "Pejlemærke 3 handler om «konkrete mål» [1]"
    content = sent["attachments"][0]["content"]
    assert_valid_card(content)
    assert not any("handler om" in text for text in card_texts(content))
    assert "[1] Norddjurs Kommune · Fælles strategi · Pejlemærke 3 › Målsætninger · s. 4" in card_texts(content)
    assert "«3.1 Vi arbejder med *konkrete* mål»" in card_texts(content)  # a TextRun: never markdown


def test_only_a_generated_answer_carries_the_ai_label():
    quoted = _dump(answer_activity(Answer("answered", "«Citat» [1]", [_citation()]), 1))
    assert "additionalType" not in quoted["entities"][0]
    generated = _dump(answer_activity(Answer("answered", "Skrevet svar [1]", [_citation()], generated=True), 1))
    entity = generated["entities"][0]
    assert entity["additionalType"] == ["AIGeneratedContent"] and entity["@type"] == "Message"
    assert entity["citation"][0]["position"] == 1


def test_markup_in_documents_stays_text():
    shown = escape("*fed* _kursiv_ [klik](https://evil.example) <at>alle</at> # Overskrift\n- punkt\n1. første [2]")
    assert shown == ("\\*fed\\* \\_kursiv\\_ \\[klik\\](https://evil.example) \\<at\\>alle\\</at\\> \\# Overskrift\n"
                     "\\- punkt\n1\\. første [2]")
    sent = _dump(answer_activity(Answer("answered", "Se [her](javascript:x) *nu* [1]", [_citation()]), 2))
    assert sent["text"] == "Se \\[her\\](javascript:x) \\*nu\\* [1]"


def test_structured_content_is_markdown_lines_not_a_raw_table():
    content = [{"type": "heading", "level": 1, "text": "Handleplan: Pejlemærke 2"},
               {"type": "quote", "text": "«Vi arbejder sammen» [1]"},
               {"type": "list", "items": ["Hvad gør vi?"]},
               {"type": "table", "columns": ["Lokal handling", "Ansvarlig"], "rows": [["Møde", "Anne"], ["", ""]]}]
    text = content_markdown(content)
    assert text == ("**Handleplan: Pejlemærke 2**\n\n> «Vi arbejder sammen» [1]\n\n- Hvad gør vi?\n\n"
                    "**Lokal handling** · **Ansvarlig**\n- Lokal handling: Møde · Ansvarlig: Anne")
    answer = Answer("answered", "# Handleplan\n|---|", [_citation()], notes=["Svarer for Odder Kommune."])
    sent = _dump(answer_activity(answer, 3, content))
    assert sent["text"].endswith("Svarer for Odder Kommune.") and "|---|" not in sent["text"]


def test_labels_and_cards_without_sources_keep_the_shape():
    for answer in (Answer("clarify", "Hvilken?", [_citation()]), Answer("no_answer", "Intet her"),
                   Answer("clarify", "For langt", language="en")):
        assert_valid_card(card(answer, 4))
    assert card(Answer("no_answer", "Intet"), None) is not None  # its label
    assert card(Answer("answered", "Hej"), None) is None  # nothing beside the text: no card
