"""The action plan's Word document, opened as Word would: A4, Danish properties, what the
pejlemærke means, questions fitted to each målsætning, owner and follow-up columns with room to
write; also for a strategy whose items are temaer with "Vi vil:" lists."""

import datetime as dt
import io
import re

import docx
import pytest
from docx.shared import Cm, Mm

from bot.planning.action_plan import build_plan, to_blocks, to_docx

STOP = {"vi", "og", "i", "at", "af", "med", "for", "til", "på", "om", "en", "et", "den", "det", "de", "som", "har",
        "er", "skal", "vores", "alle", "der", "når"}


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-zæøå]+", text.lower()) if w not in STOP and len(w) > 3}


@pytest.fixture(scope="module")
def norddjurs(core):
    answer, plan = build_plan(core, "Norddjurs Kommune", 3, "Bostøtten i Socialområdet", "da")
    return answer, plan, docx.Document(io.BytesIO(to_docx(plan)))


def test_the_document_is_a4_with_danish_properties(norddjurs):
    _, _, document = norddjurs
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1) and abs(section.page_height - Mm(297)) < Mm(1)
    assert Cm(2) <= section.left_margin <= Cm(3) and Cm(2) <= section.top_margin <= Cm(3)
    properties = document.core_properties
    assert properties.title == "Handleplan: Pejlemærke 3: Mest muligt i eget liv"
    assert properties.subject == "Norddjurs Kommune"
    assert properties.author == "strategibot" and properties.last_modified_by == "strategibot"
    assert properties.language == "da-DK"
    created = properties.created.replace(tzinfo=dt.timezone.utc)
    assert abs(created - dt.datetime.now(dt.timezone.utc)) < dt.timedelta(minutes=10)
    assert 'w:lang w:val="da-DK"' in document.styles.element.xml and 'w:val="en-US"' not in document.styles.element.xml
    assert "Norddjurs Kommune" in section.footer.paragraphs[0].text
    extended = next(p for p in document.part.package.iter_parts() if str(p.partname) == "/docProps/app.xml").blob
    assert b"<Company>Norddjurs Kommune</Company>" in extended and b"Macintosh" not in extended


def test_what_the_pejlemaerke_means_is_quoted_with_its_source(norddjurs):
    _, plan, document = norddjurs
    texts = [p.text for p in document.paragraphs]
    at = texts.index("Det handler pejlemærke 3 om")
    assert document.paragraphs[at].style.name == "Heading 2"
    assert texts[at + 1].startswith("«Vi har fokus på midlertidighed, selvstændighed og giver slip")
    assert document.paragraphs[at + 1].style.name == "Quote"
    assert any(t.startswith("Kilde [1]: Norddjurs Kommune · Fælles langsigtet strategi for Socialområdet · "
                            "Pejlemærke 3: Mest muligt i eget liv") for t in texts[at:])
    assert "borgeren tør, gør og kan selv" in " ".join(texts[at:at + 4])  # from "Om pejlemærket"
    assert len(plan.about) == 2 and "Det kræver mod" not in plan.about[1][0]  # three sentences, not the section
    assert texts.index("Det handler pejlemærke 3 om") < texts.index(
        next(t for t in texts if t.startswith("3.1 ")))


def test_each_maalsaetning_gets_its_own_questions_in_its_own_words(norddjurs):
    _, plan, document = norddjurs
    assert [g.number for g in plan.goals] == ["3.1", "3.2", "3.3"]
    questions = [tuple(g.questions) for g in plan.goals]
    assert len(set(questions)) == 3 and all(len(q) == 4 for q in questions)
    assert not set(questions[0]) & set(questions[1]) and not set(questions[1]) & set(questions[2])
    for goal in plan.goals:
        assert sum(bool(_words(q) & _words(goal.text)) for q in goal.questions) >= 3, goal.questions
    assert "Hvad gør vi konkret i vores hverdag for at arbejde med konkrete og afgrænsede mål?" in questions[0]
    assert any("«borgernes mulighed for inklusion og deltagelse i samfundet»" in q for q in questions[2])
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert bullets == [q for g in plan.goals for q in g.questions]


def test_owner_deadline_and_status_columns_with_rows_to_write_in(norddjurs):
    _, plan, document = norddjurs
    fields, *tables = document.tables
    assert [c.text for c in fields.rows[0].cells] == ["Team", "Ansvarlig for planen", "Udarbejdet", "Næste opfølgning"]
    assert fields.rows[1].cells[0].text == "Bostøtten i Socialområdet"
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4}", fields.rows[1].cells[2].text)
    assert len(tables) == len(plan.goals)
    for table in tables:
        assert [c.text for c in table.rows[0].cells] == [
            "Lokal handling", "Ansvarlig", "Frist og opfølgning", "Sådan måler vi fremskridt", "Status"]
        assert "w:tblHeader" in table.rows[0]._tr.xml  # repeated on a new page
        empty = table.rows[1:]
        assert len(empty) >= 4 and all(not c.text for row in empty for c in row.cells)
        assert all(row.height >= Cm(1.2) for row in empty)


