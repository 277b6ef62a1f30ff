"""Random and truncated bytes never crash a loader: every failure is an IngestError with a reason."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.load import load
from ingest.model import IngestError
from tests.fixtures.documents import make_docx, make_pdf


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    return {".pdf": make_pdf(folder / "a.pdf").read_bytes(), ".docx": make_docx(folder / "a.docx").read_bytes(),
            ".html": b"<h1>Plan</h1><p>Tekst om borgeren.</p>", ".md": "# Plan\n\nTekst.".encode(),
            ".txt": "Strategi\n\nVi arbejder.".encode()}


def _load_or_reason(tmp_path, suffix: str, data: bytes):
    path = tmp_path / f"x{suffix}"
    path.write_bytes(data)
    try:
        doc = load(path)
    except IngestError as error:
        assert error.reason and str(path) == error.path
        return None
    assert all(isinstance(b.text, str) for b in doc.blocks)
    return doc


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(suffix=st.sampled_from([".pdf", ".docx", ".html", ".md", ".txt"]), data=st.binary(max_size=3000))
def test_random_bytes(tmp_path, suffix, data):
    _load_or_reason(tmp_path, suffix, data)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(suffix=st.sampled_from([".pdf", ".docx"]), cut=st.floats(0.0, 1.0), flip=st.integers(0, 10_000))
def test_truncated_and_damaged_documents(tmp_path, samples, suffix, cut, flip):
    data = bytearray(samples[suffix][: int(len(samples[suffix]) * cut)])
    if data:
        data[flip % len(data)] ^= 0xFF
    _load_or_reason(tmp_path, suffix, bytes(data))
