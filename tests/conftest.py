"""Shared fixtures. The bundled corpus is ingested once per test session into a temporary store."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.fixtures.chroma import chroma_server  # noqa: F401  (`chroma run` on loopback, for any module)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def corpus_data(tmp_path_factory) -> Path:
    from bot.settings import load_settings
    from ingest.pipeline import Ingestor
    from retrieval.embeddings import make_embeddings
    from retrieval.store import open_vectorstore

    data = tmp_path_factory.mktemp("data")
    settings = load_settings(data_dir=data)
    embeddings = make_embeddings(settings)
    report = Ingestor(open_vectorstore(settings, embeddings), embeddings).run([CORPUS])
    assert not report.failed and len(report.added) == 5
    return data


@pytest.fixture(scope="session")
def core(corpus_data):
    from bot.answer.service import build_core
    from bot.settings import load_settings

    return build_core(load_settings(data_dir=corpus_data))


@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


@pytest.fixture(scope="session")
def postgres():
    """A PostgreSQL server started for this session (Debian's `postgresql`); skipped without it."""
    from tests.fixtures.postgres import PostgresServer, binaries

    bin_dir = binaries()
    if bin_dir is None:
        pytest.skip("PostgreSQL is not installed (Debian: apt-get install postgresql); .ci/run installs it")
    server = PostgresServer(bin_dir)
    yield server
    server.stop()
