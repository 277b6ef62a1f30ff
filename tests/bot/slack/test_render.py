import json

from bot.answer.model import Answer, Citation
from bot.slack.render import BLOCK_LIMIT, SECTION_LIMIT, answer_messages, split_text


def _citation(n=1, url=""):
    return Citation("Norddjurs Kommune", "Fælles langsigtet strategi", "Pejlemærke 3 › Målsætninger",
                    4, "corpus/n.pdf", f"3.{n} Vi arbejder med konkrete og afgrænsede mål", url=url)


def _all_text(blocks) -> str:
    return json.dumps(blocks, ensure_ascii=False)


def test_answered_has_text_citations_and_feedback_but_no_label():
    message = answer_messages(Answer("answered", "Svaret [1]", [_citation(url="https://x.dk/s.pdf")]), 7)[0]
    kinds = [b["type"] for b in message["blocks"]]
    assert kinds[0] == "section" and "actions" in kinds
    shown = _all_text(message["blocks"])
    assert "Norddjurs Kommune · <https://x.dk/s.pdf#page=4|Fælles langsigtet strategi>" in shown
    assert "> 3.1 Vi arbejder med konkrete" in shown and "s. 4" in shown
    assert [e["value"] for e in message["blocks"][-1]["elements"]] == ["7", "7"]


def test_clarify_and_no_answer_look_different():
    clarify = answer_messages(Answer("clarify", "To svar [1]", [_citation()]), 1)[0]["blocks"]
    assert clarify[0]["type"] == "context" and "Flere organisationer" in _all_text(clarify[0])
    nothing = answer_messages(Answer("no_answer", "Det kan jeg ikke finde"), 2)[0]["blocks"]
    assert "Ikke fundet i strategierne" in _all_text(nothing[0])
    assert not any(b["type"] == "actions" for b in nothing)  # nothing to rate
    english = answer_messages(Answer("no_answer", "Not found", language="en"), 3)[0]["blocks"]
    assert "Not found in the strategies" in _all_text(english[0])


def test_long_answers_respect_slacks_limits():
    text = "\n\n".join(f"Afsnit {i}: " + "ord " * 300 for i in range(12))
    answer = Answer("answered", text, [_citation(n) for n in range(40)])
    messages = answer_messages(answer, 9)
    assert len(messages) > 1
    for message in messages:
        assert len(message["blocks"]) <= BLOCK_LIMIT
        for block in message["blocks"]:
            if block["type"] == "section":
                assert len(block["text"]["text"]) <= SECTION_LIMIT
    assert messages[-1]["blocks"][-1]["type"] == "actions"
    assert "".join(split_text("x" * 7000)) == "x" * 7000


def test_mentions_and_markup_in_sources_stay_text():
    shown = _all_text(answer_messages(Answer("answered", "Se <!channel> & <@U1> [1]", [_citation()]), 1))
    assert "<!channel>" not in shown and "&lt;!channel&gt; &amp; &lt;@U1&gt;" in shown
