"""Every line a loader extracts reaches exactly one chunk, in order, with its list marker.

`measure` is tested on hand-made blocks and chunks; then documents generated in every format
and layout (tests/fixtures/layouts.py), the cases issue 12 names, and every bundled document
go through load → repair → structure → chunk and must keep all of their text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from ingest.chunk import chunk_document
from ingest.coverage import Coverage, measure
from ingest.load import load
from ingest.metadata import complete_meta
from ingest.model import Block, Chunk, StructuredDocument
from ingest.repair import repair_blocks
from ingest.structure import structure
from strategy.schema import ChunkMeta
from tests.fixtures import layouts
from tests.fixtures.layouts import Generated, Layout, generate

ROOT = Path(__file__).resolve().parents[2]


# ---- measure on hand-made blocks and chunks ---------------------------------------------------

def _chunk(n: int, path: str, body: str) -> Chunk:
    header = f"Testby Kommune · Plan\n{path}\n\n"
    return Chunk(f"c{n}", header + body, ChunkMeta(section_path=tuple(path.split(" › ")), body_start=len(header)))


def test_every_line_found_in_order_is_covered():
    blocks = [Block("Plan for ældre", kind="heading", heading_level=1),
              Block("Vi vil gøre det\ngodt for borgerne."),  # wrapped: structure joins it
              Block("1. Flere borgere\n2. Færre indlæggelser", kind="list_item"),
              Block("Mål\tAnsvar", kind="table_row")]
    chunks = [_chunk(0, "Plan for ældre", "Vi vil gøre det godt for borgerne.\n"
                                          "1. Flere borgere\n2. Færre indlæggelser\nMål · Ansvar")]
    coverage = measure(blocks, chunks)
    assert (coverage.lines, coverage.covered, coverage.ratio) == (7, 7, 1.0)
    assert not coverage.missing and not coverage.duplicated and not coverage.out_of_order


def test_a_lost_line_is_reported():
    blocks = [Block("Indledning\nVi vil meget."), Block("1. Flere borgere\n2. Færre indlæggelser")]
    chunks = [_chunk(0, "Indledning", "Vi vil meget.\n– Flere borgere\n2. Færre indlæggelser")]
    coverage = measure(blocks, chunks)
    assert coverage.missing == ["1. Flere borgere"]  # the marker is part of the line
    assert coverage.covered == 3 and coverage.lost == 1 and coverage.ratio == 0.75
    assert "1 mangler" in coverage.summary()


def test_a_short_line_is_not_found_inside_a_longer_word():
    chunks = [_chunk(0, "Mål", "1.1 Flere borgere")]
    assert measure([Block("1.\nFlere borgere")], chunks).missing == ["1."]


def test_a_duplicated_line_is_reported():
    blocks = [Block("Vi arbejder sammen."), Block("Borgeren er i centrum.")]
    chunks = [_chunk(0, "A", "Vi arbejder sammen.\nBorgeren er i centrum."),
              _chunk(1, "A", "Borgeren er i centrum.")]  # a chunk overlap repeats a line
    coverage = measure(blocks, chunks)
    assert coverage.ratio == 1.0 and coverage.duplicated == ["Borgeren er i centrum."]


def test_a_heading_counts_when_it_is_in_the_section_path():
    blocks = [Block("Pejlemærke 1: Tryghed", kind="heading", heading_level=1),
              Block("Målsætninger", kind="heading", heading_level=2),
              Block("1.1 Flere borgere er trygge."),
              Block("Pejlemærke 2: Sundhed", kind="heading", heading_level=1),
              Block("Målsætninger", kind="heading", heading_level=2),
              Block("2.1 Flere borgere er sunde.")]
    chunks = [_chunk(0, "Pejlemærke 1: Tryghed › Målsætninger", "1.1 Flere borgere er trygge."),
              _chunk(1, "Pejlemærke 2: Sundhed › Målsætninger", "2.1 Flere borgere er sunde.")]
    assert measure(blocks, chunks).ratio == 1.0
    # the second "Målsætninger" cannot borrow the first section's path: its own is gone
    chunks[1] = _chunk(1, "Pejlemærke 2: Sundhed", "2.1 Flere borgere er sunde.")
    assert measure(blocks, chunks).missing == ["Målsætninger"]


def test_a_heading_wrapped_over_lines_counts_as_a_whole():
    blocks = [Block("Fundamentet\npå plads", kind="heading"), Block("Vi har et fundament.")]
    chunks = [_chunk(0, "Fundamentet på plads", "Vi har et fundament.")]
    assert measure(blocks, chunks).ratio == 1.0


def test_a_heading_is_not_taken_from_the_first_words_of_the_sentence_below_it():
    blocks = [Block("Helhed og sammenhæng", kind="heading"),
              Block("Helhed og sammenhæng er forudsætningen.")]
    chunks = [_chunk(0, "Helhed og sammenhæng", "Helhed og sammenhæng er forudsætningen.")]
    coverage = measure(blocks, chunks)
    assert coverage.ratio == 1.0 and not coverage.duplicated


def test_a_moved_line_is_covered_and_reported_out_of_order():
    blocks = [Block("2.1\n2.2"), Block("Alle kender kerneopgaven"), Block("Vi har fælles systemer")]
    chunks = [_chunk(0, "Målsætninger", "2.1 Alle kender kerneopgaven\n2.2 Vi har fælles systemer")]
    coverage = measure(blocks, chunks)
    assert coverage.ratio == 1.0 and coverage.out_of_order == ["Alle kender kerneopgaven"]


def test_a_lost_line_does_not_swallow_the_text_before_a_later_copy():
    blocks = [Block("Indledning"), Block("Første afsnit."), Block("Andet afsnit."),
              Block("Indledning")]
    chunks = [_chunk(0, "Start", "Første afsnit.\nAndet afsnit.\nIndledning")]
    coverage = measure(blocks, chunks)
    assert coverage.missing == ["Indledning"] and not coverage.out_of_order


def test_two_megabytes_are_measured_line_by_line():
    words = ("borgeren", "fællesskab", "og", "i", "vi", "skal", "sundhed", "1.", "–", "mål")
    blocks, bodies, lost = [], [], 0
    for n in range(6000):
        lines = [f"Linje {n}.{k} " + " ".join(words[(n * k + j) % 10] for j in range(9))
                 for k in range(6)]
        blocks.append(Block("\n".join(lines)))
        if n % 10 == 0:  # a tenth of the paragraphs lose a line, the way a stage drops one
            lines = lines[:2] + lines[3:]
            lost += 1
        bodies.append(" ".join(lines))
    chunks = [_chunk(i, f"Afsnit {i}", "\n".join(bodies[i:i + 8])) for i in range(0, len(bodies), 8)]
    assert sum(len(c.text) for c in chunks) > 2_000_000
    # (how fast is the benchmark's business; timed assertions fail on a loaded machine)
    coverage = measure(blocks, chunks)
    assert coverage.lost == lost and len(coverage.missing) == 20 and not coverage.duplicated
    assert measure(blocks, [_chunk(0, "Tom", "Intet her.")]).covered == 0  # all lost


# ---- the pipeline's stages, as `ingest.pipeline.prepare` runs them ----------------------------

def stages(path: Path, organisation: str | None) -> tuple[list[Block], list[Chunk]]:
    """The blocks structure receives (copied: it may change them) and the chunks made of them."""
    document = load(path)
    blocks, repaired = repair_blocks(document.blocks, force=document.meta.ocr)
    received = [Block(b.text, b.page, b.kind, b.heading_level) for b in blocks]
    sections, items, first_heading = structure(blocks)
    text = "\n".join(b.text for s in sections for b in s.blocks)
    complete_meta(document.meta, text, path.name, first_heading, organisation)
    return received, chunk_document(StructuredDocument(document, sections, items, repaired))


def _bodies(chunks: list[Chunk]) -> list[str]:
    return [re.sub(r"\s+", " ", c.text[c.meta.body_start:]) for c in chunks]


def _explain(what: str, coverage: Coverage) -> list[str]:
    problems = []
    if coverage.ratio < 1.0:
        problems.append(f"{what}: {coverage.lost} of {coverage.lines} lines in no chunk, "
                        f"e.g. {coverage.missing[:8]}")
    if coverage.duplicated:
        problems.append(f"{what}: in the chunks twice: {coverage.duplicated[:8]}")
    return problems


def check_document(generated: Generated) -> None:
    """All the loader's lines, all the lines written, and every list item with its marker."""
    blocks, chunks = stages(generated.path, generated.organisation)
    problems = []
    loaded = measure(blocks, chunks)
    problems += _explain("loader lines", loaded)
    if loaded.out_of_order:
        problems.append(f"loader lines moved: {loaded.out_of_order[:8]}")
    written = measure([Block("\n".join(generated.lines))], chunks)
    problems += _explain("lines written", written)
    bodies = _bodies(chunks)
    for item in generated.items:
        if item.marker is None:
            continue
        expected = [f"{item.marker} {item.text}"] + ([f"{item.marker} · {item.text}"] if item.table else [])
        if not any(e in body for body in bodies for e in expected):
            near = next((b for b in bodies if item.text in b), None)
            problems.append(f"marker {item.marker!r} not beside {item.text!r}: "
                            + (f"…{near[max(0, near.index(item.text) - 30):near.index(item.text) + 20]}…"
                               if near else "text in no chunk body"))
    assert not problems, f"{generated.path.name} {generated.layout}:\n  " + "\n  ".join(problems)


