"""`bot eval`: the scoring a municipality's regression set (and the benchmark) relies on.

Scoring is tested on hand-made answers, so a wrong rule fails here whatever the answerer does;
the command is tested once against the bundled corpus, without judging the answers' quality.
"""

import json

import pytest
from typer.testing import CliRunner

from bot.answer.model import ANSWERED, CLARIFY, NO_ANSWER, Answer, Citation
from bot.evaluation import Case, QuestionFileError, fold, load_cases, report, score, summarise

NORDDJURS, ODDER = "Norddjurs Kommune", "Odder Kommune"


def cite(organisation: str, text: str) -> Citation:
    return Citation(organisation, "Strategi", "Pejlemærke 1", 3, "strategi.txt", text)


def case(**fields) -> Case:
    return Case(**{"id": "x", "q": "Hvad?", "kind": "structure", **fields})


def test_hit_needs_every_cite_group_and_any_alternative_within_one():
    wanted = case(cite=(("borgeren først",), ("taler med", "taler til")))
    one = Answer(ANSWERED, "svar", [cite(NORDDJURS, "Pejlemærke 1: Borgeren først")])
    both = Answer(ANSWERED, "svar", [cite(NORDDJURS, "Borgeren først."), cite(NORDDJURS, "Vi taler til borgeren")])
    assert score(wanted, one).hit is False
    assert score(wanted, one).missing_cite == [("taler med", "taler til")]
    assert score(wanted, both).hit is True and not score(wanted, both).failed
    assert score(wanted, Answer(NO_ANSWER, "Det kan jeg ikke finde.")).hit is False


def test_citations_from_other_organisations_do_not_count():
    wanted = case(org=(NORDDJURS,), cite=(("mindst indgribende",),))
    answer = Answer(ANSWERED, "svar", [cite(ODDER, "den mindst indgribende indsats"), cite(NORDDJURS, "noget andet")])
    outcome = score(wanted, answer)
    assert outcome.hit is False and outcome.elsewhere == [("mindst indgribende",)]
    assert (outcome.cited, outcome.cited_right) == (2, 1) and outcome.failed
    assert "1 af 2 kilder fra andre organisationer: Odder Kommune" in report([outcome])
    # with no organisation given, every citation counts and precision does not apply
    anywhere = score(case(cite=(("mindst indgribende",),)), answer)
    assert anywhere.hit is True and anywhere.cited == 0 and not anywhere.failed


def test_say_is_the_answer_text_only_not_the_citations():
    wanted = case(say=(("43 %",),))
    quoted_only = Answer(ANSWERED, "Tilgangen steg markant [1].", [cite(ODDER, "en stigning på 43 %")])
    assert score(wanted, quoted_only).said is False
    assert score(wanted, Answer(ANSWERED, "Tilgangen steg 43% [1].")).said is True


@pytest.mark.parametrize("status,refused", [(NO_ANSWER, True), (CLARIFY, True), (ANSWERED, False)])
def test_refuse_kind_wants_no_answer_or_clarify(status, refused):
    outcome = score(case(kind="refuse", refuse=True), Answer(status, "..."))
    assert outcome.refused is refused and outcome.hit is None and outcome.failed is not refused


