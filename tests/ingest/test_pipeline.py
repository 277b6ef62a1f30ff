import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from bot.settings import load_settings
from ingest.pipeline import Ingestor
from retrieval.embeddings import make_embeddings
from retrieval.store import open_vectorstore, stored_documents
from strategy.schema import Item

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def ingestor(tmp_path):
    settings = load_settings(data_dir=tmp_path / "data")
    embeddings = make_embeddings(settings)
    return Ingestor(open_vectorstore(settings, embeddings), embeddings)


def _small_corpus(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a.md").write_text("# Strategi for Aby Kommune 2024\n\nVi sætter borgeren først i "
                                 "alt, hvad vi gør i Aby Kommune.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Strategi for Beby Kommune\n\nBeby Kommune arbejder med "
                                  "rehabilitering og hverdagsmestring.\n", encoding="utf-8")
    return folder


def test_unchanged_files_embed_nothing_and_changes_replace_chunks(tmp_path, ingestor):
    corpus = _small_corpus(tmp_path / "docs")
    first = ingestor.run([corpus])
    assert sorted(Path(s).name for s in first.added) == ["a.md", "b.txt"] and first.embedded > 0
    again = ingestor.run([corpus])
    assert again.embedded == 0 and len(again.unchanged) == 2 and not again.added
    (corpus / "b.txt").write_text("Strategi for Beby Kommune\n\nBeby Kommune satser nu på "
                                  "velfærdsteknologi.\n", encoding="utf-8")
    changed = ingestor.run([corpus])
    assert [Path(s).name for s in changed.replaced] == ["b.txt"]
    texts = ingestor.vectorstore.get(include=["documents"])["documents"]
    assert any("velfærdsteknologi" in t for t in texts)
    assert not any("rehabilitering" in t for t in texts)  # the old version is gone, not kept beside


def test_prune_drops_documents_whose_files_are_gone(tmp_path, ingestor):
    corpus = _small_corpus(tmp_path / "docs")
    ingestor.run([corpus])
    (corpus / "a.md").unlink()
    assert ingestor.run([corpus]).pruned == []  # without --prune nothing is dropped
    report = ingestor.run([corpus], prune=True)
    assert [Path(s).name for s in report.pruned] == ["a.md"]
    assert [Path(s).name for s in stored_documents(ingestor.vectorstore)] == ["b.txt"]


def test_organisation_flag_is_the_last_resort(tmp_path, ingestor):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "plan.txt").write_text("Plan for ældreområdet\n\nVi styrker hjemmeplejen.\n", encoding="utf-8")
    assert "organisationen" in ingestor.run([folder]).failed[0].reason
    ingestor.organisation = "Cby Kommune"
    ingestor.run([folder])
    metas = ingestor.vectorstore.get(include=["metadatas"])["metadatas"]
    assert {m["organisation"] for m in metas} == {"Cby Kommune"}


def test_cli_reports_bad_files_and_ingests_the_rest(tmp_path):
    corpus = _small_corpus(tmp_path / "docs")
    (corpus / "tom.txt").write_text("")
    (corpus / "brudt.pdf").write_bytes(b"%PDF-1.4 garbage")
    (corpus / "noter.xyz").write_text("ukendt")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "bot", "ingest", str(corpus), str(corpus / "noter.xyz"),
                             "--data", str(tmp_path / "data")], capture_output=True, text=True, env=env,
                            cwd=tmp_path)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("fejl:")]
    assert len(errors) == 3 and "Traceback" not in result.stderr
    assert any("tom.txt: filen er tom" in e for e in errors)
    assert any("noter.xyz: ukendt format" in e for e in errors)
    assert "2 nye" in result.stdout


def test_a_change_in_the_ingest_code_processes_files_again_without_embedding(tmp_path, ingestor, monkeypatch):
    import ingest.pipeline

    corpus = _small_corpus(tmp_path / "docs")
    ingestor.run([corpus])
    monkeypatch.setattr(ingest.pipeline, "INGEST_VERSION", "another-version")
    report = ingestor.run([corpus])
    assert len(report.replaced) == 2 and report.embedded == 0


def test_an_ingest_killed_midway_is_completed_by_the_next_run(tmp_path, ingestor):
    corpus = _small_corpus(tmp_path / "docs")
    ingestor.run([corpus])
    store = ingestor.vectorstore
    current = store.get(include=["documents", "metadatas"])
    source = next(m["source"] for m in current["metadatas"] if m["source"].endswith("b.txt"))
    # what a kill between "write the new version" and "delete the old one" leaves behind
    store.add_texts(["Beby Kommune · gammel version\n\nForældet tekst om noget andet."],
                    [{**next(m for m in current["metadatas"] if m["source"] == source), "doc_hash": "old"}],
                    ids=["stale-chunk"])
    report = ingestor.run([corpus])
    assert [Path(s).name for s in report.replaced] == ["b.txt"] and report.embedded == 0
    texts = store.get(include=["documents"])["documents"]
    assert not any("Forældet" in t for t in texts)
    assert ingestor.run([corpus]).unchanged  # and consistent again afterwards


def test_a_reader_in_the_middle_of_a_replacement_sees_one_whole_version():
    from retrieval.catalog import Catalog

    meta = {"organisation": "Aby Kommune", "title": "Plan", "section": "Indledning", "doc_hash": "x"}
    catalog = Catalog(["old-0", "old-1", "new-0"], ["gammel del 1", "gammel del 2", "ny tekst"],
                      [{**meta, "source": "plan.txt", "ingested_at": 1.0}] * 2
                      + [{**meta, "source": "plan.txt", "ingested_at": 2.0}])
    assert [d.page_content for d in catalog.documents] == ["ny tekst"]


