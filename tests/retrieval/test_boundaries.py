"""The core never depends on a chat surface: retrieval and the answerer import no Slack/Teams code."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("slack_bolt", "slack_sdk", "bot.slack", "bot.teams", "microsoft_agents", "botbuilder")


def test_core_imports_no_chat_surface():
    files = list((ROOT / "retrieval").rglob("*.py")) + list((ROOT / "bot" / "answer").rglob("*.py")) \
        + list((ROOT / "ingest").rglob("*.py"))
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
