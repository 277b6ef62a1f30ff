"""Access values in .meta.toml are checked against the configured groups: a misspelt group is an
error naming the file and the value, not a document no one meant to can see."""

import os
import subprocess
import sys

from tests.fixtures.serve import ROOT


def _ingest(folder, data, env: dict) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("STRATEGIBOT_")}
    return subprocess.run([sys.executable, "-m", "bot", "ingest", str(folder), "--data", str(data), "--quiet"],
                          capture_output=True, text=True, cwd=ROOT, timeout=300,
                          env={**clean, "PYTHONPATH": str(ROOT), **env})


def _document(folder, name: str, access: str) -> None:
    (folder / f"{name}.md").write_text(f"# Ledelsesnotat om {name} i Aby Kommune 2026\n\nAby Kommune samler "
                                       f"ledelsen om {name} hvert kvartal.\n", encoding="utf-8")
    (folder / f"{name}.meta.toml").write_text(f'organisation = "Aby Kommune"\naccess = "{access}"\n',
                                              encoding="utf-8")


def test_an_unknown_access_group_fails_that_document_by_name(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    _document(folder, "budget", "ledelsen")  # misspelt: the configured group is "ledelse"
    _document(folder, "trivsel", "ledelse")
    channels = tmp_path / "kanaler.toml"
    channels.write_text('[access]\n"slack:C1" = ["ledelse"]\n', encoding="utf-8")
    result = _ingest(folder, tmp_path / "data", {"STRATEGIBOT_CHANNELS": str(channels)})
    assert result.returncode == 1
    assert f"fejl: {folder / 'budget.meta.toml'}: ukendt adgangsgruppe «ledelsen»" in result.stderr
    assert "kendte grupper er ledelse" in result.stderr and "trivsel" not in result.stderr
    assert "1 nye" in result.stdout
    # the group named in STRATEGIBOT_ACCESS_GROUPS counts as well
    result = _ingest(folder, tmp_path / "data", {"STRATEGIBOT_CHANNELS": str(channels),
                                                 "STRATEGIBOT_ACCESS_GROUPS": "ledelsen"})
    assert result.returncode == 0, result.stderr
