from pathlib import Path

import pytest

from prompts import LANGUAGES, TemplateError, render

HERE = Path(__file__).resolve().parents[2] / "prompts"


def test_every_template_exists_in_every_language():
    names = {lang: {p.stem for p in (HERE / lang).glob("*.txt")} for lang in LANGUAGES}
    assert names["da"] == names["en"] and names["da"]


def test_missing_or_unknown_variable_fails():
    with pytest.raises(TemplateError, match="needs"):
        render("note_old", "da", title="Plan")
    with pytest.raises(TemplateError, match="no place"):
        render("note_old", "da", title="Plan", period="2020", extra="x")
    assert render("note_old", "en", title="Plan", period="2020").startswith("Note:")