def test_the_web_gets_the_plan_as_headings_lists_and_tables(norddjurs):
    answer, plan, _ = norddjurs
    blocks = to_blocks(plan)
    assert blocks[0] == {"type": "heading", "level": 1, "text": "Handleplan: Pejlemærke 3: Mest muligt i eget liv"}
    kinds = [b["type"] for b in blocks]
    assert kinds.count("table") == 3 and kinds.count("list") == 3 and "quote" in kinds
    table = next(b for b in blocks if b["type"] == "table")
    assert table["columns"][1] == "Ansvarlig" and table["rows"] == [[""] * 5]
    assert not any("|---|" in str(b) or str(b.get("text", "")).startswith("#") for b in blocks)
    assert "| Lokal handling | Ansvarlig | Frist og opfølgning |" in answer.text  # the Markdown file is unchanged


def test_an_english_plan_has_english_frames_and_danish_quotes(core):
    _, plan = build_plan(core, "Odder Kommune", 3, "", "en")
    document = docx.Document(io.BytesIO(to_docx(plan)))
    assert document.core_properties.language == "en-GB"
    assert document.paragraphs[0].text == "Action plan: Pejlemærke 3: Økonomisk bæredygtighed"
    assert plan.goals[0].questions[0] == ("What do we concretely do in our daily work to «have fokus på at "
                                          "borgeren modtager den mindst indgribende indsats»?")
    assert [c.text for c in document.tables[1].rows[0].cells][1:3] == ["Owner", "Deadline and follow-up"]


@pytest.fixture(scope="module")
def temaer(tmp_path_factory):
    """A strategy of temaer: one with a "Vi vil:" list, one with just a sentence."""
    from bot.answer.service import build_core
    from bot.settings import load_settings
    from ingest.pipeline import Ingestor
    from retrieval.embeddings import make_embeddings
    from retrieval.store import open_vectorstore

    folder = tmp_path_factory.mktemp("temaer")
    (folder / "aaby-handicappolitik.md").write_text(
        "# Handicappolitik 2026–2029 for Åby Kommune\n\n"
        "## Tema 1: Selvbestemmelse\n\nMennesker med handicap skal have indflydelse på eget liv.\n\nVi vil:\n\n"
        "- inddrage borgeren i at formulere mål for egen indsats mindst én gang om året\n"
        "- give alle borgere i botilbud en fast kontaktperson\n"
        "- samarbejde med pårørende og foreninger om fritidstilbud\n\n"
        "## Tema 2: Tryg bolig\n\nAlle borgere skal have en bolig, der passer til deres behov.\n", encoding="utf-8")
    settings = load_settings(data_dir=folder / "data")
    embeddings = make_embeddings(settings)
    report = Ingestor(open_vectorstore(settings, embeddings), embeddings).run([folder])
    assert not report.failed
    return build_core(settings)


def test_a_temas_listed_actions_are_its_goals(temaer):
    answer, plan = build_plan(temaer, "Åby Kommune", 1, "", "da")
    assert plan.item == "Tema 1" and answer.text.startswith("# Handleplan: Tema 1: Selvbestemmelse")
    assert [g.text for g in plan.goals] == [
        "Vi vil inddrage borgeren i at formulere mål for egen indsats mindst én gang om året",
        "Vi vil give alle borgere i botilbud en fast kontaktperson",
        "Vi vil samarbejde med pårørende og foreninger om fritidstilbud"]
    assert plan.about[0][0] == "Mennesker med handicap skal have indflydelse på eget liv."
    assert "Det handler tema 1 om" in answer.text and "pejlemærke" not in answer.text.lower()
    assert any("«mindst én gang om året»" in q for q in plan.goals[0].questions)
    assert any(q.startswith("Hvordan inddrager vi pårørende og foreninger") for q in plan.goals[2].questions)
    document = docx.Document(io.BytesIO(to_docx(plan)))
    assert document.core_properties.keywords == "handleplan; Tema 1; Selvbestemmelse"


def test_a_tema_with_nothing_listed_is_planned_as_itself(temaer):
    answer, plan = build_plan(temaer, "Åby Kommune", 2, "", "da")
    assert answer.status == "answered" and len(plan.goals) == 1
    assert plan.goals[0].text == "Alle borgere skal have en bolig, der passer til deres behov."
    assert plan.goals[0].questions[0] == ("Hvad gør vi konkret i vores hverdag, så alle borgere har en bolig, "
                                          "der passer til deres behov?")