def test_refuse_flag_and_kind_are_read_the_same(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text('{"id": "a", "q": "Parkering?", "kind": "refuse"}\n'
                    '{"id": "b", "q": "Åbningstider?", "kind": "fact", "refuse": true}\n', encoding="utf-8")
    first, second = load_cases(path)
    assert first.refuse and second.refuse and second.kind == "fact"


def test_folding_case_danish_letters_and_punctuation():
    assert fold("Sølund") == fold("SOELUND") == fold("solund")
    assert fold("Målsætning 2.3") == fold("maalsaetning 2,3")
    assert fold("350.000 kr.") == fold("350 000 kr")
    assert fold("bolig") != fold("bilag")
    wanted = case(cite=(("Tilgængelighed og bolig",),), say=(("43%",),))
    answer = Answer(ANSWERED, "steg med 43 procent, ikke 43 %", [cite("", "Tema 3: TILGAENGELIGHED OG BOLIG")])
    assert score(wanted, answer).hit is True and score(wanted, answer).said is True


def test_summary_per_kind_pools_citations_and_leaves_what_does_not_apply():
    outcomes = [score(case(id="1", org=(ODDER,), cite=(("a",),)), Answer(ANSWERED, "a", [cite(ODDER, "a")])),
                score(case(id="2", org=(ODDER,), cite=(("b",),)),
                      Answer(ANSWERED, "b", [cite(ODDER, "x"), cite(NORDDJURS, "b"), cite(NORDDJURS, "y")])),
                score(case(id="3", kind="refuse", refuse=True), Answer(NO_ANSWER, "nej"))]
    structure, refuse, total = summarise(outcomes)
    assert (structure.kind, structure.n, structure.hit, structure.organisation) == ("structure", 2, 0.5, 0.5)
    assert structure.refusals is None and structure.say is None
    assert (refuse.hit, refuse.organisation, refuse.refusals) == (None, None, 1.0)
    assert (total.kind, total.n, total.hit, total.refusals) == ("alle", 3, 0.5, 1.0)


@pytest.mark.parametrize("lines,expected", [
    (['{"id": "a", "q": "Hvad?", "cite": [["x"]]}', "", '{"id": "b", "q": "Hvad?", "cite": [["x"]'],
     "linje 3: ikke gyldig JSON"),
    (['{"id": "a", "cite": [["x"]]}'], "linje 1: \"q\""),
    (['{"id": "a", "q": "Hvad?"}'], "linje 1: intet at måle"),
    (['{"id": "a", "q": "Hvad?", "cite": [[]]}'], "linje 1: \"cite\""),
    (['{"id": "a", "q": "Hvad?", "kind": "refuse", "cite": [["x"]]}'], "linje 1:"),
    (['{"id": "a", "q": "Hvad?", "say": [["x"]]}', '{"id": "a", "q": "Og?", "say": [["y"]]}'], "linje 2: id"),
    (['["Hvad?"]'], "linje 1: skal være et JSON-objekt"),
])
def test_malformed_file_names_the_line(tmp_path, lines, expected):
    path = tmp_path / "q.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(QuestionFileError, match=expected):
        load_cases(path)


@pytest.fixture
def runner(monkeypatch):
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "AZURE_OPENAI_ENDPOINT"):
        monkeypatch.setenv(name, "")
    return CliRunner()


def test_eval_command_prints_the_table_per_kind(corpus_data, tmp_path, runner):
    from bot.cli import app

    path = tmp_path / "saet.jsonl"
    path.write_text("\n".join(json.dumps(q, ensure_ascii=False) for q in [
        {"id": "odder-2", "q": "Hvad er pejlemærke 2 i Odder?", "org": [ODDER], "cite": [["sammen og på tværs"]],
         "say": [["tværs"]], "kind": "structure"},
        {"id": "fodbold", "q": "Hvem vandt fodboldkampen i går?", "org": [], "kind": "refuse"}]) + "\n",
        encoding="utf-8")
    result = runner.invoke(app, ["eval", str(path), "--data", str(corpus_data)])
    assert result.exit_code == 0, result.output
    rows = {line.split()[0]: line.split()[1:] for line in result.output.splitlines() if line.strip()}
    assert rows["type"] == ["antal", "træf", "organisation", "siger", "afvisninger"]
    assert rows["structure"][0] == "1" and rows["refuse"][0] == "1" and rows["alle"][0] == "2"
    assert rows["refuse"][1] == "–" and rows["structure"][4] == "–"  # what does not apply is not scored
    assert "spørgsmål fejlede" in result.output

    as_json = runner.invoke(app, ["eval", str(path), "--data", str(corpus_data), "--json"])
    assert as_json.exit_code == 0
    assert [k["kind"] for k in json.loads(as_json.output)["kinds"]] == ["structure", "refuse", "alle"]


def test_eval_command_malformed_file_and_empty_store(corpus_data, tmp_path, runner):
    from bot.cli import app

    path = tmp_path / "saet.jsonl"
    path.write_text('{"id": "a", "q": "Hvad?", "cite": [["x"]]}\n{"id": "b", "q": \n', encoding="utf-8")
    result = runner.invoke(app, ["eval", str(path), "--data", str(corpus_data)])
    assert result.exit_code == 2 and "linje 2" in result.output and "Traceback" not in result.output
    path.write_text('{"id": "a", "q": "Hvad?", "cite": [["x"]]}\n', encoding="utf-8")
    empty = runner.invoke(app, ["eval", str(path), "--data", str(tmp_path / "tom")])
    assert empty.exit_code == 2 and "tom" in empty.output and "ingest" in empty.output
