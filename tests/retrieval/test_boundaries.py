"""The core never depends on a chat surface: retrieval, the answerer and the assistant every
surface calls import no Slack, Teams, web or terminal code."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("slack_bolt", "slack_sdk", "bot.slack", "bot.teams", "microsoft_agents", "botbuilder", "bot.web",
             "bot.cli", "aiohttp", "typer")
ASSISTANT = ("assistant.py", "commands.py", "conversation.py", "message.py", "database.py", "documents.py")


def test_core_imports_no_chat_surface():
    files = list((ROOT / "retrieval").rglob("*.py")) + list((ROOT / "bot" / "answer").rglob("*.py")) \
        + list((ROOT / "ingest").rglob("*.py")) + list((ROOT / "bot" / "planning").rglob("*.py")) \
        + [ROOT / "bot" / name for name in ASSISTANT]
    assert files
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.startswith(FORBIDDEN), f"{path.relative_to(ROOT)} imports {name}"
