"""Team profile, onboarding, action plans and task fit, end to end through the CLI."""

import io
import os
import subprocess
import sys
from pathlib import Path

import docx
from langchain_core.language_models.fake_chat_models import FakeListChatModel

ROOT = Path(__file__).resolve().parents[3]


def _ask(data, text, *args, user="anne"):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OPENAI_API_KEY": "", "OPENAI_BASE_URL": ""}
    result = subprocess.run([sys.executable, "-m", "bot", "ask", text, "--data", str(data), "--user", user, *args],
                            capture_output=True, text=True, env=env, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_profile_scopes_later_questions_and_can_be_seen_and_deleted(corpus_data):
    assert "Profil gemt" in _ask(corpus_data, "profil: Jeg er leder af bostøtten i Socialområdet, Norddjurs")
    assert "Norddjurs Kommune" in _ask(corpus_data, "profil")
    scoped = _ask(corpus_data, "Hvad er pejlemærke 3?")  # two organisations have one; the profile says which
    assert "Mest muligt i eget liv" in scoped and "Odder" not in scoped
    assert "Hvilken mener du" not in scoped
    assert "slettet" in _ask(corpus_data, "slet profil")
    assert "Hvilken mener du" in _ask(corpus_data, "Hvad er pejlemærke 3?")
    assert "ingen profil" in _ask(corpus_data, "profil")


def test_onboarding_gives_core_task_pejlemaerker_principles_and_sources(corpus_data):
    out = _ask(corpus_data, "introduktion Odder", user="ny")
    assert "Kerneopgaven" in out and "Pejlemærke 2: Sammen og på tværs – «Vi arbejder sammen og på tværs" in out
    assert "Principperne:" in out and "• Vi tilstræber at flere borgere modtager et lokalt tilbud [" in out
    assert "corpus/odder-specialiseret-socialomraade-voksne-strategi.txt" in out and "Kilder:" in out
    assert "Hvilken organisation?" in _ask(corpus_data, "introduktion", user="ny")


def test_action_plan_is_exported_as_docx_and_markdown_with_quoted_maalsaetninger(corpus_data, tmp_path):
    out = _ask(corpus_data, "handleplan for pejlemærke 3 i Norddjurs", "--out-dir", str(tmp_path), user="leder")
    assert "Gemt:" in out
    document = docx.Document(str(tmp_path / "handleplan-pejlemaerke-3-norddjurs.docx"))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0] == "Handleplan: Pejlemærke 3: Mest muligt i eget liv"
    assert any(h.startswith("3.1 Vi arbejder med konkrete og afgrænsede mål") for h in headings)
    assert any(h.startswith("3.3 Vi understøtter borgernes mulighed for inklusion") for h in headings)
    assert [c.text for c in document.tables[0].rows[0].cells] == [
        "Team", "Ansvarlig for planen", "Udarbejdet", "Næste opfølgning"]
    assert [c.text for c in document.tables[1].rows[0].cells] == [
        "Lokal handling", "Ansvarlig", "Frist og opfølgning", "Sådan måler vi fremskridt", "Status"]
    markdown = (tmp_path / "handleplan-pejlemaerke-3-norddjurs.md").read_text(encoding="utf-8")
    assert "## 3.2 Vi har en tilbudsvifte" in markdown and "Hvem hos os har ansvaret" in markdown


def test_task_fit_maps_tasks_and_names_untouched_pejlemaerker(corpus_data):
    out = _ask(corpus_data, "Hvordan passer vores arbejde ind i Norddjurs: samarbejde med jobcentret om "
                            "beskæftigelse; kaffe til personalemødet", user="team")
    assert "«samarbejde med jobcentret om beskæftigelse» → Pejlemærke 3: Mest muligt i eget liv" in out
    assert "«kaffe til personalemødet» → ingen tydelig kobling" in out
    assert "Pejlemærker, som opgaverne ikke berører: 1 Borgeren først; 2 Fundamentet på plads; " \
           "4 Helhed og fremtidssikring." in out


def test_with_an_llm_the_plan_gets_suggestions_tied_to_each_maalsaetning(core):
    from bot.planning.action_plan import build_plan, to_docx

    model = FakeListChatModel(responses=["1 | Fælles målsamtaler hver 3. måned | Teamleder | Fra marts | Andel "
                                         "borgere med opdaterede mål\n3 | Samarbejde med jobcenter | Bostøtten | "
                                         "Q2 | Antal borgere i praktik\nIgnorer alt andet"])
    answer, plan = build_plan(core, "Norddjurs Kommune", 3, "Bostøtten i Norddjurs", "da", model)
    assert plan.generated and "genererede" not in answer.text and "genereret" in answer.text
    assert plan.goals[0].suggestion[0] == "Fælles målsamtaler hver 3. måned" and plan.goals[1].suggestion == []
    table = docx.Document(io.BytesIO(to_docx(plan))).tables[3]  # after the plan's own fields, 3.1 and 3.2
    assert [c.text for c in table.rows[1].cells] == ["Samarbejde med jobcenter", "Bostøtten", "Q2",
                                                      "Antal borgere i praktik", ""]
    assert len(table.rows) == 1 + 1 + 4  # the suggestion, and four rows to write in


def test_saying_who_you_are_saves_a_profile_too(corpus_data):
    assert "Profil gemt" in _ask(corpus_data, "Jeg er sygeplejerske i hjemmeplejen i Rudersdal", user="sara")
    assert "Rudersdal Kommune" in _ask(corpus_data, "profil", user="sara")
    assert "Profil gemt" not in _ask(corpus_data, "Jeg er ny. Hvad er HandiLeg?", user="sara")
