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


def test_every_message_passes_slack_sdks_block_models():
    from tests.bot.slack.blockkit import assert_valid_blocks

    long = "\n\n".join(f"Afsnit {i}: " + "ord & <tegn> " * 300 for i in range(12))
    answers = [Answer("answered", "Svaret [1]", [_citation(url="https://x.dk/s.pdf")]),
               Answer("clarify", "To svar [1]", [_citation()]), Answer("no_answer", "Intet"),
               Answer("answered", long, [_citation(n) for n in range(40)])]
    for answer in answers:
        for message in answer_messages(answer, 3, header="<@U1> spurgte: " + "&lt;x&gt; " * 600):
            assert_valid_blocks(message["blocks"])


def test_structured_content_becomes_blocks_not_markdown():
    from bot.slack.render import content_blocks
    from tests.bot.slack.blockkit import assert_valid_blocks

    content = [{"type": "heading", "level": 1, "text": "Handleplan: Pejlemærke 2 *vigtigt*"},
               {"type": "paragraph", "text": "Udkast for <!channel> Odder [1]"},
               {"type": "heading", "level": 2, "text": "2.1 Et mål [2]"},
               {"type": "quote", "text": "«Vi arbejder sammen» [1]"},
               {"type": "list", "items": ["Hvad gør vi?", "Hvem gør det?"]},
               {"type": "table", "columns": ["Lokal handling", "Ansvarlig"],
                "rows": [["Møde hver uge", "Anne"], ["", ""]]}]
    blocks = content_blocks(content)
    assert_valid_blocks(blocks)
    assert blocks[0] == {"type": "header", "text": {"type": "plain_text", "emoji": True,
                                                    "text": "Handleplan: Pejlemærke 2 *vigtigt*"}}
    shown = _all_text(blocks)
    assert "*2.1 Et mål [2]*" in shown and "> «Vi arbejder sammen» [1]" in shown and "• Hvem gør det?" in shown
    assert "*Lokal handling* · *Ansvarlig*" in shown and "• Lokal handling: Møde hver uge · Ansvarlig: Anne" in shown
    assert "&lt;!channel&gt;" in shown and "|---" not in shown and "# " not in shown


def test_a_long_header_is_clipped_without_breaking_an_escape():
    from bot.slack.render import clip

    header = "<@U1> spurgte: " + "a&lt;b " * 700
    clipped = clip(header)
    assert len(clipped) <= 3000 and clipped.endswith("…") and not clipped.rstrip("…").endswith("&")
    assert clipped.count("&lt;") == clipped.count("&")
