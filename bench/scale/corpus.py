"""Distractor corpora for the scale benchmark: the bundled documents rewritten under other names.

Copy k of the corpus belongs to another organisation (a Danish municipality or region), with its
own place and project names, its years and figures shifted, and the sentences of each paragraph in
another order. So the copies compete with the originals in wording ("borgeren i centrum",
"pejlemærke 3") without being the same text. Structure numbers (pejlemærke 3, målsætning 2.3,
MÅL 1, "4 pejlemærker") are kept, since they are what makes a copy parse as a strategy.

    python bench/scale/corpus.py 10 /tmp/corpus-10x   # the bundled corpus plus 9 copies
"""

from __future__ import annotations

import random
import re
import shutil
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
REAL = ("Norddjurs", "Rudersdal", "Odder", "Viborg")
OTHERS = """Albertslund Allerød Assens Ballerup Billund Bornholm Brøndby Brønderslev Dragør Egedal
Esbjerg Fanø Favrskov Faxe Fredensborg Fredericia Frederiksberg Frederikshavn Frederikssund
Furesø Faaborg-Midtfyn Gentofte Gladsaxe Glostrup Greve Gribskov Guldborgsund Haderslev Halsnæs
Hedensted Helsingør Herlev Herning Hillerød Hjørring Holbæk Holstebro Horsens Hvidovre
Høje-Taastrup Hørsholm Ikast-Brande Ishøj Jammerbugt Kalundborg Kerteminde Kolding København
Køge Langeland Lejre Lemvig Lolland Lyngby-Taarbæk Læsø Mariagerfjord Middelfart Morsø Næstved
Nordfyns Nyborg Odense Odsherred Randers Rebild Ringkøbing-Skjern Ringsted Roskilde Rødovre
Samsø Silkeborg Skanderborg Skive Slagelse Solrød Sorø Stevns Struer Svendborg Syddjurs
Sønderborg Thisted Tønder Tårnby Vallensbæk Varde Vejen Vejle Vesthimmerland Vordingborg Ærø
Aabenraa Aalborg Aarhus""".split()
REGIONS = ["Region Hovedstaden", "Region Sjælland", "Region Syddanmark", "Region Midtjylland",
           "Region Nordjylland"]
# Names that would otherwise tie a passage to its original: places, projects, people, firms.
ENTITIES = {
    "HandiLeg": ["LegeKlubben", "AktivLeg", "FriLeg", "SpilHuset", "LegeLiv", "HandiSport"],
    "Hegnsgården": ["Solgården", "Egegården", "Lindegården", "Birkegården", "Kildegården"],
    "Bakkehuset": ["Skovhuset", "Engehuset", "Møllehuset", "Strandhuset", "Søhuset"],
    "Rønnebærhus": ["Tjørnehus", "Hybenhus", "Syrenhus", "Kastanjehus", "Pilehus"],
    "Teglporten": ["Smedjen", "Kornporten", "Havnegade", "Stationsvej", "Torvet"],
    "Pilegangen": ["Lindealle", "Bøgevej", "Kløvervej", "Rosengangen", "Egevej"],
    "Kannegaard": ["Holmgaard", "Bækgaard", "Skovgaard", "Dalgaard", "Østergaard"],
    "Lundager": ["Mølholm", "Kjærsgaard", "Nørgaard", "Vestergaard", "Damgaard"],
    "Lorenzen": ["Mikkelsen", "Thomsen", "Bertelsen", "Kristiansen", "Mortensen"],
    "Kempel": ["Bach", "Holm", "Juhl", "Krogh", "Dahl"],
    "Bylov Larsen": ["Holm Madsen", "Juul Nielsen", "Lund Jensen", "Bak Pedersen", "Falk Olsen"],
    "Komponent": ["Rambøll", "Implement", "Deloitte", "KL's konsulenter", "BDO"],
    "Åben Dialog": ["Netværksmøder", "Familierådslagning", "Recovery-samtaler", "Fælles Dialog"],
}
YEAR = re.compile(r"\b(19[89]\d|20[0-3]\d)\b")
# Figures worth varying: two or more digits that are not a year, a målsætning (2.3) or a date part.
FIGURE = re.compile(r"(?<![\d.,/])(\d{2,3}(?:\.\d{3})*)(?!\d)(?![.,/]\d)(\s*%)?")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])")