def test_moving_a_corpus_costs_no_embedding_and_one_bar_shows_time_left(tmp_path, corpus_data, capsys):
    import shutil

    data = tmp_path / "data"  # a new store that has the embedding cache of the bundled corpus
    data.mkdir()
    shutil.copy(corpus_data / "embedding-cache.sqlite3", data / "embedding-cache.sqlite3")
    moved = tmp_path / "flyttet"
    shutil.copytree(ROOT / "corpus", moved)
    for path in moved.glob("*.txt"):  # renamed as well as moved
        path.rename(path.with_name(f"ny-{path.name}"))
        path.with_suffix(".meta.toml").rename(path.with_name(f"ny-{path.stem}.meta.toml"))
    settings = load_settings(data_dir=data)
    embeddings = make_embeddings(settings)
    report = Ingestor(open_vectorstore(settings, embeddings), embeddings).run([moved], progress=True)
    assert len(report.added) == 5 and report.chunks > 100 and report.embedded == 0
    shown = capsys.readouterr().err.replace("\r", "\n").splitlines()
    bars = [line for line in shown if line.startswith("Indlæser")]
    assert bars[-1].startswith("Indlæser fil 5/5 100%") and "tilbage" in bars[-1]
    assert not [line for line in shown if "%" in line and "|" in line and not line.startswith("Indlæser")]


def test_new_ingest_code_leaves_no_metadata_of_the_old(tmp_path, ingestor, monkeypatch):
    """A document re-read by changed ingest code is stored as the new code made it: a key the new
    code no longer sets (an item number, say) must not survive from the old chunks."""
    import ingest.pipeline as pipeline

    corpus = _small_corpus(tmp_path / "docs")
    real = pipeline.chunk_document

    def with_stale_key(doc):
        chunks = real(doc)
        for chunk in chunks:
            chunk.meta = replace(chunk.meta, item=Item(9, "Et punkt den nye kode ikke finder"))
        return chunks

    monkeypatch.setattr(pipeline, "chunk_document", with_stale_key)
    ingestor.run([corpus])
    monkeypatch.setattr(pipeline, "chunk_document", real)
    monkeypatch.setattr(pipeline, "INGEST_VERSION", "newer-code")
    monkeypatch.setattr("ingest.chunk.INGEST_VERSION", "newer-code")
    report = ingestor.run([corpus])
    assert len(report.replaced) == 2
    stored = ingestor.vectorstore.get(include=["metadatas"])["metadatas"]
    assert stored and not any("pejlemaerke" in m for m in stored)


def test_the_progress_bar_moves_while_one_big_file_is_embedded(tmp_path, ingestor, capsys):
    """A single large file is minutes of embedding; the bar shows its progress on the way, not
    only when the file is done."""
    folder = tmp_path / "docs"
    folder.mkdir()
    sections = "\n\n".join(f"## Afsnit {n}\n\nI afsnit {n} beskriver Aby Kommune indsats nummer {n} "
                           f"for borgere med behov for støtte." for n in range(1, 49))
    (folder / "stor.md").write_text(f"# Strategi for Aby Kommune\n\n{sections}\n", encoding="utf-8")
    report = ingestor.run([folder], progress=True)
    assert report.chunks >= 40
    shown = capsys.readouterr().err
    steps = {int(p) for p in __import__("re").findall(r"(\d+)%", shown)}
    assert any(0 < p < 100 for p in steps), shown[-500:]


def test_restricting_an_ingested_document_in_its_metadata_file_takes_effect(tmp_path, ingestor):
    corpus = _small_corpus(tmp_path / "docs")
    ingestor.run([corpus])
    (corpus / "a.meta.toml").write_text('organisation = "Aby Kommune"\naccess = "ledelse"\n', encoding="utf-8")
    again = ingestor.run([corpus])  # the document's own bytes did not change
    assert [Path(s).name for s in again.replaced] == ["a.md"]
    metas = ingestor.vectorstore.get(include=["metadatas"])["metadatas"]
    assert {m["access"] for m in metas if m["source"].endswith("a.md")} == {"ledelse"}


def test_a_misspelt_metadata_key_fails_the_document_by_name_instead_of_leaving_it_public(tmp_path, ingestor):
    corpus = _small_corpus(tmp_path / "docs")
    (corpus / "a.meta.toml").write_text('organisation = "Aby Kommune"\nAccess = "ledelse"\n', encoding="utf-8")
    report = ingestor.run([corpus])
    assert [Path(s).name for s in report.added] == ["b.txt"]
    [failure] = report.failed
    assert "a.meta.toml" in str(failure) and "Access" in str(failure)
    assert not any(m["source"].endswith("a.md") for m in ingestor.vectorstore.get(include=["metadatas"])["metadatas"])


def test_a_metadata_file_named_after_the_whole_file_name_is_read(tmp_path, ingestor):
    """`plan.html.meta.toml` beside `plan.html`: a user's natural name for it. Ignored, the
    document would lose the organisation the file states (or fail when the text names none)."""
    corpus = tmp_path / "docs"
    corpus.mkdir()
    (corpus / "plan.html").write_text("<h1>Børne- og ungepolitik</h1><p>Alle børn skal høre til.</p>",
                                      encoding="utf-8")
    (corpus / "plan.html.meta.toml").write_text('organisation = "Lundby Kommune"\n', encoding="utf-8")
    report = ingestor.run([corpus])
    assert not report.failed and [Path(s).name for s in report.added] == ["plan.html"]
    metas = ingestor.vectorstore.get(include=["metadatas"])["metadatas"]
    assert {m["organisation"] for m in metas} == {"Lundby Kommune"}
