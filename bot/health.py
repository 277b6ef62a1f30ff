"""What is wrong with `serve`'s dependencies, in Danish, for /healthz and for the start message.

A probe that says ok while every question fails is worse than none: a load balancer keeps sending
users to a broken worker. So each dependency a question needs is checked for real (the state
database read, the store's file present and its collection counted), and each problem is named
with what to do about it.
"""

from __future__ import annotations

from pathlib import Path


def store_file_problem(settings) -> str | None:
    """The on-disk store's file, checked before opening it (which would make an empty one)."""
    if settings.chroma_host:
        return None
    path = Path(settings.data_dir) / "chroma" / "chroma.sqlite3"
    if not path.exists():
        return (f"vidensbasen {path} mangler: kør python -m bot ingest <mappe> --data {settings.data_dir}, "
                "eller peg STRATEGIBOT_DATA på den rigtige datamappe")
    return None


def store_problem(core, settings) -> str | None:
    """The vector store: present, readable and not empty."""
    if problem := store_file_problem(settings):
        return problem
    try:
        count = core.vectorstore._collection.count()
    except Exception as error:
        where = f"Chroma-serveren {settings.chroma_host}:{settings.chroma_port}" if settings.chroma_host \
            else f"vidensbasen i {settings.data_dir}"
        reason = str(error).splitlines()[0][:200] if str(error) else ""
        return f"{where} kan ikke læses ({type(error).__name__}: {reason})"
    if not count:
        return f"vidensbasen er tom: kør python -m bot ingest <mappe> --data {settings.data_dir}"
    return None


def database_fix(settings) -> str:
    """How to get a working state database again."""
    if settings.database_url:
        return "tjek DATABASE_URL, og at PostgreSQL-serveren kører og kan nås"
    path = state_path(settings)
    return (f"flyt den beskadigede fil væk (mv {path} {path}.beskadiget); serve opretter en ny ved næste "
            "start (gemte vurderinger, profiler og kanalvalg ligger i den gamle fil)")


def state_path(settings) -> Path:
    return Path(settings.data_dir) / "strategibot.sqlite3"


def problems(core, settings, database) -> list[str]:
    found = []
    if problem := database.problem():
        found.append(f"{problem}: {database_fix(settings)}")
    if problem := store_problem(core, settings):
        found.append(problem)
    return found