def organisations(copies: int) -> list[str]:
    names = [f"{n} Kommune" for n in OTHERS] + REGIONS
    if copies > len(names):
        raise SystemExit(f"højst {len(names)} kopier")
    return random.Random(0).sample(names, copies)


def genitive(name: str) -> str:
    return name + ("'" if name[-1] in "sxz" else "s")


def rewrite(text: str, new: str, rng: random.Random, year_shift: int) -> str:
    short = re.sub(r"^Region |\s+Kommune$", "", new)
    for old in REAL:
        text = re.sub(rf"{old}(?:'|s\b)", genitive(short), text)
        text = text.replace(f"{old} Kommune", new).replace(old, short)
    for old, pool in ENTITIES.items():
        text = text.replace(old, rng.choice(pool))
    text = YEAR.sub(lambda m: str(int(m.group(1)) + year_shift), text)
    text = FIGURE.sub(lambda m: _vary(m, rng), text)
    return "\n".join(_shuffle(line, rng) for line in text.split("\n"))


def _vary(match: re.Match, rng: random.Random) -> str:
    digits = match.group(1)
    if YEAR.fullmatch(digits):
        return match.group(0)
    value = int(digits.replace(".", ""))
    varied = max(10, round(value * rng.uniform(0.7, 1.3)))
    if match.group(2):
        varied = min(varied, 99)
    shown = f"{varied:,}".replace(",", ".") if "." in digits else str(varied)
    return shown + (match.group(2) or "")


def _shuffle(line: str, rng: random.Random) -> str:
    """The sentences of a paragraph in another order; headings and list items as they were."""
    if line.lstrip().startswith(("-", "•", "*", "|")) or len(line) < 120:
        return line
    sentences = SENTENCE_END.split(line.strip())
    if len(sentences) < 3:
        return line
    rng.shuffle(sentences)
    return " ".join(sentences)


def build(scale: int, out: Path) -> list[str]:
    """The bundled corpus plus scale-1 rewritten copies in out/; returns the organisations."""
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(CORPUS, out / "bundled")
    names = organisations(scale - 1)
    for k, name in enumerate(names, start=1):
        rng = random.Random(k)
        shift = rng.choice([-2, -1, 1, 2, 3])
        folder = out / f"kopi-{k:03d}"
        folder.mkdir()
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        for path in sorted(CORPUS.glob("*.txt")):
            if path.name == "README.md":
                continue
            text = path.read_text(encoding="utf-8")
            (folder / f"{slug}-{path.name}").write_text(rewrite(text, name, rng, shift), encoding="utf-8")
            meta = tomllib.loads(path.with_suffix(".meta.toml").read_text(encoding="utf-8"))
            meta["organisation"] = name
            meta["title"] = rewrite(meta["title"], name, rng, shift)
            meta["year"] += shift
            meta["period"] = YEAR.sub(lambda m: str(int(m.group(1)) + shift), str(meta["period"]))
            lines = [f"{key} = {value!r}".replace("'", '"') if isinstance(value, str)
                     else f"{key} = {str(value).lower() if isinstance(value, bool) else value}"
                     for key, value in meta.items()]
            (folder / f"{slug}-{path.stem}.meta.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ["Norddjurs Kommune", "Odder Kommune", "Rudersdal Kommune", "Viborg Kommune", *names]


if __name__ == "__main__":
    built = build(int(sys.argv[1]), Path(sys.argv[2]))
    print(f"{len(built)} organisationer i {sys.argv[2]}")
