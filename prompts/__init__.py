"""Prompts and answer templates live as text files here, one folder per language (da, en).

`render` fails on a missing or unused variable instead of sending a half-filled prompt or a
sentence with a hole in it to a user.
"""

from __future__ import annotations

import string
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).parent
LANGUAGES = ("da", "en")


class TemplateError(KeyError):
    pass


@lru_cache(maxsize=None)
def template(name: str, language: str = "da") -> str:
    language = language if language in LANGUAGES else "da"
    path = HERE / language / f"{name}.txt"
    if not path.exists():
        raise TemplateError(f"no template {name!r} for {language!r} ({path})")
    return path.read_text(encoding="utf-8").rstrip("\n")


def render(name: str, language: str = "da", **values) -> str:
    text = template(name, language)
    wanted = {field for _, field, _, _ in string.Formatter().parse(text) if field}
    missing, unused = wanted - values.keys(), values.keys() - wanted
    if missing:
        raise TemplateError(f"template {language}/{name} needs {sorted(missing)}")
    if unused:
        raise TemplateError(f"template {language}/{name} has no place for {sorted(unused)}")
    return text.format(**values)
