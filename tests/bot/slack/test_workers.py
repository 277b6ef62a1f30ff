"""Two `serve` workers behind one Chroma server and one PostgreSQL, as a load balancer would use
them: the same Slack event delivered to both is answered once, and each answers on its own."""

import shutil
import threading

import pytest

from tests.bot.slack.conftest import SECRET, SlackServer
from tests.fixtures.fake_slack import FakeSlack
from tests.fixtures.serve import ROOT, start_serve


@pytest.fixture(scope="module")
def chroma_port(chroma_server, tmp_path_factory, corpus_data):
    """The shared `chroma run` fixture, holding the bundled corpus."""
    from bot.answer.service import build_core
    from bot.settings import load_settings
    from ingest.pipeline import Ingestor

    data = tmp_path_factory.mktemp("ingest")
    shutil.copy(corpus_data / "embedding-cache.sqlite3", data)  # the session's embeddings, by content
    core = build_core(load_settings(data_dir=data, chroma_host="127.0.0.1", chroma_port=chroma_server))
    assert len(Ingestor(core.vectorstore, core.embeddings).run([ROOT / "corpus"]).added) == 5
    return chroma_server


@pytest.fixture(scope="module")
def workers(chroma_port, postgres, corpus_data, tmp_path_factory):
    fake = FakeSlack()
    env = {"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": f"{fake.url}/api/",
           "CHROMA_HOST": "127.0.0.1", "CHROMA_PORT": str(chroma_port), "DATABASE_URL": postgres.new_database()}
    started = []
    try:
        for name in ("a", "b"):
            data = tmp_path_factory.mktemp(f"worker-{name}")  # each its own disk: only the cache is local
            shutil.copy(corpus_data / "embedding-cache.sqlite3", data)
            url, process, health = start_serve(data, env)
            assert health["documents"] == 5 and health["problems"] == []
            started.append((SlackServer(url, fake, data), process))
        yield [server for server, _ in started]
    finally:
        for _, process in started:
            process.terminate()
            process.wait(timeout=10)
        fake.close()


def _answers(fake, channel: str) -> int:
    return sum(1 for m, p in fake.calls if m == "chat.postMessage" and p.get("channel") == channel)


def _both_at_once(*deliveries):
    statuses, start = [], threading.Barrier(len(deliveries))

    def deliver(send):
        start.wait()
        statuses.append(send()[0])

    threads = [threading.Thread(target=deliver, args=(d,)) for d in deliveries]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


def test_the_same_event_delivered_to_two_workers_is_answered_once(workers):
    a, b = workers
    event = {"type": "app_mention", "user": "U1", "channel": "CW1", "ts": "2000.1",
             "text": "<@UBOT> Hvad er HandiLeg?"}
    assert _both_at_once(lambda: a.event(event, event_id="EvW1"), lambda: b.event(event, event_id="EvW1")) == [200, 200]
    a.fake.wait_for(lambda c: any(m == "chat.update" and p.get("channel") == "CW1" for m, p in c))
    # a direct message as message.im to one worker and as app_mention to the other
    text = "<@UBOT> Hvad er Rudersdalmodellen?"
    im = {"type": "message", "channel_type": "im", "user": "U1", "channel": "DW2", "ts": "2000.2", "text": text}
    mention = {**im, "type": "app_mention"}
    _both_at_once(lambda: a.event(im, event_id="EvW2im"), lambda: b.event(mention, event_id="EvW2m"))
    a.fake.wait_for(lambda c: any(m == "chat.update" and p.get("channel") == "DW2" for m, p in c))
    for n, server in enumerate(workers):  # each worker is idle past the deliveries: a fresh question proves it
        server.event({"type": "app_mention", "user": "U1", "channel": f"CW-after-{n}", "ts": "2000.3",
                      "text": "<@UBOT> Hvad er kerneopgaven i Viborg?"})
        a.fake.wait_for(lambda c, n=n: any(m == "chat.update" and p.get("channel") == f"CW-after-{n}"
                                           for m, p in c))
    assert _answers(a.fake, "CW1") == 1 and _answers(a.fake, "DW2") == 1
    assert _answers(a.fake, "CW-after-0") == 1 and _answers(a.fake, "CW-after-1") == 1