# ---- every format × goal layout, and the special layouts ---------------------------------------

GRID = [Layout(format=f, goals=g, label=layouts.LABELS[i % len(layouts.LABELS)],
               item_numbering=layouts.ITEM_NUMBERING[i % 3],
               goal_numbering=layouts.GOAL_NUMBERING[(i // 3) % 3], seed=i)
        for i, (f, g) in enumerate((f, g) for f in layouts.FORMATS for g in layouts.GOAL_STYLES)]
SPECIAL = [
    Layout(format="pdf", columns=2, goals="numbered"),
    Layout(format="pdf", columns=2, goals="bullets", headings="bold", label="fokusområde"),
    Layout(format="pdf", headings="bold", goals="lettered", label="tema", item_numbering="A"),
    Layout(format="pdf", spaced=True, goals="numbered", label="sigtelinje"),
    Layout(format="docx", headings="styled", automatic=True, goals="numbered"),
    Layout(format="docx", headings="bold", goals="maal", label="indsatsområde"),
    Layout(format="docx", headings="bold", goals="table", label="strategisk spor", item_numbering="I"),
    Layout(format="html", headings="bold", automatic=True, goals="lettered", label="princip"),
    Layout(format="html", automatic=True, goals="numbered", label="politisk mål"),
    Layout(format="md", automatic=True, spaced=True, goals="numbered"),
    Layout(format="md", headings="bold", goals="bullets", label="tema"),
    Layout(format="txt", spaced=True, goals="numbered"),
    Layout(format="txt", spaced=True, goals="lettered", item_numbering="A", goal_numbering="A1"),
    Layout(format="txt", ocr=True, goals="numbered", seed=1),
    Layout(format="txt", ocr=True, goals="table", label="fokusområde", seed=2),
]


def _name(layout: Layout) -> str:
    parts = [layout.format, layout.goals, layout.headings, layout.label.replace(" ", "_"),
             layout.item_numbering + "/" + layout.goal_numbering]
    parts += [flag for flag, on in (("auto", layout.automatic), ("spaced", layout.spaced),
                                    ("2col", layout.columns == 2), ("ocr", layout.ocr)) if on]
    return "-".join(parts)


@pytest.mark.parametrize("layout", GRID + SPECIAL, ids=_name)
def test_every_layout_keeps_every_line_with_its_marker(layout, tmp_path):
    check_document(generate(layout, tmp_path))


@st.composite
def any_layout(draw) -> Layout:
    fmt = draw(st.sampled_from(layouts.FORMATS))
    return Layout(
        format=fmt, label=draw(st.sampled_from(layouts.LABELS)),
        item_numbering=draw(st.sampled_from(layouts.ITEM_NUMBERING)),
        goal_numbering=draw(st.sampled_from(layouts.GOAL_NUMBERING)),
        goals=draw(st.sampled_from(layouts.GOAL_STYLES)),
        headings=draw(st.sampled_from(layouts.HEADINGS)),
        automatic=fmt in ("docx", "html", "md") and draw(st.booleans()),
        spaced=draw(st.booleans()),
        columns=2 if fmt == "pdf" and draw(st.booleans()) else 1,
        ocr=fmt == "txt" and draw(st.booleans()),
        items=draw(st.integers(2, 4)), goals_per_item=draw(st.integers(2, 3)),
        seed=draw(st.integers(0, 50)))


@settings(max_examples=40, deadline=None, derandomize=True, database=None,
          phases=(Phase.explicit, Phase.generate),  # no shrinking: a failure names its layout
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(layout=any_layout())
def test_property_no_layout_loses_a_line(layout, tmp_path_factory):
    check_document(generate(layout, tmp_path_factory.mktemp("layout")))


# ---- the cases issue 12 names --------------------------------------------------------------------

def test_ten_short_numbered_lines_between_blank_lines(tmp_path):
    goals = [f"{n}. {text}" for n, text in enumerate(layouts.GOALS[:10], 1)]
    path = tmp_path / "plan.txt"
    path.write_text("Handleplan for Testby Kommune\n\nVi har ti mål for de kommende år:\n\n"
                    + "\n\n".join(goals) + "\n", encoding="utf-8")
    blocks, chunks = stages(path, "Testby Kommune")
    bodies = _bodies(chunks)
    assert [g for g in goals if not any(g in b for b in bodies)] == []
    assert measure(blocks, chunks).ratio == 1.0


def test_docx_indsatsomraade_headings_keep_every_maal(tmp_path):
    layout = Layout(format="docx", label="indsatsområde", goals="maal", headings="styled",
                    items=3, goals_per_item=4)
    generated = generate(layout, tmp_path)
    _, chunks = stages(generated.path, generated.organisation)
    bodies = _bodies(chunks)
    goals = [f"{i.marker} {i.text}" for i in generated.items if i.marker.startswith("Mål ")]
    assert len(goals) == 12 and [g for g in goals if not any(g in b for b in bodies)] == []
    check_document(generated)


def test_rudersdal_closing_signature_is_in_a_chunk():
    """The områdechef's name and title close the foreword: text to quote, not section names."""
    path = ROOT / "corpus" / "rudersdal-social-sundhed-virksomhedsplan-2020.txt"
    _, chunks = stages(path, None)
    bodies = _bodies(chunks)
    assert any(re.search(r"Gitte Bylov Larsen\s+Områdechef", b) for b in bodies), \
        [b[:80] for b in bodies if "Gitte Bylov" in b or "Områdechef" in b]


BUNDLED = sorted([*(ROOT / "corpus").glob("*.txt"),
                  *(p for p in (ROOT / "tests" / "fixtures" / "devset").iterdir()
                    if p.suffix in (".txt", ".docx", ".html", ".md", ".pdf"))])


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_every_bundled_document_reaches_full_coverage(path):
    organisation = path.name.split("-")[0].capitalize().replace("oe", "ø") + " Kommune"
    blocks, chunks = stages(path, organisation)  # the meta file wins where there is one
    coverage = measure(blocks, chunks)
    assert coverage.ratio == 1.0 and not coverage.duplicated, _explain(path.name, coverage)
