"""Generated answers: a fake chat model for the rules, a recorded OpenAI-compatible server for HTTP."""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from bot.answer import Question
from bot.answer.answerer import Answerer
from bot.answer.generate import Generator, make_chat_model
from bot.settings import load_settings

QUESTION = "Hvordan arbejder Rudersdal med stress og mental sundhed?"


def _answerer(core, model):
    return Answerer(core.retriever, core.catalog, Generator(model))


def _hits(core):
    from retrieval.query import parse_query

    return core.retriever.search(parse_query(QUESTION, core.catalog.organisations))


def _good_reply(core):
    hits = _hits(core)
    index = next(i for i, h in enumerate(hits, 1) if "stress" in h.page_content.lower())
    return (f"Center for Sundhed og Træning har fokus på stresssygemeldte og på at give stressramte "
            f"redskaber til at håndtere stress i hverdagen [{index}].")


def test_checked_answer_is_used_and_renumbered(core):
    answer = _answerer(core, FakeListChatModel(responses=[_good_reply(core)])).answer(Question(QUESTION))
    assert answer.status == "answered" and answer.text.split("\n\n")[0].endswith("[1].")
    assert len(answer.citations) == 1 and "stress" in answer.citations[0].text
    assert answer.generated  # written by the model: Teams labels it AI-generated
    # Virksomhedsplan 2020 is old: a generated answer says so, like the extractive one
    assert "«Virksomhedsplan 2020: Social og Sundhed i bevægelse» gælder for 2020" in answer.text


@pytest.mark.parametrize("reply, reason", [
    ("Rudersdal har en stressindsats.", "ingen kildehenvisninger"),
    ("Rudersdal har en stressindsats for borgerne [9].", "ikke findes"),
    ("Parkering ved rådhuset er gratis for alle ansatte om søndagen [1].", "ikke siger det samme"),
    ("Center for Sundhed og Træning giver stressramte redskaber til at håndtere stress [1]. "
     "Læs mere på https://snyd.example/stress.", "et link"),
    ("Center for Sundhed og Træning giver stressramte redskaber til at håndtere stress [1]. "
     "Skriv til <!channel>.", "en omtale"),
])
def test_unsupported_citations_fall_back_to_the_extractive_answer(core, reply, reason):
    answer = _answerer(core, FakeListChatModel(responses=[reply])).answer(Question(QUESTION))
    assert answer.status == "answered" and reason in answer.text
    assert "kildeteksten" in answer.text and answer.citations
    assert reply not in answer.text and not answer.generated


def test_an_english_fallback_gives_its_reason_in_english(core):
    question = "How does Rudersdal work with stress and mental health?"
    answer = _answerer(core, FakeListChatModel(responses=["Rudersdal has a stress effort."])).answer(
        Question(question))
    assert answer.language == "en" and "could not be used: no source references" in answer.text
    assert "kildehenvisninger" not in answer.text


class _Recorded(BaseHTTPRequestHandler):
    reply = ""
    requests: list = []

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        _Recorded.requests.append((self.path, body))
        payload = json.dumps({"id": "x", "object": "chat.completion", "created": 0, "model": body["model"],
                              "choices": [{"index": 0, "finish_reason": "stop",
                                           "message": {"role": "assistant", "content": _Recorded.reply}}],
                              "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}})
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(payload.encode())

    def log_message(self, *args):
        pass


def test_openai_compatible_endpoint_over_http(core):
    server = HTTPServer(("127.0.0.1", 0), _Recorded)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    _Recorded.reply = _good_reply(core)
    try:
        settings = load_settings(openai_base_url=f"http://127.0.0.1:{server.server_port}/v1",
                                 openai_model="lokal-model", llm_timeout=5.0)
        answer = _answerer(core, make_chat_model(settings)).answer(Question(QUESTION))
    finally:
        server.shutdown()
    path, body = _Recorded.requests[-1]
    assert path == "/v1/chat/completions" and body["model"] == "lokal-model"
    assert "Kildeuddrag" in body["messages"][1]["content"]
    assert answer.status == "answered" and answer.text.split("\n\n")[0].endswith("[1].")


def test_endpoint_down_falls_back(core):
    settings = load_settings(openai_base_url="http://127.0.0.1:9/v1", llm_timeout=2.0)
    answer = _answerer(core, make_chat_model(settings)).answer(Question(QUESTION))
    assert answer.status == "answered" and "kunne ikke bruges" in answer.text and answer.citations
