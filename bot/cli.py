"""`python -m bot`: ingest documents and ask questions from the terminal.

The `ask --json -` output is a contract other tools rely on: one JSON object per input line, in
order, flushed after each, with the model and store loaded once.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="strategibot: spørg kommunens strategier og få svar med kilder.")


def _settings(data: Optional[Path]):
    from bot.settings import load_settings

    return load_settings(data_dir=data)


@app.command()
def ingest(paths: list[Path] = typer.Argument(..., help="Filer eller mapper (PDF, DOCX, MD, TXT, HTML)."),
           data: Optional[Path] = typer.Option(None, help="Datamappe (standard: ./data)."),
           organisation: Optional[str] = typer.Option(None, help="Organisation, hvis den ikke "
                                                      "står i metadata eller tekst."),
           prune: bool = typer.Option(False, help="Fjern dokumenter, hvis filer er væk."),
           quiet: bool = typer.Option(False, help="Ingen statuslinje.")):
    """Læs dokumenter ind i vidensbasen. Uændrede filer springes over."""
    from bot.settings import configured_access_groups
    from ingest.pipeline import Ingestor
    from retrieval.embeddings import make_embeddings
    from retrieval.store import open_vectorstore

    settings = _settings(data)
    embeddings = make_embeddings(settings)
    report = Ingestor(open_vectorstore(settings, embeddings), embeddings, organisation,
                      access_groups=configured_access_groups(settings) or None).run(
        paths, prune=prune, progress=not quiet and sys.stderr.isatty())
    for document in report.documents:
        typer.echo(f"{document.source}: {document.sections} afsnit, {document.chunks} tekststykker, "
                   f"tekst med: {document.coverage.summary()}")
        if document.coverage.ratio < 1.0:
            typer.echo(f"advarsel: {document.source}: {document.coverage.lost} linjer nåede ikke "
                       f"vidensbasen: " + "; ".join(f"«{line}»" for line in document.coverage.missing[:5]), err=True)
    for skip in report.skipped:
        typer.echo(f"sprunget over: {skip.path}: {skip.reason}", err=True)
    for error in report.failed:
        typer.echo(f"fejl: {error.path}: {error.reason}", err=True)
    typer.echo(f"{len(report.added)} nye, {len(report.replaced)} opdaterede, "
               f"{len(report.unchanged)} uændrede, {len(report.pruned)} fjernede dokumenter; "
               f"{report.chunks} afsnit, {report.embedded} indlejret, {report.seconds:.1f} s"
               + (f"; {len(report.failed)} fejl" if report.failed else ""))
    raise typer.Exit(1 if report.failed else 0)


def format_answer(answer) -> str:
    lines = [answer.text]
    if answer.citations:
        lines.append("")
        lines.append("Kilder:" if answer.language == "da" else "Sources:")
        page_word = "s." if answer.language == "da" else "p."
        for i, c in enumerate(answer.citations, 1):
            where = " · ".join(x for x in (c.organisation, c.title, c.section,
                                            f"{page_word} {c.page}" if c.page else "") if x)
            lines.append(f"[{i}] {where}")
            lines.append(f"    {c.source}" + (f" ({c.link()})" if c.link() else ""))
    return "\n".join(lines)


def _database(settings):
    from bot.database import Database

    return Database(Path(settings.data_dir) / "strategibot.sqlite3", settings.database_url)


def _assistant(settings, access: str):
    """The assistant on the store in the data dir, or exit 2 with what to do when it is empty."""
    from bot.answer.service import build_core
    from bot.assistant import Assistant

    core = build_core(settings)
    if not core.catalog.documents:
        typer.echo(f"Vidensbasen i {settings.data_dir} er tom. Kør først: "
                   "python -m bot ingest corpus", err=True)
        raise typer.Exit(2)
    return Assistant(core, _database(settings)), tuple(g.strip() for g in access.split(",") if g.strip())


def _show(reply, as_json: bool, out_dir: Path) -> None:
    """A reply in the terminal: the answer with its sources (or one JSON line), files saved."""
    answer = reply.answer
    if as_json:
        sys.stdout.write(json.dumps(answer.as_json(), ensure_ascii=False) + "\n")
    else:
        saved = []
        for file in reply.files:
            out_dir.mkdir(parents=True, exist_ok=True)
            (out_dir / file.name).write_bytes(file.data)
            saved.append(str(out_dir / file.name))
        sys.stdout.write(format_answer(answer) + "".join(f"\nGemt: {p}" for p in saved) + "\n\n")
    sys.stdout.flush()


_USER = typer.Option(os.environ.get("USER", "cli"), help="Hvem der spørger (til profilen).")
_ORGANISATION = typer.Option(None, help="Svar ud fra denne organisation, når spørgsmålet ikke nævner en anden.")
_ACCESS = typer.Option("", help="Begrænsede dokumentsæt, der må bruges, fx ledelse (komma-adskilt). "
                       "Offentlige dokumenter bruges altid.")
_OUT_DIR = typer.Option(Path("."), help="Hvor en handleplan gemmes (DOCX og Markdown).")


@app.command()
def ask(question: str = typer.Argument(..., help="Spørgsmålet, eller - for ét spørgsmål pr. linje på stdin. "
                                       "Også: hjælp, kilder, introduktion, handleplan 3, profil: …, «Hvordan "
                                       "passer vores arbejde ind: …»."),
        data: Optional[Path] = typer.Option(None, help="Datamappe (standard: ./data)."),
        organisation: Optional[str] = _ORGANISATION,
        as_json: bool = typer.Option(False, "--json", help="Én JSON-linje pr. svar."),
        user: str = _USER, access: str = _ACCESS, out_dir: Path = _OUT_DIR):
    """Stil et spørgsmål om strategierne (hvert spørgsmål for sig; en samtale er `chat`)."""
    from bot.message import Message, Surface

    assistant, groups = _assistant(_settings(data), access)
    questions = (line.rstrip("\n") for line in sys.stdin) if question == "-" else [question]
    for text in questions:
        if question == "-" and not text.strip():
            continue
        _show(assistant.handle(Message(Surface.CLI, text, user, access=groups, organisation=organisation)),
              as_json, out_dir)


@app.command()
def chat(data: Optional[Path] = typer.Option(None, help="Datamappe (standard: ./data)."),
         organisation: Optional[str] = _ORGANISATION,
         as_json: bool = typer.Option(False, "--json", help="Én JSON-linje pr. svar."),
         user: str = _USER, access: str = _ACCESS, out_dir: Path = _OUT_DIR):
    """En samtale i terminalen: spørg videre («og hvad med Norddjurs?», «uddyb punkt 2»); Ctrl-D slutter."""
    import secrets

    from bot.message import Message, Surface

    assistant, groups = _assistant(_settings(data), access)
    conversation = f"cli-{secrets.token_hex(8)}"
    interactive = sys.stdin.isatty() and not as_json
    if interactive:
        import readline  # noqa: F401  (line editing and history for input())

        typer.echo("Spørg om strategierne; skriv «hjælp» for hjælp og Ctrl-D for at slutte.\n")
    while True:
        try:
            line = input("> ") + "\n" if interactive else sys.stdin.readline()
        except EOFError:
            line = ""
        if not line:
            if interactive:
                typer.echo("")
            break
        if not line.strip():
            continue
        _show(assistant.handle(Message(Surface.CLI, line.strip(), user, conversation, access=groups,
                                       organisation=organisation)), as_json, out_dir)


@app.command("eval")
def evaluate(questions: Path = typer.Argument(..., exists=True, dir_okay=False, help="Spørgsmålsfil, ét "
                                              "JSON-objekt pr. linje (se README: Regression set)."),
             data: Optional[Path] = typer.Option(None, help="Datamappe (standard: ./data)."),
             organisation: Optional[str] = typer.Option(None, help="Svar kun ud fra denne organisation."),
             as_json: bool = typer.Option(False, "--json", help="Resultatet som JSON.")):
    """Kør et regressionssæt: træf, organisation, siger og afvisninger pr. type, og hver fejl."""
    from bot.answer.service import build_core
    from bot.evaluation import Asker, QuestionFileError, evaluate as run, load_cases, report, report_json

    try:
        cases = load_cases(questions)
    except QuestionFileError as error:
        typer.echo(f"fejl: {questions}: {error}", err=True)
        raise typer.Exit(2)
    settings = _settings(data)
    core = build_core(settings, organisation)
    if not core.catalog.documents:
        typer.echo(f"Vidensbasen i {settings.data_dir} er tom, så der er intet at måle. Kør først: "
                   f"python -m bot ingest DOKUMENTER --data {settings.data_dir}", err=True)
        raise typer.Exit(2)
    outcomes = run(cases, Asker(core))
    if as_json:
        typer.echo(json.dumps(report_json(outcomes), ensure_ascii=False, indent=1))
    else:
        typer.echo(report(outcomes))


@app.command()
def serve(port: Optional[int] = typer.Option(None, help="Port (standard: $PORT eller 3000)."),
          host: Optional[str] = typer.Option(None, help="Adresse (standard: $HOST, ellers 0.0.0.0; "
                                            "127.0.0.1 med STRATEGIBOT_WEB_AUTH=off)."),
          data: Optional[Path] = typer.Option(None, help="Datamappe (standard: ./data).")):
    """Start chatbotten: webchat på /, Teams på /api/messages, Slack på /slack/events, /healthz."""
    from aiohttp import web

    from bot.answer.service import build_core
    from bot.health import database_fix, state_path, store_file_problem, store_problem
    from bot.logs import use_json_logs
    from bot.server import build_server

    use_json_logs()  # a server says what it does, as JSON lines; the CLI stays quiet
    settings = _settings(data)
    missing = store_file_problem(settings)  # before opening the store, which makes an empty one
    core = build_core(settings)
    if problem := missing or store_problem(core, settings):  # serve starts; /healthz says 503
        typer.echo(f"Bemærk: {problem}", err=True)
    try:
        database = _database(settings)
        problem = database.problem()
    except Exception as error:  # a corrupt file, or a PostgreSQL server that is not there
        database, problem = None, f"{type(error).__name__}: {str(error).splitlines()[0][:200]}"
    if problem:
        where = "DATABASE_URL" if settings.database_url else state_path(settings)
        typer.echo(f"Fejl: tilstandsdatabasen ({where}) kan ikke bruges: {problem}.\n"
                   f"Sådan retter du det: {database_fix(settings)}.", err=True)
        raise typer.Exit(1)
    # Teams' anonymous mode needs to know it is on loopback; an open web chat stays on it unless told
    settings.host = host or settings.host or ("127.0.0.1" if settings.web_open else "0.0.0.0")
    if settings.web_open:
        typer.echo(f"ADVARSEL: webchatten er åben uden log-ind (STRATEGIBOT_WEB_AUTH=off) på {settings.host}; "
                   "kun til lokal brug.", err=True)
    server = build_server(settings, core, database)
    web.run_app(server, host=settings.host, port=port or settings.port, print=None)


@app.command()
def rapport(fra: str = typer.Option(..., help="Fra og med dato, ÅÅÅÅ-MM-DD."),
            til: str = typer.Option(..., help="Til og med dato, ÅÅÅÅ-MM-DD."),
            out: Optional[Path] = typer.Option(None, help="CSV-fil (standard: skriv til skærmen)."),
            data: Optional[Path] = typer.Option(None, help="Datamappe (standard: ./data).")):
    """Strategiejernes rapport: spørgsmål, ubesvarede og 👎 pr. organisation og pejlemærke."""
    import datetime as dt

    from bot.answer.service import build_core
    from bot.planning.report import build_report, to_csv

    try:
        start = dt.datetime.fromisoformat(fra).timestamp()
        end = (dt.datetime.fromisoformat(til) + dt.timedelta(days=1)).timestamp()
    except ValueError:
        typer.echo("fejl: datoer skrives ÅÅÅÅ-MM-DD, fx 2026-11-01", err=True)
        raise typer.Exit(2)
    settings = _settings(data)
    rows = build_report(_database(settings).feedback_since(start, end), build_core(settings).catalog.organisations)
    text = to_csv(rows)
    if out:
        out.write_text(text, encoding="utf-8")
        typer.echo(f"{len(rows)} grupper skrevet til {out}")
    else:
        typer.echo(text, nl=False)


@app.command("slet-bruger")
def delete_user(user: str = typer.Argument(..., help="Brugerens id (Slack-, Teams- eller web-id)."),
                data: Optional[Path] = typer.Option(None, help="Datamappe (standard: ./data).")):
    """Slet alt, der er gemt om én bruger: spørgsmål, svar, vurderinger og profil."""
    deleted = _database(_settings(data)).delete_user(user)
    typer.echo(f"{deleted} rækker om {user} slettet")


@app.command()
def ryd(data: Optional[Path] = typer.Option(None, help="Datamappe (standard: ./data).")):
    """Slet gemte spørgsmål og svar, der er ældre end opbevaringsperioden (STRATEGIBOT_RETENTION_DAYS)."""
    settings = _settings(data)
    deleted = _database(settings).purge(settings.retention_days)
    typer.echo(f"{deleted} rækker ældre end {settings.retention_days:g} dage slettet")


@app.command("teams-package")
def teams_package(out: Path = typer.Option(Path("strategibot-teams.zip"), help="Zip-filen, der skabes."),
                  app_id: Optional[str] = typer.Option(None, help="Bot-id (standard: $MICROSOFT_APP_ID)."),
                  url: Optional[str] = typer.Option(None, help="Offentlig adresse (standard: "
                                                    "$STRATEGIBOT_PUBLIC_URL).")):
    """Byg Teams-app-pakken (manifest.json og ikoner, zippet) til upload i Teams."""
    from bot.teams.package import PackageError, build_package

    settings = _settings(None)
    try:
        path = build_package(app_id or settings.microsoft_app_id, url or settings.public_url, out)
    except PackageError as error:
        typer.echo(f"fejl: {error}", err=True)
        raise typer.Exit(2)
    typer.echo(f"Teams-app-pakke: {path}")


def main():
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for noisy in ("httpx", "chromadb", "aiohttp.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    app()
